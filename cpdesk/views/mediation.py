"""Mediated access: searching on an authorised practitioner's behalf (capability ``mediate``).

A practitioner without suitable IT asks a mediator to look a child up for them. Both must be
authorised users. The workspace has three tabs:

- **Mediate**: check who the practitioner is (username, phone or email: the service answers
  authorised, not authorised, suspended or CRB out of date, and says nothing more), choose
  the purpose, and start. For 30 minutes searches and records are on the practitioner's
  behalf (the ``Cpdesk-Mediation`` header): the banner at the top of every screen says for
  whom, why and how long is left, with End.
- **Open requests**: practitioners' requests for a mediator (urgent first, then oldest);
  claim one to work on it.
- **My claimed requests**: mediate for one, then fulfil it (with the mediation that did the
  work) or decline it with a reason. Details are passed on only by calling the practitioner
  back on the contact registered for them, which the request shows.

Every write (start, end, claim, fulfil, decline, what was passed on) goes through the durable
outbox. The check itself is a question, not a write: asked directly, never kept.
"""

from __future__ import annotations

import json
from typing import Any, Final

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import MediatedRequest, Mediation, PractitionerCheck
from cpdesk.session import DeskSession, Failure, failure_of
from cpdesk.sync.outbox import (
    ItemState,
    OutboxItem,
    Write,
    claim_request,
    decline_request,
    fulfil_request,
    mediation_start,
)
from cpdesk.views.labels import REASONS, word
from cpdesk.views.management import QueueTab
from cpdesk.views.outbox_status import OutboxStatus
from cpdesk.views.workflow_labels import fold_text, text_problem, when
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.counted_text import CountedText
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.radios import Radios
from cpdesk.widgets.text import field_block, heading, hint, set_field_error
from cpdesk.widgets.warning_text import WarningText

# In English, marked for translation: CHECK_WORDS in the context "PractitionerCheckBox",
# URGENCY and REQUEST_STATUS in "Labels" (shown with labels.word()).
CHECK_WORDS: Final[dict[str, str]] = {
    "authorised": QT_TRANSLATE_NOOP("PractitionerCheckBox",
                                    "{who} is an authorised user of your local authority."),
    "not_authorised": QT_TRANSLATE_NOOP(
        "PractitionerCheckBox", "Not authorised. This person is not an authorised user you can "
        "act for. Do not search for them: they can ask their user manager."),
    "suspended": QT_TRANSLATE_NOOP(
        "PractitionerCheckBox", "Suspended. This user's account is suspended. Do not search for "
        "them: they should call their user manager."),
    "crb_expired": QT_TRANSLATE_NOOP(
        "PractitionerCheckBox", "CRB check out of date. This user's CRB disclosure is more than "
        "three years old. Do not search for them: they should ask their user manager to update "
        "it."),
}
URGENCY: Final[dict[str, str]] = {"urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
                                  "routine": QT_TRANSLATE_NOOP("Labels", "Routine")}
REQUEST_STATUS: Final[dict[str, str]] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Waiting for a mediator"),
    "claimed": QT_TRANSLATE_NOOP("Labels", "A mediator is working on it"),
    "fulfilled": QT_TRANSLATE_NOOP("Labels", "Fulfilled"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
}
HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Mediated access\n\n"
    "Search on behalf of an authorised practitioner who cannot use cpdesk themselves.\n\n"
    "Mediate: type the practitioner's username, phone number or email and press Enter to "
    "check them. Only an authorised user of your local authority can be mediated for. "
    "Choose the purpose and press \"Start mediating\". For 30 minutes your searches and the "
    "records you open are recorded as done for them; the banner at the top says for whom "
    "and how long is left. Press End in the banner when you have finished.\n\n"
    "On a record, \"Pass on details\" lists its contacts: tick each one you read out and "
    "choose \"Record what I passed on\".\n\n"
    "Open requests: claim a request to work on it. My claimed requests: mediate for it, "
    "then fulfil it, or decline it with a reason. Call the practitioner back only on the "
    "contact the request shows.\n\n"
    "Ctrl+Tab: next tab.  Ctrl+L: lock."
)


