"""What every route gets through FastAPI dependencies: the service's parts, the caller, the
request's audit note.

A route never builds these itself, so a new route cannot skip resolving its caller or
forget to fill in the audit entry the audit middleware writes for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from cpdesk.central.audit import AuditLog
from cpdesk.central.auditing import AuditNote, note_of
from cpdesk.central.auth import Authenticator, Clock
from cpdesk.central.db import reading
from cpdesk.central.policy import Viewer
from cpdesk.contract import MEDIATION_HEADER
from cpdesk.dates import today_london

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"

bearer_scheme = HTTPBearer(auto_error=False, description="The access token from /v1/auth/session")


@dataclass(frozen=True)
class Services:
    """The parts of one running service, shared by every request."""

    engine: Engine
    authenticator: Authenticator
    audit: AuditLog
    clock: Clock
    # The last minute this process wrote the unauthenticated-failure summaries for.
    flushed: dict[str, int] = field(default_factory=dict)

    def today(self) -> dt.date:
        """The service's date, in England."""
        return today_london(self.clock())


# The two are ``async`` though they never wait: FastAPI runs a plain ``def`` dependency in
# its thread pool, a hand-over and back on every request for a dictionary lookup.
async def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


async def audit_note(request: Request) -> AuditNote:
    return note_of(request.scope)


Svc = Annotated[Services, Depends(services)]
Note = Annotated[AuditNote, Depends(audit_note)]


def caller(
    svc: Svc,
    note: Note,
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    mediation: Annotated[str | None, Header(
        alias=MEDIATION_HEADER, pattern=UUID_PATTERN,
        description="Inside a mediation: its ID; the caller then acts on the practitioner's "
                    "behalf and sees what both may see")] = None,
) -> Viewer:
    """The signed-in caller; from here on the request's audit entry names them (and, inside
    a mediation, the practitioner and the purpose too)."""
    token = credentials.credentials if credentials else None
    viewer, session_id = svc.authenticator.resolve(token)
    note.username = viewer.username
    request.state.session_id = session_id
    if mediation is not None:
        from cpdesk.central.mediation import mediated_viewer
        from cpdesk.central.shielding import Clock

        now = svc.clock()
        with reading(svc.engine) as conn:
            viewer, practitioner, purpose = mediated_viewer(
                conn, viewer, mediation, Clock(now=now, today=today_london(now)))
        note.on_behalf_of = (practitioner, mediation, purpose)
    return viewer


Caller = Annotated[Viewer, Depends(caller)]
