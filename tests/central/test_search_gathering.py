"""Issue 9: gathering from several keys, one field may disagree, every forename counts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from sqlalchemy import Engine
from testkit import child, load_children

from cpdesk.central import db, fuzzy, synth
from cpdesk.central.fuzzy import dob_level, dob_variants, gather, name_index
from cpdesk.central.policy import Viewer
from cpdesk.central.search import Query, search
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
    assert dob_level("2012-06-20", "2012-06-28") == "digit"
    assert dob_level("2012-06-20", "2012-06-23") == "days"  # within three days comes first
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


def test_an_exact_search_sees_a_spelling_imported_since_the_name_index_was_built(
        engine: Engine) -> None:
    """The exact search reads the data supply's version beside its rows, not before them.
    A child imported after this process's name index was built, under another spacing of
    the surname asked for, is still found by the next search: when the first try found
    other children (whose rows carry the new version) and when it found none."""
    def exact(dob: str) -> list[str]:
        return sorted(r.id for r in find(engine, fuzzy=False, surname="O Sullivan",
                                         dob=dob).results)

    load_children(engine, [child("CP0000000301", forenames="Niamh", surname="O Sullivan",
                                 dob="2014-11-02")])
    assert exact("2014-11-02") == ["CP0000000301"]  # the index is built here
    load_children(engine, [child("CP0000000302", forenames="Aoife", surname="OSullivan",
                                 dob="2014-11-02")])
    assert exact("2014-11-02") == ["CP0000000301", "CP0000000302"]
    load_children(engine, [child("CP0000000303", forenames="Ciara", surname="O Sul Livan",
                                 dob="2017-01-01")])
    assert exact("2017-01-01") == ["CP0000000303"]


def test_a_widened_search_sees_a_name_imported_since_the_name_index_was_built(
        engine: Engine) -> None:
    """The widened search reads the data supply's version with its lookups: a child whose
    surname the name index has never held, imported after the index was built, is found by
    the next search under a misspelling of it (which only a rebuilt index can link to it)."""
    load_children(engine, [child("CP0000000311", forenames="Ada", surname="Brown",
                                 dob="2013-05-05")])
    assert [r.id for r in find(engine, surname="Brwn", forenames="Ada",
                               dob="2013-05-05").results] == ["CP0000000311"]
    load_children(engine, [child("CP0000000312", forenames="Ivo", surname="Quartermaine",
                                 dob="2016-08-08")])
    found = find(engine, surname="Quartermain", forenames="Ivo", dob="2016-07-08")
    assert [r.id for r in found.results] == ["CP0000000312"]


def test_an_exact_search_lists_a_child_once_however_many_of_its_names_match(
        engine: Engine) -> None:
    """The exact search joins every name a child is known by to the child: a child whose
    primary name and two aliases all match is still one line, and counts once towards the
    "too many" limit."""
    load_children(engine, [
        child("CP0000000201", forenames="Maya", surname="Quennell", dob="2016-02-14",
              aliases=[{"forenames": "Maya Rose", "surname": "Quennell"},
                       {"forenames": "Mia", "surname": "Quennell"}]),
        child("CP0000000202", forenames="Ezra", surname="Quennell", dob="2016-02-14"),
    ])
    response = find(engine, fuzzy=False, surname="Quennell", dob="2016-02-14")
    assert sorted(r.id for r in response.results) == ["CP0000000201", "CP0000000202"]


def test_a_future_dob_is_a_422(directory: Engine) -> None:
    from cpdesk.central.errors import ServiceProblem

    with pytest.raises(ServiceProblem):
        find(directory, surname="Brown", dob=(TODAY + dt.timedelta(days=3)).isoformat())


# --- one field replaced, another slightly wrong; a date a few days out ---------------------


@pytest.fixture()
def family(engine: Engine) -> Engine:
    load_children(engine, [
        child("CP0000000201", forenames="Tobias", surname="Fairweather", dob="2016-08-14"),
        child("CP0000000202", forenames="Marnie", surname="Pemberton", dob="2017-08-30"),
        child("CP0000000203", forenames="Elodie", surname="Castellano", dob="2015-01-31"),
        # Born the same day as 201, nothing else in common: never a match for 201's queries.
        child("CP0000000204", forenames="Priya", surname="Natarajan", dob="2016-08-14"),
    ])
    return engine


@pytest.mark.parametrize(("query", "different"), [
    # A stepfather's surname given, the forename with a slip.
    ({"surname": "Okonkwo", "forenames": "Tobais", "dob": "2016-08-14"}, "surname"),
    # A sibling's forename given, the surname misheard.
    ({"surname": "Fairwether", "forenames": "Jasper", "dob": "2016-08-14"}, "forenames"),
    # A sibling's forename given, the birth year out by one.
    ({"surname": "Fairweather", "forenames": "Jasper", "dob": "2015-08-14"}, "forenames"),
    # The date given wrongly (another child's), both names right.
    ({"surname": "Fairweather", "forenames": "Tobias", "dob": "2016-03-02"}, "dob"),
])
def test_one_field_replaced_and_another_slightly_wrong_is_possible(
        family: Engine, query: dict[str, str], different: str) -> None:
    response = find(family, True, **query)
    assert [r.id for r in response.results] == ["CP0000000201"]
    first = response.results[0]
    assert first.grade == "possible" and first.matched[different] == "different"
    assert all(v != "different" for k, v in first.matched.items() if k != different)


def test_one_field_replaced_ranks_below_a_child_agreeing_on_every_field(engine: Engine) -> None:
    load_children(engine, [
        # Both names a little out, the date exact.
        child("CP0000000211", forenames="Tobyas", surname="Fairwether", dob="2016-08-14"),
        # Both names exact, the date quite different.
        child("CP0000000212", forenames="Tobias", surname="Fairweather", dob="2016-03-02")])
    results = find(engine, surname="Fairweather", forenames="Tobias", dob="2016-08-14").results
    assert [r.id for r in results] == ["CP0000000211", "CP0000000212"]
    assert results[1].grade == "possible" and results[1].matched["dob"] == "different"


def test_two_fields_replaced_is_still_not_a_match(family: Engine) -> None:
    response = find(family, surname="Okonkwo", forenames="Jasper", dob="2016-08-14")
    assert "CP0000000201" not in [r.id for r in response.results]


@pytest.mark.parametrize(("held", "given"), [
    ("2017-08-30", "2017-08-29"),  # a day out, two digits different
    ("2017-08-30", "2017-09-01"),  # across the month's end
    ("2015-01-31", "2015-02-02"),  # across the month's end, two days
    ("2015-01-31", "2015-01-28"),  # three days early
])
def test_a_date_a_few_days_out_is_gathered_and_near(family: Engine, held: str,
                                                    given: str) -> None:
    assert given in dob_variants(held) and dob_level(given, held) == "days"
    assert "2015-01-01" in dob_variants("2014-12-31")  # across the year's end
    who = {"2017-08-30": ("Marnie", "Pemberton", "CP0000000202"),
           "2015-01-31": ("Elodie", "Castellano", "CP0000000203")}[held]
    first = find(family, forenames=who[0], surname=who[1], dob=given).results[0]
    assert first.id == who[2] and first.matched["dob"] == "dob_near"
    assert first.grade == "probable"
    # With a slip in the surname too, it is still found first.
    first = find(family, forenames=who[0], surname=who[1][:-1], dob=given).results[0]
    assert first.id == who[2]


def test_a_wrong_date_with_the_commonest_names_brings_back_no_namesakes() -> None:
    # Scoring only, with the name frequencies of a large directory: with the date wrong, two
    # exact names must together be rare for the one-field rule to apply.
    from cpdesk.central.fuzzy import Candidate, NameIndex, score
    from cpdesk.central.search import Query

    index = NameIndex(counts={"surname": {"khan": 2000, "fairweather": 2},
                              "forename": {"muhammad": 2500, "tobias": 40}}, total=100_000)
    for forenames, surname, kept in (("Muhammad", "Khan", False),
                                     ("Tobias", "Fairweather", True)):
        req = SearchRequest(forenames=forenames, surname=surname, dob="2016-08-14",
                            fuzzy=True)
        held = Candidate("CP0000000299", "2017-03-02", "male", "", "", "E08000035", False,
                         names=[("primary", forenames.lower(), surname.lower())])
        scored = score(req, Query.from_request(req), held, index)
        assert scored is not None and scored.matched["dob"] == "different"
        assert (scored.grade == "possible") is kept, forenames


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
    # A date a few days out (its own key now) under the alias-era name.
    {"surname": "Birthname", "forenames": "Lily", "dob": "2014-05-01"},
    # Another surname, the forename with a slip and the date exact: the one-field rule's
    # grading on the other fields never applies to a shielded child's names.
    {"surname": "Birthname", "forenames": "Lilly", "dob": "2014-05-03"},
    {"surname": "Okonkwo", "forenames": "Lily", "dob": "2014-05-04"},
    # A different forename: the one-field rule never applies to a shielded child's names.
    {"surname": "Newname", "forenames": "Sophie", "dob": "2014-05-03"},
    # A postcode is hidden, so it neither gathers nor scores.
    {"surname": "Other", "forenames": "Lily", "dob": "2014-05-03", "postcode": "LS6 9ZZ"},
])
def test_a_shielded_child_is_never_gathered_through_hidden_fields(shielded: Engine,
                                                                  query: dict[str, str]) -> None:
    assert "CP0000000150" not in [r.id for r in find(shielded, True, **query).results]


def test_a_shielded_child_still_found_by_its_own_name_with_a_dob_slip(shielded: Engine) -> None:
    response = find(shielded, surname="Newname", forenames="Lily", dob="2014-05-08",
                    postcode="LS1 1AA")
    first = response.results[0]
    assert first.id == "CP0000000150" and first.matched["dob"] == "dob_near"
    assert "postcode" not in first.matched  # never names a hidden field


def test_a_shielded_child_with_the_date_wrong_is_graded_on_its_own_names(shielded: Engine,
                                                                         ) -> None:
    # Its primary names both agree, so the one-field rule may apply to the date; the result
    # still never names the hidden postcode, and the alias-era name still finds nothing.
    first = find(shielded, surname="Newname", forenames="Lily", dob="2014-09-20",
                 postcode="LS6 9ZZ").results[0]
    assert first.id == "CP0000000150" and first.grade == "possible"
    assert first.matched["dob"] == "different" and "postcode" not in first.matched
    assert not find(shielded, surname="Birthname", forenames="Lily", dob="2014-09-20").results


@pytest.mark.parametrize("dob", ["2014-05-03", "2014-05-08", "2015-05-03", "2014"])
def test_a_shielded_child_is_not_even_a_candidate_through_its_alias(engine: Engine,
                                                                     dob: str) -> None:
    # Below the results: the name lookups read the index alone, so a child found only
    # through an alias (both its names other than the ones it is known by now) is dropped
    # once loaded and seen to be shielded, before scoring.
    load_children(engine, [child(
        "CP0000000160", forenames="Lily", surname="Newname", dob="2014-05-03", shielded=True,
        aliases=[{"forenames": "Rose", "surname": "Birthname"}])])

    def gathered(**names: str) -> set[str]:
        req = SearchRequest(fuzzy=True, dob=dob, **names)
        with db.reading(engine) as conn:
            return set(gather(conn, name_index(conn), req, Query.from_request(req), TODAY))

    assert "CP0000000160" not in gathered(surname="Birthname", forenames="Rose")
    assert "CP0000000160" in gathered(surname="Newname", forenames="Lily")


@pytest.mark.parametrize("query", [
    {"surname": "Archer", "forenames": "Oscar", "dob": "2006-03-10"},  # born that day
    {"surname": "Archer", "forenames": "Oscar", "dob": "2006-03-11"},  # a date mistake
    {"surname": "Archre", "forenames": "Oscar", "dob": "2006"},  # the birth year
    {"surname": "Oscar", "forenames": "Archer", "dob": "2006-03-10"},  # swapped
    {"surname": "Bowman", "forenames": "Oscar", "dob": "2006-03-12"},  # an alias
])
def test_an_archived_child_is_never_a_widened_result(engine: Engine,
                                                      query: dict[str, str]) -> None:
    # Its 18th birthday has passed (no retention consent): out of the live directory. The
    # name lookups no longer read the child's row, so whether it is live is decided on
    # loading: every key must still leave it out.
    load_children(engine, [
        child("CP0000000170", forenames="Oscar", surname="Archer", dob="2006-03-10",
              aliases=[{"forenames": "Oscar", "surname": "Bowman"}]),
        child("CP0000000171", forenames="Oscar", surname="Archer", dob="2012-03-10",
              aliases=[{"forenames": "Oscar", "surname": "Bowman"}]),
    ])
    assert "CP0000000170" not in [r.id for r in find(engine, **query).results]
    # The same kinds of query find the live namesake.
    live = {**query, "dob": query["dob"].replace("2006", "2012")}
    assert "CP0000000171" in [r.id for r in find(engine, **live).results]


def _slip(rng: random.Random, word: str) -> str:
    """One keyboard slip: a letter dropped, doubled, replaced, or two swapped."""
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[:i] + rng.choice("aeioulnrst") + word[i + 1:]
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def _date_slip(rng: random.Random, dob: str) -> str:
    day = dt.date.fromisoformat(dob)
    options = [dob, (day + dt.timedelta(days=rng.choice([-2, 1, 3]))).isoformat(),
               f"{day.year + rng.choice([-1, 1])}-{dob[5:]}",
               f"{dob[:3]}{(int(dob[3]) + 1) % 10}{dob[4:]}"]
    if day.day <= 12:
        options.append(f"{dob[:4]}-{dob[8:]}-{dob[5:7]}")
    chosen = rng.choice(options)
    try:
        slipped = dt.date.fromisoformat(chosen)
    except ValueError:
        return dob
    return dob if slipped > TODAY else slipped.isoformat()


def test_children_left_unread_are_never_ones_scoring_would_accept(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The widened search bounds each gathered child's score from its names and date alone
    and reads the rows of those that could pass (``fuzzy.may_be_accepted``). The results
    must be exactly those of reading and scoring every child gathered: shielded children
    (whose aliases and postcode do not count), aliases, gender and postcode given right and
    wrong, names and dates with slips, both names swapped."""
    rng = random.Random(20261201)
    population = list(synth.generate(6000, 3, TODAY))
    for record in rng.sample(population, 600):
        record["shielded"] = True  # far more than synth's share, aliases among them
    load_children(engine, population)
    queries: list[dict[str, Any]] = []
    for record in rng.sample(population, 300):
        names = [(record["forenames"], record["surname"])] + [
            (a["forenames"], a["surname"]) for a in record.get("aliases") or []]
        forenames, surname = rng.choice(names)
        forename = forenames.split(" ")[0]
        if rng.random() < 0.5:
            surname = _slip(rng, surname)
        else:
            forename = _slip(rng, forename)
        if rng.random() < 0.15:
            forename, surname = surname, forename
        query: dict[str, Any] = {"surname": surname, "forenames": forename,
                                 "dob": _date_slip(rng, str(record["dob"]))}
        shape = rng.random()
        if shape < 0.25:
            query["dob"] = query["dob"][:4]
        elif shape < 0.35:  # a range of birth dates instead
            year = int(str(record["dob"])[:4])
            query.pop("dob")
            query["dob_from"], query["dob_to"] = f"{year - 1}-07-01", f"{year}-06-30"
        if rng.random() < 0.1 and len(forename) >= 3:  # a forename prefix
            query["forenames"] = forename[:3] + "*"
        if rng.random() < 0.6:
            query["gender"] = rng.choice(["male", "female", str(record["gender"]),
                                          str(record["gender"])])
        if rng.random() < 0.3:
            postcode = str(record["address"]["postcode"])  # type: ignore[index]
            query["postcode"] = postcode if rng.random() < 0.6 else "B1 1AA"
        queries.append(query)

    unread = [0]
    bound = fuzzy.may_be_accepted

    def counting(*args: Any) -> bool:
        passed = bound(*args)
        unread[0] += not passed
        return passed

    monkeypatch.setattr(fuzzy, "may_be_accepted", counting)
    bounded = [find(engine, **query).model_dump() for query in queries]
    monkeypatch.setattr(fuzzy, "may_be_accepted", lambda *args: True)
    everyone = [find(engine, **query).model_dump() for query in queries]
    assert sum(len(r["results"]) for r in everyone) > len(queries) // 2  # not all "none"
    assert unread[0] > 30, unread  # the bound does leave children unread
    for query, got, expected in zip(queries, bounded, everyone, strict=True):
        assert got == expected, query


def test_a_date_mistake_is_still_looked_up_when_a_name_lookup_was_cut_off(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The date-mistake lookup leaves out the dates a name's window lookup read whole; when
    that lookup was cut off at the candidate cap it read nothing whole, and the child born on
    a mistake of the date inside the window must still be found through it."""
    namesakes = [child(f"CP00000001{n:02d}", forenames="Zebedee", surname="Satterley",
                       dob=f"2014-01-{n + 1:02d}") for n in range(8)]
    load_children(engine, [*namesakes, child("CP0000000001", forenames="Jack",
                                             surname="Satterley", dob="2015-03-09")])
    monkeypatch.setattr(fuzzy, "MAX_CANDIDATES", 5)
    found = find(engine, surname="Satterley", forenames="Zebedee", dob="2015-09-03")
    assert "CP0000000001" in [r.id for r in found.results]
