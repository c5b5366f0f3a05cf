"""The management workspace: what a local authority's ContactPoint management team works
through, each list as a tab, shown only with the capabilities the service grants
(``decide_shield``, ``review_shield``, ``broker_contact``, ``view_access_log``):

- **Decisions**: shielding requests awaiting a decision (urgent first). Open one to see the
  child and the other children at the address; approve (choosing household members) or
  reject, both with a reason. The household rule's refusal names the children left out.
- **Interim shields**: urgent shields awaiting confirmation (from the alerts and the review
  queue), confirmed with a reason.
- **Reviews**: shields due for review within 30 days; renew or lift, per household. A lift
  that would leave a sibling shielded is refused: that is said plainly.
- **Contact requests**: practitioners asking the team to broker contact with a sensitive
  service; closed as contacted or declined, with a note.
- **Alerts**: unconfirmed interim shields, consent overrides, overdue reviews.

Every decision is a write through the durable outbox, its status shown under the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from pydantic import ValidationError
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import Alert, ContactRequest, ProblemType, Shield, ShieldingRequest
from cpdesk.session import (
    BROKER_CONTACT,
    DECIDE_SHIELD,
    REVIEW_SHIELD,
    VIEW_ACCESS_LOG,
    DeskSession,
    Failure,
    failure_of,
)
from cpdesk.sync.outbox import (
    ItemState,
    OutboxItem,
    Write,
    close_contact_request,
    confirm_shield,
    review_shield,
    shielding_decision,
)
from cpdesk.views.labels import born_text, spoken_id, word
from cpdesk.views.operation import ViewOperation
from cpdesk.views.outbox_status import OutboxStatus
from cpdesk.views.workflow_labels import (
    ALERT_KINDS,
    CONTACT_STATUS,
    ON_BEHALF,
    fold_text,
    ground_text,
    on_date,
    text_problem,
    when,
)
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.counted_text import CountedText
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.focus import focus_if_shown
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.radios import Radios
from cpdesk.widgets.rows_model import RowsModel
from cpdesk.widgets.rows_table import rows_table
from cpdesk.widgets.text import field_block, heading, hint, set_field_error
from cpdesk.widgets.warning_text import WarningText

HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Management workspace\n\n"
    "Each tab is one list of work: Decisions (shielding requests), Interim shields, Reviews, "
    "Contact requests and Alerts. Ctrl+Tab moves to the next tab. In a list, use the arrow "
    "keys and press Enter to open an item; its details and what you can do appear under "
    "the list.\n\n"
    "A shield covers the household: approving one shields the children you tick at the same "
    "address; leaving one out needs a reason. Lifting is per household too.\n\n"
    "Every decision is saved on this computer, encrypted, until the directory service has "
    "it; its status is shown under the form.\n\n"
    "Ctrl+F: search.  Ctrl+L: lock."
)
APPROVE_WARNING: Final = QT_TRANSLATE_NOOP(
    "DecisionsTab",
    "Approving hides where each child you tick lives — address, school, GP, carers' "
    "addresses — from everyone outside your management team, from their next search."
)
LIFT_WARNING: Final = QT_TRANSLATE_NOOP(
    "ReviewsTab",
    "Lifting shows where the child lives again to everyone who may see the record. Lift "
    "every shielded child at the same address together, or none."
)
LIFT_REFUSED: Final = QT_TRANSLATE_NOOP(
    "ReviewsTab",
    "The shield was not lifted: other children at the same address are still shielded, "
    "and lifting this one alone would give their address away. Tick them under "
    "\"Review together\" and lift them all, or renew."
)
_TEXT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class _Model(RowsModel):
    def __init__(self, columns: tuple[str, ...],
                 cells: Callable[[Any], tuple[str, ...]], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = columns
        self._cells = cells

    def cell(self, row: Any, column: int, role: int) -> Any:
        return self._cells(row)[column] if role in _TEXT else None


class QueueTab(QWidget):
    """A list of work (table) above the open item's panel (form, status, error summary)."""

    recordRequested = Signal(str)

    def __init__(self, session: DeskSession, name: str, description: str,
                 columns: tuple[str, ...], cells: Callable[[Any], tuple[str, ...]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name = name
        self.setAccessibleName(name)
        self.operation = ViewOperation(None, self._show_failure)
        outer = self.outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(hint(description, self), 1)
        self.reload_button = QPushButton(self.tr("Refresh"), self)
        self.reload_button.setAccessibleName(self.tr("Refresh: {list}").format(list=name))
        self.reload_button.clicked.connect(self.reload)
        top.addWidget(self.reload_button)
        outer.addLayout(top)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        outer.addWidget(self.message)
        self.model = _Model(columns, cells, self)
        self.table = rows_table(self.model, name, self)
        self.table.setAccessibleDescription(self.tr("Enter opens the item."))
        self.table.activated.connect(self._activated)
        outer.addWidget(self.table, 1)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.panel = QWidget()
        scroller.setWidget(self.panel)
        self.panel.setAutoFillBackground(False)
        outer.addWidget(scroller, 2)
        self.panel_layout = QVBoxLayout(self.panel)
        self.summary = ErrorSummary(self.panel)
        self.panel_layout.addWidget(self.summary)
        self.form = QWidget(self.panel)
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.panel_layout.addWidget(self.form)
        self.status = OutboxStatus(session, self.panel)
        self.status.settled.connect(self._settled)
        self.panel_layout.addWidget(self.status)
        self.panel_layout.addStretch(1)
        self.form.hide()
        self.current: Any = None
        self.done = ""  # what was just sent ("Decision sent."), said before the count
        self._errors: dict[QWidget, QLabel] = {}

    # -- the list ------------------------------------------------------------------------

    async def fetch(self) -> list[Any]:
        raise NotImplementedError

    @async_slot()
    async def reload(self) -> None:
        await self.load()

    async def load(self) -> None:
        self.message.setText(self.tr("Loading {list}…").format(list=self.name.lower()))
        rows = await self.operation.run(self.fetch)
        if rows is None:
            return
        self.model.set_rows(rows)
        self.message.setText(" ".join(w for w in (self.done, self.count_text(len(rows))) if w))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)

    def count_text(self, count: int) -> str:
        return (self.tr("Nothing to do here.") if count == 0 else
                self.tr("{n} to do.").format(n=count))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.rows):
            self.open_item(self.model.rows[index.row()])

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def open_item(self, row: Any) -> None:
        self.current = row
        self.done = ""
        self.summary.clear()
        self._mark([])
        self.status.clear()
        self.fill(row)
        self.form.show()

    def fill(self, row: Any) -> None:
        raise NotImplementedError

    def _show_failure(self, failure: Failure) -> None:
        self.message.setText(failure.message)

    # -- the form ------------------------------------------------------------------------

    def _field(self, label: str, widget: QWidget, hint_text: str | None = None,
               layout: QVBoxLayout | None = None) -> QWidget:
        block, error = field_block(label, widget, hint_text, self.form)
        self._errors[widget] = error
        (layout or self.form_layout).addWidget(block)
        return widget

    def _mark(self, problems: list[tuple[str, QWidget]]) -> None:
        named = {widget: message for message, widget in problems}
        for widget, error in self._errors.items():
            set_field_error(widget, error, named.get(widget))

    def _button(self, text: str, slot: Callable[[], None], *, primary: bool = False,
                name: str | None = None) -> QPushButton:
        button = QPushButton(text, self.form)
        button.setAccessibleName(name or text)
        if primary:
            button.setProperty("role", "primary")
        button.clicked.connect(slot)
        return button

    async def submit(self, problems: list[tuple[str, QWidget]],
                     build: Callable[[], Write], first: QWidget) -> OutboxItem | None:
        """Check, then hand the write to the outbox; its status shows under the form."""
        self._mark(problems)
        if problems:
            self.summary.show_problems(problems)
            return None
        self.summary.clear()
        try:
            write = build()
        except ValidationError:
            self.summary.show_problems([(self.tr("Some of the details are not in a form the "
                                                 "service accepts. Check them and try again."),
                                         first)])
            return None
        try:
            item = await self.session.submit(write)
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.summary.show_problems([(failure.message, first)])
            return None
        self.status.follow(item)
        return item

    def _settled(self, item: OutboxItem) -> None:
        if item.state is ItemState.SENT:
            self.after_sent(item)
        elif item.state is ItemState.FAILED:
            self.after_refused(item)

    def after_sent(self, item: OutboxItem) -> None:
        del item
        self.close_item()
        self._spawn_reload()

    def after_refused(self, item: OutboxItem) -> None:
        self.status.focus()

    def _spawn_reload(self) -> None:
        self.reload()

    def close_item(self) -> None:
        self.current = None
        self.form.hide()
        self.wipe()

    def wipe(self) -> None:
        """Empty the form's fields (the subclass's)."""

    def clear(self) -> None:
        self.operation.invalidate()
        self.done = ""
        self.model.clear()
        self.message.clear()
        self.summary.clear()
        self.status.clear()
        self.close_item()


