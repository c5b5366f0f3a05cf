"""The cache may hold only the user's own audit-safe session data.

This test fails when the schema gains a column that could hold a child's name, date of
birth, address or contact details. Extending the schema means adding the new column to
ALLOWED below — with a reviewer who agrees it holds none of those. Free text is confined
to the TEXT columns listed in ALLOWED_TEXT, each of which the store validates.
"""

from __future__ import annotations

import re
from pathlib import Path

from vaultkit import run

from cpdesk.vault.keys import new_cache_key
from cpdesk.vault.store import SessionStore

ALLOWED: dict[str, set[str]] = {
    "schema_version": {"version"},
    "activity": {"id", "at", "action", "child_id", "reason_code"},
    "preferences": {"key", "value"},
    "outbox": {"id", "request_id", "kind", "path", "child_id", "status", "created_at",
               "updated_at", "attempts", "http_status", "problem", "body"},
}
# The single column that may hold child data, and only while its write is pending.
THE_EXCEPTION = "outbox.body"
# TEXT columns and what keeps child data out of each.
ALLOWED_TEXT: dict[str, str] = {
    "activity.at": "ISO-8601 timestamp written by the store",
    "activity.action": "lower-case action code (contract pattern)",
    "activity.child_id": "directory child ID (contract pattern)",
    "activity.reason_code": "one of the contract's reason codes",
    "preferences.key": "lower-case setting name",
    "preferences.value": "short single-line setting, never a search term",
    "outbox.request_id": "lower-case UUID (checked by the store)",
    "outbox.kind": "lower-case write code such as shielding.request",
    "outbox.path": "contract path of identifiers only (checked by the store)",
    "outbox.child_id": "directory child ID (contract pattern)",
    "outbox.status": "one of sending, sent, failed, cancelled",
    "outbox.created_at": "ISO-8601 timestamp written by the store",
    "outbox.updated_at": "ISO-8601 timestamp written by the store",
    "outbox.problem": "the service's problem code (lower-case, hyphens)",
    THE_EXCEPTION: "THE EXCEPTION: a pending write's body, purged (secure_delete) once sent, "
    "cancelled or signed out",
}
FORBIDDEN = re.compile(
    r"name|dob|birth|born|address|addr|street|town|city|postcode|post_code|phone|mobile|"
    r"email|e_mail|contact|forename|surname|given|family|alias|carer|parent|mother|father|"
    r"gender|school|note|comment|text|free|detail|description|search|query|term|result|"
    r"record|json|blob|payload"
    r"|(?:^|_)(?:age|gp|tel|sex|zip)(?:_|$)",  # short words: whole underscore-parts only
    re.IGNORECASE,
)


def _schema(tmp_path: Path) -> dict[str, list[tuple[str, str]]]:
    async def read() -> dict[str, list[tuple[str, str]]]:
        store = await SessionStore.open(tmp_path / "cache.db", new_cache_key(), create=True)
        try:
            return await store.table_columns()
        finally:
            await store.close()

    return run(read())


def test_every_table_and_column_is_allow_listed(tmp_path: Path) -> None:
    schema = _schema(tmp_path)
    assert set(schema) == set(ALLOWED), "a table was added or removed: review ALLOWED"
    for table, columns in schema.items():
        names = {name for name, _type in columns}
        assert names == ALLOWED[table], f"columns of {table} changed: review ALLOWED"


def test_no_column_or_table_name_suggests_child_data(tmp_path: Path) -> None:
    for table, columns in _schema(tmp_path).items():
        assert not FORBIDDEN.search(table), table
        for name, _type in columns:
            if name == "child_id":
                continue  # an identifier, which the contract allows
            if f"{table}.{name}" == THE_EXCEPTION:
                continue
            assert not FORBIDDEN.search(name), f"{table}.{name}"


def test_free_text_is_confined_to_reviewed_columns(tmp_path: Path) -> None:
    for table, columns in _schema(tmp_path).items():
        for name, declared in columns:
            if declared in {"INTEGER", "INT", "REAL", "NUMERIC"}:
                continue
            assert f"{table}.{name}" in ALLOWED_TEXT, f"{table}.{name} ({declared or 'untyped'})"


def test_the_forbidden_pattern_catches_what_it_must() -> None:
    for bad in ("child_name", "dob", "date_of_birth", "address_line", "postcode", "phone",
                "email", "contact", "forename", "surname", "carer_phone", "notes", "age",
                "gp_practice", "home_tel"):
        assert FORBIDDEN.search(bad), bad


def test_exactly_one_column_is_the_exception(tmp_path: Path) -> None:
    schema = _schema(tmp_path)
    exempt = [f"{t}.{n}" for t, cols in schema.items() for n, _ in cols
              if f"{t}.{n}" == THE_EXCEPTION]
    assert exempt == [THE_EXCEPTION]
    assert sum("EXCEPTION" in why for why in ALLOWED_TEXT.values()) == 1


def test_the_exception_is_empty_once_its_write_is_done(tmp_path: Path) -> None:
    """Sent, cancelled, signed out: the body goes; only the audit-safe fields stay."""
    import datetime as dt
    import json

    from cachekit import find

    canary = "Exceptionalia Quokkabell"
    now = dt.datetime.now(dt.UTC)
    ids = [f"0b6c1b7e-0000-4000-8000-00000000000{n}" for n in range(4)]

    async def scenario() -> tuple[list[tuple[str, str, bool]], list[str], list[str]]:
        key = new_cache_key()
        raw = bytes(key)
        store = await SessionStore.open(tmp_path / "cache.db", key, create=True)
        try:
            for n, rid in enumerate(ids):
                body = json.dumps({"justification": f"{canary} {n} {'x' * 5000 * n}"})
                await store.outbox_add(rid, "shielding.request", "/v1/shielding/requests",
                                       "CP0000000001", body, at=now)
            live = find(tmp_path / "cache.db", raw, [canary])
            await store.outbox_update(ids[0], "sent", at=now, http_status=201)
            await store.outbox_update(ids[1], "cancelled", at=now)
            await store.outbox_update(ids[2], "failed", at=now, http_status=409,
                                      problem="request-id-reused")
            await store.outbox_purge_all(at=now)  # sign-out
            rows = [(e.request_id, e.status, e.has_body) for e in await store.outbox_entries()]
            return rows, live, find(tmp_path / "cache.db", raw, [canary])
        finally:
            await store.close()

    rows, live, after = run(scenario())
    assert live, "the scanner must see a pending body (else it proves nothing)"
    assert rows == [(ids[0], "sent", False), (ids[1], "cancelled", False),
                    (ids[2], "cancelled", False), (ids[3], "cancelled", False)]
    assert after == []
