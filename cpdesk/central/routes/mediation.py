"""Mediated access: ``/v1/mediation/*`` and the request inbox ``/v1/mediated-requests*``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from sqlalchemy import Connection

from cpdesk.central import mediation
from cpdesk.central.auth import Limit
from cpdesk.central.db import reading
from cpdesk.central.deps import Caller, Note, Svc
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import may_verify_practitioners
from cpdesk.central.routes.common import json_answer
from cpdesk.central.routes.shielding import UUID_PATH
from cpdesk.central.routes.workflow import WORKFLOW_PROBLEMS, clock_of, write
from cpdesk.central.shielding import forbidden, not_found
from cpdesk.contract import (
    Action,
    Decline,
    Fulfil,
    MediatedRequest,
    MediatedRequestCreate,
    MediatedRequestList,
    Mediation,
    MediationStart,
    PassedOn,
    PassedOnRecord,
    PractitionerCheck,
    ProblemType,
    Receipt,
    VerifyPractitioner,
)

router = APIRouter(prefix="/v1", tags=["mediated access"], responses=WORKFLOW_PROBLEMS)
ItemId = Annotated[str, Path(pattern=UUID_PATH)]
VERIFY_LIMIT = Limit(30, 60)  # per caller: enough for a busy desk, not for trawling


@router.post("/mediation/verify", response_model=PractitionerCheck, name="mediation.verify")
def verify(body: VerifyPractitioner, viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    """Is the person on the phone an authorised practitioner of my LA? (mediator, helpdesk)"""
    clock = clock_of(svc)

    def authorize(_conn: Connection | None) -> None:
        if not may_verify_practitioners(viewer):
            raise forbidden("verifying practitioners")

    authorize(None)  # a role check: no connection needed
    # Counted before the write's transaction (a throttle is its own small transaction).
    limiter = svc.authenticator.throttles
    if limiter.hit(f"verify:{viewer.username}", VERIFY_LIMIT) > VERIFY_LIMIT.count:
        wait = limiter.retry_after(f"verify:{viewer.username}", VERIFY_LIMIT)
        raise ServiceProblem(ProblemType.RATE_LIMITED, "Too many checks in a minute.",
                             retry_after=wait or VERIFY_LIMIT.window)

    def perform(conn: Connection) -> tuple[int, PractitionerCheck]:
        check = mediation.verify(conn, viewer, body.practitioner, clock)
        note.outcome = check.status.replace("_", "-")
        return 200, check

    return write(svc, viewer, note, route="mediation.verify", body=body, authorize=authorize,
                 perform=perform)


@router.post("/mediation/sessions", status_code=201, response_model=Mediation,
             name="mediation.start")
def start(body: MediationStart, viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    """Start 30 minutes of searching on an authorised practitioner's behalf (mediators)."""
    clock = clock_of(svc)
    note.detail = {"purpose": body.purpose}
    note.outcome = "started"

    def authorize(_conn: Connection) -> None:
        if "mediator" not in viewer.roles:
            raise forbidden("mediating")

    return write(svc, viewer, note, route="mediation.start", body=body, authorize=authorize,
                 perform=lambda conn: (201, mediation.start(conn, viewer, body, clock)),
                 recheck=lambda conn: mediation.own_mediation(conn, viewer, body.request_id))


@router.post("/mediation/sessions/{mediation_id}/end", response_model=Mediation,
             name="mediation.end")
