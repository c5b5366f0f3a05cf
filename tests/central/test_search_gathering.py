"""Issue 9: gathering from several keys, one field may disagree, every forename counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine
from testkit import child, load_children

from cpdesk.central.fuzzy import dob_level, dob_variants
from cpdesk.central.policy import Viewer
from cpdesk.central.search import search
from cpdesk.contract import SearchRequest, SearchResponse

VIEWER = Viewer("pat", frozenset({"practitioner"}), "E08000035")
TODAY = dt.date.today()


def find(engine: Engine, fuzzy: bool = True, **criteria: Any) -> SearchResponse:
    return search(engine, VIEWER, SearchRequest(fuzzy=fuzzy, **criteria), today=TODAY)


@pytest.fixture()
def directory(engine: Engine) -> Engine:
    load_children(engine, [
        child("CP0000000101", forenames="Oliver James", surname="Satterley", dob="2013-04-17"),
        child("CP0000000102", forenames="Amelia", surname="Kowalczyk", dob="2012-06-20"),
        child("CP0000000103", forenames="Niamh", surname="O'Sullivan", dob="2014-11-02"),
        child("CP0000000104", forenames="Harry", surname="Brown", dob="2015-03-09"),
        child("CP0000000105", forenames="Freya", surname="Brown", dob="2015-07-21"),
        # A child born the same day as 104, with other names: must not come back for 104.
        child("CP0000000106", forenames="Isla", surname="Patel", dob="2015-03-09"),
    ])
    return engine


def test_dob_variants_include_digit_errors_and_transpositions() -> None:
    variants = set(dob_variants("2012-06-20"))
    assert {"2012-06-02", "2012-06-21", "2012-08-20", "2013-06-20", "2011-06-20",
            "2012-09-20"} <= variants
    assert dob_level("2012-06-20", "2012-06-02") == "digit"
    assert dob_level("2012-06-20", "2012-06-23") == "digit"
    assert dob_level("2012-06-20", "2012-07-25") == "different"


@pytest.mark.parametrize("dob", ["2012-06-02", "2012-06-28", "2012-08-20", "2012-09-20"])
def test_one_digit_wrong_in_the_dob_with_names_exact_is_probable(directory: Engine,
                                                                 dob: str) -> None:
    first = find(directory, surname="Kowalczyk", forenames="Amelia", dob=dob).results[0]
    assert first.id == "CP0000000102"
    assert first.matched["dob"] == "dob_near" and first.grade == "probable"


def test_surname_with_two_slips_and_the_year_out(directory: Engine) -> None:
    first = find(directory, surname="Kowlaczik", forenames="Amelia", dob="2011-06-20").results[0]
    assert first.id == "CP0000000102"


def test_surname_split_by_a_space(directory: Engine) -> None:
    first = find(directory, surname="Satte Rley", forenames="Oliver", dob="2013-04-17").results[0]
    assert first.id == "CP0000000101"


def test_forename_replaced_with_surname_and_dob_exact_is_possible(directory: Engine) -> None:
    response = find(directory, surname="Brown", forenames="George", dob="2015-03-09")
    assert [r.id for r in response.results] == ["CP0000000104"]
    first = response.results[0]
    assert first.grade == "possible" and first.matched["forenames"] == "different"


def test_two_fields_disagreeing_is_not_a_match(directory: Engine) -> None:
    # Same day of birth as Isla Patel, but neither name agrees.
    response = find(directory, surname="Brown", forenames="George", dob="2015-03-09")
    assert "CP0000000106" not in [r.id for r in response.results]


def test_a_middle_name_given_as_the_forename(directory: Engine) -> None:
    first = find(directory, surname="Satterley", forenames="James", dob="2013-04-17").results[0]
    assert first.id == "CP0000000101" and first.matched["forenames"] == "middle_name"


def test_two_forenames_match_a_record_with_one(directory: Engine) -> None:
    first = find(directory, surname="Kowalczyk", forenames="Amelia Rose",
                 dob="2012-06-20").results[0]
    assert first.id == "CP0000000102" and first.matched["forenames"] == "exact"


def test_exact_search_folds_spacing_and_apostrophes(directory: Engine) -> None:
    for surname in ("O Sullivan", "OSullivan", "O'Sullivan"):
        response = find(directory, fuzzy=False, surname=surname, dob="2014-11-02")
        assert [r.id for r in response.results] == ["CP0000000103"], surname


def test_a_future_dob_is_a_422(directory: Engine) -> None:
    from cpdesk.central.errors import ServiceProblem

    with pytest.raises(ServiceProblem):
        find(directory, surname="Brown", dob=(TODAY + dt.timedelta(days=3)).isoformat())


# --- shielding ---------------------------------------------------------------------------


@pytest.fixture()
def shielded(engine: Engine) -> Engine:
    load_children(engine, [child(
        "CP0000000150", forenames="Lily", surname="Newname", dob="2014-05-03", shielded=True,
        address={"lines": ["Refuge"], "postcode": "LS6 9ZZ"},
        aliases=[{"forenames": "Lily", "surname": "Birthname"}])])
    return engine


@pytest.mark.parametrize("query", [
    # The alias-era name with every DOB key: exact, a digit out, a year out, transposed.
    {"surname": "Birthname", "forenames": "Lily", "dob": "2014-05-03"},
    {"surname": "Birthname", "forenames": "Lily", "dob": "2014-05-08"},
    {"surname": "Birthname", "forenames": "Lily", "dob": "2015-05-03"},
    {"surname": "Birthname", "forenames": "Lily", "dob": "2014-05-30"},
    {"surname": "Birthname", "forenames": "Lily", "dob": "2014"},
    # A different forename: the one-field rule never applies to a shielded child's names.
    {"surname": "Newname", "forenames": "Sophie", "dob": "2014-05-03"},
    # A postcode is hidden, so it neither gathers nor scores.
    {"surname": "Other", "forenames": "Lily", "dob": "2014-05-03", "postcode": "LS6 9ZZ"},
])
def test_a_shielded_child_is_never_gathered_through_hidden_fields(shielded: Engine,
                                                                  query: dict[str, str]) -> None:
    assert "CP0000000150" not in [r.id for r in find(shielded, **query).results]


def test_a_shielded_child_still_found_by_its_own_name_with_a_dob_slip(shielded: Engine) -> None:
    response = find(shielded, surname="Newname", forenames="Lily", dob="2014-05-08",
                    postcode="LS1 1AA")
    first = response.results[0]
    assert first.id == "CP0000000150" and first.matched["dob"] == "dob_near"
    assert "postcode" not in first.matched  # never names a hidden field
