"""The disclosure rules hold end to end: random records, fetched over HTTP by several roles."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from testkit import PASSWORD, Pkcs11Signer, child, involvement, make_token, run

from cpdesk.central import db, records
from cpdesk.central.embedded import EmbeddedService
from cpdesk.central.users import add_user
from cpdesk.sync.api import DirectoryClient

LEEDS, BRISTOL = "E08000035", "E06000023"
VIEWERS = {
    "practitioner": (["practitioner"], LEEDS),
    "owner": (["cp_manager"], LEEDS),
    "other_manager": (["data_administrator"], BRISTOL),
    "trainer": (["trainer", "user_manager"], LEEDS),
}
_ids = itertools.count(1)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory,
          softhsm_conf: Path) -> Iterator[tuple[Any, dict[str, str]]]:
    engine = db.connect(f"sqlite:///{tmp_path_factory.mktemp('disclosure') / 'c.sqlite3'}")
    today = dt.date.today()
    tokens = {}
    for name, (roles, la) in VIEWERS.items():
        token = make_token(softhsm_conf)
        add_user(engine, username=name, roles=roles, la=la,
                 auth_public_key_pem=token.auth_public_pem, password=PASSWORD,
                 crb_date=today, trained_on=today)
        tokens[name] = token.label
    with EmbeddedService(engine) as service:
        async def sign_all() -> dict[str, str]:
            bearer = {}
            for name, label in tokens.items():
                client = DirectoryClient(service.url)
                session = await client.sign_in(name, PASSWORD, Pkcs11Signer(label))
                bearer[name] = session.access_token
                await client.aclose()
            return bearer

        yield (service, engine), run(sign_all())


def secret_record(shielded: bool, sensitive_consent: bool | None, ended_years: int,
                  age: int, retention: str) -> dict[str, Any]:
    n = next(_ids)
    dob = (dt.date.today() - dt.timedelta(days=365 * age + 40)).isoformat()
    involvements = [involvement("gp", organisation=f"GP{n}")]
    if sensitive_consent is not None:
        involvements.append(involvement("sexual_health", organisation=f"SENSITIVEORG{n}",
                                        phone="01632 960999", consent=sensitive_consent))
    if ended_years:
        ended = (dt.date.today() - dt.timedelta(days=366 * ended_years)).isoformat()
        involvements.append(involvement("youth_worker", organisation=f"ENDEDORG{n}",
                                        end=ended))
    return child(
        f"CPX{n:08d}", shielded=shielded, dob=dob, retention_consent=retention, la=LEEDS,
        aliases=[{"forenames": "Aliasname", "surname": f"ALIASSUR{n}"}],
        address={"lines": [f"HIDDENSTREET{n}"], "postcode": "LS6 9ZZ"},
        involvements=involvements,
    )


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shielded=st.booleans(), consent=st.sampled_from([None, True, False]),
       ended_years=st.sampled_from([0, 2]), age=st.integers(0, 26),
       retention=st.sampled_from(["none", "to_19", "to_25"]))
def test_no_hidden_detail_reaches_a_role_that_may_not_see_it(
        world: tuple[Any, dict[str, str]], shielded: bool, consent: bool | None,
        ended_years: int, age: int, retention: str) -> None:
    (service, engine), bearer = world
    record = secret_record(shielded, consent, ended_years, age, retention)
    with engine.begin() as conn:
        records.upsert(conn, [record])
    archived = age >= {"none": 18, "to_19": 19, "to_25": 25}[retention]
    n = record["id"][3:].lstrip("0")
    for viewer, token in bearer.items():
        response = httpx.get(f"{service.url}/v1/children/{record['id']}",
                             params={"reason": "safeguarding"},
                             headers={"Authorization": f"Bearer {token}"})
        body = response.text
        if viewer == "owner":
            assert response.status_code == 200
            assert (f"HIDDENSTREET{n}" in body) and (f"ALIASSUR{n}" in body)
            continue
        if archived:
            assert response.status_code == 404
            continue
        assert response.status_code == 200
        assert f"ENDEDORG{n}" not in body  # ended more than a year ago
        assert f"SENSITIVEORG{n}" not in body and "01632 960999" not in body
        if shielded:
            for hidden in (f"HIDDENSTREET{n}", "LS6", LEEDS, f"ALIASSUR{n}", f"GP{n}",
                           "Test Carer", "unspecified sensitive"):
                assert hidden not in body, (viewer, hidden)
        else:
            assert ("unspecified sensitive" in body) == (consent is True)
