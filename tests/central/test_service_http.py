"""The central service over real HTTP on loopback, signing with real SoftHSM2 tokens."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, text
from testkit import PASSWORD, Pkcs11Signer, child, involvement, load_children, run, years_ago

from cpdesk.central.auth import Limit, RateLimits
from cpdesk.central.embedded import EmbeddedService
from cpdesk.central.users import revoke_token, suspend
from cpdesk.contract import SENSITIVE_NOTICE, ProblemType, SearchRequest, login_message
from cpdesk.sync.api import ApiError, DirectoryClient

LEEDS, BRISTOL = "E08000035", "E06000023"


async def signed_in(url: str, user: Any) -> DirectoryClient:
    client = DirectoryClient(url)
    await client.sign_in(user.username, user.password, Pkcs11Signer(user.token.label))
    return client


def sign_in(url: str, user: Any) -> DirectoryClient:
    """Sign in and close the connection; the client keeps its session for raw requests."""

    async def go() -> DirectoryClient:
        client = await signed_in(url, user)
        await client.aclose()
        return client

    result: DirectoryClient = run(go())
    return result


def bearer(client: DirectoryClient) -> dict[str, str]:
    assert client.session is not None
    return {"Authorization": f"Bearer {client.session.access_token}"}


def problem_kind(response: httpx.Response) -> str:
    assert response.headers["content-type"].startswith("application/problem+json")
    return str(response.json()["type"]).rsplit(":", 1)[-1]


@pytest.fixture()
def population(engine: Engine) -> None:
    load_children(engine, [
        child("CP0000000001", forenames="Amelia Rose", surname="Okafor", dob="2014-03-27",
              address={"lines": ["2 Elm Row"], "postcode": "LS6 2QE"}),
        child("CP0000000002", forenames="Amelia", surname="Okafor", dob="2016-07-01",
              gender="female"),
        child("CP0000000003", forenames="Jacob", surname="Okafor", dob="2014-03-27",
              gender="male", shielded=True,
              address={"lines": ["Secret House"], "postcode": "LS6 9ZZ"}),
        child("CP0000000004", forenames="Old", surname="Okafor", dob=years_ago(19)),
        child("CP0000000005", forenames="Kept", surname="Okafor", dob=years_ago(19),
              retention_consent="to_25"),
        child("CP0000000006", forenames="Sensitive", surname="Nowak", la=BRISTOL,
              involvements=[
                  involvement("gp"),
                  involvement("mental_health", organisation="Hidden CAMHS", consent=True),
                  involvement("youth_worker", organisation="Old Youth Club",
                              end=years_ago(2)),
                  involvement("social_worker", organisation="Recent SW", end=years_ago(0, days=30)),
              ]),
    ] + [child(f"CP10000{n:05d}", forenames=f"Many{'abcdefghij'[n % 10]}", surname="Smith",
                 dob="2012-05-05") for n in range(60)])


def test_login_search_record_activity_round_trip(service: EmbeddedService, enrol: Any,
                                                population: None) -> None:
    user = enrol("pat.practitioner")

    async def work() -> None:
        client = await signed_in(service.url, user)
        assert client.session is not None
        assert client.session.user.roles == ["practitioner"]
        assert client.session.realm.training is True
        session_left = client.session.session_expires_at - dt.datetime.now(dt.UTC)
        token_left = client.session.expires_at - dt.datetime.now(dt.UTC)
        assert dt.timedelta(hours=11, minutes=59) < session_left <= dt.timedelta(hours=12)
        assert token_left <= dt.timedelta(minutes=15)
        found = await client.search(SearchRequest(surname="okafor", dob="2014"))
        assert found.status == "ok"
        ids = [r.id for r in found.results]
        assert ids == ["CP0000000001", "CP0000000003"]  # archived CP…04 never returned
        first = found.results[0]
        assert first.postcode_district == "LS6" and first.la == LEEDS
        assert first.grade == "certain" and first.matched["surname"] == "exact"
        shielded = found.results[1]
        assert shielded.shielded and shielded.postcode_district is None and shielded.la is None

        record = await client.record("CP0000000001", "safeguarding")
        assert record.address is not None and record.address.postcode == "LS6 2QE"
        assert record.carers[0].phone == "07700 900001"

        trail = await client.activity()
        actions = [(e.action, e.outcome, e.child_ids, e.reason) for e in trail.entries]
        assert actions[0] == ("record.view", "shown", ["CP0000000001"], "safeguarding")
        assert actions[1] == ("search", "ok", ["CP0000000001", "CP0000000003"], None)
        assert actions[2][0:2] == ("auth.login", "ok")
        await client.aclose()

    run(work())


def test_shielded_child_not_found_by_postcode_and_redacted(service: EmbeddedService,
                                                          enrol: Any, population: None) -> None:
    user = enrol("pat")

    async def work() -> None:
        client = await signed_in(service.url, user)
        by_postcode = await client.search(SearchRequest(surname="Okafor", gender="male",
                                                        postcode="LS6 9ZZ"))
        assert by_postcode.status == "none"
        by_district = await client.search(SearchRequest(surname="Okafor", gender="male",
                                                        postcode="LS6"))
        assert [r.id for r in by_district.results] == []
        record = await client.record("CP0000000003", "safeguarding")
        assert record.view == "shielded"
        assert record.address is None and record.la is None and record.carers == []
        await client.aclose()

    run(work())


def test_sensitive_and_ended_involvements_by_role(service: EmbeddedService, enrol: Any,
                                                 population: None) -> None:
    leeds = enrol("leeds.manager", ["cp_manager"], la=LEEDS)
    bristol = enrol("bristol.manager", ["cp_manager"], la=BRISTOL)

    async def work() -> None:
        outsider = await signed_in(service.url, leeds)
        owner = await signed_in(service.url, bristol)
        seen = await outsider.record("CP0000000006", "service_coordination")
        orgs = {i.organisation for i in seen.involvements}
        assert "Hidden CAMHS" not in orgs and "Old Youth Club" not in orgs
        assert "Recent SW" in orgs
        assert seen.sensitive_notice == SENSITIVE_NOTICE
        full = await owner.record("CP0000000006", "service_coordination")
        orgs = {i.organisation: i for i in full.involvements}
        assert orgs["Hidden CAMHS"].sensitive and orgs["Old Youth Club"].ended
        # CP…04 is archived and owned by Leeds: its own managers see it, Bristol's do not.
        archived = await outsider.record("CP0000000004", "other", "Checking archive request")
        assert archived.archived and archived.view == "full"
        with pytest.raises(ApiError) as refused:
            await owner.record("CP0000000004", "safeguarding")
        assert refused.value.kind is ProblemType.NOT_FOUND
        await outsider.aclose()
        await owner.aclose()

    run(work())


def test_user_manager_is_refused_records_and_search(service: EmbeddedService, enrol: Any,
                                                   population: None) -> None:
    user = enrol("um", ["user_manager"])

    async def work() -> None:
        client = await signed_in(service.url, user)
        for call in (client.record("CP0000000001", "safeguarding"),
                     client.search(SearchRequest(id="CP0000000001"))):
            with pytest.raises(ApiError) as refused:
                await call
            assert refused.value.status == 403
        await client.aclose()

    run(work())


def test_too_many_and_what_to_add(service: EmbeddedService, enrol: Any,
                                  population: None) -> None:
    user = enrol("pat")

    async def work() -> None:
        client = await signed_in(service.url, user)
        many = await client.search(SearchRequest(surname="Smith", dob="2012"))
        assert many.status == "too_many" and many.results == []
        assert many.hint and "forenames" in many.hint
        prefix = await client.search(SearchRequest(surname="Smith", forenames="manya*",
                                                   dob_from="2012-01-01"))
        assert prefix.status == "ok" and len(prefix.results) == 6
        with pytest.raises(ApiError) as short:
            await client.search(SearchRequest(surname="Smith"))
        assert short.value.kind is ProblemType.SEARCH_INPUT
        assert short.value.problem is not None and short.value.problem.missing == ["dob"]
        await client.aclose()

    run(work())


def test_reason_other_needs_text(service: EmbeddedService, enrol: Any, population: None) -> None:
    client = sign_in(service.url, enrol("pat"))
    response = httpx.get(f"{service.url}/v1/children/CP0000000001", params={"reason": "other"},
                         headers=bearer(client))
    assert response.status_code == 422
    assert problem_kind(response) == ProblemType.REASON_TEXT.value


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        (lambda e, u: revoke_token(e, u), ProblemType.TOKEN_REVOKED),
        (lambda e, u: suspend(e, u), ProblemType.SUSPENDED),
    ],
)
def test_account_standing_refusals(service: EmbeddedService, enrol: Any, engine: Engine,
                                   change: Any, kind: ProblemType) -> None:
    user = enrol("pat")
    change(engine, "pat")
    with pytest.raises(ApiError) as refused:
        sign_in(service.url, user)
    assert refused.value.kind is kind


@pytest.mark.parametrize(
    ("options", "kind"),
    [
        ({"crb_date": dt.date.today() - dt.timedelta(days=3 * 366)}, ProblemType.CRB_EXPIRED),
        ({"trained_on": None}, ProblemType.TRAINING),
        ({"accredited": False}, ProblemType.NOT_ACCREDITED),
    ],
)
def test_enrolment_refusals(service: EmbeddedService, enrol: Any, options: dict[str, Any],
                            kind: ProblemType) -> None:
    user = enrol("pat", **options)
    with pytest.raises(ApiError) as refused:
        sign_in(service.url, user)
    assert refused.value.kind is kind


def test_bad_credentials_do_not_enumerate_users(service: EmbeddedService, enrol: Any) -> None:
    user = enrol("pat")
    wrong_password = type(user)(user.username, "not the password", user.token)
    unknown = type(user)("nobody", PASSWORD, user.token)
    kinds = []
    for attempt in (wrong_password, unknown):
        with pytest.raises(ApiError) as refused:
            sign_in(service.url, attempt)
        kinds.append((refused.value.kind, refused.value.problem))
    assert kinds[0] == kinds[1]
    assert kinds[0][0] is ProblemType.BAD_CREDENTIALS


def test_another_users_token_is_refused(service: EmbeddedService, enrol: Any) -> None:
    alice, bob = enrol("alice"), enrol("bob")
    impostor = type(alice)(alice.username, alice.password, bob.token)
    with pytest.raises(ApiError) as refused:
        sign_in(service.url, impostor)
    assert refused.value.kind is ProblemType.BAD_CREDENTIALS


def test_challenge_is_single_use_and_realm_bound(service: EmbeddedService, enrol: Any) -> None:
    user = enrol("pat")
    signer = Pkcs11Signer(user.token.label)
    ch = httpx.post(f"{service.url}/v1/auth/challenge", json={"username": "pat"}).json()
    unknown = httpx.post(f"{service.url}/v1/auth/challenge", json={"username": "ghost"}).json()
    assert set(unknown) == set(ch)
    message = login_message(ch["realm"], "pat", ch["challenge_id"], ch["nonce"])
    body = {"username": "pat", "password": PASSWORD, "challenge_id": ch["challenge_id"],
            "signature": base64.b64encode(signer.sign_sync(message)).decode()}
    assert httpx.post(f"{service.url}/v1/auth/session", json=body).status_code == 200
    again = httpx.post(f"{service.url}/v1/auth/session", json=body)
    assert again.status_code == 401 and problem_kind(again) == ProblemType.CHALLENGE.value
    # A signature made for another realm does not verify.
    ch = httpx.post(f"{service.url}/v1/auth/challenge", json={"username": "pat"}).json()
    other_realm = login_message("production", "pat", ch["challenge_id"], ch["nonce"])
    body |= {"challenge_id": ch["challenge_id"],
             "signature": base64.b64encode(signer.sign_sync(other_realm)).decode()}
    refused = httpx.post(f"{service.url}/v1/auth/session", json=body)
    assert problem_kind(refused) == ProblemType.BAD_CREDENTIALS.value


def test_expired_challenge_is_refused(engine: Engine, enrol: Any) -> None:
    moment = [dt.datetime.now(dt.UTC)]
    user = enrol("pat")
    with EmbeddedService(engine, clock=lambda: moment[0]) as service:
        signer = Pkcs11Signer(user.token.label)
        ch = httpx.post(f"{service.url}/v1/auth/challenge", json={"username": "pat"}).json()
        moment[0] += dt.timedelta(seconds=61)
        message = login_message(ch["realm"], "pat", ch["challenge_id"], ch["nonce"])
        body = {"username": "pat", "password": PASSWORD, "challenge_id": ch["challenge_id"],
                "signature": base64.b64encode(signer.sign_sync(message)).decode()}
        refused = httpx.post(f"{service.url}/v1/auth/session", json=body)
        assert problem_kind(refused) == ProblemType.CHALLENGE.value


def test_renew_without_password_and_session_expiry(engine: Engine, enrol: Any) -> None:
    moment = [dt.datetime.now(dt.UTC)]
    user = enrol("pat")
    load_children(engine, [child("CP0000000001")])
    with EmbeddedService(engine, clock=lambda: moment[0]) as service:
        signer = Pkcs11Signer(user.token.label)
        old: dict[str, str] = {}

        async def work() -> None:
            client = await signed_in(service.url, user)
            old.update(bearer(client))
            moment[0] += dt.timedelta(minutes=16)  # the access token has expired
            with pytest.raises(ApiError) as expired:
                await client.search(SearchRequest(id="CP0000000001"))
            assert expired.value.kind is ProblemType.UNAUTHENTICATED
            renewed = await client.renew(signer)
            assert renewed.session_id == client.session.session_id  # type: ignore[union-attr]
            assert (await client.search(SearchRequest(id="CP0000000001"))).status == "ok"
            moment[0] += dt.timedelta(hours=12)  # past the session's absolute limit
            with pytest.raises(ApiError) as ended:
                await client.renew(signer)
            assert ended.value.kind is ProblemType.SESSION_ENDED
            await client.aclose()

        run(work())
        stale = httpx.post(f"{service.url}/v1/search", json={"id": "CP0000000001"}, headers=old)
        assert stale.status_code == 401


def test_logout_ends_the_session(service: EmbeddedService, enrol: Any) -> None:
    user = enrol("pat")
    headers: dict[str, str] = {}

    async def work() -> None:
        client = await signed_in(service.url, user)
        headers.update(bearer(client))
        await client.sign_out()
        await client.aclose()

    run(work())
    after = httpx.post(f"{service.url}/v1/search", json={"id": "CP0000000001"}, headers=headers)
    assert after.status_code == 401


def test_rate_limited_per_user(engine: Engine, enrol: Any) -> None:
    user = enrol("pat")
    limits = RateLimits(failures_per_user=Limit(3, 900))
    with EmbeddedService(engine, limits=limits) as service:
        wrong = type(user)(user.username, "wrong", user.token)
        for _ in range(3):
            with pytest.raises(ApiError):
                sign_in(service.url, wrong)
        with pytest.raises(ApiError) as limited:
            sign_in(service.url, user)  # even the right password waits
        assert limited.value.kind is ProblemType.RATE_LIMITED
        assert limited.value.status == 429


def test_rate_limited_per_address(engine: Engine, enrol: Any) -> None:
    enrol("pat")
    limits = RateLimits(failures_per_address=Limit(2, 900))
    with EmbeddedService(engine, limits=limits) as service:
        for name in ("a1", "a2"):
            ch = httpx.post(f"{service.url}/v1/auth/challenge", json={"username": name}).json()
            body = {"username": name, "password": "x", "challenge_id": ch["challenge_id"],
                    "signature": base64.b64encode(b"not a signature").decode()}
            assert httpx.post(f"{service.url}/v1/auth/session", json=body).status_code == 401
        ch = httpx.post(f"{service.url}/v1/auth/challenge", json={"username": "a3"}).json()
        body = {"username": "a3", "password": "x", "challenge_id": ch["challenge_id"],
                "signature": base64.b64encode(b"not a signature").decode()}
        limited = httpx.post(f"{service.url}/v1/auth/session", json=body)
        assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0


def test_every_access_is_audited_and_chain_verifies(service: EmbeddedService, enrol: Any,
                                                    engine: Engine, population: None) -> None:
    user = enrol("pat")

    async def work() -> None:
        client = await signed_in(service.url, user)
        await client.search(SearchRequest(surname="Okafor", dob="2014-03-27"))
        with pytest.raises(ApiError):
            await client.record("CP0000000004", "safeguarding")
        await client.aclose()

    run(work())
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT action, outcome, child_ids, reason FROM audit_log ORDER BY seq")).all()
    assert ("search", "ok", '["CP0000000001", "CP0000000003"]', None) in rows
    assert ("record.view", "not-found", '["CP0000000004"]', "safeguarding") in rows
    assert service.app.state.services.audit.verify().ok


BAD_BODIES = [
    (b"{not json", "application/json", 400),
    (b'{"surname": "Smith", "dob": "2014-02-30"}', "application/json", 422),
    (b'{"surname": "Smith", "dob": 2014}', "application/json", 422),
    (b'{"surname": "Smith\\u202e", "dob": "2014"}', "application/json", 422),
    (b'{"surname": "Sm\\u0000ith", "dob": "2014"}', "application/json", 422),
    (b'{"surname": "Smith", "dob": "2014", "extra": 1}', "application/json", 422),
    (b'{"surname": "Smith", "dob": "2014", "fuzzy": "true"}', "application/json", 422),
    (b'{"surname": "' + b"a" * 70000 + b'"}', "application/json", 413),
    (b"surname=Smith", "application/x-www-form-urlencoded", 415),
    (b"[]", "application/json", 422),
]


@pytest.mark.parametrize(("body", "media", "status"), BAD_BODIES)
def test_bad_input_gets_a_problem_not_a_crash(service: EmbeddedService, enrol: Any,
                                              body: bytes, media: str, status: int) -> None:
    client = sign_in(service.url, enrol("pat"))
    response = httpx.post(f"{service.url}/v1/search", content=body,
                          headers={**bearer(client), "Content-Type": media})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == status


def test_unknown_routes_and_methods_are_problems(service: EmbeddedService) -> None:
    missing = httpx.get(f"{service.url}/v1/nothing")
    assert missing.status_code == 404 and problem_kind(missing) == "not-found"
    wrong = httpx.delete(f"{service.url}/v1/search")
    assert wrong.status_code == 405 and problem_kind(wrong) == "method-not-allowed"
    anonymous = httpx.post(f"{service.url}/v1/search", json={"id": "CP0000000001"})
    assert anonymous.status_code == 401 and problem_kind(anonymous) == "unauthenticated"


def test_recent_answers_only_for_the_callers_own_trail(engine: Engine, enrol: Any,
                                                        population: None) -> None:
    moment = [dt.datetime.now(dt.UTC)]
    pat, sam = enrol("pat"), enrol("sam")
    with EmbeddedService(engine, clock=lambda: moment[0]) as service:
        mine, theirs = sign_in(service.url, pat), sign_in(service.url, sam)
        for client, child_id in ((mine, "CP0000000001"), (mine, "CP0000000003"),
                                 (theirs, "CP0000000002")):
            httpx.get(f"{service.url}/v1/children/{child_id}",
                      params={"reason": "safeguarding"}, headers=bearer(client))
        asked = {"child_ids": ["CP0000000003", "CP0000000002", "CP0000000001", "CP9999999999"]}
        rows = service.app.state.services.audit.count()
        answer = httpx.post(f"{service.url}/v1/me/recent", json=asked, headers=bearer(mine))
        assert answer.status_code == 200
        items = answer.json()["items"]
        # Only what pat opened, in the order asked; sam's child and unknown IDs say nothing.
        assert [i["id"] for i in items] == ["CP0000000003", "CP0000000001"]
        assert items[0]["shielded"] is True and "postcode_district" not in items[0]
        assert service.app.state.services.audit.count() == rows + 1
        trail = httpx.get(f"{service.url}/v1/me/activity", headers=bearer(mine)).json()
        assert trail["entries"][0]["action"] == "recent.read"
        assert trail["entries"][0]["child_ids"] == ["CP0000000003", "CP0000000001"]
        moment[0] += dt.timedelta(hours=12, minutes=1)
        renewed = sign_in(service.url, pat)
        later = httpx.post(f"{service.url}/v1/me/recent", json=asked, headers=bearer(renewed))
        assert later.json()["items"] == []


def test_a_worker_works_on_at_most_its_thread_count_of_requests_at_once(
        service: EmbeddedService, enrol: Any, population: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty searches at once: eight are worked on while the rest wait their turn, and every
    one is answered (more threads at once only queued for the interpreter, docs/scale.md)."""
    import threading
    import time

    from cpdesk.central import api
    from cpdesk.central.routes import directory

    running, most = [0], [0]
    guard = threading.Lock()
    real = directory.run_search

    def slow_search(*args: Any, **kwargs: Any) -> Any:
        with guard:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.3)
        with guard:
            running[0] -= 1
        return real(*args, **kwargs)

    monkeypatch.setattr(directory, "run_search", slow_search)
    client = sign_in(service.url, enrol("pat.practitioner"))

    async def twenty() -> list[int]:
        async with httpx.AsyncClient(base_url=service.url, headers=bearer(client),
                                     timeout=60) as http:
            answers = await asyncio.gather(*(
                http.post("/v1/search", json={"surname": "okafor", "dob": "2014"})
                for _ in range(20)))
        return [a.status_code for a in answers]

    assert run(twenty()) == [200] * 20
    assert most[0] == api.REQUEST_THREADS == 8


