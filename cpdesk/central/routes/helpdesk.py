"""The LA helpdesk's calls, the user manager's actions and data-issue reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from sqlalchemy import Connection

from cpdesk.central import helpdesk
from cpdesk.central.db import reading
from cpdesk.central.deps import Caller, Note, Svc
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.routes.common import json_answer
from cpdesk.central.routes.shielding import UUID_PATH, ChildPath
from cpdesk.central.routes.workflow import WORKFLOW_PROBLEMS, clock_of, write
from cpdesk.central.shielding import forbidden
from cpdesk.contract import (
    DataIssue,
    DataIssueCreate,
    DataIssueList,
    DataIssueResolve,
    Enquiry,
    EnquiryCreate,
    EnquiryList,
    EnquiryStatus,
    ProblemType,
    TokenEnrolment,
    UserAction,
    UserStanding,
)

router = APIRouter(prefix="/v1", tags=["helpdesk"], responses=WORKFLOW_PROBLEMS)
ItemId = Annotated[str, Path(pattern=UUID_PATH)]
UserPath = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]


@router.post("/enquiries", status_code=201, response_model=Enquiry, name="enquiry.log")
def log_enquiry(body: EnquiryCreate, viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    """A call to the helpdesk, logged and routed to a team (the summary is never audited)."""
    clock = clock_of(svc)
    note.detail = {"category": body.category, "route_to": body.route_to,
                   "caller_type": body.caller_type}
    note.outcome = "logged"

    def authorize(_conn: Connection) -> None:
        if "helpdesk" not in viewer.roles:
            raise forbidden("logging helpdesk calls")

    return write(svc, viewer, note, route="enquiry.log", body=body, authorize=authorize,
                 perform=lambda conn: (201, helpdesk.enquiry_view(
                     helpdesk.log_enquiry(conn, viewer, body, clock))),
                 recheck=lambda conn: helpdesk.workable_enquiry(conn, viewer, body.request_id))


@router.get("/enquiries", response_model=EnquiryList, name="enquiry.queue")
def enquiry_queue(viewer: Caller, svc: Svc,
                  queue: Annotated[str, Query(
                      pattern="^(helpdesk|user_manager|data_administrator|cp_manager)$")],
                  ) -> JSONResponse:
    with reading(svc.engine) as conn:
        rows = helpdesk.enquiry_queue(conn, viewer, queue)
    return json_answer(EnquiryList(items=[helpdesk.enquiry_view(r) for r in rows]))


@router.post("/enquiries/{request_id}/status", response_model=Enquiry, name="enquiry.status")
def enquiry_status(request_id: ItemId, body: EnquiryStatus, viewer: Caller, svc: Svc,
                   note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.outcome = body.status.replace("_", "-")
    return write(svc, viewer, note, route=f"enquiry.status:{request_id}", body=body,
                 authorize=lambda conn: helpdesk.workable_enquiry(conn, viewer, request_id),
                 perform=lambda conn: (200, helpdesk.enquiry_view(helpdesk.set_enquiry_status(
                     conn, viewer, request_id, body.status, body.note, clock))))


def _user_route(action: str) -> Callable[..., JSONResponse]:
    def act(username: UserPath, body: UserAction, viewer: Caller, svc: Svc,
            note: Note) -> JSONResponse:
        note.detail = {"user": username}
        note.outcome = action
        return write(svc, viewer, note, route=f"user.{action}:{username}", body=body,
                     authorize=lambda conn: helpdesk.managed_user(conn, viewer, username),
                     perform=lambda conn: (200, helpdesk.user_action(conn, viewer, username,
                                                                     action)))
    act.__doc__ = f"The user manager: {action.replace('-', ' ')} an own-LA user."
    return act


for _action in ("suspend", "reinstate", "revoke-token"):
    router.post(f"/users/{{username}}/{_action}", response_model=UserStanding,
                name=f"user.{_action.replace('-', '_')}")(_user_route(_action))


@router.post("/users/{username}/token", response_model=UserStanding, name="user.token")
def enrol_token(username: UserPath, body: TokenEnrolment, viewer: Caller, svc: Svc,
                note: Note) -> JSONResponse:
    """Re-enrol a replacement card (its public key, PEM); the user's sessions end."""
    note.detail = {"user": username}
    note.outcome = "enrolled"
    return write(svc, viewer, note, route=f"user.token:{username}", body=body,
                 authorize=lambda conn: helpdesk.managed_user(conn, viewer, username),
                 perform=lambda conn: (200, helpdesk.user_action(
                     conn, viewer, username, "token", body.auth_public_key)))


@router.post("/children/{child_id}/data-issues", status_code=201, response_model=DataIssue,
             name="data_issue.report")
def report_issue(child_id: ChildPath, body: DataIssueCreate, viewer: Caller, svc: Svc,
                 note: Note) -> JSONResponse:
    """Tell the owning LA's data administrator a visible field is wrong."""
    clock = clock_of(svc)
    note.child_ids = [child_id]
    note.detail = {"field": body.field.split("/")[0]}
    note.outcome = "reported"
    return write(svc, viewer, note, route=f"data_issue.report:{child_id}", body=body,
                 authorize=lambda _conn: None,
                 perform=lambda conn: (201, helpdesk.issue_view(
                     helpdesk.report_issue(conn, viewer, child_id, body, clock), viewer)))


@router.get("/data-issues", response_model=DataIssueList, name="data_issue.list")
def list_issues(viewer: Caller, svc: Svc, mine: Annotated[bool | None, Query()] = None,
                queue: Annotated[str | None, Query(pattern="^la$")] = None) -> JSONResponse:
    if bool(mine) == bool(queue):
        raise ServiceProblem(ProblemType.INVALID, "Ask for mine=true or queue=la, not both.")
    with reading(svc.engine) as conn:
        rows = helpdesk.issue_queue(conn, viewer) if queue else helpdesk.my_issues(conn, viewer)
    return json_answer(DataIssueList(items=[helpdesk.issue_view(r, viewer) for r in rows]))


@router.post("/data-issues/{request_id}/resolve", response_model=DataIssue,
             name="data_issue.resolve")
def resolve_issue(request_id: ItemId, body: DataIssueResolve, viewer: Caller, svc: Svc,
                  note: Note) -> JSONResponse:
    clock = clock_of(svc)
    note.outcome = body.outcome
    return write(svc, viewer, note, route=f"data_issue.resolve:{request_id}", body=body,
                 authorize=lambda conn: helpdesk.resolvable(conn, viewer, request_id),
                 perform=lambda conn: (200, helpdesk.issue_view(helpdesk.resolve_issue(
                     conn, viewer, request_id, body.outcome, body.note, clock), viewer)))
