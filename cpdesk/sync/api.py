"""The client side of the directory contract: typed async calls over httpx.

Everything the service says is validated against ``cpdesk.contract`` before anything else
sees it; an oversized, malformed or off-contract reply becomes a :class:`ContractViolation`
with a plain-English message, never a crash. Every refusal reason the service can give has
its own message here, so the user is told what happened and what to do next.

Plain HTTP is allowed to loopback only (the embedded training service); anything else must
be HTTPS verified against the configured CA bundle.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import re
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, Final, Literal, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from cpdesk.contract import (
    MEDIATION_HEADER,
    AccessLog,
    ActivityResponse,
    AlertList,
    ChallengeRequest,
    ChallengeResponse,
    ChildRecord,
    ContactRequestList,
    DataIssueList,
    EnquiryList,
    LogoutRequest,
    MediatedRequestList,
    PractitionerCheck,
    Problem,
    ProblemType,
    Progress,
    Receipt,
    RecentRequest,
    RecentResponse,
    RenewRequest,
    ScenarioList,
    SearchRequest,
    SearchResponse,
    ServiceStatus,
    SessionRequest,
    SessionResponse,
    ShieldingRequest,
    ShieldingRequestList,
    ShieldList,
    VerifyPractitioner,
    login_message,
)

MAX_RESPONSE_BYTES: Final = 2 * 1024 * 1024
_CHILD_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{1,39}")
_UUID: Final = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                          r"[0-9a-fA-F]{12}")
_WRITE_PATH: Final = re.compile(r"/v1(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,63}){1,6}")
Signer = Callable[[bytes], Awaitable[bytes]]
RealmKind = Literal["training", "production"]
M = TypeVar("M", bound=BaseModel)

UNREACHABLE: Final = (
    "The directory service did not answer. Check your network connection, then try again."
)
UNTRUSTED: Final = (
    "The directory service's certificate could not be verified, so cpdesk did not connect. "
    "Call your helpdesk: the service address or the CA bundle setting may be wrong."
)
OFF_CONTRACT: Final = (
    "The directory service sent a reply this version of cpdesk cannot read. "
    "Try again; if it keeps happening, call your helpdesk."
)

MESSAGES: Final[dict[ProblemType, str]] = {
    ProblemType.MALFORMED: "cpdesk sent a request the service could not read. "
    "Try again; if it keeps happening, call your helpdesk.",
    ProblemType.INVALID: "Some of the details are not in a form the service accepts. "
    "Check them and try again.",
    ProblemType.TOO_LARGE: "The request was too large for the service. Use fewer details.",
    ProblemType.MEDIA_TYPE: "cpdesk sent a request the service could not read. "
    "Call your helpdesk.",
    ProblemType.NOT_FOUND: "There is no record with this ID, or it is no longer available.",
    ProblemType.METHOD: "The service does not support this action. Call your helpdesk.",
    ProblemType.UNAUTHENTICATED: "You are no longer signed in. Unlock cpdesk to carry on.",
    ProblemType.FORBIDDEN: "Your role does not allow this. Ask your ContactPoint manager "
    "if you need it.",
    ProblemType.SEARCH_INPUT: "Add more details to search.",
    ProblemType.REASON_TEXT: "Say why you are opening this record.",
    ProblemType.BAD_CREDENTIALS: "The username, password or security token was not "
    "recognised. Check them and try again.",
    ProblemType.CHALLENGE: "Signing in took too long. Try again.",
    ProblemType.TOKEN_REVOKED: "Your security token has been revoked. Call your helpdesk "
    "for a new one.",
    ProblemType.CRB_EXPIRED: "Your CRB disclosure is more than three years old, so you "
    "cannot sign in. Ask your user manager to update it.",
    ProblemType.TRAINING: "You need to complete ContactPoint training before you can sign "
    "in. Ask your ContactPoint trainer.",
    ProblemType.SUSPENDED: "Your account is suspended. Call your user manager.",
    ProblemType.NOT_ACCREDITED: "Your organisation is not accredited to use the directory. "
    "Call your user manager.",
    ProblemType.RATE_LIMITED: "Too many attempts. Wait a few minutes, then try again.",
    ProblemType.SESSION_ENDED: "Your session has ended. Sign in again with your password, "
    "token and PIN.",
    ProblemType.REQUEST_ID_REUSED: "cpdesk sent this request twice with different details. "
    "Cancel it and make it again.",
    ProblemType.CONFLICT: "This was already done, or can no longer be done. Refresh to see "
    "where it stands.",
    ProblemType.HOUSEHOLD: "Other children live at the same address. Include them, or say "
    "why the address no longer applies to them.",
    ProblemType.PRACTITIONER_NOT_AUTHORISED: "That practitioner is not an authorised user you "
    "can search for. Check who they are, or ask them to call their user manager.",
    ProblemType.MEDIATION_ENDED: "The mediation has ended. Start a new one to carry on.",
}


class ApiError(Exception):
    """A refusal or failure, with a message fit to show the user as it is."""

    def __init__(self, message: str, *, kind: ProblemType | None = None,
                 status: int | None = None, problem: Problem | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.status = status
        self.problem = problem


class ServiceUnreachable(ApiError):
    """The service could not be reached, or did not answer in time."""


class ContractViolation(ApiError):
    """The service answered with something outside the contract."""


class NotSignedIn(ApiError):
    """A call needing a session was made without one (locked or signed out)."""


class RealmRefused(ApiError):
    """The service offered a realm other than the one this computer expects: nothing was
    signed and no password was sent."""


def _kind_of(training: bool) -> RealmKind:
    return "training" if training else "production"


@dataclass(frozen=True)
class RealmGuard:
    """Which realm this client may sign into at its service address.

    ``expected`` (the realm's name) and ``kind`` come from the settings; when ``expected`` is
    unset, ``pinned`` is the realm first signed into at this address, and ``pin`` is called
    to remember the realm of a first sign-in.
    """

    expected: str | None = None
    kind: RealmKind | None = None
    pinned: str | None = None
    pin: Callable[[str], None] | None = None

    def refusal(self, challenge: ChallengeResponse, service_url: str,
                current: str | None = None) -> str | None:
        """The message refusing ``challenge``'s realm, or ``None`` when it is the right one.

        ``current`` is the realm of the session being renewed: a renewal never changes realm.
        """
        offered = f"\u201c{challenge.realm}\u201d ({_kind_of(challenge.training)})"
        where = f"the service at {service_url} offered the realm {offered}"
        name: str | None
        if self.expected is not None:
            name, ours = self.expected, "this computer is set up for the realm"
        elif current is not None:
            name, ours = current, "you are signed in to the realm"
        else:
            name, ours = self.pinned, "this computer signs in at this address to the realm"
        if name is not None and challenge.realm != name:
            return (f"cpdesk did not sign in: {ours} \u201c{name}\u201d, but {where}. "
                    "Nothing was sent. Call your helpdesk.")
        if self.kind is not None and _kind_of(challenge.training) != self.kind:
            return (f"cpdesk did not sign in: this computer is set up for a {self.kind} "
                    f"realm, but {where}. Nothing was sent. Call your helpdesk.")
        return None


def check_url(base_url: str) -> str:
    """Refuse anything but HTTPS, except plain HTTP to this machine's loopback."""
    parts = urlsplit(base_url)
    if parts.scheme == "https" and parts.hostname:
        return base_url.rstrip("/")
    if parts.scheme == "http" and parts.hostname:
        host = parts.hostname
        if host == "localhost":
            return base_url.rstrip("/")
        try:
            if ipaddress.ip_address(host).is_loopback:
                return base_url.rstrip("/")
        except ValueError:
            pass
        raise ValueError("plain HTTP is allowed only to this computer; use an https:// address")
    raise ValueError("the service address must start with https://")


def message_for(problem: Problem | None, status: int) -> tuple[str, ProblemType | None]:
    kind = ProblemType.from_uri(problem.type) if problem else None
    if kind is ProblemType.SEARCH_INPUT and problem and problem.detail:
        return problem.detail, kind
    if kind is not None:
        return MESSAGES.get(kind, "The directory service refused the request. "
                            "Call your helpdesk."), kind
    if status >= 500:
        return "The directory service had a problem. Try again in a few minutes.", None
    return "The directory service refused the request. Call your helpdesk.", None


class DirectoryClient:
    """One user's connection to the directory service; holds the session, never child data."""

    def __init__(self, base_url: str, *, ca_bundle: str | None = None, timeout: float = 10.0,
                 transport: httpx.AsyncBaseTransport | None = None,
                 max_response_bytes: int = MAX_RESPONSE_BYTES,
                 realm_guard: RealmGuard | None = None) -> None:
        self.base_url = check_url(base_url)
        self.realm_guard = realm_guard or RealmGuard()
        verify: ssl.SSLContext | bool = True
        if ca_bundle:
            verify = ssl.create_default_context(cafile=ca_bundle)
        self._http = httpx.AsyncClient(
            base_url=self.base_url, verify=verify, timeout=timeout, transport=transport,
            headers={"Accept": "application/json", "User-Agent": "cpdesk"},
            follow_redirects=False,
        )
        self.max_response_bytes = max_response_bytes
        self.session: SessionResponse | None = None
        self._access_token: str | None = None
        self.last_server_ms: float | None = None

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- transport -----------------------------------------------------------------------

    async def _call(self, method: str, path: str, model: type[M], *,
                    body: BaseModel | None = None, params: dict[str, str] | None = None,
                    auth: bool = True, mediation: str | None = None) -> M:
        raw = await self._raw(method, path, body=body, params=params, auth=auth,
                              mediation=mediation)
        try:
            return model.model_validate_json(raw)
        except ValidationError:
            raise ContractViolation(OFF_CONTRACT) from None

    async def _raw(self, method: str, path: str, *, body: BaseModel | None = None,
                   params: dict[str, str] | None = None, auth: bool = True,
                   mediation: str | None = None) -> bytes:
        content = body.model_dump_json(exclude_none=True).encode() if body else None
        return (await self._exchange(method, path, content, params=params, auth=auth,
                                     mediation=mediation))[1]

    async def _exchange(self, method: str, path: str, content: bytes | None, *,
                        params: dict[str, str] | None = None,
                        auth: bool = True, mediation: str | None = None) -> tuple[int, bytes]:
        headers = {}
        if mediation is not None:
            # Inside a mediation: acting for the practitioner, seeing what both may see.
            if not _UUID.fullmatch(mediation):
                raise ValueError("not a mediation ID")
            headers[MEDIATION_HEADER] = mediation
        if auth:
            if self._access_token is None:
                raise NotSignedIn(MESSAGES[ProblemType.UNAUTHENTICATED],
                                  kind=ProblemType.UNAUTHENTICATED)
            headers["Authorization"] = f"Bearer {self._access_token}"
        if content is not None:
            headers["Content-Type"] = "application/json"
        try:
            async with self._http.stream(method, path, content=content, params=params,
                                         headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_response_bytes:
                    raise ContractViolation(OFF_CONTRACT, status=response.status_code)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_response_bytes:
                        raise ContractViolation(OFF_CONTRACT, status=response.status_code)
                    chunks.append(chunk)
                self.last_server_ms = response.elapsed.total_seconds() * 1000
        except httpx.ConnectError as exc:
            if isinstance(exc.__context__, ssl.SSLCertVerificationError) or (
                    "CERTIFICATE_VERIFY_FAILED" in str(exc)):
                raise ServiceUnreachable(UNTRUSTED) from None
            raise ServiceUnreachable(UNREACHABLE) from None
        except httpx.TransportError:
            raise ServiceUnreachable(UNREACHABLE) from None
        data = b"".join(chunks)
        if response.status_code >= 400:
            self._raise_problem(response.status_code, data)
        if response.status_code == 204:
            return 204, b""
        if not response.headers.get("content-type", "").startswith("application/json"):
            raise ContractViolation(OFF_CONTRACT, status=response.status_code)
        return response.status_code, data

    def _raise_problem(self, status: int, data: bytes) -> None:
        try:
            problem: Problem | None = Problem.model_validate_json(data)
        except ValidationError:
            problem = None
        message, kind = message_for(problem, status)
        if kind in (ProblemType.UNAUTHENTICATED, ProblemType.SESSION_ENDED):
            self._access_token = None
        if kind is ProblemType.SESSION_ENDED:
            self.session = None
        raise ApiError(message, kind=kind, status=status, problem=problem)

    # -- authentication --------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self._access_token is not None

    async def status(self) -> ServiceStatus:
        return await self._call("GET", "/v1/status", ServiceStatus, auth=False)

    async def _challenge(self, username: str,
                         current: str | None = None) -> tuple[ChallengeResponse, bytes]:
        """A fresh challenge, refused before anything is signed if its realm is not ours."""
        challenge = await self._call("POST", "/v1/auth/challenge", ChallengeResponse,
                                     body=ChallengeRequest(username=username), auth=False)
        refusal = self.realm_guard.refusal(challenge, self.base_url, current)
        if refusal is not None:
            raise RealmRefused(refusal)
        message = login_message(challenge.realm, username, challenge.challenge_id,
                                challenge.nonce)
        return challenge, message

    async def sign_in(self, username: str, password: str, signer: Signer) -> SessionResponse:
        """First sign-in: password and the token's signature over a fresh challenge."""
        challenge, message = await self._challenge(username)
        signature = base64.b64encode(await signer(message)).decode()
        session = await self._call(
            "POST", "/v1/auth/session", SessionResponse, auth=False,
            body=SessionRequest(username=username, password=password,
                                challenge_id=challenge.challenge_id, signature=signature),
        )
        self._accept(session)
        guard = self.realm_guard
        if guard.expected is None and guard.pinned is None:
            self.realm_guard = replace(guard, pinned=session.realm.name)
            if guard.pin is not None:
                guard.pin(session.realm.name)
        return session

    async def renew(self, signer: Signer) -> SessionResponse:
        """A fresh access token within the session: the token signs, no password asked."""
        if self.session is None:
            raise NotSignedIn(MESSAGES[ProblemType.SESSION_ENDED],
                              kind=ProblemType.SESSION_ENDED)
        challenge, message = await self._challenge(self.session.user.username,
                                                   self.session.realm.name)
        signature = base64.b64encode(await signer(message)).decode()
        session = await self._call(
            "POST", "/v1/auth/renew", SessionResponse, auth=False,
            body=RenewRequest(session_id=self.session.session_id,
                              challenge_id=challenge.challenge_id, signature=signature),
        )
        self._accept(session)
        return session

    def _accept(self, session: SessionResponse) -> None:
        self.session = session
        self._access_token = session.access_token

    def drop_access_token(self) -> None:
        """On lock: the access token goes, the session ID stays for the PIN-only unlock."""
        self._access_token = None

    async def sign_out(self) -> None:
        """End the session at the service: with the access token while unlocked, else (on
        the lock screen) with the session's logout token and no bearer."""
        try:
            if self._access_token is not None:
                await self._raw("POST", "/v1/auth/logout")
            elif self.session is not None:
                await self._raw("POST", "/v1/auth/logout", auth=False,
                                body=LogoutRequest(logout_token=self.session.logout_token))
        finally:
            self._access_token = None
            self.session = None

    # -- the directory ---------------------------------------------------------------------

    async def search(self, request: SearchRequest, *,
                     mediation: str | None = None) -> SearchResponse:
        return await self._call("POST", "/v1/search", SearchResponse, body=request,
                                mediation=mediation)

    async def record(self, child_id: str, reason: str,
                     reason_text: str | None = None, *,
                     mediation: str | None = None) -> ChildRecord:
        if not _CHILD_ID.fullmatch(child_id):
            raise ApiError("That is not a child ID. IDs are letters, digits and hyphens.")
        params = {"reason": reason}
        if reason_text:
            params["reason_text"] = reason_text
        return await self._call("GET", f"/v1/children/{child_id}", ChildRecord, params=params,
                                mediation=mediation)

    async def activity(self, limit: int = 100, before: int | None = None) -> ActivityResponse:
        params = {"limit": str(limit)}
        if before is not None:
            params["before"] = str(before)
        return await self._call("GET", "/v1/me/activity", ActivityResponse, params=params)

    async def post_write(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        """One workflow write (``cpdesk.contract`` "Workflows"): POST ``body`` — which carries
        its ``request_id`` — to ``path``; returns the status (201 made, 200 replayed or
        acted) and the JSON answer. Refusals raise :class:`ApiError` as every call does."""
        if not _WRITE_PATH.fullmatch(path):
            raise ValueError("not a workflow path")
        if not isinstance(body.get("request_id"), str):
            raise ValueError("every workflow write carries its request_id")
        content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        status, data = await self._exchange("POST", path, content)
        try:
            return status, json.loads(data) if data else None
        except ValueError:
            raise ContractViolation(OFF_CONTRACT, status=status) from None

    async def recent(self, child_ids: list[str], *,
                     mediation: str | None = None) -> RecentResponse:
        """Result lines for children the user opened recently (their own trail only)."""
        if not child_ids:
            return RecentResponse(items=[])
        for child_id in child_ids:
            if not _CHILD_ID.fullmatch(child_id):
                raise ApiError("That is not a child ID. IDs are letters, digits and hyphens.")
        return await self._call("POST", "/v1/me/recent", RecentResponse,
                                body=RecentRequest(child_ids=child_ids), mediation=mediation)

    # -- workflow reads: shielding, brokered contact, the management team's views ----------
    # (writes go through the durable outbox: cpdesk.sync.outbox and ``post_write``)

    async def shielding_requests(self, *, queue: str | None = None) -> ShieldingRequestList:
        """The caller's own shielding requests (newest first), or with ``queue="decision"``
        a ContactPoint manager's own-LA requests awaiting a decision."""
        params = {"queue": queue} if queue else {"mine": "true"}
        return await self._call("GET", "/v1/shielding/requests", ShieldingRequestList,
                                params=params)

    async def shielding_request(self, request_id: str) -> ShieldingRequest:
        if not _UUID.fullmatch(request_id):
            raise ApiError("That is not a request reference.")
        return await self._call("GET", f"/v1/shielding/requests/{request_id}",
                                ShieldingRequest)

    async def review_queue(self) -> ShieldList:
        """Own-LA shields due for review within 30 days, overdue first."""
        return await self._call("GET", "/v1/shields", ShieldList, params={"queue": "review"})

    async def contact_requests(self, *, queue: bool = False) -> ContactRequestList:
        """The caller's own requests for brokered contact, or the LA's queue (management)."""
        params = {"queue": "la"} if queue else {"mine": "true"}
        return await self._call("GET", "/v1/contact-requests", ContactRequestList,
                                params=params)

    async def alerts(self) -> AlertList:
        return await self._call("GET", "/v1/alerts", AlertList)

    async def access_log(self, child_id: str) -> AccessLog:
        """Who viewed this record (own-LA management team; newest 200)."""
        if not _CHILD_ID.fullmatch(child_id):
            raise ApiError("That is not a child ID. IDs are letters, digits and hyphens.")
        return await self._call("GET", f"/v1/children/{child_id}/access-log", AccessLog)

    # -- training (a training realm only: 404 in production) ----------------------------

    async def training_scenarios(self) -> ScenarioList:
        """The classroom's guided scenarios (anyone signed in to a training realm)."""
        return await self._call("GET", "/v1/training/scenarios", ScenarioList)

    async def training_progress(self, *, mine: bool) -> Progress:
        """Steps completed since the classroom's latest reset: the caller's own with
        ``mine``, else every trainee's (trainers only; 403 for others)."""
        params = {"mine": "true"} if mine else None
        return await self._call("GET", "/v1/training/progress", Progress, params=params)

    # -- mediated access, the helpdesk, data issues (issue 12) -------------------------------

    async def verify_practitioner(self, practitioner: str,
                                  request_id: str) -> PractitionerCheck:
        """Is this an authorised practitioner of my LA? A question asked while the caller is
        on the line, changing nothing: asked directly, never kept in the outbox."""
        return await self._call("POST", "/v1/mediation/verify", PractitionerCheck,
                                body=VerifyPractitioner(request_id=request_id,
                                                        practitioner=practitioner))

    async def mediated_requests(self, *, queue: str | None = None) -> MediatedRequestList:
        """The caller's own requests (``mine``), or a mediator's ``open``/``claimed`` queue."""
        params = {"queue": queue} if queue else {"mine": "true"}
        return await self._call("GET", "/v1/mediated-requests", MediatedRequestList,
                                params=params)

    async def receipt(self, request_id: str) -> Receipt:
        if not _UUID.fullmatch(request_id):
            raise ApiError("That is not a request reference.")
        return await self._call("GET", f"/v1/mediated-requests/{request_id}/receipt", Receipt)

    async def enquiries(self, queue: str) -> EnquiryList:
        """A team's queue of helpdesk calls (own LA)."""
        return await self._call("GET", "/v1/enquiries", EnquiryList, params={"queue": queue})

    async def data_issues(self, *, queue: bool = False) -> DataIssueList:
        """The caller's own reports, or (``queue``) the LA's data administrator's queue."""
        params = {"queue": "la"} if queue else {"mine": "true"}
        return await self._call("GET", "/v1/data-issues", DataIssueList, params=params)