# --- Decisions ---------------------------------------------------------------------------


class DecisionsTab(QueueTab):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("Decisions"), self.tr("Shielding requests for your local "
                                                   "authority awaiting a decision, urgent "
                                                   "first, then oldest."),
            (self.tr("Urgent"), self.tr("Requested"), self.tr("Child ID"), self.tr("Ground"),
             self.tr("On behalf of"), self.tr("Requested by")),
            lambda r: (self.tr("Urgent") if r.urgent else "", when(r.requested_at), r.child_id,
                       ground_text(r.ground), word(ON_BEHALF, r.on_behalf_of),
                       r.requested_by), parent)
        self.open_button = QPushButton(self.tr("Open request"), self)
        self.open_button.setAccessibleName(self.tr("Open request"))
        self.open_button.setAccessibleDescription(self.tr("Opens the chosen shielding request"))
        self.open_button.clicked.connect(self.open_selected)
        self.outer.insertWidget(3, self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        f = self.form_layout
        self.title = heading("", 2, self.form)
        f.addWidget(self.title)
        self.facts = QLabel(self.form)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f.addWidget(self.facts)
        self.record_button = self._button(self.tr("Open the child's record"), self._open_record)
        f.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        f.addWidget(heading(self.tr("Other children at the same address"), 3, self.form))
        self.household_hint = hint("", self.form)
        f.addWidget(self.household_hint)
        self.household_box = QWidget(self.form)
        self.household_layout = QVBoxLayout(self.household_box)
        self.household_layout.setContentsMargins(0, 0, 0, 0)
        f.addWidget(self.household_box)
        self.household: list[tuple[QCheckBox, str, str]] = []
        self.decision = Radios(self.tr("Decision"),
                               [(self.tr("Approve: shield the child"), "approve"),
                                (self.tr("Reject"), "reject")], self.form)
        self._field(self.tr("Your decision"), self.decision)
        f.addWidget(WarningText(self.tr(APPROVE_WARNING), self.form))
        self.reason = CountedText(self.tr("Reason for the decision"), 500, self.form)
        self._field(self.tr("Reason for the decision"), self.reason,
                    self.tr("The requester sees this reason. No case details."))
        self.exclude_reason = CountedText(self.tr("Why the address no longer applies"), 500,
                                          self.form, lines=2)
        self._field(self.tr("If you leave a child at the address out, say why the address no "
                            "longer applies to them"), self.exclude_reason)
        self.send_button = self._button(self.tr("Send decision"), self.send, primary=True)
        f.addWidget(self.send_button)

    async def fetch(self) -> list[Any]:
        return list((await self.session.decision_queue()).items)

    def fill(self, row: ShieldingRequest) -> None:
        self.title.setText(self.tr("Request for {id}").format(id=spoken_id(row.child_id)))
        facts = [self.tr("Ground: {ground}.").format(ground=ground_text(row.ground)),
                 self.tr("On behalf of: {who}.").format(who=word(ON_BEHALF, row.on_behalf_of)),
                 self.tr("Requested by {who} on {when}.").format(who=row.requested_by,
                                                                 when=when(row.requested_at))]
        if row.urgent:
            facts.append(self.tr("Urgent."))
        if row.include_household:
            facts.append(self.tr("The requester asks for the household to be included."))
        if row.justification:
            facts.append(self.tr("Justification: {text}").format(text=row.justification))
        self.facts.setText(" ".join(facts))
        for box, _id, _name in self.household:
            self.household_layout.removeWidget(box)
            box.deleteLater()
        self.household = []
        members = row.household or []
        for member in members:
            name = f"{member.forenames} {member.surname.upper()}"
            box = QCheckBox(self.tr("{name}, born {born}, ID {id}").format(
                name=name, born=born_text(member.dob), id=spoken_id(member.id)),
                self.household_box)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Shield {name} too").format(name=name))
            self.household_layout.addWidget(box)
            self.household.append((box, member.id, name))
        others = row.other_la_children or 0
        words = (self.tr("Ticked children are shielded with this child.") if members else
                 self.tr("No other children of your local authority live at this address."))
        if others:
            words = (self.tr("{household} 1 child of another local authority also live there: "
                             "approving files an urgent request with their authority.")
                     if others == 1 else
                     self.tr("{household} {n} children of another local authority also live "
                             "there: approving files an urgent request with their "
                             "authority.")).format(household=words, n=others)
        self.household_hint.setText(words)
        self.decision.focus()

    def _open_record(self) -> None:
        if self.current is not None:
            self.recordRequested.emit(self.current.child_id)

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        if self.decision.value() is None:
            found.append((self.tr("Select approve or reject"), self.decision))
        problem = text_problem(fold_text(self.reason.text()),
                               self.tr("a reason for the decision"))
        if problem:
            found.append((problem, self.reason))
        exclude = fold_text(self.exclude_reason.text())
        if exclude:
            problem = text_problem(exclude, self.tr("why the address no longer applies"))
            if problem:
                found.append((problem, self.exclude_reason))
        return found

    @async_slot()
    async def send(self) -> None:
        row = self.current
        if row is None:
            return
        chosen = [child_id for box, child_id, _ in self.household if box.isChecked()]
        approve = self.decision.value() == "approve"

        def build() -> Write:
            return shielding_decision(
                row.request_id, str(self.decision.value()), fold_text(self.reason.text()),
                child_ids=chosen if approve else [],
                exclude_reason=(fold_text(self.exclude_reason.text()) or None)
                if approve else None, child_id=row.child_id)

        first = self.decision.focus_widget()
        self.send_button.setEnabled(False)
        try:
            await self.submit(self.problems(), build, first)
        finally:
            self.send_button.setEnabled(True)

    def after_sent(self, item: OutboxItem) -> None:
        self.done = self.tr("Decision sent. The requester will see it in My requests.")
        super().after_sent(item)

    def after_refused(self, item: OutboxItem) -> None:
        if item.problem == ProblemType.HOUSEHOLD.value:
            left = set(self.session.left_unshielded(item.request_id))
            named = [(box, name) for box, child_id, name in self.household
                     if child_id in left or (not left and not box.isChecked())]
            problems: list[tuple[str, QWidget]] = [
                (self.tr("Tick {name} too, or say why the address no longer applies to "
                         "them").format(name=name), box)
                for box, name in named]
            problems.append((self.tr("Say why the address no longer applies to any child you "
                                     "leave out"), self.exclude_reason))
            self._mark([(m, w) for m, w in problems if w is self.exclude_reason])
            self.summary.show_problems(
                problems, self.tr("A shield covers the household: other children of your "
                                  "local authority live at the same address and would be "
                                  "left unshielded."))
            return
        super().after_refused(item)

    def wipe(self) -> None:
        self.decision.clear()
        self.reason.clear()
        self.exclude_reason.clear()
        self.facts.clear()
        for box, _id, _name in self.household:
            box.deleteLater()
        self.household = []


# --- Interim shields ------------------------------------------------------------------------


class InterimTab(QueueTab):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("Interim shields"), self.tr(
                "Urgent interim shields awaiting confirmation. An interim shield not confirmed "
                "within 72 hours stays in place and raises an alert."),
            (self.tr("Child ID"), self.tr("Confirm by"), self.tr("Ground"),
             self.tr("Applied by")),
            lambda r: (r.child_id, when(r.confirm_by) if r.confirm_by else self.tr("Overdue"),
                       ground_text(r.ground), r.applied_by), parent)
        f = self.form_layout
        self.title = heading("", 2, self.form)
        f.addWidget(self.title)
        self.record_button = self._button(self.tr("Open the child's record"), self._open_record)
        f.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reason = CountedText(self.tr("Reason for confirming"), 500, self.form, lines=2)
        self._field(self.tr("Reason for confirming the shield"), self.reason)
        self.send_button = self._button(self.tr("Confirm shield"), self.send, primary=True)
        f.addWidget(self.send_button)

    async def fetch(self) -> list[Any]:
        shields = [s for s in (await self.session.review_queue()).items if s.interim]
        seen = {s.child_id for s in shields}
        alerts = await self.session.alerts()
        late = [a.child_id for a in alerts.items
                if a.kind == "interim_shield_unconfirmed" and a.child_id not in seen]
        rows: list[Any] = list(shields)
        for child_id in dict.fromkeys(late):
            rows.append(_Overdue(child_id))
        return rows

    def fill(self, row: Any) -> None:
        self.title.setText(self.tr("Interim shield on {id}").format(
            id=spoken_id(row.child_id)))
        self.reason.setFocus()

    def _open_record(self) -> None:
        if self.current is not None:
            self.recordRequested.emit(self.current.child_id)

    @async_slot()
    async def send(self) -> None:
        row = self.current
        if row is None:
            return
        text = fold_text(self.reason.text())
        problem = text_problem(text, self.tr("a reason for confirming"))
        await self.submit([(problem, self.reason)] if problem else [],
                          lambda: confirm_shield(row.child_id, text), self.reason)

    def wipe(self) -> None:
        self.reason.clear()


