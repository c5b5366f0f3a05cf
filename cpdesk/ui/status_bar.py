"""The status bar: is the service answering, who is signed in (and as what), and when the
session ends. Never anything about a child.

A strip of word-wrapped labels at the foot of the window rather than a ``QStatusBar``, whose
labels stay on one line: at 200 % text a long list of roles would push the window past the
edge of a 1366×768 display. Here each label wraps and the strip grows a line instead."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:  # the status bar is up before the contract is loaded
    from cpdesk.contract import UserInfo

ROLE_NAMES = {
    "practitioner": "practitioner",
    "helpdesk": "helpdesk",
    "trainer": "trainer",
    "cp_manager": "ContactPoint manager",
    "data_administrator": "data administrator",
    "user_manager": "user manager",
}


class DeskStatusBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "status")
        self.setAccessibleName("Status")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(16)
        self.connection = self._label("Checking the connection…", "Connection")
        self.user = self._label("Not signed in", "Signed in as")
        self.expiry = self._label("", "Session expiry")
        self.lock_time = self._label("", "Idle lock")
        layout.addWidget(self.connection, 1)
        for label in (self.user, self.lock_time, self.expiry):
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignRight)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return label

    def set_connected(self, realm_name: str | None) -> None:
        if realm_name is None:
            self.connection.setText("The directory service is not answering")
            self.connection.setProperty("state", "unreachable")
        else:
            self.connection.setText(f"Connected to {realm_name}")
            self.connection.setProperty("state", "connected")
        self.connection.style().polish(self.connection)

    def set_user(self, user: UserInfo | None, locked: bool) -> None:
        if user is None:
            self.user.setText("Not signed in")
            return
        roles = ", ".join(ROLE_NAMES.get(r, r) for r in user.roles)
        state = " — locked" if locked else ""
        self.user.setText(f"Signed in as {user.username} ({roles}){state}")

    def set_expiry(self, expires_at: dt.datetime | None) -> None:
        if expires_at is None:
            self.expiry.setText("")
            return
        self.expiry.setText(f"Session ends at {expires_at.astimezone():%H:%M}")

    def set_lock_time(self, lock_at: dt.datetime | None) -> None:
        """When cpdesk will lock if it is not used (it moves on with every key press)."""
        text = "" if lock_at is None else f"Locks at {lock_at.astimezone():%H:%M} if not used"
        if self.lock_time.text() != text:
            self.lock_time.setText(text)
