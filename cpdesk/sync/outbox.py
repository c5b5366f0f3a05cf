"""The durable outbox: every write the user makes, kept in the encrypted cache until the
service has it.

Why: a practitioner's shielding request must not vanish because the network dropped, the
desk crashed or someone pulled the plug. So a write is **stored before it is sent**, with a
``request_id`` (a UUID chosen here, placed in the body). The service stores that ID with its
answer (``cpdesk.central.idempotency``), so sending the same write again — after a timeout,
a crash, a ``kill -9`` — returns the stored answer instead of making a second item.

Life of an item (``ItemState``)::

    submit ──▶ sending ──2xx──▶ sent          (body purged)
                 │  ▲
   unreachable,  │  └── retry(): the user asks again
   5xx, 408, 429 │
   (back-off +   ▼
    jitter)   sending (next_attempt_at)
                 │
   other 4xx ────┴──▶ failed (message)  ── retry() ──▶ sending
                                        ── cancel() ──▶ cancelled (body purged)

Sending is one item at a time, oldest first, so an action on an item (withdraw) never
overtakes the item's creation. A refusal (4xx other than 408/429) is not retried on its
own: the same body would be refused again. ``409 request-id-reused`` is such a refusal.

Plain asyncio, no Qt, and no import of the vault: the store is anything with the
:class:`OutboxStore` methods (``cpdesk.vault.store.SessionStore`` has them), and the sender
is any ``(path, body) -> (status, json)`` coroutine (``DirectoryClient.post_write``, wrapped
by the session to renew an expired access token). The GUI subscribes a plain callback and
gets an :class:`OutboxItem` (no body, no child data but an ID) on every change.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import random
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Final, Protocol

from pydantic import BaseModel

from cpdesk.contract import (
    Action,
    ConsentOverride,
    ContactRequestClose,
    ContactRequestCreate,
    DataIssueCreate,
    DataIssueResolve,
    Decline,
    EnquiryCreate,
    EnquiryStatus,
    Fulfil,
    InterimShieldCreate,
    MediatedRequestCreate,
    MediationStart,
    PassedOn,
    ProblemType,
    ShieldConfirm,
    ShieldingDecision,
    ShieldingRequestCreate,
    ShieldReview,
    TokenEnrolment,
    UserAction,
)
from cpdesk.sync.api import MESSAGES, ApiError, ContractViolation, ServiceUnreachable

# Answers that are about timing or the sign-in, not about the write: retried like an
# unreachable service (a 401 that survives the session's renewal means the session is ending;
# the lock that follows pauses the outbox, and the next sign-in resumes it).
TRANSIENT_STATUSES: Final = frozenset({401, 408, 425, 429})
SIGNED_OFF: Final = (
    "Not sent: you signed out before the directory service received it."
)
NOT_KEPT: Final = (
    "This request could not be saved on this computer, so it was not sent. Try again; if it "
    "keeps happening, call your helpdesk."
)
GONE: Final = "This request's details are no longer on this computer, so it cannot be sent."


class ItemState(StrEnum):
    SENDING = "sending"  # stored, not yet accepted: being sent or waiting to retry
    SENT = "sent"  # the service accepted it (201, or 200 for a replay)
    FAILED = "failed"  # refused: the user may retry or cancel
    CANCELLED = "cancelled"  # the user cancelled it or signed out first


@dataclass(frozen=True)
class OutboxItem:
    """What the user's list shows for one write. Never the body.

    ``message`` is plain English for a failed item (or the last transient problem while
    sending); ``next_attempt_at`` is when a waiting item is tried again (None when it is
    being sent now or is finished); ``http_status``/``problem`` are the service's answer.
    """

    request_id: str
    kind: str
    child_id: str | None
    state: ItemState
    created_at: dt.datetime
    updated_at: dt.datetime
    attempts: int = 0
    http_status: int | None = None
    problem: str | None = None
    message: str | None = None
    next_attempt_at: dt.datetime | None = None

    @property
    def finished(self) -> bool:
        return self.state in (ItemState.SENT, ItemState.CANCELLED)

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


KIND_LABELS: Final[dict[str, str]] = {
    "shielding.request": "Shielding request",
    "shielding.withdraw": "Withdraw shielding request",
    "shielding.decision": "Shielding decision",
    "shields.interim": "Urgent interim shield",
    "shields.confirm": "Confirm interim shield",
    "shields.review": "Shield review",
    "contact.request": "Request for contact",
    "contact.close": "Close contact request",
    "consent.override": "Consent override",
    "mediation.start": "Start of a mediation",
    "mediation.end": "End of a mediation",
    "mediation.passed_on": "Details passed on",
    "mediated.request": "Request for a mediator",
    "mediated.claim": "Claim of a mediated request",
    "mediated.fulfil": "Mediated request fulfilled",
    "mediated.decline": "Mediated request declined",
    "enquiry.log": "Helpdesk call",
    "enquiry.status": "Helpdesk call status",
    "user.suspend": "Suspend a user",
    "user.reinstate": "Reinstate a user",
    "user.revoke_token": "Revoke a user's card",
    "user.token": "Re-enrol a user's card",
    "data_issue.report": "Data issue report",
    "data_issue.resolve": "Data issue resolution",
}
# Kinds whose answer the screens need (a mediation's ID and end time, a user's standing):
# kept in memory for the item, never in the cache. No answer of these names a child.
KEEP_ANSWER: Final = frozenset({"mediation.start", "mediation.end", "user.suspend",
                                "user.reinstate", "user.revoke_token", "user.token"})


@dataclass(frozen=True)
class Write:
    """One write, ready for the outbox: its kind, contract path and body (with request_id)."""

    kind: str
    path: str
    body: dict[str, Any]
    child_id: str | None = None

    @property
    def request_id(self) -> str:
        return str(self.body["request_id"])


class OutboxRow(Protocol):
    """A stored row without its body (``cpdesk.vault.store.OutboxEntry``)."""

    @property
    def request_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def child_id(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...
    @property
    def attempts(self) -> int: ...
    @property
    def http_status(self) -> int | None: ...
    @property
    def problem(self) -> str | None: ...


class OutboxStore(Protocol):
    """Where the outbox keeps its items: the encrypted session store."""

    async def outbox_add(self, request_id: str, kind: str, path: str, child_id: str | None,
                         body: str, *, at: dt.datetime) -> None: ...

    async def outbox_entries(self, *, open_only: bool = False) -> Sequence[OutboxRow]: ...

    async def outbox_body(self, request_id: str) -> str | None: ...

    async def outbox_update(self, request_id: str, status: str, *, at: dt.datetime,
                            attempts: int | None = None, http_status: int | None = None,
                            problem: str | None = None) -> None: ...

    async def outbox_purge_all(self, *, at: dt.datetime) -> int: ...

    async def outbox_prune(self, keep: int = ...) -> None: ...


Sender = Callable[[str, dict[str, Any]], Awaitable[tuple[int, Any]]]
Listener = Callable[[OutboxItem], None]


@dataclass(frozen=True)
class Backoff:
    """Exponential back-off with jitter: attempt n waits between half and all of
    ``min(cap, base * factor ** (n - 1))`` seconds, so many desks coming back after an
    outage do not all knock at once."""

    base: float = 1.0
    factor: float = 2.0
    cap: float = 120.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        ceiling = min(self.cap, self.base * self.factor ** max(0, attempt - 1))
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


def new_request_id() -> str:
    return str(uuid.uuid4())


def _message_for_problem(problem: str | None, status: int | None) -> str:
    """The plain-English message for a stored refusal (the cache keeps only its code)."""
    if problem is not None:
        kind = ProblemType.from_uri(f"urn:cpdesk:problem:{problem}")
        if kind is not None and kind in MESSAGES:
            return MESSAGES[kind]
    if status is not None and status >= 500:
        return "The directory service had a problem. Try again in a few minutes."
    return "The directory service refused the request. Call your helpdesk."


def _transient(exc: ApiError) -> bool:
    if isinstance(exc, ServiceUnreachable):
        return True
    if exc.status is None:
        # Not signed in (locked mid-send) or a reply cut short: nothing was refused.
        return True
    return exc.status >= 500 or exc.status in TRANSIENT_STATUSES


class Outbox:
    """The signed-in user's queue of writes. :meth:`resume` with an open store on every
    unlock; :meth:`pause` before the store closes (lock); :meth:`discard_all` on sign-out."""

    def __init__(self, sender: Sender, *, backoff: Backoff | None = None,
                 rng: random.Random | None = None,
                 wall: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:
        self._sender = sender
        self.backoff = backoff or Backoff()
        self._rng = rng or random.SystemRandom()
        self._wall = wall
        self._store: OutboxStore | None = None
        self._items: dict[str, OutboxItem] = {}
        self._paths: dict[str, str] = {}
        self._listeners: list[Listener] = []
        self._wake = asyncio.Event()
        self._worker: asyncio.Task[None] | None = None
        self._settled: dict[str, list[asyncio.Future[OutboxItem]]] = {}
        # When each waiting item is due, on the loop's monotonic clock (the wall clock only
        # labels it for the user: it may jump, or be frozen in tests).
        self._due: dict[str, float] = {}
        self._answers: dict[str, Any] = {}

    # -- observers -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """``listener(item)`` after every change of any item (called on the loop's thread)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def items(self) -> list[OutboxItem]:
        """Every known item, oldest first (pending ones and the recent finished ones)."""
        return list(self._items.values())

    def item(self, request_id: str) -> OutboxItem | None:
        return self._items.get(request_id)

    def answer(self, request_id: str) -> Any:
        """The service's answer to a sent item of a ``KEEP_ANSWER`` kind (memory only)."""
        return self._answers.get(request_id)

    @property
    def pending(self) -> list[OutboxItem]:
        """Items not yet accepted: sending (or waiting to retry) and failed."""
        return [i for i in self._items.values()
                if i.state in (ItemState.SENDING, ItemState.FAILED)]

    @property
    def running(self) -> bool:
        return self._store is not None

    def _set(self, item: OutboxItem) -> None:
        self._items[item.request_id] = item
        for listener in list(self._listeners):
            listener(item)
        if item.state is not ItemState.SENDING:
            for future in self._settled.pop(item.request_id, []):
                if not future.done():
                    future.set_result(item)

    # -- life cycle ----------------------------------------------------------------------

    async def resume(self, store: OutboxStore) -> None:
        """After an unlock or a sign-in: load the items and send what is still pending —
        with the request IDs they were stored with, whatever happened since."""
        await self.pause()
        self._store = store
        await store.outbox_prune()
        self._items.clear()
        self._paths.clear()
        self._due.clear()
        for row in await store.outbox_entries():
            state = ItemState(row.status)
            message = (_message_for_problem(row.problem, row.http_status)
                       if state is ItemState.FAILED else None)
            if state is ItemState.CANCELLED and row.problem == "signed-out":
                message = SIGNED_OFF
            self._paths[row.request_id] = row.path
            self._set(OutboxItem(row.request_id, row.kind, row.child_id, state,
                                 row.created_at, row.updated_at, row.attempts,
                                 row.http_status, row.problem, message))
        self._start()

    def _start(self) -> None:
        if self._worker is None or self._worker.done():
            self._worker = asyncio.ensure_future(self._run())
        self._wake.set()

    async def pause(self) -> None:
        """Lock: stop sending (an in-flight send is abandoned; it is resent, with the same
        request ID, on the next resume). Items stay in the cache; the store is let go."""
        worker, self._worker = self._worker, None
        if worker is not None and not worker.done():
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await worker
        self._store = None

    def forget(self) -> None:
        """Drop the in-memory list (after a lock or sign-out, the list shows nothing)."""
        self._items.clear()
        self._paths.clear()
        self._due.clear()
        self._answers.clear()

    async def discard_all(self) -> int:
        """Sign-out: purge every body from the cache; unsent items become cancelled."""
        store = self._store
        await self.pause()
        if store is None:
            return 0
        now = self._wall()
        count = await store.outbox_purge_all(at=now)
        for item in list(self._items.values()):
            if item.state in (ItemState.SENDING, ItemState.FAILED):
                self._set(replace(item, state=ItemState.CANCELLED, updated_at=now,
                                  message=SIGNED_OFF, next_attempt_at=None))
        return count

    # -- what the user does --------------------------------------------------------------

    async def submit(self, write: Write) -> OutboxItem:
        """Store ``write`` (committed when this returns), then send it in the background.

        Raises ValueError for a write the store refuses to keep, and the store's own error
        when the cache cannot be written: then nothing was sent.
        """
        store = self._require_store()
        now = self._wall()
        body = json.dumps(write.body, separators=(",", ":"), ensure_ascii=False)
        await store.outbox_add(write.request_id, write.kind, write.path, write.child_id,
                               body, at=now)
        item = OutboxItem(write.request_id, write.kind, write.child_id, ItemState.SENDING,
                          now, now)
        self._paths[item.request_id] = write.path
        self._set(item)
        self._start()
        return item

    async def retry(self, request_id: str) -> OutboxItem:
        """Send a failed item again now (same request ID), or stop waiting on a sending one."""
        store = self._require_store()
        item = self._known(request_id)
        if item.state is ItemState.FAILED:
            now = self._wall()
            await store.outbox_update(request_id, ItemState.SENDING, at=now)
            item = replace(item, state=ItemState.SENDING, updated_at=now, message=None,
                           problem=None, next_attempt_at=None)
            self._set(item)
        elif item.state is ItemState.SENDING and item.next_attempt_at is not None:
            self._due.pop(request_id, None)
            item = replace(item, next_attempt_at=None)
            self._set(item)
        self._start()
        return item

    async def cancel(self, request_id: str) -> OutboxItem:
        """Give up on an item not yet accepted: its body is purged from the cache.

        A cancel that races an in-flight send cannot unsend it: if the service accepts that
        send, the item shows as sent (the truth), with its body purged all the same.
        """
        store = self._require_store()
        item = self._known(request_id)
        if item.finished:
            return item
        now = self._wall()
        await store.outbox_update(request_id, ItemState.CANCELLED, at=now)
        item = replace(item, state=ItemState.CANCELLED, updated_at=now, message=None,
                       next_attempt_at=None)
        self._set(item)
        return item

    def nudge(self) -> None:
        """The service just answered something else: stop waiting and try now."""
        if self._store is None:
            return
        for item in self.pending:
            if item.state is ItemState.SENDING and item.next_attempt_at is not None:
                self._due.pop(item.request_id, None)
                self._set(replace(item, next_attempt_at=None))
        self._wake.set()

    async def wait(self, request_id: str, timeout: float | None = None) -> OutboxItem:
        """Until the item is sent, failed or cancelled."""
        item = self._known(request_id)
        if item.state is not ItemState.SENDING:
            return item
        future: asyncio.Future[OutboxItem] = asyncio.get_running_loop().create_future()
        self._settled.setdefault(request_id, []).append(future)
        return await asyncio.wait_for(future, timeout)

    async def drain(self, timeout: float | None = None) -> list[OutboxItem]:
        """Until nothing is sending any more; returns the items that failed."""
        async def settle() -> None:
            while any(i.state is ItemState.SENDING for i in self._items.values()):
                sending = next(i for i in self._items.values() if i.state is ItemState.SENDING)
                await self.wait(sending.request_id)

        await asyncio.wait_for(settle(), timeout)
        return [i for i in self._items.values() if i.state is ItemState.FAILED]

    def _require_store(self) -> OutboxStore:
        if self._store is None:
            raise RuntimeError("the outbox is paused (locked or signed out)")
        return self._store

    def _known(self, request_id: str) -> OutboxItem:
        item = self._items.get(request_id)
        if item is None:
            raise KeyError(request_id)
        return item

    # -- the sender ----------------------------------------------------------------------

    def _next_due(self) -> OutboxItem | None:
        for item in self._items.values():
            if item.state is ItemState.SENDING:
                return item
        return None

    async def _run(self) -> None:
        while True:
            self._wake.clear()
            item = self._next_due()
            if item is None:
                await self._wake.wait()
                continue
            due = self._due.get(item.request_id)
            if due is not None:
                wait = due - asyncio.get_running_loop().time()
                if wait > 0:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), wait)
                    continue  # woken (nudge, retry, new item) or due: look again
                del self._due[item.request_id]
            try:
                await self._send(item)
            except (asyncio.CancelledError, KeyboardInterrupt, SystemExit):
                raise
            except Exception as exc:  # a defect: report it, keep the item, try again later
                asyncio.get_running_loop().call_exception_handler({
                    "message": "the outbox could not send an item", "exception": exc})
                self._due[item.request_id] = (asyncio.get_running_loop().time()
                                              + self.backoff.cap)

    async def _send(self, item: OutboxItem) -> None:
        store = self._require_store()
        body_text = await store.outbox_body(item.request_id)
        attempts = item.attempts + 1
        if body_text is None:
            await self._finish(store, item, ItemState.FAILED, attempts, None, None, GONE)
            return
        body = json.loads(body_text)
        del body_text
        path = self._paths[item.request_id]
        try:
            status, answer = await self._sender(path, body)
            if item.kind in KEEP_ANSWER:
                self._answers[item.request_id] = answer
        except ContractViolation as exc:
            if exc.status is not None and 200 <= exc.status < 300:
                # Accepted, with a reply this version cannot read: it is at the service.
                await self._finish(store, item, ItemState.SENT, attempts, exc.status, None, None)
                return
            await self._later(store, item, attempts, exc)
            return
        except ApiError as exc:
            if _transient(exc):
                await self._later(store, item, attempts, exc)
                return
            problem = exc.kind.value if exc.kind is not None else None
            await self._finish(store, item, ItemState.FAILED, attempts, exc.status, problem,
                               exc.message)
            return
        finally:
            del body  # the only copy in memory outside the cache's worker
        await self._finish(store, item, ItemState.SENT, attempts, status, None, None)

    async def _later(self, store: OutboxStore, item: OutboxItem, attempts: int,
                     exc: ApiError) -> None:
        now = self._wall()
        delay = self.backoff.delay(attempts, self._rng)
        retry_after = exc.problem.retry_after if exc.problem is not None else None
        if retry_after:
            delay = max(delay, float(retry_after))
        await store.outbox_update(item.request_id, ItemState.SENDING, at=now, attempts=attempts)
        current = self._items.get(item.request_id, item)
        if current.state is not ItemState.SENDING:
            return  # cancelled while this attempt was on the wire
        self._due[item.request_id] = asyncio.get_running_loop().time() + delay
        self._set(replace(current, attempts=attempts, updated_at=now, message=exc.message,
                          next_attempt_at=now + dt.timedelta(seconds=delay)))

    async def _finish(self, store: OutboxStore, item: OutboxItem, state: ItemState,
                      attempts: int, status: int | None, problem: str | None,
                      message: str | None) -> None:
        now = self._wall()
        current = self._items.get(item.request_id, item)
        if current.state is ItemState.CANCELLED and state is not ItemState.SENT:
            return
        await store.outbox_update(item.request_id, state, at=now, attempts=attempts,
                                  http_status=status, problem=problem)
        self._set(replace(current, state=state, attempts=attempts, updated_at=now,
                          http_status=status, problem=problem, message=message,
                          next_attempt_at=None))


