"""The user manager's screen (capability ``manage_users``): suspend, reinstate, revoke a
card, or re-enrol a replacement card (its public key, from a PEM file), for a user of the
manager's own local authority named by username. Suspending, revoking and re-enrolling end
the user's sessions at once. Each action is a write through the durable outbox; the
service's answer (the user's standing now) is said under the form."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Final

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import UserStanding
from cpdesk.session import DeskSession, failure_of
from cpdesk.sync.outbox import ItemState, OutboxItem, Write, enrol_card, user_action
from cpdesk.views.workflow_labels import fold_text, text_problem
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.counted_text import CountedText
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.radios import Radios
from cpdesk.widgets.text import field_block, heading, hint, set_field_error
from cpdesk.widgets.warning_text import WarningText

# (words, action, hint): the words in English, marked for translation in the context
# "UsersView".
ACTIONS: Final = (
    (QT_TRANSLATE_NOOP("UsersView", "Suspend the account"), "suspend",
     QT_TRANSLATE_NOOP("UsersView", "They cannot sign in until reinstated.")),
    (QT_TRANSLATE_NOOP("UsersView", "Reinstate the account"), "reinstate",
     QT_TRANSLATE_NOOP("UsersView", "They can sign in again.")),
    (QT_TRANSLATE_NOOP("UsersView", "Revoke their card"), "revoke-token",
     QT_TRANSLATE_NOOP("UsersView", "The card no longer signs in; enrol a new one.")),
    (QT_TRANSLATE_NOOP("UsersView", "Re-enrol a replacement card"), "token",
     QT_TRANSLATE_NOOP("UsersView", "From the new card's public key (a PEM file).")),
)
MAX_PEM_BYTES: Final = 4000
HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Users\n\n"
    "Act on an account of your local authority: type the username, choose what to do, "
    "give a reason, and send. To re-enrol a card, choose \"Re-enrol a replacement card\" "
    "and then the card's public key file (PEM).\n\n"
    "Suspending, revoking and re-enrolling sign the user out everywhere at once.\n\n"
    "Ctrl+L: lock."
)


def standing_words(standing: UserStanding) -> str:
    if standing.status == "active":
        words = (QCoreApplication.translate("UsersView",
                                            "{username}: account active, card revoked.")
                 if standing.token_revoked else
                 QCoreApplication.translate("UsersView",
                                            "{username}: account active, card in use."))
    else:
        words = (QCoreApplication.translate("UsersView",
                                            "{username}: account suspended, card revoked.")
                 if standing.token_revoked else
                 QCoreApplication.translate("UsersView",
                                            "{username}: account suspended, card in use."))
    return words.format(username=standing.username)


class UsersView(QWidget):
    title = QT_TRANSLATE_NOOP("UsersView", "Users")
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pem: str | None = None
        self.setAccessibleName(self.tr("Users"))
        layout = self.layout_ = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Users"), 1, self))
        layout.addWidget(hint(self.tr("Users of your local authority only."), self))
        self.summary = ErrorSummary(self)
        layout.addWidget(self.summary)
        self._errors: dict[QWidget, QLabel] = {}
        self.username = QLineEdit(self)
        self._field(self.tr("Username"), self.username)
        self.action = Radios(self.tr("Action"), [(self.tr(words), action, self.tr(note))
                                                 for words, action, note in ACTIONS], self)
        self.action.group.buttonToggled.connect(lambda _b, _on: self._action_changed())
        self._field(self.tr("What do you want to do?"), self.action)
        self.pem_row = QWidget(self)
        row = QHBoxLayout(self.pem_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.pem_button = QPushButton(self.tr("Choose the card's public key file…"),
                                      self.pem_row)
        self.pem_button.setAccessibleName(self.tr("Choose the card's public key file…"))
        self.pem_button.setAccessibleDescription(self.tr("A PEM file"))
        self.pem_button.clicked.connect(self.choose_pem)
        row.addWidget(self.pem_button)
        self.pem_label = QLabel(self.tr("No file chosen"), self.pem_row)
        self.pem_label.setAccessibleName(self.tr("Public key file"))
        row.addWidget(self.pem_label, 1)
        self.pem_block = self._field(self.tr("Replacement card"), self.pem_row)
        layout.addWidget(WarningText(self.tr("Suspending, revoking or re-enrolling signs the "
                                             "user out of every desk at once."), self))
        self.reason = CountedText(self.tr("Reason"), 500, self, lines=2)
        self._field(self.tr("Reason"), self.reason,
                    self.tr("Recorded with the action. No case details."))
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setProperty("role", "primary")
        self.send_button.setAccessibleName(self.tr("Send the action"))
        self.send_button.clicked.connect(self.send)
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        from cpdesk.views.outbox_status import OutboxStatus

        self.status = OutboxStatus(session, self)
        self.status.settled.connect(self._settled)
        layout.addWidget(self.status)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setProperty("role", "status-message")
        self.result.setAccessibleName(self.tr("The user's standing"))
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._action_changed()

    def _field(self, label: str, widget: QWidget, hint_text: str | None = None) -> QWidget:
        block, error = field_block(label, widget, hint_text, self)
        self._errors[widget] = error
        self.layout_.addWidget(block)
        return block

    def _action_changed(self) -> None:
        enrol = self.action.value() == "token"
        self.pem_block.setVisible(enrol)

    def load_pem(self, path: Path) -> str | None:
        """Read a public key file; the problem in words, or ``None`` when it is usable."""
        try:
            data = path.read_bytes()[:MAX_PEM_BYTES + 1]
        except OSError:
            return self.tr("The file could not be read. Choose another.")
        text = data.decode("ascii", errors="replace")
        if len(data) > MAX_PEM_BYTES or not re.search(
                r"-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----", text):
            return self.tr("The file is not a public key (PEM). Choose the card's public key "
                           "file.")
        self.pem = text.strip() + "\n"
        self.pem_label.setText(self.tr("Chosen: {file}").format(file=path.name))
        return None

    def choose_pem(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The card's public key"), "",
            self.tr("Public key (*.pem *.pub);;All files (*)"))
        if name:
            problem = self.load_pem(Path(name))
            if problem:
                self.summary.show_problems([(problem, self.pem_button)])

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", self.username.text().strip()):
            found.append((self.tr("Enter the username"), self.username))
        action = self.action.value()
        if action is None:
            found.append((self.tr("Select what you want to do"), self.action))
        if action == "token" and self.pem is None:
            found.append((self.tr("Choose the replacement card's public key file"),
                          self.pem_row))
        elif action != "token":
            problem = text_problem(fold_text(self.reason.text()), self.tr("a reason"))
            if problem:
                found.append((problem, self.reason))
        return found

    def build(self) -> Write:
        username = self.username.text().strip()
        action = str(self.action.value())
        if action == "token":
            assert self.pem is not None
            return enrol_card(username, self.pem)
        return user_action(username, action, fold_text(self.reason.text()))

    @async_slot()
    async def send(self) -> None:
        problems = self.problems()
        named = {w: m for m, w in problems}
        for widget, error in self._errors.items():
            set_field_error(widget, error, named.get(widget))
        if problems:
            self.summary.show_problems(problems)
            return
        self.summary.clear()
        self.result.clear()
        try:
            item = await self.session.submit(self.build())
        except ValidationError:
            self.summary.show_problems([(self.tr("Some of the details are not in a form the "
                                                 "service accepts. Check them and try again."),
                                         self.username)])
            return
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.summary.show_problems([(failure.message, self.send_button)])
            return
        self.status.follow(item)

    def _settled(self, item: OutboxItem) -> None:
        if item.state is not ItemState.SENT:
            if item.http_status == 404:
                self.result.setText(self.tr("There is no user with that username in your "
                                            "local authority."))
            self.status.focus()
            return
        try:
            standing = UserStanding.model_validate_json(
                json.dumps(self.session.outbox.answer(item.request_id)))
        except ValidationError:
            self.result.setText(self.tr("Done."))
            return
        self.result.setText(standing_words(standing))
        self.wipe()

    def wipe(self) -> None:
        self.username.clear()
        self.action.clear()
        self.reason.clear()
        self.pem = None
        self.pem_label.setText(self.tr("No file chosen"))
        self._action_changed()

    def clear(self, *, forget: bool = False) -> None:
        del forget
        self.wipe()
        self.summary.clear()
        self.status.clear()
        self.result.clear()

    async def load(self) -> None:
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    async def resume(self) -> None:
        await self.load()
