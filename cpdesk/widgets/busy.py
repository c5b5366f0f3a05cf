"""Progress for work that may take a while: nothing at first, a busy bar after a short
delay, then words saying what is happening.

GOV.UK and NHS guidance: show that work is happening after about 300 ms (sooner flickers),
and after about 3 s say what it is. Both delays are injectable for tests.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

SHOW_AFTER_MS = 300
EXPLAIN_AFTER_MS = 3000


class BusyIndicator(QWidget):
    """``start(first, later)`` then ``stop()``; ``cancelled`` fires if the user gives up."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, show_after_ms: int = SHOW_AFTER_MS,
                 explain_after_ms: int = EXPLAIN_AFTER_MS) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Progress"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName(self.tr("Working"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancelled.emit)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel)
        self._show_timer = QTimer(self, singleShot=True, interval=show_after_ms)
        self._explain_timer = QTimer(self, singleShot=True, interval=explain_after_ms)
        self._show_timer.timeout.connect(self._appear)
        self._explain_timer.timeout.connect(self._explain)
        self._first = ""
        self._later = ""
        self.hide()

    @property
    def active(self) -> bool:
        return self._show_timer.isActive() or self._explain_timer.isActive() or self.isVisible()

    def start(self, first: str, later: str) -> None:
        self._first, self._later = first, later
        self.label.setText(first)
        self._show_timer.start()
        self._explain_timer.start()

    def stop(self) -> None:
        self._show_timer.stop()
        self._explain_timer.stop()
        self.label.clear()
        self.hide()

    def _appear(self) -> None:
        self.label.setText(self._first)
        self.setAccessibleDescription(self._first)
        self.show()

    def _explain(self) -> None:
        self.label.setText(self._later)
        self.setAccessibleDescription(self._later)
        self.show()
