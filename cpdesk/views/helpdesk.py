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
from cpdesk.views.labels import translated, word
from cpdesk.views.management import QueueTab
from cpdesk.views.mediation import PractitionerCheckBox
from cpdesk.views.outbox_status import OutboxStatus
from cpdesk.views.workflow_labels import fold_text, text_problem, when
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.counted_text import CountedText
from cpdesk.widgets.date_input import DateInput, DateProblem
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.radios import Radios
from cpdesk.widgets.text import field_block, heading, hint, set_field_error
from cpdesk.widgets.warning_text import WarningText

# In English, marked for translation in the context "Labels" (shown with labels.word()).
CATEGORIES: Final[dict[str, str]] = {
    "access_problem": QT_TRANSLATE_NOOP("Labels", "Access problem (cannot sign in or search)"),
    "token_locked": QT_TRANSLATE_NOOP("Labels", "Locked card or PIN"),
    "subject_access_request": QT_TRANSLATE_NOOP("Labels", "Subject access request"),
    "shielding_concern": QT_TRANSLATE_NOOP("Labels", "Shielding concern"),
    "data_error": QT_TRANSLATE_NOOP("Labels", "Data error on a record"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
RESOLVED_ON_CALL: Final = "resolved"
ROUTES: Final[dict[str, str]] = {
    RESOLVED_ON_CALL: QT_TRANSLATE_NOOP("Labels", "Resolved on the call"),
    "helpdesk": QT_TRANSLATE_NOOP("Labels", "Helpdesk: follow up later"),
    "user_manager": QT_TRANSLATE_NOOP("Labels", "User manager"),
    "data_administrator": QT_TRANSLATE_NOOP("Labels", "Data administrator"),
    "cp_manager": QT_TRANSLATE_NOOP("Labels", "ContactPoint manager"),
}
TEAM_WORDS: Final[dict[str, str]] = {
    "helpdesk": QT_TRANSLATE_NOOP("Labels", "Helpdesk"),
    "user_manager": QT_TRANSLATE_NOOP("Labels", "User manager"),
    "data_administrator": QT_TRANSLATE_NOOP("Labels", "Data administrator"),
    "cp_manager": QT_TRANSLATE_NOOP("Labels", "ContactPoint manager"),
}
ENQUIRY_STATUS: Final[dict[str, str]] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
}
NO_CASE_DETAIL: Final = QT_TRANSLATE_NOOP("CallForm", "Do not write case details or a child's "
                                          "details. Say only what the caller needs, in a "
                                          "sentence.")
NOT_REGISTERED: Final = QT_TRANSLATE_NOOP(
    "MediatedRequestForm",
    "That phone number or email is not registered for this practitioner. Details are "
    "passed on only by calling them back on a registered contact: ask for the one their "
    "user manager holds.")
HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
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
    """A drop-down of ``options`` (English words marked in the context "Labels", shown
    translated); ``name`` and ``placeholder`` come translated."""
    box = QComboBox(parent)
    box.setAccessibleName(name)
    box.addItem(placeholder, None)
    for code, words in options.items():
        box.addItem(translated(words), code)
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
        self.message.setAccessibleName(self.tr("What happened"))

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
        super().__init__(session, self.tr("Call"), parent)
        lay = self.layout_
        self.caller = Radios(self.tr("Who is calling"),
                             [(self.tr("A user of cpdesk"), "user"),
                              (self.tr("A member of the public"), "public")], self.body)
        self.caller.group.buttonToggled.connect(lambda _b, _on: self._caller_changed())
        self._field(self.tr("Who is calling?"), self.caller)
        self.who = PractitionerCheckBox(session, self.tr("The caller"), self.body)
        self.who.checked.connect(self._checked)
        self._field(self.tr("Which user?"), self.who,
                    self.tr("Their username, phone number or email. Press Enter to check."))
        self.category = combo(self.tr("Category"), self.tr("Choose a category"), CATEGORIES,
                              self.body)
        self._field(self.tr("Category"), self.category)
        lay.addWidget(WarningText(self.tr(NO_CASE_DETAIL), self.body))
        self.summary_text = CountedText(self.tr("Summary"), 500, self.body, lines=2)
        self._field(self.tr("Summary"), self.summary_text,
                    self.tr("A sentence, 500 characters at most."))
        self.route = combo(self.tr("Where it goes"), self.tr("Choose where it goes"), ROUTES,
                           self.body)
        self._field(self.tr("Where does it go?"), self.route)
        self.log_button = QPushButton(self.tr("Log call"), self.body)
        self.log_button.setProperty("role", "primary")
        self.log_button.setAccessibleName(self.tr("Log call"))
        self.log_button.setAccessibleDescription(self.tr("Control Enter, from any field"))
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
            found.append((self.tr("Select who is calling"), self.caller))
        elif self.caller.value() == "user" and not self.who.text():
            found.append((self.tr("Enter the user's username, phone number or email"),
                          self.who))
        if self.category.currentData() is None:
            found.append((self.tr("Choose a category"), self.category))
        problem = text_problem(fold_text(self.summary_text.text()), self.tr("a summary"))
        if problem:
            found.append((problem, self.summary_text))
        if self.route.currentData() is None:
            found.append((self.tr("Choose where the call goes"), self.route))
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
            self._refuse([(self.tr("Some of the details are not in a form the service accepts. "
                                   "Check them and try again."), self.summary_text)])
            return
        item = await self._submit(write, self.caller.focus_widget())
        if item is None:
            return
        if route == RESOLVED_ON_CALL:
            await self._submit(enquiry_status(write.request_id, "resolved",
                                              "Resolved on the call."), self.log_button)
        where = word(ROUTES, route).lower()
        self.message.setText(self.tr("Call logged: {route}.").format(route=where) if route ==
                             RESOLVED_ON_CALL else
                             self.tr("Call logged and sent to the {route}.").format(route=where)
                             if route != "helpdesk" else
                             self.tr("Call logged for the helpdesk to follow up."))
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
        super().__init__(session, self.tr("Request for a mediator"), parent)
        lay = self.layout_
        lay.addWidget(hint(self.tr("For a practitioner who cannot use cpdesk. A mediator "
                                   "searches for them and calls them back on a contact "
                                   "registered for them."), self.body))
        self.practitioner = PractitionerCheckBox(session, self.tr("Practitioner"), self.body)
        self.practitioner.checked.connect(self._checked)
        self._field(self.tr("Which practitioner?"), self.practitioner,
                    self.tr("Their username, phone number or email. Press Enter to check."))
        lay.addWidget(heading(self.tr("What they know of the child"), 3, self.body))
        self.surname = QLineEdit(self.body)
        self._field(self.tr("Surname"), self.surname)
        self.forenames = QLineEdit(self.body)
        self._field(self.tr("Forenames"), self.forenames)
        self.dob = DateInput(self.tr("Date of birth"), self.body)
        self._field(self.tr("Date of birth"), self.dob,
                    self.tr("For example, 27 3 2014. A year alone will do."))
        self.postcode = QLineEdit(self.body)
        self._field(self.tr("Postcode"), self.postcode)
        self.urgency = Radios(self.tr("Urgency"),
                              [(self.tr("Routine"), "routine"),
                               (self.tr("Urgent: a child may be at risk now"), "urgent")],
                              self.body)
        self._field(self.tr("How urgent is it?"), self.urgency)
        self.phone = QLineEdit(self.body)
        self._field(self.tr("Call back on phone"), self.phone,
                    self.tr("A number registered for the practitioner, for example 0113 496 "
                            "0000. Give a phone number, an email or both."))
        self.email = QLineEdit(self.body)
        self._field(self.tr("Or email"), self.email)
        self.send_button = QPushButton(self.tr("Send request"), self.body)
        self.send_button.setProperty("role", "primary")
        self.send_button.setAccessibleName(self.tr("Send request for a mediator"))
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
            found.append((self.tr("Check the practitioner: only an authorised user can ask for "
                                  "a mediator"), self.practitioner))
        dob: str | None = None
        try:
            dob = self.dob.value()
        except DateProblem as problem:
            found.append((str(problem), self.dob))
        child = {"surname": self.surname.text().strip(),
                 "forenames": self.forenames.text().strip(), "dob": dob or "",
                 "postcode": self.postcode.text().strip()}
        if not any(child.values()):
            found.append((self.tr("Enter what the practitioner knows of the child"),
                          self.surname))
        if self.urgency.value() is None:
            found.append((self.tr("Select how urgent it is"), self.urgency))
        phone, email = self.phone.text().strip(), self.email.text().strip()
        if not phone and not email:
            found.append((self.tr("Enter a phone number or email registered for the "
                                  "practitioner"), self.phone))
        if self._refuse(found):
            return
        username = self.practitioner.username
        assert username is not None
        try:
            write = mediated_request(username, child, str(self.urgency.value()),
                                     phone=phone or None, email=email or None)
        except ValidationError:
            self._refuse([(self.tr("Some of the details are not in a form the service accepts. "
                                   "Check them and try again."), self.surname)])
            return
        item = await self._submit(write, self.practitioner.edit)
        if item is not None:
            self.status.follow(item)

    def _settled(self, item: OutboxItem) -> None:
        if item.state is ItemState.SENT:
            self.message.setText(self.tr("Request sent to the mediators. They will call the "
                                         "practitioner back on the contact given."))
            self.wipe()
        elif item.state is ItemState.FAILED:
            if item.problem == ProblemType.INVALID.value:
                self.summary.show_problems([(self.tr(NOT_REGISTERED), self.phone)])
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
            session, self.tr("{team} queue").format(team=word(TEAM_WORDS, team)),
            self.tr("Calls routed to your local authority's {team}, oldest first.").format(
                team=word(TEAM_WORDS, team).lower()),
            (self.tr("Logged"), self.tr("Caller"), self.tr("Category"), self.tr("Status"),
             self.tr("Summary")),
            lambda r: (when(r.created_at), r.caller_username or (
                self.tr("Member of the public") if r.caller_type == "public"
                else self.tr("A user")),
                word(CATEGORIES, r.category), word(ENQUIRY_STATUS, r.status), r.summary),
            parent)
        self.team = team
        f = self.form_layout
        self.title = heading("", 2, self.form)
        f.addWidget(self.title)
        self.facts = QLabel(self.form)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f.addWidget(self.facts)
        self.new_status = Radios(self.tr("New status"), [(self.tr("In progress"), "in_progress"),
                                                         (self.tr("Resolved"), "resolved"),
                                                         (self.tr("Open"), "open")], self.form)
        self._field(self.tr("Status"), self.new_status)
        self.note = CountedText(self.tr("Note"), 500, self.form, lines=2)
        self._field(self.tr("Note"), self.note, self.tr("No case details."))
        self.send_button = self._button(self.tr("Update call"), self.send, primary=True)
        f.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)

    async def fetch(self) -> list[Any]:
        return list((await self.session.enquiries(self.team)).items)

    def fill(self, row: Enquiry) -> None:
        caller = row.caller_username or (self.tr("a member of the public")
                                         if row.caller_type == "public" else self.tr("a user"))
        self.title.setText(self.tr("{category}: {caller}").format(
            category=word(CATEGORIES, row.category), caller=caller))
        words = [self.tr("Logged by {who} on {when}.").format(who=row.created_by,
                                                              when=when(row.created_at)),
                 self.tr("Status: {status}.").format(status=word(ENQUIRY_STATUS, row.status)),
                 self.tr("Summary: {summary}").format(summary=row.summary)]
        if row.note:
            words.append(self.tr("Last note: {note}").format(note=row.note))
        self.facts.setText(" ".join(words))
        self.new_status.focus()

    @async_slot()
    async def send(self) -> None:
        row = self.current
        if row is None:
            return
        found: list[tuple[str, QWidget]] = []
        if self.new_status.value() is None:
            found.append((self.tr("Select the new status"), self.new_status))
        problem = text_problem(fold_text(self.note.text()), self.tr("a note"))
        if problem:
            found.append((problem, self.note))
        item = await self.submit(found, lambda: enquiry_status(
            row.request_id, str(self.new_status.value()), fold_text(self.note.text())),
            self.new_status.focus_widget())
        if item is not None:
            self.done = self.tr("Call updated.")

    def wipe(self) -> None:
        self.new_status.clear()
        self.note.clear()
        self.facts.clear()
        self.title.clear()


class HelpdeskView(QWidget):
    """With ``log_enquiry``: the call and mediator-request forms; and a queue per team."""

    title = QT_TRANSLATE_NOOP("HelpdeskView", "Helpdesk")
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Helpdesk"))
        layout = QVBoxLayout(self)
        self.heading = heading(self.tr("Helpdesk"), 1, self)
        layout.addWidget(self.heading)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Helpdesk tabs"))
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
        self.heading.setText(self.tr("Helpdesk") if logs else self.tr("Enquiries"))
        self.setAccessibleName(self.heading.text())
        if logs:
            self.tabs.addTab(self.call, self.tr("Call"))
            self.tabs.addTab(self.mediator_request, self.tr("Request for a mediator"))
        for team in self.session.teams:
            if team not in self.queues:
                self.queues[team] = EnquiryQueueTab(self.session, team, self.tabs)
            self.tabs.addTab(self.queues[team],
                             self.tr("{team} queue").format(team=word(TEAM_WORDS, team)))
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

