"""The desk session against the real service on loopback and a real SoftHSM2 token.

Timings are injected (a fake monotonic clock, millisecond ticks), never waited out."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from testkit import PIN, Pkcs11Signer, child, fake_token, load_children, run

from cpdesk.central.embedded import EmbeddedService
from cpdesk.contract import ProblemType, SearchRequest
from cpdesk.session import DeskSession, LockReason, NeedFullSignIn, NotUnlocked, State, Timings
from cpdesk.sync.api import ApiError, DirectoryClient
from cpdesk.vault.errors import PinIncorrect
from cpdesk.vault.provision import softhsm_module
from cpdesk.vault.token import FailureCounter, Token, TokenConfig

FAST = Timings(idle_timeout=60, removal_poll=0.01, renew_margin=120, tick=0.01)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_session(url: str, user: Any, tmp_path: Path, **kwargs: Any) -> tuple[DeskSession, Any]:
    fake = fake_token(user.token.label, tmp_path / "failures.json")
    session = DeskSession(DirectoryClient(url), fake, data_dir=tmp_path / "data",
                          timings=kwargs.pop("timings", FAST), **kwargs)
    return session, fake


async def settle(session: DeskSession, state: State, limit: float = 5.0) -> None:
    for _ in range(int(limit / 0.01)):
        if session.state == state:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"session stayed {session.state}, expected {state}")


@pytest.fixture()
def children(engine: Engine) -> None:
    load_children(engine, [child("CP0000000001", surname="Okafor", dob="2014-03-27")])


def test_sign_in_search_lock_unlock_with_pin_only(service: EmbeddedService, enrol: Any,
                                                  tmp_path: Path, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])
    session, _ = make_session(service.url, user, tmp_path)
    events: list[tuple[str, str, str | None]] = []
    session.subscribe(lambda e: events.append((e.kind, e.state, e.reason)))

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        assert session.state == State.UNLOCKED and session.store is not None
        found = await session.search(SearchRequest(surname="Okafor", dob="2014-03-27"))
        assert [r.id for r in found.results] == ["CP0000000001"]
        await session.record("CP0000000001", "helpdesk_enquiry")
        mine = await session.store.recent_activity()
        assert [(a.action, a.child_id, a.reason_code) for a in mine][:2] == [
            ("record.view", "CP0000000001", "helpdesk_enquiry"), ("search", None, None)]

        await session.lock(LockReason.MANUAL)
        assert session.state == State.LOCKED and session.store is None
        assert not session.client.signed_in and session.client.session is not None
        assert ("clear", "locking", "manual") in events
        with pytest.raises(NotUnlocked):
            await session.search(SearchRequest(id="CP0000000001"))

        await session.unlock(bytearray(PIN.encode()))  # no password
        assert session.state == State.UNLOCKED
        assert (await session.search(SearchRequest(id="CP0000000001"))).status == "ok"
        assert len(await session.store.recent_activity()) == 3  # the cache survived the lock
        await session.sign_out()
        assert session.state == State.SIGNED_OUT
        with pytest.raises(NeedFullSignIn):
            await session.unlock(bytearray(PIN.encode()))
        await session.client.aclose()

    run(work())


def test_wrong_pin_leaves_the_desk_locked(service: EmbeddedService, enrol: Any,
                                          tmp_path: Path) -> None:
    user = enrol("pat")
    session, _ = make_session(service.url, user, tmp_path)

    async def work() -> None:
        with pytest.raises(PinIncorrect):
            await session.sign_in(user.username, user.password, bytearray(b"000000"))
        assert session.state == State.SIGNED_OUT and session.store is None
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        await session.lock()
        with pytest.raises(PinIncorrect):
            await session.unlock(bytearray(b"000000"))
        assert session.state == State.LOCKED and not session.client.signed_in
        await session.client.aclose()

    run(work())


def test_idle_locks_after_the_timeout(service: EmbeddedService, enrol: Any,
                                      tmp_path: Path) -> None:
    user = enrol("pat")
    clock = Clock()
    session, _ = make_session(service.url, user, tmp_path, monotonic=clock)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        clock.now += 59
        await asyncio.sleep(0.05)
        assert session.state == State.UNLOCKED
        session.note_activity()
        clock.now += 59
        await asyncio.sleep(0.05)
        assert session.state == State.UNLOCKED  # activity restarted the idle clock
        clock.now += 2
        await settle(session, State.LOCKED)
        assert session.lock_reason is LockReason.IDLE
        await session.client.aclose()

    run(work())


def test_token_removal_locks(service: EmbeddedService, enrol: Any, tmp_path: Path) -> None:
    user = enrol("pat")
    session, fake = make_session(service.url, user, tmp_path)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        fake.remove()
        await settle(session, State.LOCKED)
        assert session.lock_reason is LockReason.TOKEN_REMOVED
        assert session.store is None and not session.client.signed_in
        fake.reinsert()
        await session.unlock(bytearray(PIN.encode()))
        assert session.state == State.UNLOCKED
        await session.client.aclose()

    run(work())


def test_renews_before_expiry_and_ends_with_the_session(engine: Engine, enrol: Any,
                                                        tmp_path: Path) -> None:
    user = enrol("pat")
    moment = [dt.datetime.now(dt.UTC)]
    with EmbeddedService(engine, clock=lambda: moment[0]) as service:
        roomy = Timings(idle_timeout=24 * 3600, removal_poll=0.01, renew_margin=120, tick=0.01)
        session, _ = make_session(service.url, user, tmp_path, wall=lambda: moment[0],
                                  timings=roomy)
        renewed: list[str] = []
        session.subscribe(lambda e: renewed.append(e.kind) if e.kind == "renewed" else None)

        async def work() -> None:
            await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
            first = session.client.session
            assert first is not None
            moment[0] += dt.timedelta(minutes=14)  # inside the renewal margin
            for _ in range(300):
                if renewed:
                    break
                await asyncio.sleep(0.01)
            assert renewed and session.client.session is not None
            assert session.client.session.expires_at > first.expires_at
            session.note_activity()
            moment[0] += dt.timedelta(hours=12)
            await settle(session, State.SIGNED_OUT)
            assert session.lock_reason is LockReason.SESSION_ENDED
            with pytest.raises(NeedFullSignIn):
                await session.unlock(bytearray(PIN.encode()))
            await session.client.aclose()

        run(work())


def test_what_the_shell_reads_from_the_session(service: EmbeddedService, enrol: Any,
                                               tmp_path: Path) -> None:
    from cpdesk.session import SEARCH, VIEW_OWN_ACTIVITY, VIEW_RECORD, Failure, failure_of
    from cpdesk.sync.api import ServiceUnreachable
    from cpdesk.vault.errors import PinLocked

    user = enrol("um.lee", ["user_manager"])
    helper = enrol("hd.amara", ["helpdesk"])
    moment = [dt.datetime.now(dt.UTC)]
    session, _ = make_session(service.url, user, tmp_path / "um", wall=lambda: moment[0])
    other, _ = make_session(service.url, helper, tmp_path / "hd")
    seen: list[str] = []

    def listener(event: Any) -> None:
        seen.append(event.kind)

    async def work() -> None:
        assert session.time_left is None and not session.can(SEARCH)
        assert (await session.service_status()).realm.training
        session.subscribe(listener)
        session.unsubscribe(listener)
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        # What the service's policy allows, not a table of roles in the client.
        assert not session.can(SEARCH) and not session.can(VIEW_RECORD)  # sees no child
        assert session.user is not None and SEARCH not in session.user.capabilities
        assert session.now() == moment[0]
        left = session.time_left
        assert left is not None
        assert dt.timedelta(hours=11) < left < dt.timedelta(hours=12, minutes=1)
        moment[0] += dt.timedelta(hours=13)
        assert session.time_left == dt.timedelta(0)
        await other.sign_in(helper.username, helper.password, bytearray(PIN.encode()))
        assert other.can(SEARCH) and other.can(VIEW_RECORD) and other.can(VIEW_OWN_ACTIVITY)
        for client in (session.client, other.client):
            await client.aclose()

    run(work())
    assert seen == []
    assert failure_of(ServiceUnreachable("The service did not answer.")) == Failure(
        "The service did not answer.", unreachable=True)
    locked = failure_of(PinLocked())
    assert locked is not None and locked.message.startswith("Your smart card's PIN is locked")
    assert failure_of(NotUnlocked()) == Failure(str(NotUnlocked()))
    assert failure_of(RuntimeError("a bug")) is None


class RecordingTransport(httpx.AsyncHTTPTransport):
    """The real transport, noting each request's path, Authorization header and body."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str | None, bytes]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.url.path, request.headers.get("authorization"),
                          request.content))
        return await super().handle_async_request(request)


