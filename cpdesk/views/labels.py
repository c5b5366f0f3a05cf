"""Plain-English words for the contract's codes, shared by the views (translated: see translated()).

Dates are written the GOV.UK way ("27 March 2014"); codes the user never needs to learn
(``record.view``, ``dob_near``) become words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QCoreApplication

from cpdesk.dates import age_on, today_london
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP

# Every word below is English, marked for translation in the context "Labels"; the functions
# here (word(), translated()) return them in the user's language.
MONTHS: Final = (
    QT_TRANSLATE_NOOP("Labels", "January"), QT_TRANSLATE_NOOP("Labels", "February"),
    QT_TRANSLATE_NOOP("Labels", "March"), QT_TRANSLATE_NOOP("Labels", "April"),
    QT_TRANSLATE_NOOP("Labels", "May"), QT_TRANSLATE_NOOP("Labels", "June"),
    QT_TRANSLATE_NOOP("Labels", "July"), QT_TRANSLATE_NOOP("Labels", "August"),
    QT_TRANSLATE_NOOP("Labels", "September"), QT_TRANSLATE_NOOP("Labels", "October"),
    QT_TRANSLATE_NOOP("Labels", "November"), QT_TRANSLATE_NOOP("Labels", "December"))

GENDERS: Final[dict[str, str]] = {"female": QT_TRANSLATE_NOOP("Labels", "Female"),
                                  "male": QT_TRANSLATE_NOOP("Labels", "Male"),
                                  "unknown": QT_TRANSLATE_NOOP("Labels", "Not known")}

SERVICES: Final[dict[str, str]] = {
    "school": QT_TRANSLATE_NOOP("Labels", "School"),
    "gp": QT_TRANSLATE_NOOP("Labels", "GP practice"),
    "health_visitor": QT_TRANSLATE_NOOP("Labels", "Health visitor"),
    "social_worker": QT_TRANSLATE_NOOP("Labels", "Social worker"),
    "youth_worker": QT_TRANSLATE_NOOP("Labels", "Youth worker"),
    "youth_offending": QT_TRANSLATE_NOOP("Labels", "Youth offending service"),
    "sexual_health": QT_TRANSLATE_NOOP("Labels", "Sexual health service"),
    "mental_health": QT_TRANSLATE_NOOP("Labels", "Mental health service"),
    "substance_misuse": QT_TRANSLATE_NOOP("Labels", "Substance misuse service"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other service"),
}

REASONS: Final[dict[str, str]] = {
    "safeguarding": QT_TRANSLATE_NOOP("Labels", "Safeguarding a child"),
    "service_coordination": QT_TRANSLATE_NOOP("Labels", "Coordinating services for the child"),
    "missing_education": QT_TRANSLATE_NOOP("Labels", "Finding a child missing education"),
    "helpdesk_enquiry": QT_TRANSLATE_NOOP("Labels", "Answering a helpdesk enquiry"),
    "mediated_request": QT_TRANSLATE_NOOP(
        "Labels", "Searching for another practitioner (mediated request)"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
    "other": QT_TRANSLATE_NOOP("Labels", "Another reason"),
}

GRADES: Final[dict[str, str]] = {"certain": QT_TRANSLATE_NOOP("Labels", "Certain"),
                                  "probable": QT_TRANSLATE_NOOP("Labels", "Probable"),
                                  "possible": QT_TRANSLATE_NOOP("Labels", "Possible")}

MATCH_KINDS: Final[dict[str, str]] = {
    "exact": "",
    "phonetic": QT_TRANSLATE_NOOP("Labels", "sounds alike"),
    "nickname": QT_TRANSLATE_NOOP("Labels", "short form of the name"),
    "alias": QT_TRANSLATE_NOOP("Labels", "another known name"),
    "swapped": QT_TRANSLATE_NOOP("Labels", "names swapped"),
    "similar": QT_TRANSLATE_NOOP("Labels", "similar spelling"),
    "dob_near": QT_TRANSLATE_NOOP("Labels", "close date"),
    "middle_name": QT_TRANSLATE_NOOP("Labels", "middle name"),
    "different": QT_TRANSLATE_NOOP("Labels", "differs"),
}

MATCH_FIELDS: Final[dict[str, str]] = {
    "id": QT_TRANSLATE_NOOP("Labels", "ID"),
    "surname": QT_TRANSLATE_NOOP("Labels", "surname"),
    "forenames": QT_TRANSLATE_NOOP("Labels", "forenames"),
    "dob": QT_TRANSLATE_NOOP("Labels", "date of birth"),
    "gender": QT_TRANSLATE_NOOP("Labels", "gender"),
    "postcode": QT_TRANSLATE_NOOP("Labels", "postcode"),
}

ACTIONS: Final[dict[str, str]] = {
    "auth.login": QT_TRANSLATE_NOOP("Labels", "Signed in"),
    "auth.renew": QT_TRANSLATE_NOOP("Labels", "Session renewed"),
    "auth.logout": QT_TRANSLATE_NOOP("Labels", "Signed out"),
    "search": QT_TRANSLATE_NOOP("Labels", "Searched"),
    "record.view": QT_TRANSLATE_NOOP("Labels", "Viewed a record"),
}

OUTCOMES: Final[dict[str, str]] = {
    "ok": "",
    "shown": "",
    "none": QT_TRANSLATE_NOOP("Labels", "no match"),
    "too_many": QT_TRANSLATE_NOOP("Labels", "too many matches"),
    "refused": QT_TRANSLATE_NOOP("Labels", "refused"),
    "not-found": QT_TRANSLATE_NOOP("Labels", "not found"),
    "search-input-insufficient": QT_TRANSLATE_NOOP("Labels", "not enough details"),
}


def translated(text: str) -> str:
    """A word of this module's in the user's language ("" stays "")."""
    return QCoreApplication.translate("Labels", text) if text else text


def word(table: Mapping[str, str], code: str, default: str | None = None) -> str:
    """``code`` in words from one of the tables here, in the user's language; a code the
    table lacks as ``default`` (else as it is)."""
    text = table.get(code)
    if text is None:
        return code if default is None else default
    return translated(text)


def month(number: int) -> str:
    return translated(MONTHS[number - 1])


def long_date(iso: str) -> str:
    """"2014-03-27" → "27 March 2014"; partial dates as far as they go."""
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return QCoreApplication.translate("Labels", "{day} {month} {year}").format(
                day=int(parts[2]), month=month(int(parts[1])), year=parts[0])
        if len(parts) == 2:
            return QCoreApplication.translate("Labels", "{month} {year}").format(
                month=month(int(parts[1])), year=parts[0])
    except (ValueError, IndexError):
        return iso
    return parts[0]


def local_time(moment: dt.datetime) -> str:
    """A timestamp in the workstation's time zone: "27 March 2026, 14:05"."""
    local = moment.astimezone()
    return QCoreApplication.translate("Labels", "{day} {month} {year}, {time}").format(
        day=local.day, month=month(local.month), year=local.year, time=f"{local:%H:%M}")


