"""The GOV.UK character count: a text box that says, as you type, how many characters are
left ("You have 120 characters remaining", "You have 3 characters too many").

The limit is not enforced by truncating (that loses what was typed without saying so): the
count turns to an error past it, and the form's error summary refuses to send.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class _Edit(QPlainTextEdit):
    """Tab moves on (a form, not a code editor)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        super().keyPressEvent(event)


class CountedText(QWidget):
    """A multi-line text box with a live count to ``limit`` characters."""

    def __init__(self, name: str, limit: int = 500, parent: QWidget | None = None, *,
                 lines: int = 4) -> None:
        super().__init__(parent)
        self.limit = limit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = _Edit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(name)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 16)
        layout.addWidget(self.edit)
        self.count = QLabel(self)
        self.count.setProperty("role", "hint")
        layout.addWidget(self.count)
        self.edit.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def clear(self) -> None:
        self.edit.clear()

    @property
    def over(self) -> int:
        return max(0, len(self.text()) - self.limit)

    def _update(self) -> None:
        left = self.limit - len(self.text())
        if left >= 0:
            words = (self.tr("You have 1 character remaining") if left == 1 else
                     self.tr("You have {n} characters remaining").format(n=left))
            self.count.setProperty("role", "hint")
        else:
            words = (self.tr("You have 1 character too many") if left == -1 else
                     self.tr("You have {n} characters too many").format(n=-left))
            self.count.setProperty("role", "error-message")
        self.count.setText(words)
        self.edit.setAccessibleDescription(words)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)

    def focus_widget(self) -> QWidget:
        return self.edit

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        self.edit.setFocus(reason)
