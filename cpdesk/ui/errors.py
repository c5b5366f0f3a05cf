"""One place where unexpected errors reach the user: ``sys.excepthook`` and the asyncio
loop's exception handler (``asyncSlot`` sends a failed handler's error to the former).

The user sees a plain message and a short reference; the log gets the exception type and the
code locations, never its message or any local variable, because either could hold a child's
details. There is no crash reporter that dumps locals.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any, Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cpdesk.redaction import safe_traceback
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("cpdesk.errors")

TITLE: Final = QT_TRANSLATE_NOOP("ErrorReporter", "Something went wrong")


def message_for(reference: str) -> str:
    return QCoreApplication.translate(
        "ErrorReporter", "cpdesk hit a problem it did not expect. What you were doing may not "
        "have finished; try it again.\n\nIf it keeps happening, call your helpdesk and give "
        "them this reference: {reference}.").format(reference=reference)


class ErrorReporter:
    """Logs safely and shows one non-modal message box at a time."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self.box: QMessageBox | None = None
        self.references: list[str] = []

    def report(self, exc_type: type[BaseException] | None, exc: BaseException | None,
               tb: TracebackType | None) -> str:
        reference = secrets.token_hex(3).upper()
        self.references.append(reference)
        # Built into the message, not passed as arguments (which the redaction filter
        # masks): the reference is ours and the traceback holds only code locations.
        log.error("Unexpected error, reference " + reference + "\n"
                  + safe_traceback(exc_type, exc, tb))
        self._show(reference)
        return reference

    def _show(self, reference: str) -> None:
        if self.box is not None and self.box.isVisible():
            self.box.setInformativeText(self.box.informativeText() + f", {reference}")
            return
        title = QCoreApplication.translate("ErrorReporter", TITLE)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message_for(reference),
                          QMessageBox.StandardButton.Ok, self._parent())
        box.setAccessibleName(title)
        box.open()  # never exec(): the asyncio loop runs on this thread
        self.box = box

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb)

    def loop_handler(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, asyncio.CancelledError):
            return
        if exc is None:
            # A loop complaint without an exception (e.g. an unclosed transport): log the
            # loop's own words only, never the objects it mentions.
            log.warning("Event loop: " + str(context.get("message", "problem"))[:200])
            return
        self.report(type(exc), exc, exc.__traceback__)


def install_error_hooks(loop: asyncio.AbstractEventLoop,
                        parent: Callable[[], QWidget | None]) -> ErrorReporter:
    reporter = ErrorReporter(parent)
    sys.excepthook = reporter.excepthook
    loop.set_exception_handler(reporter.loop_handler)
    return reporter
