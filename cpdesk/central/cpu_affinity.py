"""Each worker process of ``cpdesk-central serve`` on a CPU of its own (Linux).

Python runs one thread of a process at a time. A worker's request threads hand the
interpreter to one another thousands of times a second, and when the next thread sleeps on
another CPU, waking it there is a cross-CPU wake-up — on a virtual machine, a halted virtual
CPU woken by the hypervisor. Measured on the 2-core benchmark machine at 1 M children
(`docs/scale.md`): two workers left 8-14 % of the machine idle under a saturating load; each
on a CPU of its own, 1-3 %, and they served a fifth more requests a second. The price is
paid one request at a time: a bound worker's threads wait for one another's CPU, and a lone
request's latency rose by a few milliseconds (p95 of exact search and record view). A lone
worker has no other worker to compete with, gained nothing measurable from binding and is
left to the scheduler.

A worker takes the first free slot (an exclusive ``flock`` on a file in a directory that
``serve`` makes for its own workers) and binds itself to the CPU of that slot; a worker that
dies frees its slot (the kernel drops the lock) for the one uvicorn starts in its place. With
more workers than CPUs, slots wrap round the CPUs. Where binding is not possible (not Linux,
a container that forbids it) nothing is bound and the service runs as before.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from typing import Final

SLOTS_ENV: Final = "CPDESK_CENTRAL_CPU_SLOTS"  # "<workers>,<directory>", set by serve

_held: list[int] = []  # slot locks, held for the life of the process


def supported() -> bool:
    return hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity")


def slots_value(workers: int, directory: Path) -> str:
    return f"{workers},{directory}"


def claim_from_environment() -> int | None:
    """In a worker: take a slot named by :data:`SLOTS_ENV`, if any; the CPU bound, or None."""
    value = os.environ.get(SLOTS_ENV)
    if not value or not supported():
        return None
    workers, _, directory = value.partition(",")
    try:
        return claim(Path(directory), int(workers))
    except (OSError, ValueError):
        return None  # binding is an optimisation: a worker that cannot bind still serves


def claim(directory: Path, workers: int) -> int | None:
    """Take the first free of ``workers`` slots in ``directory`` and bind this process to its
    CPU; the CPU, or None if every slot is taken."""
    cpus = sorted(os.sched_getaffinity(0))
    for slot in range(max(workers, 1)):
        fd = os.open(directory / f"worker-{slot}.lock", os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        _held.append(fd)
        cpu = cpus[slot % len(cpus)]
        bind(cpu)
        return cpu
    return None


def bind(cpu: int) -> None:
    """Bind every thread of this process to ``cpu`` (threads started later inherit it)."""
    try:
        threads = [int(tid) for tid in os.listdir("/proc/self/task")]
    except OSError:
        threads = [0]
    for tid in threads:
        with contextlib.suppress(ProcessLookupError):  # a thread that has just ended
            os.sched_setaffinity(tid, {cpu})
