"""My requests: the shielding requests and requests for contact the user has made, with where
each stands, as the service says (``?mine=true``); and any not yet sent from this computer.

A decided shielding request shows its outcome: who decided (as a role: "ContactPoint
manager"), when, and the reason they gave.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.contract import ContactRequest, DataIssue, MediatedRequest, Receipt, ShieldingRequest
from cpdesk.session import REQUEST_SHIELD, DeskSession, Failure, failure_of
from cpdesk.sync.outbox import ItemState, OutboxItem
from cpdesk.views.data_issues import ISSUE_STATUS, field_words
from cpdesk.views.labels import word
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
from cpdesk.widgets.focus import focus_if_shown
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.rows_model import RowsModel
from cpdesk.widgets.rows_table import rows_table
from cpdesk.widgets.text import heading, hint

HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
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
    status = word(SHIELDING_STATUS, request.status)
    if request.status in ("approved", "rejected"):
        words = QCoreApplication.translate("MyRequestsView", "{status} by {who}").format(
            status=status, who=request.decided_by or QCoreApplication.translate(
                "MyRequestsView", "the ContactPoint manager"))
        if request.decided_at is not None:
            words = QCoreApplication.translate("MyRequestsView", "{outcome} on {when}").format(
                outcome=words, when=when(request.decided_at))
        if request.decision_reason:
            words = QCoreApplication.translate(
                "MyRequestsView", "{outcome}. Reason: {reason}").format(
                    outcome=words, reason=request.decision_reason)
        if request.status == "approved" and request.review_on:
            words = QCoreApplication.translate(
                "MyRequestsView", "{outcome}. The shield will be reviewed by {date}").format(
                    outcome=words, date=on_date(request.review_on))
        return words + "."
    return status + "."


class ShieldingRequestsModel(RowsModel):
    columns = (QT_TRANSLATE_NOOP("ShieldingRequestsModel", "Requested"),
               QT_TRANSLATE_NOOP("ShieldingRequestsModel", "Child ID"),
               QT_TRANSLATE_NOOP("ShieldingRequestsModel", "Ground"),
               QT_TRANSLATE_NOOP("ShieldingRequestsModel", "Urgent"),
               QT_TRANSLATE_NOOP("ShieldingRequestsModel", "Status"))

    def cell(self, row: ShieldingRequest, column: int, role: int) -> Any:
        if role not in _TEXT:
            return None
        return (when(row.requested_at), row.child_id, ground_text(row.ground),
                self.tr("Urgent") if row.urgent else "", word(SHIELDING_STATUS, row.status),
                )[column]


class ContactRequestsModel(RowsModel):
    columns = (QT_TRANSLATE_NOOP("ContactRequestsModel", "Asked"),
               QT_TRANSLATE_NOOP("ContactRequestsModel", "Child ID"),
               QT_TRANSLATE_NOOP("ContactRequestsModel", "Status"),
               QT_TRANSLATE_NOOP("ContactRequestsModel", "Closed"))

    def cell(self, row: ContactRequest, column: int, role: int) -> Any:
        if role not in _TEXT:
            return None
        return (when(row.created_at), row.child_id, word(CONTACT_STATUS, row.status),
                when(row.closed_at))[column]


class MediatedRequestsModel(RowsModel):
    columns = (QT_TRANSLATE_NOOP("MediatedRequestsModel", "Asked"),
               QT_TRANSLATE_NOOP("MediatedRequestsModel", "For"),
               QT_TRANSLATE_NOOP("MediatedRequestsModel", "Child"),
               QT_TRANSLATE_NOOP("MediatedRequestsModel", "Urgency"),
               QT_TRANSLATE_NOOP("MediatedRequestsModel", "Status"))

    def cell(self, row: MediatedRequest, column: int, role: int) -> Any:
        if role not in _TEXT:
            return None
        return (when(row.created_at), row.practitioner, child_words(row),
                word(URGENCY, row.urgency), word(REQUEST_STATUS, row.status))[column]


class DataIssuesModel(RowsModel):
    columns = (QT_TRANSLATE_NOOP("DataIssuesModel", "Reported"),
               QT_TRANSLATE_NOOP("DataIssuesModel", "Child ID"),
               QT_TRANSLATE_NOOP("DataIssuesModel", "Detail"),
               QT_TRANSLATE_NOOP("DataIssuesModel", "Status"))

    def cell(self, row: DataIssue, column: int, role: int) -> Any:
        if role not in _TEXT:
            return None
        return (when(row.created_at), row.child_id, field_words(row.field),
                word(ISSUE_STATUS, row.status))[column]


def receipt_words(receipt: Receipt) -> str:
    """What a mediator did on the practitioner's behalf, as the audit log says."""
    searches = (QCoreApplication.translate("MyRequestsView", "1 search")
                if receipt.searches == 1 else
                QCoreApplication.translate("MyRequestsView", "{n} searches").format(
                    n=receipt.searches))
    viewed = (", ".join(receipt.records_viewed)
              or QCoreApplication.translate("MyRequestsView", "none"))
    handed = sum(len(p.items) for p in receipt.passed_on)
    contacts = (QCoreApplication.translate("MyRequestsView", "1 contact") if handed == 1 else
                QCoreApplication.translate("MyRequestsView", "{n} contacts").format(n=handed))
    if handed:
        handed_over = "; ".join(f"{p.child_id} ({', '.join(i.kind for i in p.items)})"
                                for p in receipt.passed_on)
        passed = QCoreApplication.translate(
            "MyRequestsView", "{contacts} passed on: {list}").format(contacts=contacts,
                                                                     list=handed_over)
    else:
        passed = QCoreApplication.translate("MyRequestsView", "{contacts} passed on").format(
            contacts=contacts)
    return QCoreApplication.translate(
        "MyRequestsView", "Receipt: fulfilled by {who} on {when}. {searches} on your behalf. "
        "Records viewed: {viewed}. {passed}.").format(
            who=receipt.fulfilled_by, when=when(receipt.fulfilled_at), searches=searches,
            viewed=viewed, passed=passed)


