"""Plain-English words for the contract's codes, shared by the views.

Dates are written the GOV.UK way ("27 March 2014"); codes the user never needs to learn
(``record.view``, ``dob_near``) become words.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from cpdesk.dates import age_on, today_london

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
    "middle_name": "middle name",
    "different": "differs",
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


# For a possible or probable match: which field differed, in words.
DIFFERS: Final[dict[str, str]] = {
    "id": "ID differs",
    "surname": "Surname differs",
    "forenames": "Forename differs",
    "dob": "Date of birth differs",
    "gender": "Gender differs",
    "postcode": "Postcode differs",
}


def differences(matched: dict[str, str], *, full_date: bool = True) -> list[str]:
    """What did not agree, as a caller would be told: "Forename differs",
    "Date of birth: one digit different", "Middle name used as first name"."""
    words = []
    for field, kind in matched.items():
        if kind == "different":
            words.append(DIFFERS.get(field, f"{field.replace('_', ' ').capitalize()} differs"))
        elif kind == "middle_name":
            words.append("Middle name used as first name")
        elif kind == "dob_near" and field == "dob":
            words.append("Date of birth: one digit different" if full_date
                         else "Date of birth: a year out")
    return words


def match_text(grade: str, matched: dict[str, str], *, full_date: bool = True) -> str:
    """"Certain: surname, date of birth (close date)"; a possible or probable match also says
    which field differed ("Possible: Forename differs; surname, date of birth")."""
    grade_text = GRADES.get(grade, grade.capitalize())
    if grade in ("possible", "probable"):
        differ = differences(matched, full_date=full_date)
        agreed = [MATCH_FIELDS.get(f, f.replace("_", " ")) for f, k in matched.items()
                  if k in ("exact", "phonetic", "nickname", "alias", "swapped", "similar")]
        if differ:
            tail = f"; agrees on {', '.join(agreed)}" if agreed else ""
            return f"{grade_text}: {'; '.join(differ)}{tail}"
    pieces = []
    for field, kind in matched.items():
        label = MATCH_FIELDS.get(field, field.replace("_", " "))
        how = MATCH_KINDS.get(kind, kind)
        pieces.append(f"{label} ({how})" if how else label)
    return f"{grade_text}: {', '.join(pieces)}" if pieces else grade_text


def action_text(action: str, outcome: str) -> str:
    text = ACTIONS.get(action, action.replace(".", " ").replace("_", " ").capitalize())
    result = OUTCOMES.get(outcome, outcome.replace("-", " ").replace("_", " "))
    return f"{text} ({result})" if result else text


_GROUPABLE_ID: Final = re.compile(r"^([A-Za-z]{1,4})([0-9]{10})$")


def spoken_id(child_id: str) -> str:
    """An ID grouped for reading out, as NHS numbers are: "CP0449676956" → "CP 044 967 6956".
    Any other shape is shown as it is."""
    found = _GROUPABLE_ID.fullmatch(child_id)
    if found is None:
        return child_id
    prefix, digits = found.groups()
    return f"{prefix.upper()} {digits[:3]} {digits[3:6]} {digits[6:]}"


def spoken_phone(phone: str) -> str:
    """A phone number grouped for reading aloud; one already spaced is kept as written."""
    if " " in phone.strip():
        return phone.strip()
    digits = phone.strip()
    if not digits.isdigit() or len(digits) != 11 or not digits.startswith("0"):
        return digits
    if digits.startswith("02"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if digits.startswith("011") or digits[3] == "1":
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    return f"{digits[:5]} {digits[5:]}"


def age_text(dob: str, today: dt.date | None = None) -> str:
    """"6 years", "11 months", "2 weeks": a child's age as it is said aloud."""
    try:
        born = dt.date.fromisoformat(dob)
    except ValueError:
        return ""
    today = today or today_london()
    if born > today:
        return ""
    years = age_on(born, today)
    if years >= 1:
        return "1 year" if years == 1 else f"{years} years"
    months = (today.year - born.year) * 12 + today.month - born.month - (today.day < born.day)
    if months >= 1:
        return "1 month" if months == 1 else f"{months} months"
    weeks = (today - born).days // 7
    return "1 week" if weeks == 1 else f"{weeks} weeks" if weeks else "under a week"


def born_text(dob: str, today: dt.date | None = None) -> str:
    """"17 September 2019 (6 years)"."""
    age = age_text(dob, today)
    return f"{long_date(dob)} ({age})" if age else long_date(dob)
