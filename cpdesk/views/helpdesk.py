"""The helpdesk console (capability ``log_enquiry``) and the enquiry queues of each team the
user belongs to (the teams among the roles the service sent).

**A call** is one form, built for a headset and a keyboard: who is calling (a user, checked
by username, phone or email, or a member of the public), the category, a short summary (a
warning says: no case details), and where it goes — resolved on the call, or routed to the
helpdesk, the user manager, the data administrator or the ContactPoint manager. Ctrl+Enter
logs it from any field; a simple call takes a handful of keys after the typing.

**A request for a mediator**: a practitioner without IT asks for a child's contacts. The
helpdesk checks them and logs what they know of the child; the answer goes only to a
contact registered for the practitioner (the service refuses any other), never to a number
the caller gives.

**Queues**: one tab per team, own local authority; move a call to "in progress" or
"resolved" with a note. Every write goes through the durable outbox.
"""

from __future__ import annotations

import re
from typing import Any, Final

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import Enquiry, ProblemType
from cpdesk.session import LOG_ENQUIRY, DeskSession, failure_of
from cpdesk.sync.outbox import (
    ItemState,
    OutboxItem,
    Write,
    enquiry,
    enquiry_status,
    mediated_request,
)
from cpdesk.views.management import QueueTab
from cpdesk.views.mediation import PractitionerCheckBox
from cpdesk.views.outbox_status import OutboxStatus
from cpdesk.views.workflow_labels import fold_text, text_problem, when
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.counted_text import CountedText
from cpdesk.widgets.date_input import DateInput, DateProblem
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.radios import Radios
from cpdesk.widgets.text import field_block, heading, hint, set_field_error
from cpdesk.widgets.warning_text import WarningText

CATEGORIES: Final[dict[str, str]] = {
    "access_problem": "Access problem (cannot sign in or search)",
    "token_locked": "Locked card or PIN",
    "subject_access_request": "Subject access request",
    "shielding_concern": "Shielding concern",
    "data_error": "Data error on a record",
    "other": "Other",
}
RESOLVED_ON_CALL: Final = "resolved"
ROUTES: Final[dict[str, str]] = {
    RESOLVED_ON_CALL: "Resolved on the call",
    "helpdesk": "Helpdesk: follow up later",
    "user_manager": "User manager",
    "data_administrator": "Data administrator",
    "cp_manager": "ContactPoint manager",
}
TEAM_WORDS: Final[dict[str, str]] = {
    "helpdesk": "Helpdesk", "user_manager": "User manager",
    "data_administrator": "Data administrator", "cp_manager": "ContactPoint manager",
}
ENQUIRY_STATUS: Final[dict[str, str]] = {
    "open": "Open", "in_progress": "In progress", "resolved": "Resolved",
}
NO_CASE_DETAIL: Final = ("Do not write case details or a child's details. Say only what the "
                         "caller needs, in a sentence.")
NOT_REGISTERED: Final = (
    "That phone number or email is not registered for this practitioner. Details are "
    "passed on only by calling them back on a registered contact: ask for the one their "
    "user manager holds.")
HELP: Final = (
    "Helpdesk\n\n"
    "Call: choose who is calling (Space on \"A user of cpdesk\", or Down for a member of "
    "the public). For a user, type their username, phone number or email and press Enter "
    "to check them. Choose the category (type its first letter), Tab, type a short summary "
    "(no case details), Tab, choose where it goes (type its first letter), then press "
    "Ctrl+Enter to log the call.\n\n"
    "Request for a mediator: for a practitioner who cannot use cpdesk. Check them, give "
    "what they know of the child and a phone number or email registered for them: the "
    "mediator calls them back there.\n\n"
    "The other tabs are your teams' queues.\n\n"
    "Ctrl+Tab: next tab.  Ctrl+L: lock."
)


