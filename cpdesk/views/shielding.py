"""Two requests a practitioner makes from a record, each a screen of its own (GOV.UK: one
thing per screen), each sent through the durable outbox with its status shown:

- **Request shielding**: the statutory ground, a short justification (a warning says not to
  write case detail; a live count to 500 characters), on whose behalf, whether the other
  children at the address should be included, whether it is urgent. The owning LA's
  ContactPoint manager decides.
- **Ask the management team to make contact** (from a sensitive-service notice): a message
  and how to call back. The team passes it on without revealing the service.

Nothing typed here is kept by the screen after it is sent or the desk locks; until the
service has it, the outbox keeps it in the encrypted cache (its one exception).
"""

from __future__ import annotations

import re
from typing import Final

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import ChildRecord
from cpdesk.session import DeskSession, failure_of
from cpdesk.sync.outbox import ItemState, OutboxItem, Write, contact_request, shielding_request
from cpdesk.views.labels import spoken_id, translated
from cpdesk.views.outbox_status import OutboxStatus
from cpdesk.views.workflow_labels import GROUNDS, ON_BEHALF, fold_text, text_problem
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.counted_text import CountedText
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.radios import Radios
from cpdesk.widgets.text import field_block, heading, hint, set_field_error
from cpdesk.widgets.warning_text import WarningText

NO_CASE_DETAIL: Final = QT_TRANSLATE_NOOP(
    "RequestShieldingView",
    "Do not write case details here. Say only why the child's whereabouts must be hidden "
    "now. The ContactPoint manager who decides will contact you if they need more."
)
SHIELD_HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Request shielding\n\n"
    "Ask the local authority that owns this record to shield it. A shielded record shows "
    "only the child's name, date of birth, gender and ID to everyone outside that "
    "authority's management team: no address, school, GP or carers' addresses.\n\n"
    "Choose the ground, say briefly why (no case details), say on whose behalf you ask, "
    "and whether the other children at the same address should be included. Tick "
    "\"urgent\" if the child or family is at risk now.\n\n"
    "The request is saved on this computer, encrypted, and sent at once; if the network "
    "is down it is sent when it comes back. \"My requests\" shows the decision.\n\n"
    "Esc: back to the record."
)
CONTACT_HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Ask the management team to make contact\n\n"
    "The record says a sensitive service is involved but does not say which. The "
    "local authority's ContactPoint management team can pass your message on to that "
    "service and ask them to contact you. Give a short message (no case details) and a "
    "phone number or email address for the reply.\n\n"
    "Esc: back to the record."
)


