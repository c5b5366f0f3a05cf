"""The HTTP API of the reference central service (FastAPI), under ``/v1``.

This layer is deliberately thin: it validates with the contract's models, resolves the
caller, asks ``auth``, ``search`` and ``policy`` for decisions, writes the audit entry and
serialises the answer. Every refusal leaves as an RFC 9457 problem document; no request,
however malformed, gets a 5xx.
"""


import datetime as dt
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any, Final
from zoneinfo import ZoneInfo

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from cpdesk.central import audit, records
from cpdesk.central.auth import Authenticator, Clock, RateLimits, realm, system_clock
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import RecordRefused, Viewer, record_view
from cpdesk.central.search import search as run_search
from cpdesk.contract import (
    MAX_BODY_BYTES,
    NO_CONTROLS_PATTERN,
    ActivityEntry,
    ActivityResponse,
    ChallengeRequest,
    ChallengeResponse,
    ChildRecord,
    FieldError,
    Problem,
    ProblemType,
    ReasonCode,
    RenewRequest,
    SearchRequest,
    SearchResponse,
    ServiceStatus,
    SessionRequest,
    SessionResponse,
)

LONDON: Final = ZoneInfo("Europe/London")
PROBLEM_MEDIA: Final = "application/problem+json"
_PROBLEM = {"model": Problem, "content": {PROBLEM_MEDIA: {}}}
COMMON_PROBLEMS: Final[dict[int | str, dict[str, Any]]] = {
    code: {**_PROBLEM, "description": text}
    for code, text in (
        (400, "Malformed request"),
        (413, "Request too large"),
        (415, "Request body is not JSON"),
        (422, "Request does not match the contract"),
        (429, "Rate limited"),
    )
}
AUTHED_PROBLEMS: Final[dict[int | str, dict[str, Any]]] = {
    **COMMON_PROBLEMS,
    401: {**_PROBLEM, "description": "Not signed in, or the access token expired"},
    403: {**_PROBLEM, "description": "The caller's role or account standing refuses this"},
}
LOGIN_PROBLEMS: Final[dict[int | str, dict[str, Any]]] = {
    **AUTHED_PROBLEMS,
    401: {**_PROBLEM, "description": "Bad credentials, or the challenge expired or was used"},
}

bearer_scheme = HTTPBearer(auto_error=False, description="The access token from /v1/auth/session")


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(problem.model_dump(mode="json", exclude_none=True),
                        status_code=problem.status, media_type=PROBLEM_MEDIA, headers=headers)


def _json(model: BaseModel, status: int = 200) -> JSONResponse:
    return JSONResponse(model.model_dump(mode="json", exclude_none=True), status_code=status)


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
        response = problem_response(ServiceProblem(kind).problem())
        await response(scope, receive, send)


