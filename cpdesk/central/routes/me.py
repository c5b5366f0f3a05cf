"""The caller's own trail: ``/v1/me/*``."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Final

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from cpdesk.central.deps import Caller, Note, Svc
from cpdesk.central.routes.common import AUTHED_PROBLEMS, json_answer
from cpdesk.central.search import lines_for
from cpdesk.contract import ActivityEntry, ActivityResponse, RecentRequest, RecentResponse

RECENT_WINDOW: Final = dt.timedelta(hours=12)  # a session's whole length

router = APIRouter(prefix="/v1/me", tags=["directory"])


@router.get("/activity", response_model=ActivityResponse, responses=AUTHED_PROBLEMS,
            name="activity.read")
def activity(
    viewer: Caller,
    svc: Svc,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    before: Annotated[int | None, Query(ge=1)] = None,
) -> JSONResponse:
    """The caller's own audit trail, newest first: actions, child IDs, reasons."""
    rows = svc.audit.entries_for(viewer.username, limit=limit, before=before)
    entries = [
        ActivityEntry(
            seq=row["seq"],
            at=dt.datetime.fromisoformat(row["at"].replace("Z", "+00:00")),
            action=row["action"],
            outcome=row["outcome"],
            child_ids=_ids(row["child_ids"]),
            reason=row["reason"],
            mediated_by=row["mediated_by"],
        )
        for row in rows
    ]
    return json_answer(ActivityResponse(entries=entries))


@router.post("/recent", response_model=RecentResponse, responses=AUTHED_PROBLEMS,
             name="recent.read")
def recent(body: RecentRequest, viewer: Caller, svc: Svc, note: Note) -> JSONResponse:
    """Result lines for records the caller opened in the last 12 hours (the client's
    "Recently viewed" list, which keeps only IDs): one audit entry, not a record view each.

    Any other ID is left out without saying why, so this can never tell whether a child
    exists or look up a child the caller has not opened.
    """
    asked = list(dict.fromkeys(body.child_ids))
    seen = svc.audit.viewed_since(viewer.username, svc.clock() - RECENT_WINDOW)
    lines = lines_for(svc.engine, viewer, [i for i in asked if i in seen], today=svc.today())
    note.child_ids = [line.id for line in lines]
    return json_answer(RecentResponse(items=lines))


def _ids(raw: str) -> list[str]:
    value = json.loads(raw)
    return [str(v) for v in value][:50] if isinstance(value, list) else []
