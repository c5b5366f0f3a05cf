"""``async_slot``: qasync's ``asyncSlot`` with a type mypy can check.

qasync is untyped; this keeps the decorated method's parameters visible to the type checker.
The decorated method schedules its coroutine on the running loop and returns nothing anyone
should use (qasync's return value is an implementation detail). A failure goes to
``sys.excepthook``, which the shell points at its error reporter.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec

from qasync import asyncSlot

P = ParamSpec("P")


def async_slot(*types: type) -> Callable[[Callable[P, Coroutine[Any, Any, None]]],
                                         Callable[P, None]]:
    decorator: Callable[[Callable[P, Coroutine[Any, Any, None]]], Callable[P, None]] = (
        asyncSlot(*types))
    return decorator
