"""Logging that cannot carry a child's details, whoever wrote the log call.

Our own log messages never contain child data, but third-party libraries log with arguments
(httpx logs every URL, pydantic errors quote the input), and an exception's message can quote
a value. So every handler the client installs runs :class:`RedactionFilter`: it replaces each
``%``-argument with a mask, masks known child fields passed as ``extra``, and replaces an
exception's text by its type and code locations only. What is left is enough for a helpdesk
to see *where* something failed, never *whose* data was involved.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Final

MASK: Final = "[redacted]"

# Fields of the wire contract that describe a child or the people around one.
CHILD_FIELDS: Final[frozenset[str]] = frozenset({
    "forenames", "surname", "name", "names", "aliases", "identities", "dob", "dob_from",
    "dob_to", "address", "lines", "postcode", "postcode_district", "phone", "email",
    "carers", "involvements", "practitioner", "organisation", "record", "results",
    "criteria", "query", "request", "reason_text", "child", "children",
})
_PLACEHOLDER: Final = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?"
                                 r"[diouxXeEfFgGcrsa%]")
_STANDARD_ATTRIBUTES: Final = frozenset(vars(logging.makeLogRecord({})))


def safe_traceback(exc_type: type[BaseException] | None, _exc: BaseException | None,
                   tb: TracebackType | None) -> str:
    """The traceback's code locations and the exception type; never its message or locals."""
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    name = exc_type.__qualname__ if exc_type is not None else "Exception"
    module = getattr(exc_type, "__module__", "")
    lines.append(f"{module}.{name}: (message withheld)" if module else name)
    return "\n".join(lines)


def _mask_placeholders(message: str) -> str:
    return _PLACEHOLDER.sub(lambda m: "%" if m.group(0) == "%%" else MASK, message)


class RedactionFilter(logging.Filter):
    """Masks arguments, child fields and exception text on every record it sees."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not isinstance(record.msg, str):
            record.msg = f"<{type(record.msg).__name__} withheld>"
            record.args = None
        elif record.args:
            record.msg = _mask_placeholders(record.msg)
            record.args = None
        for key in list(vars(record)):
            if key not in _STANDARD_ATTRIBUTES and (key in CHILD_FIELDS or isinstance(
                    vars(record)[key], Mapping)):
                setattr(record, key, MASK)
        if record.exc_info:
            record.exc_text = safe_traceback(*record.exc_info)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = "(exception text withheld)"
        return True


def configure_logging(level: int = logging.WARNING, log_file: Path | None = None) -> None:
    """Root logging to standard error (and ``log_file`` if given), every handler redacting."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in handlers:
        handler.addFilter(RedactionFilter())
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(level)
    # httpcore formats its trace lines itself (no arguments to mask): never below INFO.
    logging.getLogger("httpcore").setLevel(max(level, logging.INFO))
    logging.captureWarnings(True)
