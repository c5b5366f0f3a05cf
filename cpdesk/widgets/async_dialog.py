"""Awaitable dialogs: show a dialog and await its ``finished`` signal through a future.

``QDialog.exec()`` starts a nested Qt event loop; inside a coroutine that re-enters the
asyncio loop from within one of its own callbacks, which qasync cannot survive reliably. So a
coroutine opens the dialog (window-modal, the rest of the application keeps running) and
waits on a future that the dialog's ``finished`` signal completes — the pattern Randovania's
``async_dialog`` uses.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def execute_dialog(dialog: QDialog) -> int:
    """Open ``dialog`` and return its result code once it closes (Accepted or Rejected).

    Cancelling the awaiting task rejects the dialog, so nothing is left on screen.
    """
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await future
    except asyncio.CancelledError:
        dialog.reject()
        raise
    finally:
        dialog.finished.disconnect(finished)
