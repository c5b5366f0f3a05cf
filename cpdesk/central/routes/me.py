"""The caller's own trail: ``/v1/me/*``."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from cpdesk.central.deps import Caller, Svc
from cpdesk.central.routes.common import AUTHED_PROBLEMS, json_answer
from cpdesk.contract import ActivityEntry, ActivityResponse

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
        )
        for row in rows
    ]
    return json_answer(ActivityResponse(entries=entries))


def _ids(raw: str) -> list[str]:
    value = json.loads(raw)
    return [str(v) for v in value][:50] if isinstance(value, list) else []
