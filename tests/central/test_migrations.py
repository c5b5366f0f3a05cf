"""Migrations: one set of revisions for SQLite and PostgreSQL, never applied silently."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError
from testkit import child, load_children

from cpdesk.central import audit, db, records


def test_the_tables_and_the_migrations_agree(engine: Engine) -> None:
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), db.metadata) == []
    assert db.current_revision(engine) == db.head_revision()


def test_the_audit_log_refuses_update_delete_and_truncate(engine: Engine) -> None:
    log = audit.AuditLog(engine, b"k" * 32)
    log.append(username="pat", action="search", outcome="ok", address="x")
    statements = ["UPDATE audit_log SET username = 'someone'", "DELETE FROM audit_log"]
    if engine.dialect.name == "postgresql":
        statements.append("TRUNCATE audit_log")
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    assert log.verify().ok and log.count() == 1


@pytest.fixture()
def first_revision(engine: Engine) -> Engine:
    """The test's database taken back to empty, then made by the first revision alone."""
    url = engine.url.render_as_string(hide_password=False)
    engine.dispose()
    with engine.begin() as conn:
        for table in ("alembic_version", *[t.name for t in reversed(db.metadata.sorted_tables)]):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"
                              if engine.dialect.name == "postgresql"
                              else f"DROP TABLE IF EXISTS {table}"))
    fresh = db.engine_for(url)
    assert db.current_revision(fresh) is None
    db.upgrade(fresh, to="0001")
    assert db.current_revision(fresh) == "0001"
    return fresh


def _insert_as_it_was(engine: Engine, table: str, rows: list[dict[str, Any]]) -> None:
    """Rows written with the database's own (older) columns, as that version would have."""
    from sqlalchemy import MetaData, Table

    reflected = Table(table, MetaData(), autoload_with=engine)
    with engine.begin() as conn:
        conn.execute(reflected.insert(), [{k: v for k, v in row.items()
                                           if k in reflected.columns} for row in rows])


def test_upgrading_a_first_revision_database_loses_nothing(first_revision: Engine,
                                                          tmp_path: Path) -> None:
    engine = first_revision
    with pytest.raises(db.SchemaMismatch, match="db upgrade"):
        db.check_current(engine)
    supplied = [child(f"CP00000005{n:02d}", surname=f"Kept{n}", shielded=n == 7)
                for n in range(30)]
    built = [records.rows_for(record) for record in supplied]
    _insert_as_it_was(engine, "children", [row for row, _, _ in built])
    _insert_as_it_was(engine, "child_names", [n for _, names, _ in built for n in names])
    key = b"m" * 32
    chain: list[dict[str, Any]] = []
    prev = audit.GENESIS
    for n in range(12):
        row = {"seq": n + 1, "at": f"2026-01-01T00:00:{n:02d}.000000Z", "username": "pat",
               "action": "record.view", "outcome": "shown",
               "child_ids": json.dumps([f"CP00000005{n:02d}"]), "reason": "safeguarding",
               "detail": "{}", "address": "x", "prev_hash": prev}
        row["hash"] = prev = audit.row_mac(key, row)
        chain.append(row)
    _insert_as_it_was(engine, "audit_log", chain)
    db.set_meta(engine, audit.KEY_ID_META, audit.key_id(key))
    _insert_as_it_was(engine, "users", [{
        "username": "pat", "password_hash": "x", "roles": "practitioner", "la": "E08000035",
        "org": "Leeds", "accredited": True, "status": "active", "crb_date": "2026-01-01",
        "trained_on": "2026-01-01", "auth_public_key": _public_key_pem().decode(),
        "token_revoked": False}])
    checkpoint = audit.AuditLog(engine, key, read_only=True).checkpoint()

    applied = db.upgrade(engine)

    assert applied[0][0] == "0002"
    assert applied[-1][0] == db.head_revision()
    db.check_current(engine)
    assert records.count(engine) == 30
    kept = records.load(engine, "CP0000000507")
    assert kept is not None and kept.child.shielded and kept.shield is not None
    assert kept.shield.applied_by == "data-supply"  # the supply's flag became a shield
    assert len(kept.carer_refs) == len(kept.child.carers) and kept.address_key
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.users)).scalar_one() == 1
        indexed = conn.execute(select(func.count()).select_from(db.audit_children)).scalar_one()
    assert indexed == 12  # "who viewed this record" covers what came before
    after = audit.AuditLog(engine, key)
    assert after.verify(checkpoint=checkpoint).ok and after.count() == 12