# -- the workflow writes (cpdesk.contract "Workflows"), each validated before it is kept ----


def _body(model: type[BaseModel], **fields: Any) -> dict[str, Any]:
    fields.setdefault("request_id", new_request_id())
    return model.model_validate(fields).model_dump(mode="json", exclude_none=True)


def shielding_request(child_id: str, ground: str, justification: str, on_behalf_of: str,
                      *, include_household: bool = False, urgent: bool = False) -> Write:
    body = _body(ShieldingRequestCreate, child_id=child_id, ground=ground,
                 justification=justification, on_behalf_of=on_behalf_of,
                 include_household=include_household, urgent=urgent)
    return Write("shielding.request", "/v1/shielding/requests", body, child_id)


def withdraw_shielding_request(request_id: str, child_id: str | None = None) -> Write:
    return Write("shielding.withdraw", f"/v1/shielding/requests/{request_id}/withdraw",
                 _body(Action), child_id)


def shielding_decision(request_id: str, decision: str, reason: str, *,
                       child_ids: Sequence[str] = (), exclude_reason: str | None = None,
                       review_on: str | None = None, child_id: str | None = None) -> Write:
    body = _body(ShieldingDecision, decision=decision, reason=reason, child_ids=list(child_ids),
                 exclude_reason=exclude_reason, review_on=review_on)
    return Write("shielding.decision", f"/v1/shielding/requests/{request_id}/decision", body,
                 child_id)


