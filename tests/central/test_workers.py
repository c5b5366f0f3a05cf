"""Several worker processes on PostgreSQL behave as one service.

`make test` runs 2 workers and 500 concurrent audited requests; `make soak` runs the same test
with 4 workers and 5,000 (``CPDESK_SOAK_WORKERS``, ``CPDESK_SOAK_REQUESTS``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from test_service_http import bearer, sign_in
from testkit import child, load_children

from cpdesk.central import audit

WORKERS = int(os.environ.get("CPDESK_SOAK_WORKERS", "2"))
REQUESTS = int(os.environ.get("CPDESK_SOAK_REQUESTS", "500"))
CONCURRENCY = 40


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serving(engine: Engine, count: int, *extra: str
            ) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``cpdesk-central serve --workers count`` as a real command, on the test's database."""
    port = _free_port()
    key_file = Path(os.environ["CPDESK_CENTRAL_AUDIT_KEY_FILE"])
    url = engine.url.render_as_string(hide_password=False)
    server = subprocess.Popen(
        [sys.executable, "-m", "cpdesk.central.cli", "serve", "--workers", str(count),
         "--port", str(port), "--database-url", url, "--audit-key-file", str(key_file),
         *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                if httpx.get(f"{base}/v1/status", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                output = server.stdout.read() if server.stdout else ""
                raise RuntimeError(f"the workers did not start: {output}")
            time.sleep(0.2)
        yield base, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture()
def workers(engine: Engine) -> Iterator[str]:
    with serving(engine, WORKERS) as (base, _):
        yield base


@pytest.mark.parametrize("engine_kind", ["postgresql"], indirect=True)
def test_concurrent_audited_requests_across_workers_keep_one_chain(
        engine: Engine, workers: str, enrol: Any) -> None:
    load_children(engine, [child(f"CP00000006{n:02d}") for n in range(20)])
    clients = [sign_in(workers, enrol(f"user{n}")) for n in range(4)]
    log = audit.AuditLog(engine, audit.load_key(create=False))
    before = log.count()

    async def fire() -> list[int]:
        gate = asyncio.Semaphore(CONCURRENCY)
        limits = httpx.Limits(max_connections=CONCURRENCY)
        async with httpx.AsyncClient(base_url=workers, limits=limits, timeout=60) as http:

            async def one(n: int) -> int:
                async with gate:
                    headers = bearer(clients[n % len(clients)])
                    if n % 2:
                        response = await http.get(f"/v1/children/CP00000006{n % 20:02d}",
                                                  params={"reason": "safeguarding"},
                                                  headers=headers)
                    else:
                        response = await http.post("/v1/search", headers=headers,
                                                   json={"id": f"CP00000006{n % 20:02d}"})
                    return response.status_code

            return await asyncio.gather(*(one(n) for n in range(REQUESTS)))

    codes = asyncio.run(fire())
    assert codes.count(200) == REQUESTS
    # One row per request, no gap, no fork: the chain verifies end to end.
    assert log.count() == before + REQUESTS
    result = log.verify()
    assert result.ok, result.problem
    assert result.rows == log.count()


def _spawned(server: subprocess.Popen[str], count: int) -> list[int]:
    """The worker processes uvicorn spawned (not its resource tracker)."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    deadline = time.monotonic() + 30
    while True:
        spawned = [pid for pid in map(int, children.read_text().split())
                   if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        if len(spawned) == count or time.monotonic() > deadline:
            return spawned
        time.sleep(0.1)


def _cpus_of_workers(server: subprocess.Popen[str], count: int) -> list[set[int]]:
    """The CPUs each worker process (uvicorn's spawned children) and each of its threads may
    run on, once every worker has started."""
    allowed = []
    for pid in _spawned(server, count):
        per_thread = {frozenset(os.sched_getaffinity(int(task.name)))
                      for task in Path(f"/proc/{pid}/task").iterdir()}
        assert len(per_thread) == 1, per_thread  # every thread of a worker alike
        allowed.append(set(next(iter(per_thread))))
    return allowed


def _all_workers_built(server: subprocess.Popen[str], count: int) -> None:
    """Wait until each worker has built its app (and so taken its slot): the service answers
    as soon as one worker does."""
    # A worker's environment: the supervisor's own /proc file shows the one it started with.
    environ = Path(f"/proc/{_spawned(server, count)[0]}/environ").read_bytes().split(b"\0")
    value = next(v for v in environ if v.startswith(b"CPDESK_CENTRAL_CPU_SLOTS="))
    slots = Path(value.split(b"=", 1)[1].decode().partition(",")[2])
    deadline = time.monotonic() + 60
    while len(list(slots.glob("worker-*.lock"))) < count and time.monotonic() < deadline:
        time.sleep(0.1)


async def _burst(base: str, token: Any) -> None:
    """Thirty searches at once, three times over: each worker has several requests at once.
    New connections each time: one left idle longer than the service's keep-alive (5 s, on a
    busy machine) would be closed under the next request."""
    for _ in range(3):
        async with httpx.AsyncClient(base_url=base, timeout=60, headers=bearer(token),
                                     limits=httpx.Limits(max_connections=30)) as http:
            answers = await asyncio.gather(*(http.post(
                "/v1/search", json={"surname": "okafor", "dob": "2014"}) for _ in range(30)))
        assert {a.status_code for a in answers} == {200}


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="binding workers to CPUs needs Linux and two CPUs")
@pytest.mark.parametrize("engine_kind", ["postgresql"], indirect=True)
def test_each_busy_worker_runs_on_a_cpu_of_its_own_unless_told_not_to(
        engine: Engine, enrol: Any) -> None:
    mine = os.sched_getaffinity(0)
    user = enrol("pat.practitioner")
    with serving(engine, 2) as (base, server):
        _all_workers_built(server, 2)
        asyncio.run(_burst(base, sign_in(base, user)))
        # Bound while busy; still bound now (no request has come alone since).
        bound = _cpus_of_workers(server, 2)
    assert all(len(cpus) == 1 and cpus <= mine for cpus in bound), bound
    assert bound[0] != bound[1]
    with serving(engine, 2, "--cpu-affinity", "off") as (base, server):
        asyncio.run(_burst(base, sign_in(base, user)))
        assert _cpus_of_workers(server, 2) == [mine, mine]
    # A lone worker is bound while busy too (to the first CPU), every thread of it.
    with serving(engine, 1) as (base, server):
        asyncio.run(_burst(base, sign_in(base, user)))
        lone = {frozenset(os.sched_getaffinity(int(task.name)))
                for task in Path(f"/proc/{server.pid}/task").iterdir()}
    assert lone == {frozenset({min(mine)})}