def end(mediation_id: ItemId, body: Action, viewer: Caller, svc: Svc,
        note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.outcome = "ended"
    return write(svc, viewer, note, route=f"mediation.end:{mediation_id}", body=body,
                 authorize=lambda conn: mediation.own_mediation(conn, viewer, mediation_id),
                 perform=lambda conn: (200, mediation.end(conn, viewer, mediation_id, clock)))


@router.post("/mediation/sessions/{mediation_id}/passed-on", status_code=201,
             response_model=PassedOnRecord, name="mediation.passed_on")
def passed_on(mediation_id: ItemId, body: PassedOn, viewer: Caller, svc: Svc,
              note: Note) -> JSONResponse:
    """Which contact details the mediator read out to the practitioner."""
    clock = clock_of(svc)
    note.child_ids = [body.child_id]
    note.detail = {"items": len(body.items)}
    note.outcome = "recorded"
    return write(svc, viewer, note, route=f"mediation.passed_on:{mediation_id}", body=body,
                 authorize=lambda conn: mediation.own_mediation(conn, viewer, mediation_id),
                 perform=lambda conn: (201, mediation.record_passed_on(
                     conn, viewer, mediation_id, body, clock)))


@router.post("/mediated-requests", status_code=201, response_model=MediatedRequest,
             name="mediated.request")
def create_request(body: MediatedRequestCreate, viewer: Caller, svc: Svc,
                   note: Note) -> JSONResponse:
    """A practitioner (or the helpdesk for them) asks the LA's mediators for contacts; the
    answer comes only by a call back to a contact registered for the practitioner."""
    clock = clock_of(svc)
    note.detail = {"urgency": body.urgency}
    note.outcome = "requested"
    return write(svc, viewer, note, route="mediated.request", body=body,
                 authorize=lambda _conn: None,
                 perform=lambda conn: (201, mediation.request_view(
                     mediation.create_request(conn, viewer, body, clock))),
                 recheck=lambda conn: _own_request(conn, viewer, body.request_id))


def _own_request(conn: Connection, viewer: object, request_id: str) -> None:
    from cpdesk.central.policy import Viewer

    assert isinstance(viewer, Viewer)
    if not any(r["request_id"] == request_id for r in mediation.mine(conn, viewer)):
        raise not_found()


@router.get("/mediated-requests", response_model=MediatedRequestList,
            name="mediated.requests")
def list_requests(viewer: Caller, svc: Svc, note: Note,
                  mine: Annotated[bool | None, Query()] = None,
                  queue: Annotated[str | None, Query(pattern="^(open|claimed)$")] = None,
                  ) -> JSONResponse:
    if bool(mine) == bool(queue):
        raise ServiceProblem(ProblemType.INVALID, "Ask for mine=true or a queue, not both.")
    with reading(svc.engine) as conn:
        rows = mediation.queue(conn, viewer, queue) if queue else mediation.mine(conn, viewer)
    del note
    return json_answer(MediatedRequestList(items=[mediation.request_view(r) for r in rows]))


@router.post("/mediated-requests/{request_id}/claim", response_model=MediatedRequest,
             name="mediated.claim")
def claim(request_id: ItemId, body: Action, viewer: Caller, svc: Svc,
          note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.outcome = "claimed"
    return write(svc, viewer, note, route=f"mediated.claim:{request_id}", body=body,
                 authorize=lambda conn: mediation.workable(conn, viewer, request_id),
                 perform=lambda conn: (200, mediation.request_view(
                     mediation.claim(conn, viewer, request_id, clock))))


@router.post("/mediated-requests/{request_id}/fulfil", response_model=MediatedRequest,
             name="mediated.fulfil")
def fulfil(request_id: ItemId, body: Fulfil, viewer: Caller, svc: Svc,
           note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.outcome = "fulfilled"
    return write(svc, viewer, note, route=f"mediated.fulfil:{request_id}", body=body,
                 authorize=lambda conn: mediation.workable(conn, viewer, request_id),
                 perform=lambda conn: (200, mediation.request_view(mediation.fulfil(
                     conn, viewer, request_id, body.mediation_id, body.note, clock))))


@router.post("/mediated-requests/{request_id}/decline", response_model=MediatedRequest,
             name="mediated.decline")
def decline(request_id: ItemId, body: Decline, viewer: Caller, svc: Svc,
            note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.outcome = "declined"
    return write(svc, viewer, note, route=f"mediated.decline:{request_id}", body=body,
                 authorize=lambda conn: mediation.workable(conn, viewer, request_id),
                 perform=lambda conn: (200, mediation.request_view(mediation.decline(
                     conn, viewer, request_id, body.reason, clock))))


@router.get("/mediated-requests/{request_id}/receipt", response_model=Receipt,
            name="mediated.receipt")
def receipt(request_id: ItemId, viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    """For the practitioner: who fulfilled the request, what was searched, viewed and passed
    on — read from the audit log itself."""
    with reading(svc.engine) as conn:
        row = next((r for r in mediation.mine(conn, viewer) if r["request_id"] == request_id
                    and r["practitioner"] == viewer.username), None)
        if row is None:
            raise not_found()
        entries = svc.audit.mediation_entries(row["mediation_id"]) if row["mediation_id"] else []
        answer = mediation.receipt(conn, viewer, request_id, entries)
    note.child_ids = answer.records_viewed[:100]
    return json_answer(answer)