def test_requests_waiting_for_their_audit_entries_leave_the_threads_to_other_requests(
        service: EmbeddedService, enrol: Any, population: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The chain held (as another worker holds it under load): twenty searches are all worked
    on — none answered, none needing a request thread while its entry waits — and once the
    chain is free each is answered with its own entry, the chain intact."""
    import threading
    import time

    from cpdesk.central import audit
    from cpdesk.central.routes import directory

    searched = [0]
    guard = threading.Lock()
    real = directory.run_search

    def counted_search(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        with guard:
            searched[0] += 1
        return found

    monkeypatch.setattr(directory, "run_search", counted_search)
    client = sign_in(service.url, enrol("pat.practitioner"))
    log = service.app.state.services.audit
    before = log.count()

    async def searches(http: httpx.AsyncClient, count: int) -> list[asyncio.Future[Any]]:
        return [asyncio.ensure_future(http.post(
            "/v1/search", json={"surname": "okafor", "dob": "2014"})) for _ in range(count)]

    async def worked_on(count: int) -> int:
        deadline = time.monotonic() + 30
        while searched[0] < count and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        return searched[0]

    async def twenty() -> list[int]:
        async with httpx.AsyncClient(base_url=service.url, headers=bearer(client),
                                     timeout=60) as http:
            # Ten searched, their entries waiting; then ten more arrive, and must not find
            # every thread taken by a request waiting for the chain.
            asked = await searches(http, 10)
            assert await worked_on(10) == 10
            await asyncio.sleep(0.3)
            asked += await searches(http, 10)
            assert await worked_on(20) == 20
            assert not any(a.done() for a in asked)  # nothing answered before its entry
            audit._append_lock.release()
            answers = await asyncio.gather(*asked)
        return [a.status_code for a in answers]

    audit._append_lock.acquire()
    try:
        statuses = run(twenty())
    finally:
        if audit._append_lock.locked():
            audit._append_lock.release()
    assert statuses == [200] * 20
    assert log.count() == before + 20
    assert log.verify().ok