def check_words(check: PractitionerCheck) -> str:
    who = check.display_name or check.username or QCoreApplication.translate(
        "PractitionerCheckBox", "This person")
    if check.organisation:
        who = QCoreApplication.translate("PractitionerCheckBox", "{who} ({organisation})").format(
            who=who, organisation=check.organisation)
    words = CHECK_WORDS.get(check.status, CHECK_WORDS["not_authorised"])
    return QCoreApplication.translate("PractitionerCheckBox", words).format(who=who)


def child_words(request: MediatedRequest) -> str:
    child = request.child
    parts = [p for p in (child.forenames, child.surname.upper() if child.surname else None)
             if p]
    words = " ".join(parts) or QCoreApplication.translate("MediationView", "No name given")
    if child.dob:
        words = QCoreApplication.translate("MediationView", "{child}, born {dob}").format(
            child=words, dob=child.dob)
    if child.postcode:
        words = QCoreApplication.translate("MediationView", "{child}, postcode {postcode}").format(
            child=words, postcode=child.postcode)
    return words


def callback_words(request: MediatedRequest) -> str:
    found = [v for v in (request.callback.phone, request.callback.email) if v]
    if not found:
        return QCoreApplication.translate("MediationView", "none")
    return QCoreApplication.translate("MediationView", " or ").join(found)


