"""What every workflow route shares: the request's clock and the idempotent write."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Connection

from cpdesk.central.auditing import AuditNote
from cpdesk.central.deps import Services
from cpdesk.central.idempotency import run_once
from cpdesk.central.policy import Viewer
from cpdesk.central.routes.common import problems
from cpdesk.central.shielding import Clock
from cpdesk.dates import today_london

WORKFLOW_PROBLEMS = problems(
    (400, "Malformed request"), (401, "Not signed in"),
    (403, "The caller's role may never do this"),
    (404, "No such item for this caller (outside their LA or queue)"),
    (409, "The request ID was used with another body, or the item's state refuses this"),
    (413, "Request too large"), (415, "Request body is not JSON"),
    (422, "Request does not match the contract"), (429, "Rate limited"),
)


def clock_of(svc: Services) -> Clock:
    now = svc.clock()
    return Clock(now=now, today=today_london(now))


def write(svc: Services, viewer: Viewer, note: AuditNote, *, route: str, body: BaseModel,
          authorize: Callable[[Connection], object],
          perform: Callable[[Connection], tuple[int, BaseModel]],
          recheck: Callable[[Connection], object] | None = None) -> JSONResponse:
    """An idempotent write answered as the contract says: 201/200 first, 200 on a replay."""
    outcome = run_once(svc.engine, username=viewer.username, route=route, body=body,
                       now=int(svc.clock().timestamp()), authorize=authorize, perform=perform,
                       recheck=recheck)
    if outcome.replayed:
        note.outcome = "replayed"
    return JSONResponse(outcome.body, status_code=outcome.status)
