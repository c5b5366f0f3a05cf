"""PIN entry that knows the card's state before it asks.

A card counts wrong PINs and locks for good after a few; SoftHSM2 never locks, so this
workstation counts too. Before offering a PIN the entry reads the card's flags (count low,
final try, locked) and this workstation's failure count through the session, warns in words,
and refuses outright when the card is locked or the workstation has stopped trying — the
user must call the helpdesk rather than burn the last try.

The PIN leaves the field as a ``bytearray`` the session zeroes after use; the field is
emptied at once. (Qt and Python keep their own short-lived copies of typed text; those cannot
be wiped, only dropped.)
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from cpdesk.session import DeskSession, failure_of
from cpdesk.vault.token import TokenStatus
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import field_block

# The messages in English (the source language); describe() translates them.
ABSENT = QT_TRANSLATE_NOOP("PinEntry", "Insert your smart card into the reader.")
LOCKED = QT_TRANSLATE_NOOP("PinEntry", "Your smart card's PIN is locked. Call your helpdesk to "
                           "have it unblocked; do not try again.")
FINAL_TRY = QT_TRANSLATE_NOOP("PinEntry", "Warning: this is the last try before your smart "
                              "card locks. If you are not sure of your PIN, call your helpdesk "
                              "instead.")
COUNT_LOW = QT_TRANSLATE_NOOP("PinEntry", "Warning: your smart card has recorded wrong PINs. "
                              "It will lock after a few more wrong tries.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PinEntry", text)


def too_many(failures: int) -> str:
    return QCoreApplication.translate(
        "PinEntry", "The PIN has been entered wrongly {failures} times in a row. This "
        "workstation will not try again: call your helpdesk.").format(failures=failures)


def describe(status: TokenStatus) -> tuple[str, bool]:
    """What to tell the user about the card, and whether a PIN may be offered at all."""
    if not status.present:
        return _tr(ABSENT), False
    if status.pin_locked:
        return _tr(LOCKED), False
    if status.tries_left == 0:
        return too_many(status.client_failures), False
    if status.pin_final_try:
        return _tr(FINAL_TRY), True
    lines = []
    if status.pin_count_low:
        lines.append(_tr(COUNT_LOW))
    if status.client_failures:
        left = status.tries_left
        tries = (QCoreApplication.translate("PinEntry", "1 more try") if left == 1 else
                 QCoreApplication.translate("PinEntry", "{n} more tries").format(n=left))
        failures = status.client_failures
        wrong = (QCoreApplication.translate("PinEntry", "1 wrong PIN") if failures == 1 else
                 QCoreApplication.translate("PinEntry", "{n} wrong PINs").format(n=failures))
        lines.append(QCoreApplication.translate(
            "PinEntry", "{wrong} on this workstation. You have {tries} before you must call "
            "your helpdesk.").format(wrong=wrong, tries=tries))
    return " ".join(lines), True


class PinEntry(QWidget):
    """The PIN field and what the card's state means for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(64)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                       | Qt.InputMethodHint.ImhSensitiveData
                                       | Qt.InputMethodHint.ImhNoPredictiveText)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        block, self.error = field_block(self.tr("&PIN"), self.field,
                                        self.tr("The PIN of your smart card"), self)
        layout.addWidget(block)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setProperty("role", "warning-text")
        self.state.setAccessibleName(self.tr("Smart card"))
        self.state.hide()
        layout.addWidget(self.state)
        self.allowed = True
        self.status: TokenStatus | None = None
        self.setFocusProxy(self.field)

    async def refresh(self, session: DeskSession) -> bool:
        """Read the card's state afresh; returns whether a PIN may be offered."""
        try:
            status = await session.token_status()
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            if shiboken6.isValid(self.state):
                self._show(failure.message, False)
            return False
        if not shiboken6.isValid(self.state):  # the window closed while the card was read
            return False
        self.status = status
        message, allowed = describe(status)
        self._show(message, allowed)
        return allowed

    def _show(self, message: str, allowed: bool) -> None:
        self.allowed = allowed
        self.state.setText(message)
        self.state.setVisible(bool(message))
        self.state.setProperty("blocking", not allowed)
        self.state.style().polish(self.state)
        self.field.setEnabled(allowed)

    def take_pin(self) -> bytearray:
        """The typed PIN as bytes the caller wipes; the field is emptied at once."""
        text = self.field.text()
        self.field.clear()
        pin = bytearray(text.encode("utf-8"))
        del text
        return pin

    def clear(self) -> None:
        self.field.clear()
