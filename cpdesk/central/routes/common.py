"""Pieces every route module shares: JSON answers and the problem responses they document."""

from __future__ import annotations

from typing import Any, Final

from fastapi.responses import JSONResponse
from pydantic import BaseModel

from cpdesk.contract import Problem

PROBLEM_MEDIA: Final = "application/problem+json"
_PROBLEM: Final[dict[str, Any]] = {"model": Problem, "content": {PROBLEM_MEDIA: {}}}


def problems(*pairs: tuple[int, str]) -> dict[int | str, dict[str, Any]]:
    return {code: {**_PROBLEM, "description": text} for code, text in pairs}


COMMON_PROBLEMS: Final = problems(
    (400, "Malformed request"),
    (413, "Request too large"),
    (415, "Request body is not JSON"),
    (422, "Request does not match the contract"),
    (429, "Rate limited"),
)
AUTHED_PROBLEMS: Final = {
    **COMMON_PROBLEMS,
    **problems((401, "Not signed in, or the access token expired"),
               (403, "The caller's role or account standing refuses this")),
}
LOGIN_PROBLEMS: Final = {
    **AUTHED_PROBLEMS,
    **problems((401, "Bad credentials, or the challenge expired or was used")),
}


def json_answer(model: BaseModel, status: int = 200) -> JSONResponse:
    return JSONResponse(model.model_dump(mode="json", exclude_none=True), status_code=status)


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(problem.model_dump(mode="json", exclude_none=True),
                        status_code=problem.status, media_type=PROBLEM_MEDIA, headers=headers)
