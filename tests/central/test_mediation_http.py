"""Mediated access, the helpdesk console's calls, user managers and data issues — over HTTP
with real tokens, on both engines."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, text
from test_service_http import bearer, problem_kind, sign_in
from testkit import child, involvement, load_children, years_ago

from cpdesk.central.auth import RateLimits
from cpdesk.central.embedded import EmbeddedService
from cpdesk.contract import MEDIATION_HEADER

LEEDS, BRISTOL = "E08000035", "E06000023"
SECRET = "Canary-Summary-Wilberforce"


def rid() -> str:
    return str(uuid.uuid4())


@pytest.fixture()
def directory(engine: Engine) -> None:
    load_children(engine, [
        child("CP0000001001", forenames="Mia", surname="Mediated", dob="2016-06-06",
              involvements=[involvement("gp"),
                            involvement("youth_worker", organisation="Old Club",
                                        end=years_ago(2))]),
        child("CP0000001002", forenames="Sol", surname="Shielded", dob="2015-05-05",
              shielded=True),
    ])


@pytest.fixture()
def desk(engine: Engine, enrol: Any) -> Iterator[tuple[EmbeddedService, list[dt.datetime],
                                                       dict[str, Any],
                                                       Callable[[str], dict[str, str]]]]:
    moment = [dt.datetime.now(dt.UTC)]
    with EmbeddedService(engine, clock=lambda: moment[0], limits=RateLimits()) as service:
        users = {
            "med": enrol("med", ["mediator"], la=LEEDS),
            "hd": enrol("hd", ["helpdesk"], la=LEEDS),
            "pat": enrol("pat", ["practitioner"], la=LEEDS, display_name="Pat Field",
                         phone="0113 496 0001", email="pat@example.org", org="Leeds GP"),
            "bob": enrol("bob", ["practitioner"], la=BRISTOL, phone="0117 496 0002"),
            "um": enrol("um", ["user_manager"], la=LEEDS),
            "da": enrol("da", ["data_administrator"], la=LEEDS),
            "bmed": enrol("bmed", ["mediator"], la=BRISTOL),
        }
        signed: dict[str, dict[str, str]] = {}

        def headers(name: str) -> dict[str, str]:
            if name not in signed:
                signed[name] = bearer(sign_in(service.url, users[name]))
            return signed[name]

        yield service, moment, users, headers


def post(service: EmbeddedService, headers: dict[str, str], path: str,
         body: dict[str, Any], **extra: str) -> httpx.Response:
    return httpx.post(f"{service.url}{path}", json=body, headers={**headers, **extra})


def get(service: EmbeddedService, headers: dict[str, str], path: str,
        **params: str) -> httpx.Response:
    extra = {MEDIATION_HEADER: params.pop("mediation")} if "mediation" in params else {}
    return httpx.get(f"{service.url}{path}", params=params or None, headers={**headers, **extra})


def verify(service: EmbeddedService, headers: dict[str, str], who: str) -> dict[str, Any]:
    answer = post(service, headers, "/v1/mediation/verify",
                  {"request_id": rid(), "practitioner": who})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def test_verification_tells_nothing_beyond_authorised_suspended_or_crb_expired(
        desk: Any, engine: Engine, enrol: Any) -> None:
    service, _moment, _users, headers = desk
    enrol("untrained", ["practitioner"], la=LEEDS, trained_on=None)
    enrol("unaccredited", ["practitioner"], la=LEEDS, accredited=False)
    enrol("suspended", ["practitioner"], la=LEEDS, status="suspended")
    enrol("old_crb", ["practitioner"], la=LEEDS, crb_date=dt.date.today() - dt.timedelta(
        days=3 * 366 + 2))
    med = headers("med")
    for who in ("pat", "0113 496 0001", "+44 113 496 0001", "PAT@example.org"):
        check = verify(service, med, who)
        assert check == {"status": "authorised", "username": "pat",
                         "display_name": "Pat Field", "organisation": "Leeds GP"}
    refusals = [verify(service, med, who) for who in (
        "nobody", "bob", "0117 496 0002", "untrained", "unaccredited", "um", "med")]
    assert refusals == [{"status": "not_authorised"}] * len(refusals)
    assert verify(service, med, "suspended") == {"status": "suspended"}
    assert verify(service, med, "old_crb") == {"status": "crb_expired"}
    assert verify(service, headers("hd"), "pat")["status"] == "authorised"
    assert post(service, headers("pat"), "/v1/mediation/verify",
                {"request_id": rid(), "practitioner": "pat"}).status_code == 403


def test_at_most_30_verifications_a_minute(desk: Any) -> None:
    service, _moment, _users, headers = desk
    codes = [post(service, headers("hd"), "/v1/mediation/verify",
                  {"request_id": rid(), "practitioner": "pat"}).status_code for _ in range(31)]
    assert codes[:30] == [200] * 30 and codes[30] == 429


def start_mediation(service: EmbeddedService, headers: dict[str, str],
                    practitioner: str = "pat", **extra: Any) -> str:
    made = post(service, headers, "/v1/mediation/sessions",
                {"request_id": rid(), "practitioner": practitioner,
                 "purpose": "service_coordination", **extra})
    assert made.status_code == 201, made.text
    return str(made.json()["mediation_id"])


def test_a_mediated_search_and_view_name_both_users_and_the_purpose(
        desk: Any, directory: None, engine: Engine) -> None:
    service, _moment, _users, headers = desk
    med = headers("med")
    alone = post(service, med, "/v1/search", {"surname": "Mediated", "dob": "2016"})
    assert alone.status_code == 403  # the mediator role alone grants nothing
    mediation = start_mediation(service, med)
    found = post(service, med, "/v1/search", {"surname": "Mediated", "dob": "2016"},
                 **{MEDIATION_HEADER: mediation})
    assert [r["id"] for r in found.json()["results"]] == ["CP0000001001"]
    shown = get(service, med, "/v1/children/CP0000001001", reason="mediated_request",
                mediation=mediation)
    assert shown.status_code == 200
    # No more than the practitioner's own access: ended services and shields as for them.
    assert all(i["organisation"] != "Old Club" for i in shown.json()["involvements"])
    assert get(service, med, "/v1/children/CP0000001002", reason="mediated_request",
               mediation=mediation).json()["view"] == "shielded"
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT username, action, detail FROM audit_log "
                                 "WHERE action IN ('search', 'record.view') "
                                 "AND username = 'med'")).all()
    mediated = [r for r in rows if '"on_behalf_of":"pat"' in r.detail.replace(" ", "")]
    assert len(mediated) == 3
    assert all('"purpose":"service_coordination"' in r.detail.replace(" ", "") for r in mediated)
    trail = get(service, headers("pat"), "/v1/me/activity").json()["entries"]
    on_behalf = [e for e in trail if e.get("mediated_by") == "med"]
    assert {e["action"] for e in on_behalf} == {"search", "record.view"}


def test_a_mediation_cannot_be_for_someone_not_authorised_and_ends_for_good(
        desk: Any, directory: None, enrol: Any) -> None:
    service, moment, users, headers = desk
    enrol("susp", ["practitioner"], la=LEEDS, status="suspended")
    med = headers("med")
    for who in ("susp", "bob", "nobody"):
        refused = post(service, med, "/v1/mediation/sessions",
                       {"request_id": rid(), "practitioner": who, "purpose": "safeguarding"})
        assert refused.status_code == 403
        assert problem_kind(refused) == "practitioner-not-authorised"
    mediation = start_mediation(service, med)
    ended = post(service, med, f"/v1/mediation/sessions/{mediation}/end", {"request_id": rid()})
    assert ended.status_code == 200
    after = post(service, med, "/v1/search", {"surname": "Mediated", "dob": "2016"},
                 **{MEDIATION_HEADER: mediation})
    assert after.status_code == 409 and problem_kind(after) == "mediation-ended"
    second = start_mediation(service, med)
    moment[0] += dt.timedelta(minutes=31)
    med = bearer(sign_in(service.url, users["med"]))  # the access token lapsed meanwhile
    expired = post(service, med, "/v1/search", {"surname": "Mediated", "dob": "2016"},
                   **{MEDIATION_HEADER: second})
    assert expired.status_code == 409 and problem_kind(expired) == "mediation-ended"
    other = start_mediation(service, med)
    stolen = post(service, headers("bmed"), "/v1/search", {"surname": "Mediated", "dob": "2016"},
                  **{MEDIATION_HEADER: other})
    assert stolen.status_code == 404


def test_the_inbox_claim_fulfil_and_a_receipt_that_matches_the_audit(
        desk: Any, directory: None) -> None:
    service, _moment, _users, headers = desk
    request = {"request_id": rid(), "practitioner": "pat",
               "child": {"surname": "Mediated", "dob": "2016-06-06"}, "urgency": "urgent",
               "callback": {"phone": "0113 496 0001"}}
    impostor = post(service, headers("hd"), "/v1/mediated-requests",
                    {**request, "request_id": rid(), "callback": {"phone": "07700 900999"}})
    assert impostor.status_code == 422
    made = post(service, headers("hd"), "/v1/mediated-requests", request)
    assert made.status_code == 201, made.text
    assert get(service, headers("bmed"), "/v1/mediated-requests",
               queue="open").json()["items"] == []  # another LA's mediators see nothing
    queue = get(service, headers("med"), "/v1/mediated-requests", queue="open").json()["items"]
    assert [i["request_id"] for i in queue] == [request["request_id"]]
    path = f"/v1/mediated-requests/{request['request_id']}"
    assert post(service, headers("med"), f"{path}/claim", {"request_id": rid()}).status_code == 200
    assert get(service, headers("med"), "/v1/mediated-requests", queue="open").json()["items"] == []
    mediation = start_mediation(service, headers("med"),
                                mediated_request_id=request["request_id"])
    for _ in range(2):
        post(service, headers("med"), "/v1/search", {"surname": "Mediated", "dob": "2016"},
             **{MEDIATION_HEADER: mediation})
    record = get(service, headers("med"), "/v1/children/CP0000001001", reason="mediated_request",
                 mediation=mediation).json()
    gp = next(i["ref"] for i in record["involvements"] if i["service"] == "gp")
    handed = post(service, headers("med"), f"/v1/mediation/sessions/{mediation}/passed-on",
                  {"request_id": rid(), "child_id": "CP0000001001",
                   "items": [{"kind": "involvement", "ref": gp}]})
    assert handed.status_code == 201, handed.text
    bogus = post(service, headers("med"), f"/v1/mediation/sessions/{mediation}/passed-on",
                 {"request_id": rid(), "child_id": "CP0000001001",
                  "items": [{"kind": "carer", "ref": "rNotOnTheRecord"}]})
    assert bogus.status_code == 422
    fulfilled = post(service, headers("med"), f"{path}/fulfil",
                     {"request_id": rid(), "mediation_id": mediation, "note": "Called back"})
    assert fulfilled.json()["status"] == "fulfilled"
    receipt = get(service, headers("pat"), f"{path}/receipt").json()
    trail = get(service, headers("pat"), "/v1/me/activity").json()["entries"]
    mine = [e for e in trail if e.get("mediated_by") == "med"]
    assert receipt["fulfilled_by"] == "med" and receipt["mediation_id"] == mediation
    assert receipt["searches"] == sum(1 for e in mine if e["action"] == "search") == 2
    assert receipt["records_viewed"] == ["CP0000001001"]
    assert receipt["passed_on"][0]["items"] == [{"kind": "involvement", "ref": gp}]
    assert get(service, headers("hd"), f"{path}/receipt").status_code == 404


def test_helpdesk_calls_are_routed_to_their_team_in_their_own_la(desk: Any,
                                                                   engine: Engine) -> None:
    service, _moment, _users, headers = desk
    call = {"request_id": rid(), "caller_type": "user", "caller_username": "pat",
            "category": "token_locked", "summary": SECRET, "route_to": "user_manager"}
    made = post(service, headers("hd"), "/v1/enquiries", call)
    assert made.status_code == 201 and made.json()["status"] == "open"
    assert post(service, headers("pat"), "/v1/enquiries", {**call, "request_id": rid()}
                ).status_code == 403
    queue = get(service, headers("um"), "/v1/enquiries", queue="user_manager").json()["items"]
    assert [q["request_id"] for q in queue] == [call["request_id"]]
    assert get(service, headers("um"), "/v1/enquiries", queue="cp_manager").status_code == 403
    done = post(service, headers("um"), f"/v1/enquiries/{call['request_id']}/status",
                {"request_id": rid(), "status": "resolved", "note": "Card unlocked"})
    assert done.status_code == 200 and done.json()["status"] == "resolved"
    assert get(service, headers("um"), "/v1/enquiries", queue="user_manager").json()["items"] == []
    with engine.connect() as conn:
        log = " ".join(str(r) for r in conn.execute(text("SELECT * FROM audit_log")).all())
    assert SECRET not in log


def test_a_user_manager_acts_on_own_la_users_and_sessions_end_at_once(
        desk: Any, directory: None, enrol: Any) -> None:
    service, _moment, users, headers = desk
    pat = headers("pat")
    assert post(service, pat, "/v1/search", {"id": "CP0000001001"}).status_code == 200
    suspended = post(service, headers("um"), "/v1/users/pat/suspend",
                     {"request_id": rid(), "reason": "Left the service"})
    assert suspended.json() == {"username": "pat", "status": "suspended", "token_revoked": False}
    assert post(service, pat, "/v1/search", {"id": "CP0000001001"}).status_code == 401
    assert post(service, headers("um"), "/v1/users/bob/suspend",
                {"request_id": rid(), "reason": "x"}).status_code == 404
    assert post(service, headers("hd"), "/v1/users/pat/suspend",
                {"request_id": rid(), "reason": "x"}).status_code == 403
    post(service, headers("um"), "/v1/users/pat/reinstate", {"request_id": rid(), "reason": "Back"})
    again = bearer(sign_in(service.url, users["pat"]))
    spare = enrol("spare", ["practitioner"], la=BRISTOL).token
    enrolled = post(service, headers("um"), "/v1/users/pat/token",
                    {"request_id": rid(), "auth_public_key": spare.auth_public_pem.decode()})
    assert enrolled.status_code == 200 and enrolled.json()["token_revoked"] is False
    assert post(service, again, "/v1/search", {"id": "CP0000001001"}).status_code == 401
    moved = type(users["pat"])("pat", users["pat"].password, spare)
    assert post(service, bearer(sign_in(service.url, moved)), "/v1/search",
                {"id": "CP0000001001"}).status_code == 200


def test_data_issues_name_only_visible_fields_and_reach_the_owning_data_administrator(
        desk: Any, directory: None) -> None:
    service, _moment, _users, headers = desk
    pat = headers("pat")
    seen = get(service, pat, "/v1/children/CP0000001001", reason="safeguarding").json()
    gp = next(i["ref"] for i in seen["involvements"] if i["service"] == "gp")
    report = {"request_id": rid(), "field": f"involvements/{gp}/phone",
              "suggested": "0113 496 0999", "note": "Practice moved"}
    made = post(service, pat, "/v1/children/CP0000001001/data-issues", report)
    assert made.status_code == 201, made.text
    hidden = post(service, pat, "/v1/children/CP0000001002/data-issues",
                  {**report, "request_id": rid(), "field": "address"})
    missing = post(service, pat, "/v1/children/CP0000001001/data-issues",
                   {**report, "request_id": rid(), "field": "carers/rDoesNotExist1/phone"})
    assert hidden.status_code == missing.status_code == 422
    assert problem_kind(hidden) == problem_kind(missing)
    queue = get(service, headers("da"), "/v1/data-issues", queue="la").json()["items"]
    assert [q["request_id"] for q in queue] == [report["request_id"]]
    resolved = post(service, headers("da"), f"/v1/data-issues/{report['request_id']}/resolve",
                    {"request_id": rid(), "outcome": "corrected", "note": "Updated"})
    assert resolved.status_code == 200
    mine = get(service, pat, "/v1/data-issues", mine="true").json()["items"]
    assert mine[0]["status"] == "corrected" and mine[0]["resolution_note"] == "Updated"


def test_every_write_is_idempotent(desk: Any, directory: None) -> None:
    service, _moment, _users, headers = desk
    writes = [
        ("hd", "/v1/enquiries", {"request_id": rid(), "caller_type": "public",
                                 "category": "other", "summary": "x", "route_to": "helpdesk"}),
        ("hd", "/v1/mediated-requests", {
            "request_id": rid(), "practitioner": "pat", "child": {"surname": "X"},
            "urgency": "routine", "callback": {"email": "pat@example.org"}}),
        ("med", "/v1/mediation/sessions", {"request_id": rid(), "practitioner": "pat",
                                           "purpose": "safeguarding"}),
        ("um", "/v1/users/hd/reinstate", {"request_id": rid(), "reason": "x"}),
    ]
    for who, path, body in writes:
        first = post(service, headers(who), path, body)
        again = post(service, headers(who), path, body)
        assert first.status_code in (200, 201) and again.status_code == 200, path
        assert again.json() == first.json(), path
        changed = post(service, headers(who), path, {**body, **(
            {"summary": "y"} if "summary" in body else {"urgency": "urgent"}
            if "urgency" in body else {"purpose": "other"} if "purpose" in body
            else {"reason": "y"})})
        assert changed.status_code == 409, path
