"""The durable outbox, as a user would notice it: against the real service on loopback (which
is stopped and started again on the same port to be "offline"), a real SoftHSM2 card and the
real encrypted cache, whose decrypted pages are scanned for what should be gone."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cachekit import find, unsealed_key
from sqlalchemy import Engine, func, select
from testkit import PIN, child, fake_token, load_children, run

from cpdesk.central.auth import RateLimits
from cpdesk.central.db import shielding_requests
from cpdesk.central.embedded import EmbeddedService
from cpdesk.contract import ProblemType
from cpdesk.session import DeskSession, LockReason, State, Timings
from cpdesk.sync.api import MESSAGES, DirectoryClient
from cpdesk.sync.outbox import Backoff, ItemState, OutboxItem, shielding_request
from cpdesk.vault.cache import cache_paths

FAST = Timings(idle_timeout=600, removal_poll=0.05, renew_margin=120, tick=0.05)
QUICK = Backoff(base=0.05, factor=2.0, cap=0.2)
CANARY = "Pelicanquist Outboxella"
CHILD = "CP0000000901"


class Service:
    """The real service, which the test can take off the network and bring back."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.running: EmbeddedService | None = EmbeddedService(engine, limits=RateLimits())
        self.running.start()
        self.port = self.running.port
        self.url = self.running.url

    def down(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None

    def up(self) -> None:
        if self.running is None:
            self.running = EmbeddedService(self.engine, limits=RateLimits(), port=self.port)
            self.running.start()


@pytest.fixture()
def switchable(engine: Engine) -> Iterator[Service]:
    load_children(engine, [child(CHILD, surname="Outbox", dob="2015-05-05")])
    svc = Service(engine)
    yield svc
    svc.down()


def at_service(engine: Engine, request_id: str | None = None) -> int:
    query = select(func.count()).select_from(shielding_requests)
    if request_id is not None:
        query = query.where(shielding_requests.c.request_id == request_id)
    with engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def new_session(svc: Service, user: Any, tmp_path: Path) -> DeskSession:
    token = fake_token(user.token.label, tmp_path / "failures.json")
    return DeskSession(DirectoryClient(svc.url, timeout=2.0), token, data_dir=tmp_path / "data",
                       timings=FAST, backoff=QUICK)


def the_write(justification: str = CANARY) -> Any:
    return shielding_request(CHILD, "domestic_violence", justification, "family")


async def decrypted_hits(user: Any, tmp_path: Path, session: DeskSession) -> list[str]:
    key = await unsealed_key(user.token.label, user.username, tmp_path / "data", PIN,
                             tmp_path / "scan-failures.json", session.token)
    try:
        return find(cache_paths(user.username, tmp_path / "data").database, bytes(key),
                    [CANARY])
    finally:
        key[:] = bytes(len(key))


def test_offline_the_item_waits_then_is_sent_once_when_the_service_is_back(
        switchable: Service, enrol: Any, engine: Engine, tmp_path: Path) -> None:
    user = enrol("pat.outbox")
    session = new_session(switchable, user, tmp_path)
    seen: list[OutboxItem] = []
    session.outbox.subscribe(seen.append)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        switchable.down()
        item = await session.submit(the_write())
        assert item.state is ItemState.SENDING
        for _ in range(200):  # several attempts fail while the service is away
            await asyncio.sleep(0.02)
            current = session.outbox.item(item.request_id)
            if current is not None and current.attempts >= 3:
                break
        current = session.outbox.item(item.request_id)
        assert current is not None and current.state is ItemState.SENDING
        assert current.attempts >= 3 and current.next_attempt_at is not None
        assert current.message and "did not answer" in current.message
        assert at_service(engine) == 0

        await asyncio.to_thread(switchable.up)
        done = await session.outbox.wait(item.request_id, timeout=10)
        assert done.state is ItemState.SENT and done.http_status == 201
        assert at_service(engine, item.request_id) == 1 and at_service(engine) == 1
        await asyncio.sleep(0.3)  # nothing more goes out
        assert at_service(engine) == 1
        assert await decrypted_hits(user, tmp_path, session) == []  # sent: the body is gone
        await session.sign_out()
        await session.client.aclose()

    run(work())
    states = [i.state for i in seen]
    assert states[0] is ItemState.SENDING and states[-1] is ItemState.SENT


def test_a_409_is_failed_with_a_message_and_not_retried(
        switchable: Service, enrol: Any, engine: Engine, tmp_path: Path) -> None:
    user = enrol("pat.conflict")
    session = new_session(switchable, user, tmp_path)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        first = the_write("The first request's reason")
        await session.client.post_write(first.path, first.body)  # made elsewhere, same ID
        clash = the_write()
        clash.body["request_id"] = first.request_id
        item = await session.submit(clash)
        done = await session.outbox.wait(item.request_id, timeout=10)
        assert done.state is ItemState.FAILED and done.http_status == 409
        assert done.problem == ProblemType.REQUEST_ID_REUSED.value
        assert done.message == MESSAGES[ProblemType.REQUEST_ID_REUSED]
        await asyncio.sleep(0.5)  # not retried on its own
        assert session.outbox.item(item.request_id).attempts == 1  # type: ignore[union-attr]
        assert at_service(engine) == 1
        # Still there after a lock and unlock, with its message from the stored problem code.
        await session.lock(LockReason.MANUAL)
        assert session.outbox.items() == []
        await session.unlock(bytearray(PIN.encode()))
        again = session.outbox.item(item.request_id)
        assert again is not None and again.state is ItemState.FAILED
        assert again.message == MESSAGES[ProblemType.REQUEST_ID_REUSED]
        # Cancel: the body leaves the cache.
        cancelled = await session.outbox.cancel(item.request_id)
        assert cancelled.state is ItemState.CANCELLED
        assert await session.store.outbox_body(item.request_id) is None  # type: ignore[union-attr]
        assert await decrypted_hits(user, tmp_path, session) == []
        await session.sign_out()
        await session.client.aclose()

    run(work())


def test_a_refusal_other_than_408_or_429_fails_at_once(
        switchable: Service, enrol: Any, engine: Engine, tmp_path: Path) -> None:
    user = enrol("pat.unknown")
    session = new_session(switchable, user, tmp_path)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        write = shielding_request("CP0000000999", "domestic_violence", CANARY, "family")
        done = await session.outbox.wait((await session.submit(write)).request_id, timeout=10)
        assert done.state is ItemState.FAILED and done.http_status == 404
        assert done.message == MESSAGES[ProblemType.NOT_FOUND] and done.attempts == 1
        # Retry is the user's choice: the same request ID, refused again the same way.
        await session.outbox.retry(done.request_id)
        again = await session.outbox.wait(done.request_id, timeout=10)
        assert again.state is ItemState.FAILED and again.attempts == 2
        await session.sign_out()
        await session.client.aclose()

    run(work())


def test_cancel_while_offline_purges_the_body_and_nothing_is_sent(
        switchable: Service, enrol: Any, engine: Engine, tmp_path: Path) -> None:
    user = enrol("pat.cancel")
    session = new_session(switchable, user, tmp_path)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        switchable.down()
        item = await session.submit(the_write())
        assert await decrypted_hits(user, tmp_path, session) != []  # kept while pending
        await session.outbox.cancel(item.request_id)
        assert await decrypted_hits(user, tmp_path, session) == []
        await asyncio.to_thread(switchable.up)
        session.outbox.nudge()
        await asyncio.sleep(0.5)
        assert at_service(engine) == 0
        assert session.outbox.item(item.request_id).state is ItemState.CANCELLED  # type: ignore[union-attr]
        await session.sign_out()
        await session.client.aclose()

    run(work())


def test_lock_keeps_and_pauses_unlock_resumes_sign_out_purges(
        switchable: Service, enrol: Any, engine: Engine, tmp_path: Path) -> None:
    user = enrol("pat.lock")
    session = new_session(switchable, user, tmp_path)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        switchable.down()
        kept = await session.submit(the_write())
        await session.lock(LockReason.MANUAL)
        assert not session.outbox.running and session.outbox.items() == []
        await asyncio.to_thread(switchable.up)
        await asyncio.sleep(0.3)
        assert at_service(engine) == 0  # locked: nothing is sent
        assert await decrypted_hits(user, tmp_path, session) != []  # still kept, encrypted

        await session.unlock(bytearray(PIN.encode()))
        done = await session.outbox.wait(kept.request_id, timeout=10)
        assert done.state is ItemState.SENT and at_service(engine, kept.request_id) == 1

        switchable.down()
        pending = await session.submit(the_write())
        await session.sign_out()  # the service is away: the sign-out is local, bodies go
        assert session.state == State.SIGNED_OUT
        assert await decrypted_hits(user, tmp_path, session) == []
        await asyncio.to_thread(switchable.up)
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        gone = session.outbox.item(pending.request_id)
        assert gone is not None and gone.state is ItemState.CANCELLED and gone.message
        await asyncio.sleep(0.3)
        assert at_service(engine) == 1
        await session.sign_out()
        await session.client.aclose()

    run(work())


def test_sign_out_from_the_lock_screen_purges_at_the_next_sign_in(
        switchable: Service, enrol: Any, engine: Engine, tmp_path: Path) -> None:
    user = enrol("pat.lockout")
    session = new_session(switchable, user, tmp_path)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        switchable.down()
        item = await session.submit(the_write())
        await session.lock(LockReason.IDLE)
        await asyncio.to_thread(switchable.up)
        await session.sign_out()  # from the lock screen: no PIN, the cache is shut
        assert session.state == State.SIGNED_OUT
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        gone = session.outbox.item(item.request_id)
        assert gone is not None and gone.state is ItemState.CANCELLED
        assert await decrypted_hits(user, tmp_path, session) == []
        await asyncio.sleep(0.3)
        assert at_service(engine) == 0
        await session.sign_out()
        await session.client.aclose()

    run(work())


def test_after_an_abrupt_end_the_next_sign_in_resends_with_the_same_request_id(
        switchable: Service, enrol: Any, engine: Engine, tmp_path: Path) -> None:
    """The service took the write, but the desk died before it wrote that down: the next
    sign-in sends it again, with the same request ID, and the service makes nothing new."""
    user = enrol("pat.crash")
    first = new_session(switchable, user, tmp_path)

    async def crash() -> str:
        await first.sign_in(user.username, user.password, bytearray(PIN.encode()))
        switchable.down()
        item = await first.submit(the_write())
        await first.outbox.pause()  # the process "dies": nothing more is written down
        await asyncio.to_thread(switchable.up)
        # ...but its last send had reached the service.
        store = first.store
        assert store is not None
        body = await store.outbox_body(item.request_id)
        import json

        await first.client.post_write("/v1/shielding/requests", json.loads(body or "{}"))
        assert at_service(engine, item.request_id) == 1
        # Abrupt close: no checkpoint, no sign-out, no outbox update.
        store._closed = True
        await asyncio.get_running_loop().run_in_executor(store._executor,
                                                         store._conn.close)
        await first.client.aclose()
        await first.token.logout()  # the card's session ends with the process
        return item.request_id

    request_id = run(crash())
    second = new_session(switchable, user, tmp_path)

    async def next_start() -> None:
        await second.sign_in(user.username, user.password, bytearray(PIN.encode()))
        item = second.outbox.item(request_id)
        assert item is not None
        done = await second.outbox.wait(request_id, timeout=10)
        assert done.state is ItemState.SENT and done.http_status == 200  # the stored answer
        assert at_service(engine, request_id) == 1 and at_service(engine) == 1
        assert await decrypted_hits(user, tmp_path, second) == []
        await second.sign_out()
        await second.client.aclose()

    run(next_start())
