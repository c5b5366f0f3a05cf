"""Every key press, click and scroll anywhere in the application restarts the idle clock.

An application-wide event filter sees input before any widget does, so no screen can forget
to report activity. Mouse movement counts too, but at most twice a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


class UserActivityFilter(QObject):
    def __init__(self, note_activity: Callable[[], None], parent: QObject | None = None,
                 *, monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._note = note_activity
        self._monotonic = monotonic
        self._last_move = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        del watched  # Qt's signature: input to any object counts
        kind = event.type()
        if kind in INPUT_EVENTS:
            self._note()
        elif kind == QEvent.Type.MouseMove:
            now = self._monotonic()
            if now - self._last_move >= 0.5:
                self._last_move = now
                self._note()
        return False