def _public_key_pem() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def cli(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cpdesk.central.cli", *argv], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("engine_kind", ["sqlite"], indirect=True)
def test_a_database_behind_the_code_is_refused_by_every_command_but_db_upgrade(
        first_revision: Engine, tmp_path: Path) -> None:
    url = first_revision.url.render_as_string(hide_password=False)
    first_revision.dispose()
    pem = tmp_path / "pat.pem"
    pem.write_bytes(_public_key_pem())
    supply = tmp_path / "supply.jsonl"
    supply.write_text("", encoding="utf-8")
    commands: list[tuple[list[str], str]] = [
        (["serve", "--port", "1"], ""),
        (["seed", "--children", "5", "--seed", "1"], ""),
        (["import", str(supply)], ""),
        (["user", "add", "--username", "pat", "--role", "practitioner", "--la", "E08000035",
          "--auth-public-key", str(pem), "--password-stdin"], "pw\n"),
        (["user", "suspend", "pat"], ""),
        (["realm", "set", "--name", "x", "--training"], ""),
        (["audit", "verify"], ""),
        (["audit", "checkpoint"], ""),
    ]
    for argv, stdin in commands:
        refused = cli(*argv, "--database-url", url, stdin=stdin)
        assert refused.returncode == 2, (argv, refused.stdout, refused.stderr)
        assert "db upgrade" in refused.stderr, argv
    assert db.current_revision(db.engine_for(url)) == "0001"  # nothing upgraded silently
    behind = cli("db", "current", "--database-url", url)
    assert behind.returncode == 0 and "behind" in behind.stdout
    upgraded = cli("db", "upgrade", "--database-url", url)
    assert upgraded.returncode == 0 and "applied 0002" in upgraded.stdout
    assert "newest" in cli("db", "current", "--database-url", url).stdout
    assert cli("realm", "set", "--name", "x", "--training", "--database-url", url).returncode == 0


def test_loading_commands_create_an_empty_database_and_others_refuse_it(tmp_path: Path) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    refused = cli("audit", "verify", "--database-url", empty)
    assert refused.returncode == 2 and "empty" in refused.stderr
    created = cli("realm", "set", "--name", "Leeds training", "--training",
                  "--database-url", empty)
    assert created.returncode == 0, created.stderr
    assert db.current_revision(db.engine_for(empty)) == db.head_revision()


def test_the_service_refuses_to_serve_a_database_behind_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    db.upgrade(db.engine_for(url), to="0001")
    started: Any = cli("serve", "--port", "1", "--database-url", url)
    assert started.returncode == 2 and "db upgrade" in started.stderr


@pytest.mark.parametrize("engine_kind", ["postgresql"], indirect=True)
def test_the_service_runs_as_a_role_granted_only_what_serve_needs(
        engine: Engine, enrol: Any) -> None:
    from sqlalchemy.exc import ProgrammingError
    from test_service_http import bearer, sign_in

    from cpdesk.central.embedded import EmbeddedService

    load_children(engine, [child("CP0000000701")])
    enrol("pat")
    with engine.begin() as conn:
        conn.execute(text("DROP ROLE IF EXISTS cpdesk_service_t"))
        conn.execute(text("CREATE ROLE cpdesk_service_t LOGIN"))
        for statement in db.service_grants("cpdesk_service_t"):
            conn.execute(text(statement))
    url = engine.url.set(username="cpdesk_service_t")
    restricted = db.connect(url.render_as_string(hide_password=False), create=False)
    try:
        with EmbeddedService(restricted) as service:
            user = enrol("sam")
            signed = sign_in(service.url, user)
            import httpx

            found = httpx.post(f"{service.url}/v1/search", json={"id": "CP0000000701"},
                               headers=bearer(signed))
            assert found.status_code == 200 and found.json()["status"] == "ok"
            shown = httpx.get(f"{service.url}/v1/children/CP0000000701",
                              params={"reason": "safeguarding"}, headers=bearer(signed))
            assert shown.status_code == 200
        for statement in ("DELETE FROM children", "UPDATE audit_log SET username = 'x'",
                          "TRUNCATE audit_log", "DROP TABLE throttles"):
            with pytest.raises(ProgrammingError), restricted.begin() as conn:
                conn.execute(text(statement))
    finally:
        restricted.dispose()
        with engine.begin() as conn:
            conn.execute(text("DROP OWNED BY cpdesk_service_t"))
            conn.execute(text("DROP ROLE cpdesk_service_t"))


@pytest.mark.parametrize("engine_kind", ["postgresql"])  # PostgreSQL's alone
def test_the_widened_search_indexes_carry_what_it_filters_on_postgresql(
        engine: Engine) -> None:
    with engine.connect() as conn:
        definitions = dict(conn.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'child_names'")).all())
    for name, included in (
            ("ix_child_names_surname_dob", "first_forename_key, forenames_key, kind, child_id"),
            ("ix_child_names_first_forename_dob", "surname_key, forenames_key, kind, child_id"),
            ("ix_child_names_dob",
             "surname_key, first_forename_key, forenames_key, kind, child_id")):
        assert definitions[name].endswith(f"INCLUDE ({included})"), definitions[name]
