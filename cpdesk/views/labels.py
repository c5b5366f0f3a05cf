"""Plain-English words for the contract's codes, shared by the views.

Dates are written the GOV.UK way ("27 March 2014"); codes the user never needs to learn
(``record.view``, ``dob_near``) become words.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December")

GENDERS: Final[dict[str, str]] = {"female": "Female", "male": "Male", "unknown": "Not known"}

SERVICES: Final[dict[str, str]] = {
    "school": "School",
    "gp": "GP practice",
    "health_visitor": "Health visitor",
    "social_worker": "Social worker",
    "youth_worker": "Youth worker",
    "youth_offending": "Youth offending service",
    "sexual_health": "Sexual health service",
    "mental_health": "Mental health service",
    "substance_misuse": "Substance misuse service",
    "other": "Other service",
}

REASONS: Final[dict[str, str]] = {
    "safeguarding": "Safeguarding a child",
    "service_coordination": "Coordinating services for the child",
    "missing_education": "Finding a child missing education",
    "helpdesk_enquiry": "Answering a helpdesk enquiry",
    "mediated_request": "Searching for another practitioner (mediated request)",
    "training": "Training",
    "other": "Another reason",
}

GRADES: Final[dict[str, str]] = {"certain": "Certain", "probable": "Probable",
                                  "possible": "Possible"}

MATCH_KINDS: Final[dict[str, str]] = {
    "exact": "",
    "phonetic": "sounds alike",
    "nickname": "short form of the name",
    "alias": "another known name",
    "swapped": "names swapped",
    "similar": "similar spelling",
    "dob_near": "close date",
}

MATCH_FIELDS: Final[dict[str, str]] = {
    "id": "ID",
    "surname": "surname",
    "forenames": "forenames",
    "dob": "date of birth",
    "gender": "gender",
    "postcode": "postcode",
}

ACTIONS: Final[dict[str, str]] = {
    "auth.login": "Signed in",
    "auth.renew": "Session renewed",
    "auth.logout": "Signed out",
    "search": "Searched",
    "record.view": "Viewed a record",
}

OUTCOMES: Final[dict[str, str]] = {
    "ok": "",
    "shown": "",
    "none": "no match",
    "too_many": "too many matches",
    "refused": "refused",
    "not-found": "not found",
    "search-input-insufficient": "not enough details",
}


def long_date(iso: str) -> str:
    """"2014-03-27" → "27 March 2014"; partial dates as far as they go."""
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return parts[0]


def local_time(moment: dt.datetime) -> str:
    """A timestamp in the workstation's time zone: "27 March 2026, 14:05"."""
    local = moment.astimezone()
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"


def match_text(grade: str, matched: dict[str, str]) -> str:
    """"Certain: surname, date of birth (close date)"."""
    pieces = []
    for field, kind in matched.items():
        label = MATCH_FIELDS.get(field, field.replace("_", " "))
        how = MATCH_KINDS.get(kind, kind)
        pieces.append(f"{label} ({how})" if how else label)
    grade_text = GRADES.get(grade, grade.capitalize())
    return f"{grade_text}: {', '.join(pieces)}" if pieces else grade_text


def action_text(action: str, outcome: str) -> str:
    text = ACTIONS.get(action, action.replace(".", " ").replace("_", " ").capitalize())
    result = OUTCOMES.get(outcome, outcome.replace("-", " ").replace("_", " "))
    return f"{text} ({result})" if result else text
