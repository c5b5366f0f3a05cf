"""GOV.UK warning text: an icon, then bold words saying what will happen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from cpdesk.widgets.text import scaled_font


class WarningText(QFrame):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "warning-text")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        icon = QLabel("!", self)
        icon.setProperty("role", "warning-icon")
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setFont(scaled_font(1.3, bold=True))
        side = icon.fontMetrics().height() + 8
        icon.setFixedSize(side, side)
        icon.setAccessibleName(self.tr("Warning"))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.words = QLabel(text, self)
        self.words.setProperty("role", "warning-text")
        self.words.setWordWrap(True)
        row.addWidget(self.words, 1)
        self.setAccessibleName(self.tr("Warning: {text}").format(text=text))
