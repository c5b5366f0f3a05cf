"""The user's encrypted session store on this workstation (SQLCipher, via sqlcipher3).

What may live here is deliberately narrow: the user's own audit-safe activity (when, what,
which child ID, which reason code) and preferences. A child's name, date of birth,
address or contact details never do — not even encrypted — because a cache that is
never given them cannot leak them. ``tests/vault/test_vault_schema_allow_list.py`` fails
when a column appears that could hold them, and the write methods accept only
identifier-shaped values.

**The one exception** is ``outbox.body``: a write the user made (a shielding request's
justification, a mediated request's child details) is kept here, encrypted, from the moment
it is made until the service accepts it, the user cancels it, or the user signs out — so
that a crash, a ``kill -9`` or a dropped network cannot lose it. Then the body is set to
NULL with ``secure_delete`` on (freed bytes are zeroed) and the WAL is checkpointed and
truncated, leaving only audit-safe fields: request ID, kind, path (identifiers only),
status, times, attempts, the HTTP status and the problem code.

Why a single worker thread: an SQLite connection belongs to the thread that made it, and
SQLCipher work (page HMACs, key derivation of the raw key) must not stall the GUI loop,
so each store owns one ``cpdesk-cache`` thread and every call is awaited.

The key is a raw 256-bit key given as ``x'<hex>'``, which skips SQLCipher's
password-stretching KDF: the key is already random. The hex string that PRAGMA needs
cannot be wiped (Python strings are immutable), so it lives for one statement only.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeVar

from sqlcipher3 import dbapi2

from cpdesk.contract import REASON_CODES
from cpdesk.vault.errors import CacheRejected, CacheUnavailable

T = TypeVar("T")

KEY_BYTES: Final = 32

# Each entry migrates from version N to N+1; append, never edit a released entry.
MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    (
        """CREATE TABLE activity (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               action TEXT NOT NULL,
               child_id TEXT,
               reason_code TEXT
           )""",
        "CREATE INDEX activity_at ON activity (at)",
        """CREATE TABLE preferences (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL
           )""",
    ),
    (
        # The durable outbox (cpdesk.sync.outbox). ``body`` is the one column that may hold
        # child data, and only while the write is pending: see the module docstring.
        """CREATE TABLE outbox (
               id INTEGER PRIMARY KEY,
               request_id TEXT NOT NULL UNIQUE,
               kind TEXT NOT NULL,
               path TEXT NOT NULL,
               child_id TEXT,
               status TEXT NOT NULL,
               created_at TEXT NOT NULL,
               updated_at TEXT NOT NULL,
               attempts INTEGER NOT NULL DEFAULT 0,
               http_status INTEGER,
               problem TEXT,
               body TEXT
           )""",
        "CREATE INDEX outbox_status ON outbox (status, id)",
    ),
)
SCHEMA_VERSION: Final = len(MIGRATIONS)

# Same shapes as the wire contract, so nothing name-like can be smuggled in as an "ID".
_ACTION = re.compile(r"^[a-z_.]{1,40}$")
_CHILD_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{1,39}$")
_PREFERENCE_KEY = re.compile(r"^[a-z][a-z0-9_.-]{0,63}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_PREFERENCE_LENGTH: Final = 4096
_REQUEST_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_OUTBOX_KIND = re.compile(r"^[a-z][a-z_.]{0,39}$")
# A contract path made of identifiers only (child IDs, request IDs, refs): no free text.
_OUTBOX_PATH = re.compile(r"^/v1(?:/[A-Za-z0-9][A-Za-z0-9._-]{0,63}){1,6}$")
_PROBLEM = re.compile(r"^[a-z][a-z-]{0,47}$")
OUTBOX_STATUSES: Final = frozenset({"sending", "sent", "failed", "cancelled"})
# Statuses whose body is still needed (the write may yet be sent).
OUTBOX_OPEN: Final = frozenset({"sending", "failed"})
MAX_OUTBOX_BODY: Final = 64 * 1024
# Finished rows (audit-safe fields only) kept for the user's list; older ones are dropped.
OUTBOX_KEEP_FINISHED: Final = 200


@dataclass(frozen=True)
class Activity:
    """One of the user's own actions, as kept on this workstation."""

    id: int
    at: dt.datetime
    action: str
    child_id: str | None
    reason_code: str | None


