"""Progress for long command-line work: a bar with rate and time left on a terminal (rich),
one summary line otherwise (a log file, CI, a pipe), always on standard error so standard
output stays for results.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import IO, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress
from rich.text import Text

T = TypeVar("T")


class _Rate(ProgressColumn):
    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} {self.unit}/s" if speed else "", style="progress.data.speed")


class Progress:
    """``with Progress("Seeding", total=n, unit="children") as bar: bar.advance(k)``."""

    def __init__(self, description: str, *, total: int | None, unit: str,
                 stream: IO[str] | None = None) -> None:
        self.description = description
        self.total = total
        self.unit = unit
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self._started = 0.0
        self._bar: RichProgress | None = None
        self._task: int | None = None

    def __enter__(self) -> Progress:
        self._started = time.perf_counter()
        if self.stream.isatty():
            self._bar = RichProgress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                _Rate(self.unit), TimeRemainingColumn(),
                console=Console(file=self.stream), transient=False)
            self._bar.start()
            self._task = self._bar.add_task(self.description, total=self.total)
        return self

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=count)  # type: ignore[arg-type]

    def reached(self, done: int) -> None:
        """For work that reports how far it has got rather than each step."""
        self.advance(done - self.done)

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """The items, counted as they pass."""
        for item in items:
            yield item
            self.advance()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
            return
        if exc_type is not None:
            return
        seconds = time.perf_counter() - self._started
        rate = f", {self.done / seconds:,.0f} {self.unit}/s" if seconds > 0 and self.done else ""
        print(f"{self.description}: {self.done:,} {self.unit} in {seconds:.1f} s{rate}",
              file=self.stream, flush=True)