def interim_shield(child_ids: Sequence[str], ground: str, justification: str) -> Write:
    body = _body(InterimShieldCreate, child_ids=list(child_ids), ground=ground,
                 justification=justification)
    return Write("shields.interim", "/v1/shields", body, child_ids[0] if child_ids else None)


def confirm_shield(child_id: str, reason: str) -> Write:
    return Write("shields.confirm", f"/v1/shields/{child_id}/confirm",
                 _body(ShieldConfirm, reason=reason), child_id)


def review_shield(child_id: str, outcome: str, reason: str, *, review_on: str | None = None,
                  child_ids: Sequence[str] = ()) -> Write:
    body = _body(ShieldReview, outcome=outcome, reason=reason, review_on=review_on,
                 child_ids=list(child_ids))
    return Write("shields.review", f"/v1/shields/{child_id}/review", body, child_id)


def contact_request(child_id: str, ref: str, message: str, *, phone: str | None = None,
                    email: str | None = None) -> Write:
    callback = {k: v for k, v in (("phone", phone), ("email", email)) if v is not None}
    body = _body(ContactRequestCreate, ref=ref, message=message, callback=callback)
    return Write("contact.request", f"/v1/children/{child_id}/contact-requests", body, child_id)


def close_contact_request(request_id: str, outcome: str, note: str,
                          child_id: str | None = None) -> Write:
    return Write("contact.close", f"/v1/contact-requests/{request_id}/close",
                 _body(ContactRequestClose, outcome=outcome, note=note), child_id)


