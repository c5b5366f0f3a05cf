"""The tamper-evident audit log: every access to the directory, hash-chained, append-only.

Each row carries its predecessor's hash and a hash over its own canonical content (sequence
number included), so editing, deleting, inserting or reordering rows breaks the chain at the
first row touched. The database refuses UPDATE and DELETE by trigger; the chain is what still
tells when someone with direct access to the file gets round the triggers.

Appends are serialised by a process-wide lock: the reference service is one process. A
service running several processes against PostgreSQL would take an advisory lock instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, Engine, func, select

from cpdesk.central.db import audit_log

GENESIS: Final = "0" * 64
_append_lock = threading.Lock()


def _canonical(row: dict[str, Any]) -> bytes:
    fields = {k: row[k] for k in sorted(row) if k != "hash"}
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def row_hash(row: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(row)).hexdigest()


def append(
    engine: Engine,
    *,
    username: str,
    action: str,
    outcome: str,
    address: str,
    child_ids: Sequence[str] = (),
    reason: str | None = None,
    detail: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> int:
    """Append one entry and return its sequence number."""
    moment = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    with _append_lock, engine.begin() as conn:
        last = conn.execute(
            select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
        ).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        row: dict[str, Any] = {
            "seq": seq,
            "at": moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "username": username,
            "action": action,
            "outcome": outcome,
            "child_ids": json.dumps(list(child_ids)),
            "reason": reason,
            "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False),
            "address": address,
            "prev_hash": prev,
        }
        row["hash"] = row_hash(row)
        conn.execute(audit_log.insert().values(**row))
    return seq


@dataclass(frozen=True)
class Verification:
    ok: bool
    rows: int
    first_broken: int | None = None
    problem: str | None = None


def verify(engine: Engine, batch: int = 5000) -> Verification:
    """Walk the whole chain; report the first row whose link or content does not hold."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    with engine.connect() as conn:
        for row in _rows(conn, batch):
            count += 1
            if row["seq"] != expected_seq:
                return Verification(False, count, row["seq"],
                                    f"row {expected_seq} is missing (found {row['seq']})")
            if row["prev_hash"] != prev_hash:
                return Verification(False, count, row["seq"],
                                    "does not link to the row before it")
            if row_hash(row) != row["hash"]:
                return Verification(False, count, row["seq"], "its content was changed")
            prev_hash, expected_seq = row["hash"], expected_seq + 1
    return Verification(True, count)


def _rows(conn: Connection, batch: int) -> Iterable[dict[str, Any]]:
    after = 0
    while True:
        rows = conn.execute(
            select(audit_log).where(audit_log.c.seq > after).order_by(audit_log.c.seq).limit(batch)
        ).mappings().all()
        if not rows:
            return
        for row in rows:
            yield dict(row)
        after = rows[-1]["seq"]


def entries_for(
    engine: Engine, username: str, *, limit: int, before: int | None = None
) -> list[dict[str, Any]]:
    """The user's own entries, newest first."""
    query = select(audit_log).where(audit_log.c.username == username)
    if before is not None:
        query = query.where(audit_log.c.seq < before)
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(audit_log.c.seq.desc()).limit(limit)).mappings().all()
    return [dict(r) for r in rows]


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(audit_log)).scalar_one())
