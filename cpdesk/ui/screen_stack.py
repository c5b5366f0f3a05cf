"""The task screens, one at a time, in a scroll area.

A plain ``QStackedWidget`` asks for the room of its *largest* page, so one tall screen at
200 % text made the whole window grow past a 1366×768 display (WCAG 1.4.4 and 1.4.10). Here
only the screen on show counts, and when even that one needs more room than the window has,
the content scrolls instead of the window growing. Tab keeps the focused control in view:
``QScrollArea`` scrolls to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class ScreenStack(QStackedWidget):
    """A stack whose size hints are those of the screen on show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        if current is None:
            return super().minimumSizeHint()
        return current.minimumSizeHint().expandedTo(current.minimumSize())

    def heightForWidth(self, width: int) -> int:
        """The height the screen on show wants at this width (wrapped text included), never
        less than its minimum; QStackedLayout would answer with the tallest page's. A screen
        that scrolls its own parts to fit the window (the property ``fitsWindow``, as Search
        keeps its results in view by scrolling its form) asks only for its minimum."""
        current = self.currentWidget()
        least = self.minimumSizeHint().height()
        if (current is None or not current.hasHeightForWidth()
                or current.property("fitsWindow")):
            return least
        return max(least, current.heightForWidth(width))


def scrolled(stack: ScreenStack, parent: QWidget) -> QScrollArea:
    """The stack inside a frameless scroll area that resizes it to fit when it can."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setAccessibleName(QCoreApplication.translate("ScreenStack", "Screen"))
    area.setWidget(stack)
    return area
