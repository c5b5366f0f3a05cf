"""The HTTP API of the reference central service (FastAPI), under ``/v1``.

``create_app`` assembles the service: the routers (one module per area under ``routes/``),
the dependencies every route gets (``deps``), the middleware that audits every request
(``auditing``) and the one that caps bodies, and the handlers that turn every refusal into
an RFC 9457 problem document. No request, however malformed, gets a 5xx.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any, Final

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from cpdesk.central.audit import AuditLog
from cpdesk.central.auditing import AuditMiddleware, note_of
from cpdesk.central.auth import Authenticator, Clock, RateLimits, system_clock
from cpdesk.central.deps import Services
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.routes import (
    auth,
    brokering,
    directory,
    helpdesk,
    me,
    mediation,
    service,
    shielding,
    training,
)
from cpdesk.central.routes.common import problem_response
from cpdesk.contract import MAX_BODY_BYTES, FieldError, Problem, ProblemType

ROUTERS = (service.router, auth.router, directory.router, me.router, shielding.router,
           brokering.router, mediation.router, helpdesk.router, training.router)


class BodyLimit:
    """Refuses bodies over the cap, and non-JSON bodies, before any parsing happens."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: MutableMapping[str, Any],
                       receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
                       send: Callable[[MutableMapping[str, Any]], Awaitable[None]]) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send, ProblemType.TOO_LARGE)
            return
        body = b""
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                await self._refuse(scope, receive, send, ProblemType.TOO_LARGE)
                return
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if body and media != "application/json" and not media.endswith("+json"):
            await self._refuse(scope, receive, send, ProblemType.MEDIA_TYPE)
            return
        sent = False

        async def replay() -> MutableMapping[str, Any]:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(scope: MutableMapping[str, Any], receive: Any, send: Any,
                      kind: ProblemType) -> None:
        note_of(scope).outcome = kind.value
        response = problem_response(ServiceProblem(kind).problem())
        await response(scope, receive, send)


def _refused(request: Request, kind: ProblemType) -> None:
    note = note_of(request.scope)
    if note.outcome is None:
        note.outcome = kind.value


# Requests a worker process works on at once: its routes are plain functions, run in a
# thread pool (FastAPI's), and one process runs Python in one thread at a time. With the
# default 40 threads, a thread back from the database waited behind dozens of others for its
# turn — under a load of 32 connections the audit chain's lock was held 70 ms a batch, and a
# worker sat idle for a third of the time; with 8, a worker served 11-16 % more requests a
# second and the lock was held about 20 ms (measured at 1 M children, docs/scale.md). Others
# wait in the event loop, which costs nothing.
REQUEST_THREADS: Final = 8


@contextlib.asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    anyio.to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
    yield


def create_app(engine: Engine, *, audit_key: bytes, clock: Clock = system_clock,
               limits: RateLimits | None = None) -> FastAPI:
    """The service over ``engine``; ``clock`` and ``limits`` are injectable for tests."""
    app = FastAPI(
        lifespan=_lifespan,
        title="cpdesk central directory service",
        version="1.0.0",
        description=(
            "Reference implementation of the directory contract used by the cpdesk desk "
            "client. Every disclosure rule is enforced here. Errors are RFC 9457 problem "
            "documents whose `type` is `urn:cpdesk:problem:<reason>`."
        ),
        openapi_url="/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.services = Services(
        engine=engine,
        authenticator=Authenticator(engine, clock=clock, limits=limits),
        audit=AuditLog(engine, audit_key),
        clock=clock,
    )
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(BodyLimit)
    app.add_middleware(AuditMiddleware)  # outermost: it sees every answer, refusals too

    @app.exception_handler(ServiceProblem)
    async def on_problem(request: Request, exc: ServiceProblem) -> JSONResponse:
        _refused(request, exc.kind)
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return problem_response(exc.problem(), headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        if any(e.get("type") == "json_invalid" for e in errors):
            _refused(request, ProblemType.MALFORMED)
            return problem_response(ServiceProblem(
                ProblemType.MALFORMED, "The request body is not valid JSON.").problem())
        _refused(request, ProblemType.INVALID)
        fields = [
            FieldError(field=".".join(str(p) for p in e.get("loc", ()))[:200] or "body",
                       message=str(e.get("msg", "invalid"))[:500])
            for e in errors[:50]
        ]
        return problem_response(ServiceProblem(
            ProblemType.INVALID, "Some values are missing or not allowed.", errors=fields,
        ).problem())

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = {404: ProblemType.NOT_FOUND, 405: ProblemType.METHOD}.get(
            exc.status_code, ProblemType.MALFORMED)
        _refused(request, kind)
        return problem_response(ServiceProblem(kind).problem())

    @app.exception_handler(Exception)
    async def on_crash(_request: Request, _exc: Exception) -> JSONResponse:
        problem = Problem(type="about:blank", title="Internal error", status=500)
        return problem_response(problem)

    return app
