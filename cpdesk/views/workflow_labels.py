"""Plain-English words for the shielding and sensitive-service workflows' codes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from PySide6.QtCore import QCoreApplication

from cpdesk.contract import NO_CONTROLS_PATTERN
from cpdesk.views.labels import local_time, long_date, word
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP

# In English, marked for translation in the context "Labels" (as cpdesk.views.labels): show
# them with labels.word() or labels.translated().
GROUNDS: Final[dict[str, tuple[str, str]]] = {
    "domestic_violence": (
        QT_TRANSLATE_NOOP("Labels", "Domestic violence"),
        QT_TRANSLATE_NOOP("Labels", "The child, or an adult with them, has fled someone who may "
                          "look for them.")),
    "risk_to_adult": (
        QT_TRANSLATE_NOOP("Labels", "Risk to an adult"),
        QT_TRANSLATE_NOOP("Labels", "An adult living with the child is at risk if their address "
                          "is known.")),
    "serious_crime": (
        QT_TRANSLATE_NOOP("Labels", "Serious crime"),
        QT_TRANSLATE_NOOP("Labels", "Showing where the child lives could harm the prevention or "
                          "detection of a serious crime.")),
    "adoption_link": (
        QT_TRANSLATE_NOOP("Labels", "Adoption"),
        QT_TRANSLATE_NOOP("Labels", "The child's identities before and after adoption must not be "
                          "linked.")),
    "placement_risk": (
        QT_TRANSLATE_NOOP("Labels", "Risk to a placement"),
        QT_TRANSLATE_NOOP("Labels", "Showing where the child lives could put their placement at "
                          "risk.")),
}
APPLIED_GROUNDS: Final[dict[str, str]] = {
    **{code: words for code, (words, _hint) in GROUNDS.items()},
    "data_supply": QT_TRANSLATE_NOOP("Labels", "Set by the data supply"),
}
ON_BEHALF: Final[dict[str, str]] = {
    "child": QT_TRANSLATE_NOOP("Labels", "The child"),
    "family": QT_TRANSLATE_NOOP("Labels", "The child's family"),
    "agency": QT_TRANSLATE_NOOP("Labels", "My agency"),
}
SHIELDING_STATUS: Final[dict[str, str]] = {
    "requested": QT_TRANSLATE_NOOP("Labels", "Waiting for a decision"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
CONTACT_STATUS: Final[dict[str, str]] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Waiting for the management team"),
    "contacted": QT_TRANSLATE_NOOP("Labels", "Contact made"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
}
ALERT_KINDS: Final[dict[str, str]] = {
    "interim_shield_unconfirmed": QT_TRANSLATE_NOOP("Labels", "Interim shield not confirmed "
                                                    "within 72 hours"),
    "consent_override": QT_TRANSLATE_NOOP("Labels", "Consent override recorded"),
    "shield_review_overdue": QT_TRANSLATE_NOOP("Labels", "Shield review overdue"),
}
ROLE_WORDS: Final[dict[str, str]] = {
    "cp_manager": QT_TRANSLATE_NOOP("Labels", "ContactPoint manager"),
    "data_administrator": QT_TRANSLATE_NOOP("Labels", "Data administrator"),
    "user_manager": QT_TRANSLATE_NOOP("Labels", "User manager"),
    "trainer": QT_TRANSLATE_NOOP("Labels", "ContactPoint trainer"),
    "helpdesk": QT_TRANSLATE_NOOP("Labels", "Helpdesk"),
    "practitioner": QT_TRANSLATE_NOOP("Labels", "Practitioner"),
    "mediator": QT_TRANSLATE_NOOP("Labels", "Mediator"),
}
ACCESS_ACTIONS: Final[dict[str, str]] = {
    "record.view": QT_TRANSLATE_NOOP("Labels", "Viewed the record"),
    "search": QT_TRANSLATE_NOOP("Labels", "Found in a search"),
    "recent.read": QT_TRANSLATE_NOOP("Labels", "Listed in recently viewed"),
}
_ALLOWED = re.compile(NO_CONTROLS_PATTERN)
FREE_TEXT_LIMIT: Final = 500


def ground_text(code: str) -> str:
    return word(APPLIED_GROUNDS, code)


def fold_text(text: str) -> str:
    """Free text as it is sent: line breaks and tabs become spaces, ends trimmed."""
    return " ".join(text.replace("\t", " ").splitlines()).strip()


def text_problem(text: str, what: str, *, limit: int = FREE_TEXT_LIMIT) -> str | None:
    """What is wrong with a free-text answer, GOV.UK style, or ``None``."""
    if not text:
        return QCoreApplication.translate("Labels", "Enter {what}").format(what=what)
    if len(text) > limit:
        return QCoreApplication.translate(
            "Labels", "{What} must be {limit} characters or fewer").format(
                What=what[0].upper() + what[1:], limit=limit)
    if not _ALLOWED.fullmatch(text):
        return QCoreApplication.translate(
            "Labels", "{What} must not contain special control characters").format(
                What=what[0].upper() + what[1:])
    return None


def when(moment: dt.datetime | None) -> str:
    return local_time(moment) if moment is not None else ""


def on_date(iso: str | None) -> str:
    return long_date(iso) if iso else ""