def consent_override(child_id: str, ref: str, reason: str) -> Write:
    return Write("consent.override",
                 f"/v1/children/{child_id}/involvements/{ref}/consent-override",
                 _body(ConsentOverride, reason=reason), child_id)


# -- mediated access, the helpdesk, user managers, data issues (issue 12) ------------------


def mediation_start(practitioner: str, purpose: str,
                    mediated_request_id: str | None = None) -> Write:
    body = _body(MediationStart, practitioner=practitioner, purpose=purpose,
                 mediated_request_id=mediated_request_id)
    return Write("mediation.start", "/v1/mediation/sessions", body)


def mediation_end(mediation_id: str) -> Write:
    return Write("mediation.end", f"/v1/mediation/sessions/{mediation_id}/end", _body(Action))


def passed_on(mediation_id: str, child_id: str, items: Sequence[tuple[str, str]]) -> Write:
    """``items``: (kind, ref) pairs, kind ``carer`` or ``involvement``."""
    body = _body(PassedOn, child_id=child_id,
                 items=[{"kind": kind, "ref": ref} for kind, ref in items])
    return Write("mediation.passed_on", f"/v1/mediation/sessions/{mediation_id}/passed-on",
                 body, child_id)


def mediated_request(practitioner: str, child: dict[str, str], urgency: str, *,
                     phone: str | None = None, email: str | None = None) -> Write:
    callback = {k: v for k, v in (("phone", phone), ("email", email)) if v}
    body = _body(MediatedRequestCreate, practitioner=practitioner,
                 child={k: v for k, v in child.items() if v}, urgency=urgency,
                 callback=callback)
    return Write("mediated.request", "/v1/mediated-requests", body)


