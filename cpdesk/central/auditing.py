"""Auditing by construction: one middleware writes the audit entry of every request.

Routes only fill in the request's :class:`AuditNote` (who, which children, why); the
middleware writes it when the response starts — before a byte of the answer leaves — so no
route, present or future, can answer without its audit entry, and an entry that cannot be
written stops the answer instead.

What is written:

- a signed-in call: exactly one chain row, whatever the outcome (a refusal, a malformed
  body, an unknown path);
- anything else that fails (no or a bad bearer token, a failed sign-in): one count in the
  per-address-and-minute table, summarised into the chain once a minute — never a row per
  request, so nobody can fill the disk or bury real misuse by flooding the service;
- anything else that succeeds (the status page, a challenge): nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from starlette.concurrency import run_in_threadpool

from cpdesk.central.errors import ServiceProblem

if TYPE_CHECKING:
    from cpdesk.central.deps import Services

log = logging.getLogger("cpdesk.central.audit")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_NOTE: Final = "audit"
_AUDIT_FAILED: Final = (b'{"type":"about:blank","title":"The request could not be audited",'
                        b'"status":503}')


@dataclass
class AuditNote:
    """What a request's audit entry will say; routes fill it in as they learn it."""

    address: str
    path: str
    username: str | None = None
    action: str | None = None
    outcome: str | None = None
    child_ids: list[str] = field(default_factory=list)
    reason: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    bearer: str | None = None
    # (practitioner, mediation ID, purpose) when a mediator acts on someone's behalf.
    on_behalf_of: tuple[str, str, str] | None = None


def note_of(scope: Scope) -> AuditNote:
    """The request's note (the middleware puts one in every HTTP request's scope)."""
    note: AuditNote = scope["state"][_NOTE]
    return note


def _bearer(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() or None if scheme.lower() == "bearer" else None
    return None


class AuditMiddleware:
    """Writes each request's audit entry as its response starts (see the module's text)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        note = AuditNote(address=(client[0] if client else "unknown")[:64],
                         path=str(scope.get("path", ""))[:200], bearer=_bearer(scope))
        scope.setdefault("state", {})[_NOTE] = note
        services: Services = scope["app"].state.services
        refused = started = False

        async def audited_send(message: Message) -> None:
            nonlocal refused, started
            if message["type"] == "http.response.start":
                started = True
                try:
                    await write(services, scope, note, message["status"])
                except Exception:
                    log.exception("an audit entry could not be written; the answer is held back")
                    refused = True
                    await send({"type": "http.response.start", "status": 503, "headers": [
                        (b"content-type", b"application/problem+json"),
                        (b"content-length", str(len(_AUDIT_FAILED)).encode())]})
                    await send({"type": "http.response.body", "body": _AUDIT_FAILED})
                    return
            if not refused:
                await send(message)

        try:
            await self.app(scope, receive, audited_send)
        except Exception:
            if not started:
                # The error page is sent outside this middleware: audit the failure here.
                note.outcome = note.outcome or "error"
                await write(services, scope, note, 500)
            raise


async def write(services: Services, scope: Scope, note: AuditNote, status: int) -> None:
    """Write the note: a chain row for a signed-in caller, a count for a failed stranger.

    The chain row is awaited on the event loop (the audit writer appends it with others), so a
    request waiting for its entry holds none of the worker's request threads; the rarer work
    that reads or writes the database here goes to a thread.
    """
    username = note.username
    if username is None and note.bearer and status >= 400:
        # A signed-in caller refused before any route ran (unknown path, oversized body):
        # still their own row.
        username = await run_in_threadpool(_resolve, services, note.bearer)
    route = scope.get("route")
    action = note.action or getattr(route, "name", None) or "unknown"
    outcome = note.outcome or ("ok" if status < 400 else "refused")
    now = services.clock()
    minute = int(now.timestamp()) // 60
    if services.flushed.get("minute") != minute:
        # Once a minute per process: the minutes gone by become summary rows in the chain.
        services.flushed["minute"] = minute
        await run_in_threadpool(lambda: services.audit.flush_summaries(now=now))
    if username is not None:
        detail = dict(note.detail)
        if route is None:
            detail["path"] = note.path
        await services.audit.append_async(
            username=username, action=action, outcome=outcome, address=note.address,
            child_ids=note.child_ids, reason=note.reason, detail=detail, at=now,
            on_behalf_of=note.on_behalf_of)
    elif status >= 400:
        await run_in_threadpool(lambda: services.audit.record_unauthenticated(
            address=note.address, outcome=outcome, at=now))


def _resolve(services: Services, bearer: str) -> str | None:
    try:
        return services.authenticator.resolve(bearer)[0].username
    except ServiceProblem:
        return None
