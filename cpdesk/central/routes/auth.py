"""Sign-in, renewal and sign-out: ``/v1/auth/*``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials

from cpdesk.central.deps import Note, Svc, bearer_scheme
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.routes.common import (
    AUTHED_PROBLEMS,
    COMMON_PROBLEMS,
    LOGIN_PROBLEMS,
    json_answer,
)
from cpdesk.contract import (
    ChallengeRequest,
    ChallengeResponse,
    LogoutRequest,
    ProblemType,
    RenewRequest,
    SessionRequest,
    SessionResponse,
)

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post("/challenge", response_model=ChallengeResponse, responses=COMMON_PROBLEMS,
             name="auth.challenge")
def challenge(body: ChallengeRequest, svc: Svc, note: Note) -> JSONResponse:
    """A single-use challenge for the token to sign; the same shape for any username."""
    return json_answer(svc.authenticator.challenge(body.username, note.address))


@router.post("/session", response_model=SessionResponse, responses=LOGIN_PROBLEMS,
             name="auth.login")
def session(body: SessionRequest, svc: Svc, note: Note) -> JSONResponse:
    """Sign in: the token's signature over the challenge, then the password."""
    result = svc.authenticator.login(body.username, body.password, body.challenge_id,
                                     body.signature, note.address)
    note.username = result.user.username
    return json_answer(result)


@router.post("/renew", response_model=SessionResponse, responses=LOGIN_PROBLEMS,
             name="auth.renew")
def renew(body: RenewRequest, svc: Svc, note: Note) -> JSONResponse:
    """A new access token within the session, on the token's signature alone."""
    result = svc.authenticator.renew(body.session_id, body.challenge_id, body.signature,
                                     note.address)
    note.username = result.user.username
    return json_answer(result)


@router.post("/logout", status_code=204, responses=AUTHED_PROBLEMS, response_class=Response,
             name="auth.logout")
def logout(
    svc: Svc,
    note: Note,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    body: Annotated[LogoutRequest | None, Body()] = None,
) -> Response:
    """End the session and every access token issued in it.

    Either with the access token as bearer, or — from a locked client, which has dropped its
    access token — with no bearer and the session's ``logout_token`` in the body.
    """
    if credentials is not None:
        viewer, session_id = svc.authenticator.resolve(credentials.credentials)
        note.username = viewer.username
        svc.authenticator.logout(session_id)
        return Response(status_code=204)
    username = svc.authenticator.logout_with_token(body.logout_token) if body else None
    if username is None:
        raise ServiceProblem(ProblemType.UNAUTHENTICATED, "There is no such session to end.")
    note.username = username
    return Response(status_code=204)
