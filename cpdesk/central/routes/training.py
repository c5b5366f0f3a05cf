"""Classroom scenarios and progress: ``/v1/training/*`` — only in a training realm."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from cpdesk.central import training
from cpdesk.central.auth import realm
from cpdesk.central.deps import Caller, Svc
from cpdesk.central.policy import may_watch_class
from cpdesk.central.routes.common import AUTHED_PROBLEMS, json_answer, problems
from cpdesk.central.shielding import forbidden, not_found
from cpdesk.contract import Progress, ScenarioList

router = APIRouter(prefix="/v1/training", tags=["training"],
                   responses={**AUTHED_PROBLEMS, **problems((404, "Not a training realm"))})


def _training_only(svc: Svc) -> None:
    """A production realm has no classroom: these routes do not exist there."""
    if not realm(svc.engine).training:
        raise not_found()


@router.get("/scenarios", response_model=ScenarioList, name="training.scenarios")
def scenarios(viewer: Caller, svc: Svc) -> JSONResponse:
    """The guided scenarios, for anyone signed in to a training realm."""
    del viewer
    _training_only(svc)
    return json_answer(ScenarioList(items=[s.scenario for s in training.load_scenarios()]))


@router.get("/progress", response_model=Progress, name="training.progress")
def progress(viewer: Caller, svc: Svc,
             mine: Annotated[bool | None, Query(
                 description="Only the caller's own steps (any trainee)")] = None,
             ) -> JSONResponse:
    """Steps completed since the latest reset, checked against each trainee's own trail:
    every trainee's for trainers, the caller's own with ``mine=true``."""
    _training_only(svc)
    if mine:
        return json_answer(Progress(items=training.progress(svc.engine, [viewer.username])))
    if not may_watch_class(viewer):
        raise forbidden("seeing the class's progress")
    return json_answer(Progress(items=training.progress(svc.engine)))
