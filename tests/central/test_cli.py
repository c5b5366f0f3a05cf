"""`cpdesk-central` as an operator runs it: import, users, realm, audit verification."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from testkit import child, make_token

from cpdesk.central import audit, db, records
from cpdesk.central.cli import main


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cpdesk.central.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture()
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_import_reports_bad_lines_and_loads_the_rest(tmp_path: Path, url: str) -> None:
    good = child("CP0000000001", forenames="Canaryfirst")
    bad_date = child("CP0000000002", dob="2015-02-30")
    extra = {**child("CP0000000003"), "nhs_number": "1234567890"}
    lines = [json.dumps(good), "{broken", json.dumps(bad_date), "", json.dumps(extra),
             json.dumps({**good, "forenames": "Updated"})]
    supply = tmp_path / "supply.jsonl"
    supply.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("import", str(supply), "--database-url", url)
    assert result.returncode == 1
    assert "line 2: skipped: not valid JSON" in result.stderr
    assert "line 3: skipped: dob" in result.stderr and "calendar date" in result.stderr
    assert "line 5: skipped: nhs_number" in result.stderr
    assert "2015-02-30" not in result.stderr  # the reason, never the value
    assert "2 loaded, 3 skipped" in result.stdout
    engine = db.connect(url)
    stored = records.load(engine, "CP0000000001")
    assert stored is not None and stored.child.forenames == "Updated"  # upserted by id
    assert records.count(engine) == 1


def test_import_exit_codes(tmp_path: Path, url: str) -> None:
    supply = tmp_path / "ok.jsonl"
    supply.write_text(json.dumps(child("CP0000000009")) + "\n", encoding="utf-8")
    assert run_cli("import", str(supply), "--database-url", url).returncode == 0
    missing = run_cli("import", str(tmp_path / "absent.jsonl"), "--database-url", url)
    assert missing.returncode == 2 and "cannot read" in missing.stderr


def test_user_add_suspend_and_revoke(tmp_path: Path, url: str, softhsm_conf: Path) -> None:
    token = make_token(softhsm_conf)
    pem = tmp_path / "auth.pem"
    pem.write_bytes(token.auth_public_pem)
    added = run_cli("user", "add", "--username", "pat", "--role", "practitioner",
                    "--role", "helpdesk", "--la", "E08000035", "--auth-public-key", str(pem),
                    "--password-stdin", "--database-url", url, stdin="s3cret words\n")
    assert added.returncode == 0, added.stderr
    again = run_cli("user", "add", "--username", "pat", "--role", "practitioner",
                    "--la", "E08000035", "--auth-public-key", str(pem), "--password-stdin",
                    "--database-url", url, stdin="x\n")
    assert again.returncode == 2 and "already exists" in again.stderr
    assert main(["user", "suspend", "pat", "--database-url", url]) == 0
    assert main(["user", "revoke-token", "pat", "--database-url", url]) == 0
    assert main(["user", "suspend", "nobody", "--database-url", url]) == 2
    with db.connect(url).connect() as conn:
        row = conn.execute(text("SELECT roles, status, token_revoked, password_hash "
                                "FROM users")).one()
    assert row[0] == "practitioner,helpdesk" and row[1] == "suspended" and row[2]
    assert row[3].startswith("$argon2id$")


def test_user_add_refuses_a_weak_key(tmp_path: Path, url: str) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key()
    pem = tmp_path / "weak.pem"
    pem.write_bytes(weak.public_bytes(serialization.Encoding.PEM,
                                      serialization.PublicFormat.SubjectPublicKeyInfo))
    result = run_cli("user", "add", "--username", "pat", "--role", "practitioner", "--la",
                     "E08000035", "--auth-public-key", str(pem), "--password-stdin",
                     "--database-url", url, stdin="pw\n")
    assert result.returncode == 2 and "2048 bits" in result.stderr


def test_seed_is_refused_in_a_production_realm(url: str, capsys: Any) -> None:
    assert main(["realm", "set", "--name", "England", "--production",
                 "--database-url", url]) == 0
    assert main(["seed", "--children", "10", "--seed", "1", "--database-url", url]) == 2
    assert "production realm" in capsys.readouterr().err
    assert records.count(db.connect(url)) == 0


def test_database_url_from_the_environment(tmp_path: Path, monkeypatch: Any) -> None:
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv(db.DATABASE_URL_ENV, f"sqlite:///{target}")
    assert main(["realm", "set", "--name", "Leeds training", "--training"]) == 0
    assert target.exists()
    assert db.get_meta(db.connect(), "realm_name") == "Leeds training"


@pytest.fixture()
def key_file(tmp_path: Path, monkeypatch: Any) -> Path:
    """This test's own audit key, named by the environment as an operator would."""
    path = tmp_path / "keys" / "audit.key"
    monkeypatch.setenv(audit.KEY_FILE_ENV, str(path))
    return path


