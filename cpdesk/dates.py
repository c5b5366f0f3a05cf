"""Every date rule of the project in one place: partial dates, anniversaries, "today".

The directory counts ages, retention and involvement end dates in whole years, and searches
take dates of three precisions. Keeping the rules here means one answer to "what is a year
after 29 February?" (1 March, as English law counts a birthday in a common year) and one
"today" (Europe/London, whatever the machine's own zone), for the service and the client.

This module imports nothing of the project's, so the wire contract may use it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final
from zoneinfo import ZoneInfo

LONDON: Final = ZoneInfo("Europe/London")
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 9998  # a range must be able to end on 31 December of its last year
_PARTIAL: Final = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def today_london(now: dt.datetime | None = None) -> dt.date:
    """The calendar date in England at ``now`` (default: this moment)."""
    moment = now if now is not None else dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(LONDON).date()


def anniversary(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years; 29 February lands on 1 March in a common year.

    1 March rather than 28 February because a person born on 29 February legally reaches an
    age on 1 March in common years in England; birthdays, retention, CRB validity and
    involvement end dates all use this one rule.
    """
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def age_on(dob: dt.date, today: dt.date) -> int:
    """Whole years of age on ``today`` (a 29 February birthday counts from 1 March)."""
    years = today.year - dob.year
    return years if today >= anniversary(dob, years) else years - 1


class PartialDateError(ValueError):
    """A partial date that is not a real calendar date; the message says why, in words."""


@dataclass(frozen=True)
class PartialDate:
    """A date of birth as a caller gives it: a year, a year and month, or a whole date."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        found = _PARTIAL.match(text)
        if found is None:
            raise PartialDateError("use YYYY, YYYY-MM or YYYY-MM-DD")
        year = int(found.group(1))
        month = int(found.group(2)) if found.group(2) else None
        day = int(found.group(3)) if found.group(3) else None
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise PartialDateError(f"year must be between {FIRST_YEAR} and {LAST_YEAR}")
        if month is not None and not 1 <= month <= 12:
            raise PartialDateError("month must be 01 to 12")
        if day is not None:
            try:
                dt.date(year, month or 1, day)
            except ValueError:
                raise PartialDateError("not a real calendar date") from None
        return cls(year, month, day)

    @property
    def is_full(self) -> bool:
        return self.day is not None

    @property
    def first(self) -> dt.date:
        """The first day the date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> dt.date:
        """The last day the date covers."""
        if self.day is not None:
            return self.first
        if self.month is None:
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def check_partial_date(text: str) -> str:
    """A validator for the contract: the text unchanged, or ``ValueError`` saying why."""
    PartialDate.parse(text)
    return text


def check_iso_date(text: str) -> str:
    """A validator for the contract: a real calendar date in ``YYYY-MM-DD`` form."""
    parsed = PartialDate.parse(text)
    if not parsed.is_full:
        raise PartialDateError("give a whole date, YYYY-MM-DD")
    return text