@dataclass(frozen=True)
class OutboxEntry:
    """One outbox row without its body: the audit-safe fields only."""

    request_id: str
    kind: str
    path: str
    child_id: str | None
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime
    attempts: int
    http_status: int | None
    problem: str | None
    has_body: bool


def _key_pragma(key: bytearray) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the cache key must be 32 bytes")
    return "PRAGMA key = \"x'" + key.hex() + "'\""


def _connect_blocking(path: Path, key: bytearray, create: bool) -> Any:
    if not create and not path.exists():
        raise CacheRejected("its database file is missing")
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=True)
    except dbapi2.Error as exc:
        raise CacheUnavailable("The local session store could not be opened "
                               f"({type(exc).__name__}).") from None
    try:
        # Must come first: it governs how SQLCipher treats the key material it is given.
        conn.execute("PRAGMA cipher_memory_security = ON")
        statement = _key_pragma(key)
        try:
            conn.execute(statement)
        finally:
            del statement
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        except dbapi2.DatabaseError:
            raise CacheRejected("it could not be decrypted with its key, or has been "
                                "altered") from None
        if problems:
            raise CacheRejected("it has been altered or damaged")
        conn.execute("PRAGMA temp_store = MEMORY")  # never spill plaintext temp files
        # Freed bytes are zeroed, so a purged outbox body leaves nothing in free space.
        conn.execute("PRAGMA secure_delete = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if not mode or str(mode[0]).lower() != "wal":
            raise CacheUnavailable("The local session store could not switch to WAL mode.")
        _migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: Any) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    current = int(row[0]) if row and row[0] is not None else 0
    if current > SCHEMA_VERSION:
        raise CacheUnavailable("The local session store was written by a newer version of "
                               "this program. Ask your helpdesk to update it.")
    for version in range(current, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _check_activity(action: str, child_id: str | None, reason_code: str | None) -> None:
    if not _ACTION.fullmatch(action):
        raise ValueError("activity action must be a lower-case code such as 'search'")
    if child_id is not None and not _CHILD_ID.fullmatch(child_id):
        raise ValueError("child_id must be a directory ID, never a name or other detail")
    if reason_code is not None and reason_code not in REASON_CODES:
        raise ValueError("reason_code must be one of the contract's reason codes")


def _check_outbox(request_id: str, kind: str, path: str, child_id: str | None) -> None:
    if not _REQUEST_ID.fullmatch(request_id):
        raise ValueError("request_id must be a lower-case UUID")
    if not _OUTBOX_KIND.fullmatch(kind):
        raise ValueError("the outbox kind must be a lower-case code such as 'shielding.request'")
    if not _OUTBOX_PATH.fullmatch(path):
        raise ValueError("the outbox path must be a contract path of identifiers")
    if child_id is not None and not _CHILD_ID.fullmatch(child_id):
        raise ValueError("child_id must be a directory ID, never a name or other detail")


def _iso(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat()


class SessionStore:
    """An open, keyed cache. Create with :meth:`open`; always :meth:`close`."""

    def __init__(self, path: Path, connection: Any, executor: ThreadPoolExecutor) -> None:
        self.path = path
        self._conn = connection
        self._executor = executor
        self._closed = False

    @classmethod
    async def open(cls, path: Path, key: bytearray, *, create: bool = False) -> SessionStore:
        """Key and verify the database at ``path`` (making it when ``create``), migrate it.

        Raises CacheRejected when the file is not what the key says it should be (wrong
        key, altered page), CacheUnavailable when it cannot be used at all. The caller
        owns ``key`` and zeroes it once this returns.
        """
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cpdesk-cache")
        loop = asyncio.get_running_loop()
        try:
            conn = await loop.run_in_executor(executor, _connect_blocking, path, key, create)
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(path, conn, executor)

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        if self._closed:
            raise CacheUnavailable("The local session store is closed.")
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, fn, *args)
        except dbapi2.DatabaseError as exc:
            raise CacheUnavailable("The local session store failed "
                                   f"({type(exc).__name__}).") from exc

    async def record_activity(
        self,
        action: str,
        child_id: str | None = None,
        reason_code: str | None = None,
        *,
        at: dt.datetime | None = None,
    ) -> int:
        """Append one own-activity row; returns its id. Identifiers only, never child data."""
        _check_activity(action, child_id, reason_code)
        when = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()

        def insert() -> int:
            cursor = self._conn.execute(
                "INSERT INTO activity (at, action, child_id, reason_code) VALUES (?, ?, ?, ?)",
                (when, action, child_id, reason_code),
            )
            return int(cursor.lastrowid)

        return await self._call(insert)

    async def recent_activity(self, limit: int = 50) -> list[Activity]:
        """The newest ``limit`` rows, newest first."""
        if limit < 1:
            return []

        def select() -> list[Activity]:
            rows = self._conn.execute(
                "SELECT id, at, action, child_id, reason_code FROM activity "
                "ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
            return [Activity(int(r[0]), dt.datetime.fromisoformat(r[1]), r[2], r[3], r[4])
                    for r in rows]

        return await self._call(select)

    async def get_preference(self, key: str) -> str | None:
        if not _PREFERENCE_KEY.fullmatch(key):
            raise ValueError("preference keys are short lower-case codes")

        def select() -> str | None:
            row = self._conn.execute("SELECT value FROM preferences WHERE key = ?",
                                     (key,)).fetchone()
            return None if row is None else str(row[0])

        return await self._call(select)

    async def set_preference(self, key: str, value: str) -> None:
        """Store a display or workflow preference — never a search term or child detail."""
        if not _PREFERENCE_KEY.fullmatch(key):
            raise ValueError("preference keys are short lower-case codes")
        if len(value) > MAX_PREFERENCE_LENGTH or _CONTROL.search(value):
            raise ValueError("preference values are short single-line settings")

        def upsert() -> None:
            self._conn.execute(
                "INSERT INTO preferences (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

        await self._call(upsert)

    # -- the durable outbox (see cpdesk.sync.outbox) -----------------------------------------

    async def outbox_add(self, request_id: str, kind: str, path: str, child_id: str | None,
                         body: str, *, at: dt.datetime) -> None:
        """Store a write before it is sent; committed (and synced) when this returns."""
        _check_outbox(request_id, kind, path, child_id)
        if len(body) > MAX_OUTBOX_BODY:
            raise ValueError("the write is too large to keep")
        when = _iso(at)

        def insert() -> None:
            self._conn.execute(
                "INSERT INTO outbox (request_id, kind, path, child_id, status, created_at, "
                "updated_at, attempts, body) VALUES (?, ?, ?, ?, 'sending', ?, ?, 0, ?)",
                (request_id, kind, path, child_id, when, when, body))

        await self._call(insert)

    async def outbox_entries(self, *, open_only: bool = False) -> list[OutboxEntry]:
        """Rows oldest first (the order they are sent in), without bodies."""
        def select() -> list[OutboxEntry]:
            rows = self._conn.execute(
                "SELECT request_id, kind, path, child_id, status, created_at, updated_at, "
                "attempts, http_status, problem, body IS NOT NULL FROM outbox "
                "WHERE ? = 0 OR status IN ('sending', 'failed') ORDER BY id",
                (int(open_only),)).fetchall()
            return [OutboxEntry(r[0], r[1], r[2], r[3], r[4], dt.datetime.fromisoformat(r[5]),
                                dt.datetime.fromisoformat(r[6]), int(r[7]),
                                None if r[8] is None else int(r[8]), r[9], bool(r[10]))
                    for r in rows]

        return await self._call(select)

    async def outbox_body(self, request_id: str) -> str | None:
        def select() -> str | None:
            row = self._conn.execute("SELECT body FROM outbox WHERE request_id = ?",
                                     (request_id,)).fetchone()
            return None if row is None or row[0] is None else str(row[0])

        return await self._call(select)

    async def outbox_update(self, request_id: str, status: str, *, at: dt.datetime,
                            attempts: int | None = None, http_status: int | None = None,
                            problem: str | None = None) -> None:
        """Record an attempt's outcome. ``sent`` and ``cancelled`` purge the body."""
        if status not in OUTBOX_STATUSES:
            raise ValueError("not an outbox status")
        if problem is not None and not _PROBLEM.fullmatch(problem):
            raise ValueError("the problem must be the service's problem code")
        if http_status is not None and not 100 <= http_status <= 599:
            raise ValueError("not an HTTP status")
        when = _iso(at)
        purge = status not in OUTBOX_OPEN

        def update() -> None:
            self._conn.execute(
                "UPDATE outbox SET status = ?, updated_at = ?, "
                "attempts = coalesce(?, attempts), http_status = coalesce(?, http_status), "
                "problem = ? WHERE request_id = ?",
                (status, when, attempts, http_status, problem, request_id))
            if purge:
                self._conn.execute("UPDATE outbox SET body = NULL WHERE request_id = ?",
                                   (request_id,))
                self._scrub_blocking()

        await self._call(update)

    async def outbox_purge_all(self, *, at: dt.datetime) -> int:
        """Sign-out: every body goes; writes not yet sent are cancelled. Returns how many."""
        when = _iso(at)

        def purge() -> int:
            cursor = self._conn.execute(
                "UPDATE outbox SET status = 'cancelled', updated_at = ?, problem = 'signed-out' "
                "WHERE status IN ('sending', 'failed')", (when,))
            self._conn.execute("UPDATE outbox SET body = NULL WHERE body IS NOT NULL")
            self._scrub_blocking()
            return int(cursor.rowcount)

        return await self._call(purge)

    async def outbox_prune(self, keep: int = OUTBOX_KEEP_FINISHED) -> None:
        """Drop the oldest finished rows beyond ``keep`` (they hold audit-safe fields only)."""

        def prune() -> None:
            self._conn.execute(
                "DELETE FROM outbox WHERE status IN ('sent', 'cancelled') AND id NOT IN ("
                "SELECT id FROM outbox WHERE status IN ('sent', 'cancelled') "
                "ORDER BY id DESC LIMIT ?)", (keep,))

        await self._call(prune)

    def _scrub_blocking(self) -> None:
        # secure_delete (set at open) zeroed the freed cell; the checkpoint copies the clean
        # page into the database file and truncates the WAL, whose older frames held the body.
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    async def schema_version(self) -> int:
        def select() -> int:
            return int(self._conn.execute("SELECT max(version) FROM schema_version")
                       .fetchone()[0])

        return await self._call(select)

    async def table_columns(self) -> dict[str, list[tuple[str, str]]]:
        """Every table's (column, declared type): what the schema allow-list test inspects."""

        def select() -> dict[str, list[tuple[str, str]]]:
            tables = [r[0] for r in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            result: dict[str, list[tuple[str, str]]] = {}
            for table in tables:
                info = self._conn.execute(f'PRAGMA table_info("{table}")').fetchall()
                result[table] = [(str(col[1]), str(col[2]).upper()) for col in info]
            return result

        return await self._call(select)

    async def close(self) -> None:
        """Checkpoint and close; the WAL and shared-memory files go with the connection."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()

        def shut() -> None:
            with contextlib.suppress(dbapi2.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()

        try:
            await loop.run_in_executor(self._executor, shut)
        finally:
            self._executor.shutdown(wait=False)