def combo(name: str, placeholder: str, options: dict[str, str],
          parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    box.addItem(placeholder, None)
    for code, words in options.items():
        box.addItem(words, code)
    return box


class _Form(QWidget):
    """A scrolling form with an error summary, fields and an outbox status."""

    def __init__(self, session: DeskSession, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(name)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        scroller.setWidget(body)
        body.setAutoFillBackground(False)
        outer.addWidget(scroller)
        self.layout_ = QVBoxLayout(body)
        self.summary = ErrorSummary(body)
        self.layout_.addWidget(self.summary)
        self.body = body
        self._errors: dict[QWidget, QLabel] = {}
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        self.message.setAccessibleName("What happened")

    def _field(self, label: str, widget: QWidget, hint_text: str | None = None) -> QWidget:
        block, error = field_block(label, widget, hint_text, self.body)
        self._errors[widget] = error
        self.layout_.addWidget(block)
        return widget

    def _mark(self, problems: list[tuple[str, QWidget]]) -> None:
        named = {widget: message for message, widget in problems}
        for widget, error in self._errors.items():
            set_field_error(widget, error, named.get(widget))

    def _refuse(self, problems: list[tuple[str, QWidget]]) -> bool:
        self._mark(problems)
        if problems:
            self.summary.show_problems(problems)
            return True
        self.summary.clear()
        return False

    async def _submit(self, write: Write, first: QWidget) -> OutboxItem | None:
        try:
            return await self.session.submit(write)
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.summary.show_problems([(failure.message, first)])
            return None


class CallForm(_Form):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "Call", parent)
        lay = self.layout_
        self.caller = Radios("Who is calling", [("A user of cpdesk", "user"),
                                                ("A member of the public", "public")],
                             self.body)
        self.caller.group.buttonToggled.connect(lambda _b, _on: self._caller_changed())
        self._field("Who is calling?", self.caller)
        self.who = PractitionerCheckBox(session, "The caller", self.body)
        self.who.checked.connect(self._checked)
        self._field("Which user?", self.who,
                    "Their username, phone number or email. Press Enter to check.")
        self.category = combo("Category", "Choose a category", CATEGORIES, self.body)
        self._field("Category", self.category)
        lay.addWidget(WarningText(NO_CASE_DETAIL, self.body))
        self.summary_text = CountedText("Summary", 500, self.body, lines=2)
        self._field("Summary", self.summary_text, "A sentence, 500 characters at most.")
        self.route = combo("Where it goes", "Choose where it goes", ROUTES, self.body)
        self._field("Where does it go?", self.route)
        self.log_button = QPushButton("Log call", self.body)
        self.log_button.setProperty("role", "primary")
        self.log_button.setAccessibleName("Log call")
        self.log_button.setAccessibleDescription("Control Enter, from any field")
        self.log_button.setToolTip("Ctrl+Enter")
        self.log_button.clicked.connect(self.log)
        lay.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.message)
        self.status = OutboxStatus(session, self.body)
        self.status.settled.connect(self._settled)
        lay.addWidget(self.status)
        self.follow_up: OutboxStatus | None = None
        lay.addStretch(1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.log)
        QWidget.setTabOrder(self.caller.radios[-1], self.who.edit)
        QWidget.setTabOrder(self.who.edit, self.who.button)
        QWidget.setTabOrder(self.who.button, self.category)
        QWidget.setTabOrder(self.category, self.summary_text.edit)
        QWidget.setTabOrder(self.summary_text.edit, self.route)
        QWidget.setTabOrder(self.route, self.log_button)
        self._caller_changed()

    def _caller_changed(self) -> None:
        public = self.caller.value() == "public"
        self.who.setEnabled(not public)
        if public:
            self.who.clear()

    def _checked(self, check: object) -> None:
        if check is not None:
            self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def begin(self) -> None:
        """Ready for the next call: the first question has the focus."""
        self.caller.focus()

    def caller_username(self) -> str | None:
        if self.caller.value() != "user":
            return None
        if self.who.username is not None:
            return self.who.username
        typed = self.who.text()
        return typed if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", typed) else None

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        if self.caller.value() is None:
            found.append(("Select who is calling", self.caller))
        elif self.caller.value() == "user" and not self.who.text():
            found.append(("Enter the user's username, phone number or email", self.who))
        if self.category.currentData() is None:
            found.append(("Choose a category", self.category))
        problem = text_problem(fold_text(self.summary_text.text()), "a summary")
        if problem:
            found.append((problem, self.summary_text))
        if self.route.currentData() is None:
            found.append(("Choose where the call goes", self.route))
        return found

    @async_slot()
    async def log(self) -> None:
        if self._refuse(self.problems()):
            return
        route = str(self.route.currentData())
        try:
            write = enquiry(str(self.caller.value()), str(self.category.currentData()),
                            fold_text(self.summary_text.text()),
                            "helpdesk" if route == RESOLVED_ON_CALL else route,
                            caller_username=self.caller_username())
        except ValidationError:
            self._refuse([("Some of the details are not in a form the service accepts. "
                           "Check them and try again.", self.summary_text)])
            return
        item = await self._submit(write, self.caller.focus_widget())
        if item is None:
            return
        if route == RESOLVED_ON_CALL:
            await self._submit(enquiry_status(write.request_id, "resolved",
                                              "Resolved on the call."), self.log_button)
        self.message.setText(f"Call logged: {ROUTES[route].lower()}." if route ==
                             RESOLVED_ON_CALL else
                             f"Call logged and sent to the {ROUTES[route].lower()}."
                             if route != "helpdesk" else
                             "Call logged for the helpdesk to follow up.")
        self.status.follow(item)
        self.wipe()
        self.begin()

    def _settled(self, item: OutboxItem) -> None:
        if item.state is ItemState.FAILED:
            self.status.focus()

    def wipe(self) -> None:
        self.caller.clear()
        self.who.clear()
        self.category.setCurrentIndex(0)
        self.summary_text.clear()
        self.route.setCurrentIndex(0)
        self._mark([])
        self._caller_changed()

    def clear(self) -> None:
        self.wipe()
        self.summary.clear()
        self.status.clear()
        self.message.clear()


