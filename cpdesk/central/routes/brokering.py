"""Sensitive services and the management team's views: brokered contact, consent overrides,
who viewed a record, alerts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from sqlalchemy import Connection

from cpdesk.central import brokering
from cpdesk.central.db import reading
from cpdesk.central.deps import Caller, Note, Svc
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import in_management_team, is_decider, may_search
from cpdesk.central.routes.common import json_answer
from cpdesk.central.routes.shielding import UUID_PATH, ChildPath
from cpdesk.central.routes.workflow import WORKFLOW_PROBLEMS, clock_of, write
from cpdesk.central.shielding import forbidden
from cpdesk.contract import (
    AccessLog,
    AlertList,
    ConsentOverride,
    ConsentOverrideRecord,
    ContactRequest,
    ContactRequestClose,
    ContactRequestCreate,
    ContactRequestList,
    ProblemType,
)

router = APIRouter(prefix="/v1", tags=["sensitive services"], responses=WORKFLOW_PROBLEMS)
RefPath = Annotated[str, Path(pattern=r"^r[A-Za-z0-9_-]{10,40}$")]
ItemId = Annotated[str, Path(pattern=UUID_PATH)]


@router.post("/children/{child_id}/contact-requests", status_code=201,
             response_model=ContactRequest, name="contact.request")
def request_contact(child_id: ChildPath, body: ContactRequestCreate, viewer: Caller, svc: Svc,
                    note: Note) -> JSONResponse:
    """Ask the owning LA's management team to broker contact with a sensitive service — by
    the ref of the notice the caller saw on the record."""
    clock = clock_of(svc)
    note.child_ids = [child_id]
    note.outcome = "requested"

    def authorize(_conn: Connection) -> None:
        if not may_search(viewer):
            raise forbidden("asking for brokered contact")

    def perform(conn: Connection) -> tuple[int, ContactRequest]:
        row = brokering.create_contact(conn, viewer, child_id, body, clock)
        return 201, brokering.contact_view(row, viewer)

    return write(svc, viewer, note, route=f"contact.request:{child_id}", body=body,
                 authorize=authorize, perform=perform,
                 recheck=lambda conn: brokering.visible_contact(conn, viewer, body.request_id))


@router.get("/contact-requests", response_model=ContactRequestList, name="contact.requests")
def list_contacts(viewer: Caller, svc: Svc, note: Note,
                  mine: Annotated[bool | None, Query()] = None,
                  queue: Annotated[str | None, Query(pattern="^la$")] = None) -> JSONResponse:
    """The caller's own contact requests, or the management team's open queue (own LA)."""
    if bool(mine) == bool(queue):
        raise ServiceProblem(ProblemType.INVALID, "Ask for mine=true or queue=la, not both.")
    with reading(svc.engine) as conn:
        rows = brokering.contact_queue(conn, viewer) if queue else brokering.my_contacts(
            conn, viewer)
    items = [brokering.contact_view(row, viewer) for row in rows]
    note.child_ids = sorted({item.child_id for item in items})[:100]
    return json_answer(ContactRequestList(items=items))


@router.post("/contact-requests/{request_id}/close", response_model=ContactRequest,
             name="contact.close")
def close_contact(request_id: ItemId, body: ContactRequestClose, viewer: Caller, svc: Svc,
                  note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.detail = {"outcome": body.outcome}
    note.outcome = "closed"

    def authorize(conn: Connection) -> None:
        note.child_ids = [brokering.closable_contact(conn, viewer, request_id)["child_id"]]

    def perform(conn: Connection) -> tuple[int, ContactRequest]:
        row = brokering.close_contact(conn, viewer, request_id, body, clock)
        return 200, brokering.contact_view(row, viewer)

    return write(svc, viewer, note, route=f"contact.close:{request_id}", body=body,
                 authorize=authorize, perform=perform)


@router.post("/children/{child_id}/involvements/{ref}/consent-override", status_code=201,
             response_model=ConsentOverrideRecord, name="consent.override")
def override_consent(child_id: ChildPath, ref: RefPath, body: ConsentOverride, viewer: Caller,
                     svc: Svc, note: Note) -> JSONResponse:
    """A ContactPoint manager of the owning LA records a child-protection override for a
    sensitive involvement held without consent: standard viewers then see the notice for it."""
    clock = clock_of(svc)
    note.child_ids = [child_id]
    note.outcome = "recorded"

    def authorize(_conn: Connection) -> None:
        if not is_decider(viewer):
            raise forbidden("overriding consent")

    return write(svc, viewer, note, route=f"consent.override:{child_id}:{ref}", body=body,
                 authorize=authorize,
                 perform=lambda conn: (201, brokering.override_consent(
                     conn, viewer, child_id, ref, body, clock)))


@router.get("/children/{child_id}/access-log", response_model=AccessLog,
            name="record.access_log")
def access_log(child_id: ChildPath, viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    """Who viewed this record: username, role, LA, when, what, why (newest 200)."""
    note.child_ids = [child_id]
    with reading(svc.engine) as conn:
        items = brokering.access_log(conn, viewer, child_id)
    return json_answer(AccessLog(items=items))


@router.get("/alerts", response_model=AlertList, name="alerts.read")
def read_alerts(viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    """Own LA: unconfirmed interim shields, consent overrides, shields overdue for review."""
    if not in_management_team(viewer):
        raise forbidden("reading alerts")
    with reading(svc.engine) as conn:
        items = brokering.alerts(conn, viewer, clock_of(svc))
    note.child_ids = sorted({item.child_id for item in items})[:100]
    return json_answer(AlertList(items=items))
