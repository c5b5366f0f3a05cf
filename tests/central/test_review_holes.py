"""The holes an outside review found, each attacked again over HTTP the way the review did.

Every test here failed on the service before the fix (issue 7); the comment on each names
the hole.
"""

from __future__ import annotations

import base64
import concurrent.futures
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select, text
from test_service_http import bearer, problem_kind, sign_in, signed_in
from testkit import PASSWORD, Pkcs11Signer, child, drop_audit_triggers, load_children, run

from cpdesk.central.auth import Limit, RateLimits
from cpdesk.central.db import audit_log
from cpdesk.central.embedded import EmbeddedService
from cpdesk.central.users import add_user, revoke_token
from cpdesk.contract import SearchRequest, login_message
from cpdesk.sync.api import ApiError

LEEDS, BRISTOL = "E08000035", "E06000023"


def chain_rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(audit_log)).scalar_one())


def search(url: str, headers: dict[str, str], **body: Any) -> httpx.Response:
    return httpx.post(f"{url}/v1/search", json=body, headers=headers)


# --- 1 and 2: links to shielded children, and grouping as an oracle --------------------------


@pytest.fixture()
def linked(engine: Engine) -> None:
    """A child who fled: the shielded record (Bristol) and the pre-move one (Leeds), linked;
    and two shielded records of one adopted child (one under the pre-adoption name)."""
    load_children(engine, [
        child("CP0000000101", forenames="Maya", surname="Ellison", dob="2016-05-04",
              la=BRISTOL, shielded=True,
              address={"lines": ["Refuge"], "postcode": "BS5 1AA"},
              links=[{"id": "CP0000000102", "kind": "same_child"}]),
        child("CP0000000102", forenames="Maya", surname="Ellison", dob="2016-05-04",
              la=LEEDS, address={"lines": ["Old House"], "postcode": "LS6 3BB"},
              links=[{"id": "CP0000000101", "kind": "same_child"},
                     {"id": "CP0000000103", "kind": "possible_duplicate"}]),
        child("CP0000000103", forenames="Maia", surname="Ellison", dob="2016-05-14", la=LEEDS,
              links=[{"id": "CP0000000102", "kind": "possible_duplicate"}]),
        child("CP0000000201", forenames="Sam", surname="Adoptee", dob="2015-01-09",
              la=BRISTOL, shielded=True,
              links=[{"id": "CP0000000202", "kind": "same_child"}]),
        child("CP0000000202", forenames="Samuel", surname="Adoptee", dob="2015-01-09",
              la=BRISTOL, shielded=True,
              links=[{"id": "CP0000000201", "kind": "same_child"}]),
    ])


def test_hole1_no_link_to_a_shielded_child_from_an_unshielded_record(
        service: EmbeddedService, enrol: Any, linked: None) -> None:
    practitioner = sign_in(service.url, enrol("pat", la=LEEDS))
    leeds_manager = sign_in(service.url, enrol("leeds.cpm", ["cp_manager"], la=LEEDS))
    bristol_manager = sign_in(service.url, enrol("bristol.cpm", ["cp_manager"], la=BRISTOL))

    def links_seen(client: Any) -> list[str]:
        record = httpx.get(f"{service.url}/v1/children/CP0000000102",
                           params={"reason": "safeguarding"}, headers=bearer(client)).json()
        return [link["id"] for link in record["links"]]

    # The shielded child's id never appears beside the old address, not even for the
    # management team of the record's own LA; its own LA's management team sees the link.
    assert links_seen(practitioner) == ["CP0000000103"]
    assert links_seen(leeds_manager) == ["CP0000000103"]
    assert links_seen(bristol_manager) == ["CP0000000101", "CP0000000103"]

    # Nor anything derived from the link in a widened search: the unshielded record stands
    # alone, with no other identity and no duplicate flag taken from the shielded record.
    found = search(service.url, bearer(practitioner), surname="Ellison", forenames="Maya",
                   dob="2016-05-04", fuzzy=True).json()
    lines = {r["id"]: r for r in found["results"]}
    assert "CP0000000101" in lines and "CP0000000102" in lines
    assert lines["CP0000000102"]["identities"] == []
    assert lines["CP0000000101"]["possible_duplicate"] is False
    assert "CP0000000101" not in json.dumps(lines["CP0000000102"])