class MediatedRequestForm(_Form):
    """The helpdesk logs a practitioner's request for a mediator."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "Request for a mediator", parent)
        lay = self.layout_
        lay.addWidget(hint("For a practitioner who cannot use cpdesk. A mediator searches "
                           "for them and calls them back on a contact registered for them.",
                           self.body))
        self.practitioner = PractitionerCheckBox(session, "Practitioner", self.body)
        self.practitioner.checked.connect(self._checked)
        self._field("Which practitioner?", self.practitioner,
                    "Their username, phone number or email. Press Enter to check.")
        lay.addWidget(heading("What they know of the child", 3, self.body))
        self.surname = QLineEdit(self.body)
        self._field("Surname", self.surname)
        self.forenames = QLineEdit(self.body)
        self._field("Forenames", self.forenames)
        self.dob = DateInput("Date of birth", self.body)
        self._field("Date of birth", self.dob, "For example, 27 3 2014. A year alone will do.")
        self.postcode = QLineEdit(self.body)
        self._field("Postcode", self.postcode)
        self.urgency = Radios("Urgency", [("Routine", "routine"),
                                          ("Urgent: a child may be at risk now", "urgent")],
                              self.body)
        self._field("How urgent is it?", self.urgency)
        self.phone = QLineEdit(self.body)
        self._field("Call back on phone", self.phone,
                    "A number registered for the practitioner, for example 0113 496 0000. "
                    "Give a phone number, an email or both.")
        self.email = QLineEdit(self.body)
        self._field("Or email", self.email)
        self.send_button = QPushButton("Send request", self.body)
        self.send_button.setProperty("role", "primary")
        self.send_button.setAccessibleName("Send request for a mediator")
        self.send_button.clicked.connect(self.send)
        lay.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.message)
        self.status = OutboxStatus(session, self.body)
        self.status.settled.connect(self._settled)
        lay.addWidget(self.status)
        lay.addStretch(1)

    def _checked(self, check: object) -> None:
        if check is not None and self.practitioner.authorised:
            self.surname.setFocus(Qt.FocusReason.OtherFocusReason)

    @async_slot()
    async def send(self) -> None:
        if self.practitioner.check is None and self.practitioner.text():
            await self.practitioner.run_check()
        found: list[tuple[str, QWidget]] = []
        if not self.practitioner.authorised:
            found.append(("Check the practitioner: only an authorised user can ask for a "
                          "mediator", self.practitioner))
        dob: str | None = None
        try:
            dob = self.dob.value()
        except DateProblem as problem:
            found.append((str(problem), self.dob))
        child = {"surname": self.surname.text().strip(),
                 "forenames": self.forenames.text().strip(), "dob": dob or "",
                 "postcode": self.postcode.text().strip()}
        if not any(child.values()):
            found.append(("Enter what the practitioner knows of the child", self.surname))
        if self.urgency.value() is None:
            found.append(("Select how urgent it is", self.urgency))
        phone, email = self.phone.text().strip(), self.email.text().strip()
        if not phone and not email:
            found.append(("Enter a phone number or email registered for the practitioner",
                          self.phone))
        if self._refuse(found):
            return
        username = self.practitioner.username
        assert username is not None
        try:
            write = mediated_request(username, child, str(self.urgency.value()),
                                     phone=phone or None, email=email or None)
        except ValidationError:
            self._refuse([("Some of the details are not in a form the service accepts. "
                           "Check them and try again.", self.surname)])
            return
        item = await self._submit(write, self.practitioner.edit)
        if item is not None:
            self.status.follow(item)

    def _settled(self, item: OutboxItem) -> None:
        if item.state is ItemState.SENT:
            self.message.setText("Request sent to the mediators. They will call the "
                                 "practitioner back on the contact given.")
            self.wipe()
        elif item.state is ItemState.FAILED:
            if item.problem == ProblemType.INVALID.value:
                self.summary.show_problems([(NOT_REGISTERED, self.phone)])
            self.status.focus()

    def wipe(self) -> None:
        for edit in (self.surname, self.forenames, self.postcode, self.phone, self.email):
            edit.clear()
        self.practitioner.clear()
        self.dob.clear()
        self.urgency.clear()
        self._mark([])

    def clear(self) -> None:
        self.wipe()
        self.summary.clear()
        self.status.clear()
        self.message.clear()


class EnquiryQueueTab(QueueTab):
    def __init__(self, session: DeskSession, team: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session, f"{TEAM_WORDS.get(team, team)} queue",
            f"Calls routed to your local authority's {TEAM_WORDS.get(team, team).lower()}, "
            "oldest first.",
            ("Logged", "Caller", "Category", "Status", "Summary"),
            lambda r: (when(r.created_at), r.caller_username or (
                "Member of the public" if r.caller_type == "public" else "A user"),
                CATEGORIES.get(r.category, r.category),
                ENQUIRY_STATUS.get(r.status, r.status), r.summary), parent)
        self.team = team
        f = self.form_layout
        self.title = heading("", 2, self.form)
        f.addWidget(self.title)
        self.facts = QLabel(self.form)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f.addWidget(self.facts)
        self.new_status = Radios("New status", [("In progress", "in_progress"),
                                                ("Resolved", "resolved"),
                                                ("Open", "open")], self.form)
        self._field("Status", self.new_status)
        self.note = CountedText("Note", 500, self.form, lines=2)
        self._field("Note", self.note, "No case details.")
        self.send_button = self._button("Update call", self.send, primary=True)
        f.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)

    async def fetch(self) -> list[Any]:
        return list((await self.session.enquiries(self.team)).items)

    def fill(self, row: Enquiry) -> None:
        caller = row.caller_username or ("a member of the public" if row.caller_type ==
                                         "public" else "a user")
        self.title.setText(f"{CATEGORIES.get(row.category, row.category)}: {caller}")
        words = [f"Logged by {row.created_by} on {when(row.created_at)}.",
                 f"Status: {ENQUIRY_STATUS.get(row.status, row.status)}.",
                 f"Summary: {row.summary}"]
        if row.note:
            words.append(f"Last note: {row.note}")
        self.facts.setText(" ".join(words))
        self.new_status.focus()

    @async_slot()
    async def send(self) -> None:
        row = self.current
        if row is None:
            return
        found: list[tuple[str, QWidget]] = []
        if self.new_status.value() is None:
            found.append(("Select the new status", self.new_status))
        problem = text_problem(fold_text(self.note.text()), "a note")
        if problem:
            found.append((problem, self.note))
        item = await self.submit(found, lambda: enquiry_status(
            row.request_id, str(self.new_status.value()), fold_text(self.note.text())),
            self.new_status.focus_widget())
        if item is not None:
            self.done = "Call updated."

    def wipe(self) -> None:
        self.new_status.clear()
        self.note.clear()
        self.facts.clear()
        self.title.clear()


class HelpdeskView(QWidget):
    """With ``log_enquiry``: the call and mediator-request forms; and a queue per team."""

    title = "Helpdesk"
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Helpdesk")
        layout = QVBoxLayout(self)
        self.heading = heading("Helpdesk", 1, self)
        layout.addWidget(self.heading)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Helpdesk tabs")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.call = CallForm(session, self.tabs)
        self.mediator_request = MediatedRequestForm(session, self.tabs)
        self.queues: dict[str, EnquiryQueueTab] = {}

    def refresh_tabs(self) -> None:
        """The tabs the signed-in user's capabilities and teams allow."""
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        logs = self.session.can(LOG_ENQUIRY)
        self.heading.setText("Helpdesk" if logs else "Enquiries")
        self.setAccessibleName(self.heading.text())
        if logs:
            self.tabs.addTab(self.call, "Call")
            self.tabs.addTab(self.mediator_request, "Request for a mediator")
        for team in self.session.teams:
            if team not in self.queues:
                self.queues[team] = EnquiryQueueTab(self.session, team, self.tabs)
            self.tabs.addTab(self.queues[team], f"{TEAM_WORDS[team]} queue")
        self.tabs.blockSignals(False)

    def show_tab(self, tab: QWidget) -> None:
        if self.tabs.currentWidget() is tab:
            self._tab_changed(self.tabs.currentIndex())
        else:
            self.tabs.setCurrentWidget(tab)

    def _tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, QueueTab):
            tab.reload()
        elif tab is self.call:
            self.call.begin()

    async def load(self) -> None:
        self._tab_changed(self.tabs.currentIndex())

    def clear(self, *, forget: bool = False) -> None:
        del forget
        self.call.clear()
        self.mediator_request.clear()
        for queue in self.queues.values():
            queue.clear()

    async def resume(self) -> None:
        await self.load()

