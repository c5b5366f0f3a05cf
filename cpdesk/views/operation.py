"""One way for a screen to run directory work: a generation counter, a busy indicator, cancel,
and expected failures routed to the screen as one :class:`~cpdesk.session.Failure`.

Search, record and activity all fetch something that may take a while, may be cancelled,
may fail in a way the user must be told about, and must never land on a screen that was
cleared (locked) meanwhile. This class is the one place that knows how.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from cpdesk.session import Failure, failure_of
from cpdesk.widgets.busy import BusyIndicator

T = TypeVar("T")


class ViewOperation:
    """Runs one piece of work at a time for a view.

    ``run`` returns the result, or ``None`` when the work failed in an expected way (the
    failure went to ``on_failure``), was cancelled, or finished after :meth:`invalidate`
    (the screen was cleared meanwhile: the result is dropped, never shown). A bug is raised
    as it is, for the error hook.
    """

    def __init__(self, busy: BusyIndicator | None, on_failure: Callable[[Failure], None],
                 on_cancelled: Callable[[], None] | None = None) -> None:
        self.busy = busy
        self.on_failure = on_failure
        self.on_cancelled = on_cancelled
        self.generation = 0
        self._task: asyncio.Task[object] | None = None
        if busy is not None:
            busy.cancelled.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._task is not None

    def current(self, generation: int) -> bool:
        """Whether work started at ``generation`` may still touch the screen."""
        return generation == self.generation

    async def run(self, work: Callable[[], Awaitable[T]], busy_text: tuple[str, str] | None = None,
                  ) -> T | None:
        self.cancel()
        generation = self.generation
        self._task = asyncio.current_task()
        if self.busy is not None and busy_text is not None:
            self.busy.start(*busy_text)
        try:
            result = await work()
        except asyncio.CancelledError:
            if self.current(generation) and self.on_cancelled is not None:
                self.on_cancelled()
            raise
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            if self.current(generation):
                self.on_failure(failure)
            return None
        finally:
            if self.current(generation):
                if self.busy is not None:
                    self.busy.stop()
                if self._task is asyncio.current_task():
                    self._task = None
        return result if self.current(generation) else None

    def cancel(self) -> None:
        """Stop the work in flight (the user pressed Cancel, or new work replaces it)."""
        task, self._task = self._task, None
        if task is not None and task is not asyncio.current_task() and not task.done():
            task.cancel()
        if self.busy is not None:
            self.busy.stop()

    def invalidate(self) -> None:
        """The screen was cleared: whatever is in flight is cancelled and never shown."""
        self.generation += 1
        self.cancel()
