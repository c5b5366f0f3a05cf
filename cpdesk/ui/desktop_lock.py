"""Lock when the desktop locks or the computer goes to sleep.

On Linux the desktop says so over D-Bus: logind's ``PrepareForSleep(true)`` on the system bus
before a suspend, logind's per-session ``Lock`` signal, and the freedesktop screensaver's
``ActiveChanged(true)`` on the session bus (GNOME, KDE and most others). Whatever is not
available (no bus, no logind, a container) is simply not watched; the idle lock and the wall
clock check on resume still apply.

On Windows (WTS session notifications) and macOS (``com.apple.screenIsLocked``) this is not
implemented yet: the idle lock covers those platforms.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger("cpdesk.desktop_lock")

try:  # QtDBus is in PySide6-Essentials on Linux; absent on some builds.
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # pragma: no cover - depends on the Qt build
    QDBusConnection = None  # type: ignore[assignment,misc]

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class DesktopLockWatcher(QObject):
    """Emits ``locked`` when the desktop locks or is about to sleep."""

    locked = Signal(str)

    def __init__(self, parent: QObject | None = None, *,
                 session_bus: QDBusConnection | None = None,
                 system_bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        if QDBusConnection is None or not sys.platform.startswith("linux"):
            return
        # PySide6 accepts the slot as the string SLOT() makes, though its stubs say bytes.
        session: Any = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system: Any = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect(LOGIN1, LOGIN1_PATH, "org.freedesktop.login1.Manager",
                              "PrepareForSleep", self, SLOT("on_sleep(bool)")):
                self.watching.append("sleep")
            if system.connect(LOGIN1, f"{LOGIN1_PATH}/session/auto",
                              "org.freedesktop.login1.Session", "Lock", self, SLOT("on_lock()")):
                self.watching.append("session lock")
        if session.isConnected():
            for service, path, interface in SCREENSAVERS:
                # An empty service name matches the signal from whichever process owns it.
                if session.connect("", path, interface, "ActiveChanged", self,
                                   SLOT("on_screensaver(bool)")):
                    self.watching.append(service)
        if not self.watching:
            log.info("Desktop lock and sleep are not being watched (no D-Bus)")

    @Slot(bool)
    def on_sleep(self, starting: bool) -> None:
        if starting:
            self.locked.emit("sleep")

    @Slot()
    def on_lock(self) -> None:
        self.locked.emit("lock")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.locked.emit("screensaver")
