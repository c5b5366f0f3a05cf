"""Shielding: ``/v1/shielding/requests*`` and ``/v1/shields*``.

Every write goes through ``workflow.write`` (idempotent per caller and ``request_id``); every
route's audit entry names the children and the ground, never the free text.
"""

from __future__ import annotations

from typing import Annotated, Final

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from sqlalchemy import Connection

from cpdesk.central import shielding
from cpdesk.central.db import reading
from cpdesk.central.deps import Caller, Note, Svc
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import is_decider, may_search
from cpdesk.central.routes.common import json_answer
from cpdesk.central.routes.workflow import WORKFLOW_PROBLEMS, clock_of, write
from cpdesk.contract import (
    Action,
    InterimShieldCreate,
    ProblemType,
    Shield,
    ShieldConfirm,
    ShieldingDecision,
    ShieldingRequest,
    ShieldingRequestCreate,
    ShieldingRequestList,
    ShieldList,
    ShieldReview,
)

router = APIRouter(prefix="/v1", tags=["shielding"], responses=WORKFLOW_PROBLEMS)

UUID_PATH: Final = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
CHILD_PATH: Final = r"^[A-Za-z0-9][A-Za-z0-9-]{1,39}$"
ItemId = Annotated[str, Path(pattern=UUID_PATH, description="The request_id chosen at creation")]
ChildPath = Annotated[str, Path(pattern=CHILD_PATH)]


def _choose_one(mine: bool | None, queue: str | None) -> None:
    if bool(mine) == bool(queue):
        raise ServiceProblem(ProblemType.INVALID, "Ask for mine=true or a queue, not both.")


# --- requests ------------------------------------------------------------------------------


@router.post("/shielding/requests", status_code=201, response_model=ShieldingRequest,
             name="shielding.request")
def request_shield(body: ShieldingRequestCreate, viewer: Caller, svc: Svc,
                   note: Note) -> JSONResponse:
    """Ask the owning LA's ContactPoint manager to shield a child (any role that may search)."""
    clock = clock_of(svc)
    note.child_ids = [body.child_id]
    note.detail = {"ground": body.ground, "urgent": body.urgent,
                   "on_behalf_of": body.on_behalf_of}
    note.outcome = "requested"

    def authorize(_conn: Connection) -> None:
        if not may_search(viewer):
            raise shielding.forbidden("requesting shields")

    def perform(conn: Connection) -> tuple[int, ShieldingRequest]:
        row = shielding.create_request(conn, viewer, body, clock)
        return 201, shielding.request_view(conn, row, viewer, clock)

    return write(svc, viewer, note, route="shielding.request", body=body, authorize=authorize,
                 perform=perform, recheck=lambda conn: shielding.visible_request(
                     conn, viewer, body.request_id))


@router.get("/shielding/requests", response_model=ShieldingRequestList,
            name="shielding.requests")
def list_requests(viewer: Caller, svc: Svc, note: Note,
                  mine: Annotated[bool | None, Query()] = None,
                  queue: Annotated[str | None, Query(pattern="^decision$")] = None,
                  ) -> JSONResponse:
    """The caller's own requests (newest first), or a manager's decision queue (own LA,
    urgent first, then oldest)."""
    _choose_one(mine, queue)
    clock = clock_of(svc)
    with reading(svc.engine) as conn:
        rows = (shielding.decision_queue(conn, viewer) if queue
                else shielding.my_requests(conn, viewer))
        items = [shielding.request_view(conn, row, viewer, clock) for row in rows]
    note.child_ids = sorted({item.child_id for item in items})[:100]
    return json_answer(ShieldingRequestList(items=items))


@router.get("/shielding/requests/{request_id}", response_model=ShieldingRequest,
            name="shielding.request.read")