def test_hole2_shielded_records_are_never_folded_together(
        service: EmbeddedService, enrol: Any, linked: None) -> None:
    for who in (enrol("pat", la=LEEDS), enrol("bristol.cpm", ["cp_manager"], la=BRISTOL)):
        client = sign_in(service.url, who)
        # A query only one record satisfies returns that record alone…
        one = search(service.url, bearer(client), surname="Adoptee", forenames="Sam",
                     dob="2015-01-09").json()
        assert [r["id"] for r in one["results"]] == ["CP0000000201"]
        # …and one both satisfy returns both, unfolded and unflagged, for every caller: the
        # list never depends on the link between them.
        for fuzzy in (False, True):
            both = search(service.url, bearer(client), surname="Adoptee", dob="2015-01-09",
                          fuzzy=fuzzy).json()
            assert sorted(r["id"] for r in both["results"]) == ["CP0000000201", "CP0000000202"]
            assert all(r["identities"] == [] and r["possible_duplicate"] is False
                       for r in both["results"])


# --- 3 and 4: browsing round the minimum inputs, and impossible dates -------------------------


@pytest.fixture()
def month(engine: Engine) -> None:
    load_children(engine, [
        child(f"CP00000003{n:02d}", forenames=f"Kid{'abcdefghijklmnopqrst'[n]}",
              surname=("Wang" if n == 0 else f"Other{'abcdefghijklmnopqrst'[n]}"),
              dob=f"2017-02-{n + 1:02d}")
        for n in range(20)
    ])


@pytest.mark.parametrize("surname", [".", "'", "--", "!!", " . "])
def test_hole3_punctuation_surname_is_no_surname(service: EmbeddedService, enrol: Any,
                                                 month: None, surname: str) -> None:
    client = sign_in(service.url, enrol("pat"))
    for fuzzy in (False, True):
        refused = search(service.url, bearer(client), surname=surname, dob="2017-02",
                         fuzzy=fuzzy)
        assert refused.status_code == 422, refused.text
        assert problem_kind(refused) == "search-input-insufficient"
        assert "surname" in refused.json()["missing"]


def test_hole3_names_in_other_scripts_are_transliterated(service: EmbeddedService,
                                                        enrol: Any, month: None) -> None:
    client = sign_in(service.url, enrol("pat"))
    found = search(service.url, bearer(client), surname="王", dob="2017-02").json()
    assert [r["id"] for r in found["results"]] == ["CP0000000300"]


def test_hole3_a_prefix_of_punctuation_lists_nobody(service: EmbeddedService, enrol: Any,
                                                   month: None) -> None:
    client = sign_in(service.url, enrol("pat"))
    refused = search(service.url, bearer(client), surname="Wang", forenames="..*",
                     dob_from="2017-01-01")
    assert refused.status_code == 422


def test_hole3_an_id_narrows_the_widened_search(service: EmbeddedService, enrol: Any,
                                               month: None) -> None:
    client = sign_in(service.url, enrol("pat"))
    unrelated = search(service.url, bearer(client), id="ZZ", dob="2017-02-01", fuzzy=True)
    assert unrelated.status_code == 200 and unrelated.json()["results"] == []
    own = search(service.url, bearer(client), id="CP0000000300", surname="Wang",
                 dob="2017-02-01", fuzzy=True).json()
    assert [r["id"] for r in own["results"]] == ["CP0000000300"]


@pytest.mark.parametrize("body", [
    {"surname": "Smith", "dob": "9999-12"},
    {"surname": "Smith", "dob": "9999"},
    {"surname": "Smith", "dob": "2017-13"},
    {"surname": "Smith", "dob": "2017-02-30"},
    {"surname": "Smith", "dob": "0001"},
    {"surname": "Smith", "dob": (dt.date.today() + dt.timedelta(days=400)).isoformat()},
])
def test_hole4_impossible_dates_are_422_and_audited_once(service: EmbeddedService,
                                                        enrol: Any, engine: Engine,
                                                        body: dict[str, str]) -> None:
    client = sign_in(service.url, enrol("pat"))
    before = chain_rows(engine)
    refused = httpx.post(f"{service.url}/v1/search", json=body, headers=bearer(client))
    assert refused.status_code == 422
    assert chain_rows(engine) == before + 1
    with engine.connect() as conn:
        last = conn.execute(text("SELECT username, action, outcome FROM audit_log "
                                 "ORDER BY seq DESC LIMIT 1")).one()
    assert tuple(last) == ("pat", "search", "invalid-request")


# --- 5 and 6: the audit log ------------------------------------------------------------------


