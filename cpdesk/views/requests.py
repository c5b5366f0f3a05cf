"""My requests: the shielding requests and requests for contact the user has made, with where
each stands, as the service says (``?mine=true``); and any not yet sent from this computer.

A decided shielding request shows its outcome: who decided (as a role: "ContactPoint
manager"), when, and the reason they gave.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.contract import ContactRequest, DataIssue, MediatedRequest, Receipt, ShieldingRequest
from cpdesk.session import REQUEST_SHIELD, DeskSession, Failure, failure_of
from cpdesk.sync.outbox import ItemState, OutboxItem
from cpdesk.views.data_issues import ISSUE_STATUS, field_words
from cpdesk.views.mediation import REQUEST_STATUS, URGENCY, child_words
from cpdesk.views.operation import ViewOperation
from cpdesk.views.outbox_status import item_words
from cpdesk.views.workflow_labels import (
    CONTACT_STATUS,
    SHIELDING_STATUS,
    ground_text,
    on_date,
    when,
)
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.rows_model import RowsModel
from cpdesk.widgets.rows_table import rows_table
from cpdesk.widgets.text import heading, hint

HELP: Final = (
    "My requests\n\n"
    "The shielding requests and requests for contact you have made, newest first, and "
    "where each stands. Move through a list with the arrow keys: the outcome of the "
    "request you are on is shown under it.\n\n"
    "Requests this computer has not been able to send yet are listed at the top, with "
    "\"Try again\" and \"Cancel request\".\n\n"
    "Ctrl+F: search.  Ctrl+L: lock."
)
_TEXT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


def shielding_outcome(request: ShieldingRequest) -> str:
    """The outcome in words: who decided (a role title for the requester), when, why."""
    status = SHIELDING_STATUS.get(request.status, request.status)
    if request.status in ("approved", "rejected"):
        words = f"{status} by {request.decided_by or 'the ContactPoint manager'}"
        if request.decided_at is not None:
            words += f" on {when(request.decided_at)}"
        if request.decision_reason:
            words += f". Reason: {request.decision_reason}"
        if request.status == "approved" and request.review_on:
            words += f". The shield will be reviewed by {on_date(request.review_on)}"
        return words + "."
    return status + "."


class ShieldingRequestsModel(RowsModel):
    columns = ("Requested", "Child ID", "Ground", "Urgent", "Status")

    def cell(self, row: ShieldingRequest, column: int, role: int) -> Any:
        if role not in _TEXT:
            return None
        return (when(row.requested_at), row.child_id, ground_text(row.ground),
                "Urgent" if row.urgent else "", SHIELDING_STATUS.get(row.status, row.status),
                )[column]


class ContactRequestsModel(RowsModel):
    columns = ("Asked", "Child ID", "Status", "Closed")

    def cell(self, row: ContactRequest, column: int, role: int) -> Any:
        if role not in _TEXT:
            return None
        return (when(row.created_at), row.child_id, CONTACT_STATUS.get(row.status, row.status),
                when(row.closed_at))[column]


class MediatedRequestsModel(RowsModel):
    columns = ("Asked", "For", "Child", "Urgency", "Status")

    def cell(self, row: MediatedRequest, column: int, role: int) -> Any:
        if role not in _TEXT:
            return None
        return (when(row.created_at), row.practitioner, child_words(row),
                URGENCY.get(row.urgency, row.urgency),
                REQUEST_STATUS.get(row.status, row.status))[column]


class DataIssuesModel(RowsModel):
    columns = ("Reported", "Child ID", "Detail", "Status")

    def cell(self, row: DataIssue, column: int, role: int) -> Any:
        if role not in _TEXT:
            return None
        return (when(row.created_at), row.child_id, field_words(row.field),
                ISSUE_STATUS.get(row.status, row.status))[column]


def receipt_words(receipt: Receipt) -> str:
    """What a mediator did on the practitioner's behalf, as the audit log says."""
    searches = f"{receipt.searches} {'search' if receipt.searches == 1 else 'searches'}"
    viewed = ", ".join(receipt.records_viewed) or "none"
    handed = sum(len(p.items) for p in receipt.passed_on)
    return (f"Receipt: fulfilled by {receipt.fulfilled_by} on {when(receipt.fulfilled_at)}. "
            f"{searches} on your behalf. Records viewed: {viewed}. "
            f"{handed} {'contact' if handed == 1 else 'contacts'} passed on"
            + (": " + "; ".join(f"{p.child_id} ({', '.join(i.kind for i in p.items)})"
                                for p in receipt.passed_on) if handed else "") + ".")


