"""What became of a write the user made: sending, sent, or not sent (retry or cancel).

Every write goes through the durable outbox (``cpdesk.sync.outbox``): it is kept in the
encrypted cache before it is sent, and resent with the same request ID until the service has
it. This panel follows one item and says where it stands in plain words; a refused item
offers "Try again" and "Cancel request".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.session import DeskSession, failure_of
from cpdesk.sync.outbox import ItemState, OutboxItem
from cpdesk.views.labels import local_time
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import scaled_font

# In English, marked for translation in the context "OutboxStatus".
STATE_WORDS: Final[dict[ItemState, str]] = {
    ItemState.SENDING: QT_TRANSLATE_NOOP("OutboxStatus", "Sending"),
    ItemState.SENT: QT_TRANSLATE_NOOP("OutboxStatus", "Sent"),
    ItemState.FAILED: QT_TRANSLATE_NOOP("OutboxStatus", "Not sent"),
    ItemState.CANCELLED: QT_TRANSLATE_NOOP("OutboxStatus", "Cancelled"),
}


def item_words(item: OutboxItem) -> str:
    """One item's state in plain words, in the user's language."""
    if item.state is ItemState.SENT:
        return QCoreApplication.translate(
            "OutboxStatus", "{label}: sent. The directory service has it.").format(
                label=item.label)
    if item.state is ItemState.CANCELLED:
        return QCoreApplication.translate("OutboxStatus", "{label}: cancelled. {message}").format(
            label=item.label,
            message=item.message or QCoreApplication.translate("OutboxStatus",
                                                               "It was not sent."))
    if item.state is ItemState.FAILED:
        return QCoreApplication.translate("OutboxStatus", "{label}: not sent. {message}").format(
            label=item.label, message=item.message or "")
    if item.next_attempt_at is not None:
        return QCoreApplication.translate(
            "OutboxStatus", "{label}: saved on this computer, not sent yet. {message} cpdesk "
            "will try again at {time}.").format(
                label=item.label, message=item.message or "",
                time=local_time(item.next_attempt_at)[-5:]).replace("  ", " ")
    return QCoreApplication.translate("OutboxStatus", "{label}: sending…").format(
        label=item.label)


class OutboxStatus(QFrame):
    """Follows one outbox item; ``settled(item)`` once it is sent, failed or cancelled."""

    settled = Signal(object)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setProperty("role", "outbox-status")
        self.item: OutboxItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setFont(scaled_font(1.1, bold=True))
        self.words.setAccessibleName(self.tr("Request status"))
        layout.addWidget(self.words)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try sending the request again"))
        self.retry_button.clicked.connect(self.retry)
        buttons.addWidget(self.retry_button)
        self.cancel_button = QPushButton(self.tr("Cancel request"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the request (it will not be sent)"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._listening = False
        self.clear()

    def follow(self, item: OutboxItem) -> None:
        self.item = item
        if not self._listening:
            self.session.outbox.subscribe(self._changed)
            self._listening = True
        self._show(self.session.outbox.item(item.request_id) or item)

    def _changed(self, item: OutboxItem) -> None:
        if self.item is not None and item.request_id == self.item.request_id:
            self._show(item)

    def _show(self, item: OutboxItem) -> None:
        was = self.item.state if self.item is not None else None
        self.item = item
        self.words.setText(item_words(item))
        self.words.setAccessibleDescription(self.words.text())
        self.retry_button.setVisible(item.state is ItemState.FAILED
                                     or item.next_attempt_at is not None)
        self.cancel_button.setVisible(item.state in (ItemState.FAILED, ItemState.SENDING))
        self.show()
        if item.state is not ItemState.SENDING and was is not item.state:
            self.settled.emit(item)

    async def _act(self, action: Callable[[str], object]) -> None:
        if self.item is None:
            return
        try:
            await action(self.item.request_id)  # type: ignore[misc]
        except (KeyError, RuntimeError):
            self.words.setText(self.tr("This request is no longer on this computer."))
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.words.setText(failure.message)

    @async_slot()
    async def retry(self) -> None:
        await self._act(self.session.outbox.retry)

    @async_slot()
    async def cancel(self) -> None:
        await self._act(self.session.outbox.cancel)

    def clear(self) -> None:
        if self._listening:
            self.session.outbox.unsubscribe(self._changed)
            self._listening = False
        self.item = None
        self.words.clear()
        self.retry_button.hide()
        self.cancel_button.hide()
        self.hide()

    def focus(self) -> None:
        target = (self.retry_button if self.retry_button.isVisible() else self.words)
        self.words.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
