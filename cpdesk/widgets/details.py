"""The GOV.UK Details component: a summary line that opens to show more.

Used for what most users do not need most of the time (a range of birth dates, services that
have ended), so the common case stays short. The summary is a real button: Tab reaches it,
Space or Enter opens and closes it, and its accessible name says whether it is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget


class Details(QWidget):
    """``summary`` text; put the hidden content in :attr:`body` (a layout is made for it)."""

    toggled = Signal(bool)

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_text = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.button = QToolButton(self)
        self.button.setProperty("role", "details")
        self.button.setText(summary)
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setArrowType(Qt.ArrowType.RightArrow)
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.toggled.connect(self._toggled)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body = QFrame(self)
        self.body.setProperty("role", "details-body")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(self.body)
        self.body.hide()
        self._name()

    @property
    def is_open(self) -> bool:
        return self.button.isChecked()

    def set_open(self, open_: bool) -> None:
        self.button.setChecked(open_)

    def _toggled(self, open_: bool) -> None:
        self.body.setVisible(open_)
        self.button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self._name()
        self.toggled.emit(open_)

    def _name(self) -> None:
        name = self.tr("{summary} (open)") if self.is_open else self.tr("{summary} (closed)")
        self.button.setAccessibleName(name.format(summary=self.summary_text))