def create_app(engine: Engine, *, clock: Clock = system_clock,
               limits: RateLimits | None = None) -> FastAPI:
    """The service over ``engine``; ``clock`` and ``limits`` are injectable for tests."""
    authenticator = Authenticator(engine, clock=clock, limits=limits)
    app = FastAPI(
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
    app.add_middleware(BodyLimit)
    app.state.engine = engine
    app.state.authenticator = authenticator

    def today() -> dt.date:
        return clock().astimezone(LONDON).date()

    def address(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def caller(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    ) -> Viewer:
        token = credentials.credentials if credentials else None
        try:
            viewer, session_id = authenticator.resolve(token)
        except ServiceProblem as problem:
            audit.append(engine, username="-", action="access", outcome=problem.kind.value,
                         address=address(request), detail={"path": request.url.path})
            raise
        request.state.session_id = session_id
        return viewer

    Caller = Annotated[Viewer, Depends(caller)]

    @app.exception_handler(ServiceProblem)
    async def on_problem(_request: Request, exc: ServiceProblem) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return problem_response(exc.problem(), headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        if any(e.get("type") == "json_invalid" for e in errors):
            return problem_response(ServiceProblem(
                ProblemType.MALFORMED, "The request body is not valid JSON.").problem())
        fields = [
            FieldError(field=".".join(str(p) for p in e.get("loc", ()))[:200] or "body",
                       message=str(e.get("msg", "invalid"))[:500])
            for e in errors[:50]
        ]
        return problem_response(ServiceProblem(
            ProblemType.INVALID, "Some values are missing or not allowed.", errors=fields,
        ).problem())

    @app.exception_handler(StarletteHTTPException)
    async def on_http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = {404: ProblemType.NOT_FOUND, 405: ProblemType.METHOD}.get(
            exc.status_code, ProblemType.MALFORMED)
        return problem_response(ServiceProblem(kind).problem())

    @app.exception_handler(Exception)
    async def on_crash(_request: Request, _exc: Exception) -> JSONResponse:
        problem = Problem(type="about:blank", title="Internal error", status=500)
        return problem_response(problem)

    @app.get("/v1/status", response_model=ServiceStatus, tags=["service"])
    def status() -> JSONResponse:
        """Whether the service is up, and which realm it serves (no sign-in needed)."""
        return _json(ServiceStatus(status="ok", realm=realm(engine)))

    @app.post("/v1/auth/challenge", response_model=ChallengeResponse, tags=["auth"],
              responses=COMMON_PROBLEMS)
    def challenge(body: ChallengeRequest, request: Request) -> JSONResponse:
        """A single-use challenge for the token to sign; the same shape for any username."""
        return _json(authenticator.challenge(body.username, address(request)))

    @app.post("/v1/auth/session", response_model=SessionResponse, tags=["auth"],
              responses=LOGIN_PROBLEMS)
    def session(body: SessionRequest, request: Request) -> JSONResponse:
        """Sign in: password plus the token's signature over the challenge."""
        try:
            result = authenticator.login(body.username, body.password, body.challenge_id,
                                         body.signature, address(request))
        except ServiceProblem as problem:
            audit.append(engine, username=body.username, action="auth.login",
                         outcome=problem.kind.value, address=address(request))
            raise
        audit.append(engine, username=body.username, action="auth.login", outcome="ok",
                     address=address(request))
        return _json(result)

    @app.post("/v1/auth/renew", response_model=SessionResponse, tags=["auth"],
              responses=LOGIN_PROBLEMS)
    def renew(body: RenewRequest, request: Request) -> JSONResponse:
        """A new access token within the session, on the token's signature alone."""
        try:
            result = authenticator.renew(body.session_id, body.challenge_id, body.signature,
                                         address(request))
        except ServiceProblem as problem:
            audit.append(engine, username="-", action="auth.renew",
                         outcome=problem.kind.value, address=address(request))
            raise
        audit.append(engine, username=result.user.username, action="auth.renew",
                     outcome="ok", address=address(request))
        return _json(result)

    @app.post("/v1/auth/logout", status_code=204, tags=["auth"], responses=AUTHED_PROBLEMS,
              response_class=Response)
    def logout(viewer: Caller, request: Request) -> Response:
        """End the session and every access token issued in it."""
        authenticator.logout(request.state.session_id)
        audit.append(engine, username=viewer.username, action="auth.logout", outcome="ok",
                     address=address(request))
        return Response(status_code=204)

    @app.post("/v1/search", response_model=SearchResponse, tags=["directory"],
              responses=AUTHED_PROBLEMS)
    def search(body: SearchRequest, viewer: Caller, request: Request) -> JSONResponse:
        """Find children; every child ID returned is written to the audit log."""
        criteria = body.model_dump(exclude_none=True)
        try:
            result = run_search(engine, viewer, body, today=today())
        except ServiceProblem as problem:
            audit.append(engine, username=viewer.username, action="search",
                         outcome=problem.kind.value, address=address(request),
                         detail={"criteria": criteria})
            raise
        audit.append(engine, username=viewer.username, action="search", outcome=result.status,
                     address=address(request), child_ids=[r.id for r in result.results],
                     detail={"criteria": criteria})
        return _json(result)

    @app.get("/v1/children/{child_id}", response_model=ChildRecord, tags=["directory"],
             responses={**AUTHED_PROBLEMS,
                        404: {**_PROBLEM, "description": "No such child for this caller"}})
    def child(
        child_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{1,39}$")],
        reason: Annotated[ReasonCode, Query(description="Why the record is being opened")],
        viewer: Caller,
        request: Request,
        reason_text: Annotated[
            str | None, Query(min_length=1, max_length=500, pattern=NO_CONTROLS_PATTERN)
        ] = None,
    ) -> JSONResponse:
        """A child's record as the caller's role may see it; the view is audited."""

        def refuse(outcome: str, problem: ServiceProblem) -> ServiceProblem:
            audit.append(engine, username=viewer.username, action="record.view",
                         outcome=outcome, address=address(request), child_ids=[child_id],
                         reason=reason, detail={"reason_text": reason_text})
            return problem

        if reason == "other" and not (reason_text and reason_text.strip()):
            raise refuse("refused", ServiceProblem(
                ProblemType.REASON_TEXT, "Say why you are opening this record.",
                missing=["reason_text"]))
        stored = records.load(engine, child_id)
        if stored is None:
            raise refuse("not-found", ServiceProblem(ProblemType.NOT_FOUND,
                                                     "There is no record with this ID."))
        try:
            view = record_view(viewer, stored, today=today())
        except RecordRefused as refusal:
            if refusal.status == 404:
                raise refuse("not-found", ServiceProblem(
                    ProblemType.NOT_FOUND, "There is no record with this ID.")) from None
            raise refuse("refused", ServiceProblem(
                ProblemType.FORBIDDEN, "Your role does not include viewing records.")) from None
        audit.append(engine, username=viewer.username, action="record.view", outcome="shown",
                     address=address(request), child_ids=[child_id], reason=reason,
                     detail={"reason_text": reason_text, "view": view.view})
        return _json(view)

    @app.get("/v1/me/activity", response_model=ActivityResponse, tags=["directory"],
             responses=AUTHED_PROBLEMS)
    def activity(
        viewer: Caller,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
        before: Annotated[int | None, Query(ge=1)] = None,
    ) -> JSONResponse:
        """The caller's own audit trail, newest first: actions, child IDs, reasons."""
        rows = audit.entries_for(engine, viewer.username, limit=limit, before=before)
        entries = [
            ActivityEntry(
                seq=row["seq"],
                at=dt.datetime.fromisoformat(row["at"].replace("Z", "+00:00")),
                action=row["action"],
                outcome=row["outcome"],
                child_ids=_ids(row["child_ids"]),
                reason=row["reason"],
            )
            for row in rows
        ]
        return _json(ActivityResponse(entries=entries))

    return app


def _ids(raw: str) -> list[str]:
    value = json.loads(raw)
    return [str(v) for v in value][:50] if isinstance(value, list) else []
