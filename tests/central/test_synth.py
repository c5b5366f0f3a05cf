"""The synthetic population: valid, reproducible, unreal, and shaped like the real directory.

Trainers, demos and the search tests all lean on this population, so its promises are
checked here: every record loads, the same seed gives the same bytes, nothing in it can
reach a real person, and the awkward cases (twins, shielded families, linked records,
sensitive services, young adults past 18) occur at about the rates the generator claims.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from typing import Any

import pytest

from cpdesk.central import namedata
from cpdesk.central.namedata import fold, variants_of
from cpdesk.central.synth import child_id, generate
from cpdesk.contract import SENSITIVE_SERVICES, ChildImport

AS_OF = dt.date(2025, 6, 1)
POPULATION = 20_000

DRAMA_PHONE = re.compile(
    r"^(01632 960\d{3}|020 7946 0\d{3}|0113 496 0\d{3}|07700 900\d{3})$"
)
EXAMPLE_EMAIL = re.compile(r"^[^@\s]+@example\.(org|com|net)$")
INWARD = re.compile(r"^[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}$")


@pytest.fixture(scope="module")
def population() -> list[dict[str, Any]]:
    return list(generate(POPULATION, 2024, AS_OF))


def _age(dob: str) -> int:
    born = dt.date.fromisoformat(dob)
    return AS_OF.year - born.year - ((AS_OF.month, AS_OF.day) < (born.month, born.day))


def _rate(population: list[dict[str, Any]], predicate: Any) -> float:
    return sum(1 for record in population if predicate(record)) / len(population)


def _lines(records: Any) -> list[str]:
    return [json.dumps(record, ensure_ascii=False, sort_keys=False) for record in records]


# --- Shape and reproducibility ---------------------------------------------------------------


def test_same_arguments_give_byte_identical_output() -> None:
    assert _lines(generate(2_000, 7, AS_OF)) == _lines(generate(2_000, 7, AS_OF))


def test_a_different_seed_gives_a_different_population() -> None:
    first, second = _lines(generate(500, 7, AS_OF)), _lines(generate(500, 8, AS_OF))
    assert first != second
    assert {json.loads(line)["id"] for line in first}.isdisjoint(
        json.loads(line)["id"] for line in second
    )


def test_a_different_as_of_moves_the_ages_not_the_shape() -> None:
    later = list(generate(200, 7, AS_OF + dt.timedelta(days=365)))
    now = list(generate(200, 7, AS_OF))
    assert [r["forenames"] for r in later] == [r["forenames"] for r in now]
    assert all(r["dob"] > n["dob"] for r, n in zip(later, now, strict=True))


@pytest.mark.parametrize("count", [0, 1, 2, 3, 17, 101])
def test_exactly_the_requested_number_of_records(count: int) -> None:
    assert sum(1 for _ in generate(count, 3, AS_OF)) == count


def test_it_streams_rather_than_building_a_list() -> None:
    stream = generate(10**9, 1, AS_OF)
    first = next(iter(stream))
    assert first["id"].startswith("CP")


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        generate(-1, 1, AS_OF)


def test_every_record_of_a_sample_validates_strictly(
    population: list[dict[str, Any]],
) -> None:
    for record in population[:3_000]:
        ChildImport.model_validate(record)


def test_ids_are_unique_and_well_formed(population: list[dict[str, Any]]) -> None:
    ids = [record["id"] for record in population]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"CP[0-9]{10}", child) for child in ids)


def test_ids_carry_a_luhn_check_digit() -> None:
    def luhn_ok(digits: str) -> bool:
        total = 0
        for position, char in enumerate(reversed(digits)):
            value = int(char) * (2 if position % 2 else 1)
            total += value - 9 if value > 9 else value
        return total % 10 == 0

    assert all(luhn_ok(child_id(n, 12345)[2:]) for n in range(1_000))


# --- Nothing can reach a real person ---------------------------------------------------------


def test_phone_numbers_come_only_from_the_drama_ranges(
    population: list[dict[str, Any]],
) -> None:
    phones = [
        contact["phone"]
        for record in population
        for contact in (*record["carers"], *record["involvements"])
        if contact["phone"] is not None
    ]
    assert phones
    assert all(DRAMA_PHONE.match(phone) for phone in phones)


def test_emails_are_only_at_example_domains(population: list[dict[str, Any]]) -> None:
    emails = [
        contact["email"]
        for record in population
        for contact in (*record["carers"], *record["involvements"])
        if contact["email"] is not None
    ]
    assert emails
    assert all(EXAMPLE_EMAIL.match(email) for email in emails)


def test_postcodes_pair_a_district_of_the_childs_la_with_an_invented_inward_code(
    population: list[dict[str, Any]],
) -> None:
    districts = {la.code: {d for d, _ in la.districts} for la in namedata.LOCAL_AUTHORITIES}
    for record in population:
        district, inward = record["address"]["postcode"].split(" ")
        assert district in districts[record["la"]]
        assert INWARD.match(inward)


# --- Ages, retention, gender -----------------------------------------------------------------


def test_ages_are_mostly_children_with_some_young_adults(
    population: list[dict[str, Any]],
) -> None:
    ages = [_age(record["dob"]) for record in population]
    assert min(ages) >= 0
    assert max(ages) <= 25
    assert 0.035 <= sum(a >= 18 for a in ages) / len(ages) <= 0.065
    assert all(record["dob"] <= AS_OF.isoformat() for record in population)


def test_retention_consent_appears_only_where_it_can_matter(
    population: list[dict[str, Any]],
) -> None:
    adults = [r for r in population if _age(r["dob"]) >= 18]
    kept = Counter(r["retention_consent"] for r in adults)
    assert kept["to_25"] > 0 and kept["to_19"] > 0
    assert kept["none"] > kept["to_19"] + kept["to_25"]  # most are archived
    assert all(r["retention_consent"] != "to_19" for r in adults if _age(r["dob"]) >= 19)


def test_gender_is_balanced_with_a_few_unknown(population: list[dict[str, Any]]) -> None:
    genders = Counter(record["gender"] for record in population)
    assert abs(genders["female"] - genders["male"]) < 0.04 * POPULATION
    assert 0.001 <= genders["unknown"] / POPULATION <= 0.006


# --- Households, twins, shielding ------------------------------------------------------------


def _households(population: list[dict[str, Any]]) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    homes: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for record in population:
        if any(link["kind"] == "same_child" for link in record.get("links", [])):
            continue  # second records may carry an old address
        address = record["address"]
        homes[(address["postcode"], *address["lines"])].append(record)
    return homes


def test_households_share_carers_and_address(population: list[dict[str, Any]]) -> None:
    homes = _households(population)
    sizes = Counter(len(children) for children in homes.values())
    assert sizes[1] and sizes[2] and sizes[3] and sizes[4]
    assert max(sizes) <= 5
    shared = [
        children for children in homes.values()
        if len(children) > 1
        and all(c["carers"] == children[0]["carers"] for c in children)
    ]
    assert len(shared) > 0.9 * sum(1 for c in homes.values() if len(c) > 1)


def test_siblings_mostly_share_a_surname_but_not_always(
    population: list[dict[str, Any]],
) -> None:
    multi = [c for c in _households(population).values() if len(c) > 1]
    same = sum(len({fold(r["surname"]) for r in children}) == 1 for children in multi)
    assert 0.75 < same / len(multi) < 0.99


def test_twins_occur_at_about_the_birth_rate(population: list[dict[str, Any]]) -> None:
    twins = 0
    for children in _households(population).values():
        births = Counter(child["dob"] for child in children)
        twins += sum(count for count in births.values() if count > 1)
    assert 0.008 <= twins / POPULATION <= 0.03


def test_shielding_is_rare_and_covers_whole_households(
    population: list[dict[str, Any]],
) -> None:
    assert 0.0008 <= _rate(population, lambda r: r["shielded"]) <= 0.0045
    homes = [c for c in _households(population).values() if any(r["shielded"] for r in c)]
    whole = sum(all(r["shielded"] for r in children) for children in homes)
    assert whole >= 0.8 * len(homes)


# --- Links -----------------------------------------------------------------------------------


def test_links_are_reciprocal_and_point_at_existing_records(
    population: list[dict[str, Any]],
) -> None:
    by_id = {record["id"]: record for record in population}
    for record in population:
        for link in record.get("links", []):
            other = by_id[link["id"]]
            assert {"id": record["id"], "kind": link["kind"]} in other["links"]


def test_linked_records_occur_at_the_promised_rates(
    population: list[dict[str, Any]],
) -> None:
    def has(kind: str) -> Any:
        return lambda r: any(link["kind"] == kind for link in r.get("links", []))

    assert 0.005 <= _rate(population, has("same_child")) <= 0.016
    assert 0.005 <= _rate(population, has("possible_duplicate")) <= 0.016


def test_same_child_records_share_the_dob_and_some_cross_a_shield(
    population: list[dict[str, Any]],
) -> None:
    """The pre-move record of a child who fled is unshielded at the old address: the supply
    links the two, so the seed must too (the service has to keep that link hidden)."""
    by_id = {record["id"]: record for record in population}
    pairs = crossing = 0
    for record in population:
        for link in record.get("links", []):
            other = by_id[link["id"]]
            if link["kind"] == "same_child":
                pairs += 1
                assert other["dob"] == record["dob"]
                if other["shielded"] != record["shielded"]:
                    crossing += 1
                    unshielded = record if not record["shielded"] else other
                    shielded = other if unshielded is record else record
                    assert unshielded["address"] != shielded["address"]
            else:
                assert not record["shielded"] and not other["shielded"]
    assert pairs and crossing


def test_look_alikes_share_the_surname_and_a_near_birthday(
    population: list[dict[str, Any]],
) -> None:
    by_id = {record["id"]: record for record in population}
    close = total = 0
    for record in population:
        for link in record.get("links", []):
            if link["kind"] != "possible_duplicate":
                continue
            other = by_id[link["id"]]
            total += 1
            days = abs(
                (dt.date.fromisoformat(record["dob"]) - dt.date.fromisoformat(other["dob"])).days
            )
            close += days <= 60
    assert total and close == total


# --- Involvements ----------------------------------------------------------------------------


def test_every_child_has_a_gp_and_school_age_children_a_school(
    population: list[dict[str, Any]],
) -> None:
    for record in population:
        if any(link["kind"] == "same_child" for link in record.get("links", [])):
            continue  # a second source system knows only some of the services
        services = {i["service"] for i in record["involvements"]}
        assert "gp" in services
        if 6 <= _age(record["dob"]) <= 15:
            assert "school" in services


def test_health_visitors_only_for_the_under_fives(population: list[dict[str, Any]]) -> None:
    for record in population:
        for inv in record["involvements"]:
            if inv["service"] == "health_visitor" and inv["end"] is None:
                assert _age(record["dob"]) < 5


def test_sensitive_services_are_rare_and_usually_consented(
    population: list[dict[str, Any]],
) -> None:
    sensitive = [
        inv for record in population for inv in record["involvements"]
        if inv["service"] in SENSITIVE_SERVICES
    ]
    children = _rate(population, lambda r: any(
        i["service"] in SENSITIVE_SERVICES for i in r["involvements"]))
    assert 0.012 <= children <= 0.03
    refused = sum(not inv["consent"] for inv in sensitive) / len(sensitive)
    assert 0.1 <= refused <= 0.3


def test_lead_professional_caf_and_ended_involvements(
    population: list[dict[str, Any]],
) -> None:
    leads = [sum(i["lead_professional"] for i in r["involvements"]) for r in population]
    assert max(leads) == 1
    assert 0.05 <= sum(leads) / POPULATION <= 0.11
    assert 0.03 <= _rate(population, lambda r: any(i["caf"] for i in r["involvements"])) <= 0.07

    def ended(record: dict[str, Any], recent: bool) -> bool:
        for inv in record["involvements"]:
            if inv["end"] is not None:
                days = (AS_OF - dt.date.fromisoformat(inv["end"])).days
                if (days < 365) == recent:
                    return True
        return False

    assert 0.03 <= _rate(population, lambda r: ended(r, True)) <= 0.08
    assert 0.03 <= _rate(population, lambda r: ended(r, False)) <= 0.08


def test_involvement_dates_are_coherent(population: list[dict[str, Any]]) -> None:
    today = AS_OF.isoformat()
    for record in population:
        for inv in record["involvements"]:
            assert record["dob"] <= inv["start"] <= today
            assert inv["end"] is None or inv["start"] < inv["end"] <= today


# --- Names and their noise -------------------------------------------------------------------


def test_aliases_double_barrels_and_middle_names_occur(
    population: list[dict[str, Any]],
) -> None:
    assert 0.015 <= _rate(population, lambda r: bool(r["aliases"])) <= 0.06
    assert _rate(population, lambda r: "-" in r["surname"]) > 0.01
    assert _rate(population, lambda r: " " in r["forenames"]) > 0.15


def test_names_come_from_many_origins(population: list[dict[str, Any]]) -> None:
    surnames = Counter(record["surname"] for record in population)
    assert len(surnames) > 800
    assert surnames.most_common(1)[0][0] == "Smith"
    for name in ("Khan", "Patel", "Murphy", "Jones", "Nowak", "Okafor", "Mensah", "Chen"):
        assert surnames[name] > 0, name
    forenames = Counter(record["forenames"].split()[0] for record in population)
    for name in ("Muhammad", "Oliver", "Amelia", "Olivia", "George", "Isla"):
        assert forenames[name] > 0, name


def test_variants_of_groups_nicknames_and_spellings() -> None:
    assert "william" in variants_of("Bill")
    assert "siobhan" in variants_of("Shivaun")
    assert {"mohammed", "muhammad", "mohamed"} <= variants_of("Mohammad")
    assert "dafydd" in variants_of("Dai")
    assert "sian" in variants_of("Siân")
    assert "bill" in variants_of("WILLIAM")
    assert variants_of("Zzyzx") == frozenset()
    assert len(namedata.NAME_VARIANTS) >= 80


def test_fold_strips_case_accents_and_spacing() -> None:
    assert fold("Siân") == "sian"
    assert fold("  Łukasz   Wiśniewski ") == "lukasz wisniewski"
    assert fold("O’Brien") == fold("o'brien")
    assert fold("Yılmaz") == "yilmaz"


def test_local_authority_codes_are_valid() -> None:
    for la in namedata.LOCAL_AUTHORITIES:
        assert re.fullmatch(r"[A-Z0-9]{3,9}", la.code)
        assert 4 <= len(la.districts) <= 10
