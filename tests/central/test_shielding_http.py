"""Shielding and sensitive services as workflows, over HTTP with real tokens, on both engines."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from test_service_http import bearer, problem_kind, sign_in
from testkit import child, involvement, load_children

from cpdesk.central.auth import RateLimits
from cpdesk.central.embedded import EmbeddedService

LEEDS, BRISTOL = "E08000035", "E06000023"
HOME = {"lines": ["7 Quiet Lane", "Leeds"], "postcode": "LS6 4AB"}
SECRET = "Canary-Justification-Ottoline"


def rid() -> str:
    return str(uuid.uuid4())


@pytest.fixture()
def family(engine: Engine) -> None:
    """Two Leeds siblings and a Bristol-owned child at one address; a carer there too."""
    carer = {"name": "Carer Atthe Address", "relationship": "mother", "phone": "07700 900123",
             "email": None, "address": HOME}
    load_children(engine, [
        child("CP0000000801", forenames="Ava", surname="Quiet", dob="2015-04-04",
              address=HOME, carers=[carer],
              involvements=[involvement("gp"), involvement("school", organisation="Quiet School"),
                            involvement("mental_health", organisation="Hidden CAMHS",
                                        consent=True)]),
        child("CP0000000802", forenames="Ben", surname="Quiet", dob="2017-08-08",
              address={"lines": ["7, Quiet Lane", "LEEDS"], "postcode": "ls64ab"},
              carers=[carer]),
        child("CP0000000803", forenames="Cal", surname="Quiet", dob="2016-02-02",
              address=HOME, la=BRISTOL),
        child("CP0000000804", forenames="Dee", surname="Elsewhere", dob="2014-01-01",
              involvements=[involvement("substance_misuse", organisation="Quiet Recovery",
                                        consent=False)]),
    ])


@pytest.fixture()
def people(service: EmbeddedService, enrol: Any) -> dict[str, Any]:
    users = {
        "pat": enrol("pat", ["practitioner"], la=LEEDS),
        "sam": enrol("sam", ["practitioner"], la=BRISTOL),
        "cpm": enrol("cpm", ["cp_manager"], la=LEEDS),
        "bcpm": enrol("bcpm", ["cp_manager"], la=BRISTOL),
        "da": enrol("da", ["data_administrator"], la=LEEDS),
        "um": enrol("um", ["user_manager"], la=LEEDS),
    }
    return {name: bearer(sign_in(service.url, user)) for name, user in users.items()}


def call(service: EmbeddedService, headers: dict[str, str], method: str, path: str,
         body: dict[str, Any] | None = None, **params: Any) -> httpx.Response:
    return httpx.request(method, f"{service.url}{path}", json=body, params=params or None,
                         headers=headers)


def request_body(child_id: str = "CP0000000801", **overrides: Any) -> dict[str, Any]:
    body = {"request_id": rid(), "child_id": child_id, "ground": "domestic_violence",
            "justification": SECRET, "on_behalf_of": "family", "include_household": True,
            "urgent": False}
    body.update(overrides)
    return body


def record(service: EmbeddedService, headers: dict[str, str], child_id: str) -> dict[str, Any]:
    response = call(service, headers, "GET", f"/v1/children/{child_id}", reason="safeguarding")
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_request_approve_and_the_next_search_shows_the_minimal_record(
        service: EmbeddedService, people: dict[str, Any], family: None, engine: Engine) -> None:
    before = record(service, people["pat"], "CP0000000801")
    assert before["address"] and before["sensitive_ref"] and before["carers"][0]["ref"]
    created = call(service, people["pat"], "POST", "/v1/shielding/requests", request_body())
    assert created.status_code == 201, created.text
    made = created.json()
    assert made["status"] == "requested" and made["justification"] == SECRET
    assert made["created_by"] == "pat" and "household" not in made

    queue = call(service, people["cpm"], "GET", "/v1/shielding/requests", queue="decision")
    item = queue.json()["items"][0]
    assert item["request_id"] == made["request_id"]
    assert [h["id"] for h in item["household"]] == ["CP0000000802"]  # same LA, same address
    assert item["other_la_children"] == 1

    decided = call(service, people["cpm"], "POST",
                   f"/v1/shielding/requests/{made['request_id']}/decision",
                   {"request_id": rid(), "decision": "approve", "reason": "Grounds met",
                    "child_ids": ["CP0000000802"]})
    assert decided.status_code == 200, decided.text
    assert decided.json()["status"] == "approved" and decided.json()["decided_by"] == "cpm"

    mine = call(service, people["pat"], "GET", "/v1/shielding/requests", mine="true").json()
    assert mine["items"][0]["decided_by"] == "ContactPoint manager"
    # The practitioner's next search and record: name, DOB, gender and ID only.
    found = call(service, people["pat"], "POST", "/v1/search",
                 {"surname": "Quiet", "dob": "2015-04-04"}).json()["results"][0]
    assert found["shielded"] is True and "postcode_district" not in found
    after = record(service, people["pat"], "CP0000000801")
    assert after["view"] == "shielded" and after.get("address") is None
    assert record(service, people["pat"], "CP0000000802")["view"] == "shielded"
    # The Bristol child at the address has a request in Bristol's queue, not a shield.
    bristol = call(service, people["bcpm"], "GET", "/v1/shielding/requests",
                   queue="decision").json()["items"]
    assert [(i["child_id"], i["urgent"]) for i in bristol] == [("CP0000000803", True)]
    assert record(service, people["sam"], "CP0000000803")["view"] == "standard"
    # The owning LA's management team sees the shield on the record.
    full = record(service, people["cpm"], "CP0000000801")
    assert full["shield"]["ground"] == "domestic_violence" and full["shield"]["interim"] is False
    # Free text never reaches the audit log or anyone's activity.
    with engine.connect() as conn:
        log = " ".join(str(r) for r in conn.execute(text("SELECT * FROM audit_log")).all())
    assert SECRET not in log and "Grounds met" not in log


def test_idempotency_same_id_twice_is_one_request_other_body_is_409(
        service: EmbeddedService, people: dict[str, Any], family: None, engine: Engine) -> None:
    body = request_body()
    first = call(service, people["pat"], "POST", "/v1/shielding/requests", body)
    again = call(service, people["pat"], "POST", "/v1/shielding/requests", body)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    changed = call(service, people["pat"], "POST", "/v1/shielding/requests",
                   {**body, "urgent": True})
    assert changed.status_code == 409 and problem_kind(changed) == "request-id-reused"
    stranger = call(service, people["sam"], "POST", "/v1/shielding/requests", body)
    assert stranger.status_code == 409  # another caller cannot take or read it
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM shielding_requests")).scalar_one() == 1
    # An action's request_id is its own: the same decision twice decides once.
    decision = {"request_id": rid(), "decision": "reject", "reason": "Not met"}
    path = f"/v1/shielding/requests/{body['request_id']}/decision"
    assert call(service, people["cpm"], "POST", path, decision).status_code == 200
    assert call(service, people["cpm"], "POST", path, decision).status_code == 200
    assert call(service, people["cpm"], "POST", path,
                {**decision, "request_id": rid()}).status_code == 409  # once decided


def test_who_may_decide(service: EmbeddedService, people: dict[str, Any], family: None) -> None:
    made = call(service, people["pat"], "POST", "/v1/shielding/requests", request_body()).json()
    path = f"/v1/shielding/requests/{made['request_id']}"
    decision = {"request_id": rid(), "decision": "approve", "reason": "x",
                "child_ids": ["CP0000000802"]}
    assert call(service, people["pat"], "POST", f"{path}/decision", decision).status_code == 403
    assert call(service, people["da"], "POST", f"{path}/decision", decision).status_code == 403
    other = call(service, people["bcpm"], "POST", f"{path}/decision", decision)
    unknown = call(service, people["bcpm"], "POST",
                   f"/v1/shielding/requests/{rid()}/decision", decision)
    assert other.status_code == unknown.status_code == 404
    assert other.json() == unknown.json()  # existence is not revealed
    assert call(service, people["sam"], "GET", path).status_code == 404
    assert call(service, people["pat"], "GET", "/v1/shielding/requests",
                queue="decision").status_code == 403
    assert call(service, people["um"], "POST", "/v1/shielding/requests",
                request_body()).status_code == 403


def test_a_shield_covers_the_household_unless_told_why_not(
        service: EmbeddedService, people: dict[str, Any], family: None) -> None:
    made = call(service, people["pat"], "POST", "/v1/shielding/requests", request_body()).json()
    path = f"/v1/shielding/requests/{made['request_id']}/decision"
    alone = call(service, people["cpm"], "POST", path,
                 {"request_id": rid(), "decision": "approve", "reason": "x"})
    assert alone.status_code == 422 and problem_kind(alone) == "household-not-covered"
    assert "CP0000000802" in alone.json()["missing"]
    stranger = call(service, people["cpm"], "POST", path,
                    {"request_id": rid(), "decision": "approve", "reason": "x",
                     "child_ids": ["CP0000000804"]})
    assert stranger.status_code == 422
    excluded = call(service, people["cpm"], "POST", path,
                    {"request_id": rid(), "decision": "approve", "reason": "x",
                     "exclude_reason": "Ben moved to his father's last month"})
    assert excluded.status_code == 200
    assert record(service, people["pat"], "CP0000000801")["view"] == "shielded"
    assert record(service, people["pat"], "CP0000000802")["view"] == "standard"


@pytest.fixture()
def timed(engine: Engine, enrol: Any) -> Iterator[tuple[EmbeddedService, list[dt.datetime],
                                                        Callable[[str], dict[str, str]]]]:
    moment = [dt.datetime.now(dt.UTC)]
    with EmbeddedService(engine, clock=lambda: moment[0], limits=RateLimits()) as running:
        users = {"cpm": enrol("cpm", ["cp_manager"], la=LEEDS),
                 "pat": enrol("pat", ["practitioner"], la=LEEDS)}

        def headers(name: str) -> dict[str, str]:
            return bearer(sign_in(running.url, users[name]))

        yield running, moment, headers


def test_an_interim_shield_not_confirmed_in_72_hours_stays_and_raises_an_alert(
        timed: Any, family: None) -> None:
    service, moment, headers = timed
    cpm = headers("cpm")
    made = call(service, cpm, "POST", "/v1/shields",
                {"request_id": rid(), "child_ids": ["CP0000000801", "CP0000000802"],
                 "ground": "risk_to_adult", "justification": SECRET})
    assert made.status_code == 201, made.text
    shields = made.json()["items"]
    assert [s["interim"] for s in shields] == [True, True] and shields[0]["confirm_by"]
    assert call(service, cpm, "GET", "/v1/alerts").json()["items"] == []
    waiting = call(service, cpm, "GET", "/v1/shields", queue="interim").json()["items"]
    assert [s["child_id"] for s in waiting] == ["CP0000000801", "CP0000000802"]
    moment[0] += dt.timedelta(hours=73)
    cpm = headers("cpm")
    alerts = call(service, cpm, "GET", "/v1/alerts").json()["items"]
    assert {(a["kind"], a["child_id"]) for a in alerts} == {
        ("interim_shield_unconfirmed", "CP0000000801"),
        ("interim_shield_unconfirmed", "CP0000000802")}
    assert record(service, headers("pat"), "CP0000000801")["view"] == "shielded"  # still on
    confirmed = call(service, cpm, "POST", "/v1/shields/CP0000000801/confirm",
                     {"request_id": rid(), "reason": "Confirmed with the police"})
    assert confirmed.status_code == 200
    assert confirmed.json()["interim"] is False and confirmed.json().get("confirm_by") is None
    alerts = call(service, cpm, "GET", "/v1/alerts").json()["items"]
    assert [a["child_id"] for a in alerts] == ["CP0000000802"]


def test_review_lifts_per_household_and_restores_the_standard_view(
        timed: Any, family: None) -> None:
    service, moment, headers = timed
    cpm, pat = headers("cpm"), headers("pat")
    standard = record(service, pat, "CP0000000801")
    call(service, cpm, "POST", "/v1/shields",
         {"request_id": rid(), "child_ids": ["CP0000000801", "CP0000000802"],
          "ground": "placement_risk", "justification": "x"})
    moment[0] += dt.timedelta(days=340)
    cpm, pat = headers("cpm"), headers("pat")
    queue = call(service, cpm, "GET", "/v1/shields", queue="review").json()["items"]
    assert [s["child_id"] for s in queue] == ["CP0000000801", "CP0000000802"]
    alone = call(service, cpm, "POST", "/v1/shields/CP0000000801/review",
                 {"request_id": rid(), "outcome": "lift", "reason": "Family safe now"})
    assert alone.status_code == 409 and "CP0000000802" in alone.json()["detail"]
    both = call(service, cpm, "POST", "/v1/shields/CP0000000801/review",
                {"request_id": rid(), "outcome": "lift", "reason": "Family safe now",
                 "child_ids": ["CP0000000802"]})
    assert both.status_code == 200
    assert [s["status"] for s in both.json()["items"]] == ["lifted", "lifted"]
    assert all(s["lifted_at"] for s in both.json()["items"])
    restored = record(service, pat, "CP0000000801")
    for key in ("address", "carers", "involvements", "la", "sensitive_notice"):
        assert restored[key] == standard[key], key


def test_the_supply_creates_shields_and_never_clears_one(
        service: EmbeddedService, people: dict[str, Any], engine: Engine) -> None:
    load_children(engine, [child("CP0000000901", shielded=True),
                           child("CP0000000902", address=HOME)])
    assert record(service, people["pat"], "CP0000000901")["view"] == "shielded"
    full = record(service, people["cpm"], "CP0000000901")
    assert full["shield"]["applied_by"] == "data-supply"
    queue = call(service, people["cpm"], "GET", "/v1/shields", queue="review").json()["items"]
    assert queue == []  # in twelve months, like any other
    call(service, people["cpm"], "POST", "/v1/shields",
         {"request_id": rid(), "child_ids": ["CP0000000902"], "ground": "serious_crime",
          "justification": "x"})
    load_children(engine, [child("CP0000000901", shielded=False),
                           child("CP0000000902", address=HOME, shielded=False)])
    assert record(service, people["pat"], "CP0000000901")["view"] == "shielded"
    assert record(service, people["pat"], "CP0000000902")["view"] == "shielded"


def test_brokered_contact_for_a_sensitive_service(
        service: EmbeddedService, people: dict[str, Any], family: None) -> None:
    seen = record(service, people["sam"], "CP0000000801")
    ref = seen["sensitive_ref"]
    assert seen["sensitive_notice"] and ref
    assert "Hidden CAMHS" not in json.dumps(seen)
    body = {"request_id": rid(), "ref": ref, "message": SECRET,
            "callback": {"phone": "0117 496 0000"}}
    wrong = call(service, people["sam"], "POST", "/v1/children/CP0000000801/contact-requests",
                 {**body, "request_id": rid(), "ref": seen["carers"][0]["ref"]})
    assert wrong.status_code == 404
    made = call(service, people["sam"], "POST", "/v1/children/CP0000000801/contact-requests",
                body)
    assert made.status_code == 201 and made.json()["status"] == "open"
    assert call(service, people["bcpm"], "GET", "/v1/contact-requests",
                queue="la").json()["items"] == []  # Leeds owns the child
    queue = call(service, people["da"], "GET", "/v1/contact-requests", queue="la").json()
    assert [i["request_id"] for i in queue["items"]] == [body["request_id"]]
    assert call(service, people["pat"], "GET", "/v1/contact-requests",
                queue="la").status_code == 403
    closed = call(service, people["da"], "POST",
                  f"/v1/contact-requests/{body['request_id']}/close",
                  {"request_id": rid(), "outcome": "contacted", "note": "Passed on"})
    assert closed.status_code == 200 and closed.json()["closed_by"] == "da"
    mine = call(service, people["sam"], "GET", "/v1/contact-requests", mine="true").json()
    assert mine["items"][0]["status"] == "contacted"


def test_a_consent_override_shows_the_notice_and_raises_an_alert(
        service: EmbeddedService, people: dict[str, Any], family: None) -> None:
    assert record(service, people["pat"], "CP0000000804").get("sensitive_notice") is None
    full = record(service, people["cpm"], "CP0000000804")
    ref = next(i["ref"] for i in full["involvements"] if i["sensitive"])
    path = f"/v1/children/CP0000000804/involvements/{ref}/consent-override"
    body = {"request_id": rid(), "reason": "Child protection conference decision"}
    assert call(service, people["da"], "POST", path, body).status_code == 403
    assert call(service, people["bcpm"], "POST", path, body).status_code == 404
    made = call(service, people["cpm"], "POST", path, body)
    assert made.status_code == 201, made.text
    seen = record(service, people["pat"], "CP0000000804")
    assert seen["sensitive_notice"] and seen["sensitive_ref"] == ref
    assert "Quiet Recovery" not in json.dumps(seen)
    alerts = call(service, people["cpm"], "GET", "/v1/alerts").json()["items"]
    assert [(a["kind"], a["child_id"]) for a in alerts] == [("consent_override", "CP0000000804")]


def test_who_viewed_this_record(service: EmbeddedService, people: dict[str, Any],
                                family: None) -> None:
    record(service, people["pat"], "CP0000000801")
    record(service, people["sam"], "CP0000000801")
    log = call(service, people["da"], "GET", "/v1/children/CP0000000801/access-log").json()
    seen = [(e["username"], e["la"], e["action"], e.get("reason")) for e in log["items"]]
    assert ("sam", BRISTOL, "record.view", "safeguarding") in seen
    assert ("pat", LEEDS, "record.view", "safeguarding") in seen
    assert call(service, people["pat"], "GET",
                "/v1/children/CP0000000801/access-log").status_code == 403
    assert call(service, people["bcpm"], "GET",
                "/v1/children/CP0000000801/access-log").status_code == 404


def test_capabilities_follow_the_roles(service: EmbeddedService, enrol: Any) -> None:
    client = sign_in(service.url, enrol("cpm2", ["cp_manager"], la=LEEDS))
    assert client.session is not None
    assert {"request_shield", "decide_shield", "review_shield", "broker_contact",
            "view_access_log"} <= set(client.session.user.capabilities)
    plain = sign_in(service.url, enrol("pat2", ["practitioner"], la=LEEDS))
    assert plain.session is not None
    assert "decide_shield" not in plain.session.user.capabilities
    assert "request_shield" in plain.session.user.capabilities


_words = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=4,
                 max_size=10)


@settings(max_examples=4, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(street=_words, school=_words, carer=_words, district=st.sampled_from(["LS6", "LS7", "LS8"]))
def test_property_a_shield_hides_every_location_and_lifting_restores_the_standard_view(
        service: EmbeddedService, people: dict[str, Any], engine: Engine, street: str,
        school: str, carer: str, district: str) -> None:
    """After a shield, no answer to anyone outside the owning management team carries the
    child's address, its carers' addresses, its school, GP or LA; a lift restores exactly the
    standard view."""
    child_id = f"CP{uuid.uuid4().int % 10**10:010d}"
    surname = f"Shield{uuid.uuid4().hex[:6]}"
    street, school, carer = f"Rd{street}", f"Sch{school}", f"Cr{carer}"  # nothing else has these
    home = {"lines": [f"{street} Road", "Leeds"], "postcode": f"{district} 3ZZ"}
    load_children(engine, [child(
        child_id, forenames="Prop", surname=surname, dob="2016-01-01", address=home,
        carers=[{"name": f"Carer {carer}", "relationship": "mother", "phone": "07700 900555",
                 "email": None, "address": {"lines": [f"{carer} Flat"], "postcode": "LS1 1AA"}}],
        involvements=[involvement("school", organisation=f"{school} Academy"),
                      involvement("gp", organisation=f"{school} Surgery")])])
    standard = record(service, people["sam"], child_id)
    made = call(service, people["cpm"], "POST", "/v1/shields",
                {"request_id": rid(), "child_ids": [child_id], "ground": "serious_crime",
                 "justification": "x"})
    assert made.status_code == 201, made.text
    hidden = (street, school, carer, f"{district} 3ZZ", LEEDS)
    for who in ("pat", "sam"):
        seen = record(service, people[who], child_id)
        lines = [
            *call(service, people[who], "POST", "/v1/search",
                  {"surname": surname, "dob": "2016"}).json()["results"],
            *call(service, people[who], "POST", "/v1/search",
                  {"surname": surname, "forenames": "Prop", "dob": "2016-01-01",
                   "fuzzy": True}).json()["results"],
            *call(service, people[who], "POST", "/v1/me/recent",
                  {"child_ids": [child_id]}).json()["items"],
        ]
        mine = [line for line in lines if line["id"] == child_id]
        assert len(mine) == 3 and all(line["shielded"] for line in mine)
        # Nor may another line point at it (a grouped identity, a duplicate flag).
        assert all(child_id not in json.dumps(line) for line in lines if line not in mine)
        text_of = json.dumps([seen, *mine])
        for value in hidden:
            assert value not in text_of, (who, value)
    lifted = call(service, people["cpm"], "POST", f"/v1/shields/{child_id}/review",
                  {"request_id": rid(), "outcome": "lift", "reason": "x"})
    assert lifted.status_code == 200, lifted.text
    assert record(service, people["sam"], child_id) == standard