def _page(parent: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    scroller = QScrollArea(parent)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget()
    scroller.setWidget(body)
    body.setAutoFillBackground(False)
    layout = QVBoxLayout(body)
    layout.setSpacing(10)
    return scroller, body, layout


class _WriteScreen(QWidget):
    """What both screens share: a heading about the child, an error summary, the form, and
    after sending, the request's status with "Back to the record"."""

    backRequested = Signal()
    title = ""
    help_text = ""
    send_text = QT_TRANSLATE_NOOP("_WriteScreen", "Send request")

    def __init__(self, session: DeskSession, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.child_id: str | None = None
        self.setAccessibleName(name)
        outer = QVBoxLayout(self)
        scroller, _body, self.layout_ = _page(self)
        outer.addWidget(scroller)
        self.heading = heading(name, 1, self)
        self.layout_.addWidget(self.heading)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.layout_.addWidget(self.about)
        self.summary = ErrorSummary(self)
        self.layout_.addWidget(self.summary)
        self.form = QWidget(self)
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.setSpacing(12)
        self.layout_.addWidget(self.form)
        self.status = OutboxStatus(session, self)
        self.status.settled.connect(self._settled)
        self.layout_.addWidget(self.status)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr(self.send_text), self)
        self.send_button.setProperty("role", "primary")
        self.send_button.setAccessibleName(self.tr(self.send_text))
        self.send_button.clicked.connect(self.send)
        buttons.addWidget(self.send_button)
        self.back_button = QPushButton(self.tr("Back to the record"), self)
        self.back_button.setAccessibleName(self.tr("Back to the record"))
        self.back_button.clicked.connect(self.backRequested.emit)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.layout_.addStretch(1)
        self._errors: dict[QWidget, QLabel] = {}

    def _field(self, label: str, widget: QWidget, hint_text: str | None = None) -> QWidget:
        block, error = field_block(label, widget, hint_text, self.form)
        self._errors[widget] = error
        self.form_layout.addWidget(block)
        return widget

    def start(self, record: ChildRecord) -> None:
        self.clear()
        self.child_id = record.id
        self.about.setText(self.tr("For {forenames} {surname}, ID {id}.").format(
            forenames=record.forenames, surname=record.surname.upper(),
            id=spoken_id(record.id)))
        self.form.show()
        self.send_button.show()
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def problems(self) -> list[tuple[str, QWidget]]:
        raise NotImplementedError

    def build(self) -> Write:
        raise NotImplementedError

    def _mark(self, problems: list[tuple[str, QWidget]]) -> None:
        named = {widget: message for message, widget in problems}
        for widget, error in self._errors.items():
            set_field_error(widget, error, named.get(widget))

    @async_slot()
    async def send(self) -> None:
        if self.child_id is None:
            return
        problems = self.problems()
        self._mark(problems)
        if problems:
            self.summary.show_problems(problems)
            return
        self.summary.clear()
        try:
            write = self.build()
        except ValidationError:
            self.summary.show_problems(
                [(self.tr("Some of the details are not in a form the service accepts. Check "
                          "them and try again."), self.first_field())])
            return
        self.send_button.setEnabled(False)
        try:
            item = await self.session.submit(write)
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.summary.show_problems([(failure.message, self.send_button)])
            return
        finally:
            self.send_button.setEnabled(True)
        self.sent(item)

    def sent(self, item: OutboxItem) -> None:
        """The request is kept and on its way: the form goes, its status stays."""
        self._wipe_fields()
        self.form.hide()
        self.send_button.hide()
        self.status.follow(item)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _settled(self, item: OutboxItem) -> None:
        if item.state is ItemState.FAILED:
            self.status.focus()

    def _wipe_fields(self) -> None:
        raise NotImplementedError

    def clear(self, *, forget: bool = False) -> None:
        """Everything typed goes (the outbox keeps a sent request, not this screen)."""
        del forget
        self._wipe_fields()
        self.summary.clear()
        self._mark([])
        self.status.clear()
        self.about.clear()
        self.child_id = None

    async def resume(self) -> None:
        """After unlock there is nothing to show again: the record screen takes over."""
        self.backRequested.emit()


class RequestShieldingView(_WriteScreen):
    title = QT_TRANSLATE_NOOP("RequestShieldingView", "Request shielding")
    help_text = SHIELD_HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Request shielding"), parent)
        self.layout_.insertWidget(2, hint(self.tr(
            "The local authority that owns this record decides. If it is approved, the "
            "record shows only name, date of birth, gender and ID to everyone outside its "
            "management team."), self))
        self.ground = Radios(self.tr("Ground for shielding"),
                             [(translated(words), code, translated(note))
                              for code, (words, note) in GROUNDS.items()],
                             self.form)
        self._field(self.tr("Why should this record be shielded?"), self.ground,
                    self.tr("Choose the statutory ground that applies."))
        self.form_layout.addWidget(WarningText(self.tr(NO_CASE_DETAIL), self.form))
        self.justification = CountedText(self.tr("Justification"), 500, self.form)
        self._field(self.tr("Justification"), self.justification,
                    self.tr("A sentence or two, 500 characters at most."))
        self.on_behalf = Radios(self.tr("On whose behalf"),
                                [(translated(words), code) for code, words in ON_BEHALF.items()],
                                self.form)
        self._field(self.tr("On whose behalf are you asking?"), self.on_behalf)
        self.household = QCheckBox(self.tr("Include the other children at the same address"),
                                   self.form)
        self.household.setAccessibleName(
            self.tr("Include the other children at the same address"))
        self.household.setAccessibleDescription(
            self.tr("A shield covers the household: the manager decides for each child."))
        self.form_layout.addWidget(self.household)
        self.urgent = QCheckBox(self.tr("This is urgent: the child or family is at risk now"),
                                self.form)
        self.urgent.setAccessibleName(self.tr("Urgent: the child or family is at risk now"))
        self.form_layout.addWidget(self.urgent)

    def first_field(self) -> QWidget:
        return self.ground.focus_widget()

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        if self.ground.value() is None:
            found.append((self.tr("Select the ground for shielding"), self.ground))
        problem = text_problem(fold_text(self.justification.text()), self.tr("a justification"))
        if problem:
            found.append((problem, self.justification))
        if self.on_behalf.value() is None:
            found.append((self.tr("Select on whose behalf you are asking"), self.on_behalf))
        return found

    def build(self) -> Write:
        assert self.child_id is not None
        return shielding_request(self.child_id, str(self.ground.value()),
                                 fold_text(self.justification.text()),
                                 str(self.on_behalf.value()),
                                 include_household=self.household.isChecked(),
                                 urgent=self.urgent.isChecked())

    def _wipe_fields(self) -> None:
        self.ground.clear()
        self.justification.clear()
        self.on_behalf.clear()
        self.household.setChecked(False)
        self.urgent.setChecked(False)


class ContactRequestView(_WriteScreen):
    title = QT_TRANSLATE_NOOP("ContactRequestView", "Ask the management team to make contact")
    help_text = CONTACT_HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Ask the management team to make contact"), parent)
        self.ref: str | None = None
        self.layout_.insertWidget(2, hint(self.tr(
            "A sensitive service is involved with this child. The local authority's "
            "ContactPoint management team will pass your message on and ask the service to "
            "contact you. They will not tell you which service it is."), self))
        self.form_layout.addWidget(WarningText(self.tr(
            "Do not write case details here. Say who you are and why you need to speak to "
            "the service."), self.form))
        self.message = CountedText(self.tr("Message"), 500, self.form)
        self._field(self.tr("Message"), self.message, self.tr("500 characters at most."))
        self.phone = QLineEdit(self.form)
        self._field(self.tr("Phone number for the reply"), self.phone,
                    self.tr("For example, 0113 496 0000. Give a phone number, an email "
                            "address or both."))
        self.email = QLineEdit(self.form)
        self._field(self.tr("Email address for the reply"), self.email)

    def start_for(self, record: ChildRecord) -> None:
        self.start(record)
        self.ref = record.sensitive_ref

    def first_field(self) -> QWidget:
        return self.message.edit

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        problem = text_problem(fold_text(self.message.text()), self.tr("a message"))
        if problem:
            found.append((problem, self.message))
        phone, email = self.phone.text().strip(), self.email.text().strip()
        if not phone and not email:
            found.append((self.tr("Enter a phone number or an email address for the reply"),
                          self.phone))
        if phone and not re.fullmatch(r"[0-9 +()-]{3,24}", phone):
            found.append((self.tr("Enter a phone number, like 0113 496 0000"), self.phone))
        if email and not re.fullmatch(r"[^@\s]{1,64}@[A-Za-z0-9.-]{1,190}", email):
            found.append((self.tr("Enter an email address in the correct format, like "
                                  "name@example.gov.uk"), self.email))
        if self.ref is None:
            found.append((self.tr("This record has no sensitive-service notice to ask about"),
                          self.message))
        return found

    def build(self) -> Write:
        assert self.child_id is not None and self.ref is not None
        return contact_request(self.child_id, self.ref, fold_text(self.message.text()),
                               phone=self.phone.text().strip() or None,
                               email=self.email.text().strip() or None)

    def _wipe_fields(self) -> None:
        self.message.clear()
        self.phone.clear()
        self.email.clear()

    def clear(self, *, forget: bool = False) -> None:
        super().clear(forget=forget)
        self.ref = None
