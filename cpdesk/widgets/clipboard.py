"""Copying a contact detail without leaving it on the clipboard for ever.

A copied phone number is child-related data outside our control once it is on the system
clipboard: clipboard managers keep histories, some sync them to the cloud. So each copy is
marked as secret in the formats the platforms' clipboard managers honour, and cleared after
30 s (and on lock) — but only if the clipboard still holds *our* copy, never something the
user copied since. Clearing can fail on Wayland when the window is not focused; the marks
still keep it out of managers' histories.
"""

from __future__ import annotations

import secrets
from typing import Final

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS: Final = 30_000
OURS: Final = "application/x-cpdesk-copy"
# KDE Klipper and other freedesktop managers.
KDE_HINT: Final = "x-kde-passwordManagerHint"
# Windows: the clipboard history and cloud clipboard honour these registered formats.
WINDOWS_EXCLUDE: Final = "ExcludeClipboardContentFromMonitorProcessing"
WINDOWS_HISTORY: Final = "CanIncludeInClipboardHistory"
WINDOWS_CLOUD: Final = "CanUploadToCloudClipboard"
# macOS: the nspasteboard.org convention for concealed content.
MACOS_CONCEALED: Final = "application/x-nspasteboard-concealed-type"


def secret_mime(text: str, nonce: bytes) -> QMimeData:
    """The text, marked as secret for every platform's clipboard managers."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, QByteArray(b"secret"))
    mime.setData(WINDOWS_EXCLUDE, QByteArray(b"1"))
    mime.setData(WINDOWS_HISTORY, QByteArray(b"\x00\x00\x00\x00"))  # DWORD 0
    mime.setData(WINDOWS_CLOUD, QByteArray(b"\x00\x00\x00\x00"))
    mime.setData(MACOS_CONCEALED, QByteArray(b"secret"))
    mime.setData(OURS, QByteArray(nonce))
    return mime


class SecretClipboard(QObject):
    """Copies marked as secret, cleared after an interval or on demand (lock)."""

    def __init__(self, parent: QObject | None = None, *,
                 clear_after_ms: int = CLEAR_AFTER_MS,
                 clipboard: QClipboard | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._nonce = b""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    @property
    def clipboard(self) -> QClipboard:
        return self._clipboard or QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        self._nonce = secrets.token_hex(16).encode()
        self.clipboard.setMimeData(secret_mime(text, self._nonce),
                                   QClipboard.Mode.Clipboard)
        self._timer.start()

    def holds_ours(self) -> bool:
        if not self._nonce:
            return False
        mime = self.clipboard.mimeData(QClipboard.Mode.Clipboard)
        return mime is not None and bytes(mime.data(OURS).data()) == self._nonce

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds our copy; returns whether it did."""
        self._timer.stop()
        ours = self.holds_ours()
        if ours:
            self.clipboard.clear(QClipboard.Mode.Clipboard)
        self._nonce = b""
        return ours
