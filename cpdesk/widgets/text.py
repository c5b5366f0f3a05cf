"""Text helpers: headings, hints and labelled fields that follow the system font size.

No pixel sizes anywhere: a heading is the application font scaled, so a user who sets 200 %
text gets 200 % headings too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.1}


def scaled_font(scale: float = 1.0, *, bold: bool = False) -> QFont:
    """The application font times ``scale``."""
    font = QFont(QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * scale)))
    font.setBold(bold)
    return font


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A heading label; its accessible role is conveyed by its name and size."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(HEADING_SCALE.get(level, 1.0), bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setProperty("heading", level)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """Hint text under a label (GOV.UK: never a placeholder that vanishes while typing)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def field_block(label_text: str, widget: QWidget, hint_text: str | None = None,
                parent: QWidget | None = None) -> tuple[QWidget, QLabel]:
    """Label, optional hint, an error line (hidden until needed) and the field, stacked.

    Returns the block and its error label. The label is the field's buddy, so its
    mnemonic works, and the field's accessible name and description come from them.
    """
    block = QWidget(parent)
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = QLabel(label_text, block)
    label.setFont(scaled_font(1.0, bold=True))
    label.setBuddy(widget)
    layout.addWidget(label)
    if hint_text:
        layout.addWidget(hint(hint_text, block))
    error = QLabel(block)
    error.setProperty("role", "error-message")
    error.setWordWrap(True)
    error.hide()
    layout.addWidget(error)
    layout.addWidget(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(label_text.replace("&", ""))
    if hint_text and not widget.accessibleDescription():
        widget.setAccessibleDescription(hint_text)
    return block, error


def set_field_error(field: QWidget, error_label: QLabel, message: str | None) -> None:
    """Mark a field as in error (GOV.UK: the message above the field, a red border).

    A field made of parts (a date's Day, Month and Year; a set of radios) has each part
    marked too, so that the red border is on what the user types into."""
    error_label.setText(QCoreApplication.translate("Field", "Error: {message}").format(
        message=message) if message else "")
    error_label.setVisible(bool(message))
    for widget in (field, *field.findChildren(QLineEdit)):
        widget.setProperty("error", bool(message))
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
