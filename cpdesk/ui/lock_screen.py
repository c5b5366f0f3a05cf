"""The sign-in and unlock screen: the only screen shown while cpdesk is locked.

First sign-in asks for the username (remembered on this computer — a username is not child
data), the password and the smart card's PIN. Unlocking within the session asks for the PIN
alone: the card and the PIN are both factors, and the session is still the user's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.session import DeskSession, NeedFullSignIn, State, failure_of
from cpdesk.ui.pin_entry import PinEntry
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.text import field_block, heading, hint, set_field_error

USERNAME: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
TOKEN_POLL_MS: Final = 2000


class LockScreen(QWidget):
    """Sign in (username, password, PIN) or unlock (PIN only)."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *,
                 remembered_username: str | None = None,
                 save_username: Callable[[str], None] | None = None,
                 token_poll_ms: int = TOKEN_POLL_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.mode = "sign_in"
        self.busy = False
        self._save_username = save_username
        self.setAccessibleName(self.tr("Sign in"))

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        panel = QFrame(self)
        panel.setProperty("role", "lock-panel")
        panel.setMaximumWidth(720)
        panel.setMinimumWidth(360)
        outer.addWidget(panel, 3)
        outer.addStretch(1)
        layout = QVBoxLayout(panel)
        self.title = heading(self.tr("Sign in to cpdesk"), 1, panel)
        layout.addWidget(self.title)
        self.reason = QLabel(panel)
        self.reason.setWordWrap(True)
        self.reason.setProperty("role", "lock-reason")
        self.reason.setAccessibleName(self.tr("Why cpdesk is locked"))
        self.reason.hide()
        layout.addWidget(self.reason)
        self.summary = ErrorSummary(panel)
        layout.addWidget(self.summary)
        self.who = QLabel(panel)
        self.who.setWordWrap(True)
        self.who.hide()
        layout.addWidget(self.who)

        self.username = QLineEdit(panel)
        self.username.setMaxLength(64)
        self.username.setText(remembered_username or "")
        self.username_block, self.username_error = field_block(self.tr("&Username"),
                                                               self.username, None, panel)
        layout.addWidget(self.username_block)
        self.password = QLineEdit(panel)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(256)
        self.password_block, self.password_error = field_block(self.tr("Pass&word"),
                                                               self.password, None, panel)
        layout.addWidget(self.password_block)
        self.pin = PinEntry(panel)
        layout.addWidget(self.pin)

        self.progress = QLabel(panel)
        self.progress.setWordWrap(True)
        self.progress.setProperty("role", "status-message")
        self.progress.hide()
        layout.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("Sign in"), panel)
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setAccessibleName(self.tr("Sign in"))
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.submit_button)
        self.switch_button = QPushButton(self.tr("Sign out"), panel)
        self.switch_button.setAccessibleName(
            self.tr("Sign out, so that someone else can sign in"))
        self.switch_button.clicked.connect(self.sign_out)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(hint(self.tr("Every search and every record you open is recorded. "
                                      "Use the directory only for your work with children."),
                              panel))
        layout.addStretch(1)
        for edit in (self.username, self.password, self.pin.field):
            edit.returnPressed.connect(self.submit)

        self._poll = QTimer(self)
        self._poll.setInterval(token_poll_ms)
        self._poll.timeout.connect(self.refresh_token)
        self.show_sign_in(None)

    # -- modes -----------------------------------------------------------------------------

    def _set_reason(self, message: str | None) -> None:
        self.reason.setText(message or "")
        self.reason.setVisible(bool(message))

    def show_sign_in(self, message: str | None) -> None:
        self.mode = "sign_in"
        self.title.setText(self.tr("Sign in to cpdesk"))
        self.setAccessibleName(self.tr("Sign in"))
        self.submit_button.setText(self.tr("Sign in"))
        self.submit_button.setAccessibleName(self.tr("Sign in"))
        self._set_reason(message)
        self.who.hide()
        self.username_block.show()
        self.password_block.show()
        self.switch_button.hide()
        self._reset()
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_unlock(self, message: str | None) -> None:
        self.mode = "unlock"
        self.title.setText(self.tr("cpdesk is locked"))
        self.setAccessibleName(self.tr("Unlock"))
        self.submit_button.setText(self.tr("Unlock"))
        self.submit_button.setAccessibleName(self.tr("Unlock"))
        # "cpdesk is locked." says no more than the heading: show only a reason that adds.
        self._set_reason(None if message == "cpdesk is locked." else message)
        user = self.session.user
        if user is not None:
            self.who.setText(self.tr("Signed in as {username}. Enter your PIN to unlock.").format(
                username=user.username))
            self.who.show()
        self.username_block.hide()
        self.password_block.hide()
        self.switch_button.show()
        self._reset()
        self.pin.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget:
        if self.mode == "unlock" or self.username.text():
            return self.pin.field if self.mode == "unlock" else self.password
        return self.username

    def _reset(self) -> None:
        self.summary.clear()
        self.password.clear()
        self.pin.clear()
        for field, error in ((self.username, self.username_error),
                             (self.password, self.password_error),
                             (self.pin.field, self.pin.error)):
            set_field_error(field, error, None)
        self._set_busy(False, None)

    def start_polling(self) -> None:
        self._poll.start()

    def stop_polling(self) -> None:
        self._poll.stop()

    # -- the card --------------------------------------------------------------------------

    @async_slot()
    async def refresh_token(self) -> None:
        if not self.busy and self.session.state in (State.SIGNED_OUT, State.LOCKED):
            await self.pin.refresh(self.session)

    # -- submitting ------------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str | None) -> None:
        self.busy = busy
        for widget in (self.username, self.password, self.submit_button, self.switch_button):
            widget.setEnabled(not busy)
        self.pin.field.setEnabled(not busy and self.pin.allowed)
        self.progress.setText(text or "")
        self.progress.setVisible(bool(text))

    def _check_form(self) -> bool:
        problems: list[tuple[str, QWidget | None]] = []
        checks: list[tuple[QLineEdit, QLabel, str | None]] = []
        if self.mode == "sign_in":
            name = self.username.text().strip()
            checks.append((self.username, self.username_error,
                           self.tr("Enter your username") if not name else
                           None if USERNAME.fullmatch(name) else
                           self.tr("A username has only letters, numbers, dots, hyphens and "
                                   "underscores")))
            checks.append((self.password, self.password_error,
                           None if self.password.text() else self.tr("Enter your password")))
        checks.append((self.pin.field, self.pin.error,
                       None if self.pin.field.text() else self.tr("Enter your PIN")))
        for field, error, message in checks:
            set_field_error(field, error, message)
            if message:
                problems.append((message, field))
        if problems:
            self.summary.show_problems(problems)
        return not problems

    @async_slot()
    async def submit(self) -> None:
        await self.attempt()

    async def attempt(self) -> bool:
        """One sign-in or unlock attempt from what is in the form; True if it unlocked."""
        if self.busy:
            return False
        self.summary.clear()
        if not await self.pin.refresh(self.session):
            self.pin.clear()
            self.summary.show_problems([(self.pin.state.text(), self.pin.field)])
            return False
        if not self._check_form():
            return False
        pin = self.pin.take_pin()
        try:
            if self.mode == "sign_in":
                username = self.username.text().strip()
                password = self.password.text()
                self.password.clear()
                self._set_busy(True, self.tr("Checking your PIN and signing in…"))
                await self.session.sign_in(username, password, pin)
                del password
                if self._save_username is not None:
                    self._save_username(username)
            else:
                self._set_busy(True, self.tr("Checking your PIN…"))
                await self.session.unlock(pin)
        except NeedFullSignIn as exc:
            self._set_busy(False, None)
            self.show_sign_in(str(exc))
            return False
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self._set_busy(False, None)
            await self.pin.refresh(self.session)
            target = self.pin.field if self.pin.allowed else self.submit_button
            self.summary.show_problems([(failure.message, target)])
            return False
        finally:
            for index in range(len(pin)):
                pin[index] = 0
        self._set_busy(False, None)
        return True

    @async_slot()
    async def sign_out(self) -> None:
        await self.session.sign_out()