class _Overdue:
    """An interim shield known only from its alert (confirmation overdue)."""

    def __init__(self, child_id: str) -> None:
        self.child_id = child_id
        self.confirm_by = None
        self.ground = ""
        self.applied_by = ""


# --- Reviews ----------------------------------------------------------------------------------


class ReviewsTab(QueueTab):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("Reviews"), self.tr("Shields due for review within 30 days, "
                                                 "overdue first. Renew or lift them per "
                                                 "household."),
            (self.tr("Child ID"), self.tr("Review by"), self.tr("Ground"), self.tr("Applied by"),
             self.tr("Interim")),
            lambda r: (r.child_id, on_date(r.review_on), ground_text(r.ground), r.applied_by,
                       self.tr("Interim") if r.interim else ""), parent)
        f = self.form_layout
        self.title = heading("", 2, self.form)
        f.addWidget(self.title)
        self.record_button = self._button(self.tr("Open the child's record"), self._open_record)
        f.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.outcome = Radios(self.tr("Review outcome"),
                              [(self.tr("Renew for another 12 months"), "renew"),
                               (self.tr("Lift the shield"), "lift")], self.form)
        self._field(self.tr("Outcome of the review"), self.outcome)
        f.addWidget(WarningText(self.tr(LIFT_WARNING), self.form))
        self.reason = CountedText(self.tr("Reason for the review outcome"), 500, self.form,
                                  lines=2)
        self._field(self.tr("Reason"), self.reason, self.tr("No case details."))
        f.addWidget(heading(self.tr("Review together"), 3, self.form))
        f.addWidget(hint(self.tr("Tick the other shielded children at the same address."),
                         self.form))
        self.together_box = QWidget(self.form)
        self.together_layout = QVBoxLayout(self.together_box)
        self.together_layout.setContentsMargins(0, 0, 0, 0)
        f.addWidget(self.together_box)
        self.together: list[tuple[QCheckBox, str]] = []
        self.send_button = self._button(self.tr("Send review"), self.send, primary=True)
        f.addWidget(self.send_button)

    async def fetch(self) -> list[Any]:
        return list((await self.session.review_queue()).items)

    def fill(self, row: Shield) -> None:
        self.title.setText(self.tr("Shield on {id}, review by {date}").format(
            id=spoken_id(row.child_id), date=on_date(row.review_on)))
        for box, _ in self.together:
            box.deleteLater()
        self.together = []
        for other in self.model.rows:
            if other.child_id == row.child_id:
                continue
            box = QCheckBox(self.tr("ID {id} (review by {date})").format(
                id=spoken_id(other.child_id), date=on_date(other.review_on)), self.together_box)
            box.setAccessibleName(self.tr("Review {id} together").format(
                id=spoken_id(other.child_id)))
            self.together_layout.addWidget(box)
            self.together.append((box, other.child_id))
        self.outcome.focus()

    def _open_record(self) -> None:
        if self.current is not None:
            self.recordRequested.emit(self.current.child_id)

    @async_slot()
    async def send(self) -> None:
        row = self.current
        if row is None:
            return
        found: list[tuple[str, QWidget]] = []
        if self.outcome.value() is None:
            found.append((self.tr("Select renew or lift"), self.outcome))
        text = fold_text(self.reason.text())
        problem = text_problem(text, self.tr("a reason"))
        if problem:
            found.append((problem, self.reason))
        others = [child_id for box, child_id in self.together if box.isChecked()]
        await self.submit(found, lambda: review_shield(
            row.child_id, str(self.outcome.value()), text, child_ids=others),
            self.outcome.focus_widget())

    def after_sent(self, item: OutboxItem) -> None:
        self.done = self.tr("Review sent.")
        super().after_sent(item)

    def after_refused(self, item: OutboxItem) -> None:
        if item.problem == ProblemType.CONFLICT.value and self.outcome.value() == "lift":
            refusal = self.session.refusal(item.request_id)
            detail = refusal.detail if refusal is not None and refusal.detail else None
            self.summary.show_problems(
                [(self.tr(LIFT_REFUSED), self.together_box if self.together else self.outcome)],
                self.tr("The directory service said: {detail}").format(detail=detail)
                if detail else None)
            return
        super().after_refused(item)

    def wipe(self) -> None:
        self.outcome.clear()
        self.reason.clear()
        for box, _ in self.together:
            box.deleteLater()
        self.together = []


