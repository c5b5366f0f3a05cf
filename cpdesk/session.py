"""The unlocked-session state machine: signed out → unlocking → unlocked → locking → locked.

One object owns everything that exists only while the desk is unlocked: the token login, the
open cache, the access token, and the monitors that lock again (idle, token removal, session
end). Locking **drops** data rather than covering it: listeners are told to clear every model
that held child data before the cache closes and the token logs out.

Plain asyncio, no Qt: the GUI subscribes to :class:`SessionEvent` and forwards user activity
and the desktop's lock/suspend signals. Timings and clocks are injectable so tests never wait
on the wall clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from cpdesk.vault.errors import CacheUnavailable, VaultError
from cpdesk.vault.token import TokenLike, TokenStatus

# The contract (pydantic), the HTTP client (httpx) and the cache (sqlcipher) are imported
# where they are first used, not here: the PIN prompt needs this module, and the desk shows
# it before loading them (docs/desk-client.md, "Start-up").
if TYPE_CHECKING:
    from cpdesk.contract import (
        AccessLog,
        ActivityResponse,
        AlertList,
        ChildRecord,
        ContactRequestList,
        DataIssueList,
        EnquiryList,
        MediatedRequestList,
        Mediation,
        MissingInput,
        PractitionerCheck,
        Problem,
        ProblemType,
        Progress,
        RealmInfo,
        Receipt,
        RecentResponse,
        ScenarioList,
        SearchRequest,
        SearchResponse,
        ServiceStatus,
        ShieldingRequest,
        ShieldingRequestList,
        ShieldList,
        UserInfo,
    )
    from cpdesk.sync.api import DirectoryClient
    from cpdesk.sync.outbox import Backoff, Outbox, OutboxItem, Write
    from cpdesk.vault.store import SessionStore

T = TypeVar("T")


class State(StrEnum):
    SIGNED_OUT = "signed_out"
    UNLOCKING = "unlocking"
    UNLOCKED = "unlocked"
    LOCKING = "locking"
    LOCKED = "locked"


class LockReason(StrEnum):
    MANUAL = "manual"
    IDLE = "idle"
    TOKEN_REMOVED = "token_removed"
    SYSTEM = "system"
    SESSION_ENDED = "session_ended"
    SIGNED_OUT = "signed_out"


# What the service's policy may allow (``user.capabilities``); the shell shows only these.
SEARCH: Final = "search"
VIEW_RECORD: Final = "view_record"
VIEW_OWN_ACTIVITY: Final = "view_own_activity"
REQUEST_SHIELD: Final = "request_shield"
DECIDE_SHIELD: Final = "decide_shield"
REVIEW_SHIELD: Final = "review_shield"
BROKER_CONTACT: Final = "broker_contact"
VIEW_ACCESS_LOG: Final = "view_access_log"
VIEW_CLASS_PROGRESS: Final = "view_class_progress"  # a trainer's class dashboard
# Any of these opens the management workspace.
MANAGEMENT: Final = (DECIDE_SHIELD, REVIEW_SHIELD, BROKER_CONTACT, VIEW_ACCESS_LOG)
# Issue 12: mediated access, the helpdesk console, user managers, data administrators.
MEDIATE: Final = "mediate"
LOG_ENQUIRY: Final = "log_enquiry"
MANAGE_USERS: Final = "manage_users"
RESOLVE_DATA_ISSUES: Final = "resolve_data_issues"
# The teams a helpdesk call can be routed to; a user works the queue of each they belong to.
TEAMS: Final = ("helpdesk", "user_manager", "data_administrator", "cp_manager")
MEDIATION_OVER: Final = ("The mediation has ended. Searches and records are no longer on "
                         "the practitioner's behalf; start a new one to carry on.")

LOCK_MESSAGES: Final[dict[LockReason, str]] = {
    LockReason.MANUAL: "cpdesk is locked.",
    LockReason.IDLE: "cpdesk locked because it was not used for a while.",
    LockReason.TOKEN_REMOVED: "cpdesk locked because your smart card was removed.",
    LockReason.SYSTEM: "cpdesk locked because the computer was locked or went to sleep.",
    LockReason.SESSION_ENDED: "Your session has ended. Sign in again with your password, "
    "smart card and PIN.",
    LockReason.SIGNED_OUT: "You have signed out.",
}
# How many records "Recently viewed" lists, newest first.
RECENT_LIMIT: Final = 50
# Left in the user's cache folder by a sign-out from the lock screen, when the cache is shut
# and its key out of reach: the next sign-in purges the outbox's bodies before anything else.
DISCARD_MARKER: Final = "outbox.discard"


SIGN_OUT_UNCONFIRMED: Final = (
    "You have signed out of cpdesk, but the directory service did not answer, so your "
    "session there ends on its own within 12 hours."
)


class NeedFullSignIn(Exception):
    """The PIN alone cannot unlock: the session ended or there never was one."""

    def __init__(self) -> None:
        super().__init__(LOCK_MESSAGES[LockReason.SESSION_ENDED])


class NotUnlocked(Exception):
    """A directory call was made while the desk was locked."""

    def __init__(self) -> None:
        super().__init__("cpdesk is locked. Unlock it with your PIN to carry on.")


@dataclass(frozen=True)
class Failure:
    """An expected failure, as the desk user reads it: the one error type the screens show.

    ``kind`` is the service's refusal reason, if any; ``missing`` the inputs a search lacks
    (from the service's ``missing``, never parsed from prose); ``unreachable`` that the
    service did not answer at all.
    """

    message: str
    kind: ProblemType | None = None
    missing: tuple[MissingInput, ...] = ()
    unreachable: bool = False


def failure_of(exc: BaseException) -> Failure | None:
    """The :class:`Failure` for an expected error, or ``None`` for a bug.

    Every error the session lets through carries a message written for the desk user; the
    GUI shows it as it is. Anything else is a defect and goes to the error hook instead.
    """
    from cpdesk.contract import MissingInput
    from cpdesk.sync.api import ApiError, ServiceUnreachable

    if isinstance(exc, ApiError):
        missing: tuple[MissingInput, ...] = ()
        if exc.problem is not None and exc.problem.missing:
            known = {item.value for item in MissingInput}
            missing = tuple(MissingInput(m) for m in exc.problem.missing if m in known)
        return Failure(exc.message, exc.kind, missing, isinstance(exc, ServiceUnreachable))
    if isinstance(exc, (VaultError, NotUnlocked, NeedFullSignIn)):
        return Failure(str(exc))
    return None


def is_unreachable(exc: BaseException) -> bool:
    """The service did not answer (as opposed to answering with a refusal)."""
    from cpdesk.sync.api import ServiceUnreachable

    return isinstance(exc, ServiceUnreachable)


@dataclass(frozen=True)
class SessionEvent:
    """What happened: a state change (with the lock reason), a warning, or a renewal."""

    kind: str  # "state" | "clear" | "warning" | "renewed"
    state: State
    reason: LockReason | None = None
    message: str | None = None


@dataclass(frozen=True)
class Timings:
    idle_timeout: float = 15 * 60
    removal_poll: float = 2.0
    renew_margin: float = 120.0
    tick: float = 1.0


Listener = Callable[[SessionEvent], None]


class DeskSession:
    """The signed-in user's session on this workstation."""

    def __init__(
        self,
        client: DirectoryClient | None,
        token: TokenLike,
        *,
        data_dir: Path | None = None,
        timings: Timings | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        backoff: Backoff | None = None,
    ) -> None:
        self._client: DirectoryClient | None = None
        self._client_attached = asyncio.Event()
        self._backoff = backoff
        self.token = token
        self.data_dir = data_dir
        self.timings = timings or Timings()
        self._monotonic = monotonic
        self._wall = wall
        self.state = State.SIGNED_OUT
        self.lock_reason: LockReason | None = None
        self.store: SessionStore | None = None
        self._listeners: list[Listener] = []
        self._monitors: list[asyncio.Task[None]] = []
        self._transition = asyncio.Lock()
        self._last_activity = monotonic()
        self._last_activity_wall = wall()
        self._signed_in_at: dt.datetime | None = None
        # Every write goes through here (cpdesk.sync.outbox): subscribe to it for the list.
        # It comes with the client (``attach_client``).
        self.outbox: Outbox
        # A refused write's problem document (IDs and fixed words, never free text), kept in
        # memory per request_id: the household rule names the children it would leave
        # unshielded, a refused lift the shielded children still at the address.
        self._refusals: dict[str, Problem] = {}
        # The mediation running on this desk (issue 12): while set, searches, records and
        # recently viewed carry its ID (the Cpdesk-Mediation header). Never stored.
        self.mediation: Mediation | None = None
        if client is not None:
            self.attach_client(client)

    def attach_client(self, client: DirectoryClient) -> None:
        """Give the session its directory client (and so its outbox). The desk creates the
        client after the PIN prompt is shown; sign-in, unlock and the status wait for it."""
        from cpdesk.sync.outbox import Outbox

        if self._client is not None:
            raise RuntimeError("the session already has a directory client")
        self.outbox = Outbox(self._send_write, backoff=self._backoff, wall=self._wall)
        self._client = client
        self._client_attached.set()

    @property
    def client(self) -> DirectoryClient:
        if self._client is None:
            raise RuntimeError("the directory client is not ready yet")
        return self._client

    @property
    def has_client(self) -> bool:
        return self._client is not None

    async def client_ready(self) -> DirectoryClient:
        """The directory client, once the desk has attached it."""
        await self._client_attached.wait()
        return self.client

    # -- observers ---------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, kind: str, reason: LockReason | None = None,
              message: str | None = None) -> None:
        event = SessionEvent(kind, self.state, reason, message)
        for listener in list(self._listeners):
            listener(event)

    def _set_state(self, state: State, reason: LockReason | None = None) -> None:
        self.state = state
        if reason is not None:
            self.lock_reason = reason
        self._emit("state", reason, LOCK_MESSAGES.get(reason) if reason else None)

    # -- what the shell shows ------------------------------------------------------------------

    @property
    def user(self) -> UserInfo | None:
        session = self._client.session if self._client else None
        return session.user if session else None

    @property
    def realm(self) -> RealmInfo | None:
        session = self._client.session if self._client else None
        return session.realm if session else None

    @property
    def session_expires_at(self) -> dt.datetime | None:
        session = self._client.session if self._client else None
        return session.session_expires_at if session else None

    def can(self, capability: str) -> bool:
        """Whether the service says the signed-in user may do this (``user.capabilities``).

        The client keeps no role table: it shows what the service's policy allows, and the
        service refuses anything else anyway.
        """
        user = self.user
        if user is None:
            return False
        if capability in user.capabilities:
            return True
        # Inside a running mediation the service lets a mediator search and open records
        # on the practitioner's behalf (and refuses once it has ended).
        return (capability in (SEARCH, VIEW_RECORD) and self.mediation is not None
                and MEDIATE in user.capabilities)

    @property
    def teams(self) -> tuple[str, ...]:
        """The enquiry queues this user works: the teams among the roles the service sent."""
        user = self.user
        return tuple(t for t in TEAMS if user is not None and t in user.roles)

    # -- mediated access ---------------------------------------------------------------------

    @property
    def mediation_id(self) -> str | None:
        return self.mediation.mediation_id if self.mediation is not None else None

    @property
    def mediation_left(self) -> dt.timedelta | None:
        if self.mediation is None:
            return None
        return max(dt.timedelta(0), self.mediation.expires_at - self._wall())

    def set_mediation(self, mediation: Mediation | None, message: str | None = None) -> None:
        """Start following a mediation the service started, or stop (ended, expired)."""
        if mediation is None and self.mediation is None:
            return
        self.mediation = mediation
        self._emit("mediation", message=message)

    def check_mediation(self) -> None:
        """An expired mediation is over here too (the service refuses it anyway)."""
        left = self.mediation_left
        if left is not None and left <= dt.timedelta(0):
            self.set_mediation(None, MEDIATION_OVER)

    def now(self) -> dt.datetime:
        """The session's wall clock (injectable, so the shell's countdowns can be tested)."""
        return self._wall()

    @property
    def time_left(self) -> dt.timedelta | None:
        """Until the absolute end of the session, or ``None`` when there is no session."""
        expires = self.session_expires_at
        return None if expires is None else max(dt.timedelta(0), expires - self._wall())

    async def service_status(self) -> ServiceStatus:
        """Whether the service answers, and its realm; needs no sign-in."""
        return await (await self.client_ready()).status()

    @property
    def can_unlock_with_pin(self) -> bool:
        expires = self.session_expires_at
        return self.state == State.LOCKED and expires is not None and self._wall() < expires

    async def token_status(self) -> TokenStatus:
        return await self.token.status()

    def note_activity(self) -> None:
        """The user did something: the idle clock starts again."""
        self._last_activity = self._monotonic()
        self._last_activity_wall = self._wall()

    # -- unlocking -------------------------------------------------------------------------------

    async def sign_in(self, username: str, password: str, pin: bytearray) -> None:
        """The full sign-in: token PIN, the user's cache, then password + token signature."""
        await self.client_ready()
        async with self._transition:
            previous = self.state
            self._set_state(State.UNLOCKING)
            try:
                await self._open_token_and_cache(username, pin)
                await self.client.sign_in(username, password, self.token.sign)
                await self._resume_outbox(username)
            except BaseException:
                await self._teardown()
                self._set_state(previous)
                raise
            self._signed_in_at = self._wall()
            self._unlocked()

    async def unlock(self, pin: bytearray) -> None:
        """After a lock, within the session: the PIN alone, then a renewal signed by the token."""
        from cpdesk.contract import ProblemType
        from cpdesk.sync.api import ApiError
        from cpdesk.vault.keys import wipe

        async with self._transition:
            if not self.can_unlock_with_pin or self.user is None:
                wipe(pin)
                if self.state == State.LOCKED:
                    self.client.session = None
                    self._set_state(State.SIGNED_OUT, LockReason.SESSION_ENDED)
                raise NeedFullSignIn()
            self._set_state(State.UNLOCKING)
            try:
                await self._open_token_and_cache(self.user.username, pin)
                await self.client.renew(self.token.sign)
                await self._resume_outbox(self.user.username)
            except ApiError as exc:
                await self._teardown()
                if exc.kind is ProblemType.SESSION_ENDED:
                    self._set_state(State.SIGNED_OUT, LockReason.SESSION_ENDED)
                    raise NeedFullSignIn() from None
                self._set_state(State.LOCKED)
                raise
            except BaseException:
                await self._teardown()
                self._set_state(State.LOCKED)
                raise
            self._unlocked()

    async def _open_token_and_cache(self, username: str, pin: bytearray) -> None:
        from cpdesk.vault.cache import open_cache
        from cpdesk.vault.keys import wipe

        try:
            await self.token.login(pin)
        finally:
            wipe(pin)
        try:
            opened = await open_cache(self.token, username, self.data_dir)
        except CacheUnavailable as exc:
            # The cache holds only the user's own history: work can go on without it.
            self._emit("warning", message=str(exc))
            return
        self.store = opened.store
        if opened.warning:
            self._emit("warning", message=opened.warning)

    async def _resume_outbox(self, username: str) -> None:
        """Send what an earlier run left pending — after a lock, a crash or a kill — with the
        request IDs it was stored with. A sign-out from the lock screen purges first."""
        from cpdesk.vault.cache import cache_paths

        if self.store is None:
            return
        marker = cache_paths(username, self.data_dir).directory / DISCARD_MARKER
        if marker.exists():
            await self.store.outbox_purge_all(at=self._wall())
            with contextlib.suppress(OSError):
                marker.unlink()
        try:
            await self.outbox.resume(self.store)
        except VaultError as exc:
            self._emit("warning", message=str(exc))

    def _unlocked(self) -> None:
        self.note_activity()
        self.lock_reason = None
        self._set_state(State.UNLOCKED)
        self._monitors = [
            asyncio.ensure_future(self._watch_idle()),
            asyncio.ensure_future(self._watch_token()),
            asyncio.ensure_future(self._keep_renewed()),
        ]

    # -- locking ---------------------------------------------------------------------------------

    async def lock(self, reason: LockReason = LockReason.MANUAL) -> None:
        """Drop everything that exists only while unlocked; the session ID stays."""
        if self.state != State.UNLOCKED:
            return
        async with self._transition:
            if self.state != State.UNLOCKED:
                return
            self._set_state(State.LOCKING, reason)
            self._emit("clear", reason)
            if reason is LockReason.SIGNED_OUT:
                # Signing out ends the one exception: every pending body leaves the cache.
                with contextlib.suppress(VaultError):
                    await self.outbox.discard_all()
            await self._teardown()
            self.outbox.forget()
            self._refusals.clear()
            self.client.drop_access_token()
            ended = reason in (LockReason.SESSION_ENDED, LockReason.SIGNED_OUT)
            if ended:
                self.client.session = None
                self.mediation = None
            self._set_state(State.SIGNED_OUT if ended else State.LOCKED, reason)

    async def sign_out(self) -> None:
        """End the session at the service too; the next unlock needs the full sign-in."""
        from cpdesk.sync.api import ApiError
        from cpdesk.vault.cache import cache_paths

        if self.state == State.UNLOCKED:
            with contextlib.suppress(ApiError):
                await self.client.sign_out()
            self.client.session = None
            await self.lock(LockReason.SIGNED_OUT)
        elif self.state == State.LOCKED:
            # The cache is shut and its key out of reach: leave a note for the next sign-in
            # to purge the outbox's bodies before it sends anything.
            if self.user is not None:
                with contextlib.suppress(OSError, ValueError):
                    marker = cache_paths(self.user.username, self.data_dir).directory
                    if marker.is_dir():
                        (marker / DISCARD_MARKER).touch()
            # No access token while locked: the session's logout token ends it, no PIN asked.
            try:
                await self.client.sign_out()
            except ApiError as exc:
                self._emit("warning", message=SIGN_OUT_UNCONFIRMED
                           if is_unreachable(exc) else exc.message)
            finally:
                self.client.session = None
                self._set_state(State.SIGNED_OUT, LockReason.SIGNED_OUT)

    async def _teardown(self) -> None:
        await self.outbox.pause()  # before the store closes; pending items stay in it
        current = asyncio.current_task()
        for task in self._monitors:
            if task is not current:
                task.cancel()
        self._monitors = []
        if self.store is not None:
            store, self.store = self.store, None
            with contextlib.suppress(Exception):
                await store.close()
        with contextlib.suppress(VaultError):
            await self.token.logout()

    async def close(self) -> None:
        """At exit: lock (the server session stays for another start within its 12 hours)."""
        await self.lock(LockReason.MANUAL)

    # -- monitors --------------------------------------------------------------------------------

    def _lock_soon(self, reason: LockReason) -> None:
        # Run the lock outside the monitor task, which the lock itself cancels.
        asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(self.lock(reason)))

    async def _watch_idle(self) -> None:
        while self.state == State.UNLOCKED:
            await asyncio.sleep(self.timings.tick)
            expires = self.session_expires_at
            if expires is not None and self._wall() >= expires:
                self._lock_soon(LockReason.SESSION_ENDED)
                return
            idle = self._monotonic() - self._last_activity
            # Timers stop while the machine sleeps: the wall clock tells how long it really was.
            idle_wall = (self._wall() - self._last_activity_wall).total_seconds()
            if max(idle, idle_wall) >= self.timings.idle_timeout:
                self._lock_soon(LockReason.IDLE)
                return

    async def _watch_token(self) -> None:
        while self.state == State.UNLOCKED:
            await asyncio.sleep(self.timings.removal_poll)
            try:
                present = await self.token.check_present()
            except VaultError:
                present = False
            if not present and self.state == State.UNLOCKED:
                self._lock_soon(LockReason.TOKEN_REMOVED)
                return

    async def _keep_renewed(self) -> None:
        """Renew the access token before it expires, with a fresh signature, asking nothing."""
        from cpdesk.contract import ProblemType
        from cpdesk.sync.api import ApiError

        while self.state == State.UNLOCKED:
            await asyncio.sleep(self.timings.tick)
            session = self.client.session
            if session is None:
                return
            due = session.expires_at - dt.timedelta(seconds=self.timings.renew_margin)
            if self._wall() < due or session.expires_at >= session.session_expires_at:
                continue
            try:
                await self.client.renew(self.token.sign)
                self._emit("renewed")
            except ApiError as exc:
                if exc.kind is ProblemType.SESSION_ENDED:
                    self._lock_soon(LockReason.SESSION_ENDED)
                    return
                self._emit("warning", message=exc.message)
            except VaultError:
                self._lock_soon(LockReason.TOKEN_REMOVED)
                return

    # -- the directory, while unlocked -------------------------------------------------------------

    async def _call(self, call: Callable[[], Awaitable[T]], *, activity: bool = True) -> T:
        """A directory call while unlocked; ``activity=False`` for a screen's own polling,
        which must never hold off the idle lock."""
        from cpdesk.contract import ProblemType
        from cpdesk.sync.api import ApiError

        if self.state != State.UNLOCKED:
            raise NotUnlocked()
        if activity:
            self.note_activity()
        try:
            result = await call()
        except ApiError as exc:
            if exc.kind is ProblemType.MEDIATION_ENDED:
                self.set_mediation(None, MEDIATION_OVER)
            if exc.kind is not ProblemType.UNAUTHENTICATED or self.client.session is None:
                raise
            await self.client.renew(self.token.sign)  # the token expired under us: renew once
            result = await call()
        self.outbox.nudge()  # the service answers: writes waiting to retry can go now
        return result

    # -- writes, through the durable outbox --------------------------------------------------

    async def submit(self, write: Write) -> OutboxItem:
        """Keep ``write`` in the encrypted cache, then send it (in the background, retried
        until the service has it). Returns the item at once, ``sending``; follow it with
        ``session.outbox.subscribe`` or ``await session.outbox.wait(item.request_id)``.

        Raises NotUnlocked, CacheUnavailable (nothing kept, nothing sent) or ValueError.
        """
        from cpdesk.sync.outbox import NOT_KEPT

        if self.state != State.UNLOCKED:
            raise NotUnlocked()
        if self.store is None or not self.outbox.running:
            raise CacheUnavailable(NOT_KEPT)
        self.note_activity()
        item = await self.outbox.submit(write)
        await self._remember(write.kind, write.child_id)
        return item

    async def _send_write(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        """The outbox's sender: the signed-in client, renewing an expired access token once."""
        from cpdesk.contract import ProblemType
        from cpdesk.sync.api import ApiError, NotSignedIn

        if self.state != State.UNLOCKED:
            raise NotSignedIn(NotUnlocked().args[0])
        try:
            return await self.client.post_write(path, body)
        except ApiError as exc:
            if exc.problem is not None and exc.status is not None and exc.status < 500:
                self._refusals[str(body.get("request_id"))] = exc.problem
            if exc.kind is not ProblemType.UNAUTHENTICATED or self.client.session is None:
                raise
        try:
            await self.client.renew(self.token.sign)
        except VaultError:
            raise NotSignedIn(NotUnlocked().args[0]) from None
        return await self.client.post_write(path, body)

    async def _remember(self, action: str, child_id: str | None = None,
                        reason: str | None = None) -> None:
        if self.store is None:
            return
        try:
            await self.store.record_activity(action, child_id, reason, at=self._wall())
        except (VaultError, ValueError):
            self._emit("warning", message="Your activity could not be saved on this computer.")

    async def search(self, request: SearchRequest) -> SearchResponse:
        mediation = self.mediation_id
        result = await self._call(lambda: self.client.search(request, mediation=mediation))
        await self._remember("search")
        return result

    async def record(self, child_id: str, reason: str,
                     reason_text: str | None = None) -> ChildRecord:
        mediation = self.mediation_id
        result = await self._call(lambda: self.client.record(child_id, reason, reason_text,
                                                             mediation=mediation))
        await self._remember("record.view", child_id, reason)
        return result

    async def activity(self, limit: int = 100) -> ActivityResponse:
        return await self._call(lambda: self.client.activity(limit))

    @property
    def idle_lock_at(self) -> dt.datetime | None:
        """When the idle lock will come if nothing is touched (wall clock), while unlocked."""
        if self.state != State.UNLOCKED:
            return None
        return self._last_activity_wall + dt.timedelta(seconds=self.timings.idle_timeout)

    @property
    def idle_left(self) -> dt.timedelta | None:
        """Until the idle lock, while unlocked (the monotonic and wall clocks, the sooner)."""
        if self.state != State.UNLOCKED:
            return None
        idle = max(self._monotonic() - self._last_activity,
                   (self._wall() - self._last_activity_wall).total_seconds())
        return dt.timedelta(seconds=max(0.0, self.timings.idle_timeout - idle))

    async def recently_viewed(self) -> list[tuple[str, dt.datetime]]:
        """The records opened since this sign-in, newest first: (child ID, when), from the
        encrypted cache's own activity alone (IDs and times, nothing else of a child)."""
        if self.state != State.UNLOCKED or self.store is None:
            return []
        since = self._signed_in_at
        seen: dict[str, dt.datetime] = {}
        try:
            rows = await self.store.recent_activity(500)
        except (VaultError, ValueError):
            return []
        for row in rows:
            if row.action != "record.view" or row.child_id is None:
                continue
            if since is not None and row.at < since:
                continue
            if row.child_id not in seen:
                seen[row.child_id] = row.at
        return list(seen.items())[:RECENT_LIMIT]

    async def recent(self, child_ids: list[str]) -> RecentResponse:
        """Names for those IDs, live from the service (never stored here)."""
        mediation = self.mediation_id
        return await self._call(lambda: self.client.recent(child_ids, mediation=mediation))

    # -- workflow reads (nothing of them is stored here) --------------------------------------

    async def my_shielding_requests(self) -> ShieldingRequestList:
        return await self._call(lambda: self.client.shielding_requests())

    async def decision_queue(self) -> ShieldingRequestList:
        return await self._call(lambda: self.client.shielding_requests(queue="decision"))

    async def shielding_request(self, request_id: str) -> ShieldingRequest:
        return await self._call(lambda: self.client.shielding_request(request_id))

    async def review_queue(self) -> ShieldList:
        return await self._call(self.client.review_queue)

    async def my_contact_requests(self) -> ContactRequestList:
        return await self._call(lambda: self.client.contact_requests())

    async def contact_queue(self) -> ContactRequestList:
        return await self._call(lambda: self.client.contact_requests(queue=True))

    async def alerts(self) -> AlertList:
        return await self._call(self.client.alerts)

    async def access_log(self, child_id: str) -> AccessLog:
        return await self._call(lambda: self.client.access_log(child_id))

    # -- training (a training realm only) ---------------------------------------------------

    @property
    def training(self) -> bool:
        """Whether the signed-in realm is a training realm (never guessed: the service says)."""
        realm = self.realm
        return realm is not None and realm.training

    async def training_scenarios(self) -> ScenarioList:
        return await self._call(self.client.training_scenarios)

    async def my_training_progress(self, *, polling: bool = False) -> Progress:
        """The steps the service has checked as done from the user's own trail.
        ``polling``: a screen's timer asked, not the user (the idle clock runs on)."""
        return await self._call(lambda: self.client.training_progress(mine=True),
                                activity=not polling)

    async def class_progress(self, *, polling: bool = False) -> Progress:
        """Every trainee's completed steps (capability ``view_class_progress``)."""
        return await self._call(lambda: self.client.training_progress(mine=False),
                                activity=not polling)

    def refusal(self, request_id: str) -> Problem | None:
        """The service's problem document for a refused write, if it was refused here."""
        return self._refusals.get(request_id)

    def left_unshielded(self, request_id: str) -> tuple[str, ...]:
        """The child IDs a refused approval (``household-not-covered``) would have left
        unshielded, as the service named them; empty if there was no such refusal."""
        problem = self._refusals.get(request_id)
        return tuple(problem.missing or ()) if problem is not None else ()

    # -- mediated access, the helpdesk, data issues (issue 12; reads, nothing stored) ----------

    async def verify_practitioner(self, practitioner: str) -> PractitionerCheck:
        from cpdesk.sync.outbox import new_request_id

        return await self._call(lambda: self.client.verify_practitioner(
            practitioner, new_request_id()))

    async def mediated_requests(self, queue: str | None = None) -> MediatedRequestList:
        return await self._call(lambda: self.client.mediated_requests(queue=queue))

    async def receipt(self, request_id: str) -> Receipt:
        return await self._call(lambda: self.client.receipt(request_id))

    async def enquiries(self, queue: str) -> EnquiryList:
        return await self._call(lambda: self.client.enquiries(queue))

    async def data_issues(self, *, queue: bool = False) -> DataIssueList:
        return await self._call(lambda: self.client.data_issues(queue=queue))
