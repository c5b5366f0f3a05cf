"""Whether the service is up, and its realm: the one route that needs no sign-in at all."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from cpdesk.central.auth import realm
from cpdesk.central.deps import Svc
from cpdesk.central.routes.common import json_answer
from cpdesk.contract import ServiceStatus

router = APIRouter(prefix="/v1", tags=["service"])


@router.get("/status", response_model=ServiceStatus, name="status")
def status(svc: Svc) -> JSONResponse:
    """Whether the service is up, and which realm it serves (no sign-in needed)."""
    return json_answer(ServiceStatus(status="ok", realm=realm(svc.engine)))
