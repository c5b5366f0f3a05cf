"""Plain-English words for the shielding and sensitive-service workflows' codes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from cpdesk.contract import NO_CONTROLS_PATTERN
from cpdesk.views.labels import local_time, long_date

GROUNDS: Final[dict[str, tuple[str, str]]] = {
    "domestic_violence": ("Domestic violence",
                          "The child, or an adult with them, has fled someone who may look "
                          "for them."),
    "risk_to_adult": ("Risk to an adult",
                      "An adult living with the child is at risk if their address is known."),
    "serious_crime": ("Serious crime",
                      "Showing where the child lives could harm the prevention or detection "
                      "of a serious crime."),
    "adoption_link": ("Adoption",
                      "The child's identities before and after adoption must not be linked."),
    "placement_risk": ("Risk to a placement",
                       "Showing where the child lives could put their placement at risk."),
}
APPLIED_GROUNDS: Final[dict[str, str]] = {
    **{code: words for code, (words, _hint) in GROUNDS.items()},
    "data_supply": "Set by the data supply",
}
ON_BEHALF: Final[dict[str, str]] = {
    "child": "The child",
    "family": "The child's family",
    "agency": "My agency",
}
SHIELDING_STATUS: Final[dict[str, str]] = {
    "requested": "Waiting for a decision",
    "approved": "Approved",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
}
CONTACT_STATUS: Final[dict[str, str]] = {
    "open": "Waiting for the management team",
    "contacted": "Contact made",
    "declined": "Declined",
}
ALERT_KINDS: Final[dict[str, str]] = {
    "interim_shield_unconfirmed": "Interim shield not confirmed within 72 hours",
    "consent_override": "Consent override recorded",
    "shield_review_overdue": "Shield review overdue",
}
ROLE_WORDS: Final[dict[str, str]] = {
    "cp_manager": "ContactPoint manager",
    "data_administrator": "Data administrator",
    "user_manager": "User manager",
    "trainer": "ContactPoint trainer",
    "helpdesk": "Helpdesk",
    "practitioner": "Practitioner",
    "mediator": "Mediator",
}
ACCESS_ACTIONS: Final[dict[str, str]] = {
    "record.view": "Viewed the record",
    "search": "Found in a search",
    "recent.read": "Listed in recently viewed",
}
_ALLOWED = re.compile(NO_CONTROLS_PATTERN)
FREE_TEXT_LIMIT: Final = 500


def ground_text(code: str) -> str:
    return APPLIED_GROUNDS.get(code, code)


def fold_text(text: str) -> str:
    """Free text as it is sent: line breaks and tabs become spaces, ends trimmed."""
    return " ".join(text.replace("\t", " ").splitlines()).strip()


def text_problem(text: str, what: str, *, limit: int = FREE_TEXT_LIMIT) -> str | None:
    """What is wrong with a free-text answer, GOV.UK style, or ``None``."""
    if not text:
        return f"Enter {what}"
    if len(text) > limit:
        return f"{what[0].upper()}{what[1:]} must be {limit} characters or fewer"
    if not _ALLOWED.fullmatch(text):
        return f"{what[0].upper()}{what[1:]} must not contain special control characters"
    return None


def when(moment: dt.datetime | None) -> str:
    return local_time(moment) if moment is not None else ""


def on_date(iso: str | None) -> str:
    return long_date(iso) if iso else ""
