"""Classrooms: a kit from one command, scenarios checked by the service, reset, realm guards."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import subprocess
import sys
import textwrap
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, text
from test_service_http import bearer, sign_in
from testkit import PASSWORD, TestUser, make_token

from cpdesk.central import audit, classroom, db
from cpdesk.central.cli import main
from cpdesk.central.embedded import EmbeddedService
from cpdesk.central.users import add_user


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> classroom.Kit:
    return classroom.create(tmp_path_factory.mktemp("room"), trainees=3, children=300)


def pdf_text(path: Path) -> str:
    """The text drawn in a PDF fpdf2 wrote (its content streams, inflated)."""
    raw = path.read_bytes()
    chunks = []
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            chunks.append(zlib.decompress(stream).decode("latin-1"))
        except zlib.error:
            chunks.append(stream.decode("latin-1"))
    return "".join(chunks)


def test_a_kit_has_a_card_a_slip_and_a_row_per_person(kit: classroom.Kit) -> None:
    out = kit.directory
    with (out / "accounts.csv").open(encoding="utf-8") as rows:
        table = list(csv.reader(rows))
    assert table[0] == ["username", "password", "card_label", "pin", "role"]
    assert [row[0] for row in table[1:]] == ["trainer", "trainee01", "trainee02", "trainee03"]
    assert table[1][4] == "trainer" and table[2][4] == "practitioner;helpdesk;mediator"
    assert oct((out / "accounts.csv").stat().st_mode & 0o777) == "0o600"
    drawn = pdf_text(out / "sheet.pdf")
    for _username, password, label, pin, _role in table[1:]:
        assert drawn.count(f"({label})") >= 1 and password in drawn and pin in drawn
    assert drawn.count("TRAINING") == len(table) - 1  # one slip each, each marked
    assert (out / "softhsm2.conf").exists() and any((out / "tokens").iterdir())
    engine = db.connect(kit.database_url, create=False)
    assert db.get_meta(engine, "realm_training") == "true"
    with engine.connect() as conn:
        trained = conn.execute(text("SELECT count(*) FROM users WHERE trained_on IS NOT NULL"
                                    )).scalar_one()
        scenario = conn.execute(text("SELECT count(*) FROM children WHERE id LIKE 'CPTRAIN%'"
                                     )).scalar_one()
    assert trained == 5 and scenario == 6  # 4 with cards and the practice GP; 6 children


def test_a_kits_card_signs_its_trainee_in(kit: classroom.Kit) -> None:
    with (kit.directory / "accounts.csv").open(encoding="utf-8") as rows:
        trainee = list(csv.DictReader(rows))[2]
    engine = db.connect(kit.database_url, create=False)
    with EmbeddedService(engine, audit_key=audit.load_key(kit.directory / "audit.key",
                                                          create=False)) as service:
        script = textwrap.dedent(f"""
            import asyncio, pkcs11
            from pkcs11 import MGF, Mechanism, ObjectClass
            from cpdesk.sync.api import DirectoryClient
            def sign(message):
                token = pkcs11.lib("/usr/lib/softhsm/libsofthsm2.so").get_token(
                    token_label={trainee['card_label']!r})
                with token.open(user_pin={trainee['pin']!r}) as session:
                    key = session.get_key(ObjectClass.PRIVATE_KEY, label="cpdesk-auth")
                    return bytes(key.sign(message, mechanism=Mechanism.SHA256_RSA_PKCS_PSS,
                                          mechanism_param=(Mechanism.SHA256, MGF.SHA256, 32)))
            async def signer(message):
                return sign(message)
            async def go():
                client = DirectoryClient({service.url!r})
                session = await client.sign_in({trainee['username']!r},
                                                {trainee['password']!r}, signer)
                print(",".join(session.user.roles), session.realm.training)
                await client.aclose()
            asyncio.run(go())
        """)
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env={**os.environ, "SOFTHSM2_CONF": str(
                                  kit.directory / "softhsm2.conf")}, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["practitioner,helpdesk,mediator", "True"]


@pytest.fixture()
def room(tmp_path: Path, softhsm_conf: Path) -> Iterator[tuple[EmbeddedService, Engine,
                                                                dict[str, TestUser], Path]]:
    """A small classroom whose people sign in with this test run's own tokens."""
    out = tmp_path / "room"
    made = classroom.create(out, trainees=1, children=100)
    engine = db.connect(made.database_url, create=False)
    people: dict[str, TestUser] = {}
    for username, roles in (("trainer2", ["trainer"]), ("anna", list(classroom.TRAINEE_ROLES)),
                            ("ben", list(classroom.TRAINEE_ROLES))):
        token = make_token(softhsm_conf)
        add_user(engine, username=username, roles=roles, la=classroom.LA,
                 auth_public_key_pem=token.auth_public_pem, password=PASSWORD,
                 crb_date=dt.date.today(), trained_on=dt.date.today())
        people[username] = TestUser(username, PASSWORD, token)
    key = audit.load_key(out / "audit.key", create=False)
    with EmbeddedService(engine, audit_key=key) as service:
        yield service, engine, people, out


