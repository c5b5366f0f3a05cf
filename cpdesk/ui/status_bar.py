"""The status bar: is the service answering, who is signed in (and as what), and when the
session ends. Never anything about a child.

A strip of word-wrapped labels at the foot of the window rather than a ``QStatusBar``, whose
labels stay on one line: at 200 % text a long list of roles would push the window past the
edge of a 1366×768 display. Here each label wraps and the strip grows a line instead."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the status bar is up before the contract is loaded
    from cpdesk.contract import UserInfo

# Marked for translation here, translated where shown (role_name).
ROLE_NAMES = {
    "practitioner": QT_TRANSLATE_NOOP("DeskStatusBar", "practitioner"),
    "helpdesk": QT_TRANSLATE_NOOP("DeskStatusBar", "helpdesk"),
    "trainer": QT_TRANSLATE_NOOP("DeskStatusBar", "trainer"),
    "cp_manager": QT_TRANSLATE_NOOP("DeskStatusBar", "ContactPoint manager"),
    "data_administrator": QT_TRANSLATE_NOOP("DeskStatusBar", "data administrator"),
    "user_manager": QT_TRANSLATE_NOOP("DeskStatusBar", "user manager"),
}


def role_name(role: str) -> str:
    """A role as the status bar names it, in the user's language (an unknown role as is)."""
    name = ROLE_NAMES.get(role)
    return role if name is None else QCoreApplication.translate("DeskStatusBar", name)


class StatusLabel(QLabel):
    """A word-wrapped label that asks for its text on one line, and wraps only when the strip
    cannot give it that (a plain word-wrapped label asks for a narrower, wrapped shape and
    would wrap at any text size)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        one_line = (self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin()
                    + margins.left() + margins.right() + 2)
        return QSize(max(hint.width(), one_line), hint.height())


class DeskStatusBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "status")
        self.setAccessibleName(self.tr("Status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(16)
        self.connection = self._label(self.tr("Checking the connection…"), self.tr("Connection"))
        self.user = self._label(self.tr("Not signed in"), self.tr("Signed in as"))
        self.expiry = self._label("", self.tr("Session expiry"))
        self.lock_time = self._label("", self.tr("Idle lock"))
        layout.addWidget(self.connection, 1)
        for label in (self.user, self.lock_time, self.expiry):
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignRight)

    def _label(self, text: str, name: str) -> QLabel:
        label = StatusLabel(text, self)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return label

    def set_connected(self, realm_name: str | None) -> None:
        if realm_name is None:
            self.connection.setText(self.tr("The directory service is not answering"))
            self.connection.setProperty("state", "unreachable")
        else:
            self.connection.setText(self.tr("Connected to {realm}").format(realm=realm_name))
            self.connection.setProperty("state", "connected")
        self.connection.style().polish(self.connection)

    def set_user(self, user: UserInfo | None, locked: bool) -> None:
        if user is None:
            self.user.setText(self.tr("Not signed in"))
            return
        roles = ", ".join(role_name(r) for r in user.roles)
        if locked:
            text = self.tr("Signed in as {username} ({roles}) — locked")
        else:
            text = self.tr("Signed in as {username} ({roles})")
        self.user.setText(text.format(username=user.username, roles=roles))

    def set_expiry(self, expires_at: dt.datetime | None) -> None:
        if expires_at is None:
            self.expiry.setText("")
            return
        self.expiry.setText(self.tr("Session ends at {time}").format(
            time=f"{expires_at.astimezone():%H:%M}"))

    def set_lock_time(self, lock_at: dt.datetime | None) -> None:
        """When cpdesk will lock if it is not used (it moves on with every key press)."""
        text = "" if lock_at is None else self.tr("Locks at {time} if not used").format(
            time=f"{lock_at.astimezone():%H:%M}")
        if self.lock_time.text() != text:
            self.lock_time.setText(text)