def claim_request(request_id: str) -> Write:
    return Write("mediated.claim", f"/v1/mediated-requests/{request_id}/claim", _body(Action))


def fulfil_request(request_id: str, mediation_id: str, note: str) -> Write:
    return Write("mediated.fulfil", f"/v1/mediated-requests/{request_id}/fulfil",
                 _body(Fulfil, mediation_id=mediation_id, note=note))


def decline_request(request_id: str, reason: str) -> Write:
    return Write("mediated.decline", f"/v1/mediated-requests/{request_id}/decline",
                 _body(Decline, reason=reason))


def enquiry(caller_type: str, category: str, summary: str, route_to: str, *,
            caller_username: str | None = None) -> Write:
    body = _body(EnquiryCreate, caller_type=caller_type, caller_username=caller_username,
                 category=category, summary=summary, route_to=route_to)
    return Write("enquiry.log", "/v1/enquiries", body)


def enquiry_status(request_id: str, status: str, note: str) -> Write:
    return Write("enquiry.status", f"/v1/enquiries/{request_id}/status",
                 _body(EnquiryStatus, status=status, note=note))


USER_ACTIONS: Final = ("suspend", "reinstate", "revoke-token")


def user_action(username: str, action: str, reason: str) -> Write:
    if action not in USER_ACTIONS:
        raise ValueError("not a user manager's action")
    return Write(f"user.{action.replace('-', '_')}", f"/v1/users/{username}/{action}",
                 _body(UserAction, reason=reason))


def enrol_card(username: str, auth_public_key: str) -> Write:
    return Write("user.token", f"/v1/users/{username}/token",
                 _body(TokenEnrolment, auth_public_key=auth_public_key))


def data_issue(child_id: str, field: str, suggested: str, note: str) -> Write:
    body = _body(DataIssueCreate, field=field, suggested=suggested, note=note)
    return Write("data_issue.report", f"/v1/children/{child_id}/data-issues", body, child_id)


def resolve_issue(request_id: str, outcome: str, note: str,
                  child_id: str | None = None) -> Write:
    return Write("data_issue.resolve", f"/v1/data-issues/{request_id}/resolve",
                 _body(DataIssueResolve, outcome=outcome, note=note), child_id)


__all__ = [
    "NOT_KEPT", "Backoff", "ItemState", "Outbox", "OutboxItem", "OutboxStore", "Write",
    "new_request_id",
]