class MyRequestsView(QWidget):
    title = QT_TRANSLATE_NOOP("MyRequestsView", "My requests")
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("My requests"))
        self.operation = ViewOperation(None, self._show_failure)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My requests"), 1, self))
        row = QHBoxLayout()
        self.reload_button = QPushButton(self.tr("Refresh"), self)
        self.reload_button.setAccessibleName(self.tr("Refresh my requests"))
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
        self.unsent.setAccessibleName(self.tr("Not sent yet"))
        self.unsent.hide()
        layout.addWidget(self.unsent)

        layout.addWidget(heading(self.tr("Shielding requests"), 2, self))
        self.shielding = ShieldingRequestsModel(self)
        self.shielding_table = rows_table(self.shielding, self.tr("My shielding requests"), self)
        self.shielding_table.selectionModel().currentRowChanged.connect(self._show_outcome)
        layout.addWidget(self.shielding_table, 2)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Outcome of the chosen request"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)

        layout.addWidget(heading(self.tr("Requests for contact"), 2, self))
        layout.addWidget(hint(self.tr("Asked of the management team about a sensitive "
                                      "service."), self))
        self.contacts = ContactRequestsModel(self)
        self.contacts_table = rows_table(self.contacts, self.tr("My requests for contact"), self)
        self.contacts_table.selectionModel().currentRowChanged.connect(self._show_contact)
        layout.addWidget(self.contacts_table, 1)
        self.contact_outcome = QLabel(self)
        self.contact_outcome.setWordWrap(True)
        self.contact_outcome.setAccessibleName(
            self.tr("Outcome of the chosen request for contact"))
        layout.addWidget(self.contact_outcome)

        layout.addWidget(heading(self.tr("Requests for a mediator"), 2, self))
        self.mediated = MediatedRequestsModel(self)
        self.mediated_table = rows_table(self.mediated, self.tr("My requests for a mediator"),
                                         self)
        self.mediated_table.selectionModel().currentRowChanged.connect(self._show_mediated)
        layout.addWidget(self.mediated_table, 1)
        mediated_row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Show receipt"), self)
        self.receipt_button.setAccessibleName(self.tr("Show receipt"))
        self.receipt_button.setAccessibleDescription(self.tr("The receipt of the chosen request"))
        self.receipt_button.clicked.connect(self.show_receipt)
        self.receipt_button.setEnabled(False)
        mediated_row.addWidget(self.receipt_button)
        mediated_row.addStretch(1)
        layout.addLayout(mediated_row)
        self.mediated_outcome = QLabel(self)
        self.mediated_outcome.setWordWrap(True)
        self.mediated_outcome.setAccessibleName(
            self.tr("Outcome of the chosen request for a mediator"))
        self.mediated_outcome.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.mediated_outcome)

        layout.addWidget(heading(self.tr("Data issues I reported"), 2, self))
        self.issues = DataIssuesModel(self)
        self.issues_table = rows_table(self.issues, self.tr("My data issue reports"), self)
        self.issues_table.selectionModel().currentRowChanged.connect(self._show_issue)
        layout.addWidget(self.issues_table, 1)
        self.issue_outcome = QLabel(self)
        self.issue_outcome.setWordWrap(True)
        self.issue_outcome.setAccessibleName(self.tr("Outcome of the chosen data issue"))
        layout.addWidget(self.issue_outcome)

    @async_slot()
    async def reload(self) -> None:
        await self.load()

    async def load(self) -> None:
        self.message.setText(self.tr("Loading your requests…"))
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
        self.message.setText(self.tr("You have made no requests.") if count == 0 else
                             self._counts(len(shielding.items), len(contacts.items),
                                          len(mediated.items), len(issues.items)))
        if shielding.items:
            focus_if_shown(self, self.shielding_table)
            self.shielding_table.setCurrentIndex(self.shielding.index(0, 0))
            self.shielding_table.selectRow(0)
        if contacts.items:
            self.contacts_table.setCurrentIndex(self.contacts.index(0, 0))

    def _counts(self, shielding: int, contacts: int, mediated: int, issues: int) -> str:
        return self.tr("{shielding}, {contacts}, {mediated}, {issues}.").format(
            shielding=self.tr("1 shielding request") if shielding == 1 else
            self.tr("{n} shielding requests").format(n=shielding),
            contacts=self.tr("1 request for contact") if contacts == 1 else
            self.tr("{n} requests for contact").format(n=contacts),
            mediated=self.tr("{n} for a mediator").format(n=mediated),
            issues=self.tr("1 data issue") if issues == 1 else
            self.tr("{n} data issues").format(n=issues))

    def _show_unsent(self) -> None:
        waiting: list[OutboxItem] = [i for i in self.session.outbox.items()
                                     if i.state in (ItemState.SENDING, ItemState.FAILED)]
        self.unsent.setText(self.tr("Not sent yet from this computer: {items}").format(
            items=" ".join(item_words(i) for i in waiting)) if waiting else "")
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
        words = word(CONTACT_STATUS, row.status)
        if row.closed_at is not None:
            words = self.tr("{status} ({when})").format(status=words, when=when(row.closed_at))
        if row.note:
            words = self.tr("{status}. Note from the management team: {note}").format(
                status=words, note=row.note)
        self.contact_outcome.setText(words + ".")

    def _show_mediated(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.mediated.rows):
            self.mediated_outcome.clear()
            self.receipt_button.setEnabled(False)
            return
        row: MediatedRequest = self.mediated.rows[current.row()]
        words = word(REQUEST_STATUS, row.status)
        if row.claimed_by:
            words = self.tr("{status}; claimed by {who}").format(status=words,
                                                                 who=row.claimed_by)
        if row.closed_at is not None:
            words = self.tr("{status} ({when})").format(status=words, when=when(row.closed_at))
        if row.reason:
            words = self.tr("{status}. Reason: {reason}").format(status=words, reason=row.reason)
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
        self.mediated_outcome.setText(self.tr("Fetching the receipt…"))
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
        words = word(ISSUE_STATUS, row.status)
        if row.resolved_at is not None:
            words = self.tr("{status} ({when})").format(status=words,
                                                        when=when(row.resolved_at))
        if row.resolution_note:
            words = self.tr("{status}. Note from the data administrator: {note}").format(
                status=words, note=row.resolution_note)
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