def read_request(request_id: ItemId, viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    clock = clock_of(svc)
    with reading(svc.engine) as conn:
        row = shielding.visible_request(conn, viewer, request_id)
        view = shielding.request_view(conn, row, viewer, clock)
    note.child_ids = [view.child_id]
    return json_answer(view)


@router.post("/shielding/requests/{request_id}/withdraw", response_model=ShieldingRequest,
             name="shielding.withdraw")
def withdraw_request(request_id: ItemId, body: Action, viewer: Caller, svc: Svc,
                     note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.outcome = "withdrawn"

    def authorize(conn: Connection) -> None:
        note.child_ids = [shielding.visible_request(conn, viewer, request_id)["child_id"]]

    def perform(conn: Connection) -> tuple[int, ShieldingRequest]:
        row = shielding.withdraw(conn, viewer, request_id)
        return 200, shielding.request_view(conn, row, viewer, clock)

    return write(svc, viewer, note, route=f"shielding.withdraw:{request_id}", body=body,
                 authorize=authorize, perform=perform)


@router.post("/shielding/requests/{request_id}/decision", response_model=ShieldingRequest,
             name="shielding.decide")
def decide_request(request_id: ItemId, body: ShieldingDecision, viewer: Caller, svc: Svc,
                   note: Note) -> JSONResponse:
    """Approve (shielding the child and the chosen household) or reject, with a reason —
    a ContactPoint manager of the owning LA only."""
    clock = clock_of(svc)
    note.detail = {"decision": body.decision, "household": len(body.child_ids),
                   "excluded": bool(body.exclude_reason)}
    note.outcome = "approved" if body.decision == "approve" else "rejected"

    def authorize(conn: Connection) -> None:
        row = shielding.decidable(conn, viewer, request_id)
        note.child_ids = [row["child_id"], *body.child_ids]
        note.detail["ground"] = row["ground"]

    def perform(conn: Connection) -> tuple[int, ShieldingRequest]:
        row, shielded = shielding.decide(conn, viewer, request_id, body, clock)
        note.child_ids = shielded or [row["child_id"]]
        return 200, shielding.request_view(conn, row, viewer, clock)

    return write(svc, viewer, note, route=f"shielding.decide:{request_id}", body=body,
                 authorize=authorize, perform=perform)


# --- shields -------------------------------------------------------------------------------


@router.post("/shields", status_code=201, response_model=ShieldList, name="shields.interim")
def interim_shield(body: InterimShieldCreate, viewer: Caller, svc: Svc,
                   note: Note) -> JSONResponse:
    """An urgent interim shield, applied at once by a ContactPoint manager of the owning LA;
    it must be confirmed within 72 hours (unconfirmed, it stays and raises an alert)."""
    clock = clock_of(svc)
    note.child_ids = list(body.child_ids)
    note.detail = {"ground": body.ground, "interim": True}
    note.outcome = "applied"

    def authorize(_conn: Connection) -> None:
        if not is_decider(viewer):
            raise shielding.forbidden("applying shields")

    def perform(conn: Connection) -> tuple[int, ShieldList]:
        return 201, ShieldList(items=shielding.interim_shields(conn, viewer, body, clock))

    return write(svc, viewer, note, route="shields.interim", body=body, authorize=authorize,
                 perform=perform)


@router.post("/shields/{child_id}/confirm", response_model=Shield, name="shields.confirm")
def confirm_shield(child_id: ChildPath, body: ShieldConfirm, viewer: Caller, svc: Svc,
                   note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.child_ids = [child_id]
    note.outcome = "confirmed"
    return write(svc, viewer, note, route=f"shields.confirm:{child_id}", body=body,
                 authorize=lambda conn: shielding.active_shield(conn, viewer, child_id),
                 perform=lambda conn: (200, shielding.confirm(conn, viewer, child_id, body,
                                                              clock)))


@router.get("/shields", response_model=ShieldList, name="shields.queue")
def shield_queue(viewer: Caller, svc: Svc, note: Note,
                 queue: Annotated[str, Query(pattern="^(review|interim)$")]) -> JSONResponse:
    """Own-LA shields due for review within 30 days, overdue first (``queue=review``), or
    interim shields awaiting confirmation, soonest due first (``queue=interim``)."""
    with reading(svc.engine) as conn:
        items = (shielding.interim_queue(conn, viewer) if queue == "interim"
                 else shielding.review_queue(conn, viewer, clock_of(svc)))
    note.child_ids = [item.child_id for item in items][:100]
    return json_answer(ShieldList(items=items))


@router.post("/shields/{child_id}/review", response_model=ShieldList, name="shields.review")
def review_shield(child_id: ChildPath, body: ShieldReview, viewer: Caller, svc: Svc,
                  note: Note) -> JSONResponse:
    """Renew or lift — per household: a lift that would leave another child at the address
    shielded is refused (409)."""
    clock = clock_of(svc)
    note.child_ids = [child_id, *body.child_ids]
    note.detail = {"outcome": body.outcome}
    note.outcome = "lifted" if body.outcome == "lift" else "renewed"
    return write(svc, viewer, note, route=f"shields.review:{child_id}", body=body,
                 authorize=lambda conn: shielding.active_shield(conn, viewer, child_id),
                 recheck=lambda conn: shielding.any_shield(conn, viewer, child_id),
                 perform=lambda conn: (200, ShieldList(items=shielding.review(
                     conn, viewer, child_id, body, clock))))
