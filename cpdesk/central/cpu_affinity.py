"""Each worker process of ``cpdesk-central serve`` on a CPU of its own while it is busy
(Linux).

Python runs one thread of a process at a time. Under load a worker's request threads hand the
interpreter to one another thousands of times a second, and when the next thread sleeps on
another CPU, waking it there is a cross-CPU wake-up — on a virtual machine, a halted virtual
CPU woken by the hypervisor. Measured on the 2-core benchmark machine at 1 M children
(`docs/scale.md`): two workers left 10-14 % of the machine idle under a saturating load; each
bound to a CPU of its own, 1-3 %, and they served a fifth more requests a second. Bound, though,
a lone request's threads wait for one another's CPU, and its latency rose by a few
milliseconds. So a worker binds itself while it has several requests at once
(:class:`BindWhileBusy`) and lets go once it has been calm for a second. A lone worker
(``serve`` with one) does the same, so that one worker and several are one policy and are
measured alike.

A worker takes the first free slot (an exclusive ``flock`` on a file in a directory that
``serve`` makes for its own workers), whose CPU it binds to when busy; a worker that dies
frees its slot (the kernel drops the lock) for the one uvicorn starts in its place. With more
workers than CPUs, slots wrap round the CPUs. Where binding is not possible (not Linux, a
container that forbids it) nothing is bound and the service runs as before.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

SLOTS_ENV: Final = "CPDESK_CENTRAL_CPU_SLOTS"  # "<workers>,<directory>", set by serve
# Busy: this many requests in the worker at once (one at a time is never busy; under a load
# of 32 connections on two workers each has about sixteen). Calm: that long without.
BUSY_AT: Final = 3
CALM_AFTER_SECONDS: Final = 1.0

_held: list[int] = []  # slot locks, held for the life of the process


def supported() -> bool:
    return hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity")


def slots_value(workers: int, directory: Path) -> str:
    return f"{workers},{directory}"


def claim_from_environment() -> Binding | None:
    """In a worker: take a slot named by :data:`SLOTS_ENV`, if any."""
    value = os.environ.get(SLOTS_ENV)
    if not value or not supported():
        return None
    workers, _, directory = value.partition(",")
    try:
        return claim(Path(directory), int(workers))
    except (OSError, ValueError):
        return None  # binding is an optimisation: a worker that cannot bind still serves


def claim(directory: Path, workers: int) -> Binding | None:
    """Take the first free of ``workers`` slots in ``directory``; its CPU, to bind to when
    busy, or None if every slot is taken."""
    allowed = os.sched_getaffinity(0)
    cpus = sorted(allowed)
    for slot in range(max(workers, 1)):
        fd = os.open(directory / f"worker-{slot}.lock", os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        _held.append(fd)
        return Binding(cpus[slot % len(cpus)], set(allowed))
    return None


@dataclass
class Binding:
    """This process's CPU (``cpu``) and the CPUs it may otherwise run on (``allowed``)."""

    cpu: int
    allowed: set[int]
    bound: bool = False

    def bind(self) -> None:
        _set_affinity({self.cpu})
        self.bound = True

    def release(self) -> None:
        _set_affinity(self.allowed)
        self.bound = False


def _set_affinity(cpus: set[int]) -> None:
    """For every thread of this process (threads started later inherit their starter's)."""
    try:
        threads = [int(tid) for tid in os.listdir("/proc/self/task")]
    except OSError:
        threads = [0]
    for tid in threads:
        with contextlib.suppress(ProcessLookupError):  # a thread that has just ended
            os.sched_setaffinity(tid, cpus)


class BindWhileBusy:
    """ASGI middleware: bound to the slot's CPU from the moment ``busy_at`` requests are in
    this worker at once; released when a request arrives alone after ``calm_after`` seconds
    with never that many. Runs on the event loop's thread, so its counts need no lock."""

    def __init__(self, app: Callable[[Any, Any, Any], Awaitable[None]], binding: Binding, *,
                 busy_at: int = BUSY_AT, calm_after: float = CALM_AFTER_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.binding = binding
        self.busy_at = busy_at
        self.calm_after = calm_after
        self.clock = clock
        self.in_flight = 0
        self.last_busy = float("-inf")

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.in_flight += 1
        try:
            self._arrived()
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1

    def _arrived(self) -> None:
        now = self.clock()
        if self.in_flight >= self.busy_at:
            self.last_busy = now
            if not self.binding.bound:
                self.binding.bind()
        elif (self.binding.bound and self.in_flight == 1
              and now - self.last_busy >= self.calm_after):
            self.binding.release()