def test_signing_out_from_the_lock_screen_ends_the_service_session(
        service: EmbeddedService, enrol: Any, tmp_path: Path) -> None:
    user = enrol("hd.amara", ["helpdesk"])
    transport = RecordingTransport()
    token = Token(TokenConfig(softhsm_module(), user.token.label),
                  failure_counter=FailureCounter(tmp_path / "failures.json"))
    session = DeskSession(DirectoryClient(service.url, transport=transport), token,
                          data_dir=tmp_path / "data", timings=FAST)

    async def work() -> None:
        await session.sign_in(user.username, user.password, bytearray(PIN.encode()))
        first = session.client.session
        assert first is not None
        await session.lock()
        await session.unlock(bytearray(PIN.encode()))  # a renewal: a new logout token
        renewed = session.client.session
        assert renewed is not None and renewed.logout_token != first.logout_token
        await session.lock()
        assert session.state == State.LOCKED and not session.client.signed_in
        # The logout token is kept in memory only: nothing the client wrote holds it.
        written = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
        assert renewed.logout_token.encode() not in written
        assert renewed.logout_token not in repr(renewed)

        transport.sent.clear()
        await session.sign_out()  # from the lock screen: no PIN, no access token
        assert session.state == State.SIGNED_OUT
        assert session.lock_reason is LockReason.SIGNED_OUT
        assert [(path, auth) for path, auth, _ in transport.sent] == [("/v1/auth/logout", None)]
        assert json.loads(transport.sent[0][2]) == {"logout_token": renewed.logout_token}

        # The service session is over: renewing it with a valid card signature is refused.
        other = DirectoryClient(service.url)
        other.session = renewed
        with pytest.raises(ApiError) as caught:
            await other.renew(Pkcs11Signer(user.token.label))
        assert caught.value.kind is ProblemType.SESSION_ENDED
        await other.aclose()
        await session.client.aclose()

    run(work())