# --- Contact requests -------------------------------------------------------------------------


class ContactsTab(QueueTab):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("Contact requests"), self.tr(
                "Practitioners asking your team to pass a message to a sensitive service "
                "involved with a child of your local authority."),
            (self.tr("Asked"), self.tr("Child ID"), self.tr("From"), self.tr("Status")),
            lambda r: (when(r.created_at), r.child_id, r.created_by,
                       word(CONTACT_STATUS, r.status)), parent)
        f = self.form_layout
        self.title = heading("", 2, self.form)
        f.addWidget(self.title)
        self.facts = QLabel(self.form)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f.addWidget(self.facts)
        self.record_button = self._button(self.tr("Open the child's record"), self._open_record)
        f.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.outcome = Radios(self.tr("Outcome"),
                              [(self.tr("Contact made: the service will call back"), "contacted"),
                               (self.tr("Declined"), "declined")], self.form)
        self._field(self.tr("Outcome"), self.outcome)
        self.note = CountedText(self.tr("Note to the practitioner"), 500, self.form, lines=2)
        self._field(self.tr("Note to the practitioner"), self.note,
                    self.tr("They see this note."))
        self.send_button = self._button(self.tr("Close request"), self.send, primary=True)
        f.addWidget(self.send_button)

    async def fetch(self) -> list[Any]:
        return list((await self.session.contact_queue()).items)

    def fill(self, row: ContactRequest) -> None:
        self.title.setText(self.tr("Request about {id} from {who}").format(
            id=spoken_id(row.child_id), who=row.created_by))
        facts = [self.tr("Asked {when}.").format(when=when(row.created_at))]
        if row.message:
            facts.append(self.tr("Message: {message}").format(message=row.message))
        if row.callback is not None:
            ways = [w for w in (row.callback.phone, row.callback.email) if w]
            if ways:
                facts.append(self.tr("Reply to: {ways}.").format(ways=", ".join(ways)))
        self.facts.setText(" ".join(facts))
        self.outcome.focus()

    def _open_record(self) -> None:
        if self.current is not None:
            self.recordRequested.emit(self.current.child_id)

    @async_slot()
    async def send(self) -> None:
        row = self.current
        if row is None:
            return
        found: list[tuple[str, QWidget]] = []
        if self.outcome.value() is None:
            found.append((self.tr("Select contact made or declined"), self.outcome))
        text = fold_text(self.note.text())
        problem = text_problem(text, self.tr("a note"))
        if problem:
            found.append((problem, self.note))
        await self.submit(found, lambda: close_contact_request(
            row.request_id, str(self.outcome.value()), text, child_id=row.child_id),
            self.outcome.focus_widget())

    def after_sent(self, item: OutboxItem) -> None:
        self.done = self.tr("Request closed. The practitioner will see it in My requests.")
        super().after_sent(item)

    def wipe(self) -> None:
        self.outcome.clear()
        self.note.clear()
        self.facts.clear()