def test_hole5_unauthenticated_floods_do_not_write_a_row_each(service: EmbeddedService,
                                                             engine: Engine) -> None:
    before = chain_rows(engine)
    with httpx.Client(base_url=service.url) as http:
        for n in range(300):
            http.get("/v1/me/activity", headers={"Authorization": f"Bearer nonsense{n}"})
        http.get("/v1/" + "x" * 60_000)
        http.post("/v1/search", json={"id": "CP0000000001"})
    # At most one summary row per address and minute (this test spans at most two minutes).
    assert chain_rows(engine) - before <= 2
    with engine.connect() as conn:
        widest = conn.execute(text("SELECT max(length(detail)) FROM audit_log")).scalar_one()
    assert (widest or 0) <= 512


def test_hole5_every_signed_in_operation_writes_exactly_one_row(
        service: EmbeddedService, enrol: Any, engine: Engine) -> None:
    """Walks the published contract: every operation that needs a sign-in, called signed in,
    adds exactly one row to the chain — whether it succeeds or is refused."""
    load_children(engine, [child("CP0000000001")])
    client = sign_in(service.url, enrol("pat"))
    document = json.loads(Path("docs/openapi.json").read_text(encoding="utf-8"))
    samples: dict[tuple[str, str], dict[str, Any]] = {
        ("post", "/v1/search"): {"json": {"id": "CP0000000001"}},
        ("get", "/v1/children/{child_id}"): {"params": {"reason": "safeguarding"}},
        ("get", "/v1/me/activity"): {},
        ("post", "/v1/auth/logout"): {},
        ("post", "/v1/me/recent"): {"json": {"child_ids": ["CP0000000001"]}},
        ("post", "/v1/shielding/requests"): {"json": {
            "request_id": str(uuid.uuid4()), "child_id": "CP0000000001",
            "ground": "domestic_violence", "justification": "x", "on_behalf_of": "family"}},
        ("get", "/v1/shielding/requests"): {"params": {"mine": "true"}},
        ("get", "/v1/shielding/requests/{request_id}"): {},
        ("post", "/v1/shielding/requests/{request_id}/withdraw"): {
            "json": {"request_id": str(uuid.uuid4())}},
        ("post", "/v1/shielding/requests/{request_id}/decision"): {"json": {
            "request_id": str(uuid.uuid4()), "decision": "reject", "reason": "x"}},
        ("post", "/v1/shields"): {"json": {
            "request_id": str(uuid.uuid4()), "child_ids": ["CP0000000001"],
            "ground": "serious_crime", "justification": "x"}},
        ("get", "/v1/shields"): {"params": {"queue": "review"}},
        ("post", "/v1/shields/{child_id}/confirm"): {"json": {
            "request_id": str(uuid.uuid4()), "reason": "x"}},
        ("post", "/v1/shields/{child_id}/review"): {"json": {
            "request_id": str(uuid.uuid4()), "outcome": "renew", "reason": "x"}},
        ("post", "/v1/children/{child_id}/contact-requests"): {"json": {
            "request_id": str(uuid.uuid4()), "ref": "rAAAAAAAAAAAA", "message": "x",
            "callback": {"phone": "0113 496 0000"}}},
        ("get", "/v1/contact-requests"): {"params": {"mine": "true"}},
        ("post", "/v1/contact-requests/{request_id}/close"): {"json": {
            "request_id": str(uuid.uuid4()), "outcome": "contacted", "note": "x"}},
        ("post", "/v1/children/{child_id}/involvements/{ref}/consent-override"): {"json": {
            "request_id": str(uuid.uuid4()), "reason": "x"}},
        ("get", "/v1/children/{child_id}/access-log"): {},
        ("get", "/v1/alerts"): {},
    }
    walked = 0
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if not operation.get("security"):
                continue
            # An operation without a sample still gets a call (refused, most likely): the
            # point is one audit row per signed-in call, whatever the answer.
            sample = samples.get((method, path), {"json": {}} if method == "post" else {})
            url = service.url + path.replace("{child_id}", "CP0000000001").replace(
                "{request_id}", str(uuid.uuid4())).replace("{ref}", "rAAAAAAAAAAAA").replace(
                "{mediation_id}", str(uuid.uuid4())).replace("{username}", "pat")
            for attempt in (sample, {**sample, "json": {"unexpected": True}}):
                if method == "get" and "json" in attempt:
                    attempt = {"params": {"reason": "not-a-reason"}}
                if path == "/v1/auth/logout" and "json" not in attempt:
                    continue  # logging out ends the session the other calls need
                before = chain_rows(engine)
                httpx.request(method.upper(), url, headers=bearer(client), **attempt)
                assert chain_rows(engine) == before + 1, (method, path, attempt)
                walked += 1
    assert walked >= 40


