"""Refusals as RFC 9457 problem documents: one stable type, status and title per reason."""

from __future__ import annotations

from typing import Final

from cpdesk.contract import FieldError, Problem, ProblemType

STATUS: Final[dict[ProblemType, int]] = {
    ProblemType.MALFORMED: 400,
    ProblemType.INVALID: 422,
    ProblemType.TOO_LARGE: 413,
    ProblemType.MEDIA_TYPE: 415,
    ProblemType.NOT_FOUND: 404,
    ProblemType.METHOD: 405,
    ProblemType.UNAUTHENTICATED: 401,
    ProblemType.FORBIDDEN: 403,
    ProblemType.SEARCH_INPUT: 422,
    ProblemType.REASON_TEXT: 422,
    ProblemType.BAD_CREDENTIALS: 401,
    ProblemType.CHALLENGE: 401,
    ProblemType.TOKEN_REVOKED: 403,
    ProblemType.CRB_EXPIRED: 403,
    ProblemType.TRAINING: 403,
    ProblemType.SUSPENDED: 403,
    ProblemType.NOT_ACCREDITED: 403,
    ProblemType.RATE_LIMITED: 429,
    ProblemType.SESSION_ENDED: 401,
    ProblemType.REQUEST_ID_REUSED: 409,
    ProblemType.PRACTITIONER_NOT_AUTHORISED: 403,
    ProblemType.MEDIATION_ENDED: 409,
    ProblemType.CONFLICT: 409,
    ProblemType.HOUSEHOLD: 422,
}

TITLE: Final[dict[ProblemType, str]] = {
    ProblemType.MALFORMED: "The request is not well-formed JSON",
    ProblemType.INVALID: "The request does not match the contract",
    ProblemType.TOO_LARGE: "The request is too large",
    ProblemType.MEDIA_TYPE: "The request must be JSON",
    ProblemType.NOT_FOUND: "Not found",
    ProblemType.METHOD: "Method not allowed",
    ProblemType.UNAUTHENTICATED: "Not signed in",
    ProblemType.FORBIDDEN: "Your role does not allow this",
    ProblemType.SEARCH_INPUT: "More search details are needed",
    ProblemType.REASON_TEXT: "Describe the reason for access",
    ProblemType.BAD_CREDENTIALS: "Sign-in details not recognised",
    ProblemType.CHALLENGE: "Sign-in challenge expired or already used",
    ProblemType.TOKEN_REVOKED: "Security token revoked",
    ProblemType.CRB_EXPIRED: "CRB disclosure out of date",
    ProblemType.TRAINING: "Training not completed",
    ProblemType.SUSPENDED: "Account suspended",
    ProblemType.NOT_ACCREDITED: "Organisation not accredited",
    ProblemType.RATE_LIMITED: "Too many attempts",
    ProblemType.SESSION_ENDED: "Session ended",
    ProblemType.REQUEST_ID_REUSED: "This request ID was already used for something else",
    ProblemType.PRACTITIONER_NOT_AUTHORISED: "The practitioner is not an authorised user",
    ProblemType.MEDIATION_ENDED: "The mediation has ended",
    ProblemType.CONFLICT: "This cannot be done in the item's present state",
    ProblemType.HOUSEHOLD: "The shield must cover the household",
}


class ServiceProblem(Exception):
    """A refusal the API layer turns into a problem document."""

    def __init__(
        self,
        kind: ProblemType,
        detail: str | None = None,
        *,
        missing: list[str] | None = None,
        errors: list[FieldError] | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(detail or TITLE[kind])
        self.kind = kind
        self.detail = detail
        self.missing = missing
        self.errors = errors
        self.retry_after = retry_after

    @property
    def status(self) -> int:
        return STATUS[self.kind]

    def problem(self) -> Problem:
        return Problem(
            type=self.kind.uri,
            title=TITLE[self.kind],
            status=self.status,
            detail=self.detail,
            missing=self.missing,
            errors=self.errors,
            retry_after=self.retry_after,
        )
