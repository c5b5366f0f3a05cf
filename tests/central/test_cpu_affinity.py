"""Worker slots: each process that claims one is bound to its CPU; a slot frees when its
process ends. Claimed in child processes: binding the test process would bind the suite."""

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

# A thread started before the claim must be bound too: uvicorn and the libraries start some
# before the app exists.
CLAIM = """
import os, sys, threading
from pathlib import Path
from cpdesk.central import cpu_affinity
started = threading.Event()
early = threading.Thread(target=lambda: (started.set(), sys.stdin.read()), daemon=True)
early.start(); started.wait()
cpu = cpu_affinity.claim(Path(sys.argv[1]), int(sys.argv[2]))
print(cpu, sorted(os.sched_getaffinity(0)), sorted(os.sched_getaffinity(early.native_id)),
      flush=True)
sys.stdin.read()
"""


def _claimer(slots: Path, workers: int) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-c", CLAIM, str(slots), str(workers)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def test_two_workers_take_a_cpu_each_and_a_freed_slot_is_taken_again(tmp_path: Path) -> None:
    cpus = sorted(os.sched_getaffinity(0))
    first, said_first = _claimer(tmp_path, 2)
    second, said_second = _claimer(tmp_path, 2)
    third, said_third = _claimer(tmp_path, 2)
    try:
        assert said_first == f"{cpus[0]} [{cpus[0]}] [{cpus[0]}]"
        assert said_second == f"{cpus[1]} [{cpus[1]}] [{cpus[1]}]"
        # Every slot taken: a third process is left to the scheduler.
        assert said_third == f"None {cpus} {cpus}"
        first.kill()
        first.wait()
        # uvicorn starts a worker in place of one that died: it takes the freed slot.
        again, said_again = _claimer(tmp_path, 2)
        again.communicate("")
        assert said_again == f"{cpus[0]} [{cpus[0]}] [{cpus[0]}]"
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


def test_a_slot_directory_that_cannot_be_used_binds_nothing_and_serves_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cpu_affinity.SLOTS_ENV,
                       cpu_affinity.slots_value(2, tmp_path / "gone" / "slots"))
    before = os.sched_getaffinity(0)
    assert cpu_affinity.claim_from_environment() is None
    assert os.sched_getaffinity(0) == before