def audit_log(url: str, key_file: Path) -> audit.AuditLog:
    return audit.AuditLog(db.connect(url), audit.load_key(key_file))


def test_audit_is_append_only_and_tampering_is_found(url: str, key_file: Path) -> None:
    log = audit_log(url, key_file)
    engine = db.connect(url)
    for n in range(5):
        log.append(username="pat", action="search", outcome="ok", address="127.0.0.1",
                   child_ids=[f"CP000000000{n}"])
    assert main(["audit", "verify", "--database-url", url]) == 0
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'someone' WHERE seq = 3"))
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 4"))
    # Someone with the file in hand gets round the triggers: the chain still tells.
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET child_ids = '[]' WHERE seq = 3"))
    result = log.verify()
    assert not result.ok and result.first_broken == 3
    assert main(["audit", "verify", "--database-url", url]) == 1


def test_audit_deletion_is_found(url: str, key_file: Path) -> None:
    log = audit_log(url, key_file)
    for _ in range(4):
        log.append(username="pat", action="search", outcome="ok", address="x")
    with db.connect(url).begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    result = log.verify()
    assert not result.ok and result.first_broken == 3


def test_audit_checkpoint_and_verify_round_trip(tmp_path: Path, url: str,
                                                key_file: Path) -> None:
    log = audit_log(url, key_file)
    for n in range(6):
        log.append(username="pat", action="search", outcome="ok", address="x", detail={"n": n})
    taken = run_cli("audit", "checkpoint", "--database-url", url)
    assert taken.returncode == 0, taken.stderr
    line = taken.stdout.strip()
    assert "\n" not in line and json.loads(line)["seq"] == 6
    checkpoint = tmp_path / "offhost" / "checkpoint.json"
    checkpoint.parent.mkdir()
    checkpoint.write_text(taken.stdout, encoding="utf-8")
    log.append(username="pat", action="search", outcome="ok", address="x")
    intact = run_cli("audit", "verify", "--checkpoint", str(checkpoint), "--database-url", url)
    assert intact.returncode == 0 and "intact: 7 entries" in intact.stdout
    # Cut the tail: the chain left holds on its own, the checkpoint shows the cut.
    engine = db.connect(url)
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE seq >= 5"))
    assert main(["audit", "verify", "--database-url", url]) == 0
    cut = run_cli("audit", "verify", "--checkpoint", str(checkpoint), "--database-url", url)
    assert cut.returncode == 1
    assert "truncated: row 6 of the checkpoint is missing" in cut.stderr
    assert "Traceback" not in cut.stderr


def test_audit_commands_refuse_a_missing_or_wrong_key_plainly(tmp_path: Path, url: str,
                                                             key_file: Path) -> None:
    log = audit_log(url, key_file)
    log.append(username="pat", action="search", outcome="ok", address="x")
    other = tmp_path / "other.key"
    audit.load_key(other)
    for command in (["audit", "verify"], ["audit", "checkpoint"]):
        wrong = run_cli(*command, "--audit-key-file", str(other), "--database-url", url)
        assert wrong.returncode == 2
        assert "the audit key does not match this database's audit log" in wrong.stderr
        missing = run_cli(*command, "--audit-key-file", str(tmp_path / "absent.key"),
                          "--database-url", url)
        assert missing.returncode == 2 and "no audit key at" in missing.stderr
        assert not (tmp_path / "absent.key").exists()  # the audit commands never create one
        for result in (wrong, missing):
            assert "Traceback" not in result.stderr and result.stdout == ""
    key_file.chmod(0o644)
    assert main(["audit", "verify", "--database-url", url]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    key_file.chmod(0o600)
    assert main(["audit", "verify", "--checkpoint", str(bad), "--database-url", url]) == 2
    assert main(["audit", "verify", "--checkpoint", str(tmp_path / "absent.json"),
                 "--database-url", url]) == 2


def test_audit_commands_only_read(tmp_path: Path, key_file: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    audit.load_key(key_file)
    assert main(["audit", "checkpoint", "--database-url", url]) == 2  # empty: nothing to read
    db.connect(url).dispose()  # the schema, and nothing else
    assert main(["audit", "checkpoint", "--database-url", url]) == 0
    assert main(["audit", "verify", "--database-url", url]) == 0
    assert db.get_meta(db.connect(url), audit.KEY_ID_META) is None  # no key id stored


def test_version(capsys: Any) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"cpdesk-central {version('cpdesk')}"
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("cpdesk-central ")


def test_a_database_from_an_older_version_is_refused_not_altered(tmp_path: Path,
                                                                 key_file: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE children (id TEXT PRIMARY KEY, record TEXT)")
    assert main(["audit", "verify", "--database-url", f"sqlite:///{path}"]) == 2
    with sqlite3.connect(path) as old:
        columns = [row[1] for row in old.execute("PRAGMA table_info(children)")]
    assert columns == ["id", "record"]