# --- Alerts -----------------------------------------------------------------------------------


class AlertsTab(QueueTab):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("Alerts"), self.tr(
                "For your local authority: interim shields not confirmed in time, consent "
                "overrides, and shields overdue for review. Enter opens the record."),
            (self.tr("When"), self.tr("What"), self.tr("Child ID"), self.tr("Detail")),
            lambda a: (when(a.at), word(ALERT_KINDS, a.kind), a.child_id,
                       a.detail or ""), parent)

    async def fetch(self) -> list[Any]:
        return list((await self.session.alerts()).items)

    def open_item(self, row: Alert) -> None:
        self.recordRequested.emit(row.child_id)

    def fill(self, row: Any) -> None:
        del row

    def count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No alerts.")
        return self.tr("1 alert.") if count == 1 else self.tr("{n} alerts.").format(n=count)


# --- the workspace ---------------------------------------------------------------------------


class ManagementView(QWidget):
    """``recordRequested(child_id)``: open a record from any tab."""

    recordRequested = Signal(str)
    title = QT_TRANSLATE_NOOP("ManagementView", "Management")
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Management workspace"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Management workspace"), 1, self))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Management lists"))
        layout.addWidget(self.tabs, 1)
        self.decisions = DecisionsTab(session, self)
        self.interim = InterimTab(session, self)
        self.reviews = ReviewsTab(session, self)
        self.contacts = ContactsTab(session, self)
        self.alerts = AlertsTab(session, self)
        self.all_tabs: list[QueueTab] = [self.decisions, self.interim, self.reviews,
                                         self.contacts, self.alerts]
        for tab in self.all_tabs:
            tab.recordRequested.connect(self.recordRequested.emit)
        self.tabs.currentChanged.connect(self._tab_changed)

    def allowed(self) -> list[QueueTab]:
        """The tabs the service's capabilities allow (no role table here)."""
        can = self.session.can
        shown: list[QueueTab] = []
        if can(DECIDE_SHIELD):
            shown += [self.decisions, self.interim]
        if can(REVIEW_SHIELD):
            shown.append(self.reviews)
        if can(BROKER_CONTACT):
            shown.append(self.contacts)
        if can(BROKER_CONTACT) or can(VIEW_ACCESS_LOG):
            shown.append(self.alerts)
        return shown

    def refresh_tabs(self) -> None:
        self.tabs.blockSignals(True)
        self.tabs.clear()
        for tab in self.allowed():
            self.tabs.addTab(tab, tab.name)
        self.tabs.blockSignals(False)

    def _tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, QueueTab):
            tab.reload()

    def show_tab(self, tab: QueueTab) -> None:
        if self.tabs.indexOf(tab) >= 0:
            self.tabs.setCurrentWidget(tab)

    async def load(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, QueueTab):
            await tab.load()
            focus_if_shown(self, tab.table)

    def clear(self, *, forget: bool = False) -> None:
        del forget
        for tab in self.all_tabs:
            tab.clear()

    async def resume(self) -> None:
        await self.load()


__all__ = ["ManagementView"]