def do_scenario_one(service: EmbeddedService, headers: dict[str, str]) -> None:
    assert httpx.post(f"{service.url}/v1/search", headers=headers,
                      json={"surname": "Trainee", "dob": "2016-03-03"}).status_code == 200
    assert httpx.get(f"{service.url}/v1/children/CPTRAIN0001", headers=headers,
                     params={"reason": "helpdesk_enquiry"}).status_code == 200


def test_a_scenario_completed_shows_to_the_trainer_and_to_no_one_else(room: Any) -> None:
    service, _engine, people, _out = room
    anna, ben = bearer(sign_in(service.url, people["anna"])), bearer(
        sign_in(service.url, people["ben"]))
    trainer = bearer(sign_in(service.url, people["trainer2"]))
    listed = httpx.get(f"{service.url}/v1/training/scenarios", headers=anna).json()["items"]
    assert len(listed) >= 6 and {s["level"] for s in listed} == {1, 2}
    assert {s["id"] for s in listed} >= {"everyday-search", "widened-search", "record-sections",
                                         "shielding-request", "sensitive-contact",
                                         "mediated-request"}
    do_scenario_one(service, anna)
    mine = httpx.get(f"{service.url}/v1/training/progress", headers=anna,
                     params={"mine": "true"}).json()["items"]
    assert {(d["scenario_id"], d["step_id"]) for d in mine} == {
        ("everyday-search", "find"), ("everyday-search", "open")}
    # Ben did nothing: Anna's actions never tick his steps.
    assert httpx.get(f"{service.url}/v1/training/progress", headers=ben,
                     params={"mine": "true"}).json()["items"] == []
    everyone = httpx.get(f"{service.url}/v1/training/progress", headers=trainer).json()["items"]
    assert {d["username"] for d in everyone} == {"anna"}
    assert httpx.get(f"{service.url}/v1/training/progress", headers=ben).status_code == 403
    # A wrong reason does not complete a step.
    httpx.get(f"{service.url}/v1/children/CPTRAIN0003", headers=ben,
              params={"reason": "safeguarding"})
    done = httpx.get(f"{service.url}/v1/training/progress", headers=ben,
                     params={"mine": "true"}).json()["items"]
    assert ("record-sections", "open") not in {(d["scenario_id"], d["step_id"]) for d in done}


def test_reset_keeps_accounts_restores_children_and_clears_progress(room: Any) -> None:
    service, engine, people, out = room
    anna = bearer(sign_in(service.url, people["anna"]))
    do_scenario_one(service, anna)
    with engine.begin() as conn:
        conn.execute(text("UPDATE children SET shielded = true WHERE id = 'CPTRAIN0004'"))
        before = conn.execute(text("SELECT count(*) FROM children")).scalar_one()
    service.stop()
    assert main(["classroom", "reset", str(out)]) == 0
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM children")).scalar_one() == before
        assert not conn.execute(text("SELECT shielded FROM children WHERE id = 'CPTRAIN0004'"
                                     )).scalar_one()
        users = {u for (u,) in conn.execute(text("SELECT username FROM users"))}
    assert {"anna", "ben", "trainer2", "trainer", "trainee01"} <= users
    key = audit.load_key(out / "audit.key", create=False)
    log = audit.AuditLog(engine, key)
    assert log.verify().ok  # the chain is kept, with a marker row appended
    with EmbeddedService(engine, audit_key=key) as again:
        anna = bearer(sign_in(again.url, people["anna"]))
        assert httpx.get(f"{again.url}/v1/training/progress", headers=anna,
                         params={"mine": "true"}).json()["items"] == []


def test_training_and_production_never_mix(room: Any, tmp_path: Path) -> None:
    service, _engine, people, out = room
    service.stop()
    url = f"sqlite:///{out / 'classroom.db'}"
    assert main(["realm", "set", "--name", "Leeds", "--production", "--database-url", url]) == 2
    production = f"sqlite:///{tmp_path / 'production.sqlite3'}"
    assert main(["realm", "set", "--name", "Leeds", "--production",
                 "--database-url", production]) == 0
    assert main(["seed", "--children", "5", "--seed", "1", "--database-url", production]) == 2
    assert main(["classroom", "reset", str(out), "--database-url", production]) == 2
    prod = db.connect(production, create=False)
    add_user(prod, username="anna", roles=["practitioner"], la=classroom.LA,
             auth_public_key_pem=people["anna"].token.auth_public_pem, password=PASSWORD,
             crb_date=dt.date.today(), trained_on=dt.date.today())
    with EmbeddedService(prod) as live:
        anna = bearer(sign_in(live.url, people["anna"]))
        for path in ("/v1/training/scenarios", "/v1/training/progress"):
            assert httpx.get(f"{live.url}{path}", headers=anna).status_code == 404
