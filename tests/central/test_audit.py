"""The keyed audit chain: key custody, tamper and truncation detection, capped fields, and
the aggregation of unauthenticated failures (issue 7, holes 5 and 6)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from testkit import drop_audit_triggers

from cpdesk.central import audit, db
from cpdesk.central.audit import AuditKeyError, AuditLog, Checkpoint

T0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture()
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture()
def log(engine: Engine, key: bytes) -> AuditLog:
    return AuditLog(engine, key)


def fill(log: AuditLog, n: int, username: str = "pat") -> None:
    for i in range(n):
        log.append(username=username, action="search", outcome="ok", address="10.0.0.1",
                   child_ids=[f"CP{i:010d}"], detail={"surname": "Okafor"},
                   at=T0 + dt.timedelta(seconds=i))


def drop_triggers(engine: Engine) -> None:
    with engine.begin() as conn:
        drop_audit_triggers(conn)


def all_rows(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        found = conn.execute(select(db.audit_log).order_by(db.audit_log.c.seq)).mappings()
        return [dict(r) for r in found]


def rewrite(engine: Engine, rows: list[dict[str, Any]]) -> None:
    with engine.begin() as conn:
        conn.execute(db.audit_log.delete())
        for row in rows:
            conn.execute(db.audit_log.insert().values(**row))


def recompute(rows: list[dict[str, Any]], mac: Any, *, start: int = 1,
              prev: str = audit.GENESIS) -> list[dict[str, Any]]:
    """What the review did: renumber the survivors and recompute every link from ``start``."""
    out = []
    for seq, row in enumerate(rows, start=start):
        row = {**row, "seq": seq, "prev_hash": prev}
        row["hash"] = prev = mac(row)
        out.append(row)
    return out


# ------------------------------------------------------------------------------- the chain


def test_an_intact_chain_verifies_and_reports_progress(log: AuditLog) -> None:
    fill(log, 12)
    seen: list[int] = []
    result = log.verify(progress=seen.append, batch=5)
    assert result == audit.Verification(True, 12)
    assert seen == [5, 10, 12]
    assert log.count() == 12


def test_a_chain_recomputed_without_the_key_fails(engine: Engine, log: AuditLog) -> None:
    fill(log, 120)
    fill(log, 10, username="sam")
    drop_triggers(engine)
    rows = all_rows(engine)
    # Delete 50 rows, blank a user's record views, recompute a plain SHA-256 chain.
    survivors = [r for r in rows if not 31 <= r["seq"] <= 80]
    survivors = [{**r, "child_ids": "[]"} if r["username"] == "sam" else r for r in survivors]
    rewrite(engine, recompute(survivors, lambda r: hashlib.sha256(audit.canonical(r)).hexdigest()))
    result = log.verify()
    assert not result.ok and result.first_broken == 1
    assert "MAC" in (result.problem or "")


def test_a_chain_recomputed_with_another_key_fails(engine: Engine, log: AuditLog,
                                                   key: bytes) -> None:
    fill(log, 100)
    drop_triggers(engine)
    rows = [r for r in all_rows(engine) if r["seq"] != 40]
    other = secrets.token_bytes(32)
    # The untouched prefix stays; the tail is relinked to it, under a key that is not the one.
    tail = recompute(rows[39:], lambda r: audit.row_mac(other, r), start=40,
                     prev=rows[38]["hash"])
    rewrite(engine, rows[:39] + tail)
    result = log.verify()
    assert not result.ok and result.first_broken == 40
    assert "MAC" in (result.problem or "")
    # The same rewrite under the real key would pass: the key is what carries the weight.
    rewrite(engine, rows[:39] + recompute(rows[39:], lambda r: audit.row_mac(key, r),
                                          start=40, prev=rows[38]["hash"]))
    assert log.verify().ok


def test_an_edited_row_is_found(engine: Engine, log: AuditLog) -> None:
    fill(log, 5)
    drop_triggers(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET child_ids = '[]' WHERE seq = 3"))
    result = log.verify()
    assert not result.ok and result.first_broken == 3


def test_a_truncated_tail_fails_against_a_checkpoint(engine: Engine, log: AuditLog) -> None:
    fill(log, 30)
    checkpoint = log.checkpoint()
    assert checkpoint.seq == 30 and len(checkpoint.mac) == 64
    fill(log, 5)  # later rows: the checkpoint still holds
    assert log.verify(checkpoint=checkpoint).ok
    drop_triggers(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq > 20"))
    assert log.verify().ok  # a clean cut leaves a chain that holds on its own...
    result = log.verify(checkpoint=checkpoint)  # ...but not against the checkpoint
    assert not result.ok and result.first_broken == 30
    assert result.problem == "truncated: row 30 of the checkpoint is missing"


def test_a_checkpoint_from_another_chain_does_not_match(tmp_path: Path, key: bytes,
                                                        log: AuditLog) -> None:
    other = AuditLog(db.connect(f"sqlite:///{tmp_path / 'other.sqlite3'}"), key)
    fill(other, 3, username="someone else")
    fill(log, 3)
    result = log.verify(checkpoint=other.checkpoint())
    assert not result.ok and result.first_broken == 3
    assert "checkpoint" in (result.problem or "")


def test_checkpoint_json_round_trip_and_refusals(log: AuditLog) -> None:
    assert log.checkpoint() == Checkpoint(0, audit.GENESIS)
    fill(log, 2)
    checkpoint = log.checkpoint()
    line = checkpoint.to_json()
    assert "\n" not in line and json.loads(line) == {"seq": 2, "mac": checkpoint.mac}
    assert Checkpoint.from_json(line + "\n") == checkpoint
    for bad in ("", "[]", '{"seq": -1, "mac": "%s"}' % ("0" * 64), '{"seq": 1, "mac": "xyz"}',
                '{"seq": true, "mac": "%s"}' % ("0" * 64)):
        with pytest.raises(ValueError, match="checkpoint"):
            Checkpoint.from_json(bad)


def test_concurrent_appends_keep_one_chain(log: AuditLog) -> None:
    def work(n: int) -> None:
        for i in range(20):
            log.append(username=f"user{n}", action="search", outcome="ok", address="x",
                       detail={"i": i})

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert log.verify() == audit.Verification(True, 80)



def _held_while_others_queue(monkeypatch: pytest.MonkeyPatch, log: AuditLog,
                             fail: Any = None) -> list[list[str]]:
    """Hold each append for a moment so that concurrent ones queue behind it; record the
    usernames of every batch written together. ``fail(usernames)`` may raise instead."""
    batches: list[list[str]] = []
    real = log._append_together

    def held(batch: list[Any]) -> list[int]:
        names = [pending.entry["username"] for pending in batch]
        batches.append(names)
        threading.Event().wait(0.05)
        if fail is not None:
            fail(names)
        return real(batch)

    monkeypatch.setattr(log, "_append_together", held)
    return batches


def _append_at_once(log: AuditLog, usernames: list[str]) -> dict[str, int | Exception]:
    """Each username appends one entry, all at once; what each append returned or raised."""
    outcome: dict[str, int | Exception] = {}
    start = threading.Barrier(len(usernames))

    def one(username: str) -> None:
        start.wait()
        try:
            outcome[username] = log.append(username=username, action="search",
                                           outcome="ok", address="x",
                                           child_ids=[f"CP{len(username):010d}"],
                                           detail={"who": username},
                                           on_behalf_of=("pr.one", "m-1", "purpose")
                                           if username.endswith("7") else None)
        except Exception as error:  # what the caller would see
            outcome[username] = error

    threads = [threading.Thread(target=one, args=(u,)) for u in usernames]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcome


def test_appends_waiting_together_are_written_together_each_with_its_own_number(
        engine: Engine, log: AuditLog, monkeypatch: pytest.MonkeyPatch) -> None:
    batches = _held_while_others_queue(monkeypatch, log)
    users = [f"user{n}" for n in range(30)]
    seqs = _append_at_once(log, users)
    assert sorted(seqs.values()) == list(range(1, 31))  # type: ignore[type-var]
    assert max(len(batch) for batch in batches) > 1  # some waited and went together
    assert sorted(name for batch in batches for name in batch) == sorted(users)  # each once
    rows = {row["seq"]: row for row in all_rows(engine)}
    for username, seq in seqs.items():  # the number each caller got is its own entry's
        assert rows[seq]["username"] == username  # type: ignore[index]
        assert json.loads(rows[seq]["detail"])["who"] == username  # type: ignore[index]
    with engine.connect() as conn:
        on_behalf = conn.execute(select(db.audit_on_behalf.c.seq,
                                        db.audit_on_behalf.c.mediator)).all()
        viewed = dict(conn.execute(select(db.audit_children.c.seq,
                                          db.audit_children.c.child_id)).all())
    assert sorted(on_behalf) == sorted((seqs[u], u) for u in users if u.endswith("7"))
    assert viewed == {seqs[u]: f"CP{len(u):010d}" for u in users}
    assert log.verify() == audit.Verification(True, 30)


def test_a_long_queue_is_appended_in_batches_of_at_most_max_batch_in_order(
        engine: Engine, log: AuditLog, monkeypatch: pytest.MonkeyPatch) -> None:
    """A flood must not hold the chain's lock (every worker's) for one huge transaction."""
    monkeypatch.setattr(audit, "MAX_BATCH", 4)
    batches = _held_while_others_queue(monkeypatch, log)
    users = [f"user{n}" for n in range(25)]
    seqs = _append_at_once(log, users)
    assert max(len(batch) for batch in batches) == 4  # some filled a batch, none went over
    assert sorted(seqs.values()) == list(range(1, 26))  # type: ignore[type-var]
    written = [name for batch in batches for name in batch]
    assert sorted(written) == sorted(users)  # each once
    assert [seqs[name] for name in written] == list(range(1, 26))  # in the order queued
    assert log.verify() == audit.Verification(True, 25)


def test_an_entry_the_database_refuses_fails_its_own_append_and_no_other(
        engine: Engine, log: AuditLog, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import DataError

    def refuse(names: list[str]) -> None:
        if "user13" in names:
            raise DataError("INSERT", {}, Exception("value refused"))

    batches = _held_while_others_queue(monkeypatch, log, refuse)
    outcome = _append_at_once(log, [f"user{n}" for n in range(20)])
    assert isinstance(outcome.pop("user13"), DataError)
    assert all(isinstance(seq, int) for seq in outcome.values())
    assert sorted(outcome.values()) == list(range(1, 20))  # type: ignore[type-var]
    assert ["user13"] in batches  # tried on its own, after its batch was refused
    assert log.verify() == audit.Verification(True, 19)


def test_a_database_out_of_reach_fails_each_waiting_append_once(
        engine: Engine, log: AuditLog, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    def unreachable(names: list[str]) -> None:
        raise OperationalError("BEGIN", {}, Exception("connection refused"))

    batches = _held_while_others_queue(monkeypatch, log, unreachable)
    outcome = _append_at_once(log, [f"user{n}" for n in range(12)])
    assert all(isinstance(error, OperationalError) for error in outcome.values())
    # Each entry was tried once, in its batch: not again on its own.
    assert sorted(name for batch in batches for name in batch) == sorted(outcome)
    assert all_rows(engine) == []

def test_entries_for_pages_newest_first(log: AuditLog) -> None:
    fill(log, 3, username="pat")
    fill(log, 2, username="sam")
    fill(log, 2, username="pat")
    page = log.entries_for("pat", limit=3)
    assert [e["seq"] for e in page] == [7, 6, 3]
    assert [e["seq"] for e in log.entries_for("pat", limit=3, before=3)] == [2, 1]


# ------------------------------------------------------------------------------- the key


def test_the_wrong_key_is_refused(engine: Engine, log: AuditLog, key: bytes) -> None:
    fill(log, 1)
    with pytest.raises(AuditKeyError, match="does not match this database's audit log"):
        AuditLog(engine, secrets.token_bytes(32))
    AuditLog(engine, key)  # the right one still opens it


def test_the_key_id_is_stored_on_first_use_and_is_not_the_key(engine: Engine,
                                                              key: bytes) -> None:
    AuditLog(engine, key, read_only=True)
    assert db.get_meta(engine, audit.KEY_ID_META) is None  # read-only never writes
    AuditLog(engine, key)
    stored = db.get_meta(engine, audit.KEY_ID_META)
    assert stored == audit.key_id(key) and len(stored) == 16 and key.hex()[:16] != stored


def test_a_chain_without_a_key_id_is_refused(engine: Engine, log: AuditLog, key: bytes) -> None:
    fill(log, 2)
    with engine.begin() as conn:
        conn.execute(db.meta.delete().where(db.meta.c.key == audit.KEY_ID_META))
    for read_only in (False, True):
        with pytest.raises(AuditKeyError, match="no audit key id"):
            AuditLog(engine, key, read_only=read_only)


def test_a_short_key_is_refused(engine: Engine) -> None:
    with pytest.raises(AuditKeyError, match="too short"):
        AuditLog(engine, b"short")


def test_the_key_file_is_created_0600_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "config" / "cpdesk-central" / "audit.key"
    key = audit.load_key(path)
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert audit.load_key(path) == key  # read, not replaced
    assert audit.load_key(path, create=False) == key


def test_the_key_file_comes_from_the_environment_else_beside_the_config(
        tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(audit.platformdirs, "user_config_dir",
                        lambda name, appauthor: str(tmp_path / "cfg" / name))
    monkeypatch.delenv(audit.KEY_FILE_ENV, raising=False)
    assert audit.default_key_path() == tmp_path / "cfg" / "cpdesk-central" / "audit.key"
    assert audit.key_path() == audit.default_key_path()
    assert "data" not in str(audit.default_key_path())
    audit.load_key()
    assert audit.default_key_path().exists()
    monkeypatch.setenv(audit.KEY_FILE_ENV, str(tmp_path / "env.key"))
    assert audit.key_path() == tmp_path / "env.key"
    assert audit.key_path(tmp_path / "given.key") == tmp_path / "given.key"
    audit.load_key()
    assert (tmp_path / "env.key").exists()


def test_unsafe_or_missing_key_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(AuditKeyError, match="no audit key at"):
        audit.load_key(tmp_path / "absent.key", create=False)
    assert not (tmp_path / "absent.key").exists()
    readable = tmp_path / "readable.key"
    readable.write_bytes(os.urandom(32))
    readable.chmod(0o640)
    with pytest.raises(AuditKeyError, match="group or others"):
        audit.load_key(readable)
    empty = tmp_path / "empty.key"
    empty.touch(mode=0o600)
    with pytest.raises(AuditKeyError, match="is empty"):
        audit.load_key(empty)
    short = tmp_path / "short.key"
    short.touch(mode=0o600)
    short.write_bytes(b"0123456789")
    with pytest.raises(AuditKeyError, match="too short"):
        audit.load_key(short)
    assert issubclass(AuditKeyError, ValueError)


# ------------------------------------------------------------------------------ the caps


def test_detail_and_fields_are_capped(engine: Engine, log: AuditLog) -> None:
    seq = log.append(username="u" * 500, action="a" * 500, outcome="o" * 500,
                     address="1" * 60_000, reason="r" * 500,
                     child_ids=[f"CP{i:010d}" for i in range(500)] + ["x" * 1000],
                     detail={"path": "/" + "p" * 60_000, "n": 3})
    with engine.connect() as conn:
        row = conn.execute(select(db.audit_log).where(db.audit_log.c.seq == seq)).mappings().one()
    detail = json.loads(row["detail"])
    assert len(row["detail"]) <= audit.MAX_DETAIL_CHARS
    assert detail["truncated"] is True and detail["n"] == 3
    assert detail["path"].startswith("/ppp") and detail["path"].endswith("…")
    assert len(row["username"]) == 64 and row["username"].endswith("…")
    assert len(row["address"]) == 64
    assert len(row["action"]) == 40 and len(row["outcome"]) == 40 and len(row["reason"]) == 40
    ids = json.loads(row["child_ids"])
    assert len(ids) == audit.MAX_CHILD_IDS + 1 and ids[-1] == "…+401"
    assert log.verify().ok


@pytest.mark.parametrize("detail", [
    {f"key{i}": "v" * 30 for i in range(200)},  # many keys
    {"list": ["\u0000" * 100] * 1000},  # escapes expand
    {"k" * 60_000: 1},  # a long key
    {"nested": {"deeper": {"deepest": "x" * 60_000}}},
])
def test_any_detail_fits(detail: dict[str, Any]) -> None:
    stored = audit.cap_detail(detail)
    assert len(stored) <= audit.MAX_DETAIL_CHARS
    assert json.loads(stored)["truncated"] is True


def test_a_small_detail_is_stored_as_given() -> None:
    assert json.loads(audit.cap_detail({"surname": "Okafor", "dob": "2014"})) == {
        "surname": "Okafor", "dob": "2014"}
    assert audit.cap_detail(None) == "{}"
    assert json.loads(audit.cap_detail({1: "a", "b": (2, 3)})) == {"1": "a", "b": [2, 3]}


# ---------------------------------------------------------------- unauthenticated failures


def test_ten_thousand_unauthenticated_failures_add_at_most_100_rows(engine: Engine,
                                                                   log: AuditLog) -> None:
    fill(log, 1)
    addresses = ["203.0.113.1", "203.0.113.2", "2001:db8::7", "198.51.100.9"]
    expected: dict[tuple[str, int], int] = {}
    for i in range(10_000):
        address = addresses[i % len(addresses)]
        at = T0 + dt.timedelta(seconds=i * 0.05)  # 500 s: nine minutes
        outcome = "token-expired" if i % 10 == 0 else "unauthenticated"
        log.record_unauthenticated(address=address, outcome=outcome, at=at)
        bucket = (address, int(at.timestamp()) // 60)
        expected[bucket] = expected.get(bucket, 0) + 1
    log.flush_summaries(now=T0 + dt.timedelta(minutes=30))
    added = log.count() - 1
    assert added <= 100
    assert added == len(expected)  # one row per address and minute
    with engine.connect() as conn:
        counted = conn.execute(text(
            "SELECT address, minute, SUM(count), MIN(CASE WHEN summarised THEN 1 ELSE 0 END) "
            "FROM auth_failures_by_minute GROUP BY address, minute")).all()
        summaries = conn.execute(select(db.audit_log).where(
            db.audit_log.c.action == audit.UNAUTHENTICATED_ACTION)).mappings().all()
    assert {(a, m): c for a, m, c, _ in counted} == expected
    assert all(done for *_, done in counted)
    total = 0
    for row in summaries:
        detail = json.loads(row["detail"])
        assert row["username"] == "-" and row["outcome"] == "refused"
        assert detail["count"] == sum(detail["outcomes"].values())
        minute = int(dt.datetime.strptime(detail["minute"], "%Y-%m-%dT%H:%MZ")
                     .replace(tzinfo=dt.UTC).timestamp()) // 60
        assert detail["count"] == expected[(row["address"], minute)]
        total += detail["count"]
    assert total == 10_000
    assert log.verify().ok


def test_a_summary_waits_for_its_minute_to_end(engine: Engine, log: AuditLog) -> None:
    for _ in range(5):
        log.record_unauthenticated(address="a", outcome="unauthenticated", at=T0)
    assert log.count() == 0
    assert log.flush_summaries(now=T0 + dt.timedelta(seconds=59)) == 0
    assert log.flush_summaries(now=T0 + dt.timedelta(seconds=60)) == 1
    assert log.flush_summaries(now=T0 + dt.timedelta(minutes=5)) == 0  # never twice
    detail = json.loads(log.entries_for("-", limit=1)[0]["detail"])
    assert detail == {"minute": "2025-03-01T09:00Z", "count": 5,
                      "outcomes": {"unauthenticated": 5}}


def test_a_new_minute_flushes_the_last_one(log: AuditLog) -> None:
    log.record_unauthenticated(address="a", outcome="unauthenticated", at=T0)
    log.record_unauthenticated(address="b", outcome="unauthenticated", at=T0)
    assert log.count() == 0
    log.record_unauthenticated(address="a", outcome="unauthenticated",
                               at=T0 + dt.timedelta(minutes=1))
    assert log.count() == 2


def test_two_processes_never_both_summarise(engine: Engine, key: bytes) -> None:
    first, second = AuditLog(engine, key), AuditLog(engine, key)
    for n in range(50):
        (first if n % 2 else second).record_unauthenticated(
            address=f"10.0.0.{n % 5}", outcome="unauthenticated", at=T0)
    later = T0 + dt.timedelta(minutes=2)
    results: list[int] = []
    threads = [threading.Thread(target=lambda log=log: results.append(
        log.flush_summaries(now=later))) for log in (first, second, first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(results) == 5 and first.count() == 5
    assert first.verify().ok


def test_old_summarised_counts_are_pruned(engine: Engine, log: AuditLog) -> None:
    log.record_unauthenticated(address="a", outcome="unauthenticated", at=T0)
    log.flush_summaries(now=T0 + dt.timedelta(minutes=1))
    log.flush_summaries(now=T0 + dt.timedelta(days=8))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM auth_failures_by_minute")).scalar() == 0
    assert log.count() == 1  # the chain keeps its summary