def test_hole6_a_chain_recomputed_without_the_key_fails(service: EmbeddedService,
                                                       enrol: Any, engine: Engine) -> None:
    load_children(engine, [child("CP0000000001")])
    client = sign_in(service.url, enrol("pat"))
    for _ in range(5):
        httpx.get(f"{service.url}/v1/children/CP0000000001", params={"reason": "safeguarding"},
                  headers=bearer(client))
    audit = service.app.state.services.audit
    assert audit.verify().ok
    import hashlib

    with engine.begin() as conn:
        drop_audit_triggers(conn)
        conn.execute(text("DELETE FROM audit_log WHERE action = 'record.view'"))
        rows = conn.execute(text("SELECT * FROM audit_log ORDER BY seq")).mappings().all()
        prev = "0" * 64
        for number, row in enumerate(rows, start=1):
            fields = {**row, "seq": number, "prev_hash": prev}
            fields.pop("hash")
            body = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
            digest = hashlib.sha256(body).hexdigest()
            conn.execute(text("UPDATE audit_log SET seq = :new, prev_hash = :prev, hash = :h "
                              "WHERE seq = :old"),
                         {"new": number, "prev": prev, "h": digest, "old": row["seq"]})
            prev = digest
    assert not audit.verify().ok


# --- 7 and 8: sign-in throttling and the order of the factors ------------------------------


def _attempt(url: str, username: str, password: str, signature: bytes | None,
             signer: Pkcs11Signer | None = None, local: str = "127.0.0.1") -> int:
    with httpx.Client(transport=httpx.HTTPTransport(local_address=local)) as http:
        ch = http.post(f"{url}/v1/auth/challenge", json={"username": username}).json()
        if signer is not None:
            message = login_message(ch["realm"], username, ch["challenge_id"], ch["nonce"])
            signature = signer.sign_sync(message)
        assert signature is not None
        return http.post(f"{url}/v1/auth/session", json={
            "username": username, "password": password, "challenge_id": ch["challenge_id"],
            "signature": base64.b64encode(signature).decode()}).status_code


def test_hole7_a_stranger_without_the_card_cannot_lock_the_user_out(
        engine: Engine, enrol: Any) -> None:
    user = enrol("pat")
    with EmbeddedService(engine, limits=RateLimits()) as service:
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(lambda _: _attempt(service.url, "pat", "guess", b"x" * 256),
                                  range(24)))
        assert set(codes) <= {401, 429} and 429 in codes  # the address is slowed down…
        # …but the real user, with the card, from another address, signs in at once.
        signer = Pkcs11Signer(user.token.label)
        assert _attempt(service.url, "pat", PASSWORD, None, signer, local="127.0.0.2") == 200


def test_hole7_parallel_attempts_with_the_card_cannot_race_the_limit(
        engine: Engine, enrol: Any) -> None:
    user = enrol("pat")
    signer = Pkcs11Signer(user.token.label)
    with EmbeddedService(engine, limits=RateLimits(failures_per_user=Limit(5, 900))) as svc:
        # Signed one by one (the token is not thread-safe), then sent all at once.
        bodies = []
        for _ in range(24):
            ch = httpx.post(f"{svc.url}/v1/auth/challenge", json={"username": "pat"}).json()
            message = login_message(ch["realm"], "pat", ch["challenge_id"], ch["nonce"])
            bodies.append({"username": "pat", "password": "wrong",
                           "challenge_id": ch["challenge_id"],
                           "signature": base64.b64encode(signer.sign_sync(message)).decode()})
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            codes = list(pool.map(lambda body: httpx.post(
                f"{svc.url}/v1/auth/session", json=body).status_code, bodies))
        # Each attempt is counted before the password hash: five get a hearing, no more.
        assert codes.count(401) == 5 and codes.count(429) == 19
        # The card is in someone's hand: the account now waits, even for the right password.
        assert _attempt(svc.url, "pat", PASSWORD, None, signer, local="127.0.0.3") == 429