class PractitionerCheckBox(QWidget):
    """Username, phone or email, and Enter (or "Check") asks the service who it is."""

    checked = Signal(object)  # PractitionerCheck, or None when the question failed

    def __init__(self, session: DeskSession, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check: PractitionerCheck | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription(
            self.tr("Username, phone number or email. Enter checks."))
        self.edit.returnPressed.connect(self.verify)
        self.edit.textEdited.connect(lambda _t: self.reset())
        row.addWidget(self.edit, 1)
        self.button = QPushButton(self.tr("Check"), self)
        self.button.setAccessibleName(self.tr("Check: {label}").format(label=label))
        self.button.clicked.connect(self.verify)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Check result"))
        self.result.setProperty("role", "status-message")
        layout.addWidget(self.result)

    def text(self) -> str:
        return self.edit.text().strip()

    def reset(self) -> None:
        self.check = None
        self.result.clear()

    def clear(self) -> None:
        self.edit.clear()
        self.reset()

    @property
    def authorised(self) -> bool:
        return self.check is not None and self.check.status == "authorised"

    @property
    def username(self) -> str | None:
        return self.check.username if self.authorised and self.check is not None else None

    @async_slot()
    async def verify(self) -> None:
        await self.run_check()

    async def run_check(self) -> PractitionerCheck | None:
        who = self.text()
        if not who:
            self.result.setText(self.tr("Enter a username, phone number or email."))
            self.checked.emit(None)
            return None
        self.result.setText(self.tr("Checking…"))
        try:
            check = await self.session.verify_practitioner(who)
        except RuntimeError:
            return None  # the screen went (the desk closed) while the service answered
        except ValidationError:
            self.result.setText(self.tr("Enter a username, phone number or email."))
            self.checked.emit(None)
            return None
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.result.setText(failure.message)
            self.checked.emit(None)
            return None
        if self.text() != who:
            return None  # typed over meanwhile
        self.check = check
        self.result.setText(check_words(check))
        self.result.setAccessibleDescription(self.result.text())
        self.checked.emit(check)
        return check

    def focus_widget(self) -> QWidget:
        return self.edit


class StartTab(QWidget):
    """Check the practitioner, choose the purpose, start mediating."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.request_id: str | None = None  # the claimed request this mediation is for
        self.setAccessibleName(self.tr("Mediate"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Both of you must be authorised users. Everything you do "
                                      "while mediating is recorded for you and for them, with "
                                      "the purpose."), self))
        self.summary = ErrorSummary(self)
        layout.addWidget(self.summary)
        self.for_request = QLabel(self)
        self.for_request.setWordWrap(True)
        self.for_request.setAccessibleName(self.tr("For the request"))
        self.for_request.hide()
        layout.addWidget(self.for_request)
        self.practitioner = PractitionerCheckBox(session, self.tr("Practitioner"), self)
        self.practitioner.checked.connect(self._checked)
        block, self.practitioner_error = field_block(
            self.tr("Who are you searching for?"), self.practitioner,
            self.tr("Their username, phone number or email. Press Enter to check."), self)
        layout.addWidget(block)
        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.addItem(self.tr("Choose the purpose"), None)
        for code in REASONS:
            if code != "training" or (session.realm is not None and session.realm.training):
                self.purpose.addItem(word(REASONS, code), code)
        block, self.purpose_error = field_block(self.tr("Purpose"), self.purpose,
                                                self.tr("Why the practitioner needs the record."),
                                                self)
        layout.addWidget(block)
        self.start_button = QPushButton(self.tr("Start mediating"), self)
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(self.tr("Start mediating"))
        self.start_button.clicked.connect(self.start)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = OutboxStatus(session, self)
        self.status.settled.connect(self._settled)
        layout.addWidget(self.status)
        self.running = QLabel(self)
        self.running.setWordWrap(True)
        self.running.setAccessibleName(self.tr("Mediation"))
        layout.addWidget(self.running)
        layout.addStretch(1)

    def prepare(self, request: MediatedRequest) -> None:
        """From a claimed request: the practitioner filled in and checked, the purpose set."""
        self.clear()
        self.request_id = request.request_id
        self.for_request.setText(self.tr("For the request from {who} about {child}.").format(
            who=request.practitioner, child=child_words(request)))
        self.for_request.show()
        self.practitioner.edit.setText(request.practitioner)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData("mediated_request")))
        self.practitioner.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _checked(self, check: PractitionerCheck | None) -> None:
        if check is not None and check.status == "authorised":
            self.purpose.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        if not self.practitioner.authorised:
            found.append((self.tr("Check the practitioner: only an authorised user can be "
                                  "mediated for"), self.practitioner))
        if self.purpose.currentData() is None:
            found.append((self.tr("Choose the purpose"), self.purpose))
        return found

    @async_slot()
    async def start(self) -> None:
        if self.practitioner.check is None and self.practitioner.text():
            await self.practitioner.run_check()
        problems = self.problems()
        set_field_error(self.practitioner, self.practitioner_error,
                        next((m for m, w in problems if w is self.practitioner), None))
        set_field_error(self.purpose, self.purpose_error,
                        next((m for m, w in problems if w is self.purpose), None))
        if problems:
            self.summary.show_problems(problems)
            return
        self.summary.clear()
        username = self.practitioner.username
        assert username is not None
        try:
            write = mediation_start(username, str(self.purpose.currentData()),
                                    self.request_id)
            item = await self.session.submit(write)
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None and not isinstance(exc, ValidationError):
                raise
            message = failure.message if failure else self.tr("Check the details and try again.")
            self.summary.show_problems([(message, self.start_button)])
            return
        self.status.follow(item)

    def _settled(self, item: OutboxItem) -> None:
        if item.state is not ItemState.SENT:
            self.status.focus()
            return
        answer = self.session.outbox.answer(item.request_id)
        try:
            mediation = Mediation.model_validate_json(json.dumps(answer))
        except ValidationError:
            self.running.setText(self.tr("The mediation started, but cpdesk could not read the "
                                         "service's answer. End it from the service, then "
                                         "start again."))
            return
        self.practitioner.clear()
        self.purpose.setCurrentIndex(0)
        self.for_request.hide()
        self.status.clear()
        self.session.set_mediation(mediation)

    def show_running(self, mediation: Mediation | None) -> None:
        if mediation is None:
            self.running.clear()
            self.start_button.setEnabled(True)
        else:
            self.running.setText(self.tr("Mediating for {who} until {time}. End it from the "
                                         "banner at the top.").format(
                who=mediation.practitioner, time=when(mediation.expires_at)[-5:]))
            self.start_button.setEnabled(False)

    def clear(self) -> None:
        self.request_id = None
        self.for_request.clear()
        self.for_request.hide()
        self.practitioner.clear()
        self.purpose.setCurrentIndex(0)
        self.summary.clear()
        self.status.clear()
        set_field_error(self.practitioner, self.practitioner_error, None)
        set_field_error(self.purpose, self.purpose_error, None)


class OpenRequestsTab(QueueTab):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("Open requests"), self.tr(
                "Practitioners of your local authority asking a mediator to search for them: "
                "urgent first, then oldest."),
            (self.tr("Urgency"), self.tr("Asked"), self.tr("Practitioner"), self.tr("Child")),
            lambda r: (word(URGENCY, r.urgency), when(r.created_at), r.practitioner,
                       child_words(r)), parent)
        self.claim_button = QPushButton(self.tr("Claim request"), self)
        self.claim_button.setAccessibleName(self.tr("Claim request"))
        self.claim_button.setAccessibleDescription(self.tr("Claims the chosen request"))
        self.claim_button.clicked.connect(self.open_selected)
        self.outer.insertWidget(3, self.claim_button, 0, Qt.AlignmentFlag.AlignLeft)

    async def fetch(self) -> list[Any]:
        return list((await self.session.mediated_requests("open")).items)

    def open_item(self, row: Any) -> None:
        """Enter (or "Claim request") claims it at once: one key, as on a call."""
        self.current = row
        self.done = ""
        self.summary.clear()
        self.status.clear()
        self._claim(row)

    @async_slot(object)
    async def _claim(self, row: MediatedRequest) -> None:
        item = await self.submit([], lambda: claim_request(row.request_id), self.table)
        if item is not None:
            self.done = self.tr("Request claimed: it is under \"My claimed requests\".")

    def after_sent(self, item: OutboxItem) -> None:
        super().after_sent(item)
        self.message.setText(self.done)


class ClaimedTab(QueueTab):
    """The caller's claims: mediate for one, fulfil (with the mediation) or decline."""

    mediateRequested = Signal(object)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("My claimed requests"), self.tr(
                "Requests you are working on. Call the practitioner back only on the contact "
                "shown."),
            (self.tr("Urgency"), self.tr("Claimed"), self.tr("Practitioner"), self.tr("Child"),
             self.tr("Call back on")),
            lambda r: (word(URGENCY, r.urgency), when(r.claimed_at), r.practitioner,
                       child_words(r), callback_words(r)), parent)
        # What each request was mediated under on this desk (memory only).
        self.mediations: dict[str, str] = {}
        self.open_button = QPushButton(self.tr("Open request"), self)
        self.open_button.setAccessibleName(self.tr("Open request"))
        self.open_button.setAccessibleDescription(self.tr("Opens the chosen claimed request"))
        self.open_button.clicked.connect(self.open_selected)
        self.outer.insertWidget(3, self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        f = self.form_layout
        self.title = heading("", 2, self.form)
        f.addWidget(self.title)
        self.facts = QLabel(self.form)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f.addWidget(self.facts)
        self.mediate_button = self._button(self.tr("Mediate for this request"), self._mediate,
                                           primary=True)
        f.addWidget(self.mediate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.outcome = Radios(self.tr("Outcome"), [
            (self.tr("Fulfilled: I called the practitioner back with the details"), "fulfil"),
            (self.tr("Declined"), "decline")], self.form)
        self._field(self.tr("Outcome"), self.outcome)
        f.addWidget(WarningText(self.tr("Do not write the child's details or any case details "
                                        "here."), self.form))
        self.note = CountedText(self.tr("Note"), 500, self.form, lines=2)
        self._field(self.tr("Note"), self.note,
                    self.tr("For a decline, the reason: the practitioner sees it."))
        self.send_button = self._button(self.tr("Send outcome"), self.send, primary=True)
        f.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)

    async def fetch(self) -> list[Any]:
        return list((await self.session.mediated_requests("claimed")).items)

    def count_text(self, count: int) -> str:
        return (self.tr("You have no claimed requests.") if count == 0 else
                self.tr("{n} claimed.").format(n=count))

    def fill(self, row: MediatedRequest) -> None:
        self.title.setText(self.tr("Request from {who}").format(who=row.practitioner))
        self.facts.setText(self.tr(
            "{urgency}. Child: {child}. Call back on: {callback} (registered for the "
            "practitioner). Asked {when} by {who}.").format(
                urgency=word(URGENCY, row.urgency), child=child_words(row),
                callback=callback_words(row), when=when(row.created_at), who=row.created_by))
        self.mediate_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mediate(self) -> None:
        if self.current is not None:
            self.mediateRequested.emit(self.current)

    def mediation_for(self, row: MediatedRequest) -> str | None:
        current = self.session.mediation
        if current is not None and current.practitioner == row.practitioner:
            return current.mediation_id
        return self.mediations.get(row.request_id)

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        outcome = self.outcome.value()
        if outcome is None:
            found.append((self.tr("Select fulfilled or declined"), self.outcome))
        if outcome == "fulfil" and self.current is not None and (
                self.mediation_for(self.current) is None):
            found.append((self.tr("Mediate for this request before fulfilling it"),
                          self.outcome))
        problem = text_problem(fold_text(self.note.text()), self.tr("a note"))
        if problem:
            found.append((problem, self.note))
        return found

    @async_slot()
    async def send(self) -> None:
        row = self.current
        if row is None:
            return
        note = fold_text(self.note.text())

        def build() -> Write:
            if self.outcome.value() == "fulfil":
                mediation = self.mediation_for(row)
                assert mediation is not None
                return fulfil_request(row.request_id, mediation, note)
            return decline_request(row.request_id, note)

        item = await self.submit(self.problems(), build, self.outcome.focus_widget())
        if item is not None:
            self.done = (self.tr("Request fulfilled.") if self.outcome.value() == "fulfil"
                         else self.tr("Request declined."))

    def after_sent(self, item: OutboxItem) -> None:
        super().after_sent(item)
        self.message.setText(self.done)

    def wipe(self) -> None:
        self.outcome.clear()
        self.note.clear()
        self.facts.clear()
        self.title.clear()


class MediationView(QWidget):
    title = QT_TRANSLATE_NOOP("MediationView", "Mediated access")
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Mediated access"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Mediated access"), 1, self))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Mediated access tabs"))
        self.start_tab = StartTab(session, self.tabs)
        self.open_tab = OpenRequestsTab(session, self.tabs)
        self.claimed_tab = ClaimedTab(session, self.tabs)
        self.tabs.addTab(self.start_tab, self.tr("Mediate"))
        self.tabs.addTab(self.open_tab, self.tr("Open requests"))
        self.tabs.addTab(self.claimed_tab, self.tr("My claimed requests"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.claimed_tab.mediateRequested.connect(self.mediate_for)
        layout.addWidget(self.tabs, 1)

    def show_tab(self, tab: QWidget) -> None:
        if self.tabs.currentWidget() is tab:
            self._tab_changed(self.tabs.currentIndex())
        else:
            self.tabs.setCurrentWidget(tab)

    def _tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, QueueTab) and self.session.can("mediate"):
            tab.reload()

    def mediate_for(self, request: MediatedRequest) -> None:
        self.tabs.setCurrentWidget(self.start_tab)
        self.start_tab.prepare(request)
        self.start_tab.practitioner.verify()

    def mediation_changed(self, mediation: Mediation | None) -> None:
        """The shell tells the workspace a mediation started or ended."""
        self.start_tab.show_running(mediation)
        if mediation is not None and mediation.mediated_request_id:
            self.claimed_tab.mediations[mediation.mediated_request_id] = mediation.mediation_id

    async def load(self) -> None:
        self._tab_changed(self.tabs.currentIndex())

    def clear(self, *, forget: bool = False) -> None:
        self.start_tab.clear()
        self.open_tab.clear()
        self.claimed_tab.clear()
        if forget:
            self.claimed_tab.mediations.clear()

    async def resume(self) -> None:
        await self.load()

    def _show_failure(self, failure: Failure) -> None:
        del failure
