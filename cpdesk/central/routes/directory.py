"""Finding children and opening their records: ``/v1/search`` and ``/v1/children/{id}``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse

from cpdesk.central import records
from cpdesk.central.deps import Caller, Note, Svc
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import RecordRefused, record_view
from cpdesk.central.routes.common import AUTHED_PROBLEMS, json_answer, problems
from cpdesk.central.search import search as run_search
from cpdesk.contract import (
    NO_CONTROLS_PATTERN,
    ChildRecord,
    ProblemType,
    ReasonCode,
    SearchRequest,
    SearchResponse,
)

router = APIRouter(prefix="/v1", tags=["directory"])


@router.post("/search", response_model=SearchResponse, responses=AUTHED_PROBLEMS,
             name="search")
def search(body: SearchRequest, viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    """Find children; every child ID returned is written to the audit log."""
    note.detail = {"criteria": body.model_dump(exclude_none=True)}
    result = run_search(svc.engine, viewer, body, today=svc.today())
    note.outcome = result.status
    note.child_ids = [r.id for r in result.results]
    return json_answer(result)


@router.get("/children/{child_id}", response_model=ChildRecord, name="record.view",
            responses={**AUTHED_PROBLEMS, **problems((404, "No such child for this caller"))})
def child(
    child_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{1,39}$")],
    reason: Annotated[ReasonCode, Query(description="Why the record is being opened")],
    viewer: Caller,
    svc: Svc,
    note: Note,
    reason_text: Annotated[
        str | None, Query(min_length=1, max_length=500, pattern=NO_CONTROLS_PATTERN)
    ] = None,
) -> JSONResponse:
    """A child's record as the caller's role may see it; the view is audited."""
    note.child_ids = [child_id]
    note.reason = reason
    note.detail = {"reason_text": reason_text} if reason_text else {}
    not_found = ServiceProblem(ProblemType.NOT_FOUND, "There is no record with this ID.")
    if reason == "other" and not (reason_text and reason_text.strip()):
        note.outcome = "refused"
        raise ServiceProblem(ProblemType.REASON_TEXT, "Say why you are opening this record.",
                             missing=["reason_text"])
    stored = records.load(svc.engine, child_id)
    if stored is None:
        note.outcome = "not-found"
        raise not_found
    today = svc.today()
    try:
        view = record_view(viewer, stored, today=today,
                           withheld_links=records.withheld_links(svc.engine, viewer, stored,
                                                                 today=today))
    except RecordRefused as refusal:
        if refusal.status == 404:
            note.outcome = "not-found"
            raise not_found from None
        note.outcome = "refused"
        raise ServiceProblem(ProblemType.FORBIDDEN,
                             "Your role does not include viewing records.") from None
    note.outcome = "shown"
    note.detail["view"] = view.view
    return json_answer(view)
