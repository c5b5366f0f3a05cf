""""Why are you looking at this record?" — asked before a record opens.

Every view of a record is audited with its reason, so the question comes first and cannot be
skipped; the answer is remembered for the session (the user changes it on the record) so a
helpdesk worker is not asked again for every child on the same call.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import REASON_CODES
from cpdesk.views.labels import REASONS, word
from cpdesk.widgets.async_dialog import execute_dialog
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import field_block, heading, hint, set_field_error

QUESTION = QT_TRANSLATE_NOOP("ReasonDialog", "Why are you looking at this record?")


@dataclass(frozen=True)
class Reason:
    code: str
    text: str | None = None

    @property
    def label(self) -> str:
        base = word(REASONS, self.code)
        return QCoreApplication.translate("ReasonDialog", "{reason}: {text}").format(
            reason=base, text=self.text) if self.text else base


class ReasonDialog(QDialog):
    """The question as a window-modal dialog; read :attr:`reason` after it is accepted."""

    def __init__(self, parent: QWidget | None = None, current: Reason | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason for viewing"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAccessibleName(self.tr(QUESTION))
        self.reason: Reason | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr(QUESTION), 2, self))
        self.summary = ErrorSummary(self)
        layout.addWidget(self.summary)
        layout.addWidget(hint(self.tr("Your reason is recorded with every record you open. "
                                      "It is kept for this session; you can change it on the "
                                      "record. Press its number (1 to 7) to choose it and "
                                      "continue."), self))
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.error = QLabel(self)
        self.error.setProperty("role", "error-message")
        self.error.hide()
        layout.addWidget(self.error)
        for number, code in enumerate(REASON_CODES, start=1):
            words = word(REASONS, code)
            radio = QRadioButton(f"{number}  {words}", self)
            radio.setAccessibleName(words)
            self.group.addButton(radio)
            self.radios[code] = radio
            layout.addWidget(radio)
        self.other_text = QLineEdit(self)
        self.other_text.setMaxLength(500)
        self.other_block, self.other_error = field_block(
            self.tr("Give the reason"), self.other_text,
            self.tr("Do not include the child's name"), self)
        self.other_block.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.other_block)
        self.other_block.setVisible(False)
        self.radios["other"].toggled.connect(self._other_toggled)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.ok.setProperty("role", "primary")
        self.ok.setAccessibleName(self.tr("Continue"))
        self.cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if current is not None:
            self.radios[current.code].setChecked(True)
            self.other_text.setText(current.text or "")
        first = self.radios[current.code if current else REASON_CODES[0]]
        first.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A digit 1–7 chooses that reason; 1–6 continue at once, 7 ("Another reason")
        moves to the box for the words. Typing in that box is left alone."""
        number = event.key() - Qt.Key.Key_0
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (1 <= number <= len(REASON_CODES) and modifiers == Qt.KeyboardModifier.NoModifier
                and not self.other_text.hasFocus()):
            code = REASON_CODES[number - 1]
            self.choose(code)
            if code == "other":
                self.other_text.setFocus()
            else:
                self._try_accept()
            event.accept()
            return
        super().keyPressEvent(event)

    def _other_toggled(self, checked: bool) -> None:
        self.other_block.setVisible(checked)
        if checked:
            self.other_text.setFocus()

    def choose(self, code: str, text: str | None = None) -> None:
        """Pick a reason as a user would (used by the guided demo and tests)."""
        self.radios[code].setChecked(True)
        if text is not None:
            self.other_text.setText(text)

    def _try_accept(self) -> None:
        checked = self.group.checkedButton()
        code = next((c for c, r in self.radios.items() if r is checked), None)
        set_field_error(self.other_text, self.other_error, None)
        if code is None:
            message = self.tr("Select why you are looking at this record")
            self.error.setText(self.tr("Error: {message}").format(message=message))
            self.error.show()
            self.summary.show_problems([(message, self.radios[REASON_CODES[0]])])
            return
        text = self.other_text.text().strip() if code == "other" else None
        if code == "other" and not text:
            message = self.tr("Enter the reason you are looking at this record")
            set_field_error(self.other_text, self.other_error, message)
            self.summary.show_problems([(message, self.other_text)])
            return
        self.reason = Reason(code, text)
        self.accept()


async def ask_reason(dialog: ReasonDialog) -> Reason | None:
    """Ask the question; ``None`` if the user cancelled. The dialog is disposed of after."""
    try:
        result = await execute_dialog(dialog)
        return dialog.reason if result == QDialog.DialogCode.Accepted else None
    finally:
        dialog.other_text.clear()
        dialog.deleteLater()