def test_hole7_forwarded_headers_are_not_believed_by_default(engine: Engine,
                                                            enrol: Any) -> None:
    enrol("pat")
    with EmbeddedService(engine, limits=RateLimits(failures_per_address=Limit(2, 900))) as s:
        for n in range(3):
            ch = httpx.post(f"{s.url}/v1/auth/challenge", json={"username": "pat"}).json()
            status = httpx.post(f"{s.url}/v1/auth/session", headers={
                "X-Forwarded-For": f"203.0.113.{n}"}, json={
                "username": "pat", "password": "x", "challenge_id": ch["challenge_id"],
                "signature": base64.b64encode(b"y" * 256).decode()}).status_code
        assert status == 429  # one address, whatever the header claims


def test_hole8_a_revoked_token_does_not_confirm_the_password(service: EmbeddedService,
                                                            enrol: Any, engine: Engine) -> None:
    user = enrol("pat")
    revoke_token(engine, "pat")
    garbage = _attempt(service.url, "pat", PASSWORD, b"z" * 256)
    wrong = _attempt(service.url, "pat", "wrong", b"z" * 256)
    assert garbage == wrong == 401
    signer = Pkcs11Signer(user.token.label)
    with httpx.Client() as http:
        ch = http.post(f"{service.url}/v1/auth/challenge", json={"username": "pat"}).json()
        message = login_message(ch["realm"], "pat", ch["challenge_id"], ch["nonce"])
        wrong_password = http.post(f"{service.url}/v1/auth/session", json={
            "username": "pat", "password": "wrong", "challenge_id": ch["challenge_id"],
            "signature": base64.b64encode(signer.sign_sync(message)).decode()})
    assert problem_kind(wrong_password) == "bad-credentials"
    with pytest.raises(ApiError) as both_right:
        sign_in(service.url, user)
    assert both_right.value.problem is not None
    assert both_right.value.problem.type.endswith("token-revoked")


# --- 9, 10, 11: realm kind, logout token, sessions ended by administration ------------------


def test_hole9_the_challenge_names_the_realm_kind(service: EmbeddedService) -> None:
    ch = httpx.post(f"{service.url}/v1/auth/challenge", json={"username": "anyone"}).json()
    assert ch["realm"] and ch["training"] is True


def test_hole10_a_logout_token_ends_the_session_without_a_bearer(
        service: EmbeddedService, enrol: Any) -> None:
    client = sign_in(service.url, enrol("pat"))
    assert client.session is not None
    headers = bearer(client)
    stranger = httpx.post(f"{service.url}/v1/auth/logout", json={"logout_token": "x" * 43})
    assert stranger.status_code == 401
    ended = httpx.post(f"{service.url}/v1/auth/logout",
                       json={"logout_token": client.session.logout_token})
    assert ended.status_code == 204
    assert search(service.url, headers, id="CP0000000001").status_code == 401


@pytest.mark.parametrize("administer", ["replace", "revoke"])
def test_hole11_re_enrolling_or_revoking_ends_sessions_at_once(
        service: EmbeddedService, enrol: Any, engine: Engine, administer: str) -> None:
    user = enrol("pat")
    client = sign_in(service.url, user)
    assert search(service.url, bearer(client), id="CP0000000001").status_code == 200
    if administer == "replace":
        add_user(engine, username="pat", roles=["practitioner"], la=LEEDS,
                 auth_public_key_pem=user.token.auth_public_pem, password=PASSWORD,
                 crb_date=dt.date.today(), trained_on=dt.date.today(), replace=True)
    else:
        revoke_token(engine, "pat")
    assert search(service.url, bearer(client), id="CP0000000001").status_code == 401


# --- 12: aliases in the exact search ------------------------------------------------------


def test_hole12_exact_search_finds_a_child_by_alias(service: EmbeddedService, enrol: Any,
                                                   engine: Engine) -> None:
    load_children(engine, [
        child("CP0000000401", forenames="Leah", surname="Newname", dob="2014-06-06",
              aliases=[{"forenames": "Leah", "surname": "Oldname"}]),
        child("CP0000000402", forenames="Ben", surname="Hidden", dob="2014-06-06",
              shielded=True, aliases=[{"forenames": "Ben", "surname": "Oldname"}]),
    ])

    async def work() -> None:
        client = await signed_in(service.url, enrol("pat"))
        found = await client.search(SearchRequest(surname="Oldname", dob="2014-06-06"))
        assert [r.id for r in found.results] == ["CP0000000401"]  # never the shielded alias
        assert found.results[0].matched["surname"] == "alias"
        primary = await client.search(SearchRequest(surname="Newname", dob="2014"))
        assert primary.results[0].matched["surname"] == "exact"
        await client.aclose()

    run(work())
