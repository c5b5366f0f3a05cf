"""Worker slots and binding while busy. Run in child processes: binding the test process would
bind the rest of the suite to one CPU."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cpdesk.central import cpu_affinity

pytestmark = pytest.mark.skipif(
    not cpu_affinity.supported() or len(os.sched_getaffinity(0)) < 2,
    reason="binding to CPUs needs Linux and two CPUs")

# A thread started before binding must be bound too: uvicorn and the libraries start some
# before the app exists.
CLAIM = """
import os, sys, threading
from pathlib import Path
from cpdesk.central import cpu_affinity
started = threading.Event()
early = threading.Thread(target=lambda: (started.set(), sys.stdin.read()), daemon=True)
early.start(); started.wait()
def now():
    return sorted(os.sched_getaffinity(0)), sorted(os.sched_getaffinity(early.native_id))
binding = cpu_affinity.claim(Path(sys.argv[1]), int(sys.argv[2]))
if binding is None:
    print(None, *now(), flush=True)
else:
    claimed = now()
    binding.bind()
    bound = now()
    binding.release()
    print(binding.cpu, *claimed, *bound, *now(), flush=True)
sys.stdin.read()
"""

# The middleware around an app whose requests wait until told to finish, on a clock the
# script moves.
BUSY = """
import asyncio, os
from cpdesk.central import cpu_affinity
allowed = os.sched_getaffinity(0)
cpu = max(allowed)
clock = [100.0]
release = asyncio.Event()
async def app(scope, receive, send):
    await release.wait()
binding = cpu_affinity.Binding(cpu, set(allowed))
busy = cpu_affinity.BindWhileBusy(app, binding, busy_at=3, calm_after=1.0,
                                  clock=lambda: clock[0])
def state():
    return "bound" if os.sched_getaffinity(0) == {cpu} else "free"
async def requests(n):
    release.clear()
    tasks = [asyncio.ensure_future(busy({"type": "http"}, None, None)) for _ in range(n)]
    await asyncio.sleep(0)
    seen = state()
    release.set()
    await asyncio.gather(*tasks)
    return seen
async def main():
    said = [await requests(2)]           # two at once: not busy
    said.append(await requests(3))       # three at once: bound
    clock[0] += 0.5
    said.append(await requests(1))       # alone, but not calm for long: still bound
    clock[0] += 0.6
    said.append(await requests(1))       # alone after 1.1 s calm: let go before its work
    said.append(await requests(3))       # busy again: bound again
    said.append(state())                 # and stays bound between requests
    print(" ".join(said))
asyncio.run(main())
"""


def _claimer(slots: Path, workers: int) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-c", CLAIM, str(slots), str(workers)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def test_two_workers_take_a_cpu_each_and_a_freed_slot_is_taken_again(tmp_path: Path) -> None:
    cpus = sorted(os.sched_getaffinity(0))

    def bound_to(cpu: int) -> str:
        # claimed (nothing bound yet), bound (every thread, early ones too), released
        return f"{cpu} {cpus} {cpus} [{cpu}] [{cpu}] {cpus} {cpus}"

    first, said_first = _claimer(tmp_path, 2)
    second, said_second = _claimer(tmp_path, 2)
    third, said_third = _claimer(tmp_path, 2)
    try:
        assert said_first == bound_to(cpus[0])
        assert said_second == bound_to(cpus[1])
        # Every slot taken: a third process is left to the scheduler.
        assert said_third == f"None {cpus} {cpus}"
        first.kill()
        first.wait()
        # uvicorn starts a worker in place of one that died: it takes the freed slot.
        again, said_again = _claimer(tmp_path, 2)
        again.communicate("")
        assert said_again == bound_to(cpus[0])
    finally:
        for process in (first, second, third):
            if process.poll() is None:
                process.communicate("")


def test_more_workers_than_cpus_wrap_round_them(tmp_path: Path) -> None:
    cpus = sorted(os.sched_getaffinity(0))
    held = [_claimer(tmp_path, len(cpus) + 1) for _ in range(len(cpus) + 1)]
    try:
        assert [said.split()[0] for _, said in held] == [str(c) for c in [*cpus, cpus[0]]]
    finally:
        for process, _ in held:
            process.communicate("")


def test_a_worker_is_bound_while_busy_and_let_go_when_a_request_comes_alone_after_calm(
        ) -> None:
    done = subprocess.run([sys.executable, "-c", BUSY], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["free", "bound", "bound", "free", "bound", "bound"]


def test_a_slot_directory_that_cannot_be_used_binds_nothing_and_serves_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cpu_affinity.SLOTS_ENV,
                       cpu_affinity.slots_value(2, tmp_path / "gone" / "slots"))
    before = os.sched_getaffinity(0)
    assert cpu_affinity.claim_from_environment() is None
    assert os.sched_getaffinity(0) == before
