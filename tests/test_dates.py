"""The one set of date rules: partial dates, anniversaries, "today" in England."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdesk.dates import PartialDate, PartialDateError, age_on, anniversary, today_london


@pytest.mark.parametrize(("day", "years", "expected"), [
    ("2008-02-29", 18, "2026-03-01"),   # a common year: 1 March, as English law counts it
    ("2008-02-29", 16, "2024-02-29"),   # a leap year: the day itself
    ("2010-06-15", 1, "2011-06-15"),
    ("2028-02-29", -18, "2010-03-01"),
])
def test_anniversary_moves_29_february_to_1_march(day: str, years: int, expected: str) -> None:
    assert anniversary(dt.date.fromisoformat(day), years).isoformat() == expected


def test_age_counts_a_leap_day_birthday_from_1_march() -> None:
    born = dt.date(2008, 2, 29)
    assert age_on(born, dt.date(2026, 2, 28)) == 17
    assert age_on(born, dt.date(2026, 3, 1)) == 18


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2017", "2017-01-01", "2017-12-31"),
    ("2016-02", "2016-02-01", "2016-02-29"),
    ("2017-12", "2017-12-01", "2017-12-31"),
    ("2017-02-03", "2017-02-03", "2017-02-03"),
    ("9998-12", "9998-12-01", "9998-12-31"),
])
def test_partial_dates_cover_their_days(text: str, first: str, last: str) -> None:
    parsed = PartialDate.parse(text)
    assert (parsed.first.isoformat(), parsed.last.isoformat()) == (first, last)
    assert str(parsed) == text


@pytest.mark.parametrize("text", ["9999-12", "0001", "2017-13", "2017-02-30", "2017-2",
                                  "17", "2017-00", ""])
def test_impossible_partial_dates_are_refused_in_words(text: str) -> None:
    with pytest.raises(PartialDateError) as refused:
        PartialDate.parse(text)
    assert str(refused.value)


def test_today_is_the_date_in_england_not_on_this_machine() -> None:
    # 23:30 UTC on 30 June is already 1 July in London (BST); in January it is not.
    assert today_london(dt.datetime(2026, 6, 30, 23, 30, tzinfo=dt.UTC)) == dt.date(2026, 7, 1)
    assert today_london(dt.datetime(2026, 1, 30, 23, 30, tzinfo=dt.UTC)) == dt.date(2026, 1, 30)
