"""Focus for work that finishes later: only a screen still on show may take it.

A screen sends for its list, the user moves to another screen, the answer lands: filling the
hidden list is harmless, but moving the focus to it would send the user's next keys to a
screen they cannot see. Every focus change made after awaiting the service goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focus_if_shown(screen: QWidget, widget: QWidget,
                   reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
    """Give ``widget`` the focus if ``screen`` (the view it belongs to) is the one on show.

    ``isVisibleTo`` the window, not ``isVisible``: a desk whose window is not yet shown still
    lands the focus where it will be wanted, while a page a stacked widget hid does not.
    """
    if screen.isVisibleTo(screen.window()):
        widget.setFocus(reason)