class MyRequestsView(QWidget):
    title = "My requests"
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("My requests")
        self.operation = ViewOperation(None, self._show_failure)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("My requests", 1, self))
        row = QHBoxLayout()
        self.reload_button = QPushButton("Refresh", self)
        self.reload_button.setAccessibleName("Refresh my requests")
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        layout.addWidget(self.message)
        self.unsent = QLabel(self)
        self.unsent.setWordWrap(True)
        self.unsent.setAccessibleName("Not sent yet")
        self.unsent.hide()
        layout.addWidget(self.unsent)

        layout.addWidget(heading("Shielding requests", 2, self))
        self.shielding = ShieldingRequestsModel(self)
        self.shielding_table = rows_table(self.shielding, "My shielding requests", self)
        self.shielding_table.selectionModel().currentRowChanged.connect(self._show_outcome)
        layout.addWidget(self.shielding_table, 2)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName("Outcome of the chosen request")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)

        layout.addWidget(heading("Requests for contact", 2, self))
        layout.addWidget(hint("Asked of the management team about a sensitive service.", self))
        self.contacts = ContactRequestsModel(self)
        self.contacts_table = rows_table(self.contacts, "My requests for contact", self)
        self.contacts_table.selectionModel().currentRowChanged.connect(self._show_contact)
        layout.addWidget(self.contacts_table, 1)
        self.contact_outcome = QLabel(self)
        self.contact_outcome.setWordWrap(True)
        self.contact_outcome.setAccessibleName("Outcome of the chosen request for contact")
        layout.addWidget(self.contact_outcome)

        layout.addWidget(heading("Requests for a mediator", 2, self))
        self.mediated = MediatedRequestsModel(self)
        self.mediated_table = rows_table(self.mediated, "My requests for a mediator", self)
        self.mediated_table.selectionModel().currentRowChanged.connect(self._show_mediated)
        layout.addWidget(self.mediated_table, 1)
        mediated_row = QHBoxLayout()
        self.receipt_button = QPushButton("Show receipt", self)
        self.receipt_button.setAccessibleName("Show receipt")
        self.receipt_button.setAccessibleDescription("The receipt of the chosen request")
        self.receipt_button.clicked.connect(self.show_receipt)
        self.receipt_button.setEnabled(False)
        mediated_row.addWidget(self.receipt_button)
        mediated_row.addStretch(1)
        layout.addLayout(mediated_row)
        self.mediated_outcome = QLabel(self)
        self.mediated_outcome.setWordWrap(True)
        self.mediated_outcome.setAccessibleName("Outcome of the chosen request for a mediator")
        self.mediated_outcome.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.mediated_outcome)

        layout.addWidget(heading("Data issues I reported", 2, self))
        self.issues = DataIssuesModel(self)
        self.issues_table = rows_table(self.issues, "My data issue reports", self)
        self.issues_table.selectionModel().currentRowChanged.connect(self._show_issue)
        layout.addWidget(self.issues_table, 1)
        self.issue_outcome = QLabel(self)
        self.issue_outcome.setWordWrap(True)
        self.issue_outcome.setAccessibleName("Outcome of the chosen data issue")
        layout.addWidget(self.issue_outcome)

    @async_slot()
    async def reload(self) -> None:
        await self.load()

    async def load(self) -> None:
        self.message.setText("Loading your requests…")
        self._show_unsent()

        async def every() -> tuple[Any, Any, Any, Any]:
            shielding = contacts = None
            if self.session.can(REQUEST_SHIELD):
                shielding = await self.session.my_shielding_requests()
                contacts = await self.session.my_contact_requests()
            return (shielding, contacts, await self.session.mediated_requests(),
                    await self.session.data_issues())

        result = await self.operation.run(every)
        if result is None:
            return
        shielding_list, contacts_list, mediated, issues = result
        shielding = shielding_list or type(mediated)(items=[])
        contacts = contacts_list or type(mediated)(items=[])
        self.shielding.set_rows(shielding.items)
        self.contacts.set_rows(contacts.items)
        self.mediated.set_rows(mediated.items)
        self.issues.set_rows(issues.items)
        if mediated.items:
            self.mediated_table.setCurrentIndex(self.mediated.index(0, 0))
        if issues.items:
            self.issues_table.setCurrentIndex(self.issues.index(0, 0))
        count = (len(shielding.items) + len(contacts.items) + len(mediated.items)
                 + len(issues.items))
        self.message.setText("You have made no requests." if count == 0 else
                             f"{len(shielding.items)} shielding "
                             f"{'request' if len(shielding.items) == 1 else 'requests'}, "
                             f"{len(contacts.items)} "
                             f"{'request' if len(contacts.items) == 1 else 'requests'} "
                             f"for contact, {len(mediated.items)} for a mediator, "
                             f"{len(issues.items)} data "
                             f"{'issue' if len(issues.items) == 1 else 'issues'}.")
        if shielding.items:
            self.shielding_table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.shielding_table.setCurrentIndex(self.shielding.index(0, 0))
            self.shielding_table.selectRow(0)
        if contacts.items:
            self.contacts_table.setCurrentIndex(self.contacts.index(0, 0))

    def _show_unsent(self) -> None:
        waiting: list[OutboxItem] = [i for i in self.session.outbox.items()
                                     if i.state in (ItemState.SENDING, ItemState.FAILED)]
        self.unsent.setText("Not sent yet from this computer: "
                            + " ".join(item_words(i) for i in waiting) if waiting else "")
        self.unsent.setVisible(bool(waiting))

    def _show_outcome(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.shielding.rows):
            self.outcome.clear()
            return
        self.outcome.setText(shielding_outcome(self.shielding.rows[current.row()]))

    def _show_contact(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.contacts.rows):
            self.contact_outcome.clear()
            return
        row: ContactRequest = self.contacts.rows[current.row()]
        words = CONTACT_STATUS.get(row.status, row.status)
        if row.closed_at is not None:
            words += f" ({when(row.closed_at)})"
        if row.note:
            words += f". Note from the management team: {row.note}"
        self.contact_outcome.setText(words + ".")

    def _show_mediated(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.mediated.rows):
            self.mediated_outcome.clear()
            self.receipt_button.setEnabled(False)
            return
        row: MediatedRequest = self.mediated.rows[current.row()]
        words = REQUEST_STATUS.get(row.status, row.status)
        if row.claimed_by:
            words += f"; claimed by {row.claimed_by}"
        if row.closed_at is not None:
            words += f" ({when(row.closed_at)})"
        if row.reason:
            words += f". Reason: {row.reason}"
        self.mediated_outcome.setText(words + ".")
        user = self.session.user
        self.receipt_button.setEnabled(row.status == "fulfilled" and user is not None
                                       and row.practitioner == user.username)

    @async_slot()
    async def show_receipt(self) -> None:
        index = self.mediated_table.currentIndex()
        if not index.isValid() or index.row() >= len(self.mediated.rows):
            return
        row: MediatedRequest = self.mediated.rows[index.row()]
        self.mediated_outcome.setText("Fetching the receipt…")
        try:
            receipt = await self.session.receipt(row.request_id)
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.mediated_outcome.setText(failure.message)
            return
        self.mediated_outcome.setText(receipt_words(receipt))
        self.mediated_outcome.setAccessibleDescription(self.mediated_outcome.text())

    def _show_issue(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.issues.rows):
            self.issue_outcome.clear()
            return
        row: DataIssue = self.issues.rows[current.row()]
        words = ISSUE_STATUS.get(row.status, row.status)
        if row.resolved_at is not None:
            words += f" ({when(row.resolved_at)})"
        if row.resolution_note:
            words += f". Note from the data administrator: {row.resolution_note}"
        self.issue_outcome.setText(words + ".")

    def _show_failure(self, failure: Failure) -> None:
        self.message.setText(failure.message)

    def clear(self, *, forget: bool = False) -> None:
        del forget
        self.operation.invalidate()
        self.shielding.clear()
        self.contacts.clear()
        self.mediated.clear()
        self.issues.clear()
        self.receipt_button.setEnabled(False)
        for label in (self.message, self.outcome, self.contact_outcome, self.unsent,
                      self.mediated_outcome, self.issue_outcome):
            label.clear()
        self.unsent.hide()

    async def resume(self) -> None:
        await self.load()