# For a possible or probable match: which field differed, in words.
DIFFERS: Final[dict[str, str]] = {
    "id": QT_TRANSLATE_NOOP("Labels", "ID differs"),
    "surname": QT_TRANSLATE_NOOP("Labels", "Surname differs"),
    "forenames": QT_TRANSLATE_NOOP("Labels", "Forename differs"),
    "dob": QT_TRANSLATE_NOOP("Labels", "Date of birth differs"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender differs"),
    "postcode": QT_TRANSLATE_NOOP("Labels", "Postcode differs"),
}


def differences(matched: dict[str, str], *, full_date: bool = True) -> list[str]:
    """What did not agree, as a caller would be told: "Forename differs",
    "Date of birth: one digit different", "Middle name used as first name"."""
    words = []
    for field, kind in matched.items():
        if kind == "different":
            words.append(word(DIFFERS, field, QCoreApplication.translate(
                "Labels", "{field} differs").format(
                    field=field.replace("_", " ").capitalize())))
        elif kind == "middle_name":
            words.append(QCoreApplication.translate("Labels", "Middle name used as first name"))
        elif kind == "dob_near" and field == "dob":
            words.append(QCoreApplication.translate("Labels", "Date of birth: one digit different")
                         if full_date else
                         QCoreApplication.translate("Labels", "Date of birth: a year out"))
    return words


def match_text(grade: str, matched: dict[str, str], *, full_date: bool = True) -> str:
    """"Certain: surname, date of birth (close date)"; a possible or probable match also says
    which field differed ("Possible: Forename differs; surname, date of birth")."""
    grade_text = word(GRADES, grade, grade.capitalize())
    if grade in ("possible", "probable"):
        differ = differences(matched, full_date=full_date)
        agreed = [word(MATCH_FIELDS, f, f.replace("_", " ")) for f, k in matched.items()
                  if k in ("exact", "phonetic", "nickname", "alias", "swapped", "similar")]
        if differ:
            if agreed:
                text = QCoreApplication.translate("Labels", "{grade}: {differ}; agrees on {agreed}")
            else:
                text = QCoreApplication.translate("Labels", "{grade}: {differ}")
            return text.format(grade=grade_text, differ="; ".join(differ),
                               agreed=", ".join(agreed))
    pieces = []
    for field, kind in matched.items():
        label = word(MATCH_FIELDS, field, field.replace("_", " "))
        how = word(MATCH_KINDS, kind)
        pieces.append(QCoreApplication.translate("Labels", "{field} ({how})").format(
            field=label, how=how) if how else label)
    if not pieces:
        return grade_text
    return QCoreApplication.translate("Labels", "{grade}: {fields}").format(
        grade=grade_text, fields=", ".join(pieces))


def action_text(action: str, outcome: str) -> str:
    text = word(ACTIONS, action, action.replace(".", " ").replace("_", " ").capitalize())
    result = word(OUTCOMES, outcome, outcome.replace("-", " ").replace("_", " "))
    return QCoreApplication.translate("Labels", "{action} ({outcome})").format(
        action=text, outcome=result) if result else text


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
        if years == 1:
            return QCoreApplication.translate("Labels", "1 year")
        return QCoreApplication.translate("Labels", "{n} years").format(n=years)
    months = (today.year - born.year) * 12 + today.month - born.month - (today.day < born.day)
    if months >= 1:
        if months == 1:
            return QCoreApplication.translate("Labels", "1 month")
        return QCoreApplication.translate("Labels", "{n} months").format(n=months)
    weeks = (today - born).days // 7
    if weeks == 1:
        return QCoreApplication.translate("Labels", "1 week")
    if weeks:
        return QCoreApplication.translate("Labels", "{n} weeks").format(n=weeks)
    return QCoreApplication.translate("Labels", "under a week")


def born_text(dob: str, today: dt.date | None = None) -> str:
    """"17 September 2019 (6 years)"."""
    age = age_text(dob, today)
    return QCoreApplication.translate("Labels", "{date} ({age})").format(
        date=long_date(dob), age=age) if age else long_date(dob)
