"""The tamper-evident audit log: every access to the directory, in a keyed chain, append-only.

Each row carries its predecessor's MAC and an HMAC-SHA-256, under a key kept outside the
database, over its own canonical content (sequence number and predecessor included). Editing,
deleting, inserting or reordering rows breaks the chain at the first row touched, and without
the key nobody can recompute a chain that verifies. The database refuses UPDATE and DELETE by
trigger; that stops accidents, the key stops whoever gets round the triggers, and a checkpoint
(head sequence number and MAC) kept off the host shows a cut-off tail.

Unauthenticated failures are not chain rows each: they are counted per address, minute and
outcome in an ordinary table, and once a minute is over the chain gets one summary row per
address and minute. Every stored field is capped, so no request can write a large row.

Appends are serialised by a process-wide lock and, on PostgreSQL, by a transaction-scoped
advisory lock, so that several worker processes append one chain. In each process one writer
thread appends every entry waiting at the time in one transaction (group commit,
``docs/audit.md``); a request waits for its own entry without holding a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import hmac
import json
import os
import secrets
import stat
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import platformdirs
from sqlalchemy import (
    Connection,
    Dialect,
    Engine,
    String,
    Table,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from cpdesk.central.db import (
    audit_children,
    audit_log,
    audit_on_behalf,
    auth_failures_by_minute,
    children,
    meta,
    meta_value,
)

KEY_FILE_ENV: Final = "CPDESK_CENTRAL_AUDIT_KEY_FILE"
KEY_BYTES: Final = 32
MIN_KEY_BYTES: Final = 32
KEY_ID_META: Final = "audit_key_id"
_KEY_ID_LABEL: Final = b"cpdesk-audit-key-id"

GENESIS: Final = "0" * 64
MAX_DETAIL_CHARS: Final = 512
MAX_CHILD_IDS: Final = 100  # a search returns at most 50 (contract.MAX_RESULTS)
ELLIPSIS: Final = "…"
UNAUTHENTICATED_ACTION: Final = "access.unauthenticated"
FAILURE_COUNTS_KEPT_MINUTES: Final = 7 * 24 * 60  # summarised counters older than this go
ADVISORY_LOCK_ID: Final = 0x6370_6465_736B  # "cpdesk": one lock for every appender of the chain
_SUMMARY_BATCH: Final = 200
_APPEND_ATTEMPTS: Final = 3
# Most entries appended in one transaction: under a flood of connections the queue can grow
# as long as the flood, and one batch holds the chain's lock (every worker's) until it commits.
MAX_BATCH = 200

_append_lock = threading.Lock()


class AuditKeyError(ValueError):
    """The audit key is missing, unsafe, or not the one this database's chain was written with."""


# ----------------------------------------------------------------------------------- the key


def default_key_path() -> Path:
    """Beside the service's configuration — never in the database directory."""
    return Path(platformdirs.user_config_dir("cpdesk-central", appauthor=False)) / "audit.key"


def key_path(path: Path | None = None) -> Path:
    """``path``, else ``$CPDESK_CENTRAL_AUDIT_KEY_FILE``, else :func:`default_key_path`."""
    if path is not None:
        return Path(path)
    from_env = os.environ.get(KEY_FILE_ENV)
    return Path(from_env) if from_env else default_key_path()


def load_key(path: Path | None = None, *, create: bool = True) -> bytes:
    """Read the audit key, creating 32 random bytes (mode 0600) on first use when ``create``."""
    target = key_path(path)
    raced = False
    if create and not target.exists():
        try:
            _create_key(target)
        except FileExistsError:
            raced = True  # another process is creating it: it may not be written yet
        except OSError as exc:
            raise AuditKeyError(f"cannot create the audit key {target}: {exc.strerror}") from None
    key = _read_key(target)
    for _ in range(20 if raced else 0):
        if len(key) >= MIN_KEY_BYTES:
            break
        time.sleep(0.05)
        key = _read_key(target)
    if not key:
        raise AuditKeyError(f"the audit key {target} is empty")
    if len(key) < MIN_KEY_BYTES:
        raise AuditKeyError(f"the audit key {target} is too short ({len(key)} bytes; "
                            f"at least {MIN_KEY_BYTES} are needed)")
    return key


def _create_key(target: Path) -> None:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(KEY_BYTES))
            out.flush()
            os.fsync(out.fileno())
    except OSError:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def _read_key(target: Path) -> bytes:
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise AuditKeyError(
            f"no audit key at {target}: give --audit-key-file or ${KEY_FILE_ENV} (the service "
            "creates the key on its first start)") from None
    except OSError as exc:
        raise AuditKeyError(f"cannot read the audit key {target}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as source:
        status = os.fstat(source.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise AuditKeyError(f"the audit key {target} is not a regular file")
        if os.name == "posix" and status.st_mode & 0o077:
            raise AuditKeyError(
                f"the audit key {target} is open to group or others (mode "
                f"{stat.S_IMODE(status.st_mode):04o}); make it readable by its owner only "
                f"(chmod 600)")
        return source.read(4096)


def key_id(key: bytes) -> str:
    """What the database keeps to recognise its key: a MAC of a fixed label, never the key."""
    return hmac.new(key, _KEY_ID_LABEL, "sha256").hexdigest()[:16]


# ------------------------------------------------------------------------------- row content


def canonical(row: Mapping[str, Any]) -> bytes:
    """The bytes a row's MAC covers: every column but ``hash``, as sorted compact JSON."""
    fields = {k: row[k] for k in sorted(row) if k != "hash"}
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def row_mac(key: bytes, row: Mapping[str, Any]) -> str:
    return hmac.new(key, canonical(row), "sha256").hexdigest()


def _width(table: Table, column: str) -> int:
    kind = table.c[column].type
    if not isinstance(kind, String) or kind.length is None:
        raise TypeError(f"{table.name}.{column} has no length")
    return kind.length


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + ELLIPSIS


def _shorten(value: Any, width: int) -> Any:
    """``value`` with every string (keys too) at most ``width`` and every list at most 8 long."""
    if isinstance(value, str):
        return _clip(value, width)
    if isinstance(value, Mapping):
        return {_clip(str(k), width): _shorten(v, width) for k, v in value.items()}
    if isinstance(value, list | tuple):
        items = [_shorten(v, width) for v in value[:8]]
        return [*items, ELLIPSIS] if len(value) > 8 else items
    if value is None or isinstance(value, bool | int | float):
        return value
    return _clip(str(value), width)


def _plain(value: Any) -> Any:
    """``value`` with every mapping key a string, so that sorted JSON never fails."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def cap_detail(detail: Mapping[str, Any] | None) -> str:
    """The detail as stored: JSON of at most 512 characters, marked when it was shortened."""
    plain = _plain(dict(detail or {}))
    whole = _dumps(plain)
    if len(whole) <= MAX_DETAIL_CHARS:
        return whole
    for width in (128, 64, 32, 16, 8):
        shortened = _dumps({**_shorten(plain, width), "truncated": True})
        if len(shortened) <= MAX_DETAIL_CHARS:
            return shortened
    excerpt = whole[:400]
    while True:
        text_ = _dumps({"truncated": True, "excerpt": excerpt + ELLIPSIS})
        if len(text_) <= MAX_DETAIL_CHARS:
            return text_
        excerpt = excerpt[: max(0, len(excerpt) - (len(text_) - MAX_DETAIL_CHARS))]


def _child_ids(ids: Sequence[str]) -> str:
    width = _width(children, "id")
    kept = [_clip(str(i), width) for i in list(ids)[:MAX_CHILD_IDS]]
    if len(ids) > MAX_CHILD_IDS:
        kept.append(f"{ELLIPSIS}+{len(ids) - MAX_CHILD_IDS}")
    return json.dumps(kept)


def _utc(at: dt.datetime | None) -> dt.datetime:
    return (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)


def _minute(moment: dt.datetime) -> int:
    return int(moment.timestamp()) // 60


def _iso_minute(minute: int) -> str:
    return dt.datetime.fromtimestamp(minute * 60, dt.UTC).strftime("%Y-%m-%dT%H:%MZ")


# ------------------------------------------------------------------------------ the results


@dataclass(frozen=True)
class Checkpoint:
    """The chain's head (sequence number and MAC), to keep off the host; seq 0 is empty."""

    seq: int
    mac: str

    def to_json(self) -> str:
        return json.dumps({"seq": self.seq, "mac": self.mac}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text_: str) -> Checkpoint:
        """Parse what :meth:`to_json` printed; a ValueError with a plain message otherwise."""
        try:
            data = json.loads(text_)
        except ValueError:
            raise ValueError("the checkpoint is not JSON") from None
        if not isinstance(data, dict):
            raise ValueError("the checkpoint is not a JSON object")
        seq, mac = data.get("seq"), data.get("mac")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise ValueError("the checkpoint has no sequence number (seq)")
        if (not isinstance(mac, str) or len(mac) != 64
                or any(c not in "0123456789abcdef" for c in mac)):
            raise ValueError("the checkpoint has no MAC (mac: 64 hex digits)")
        return cls(seq, mac)


@dataclass(frozen=True)
class Verification:
    ok: bool
    rows: int
    first_broken: int | None = None
    problem: str | None = None


# ---------------------------------------------------------------------------------- the log


# One statement sent as psycopg runs it: its SQL with named parameters, and either one
# mapping of values or a list of them (one row each).
Pipelined = tuple[str, Mapping[str, Any] | list[Mapping[str, Any]]]
# The chain's head: the newest entry's sequence number and MAC.
_HEAD = select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)


# Compiled once per dialect: compiling a statement that carries its values cost more than
# sending it.
@functools.lru_cache(maxsize=64)
def _insert_sql(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> str:
    return str(table.insert().compile(dialect=dialect, column_keys=list(columns)))


@functools.lru_cache(maxsize=8)
def _head_sql(dialect: Dialect) -> str:
    return str(_HEAD.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _pipelined(conn: Connection, statements: Sequence[Pipelined]) -> tuple[Any, ...] | None:
    """Run ``statements`` on PostgreSQL in one round trip (psycopg's pipeline mode), inside
    ``conn``'s transaction; the first row of the last one, if it returns rows.

    Every audited request appends under one lock shared by every worker: each round trip
    while it is held is a round trip every other worker's request waits for.
    """
    raw: Any = conn.connection.dbapi_connection
    cursors = []
    with raw.pipeline() as pipeline:
        for sql, values in statements:
            cursor = raw.cursor()
            if isinstance(values, list):
                cursor.executemany(sql, values)
            else:
                cursor.execute(sql, values)
            cursors.append(cursor)
        pipeline.sync()  # the results are in (or the first error raised) from here on
        last = cursors[-1]
        row: tuple[Any, ...] | None = (last.fetchone() if last.description is not None
                                         else None)
    for cursor in cursors:
        cursor.close()
    return row


def _unreachable(error: Exception) -> bool:
    """Whether ``error`` says the database could not be reached (rather than refused)."""
    return isinstance(error, (OperationalError, InterfaceError)) or bool(
        getattr(error, "connection_invalidated", False))


@dataclass(eq=False)
class _Pending:
    """An entry waiting to be appended, and what became of it.

    ``settled`` is set by the writer thread once ``seq`` or ``error`` is; ``on_settled`` (an
    async caller's wake-up) is called from the writer thread at the same moment.
    """

    entry: dict[str, Any]
    on_behalf_of: tuple[str, str, str] | None
    seq: int | None = None
    error: Exception | None = None
    done: bool = False
    settled: threading.Event = field(default_factory=threading.Event)
    on_settled: Callable[[], None] | None = None

    def succeed(self, seq: int) -> None:
        self.seq, self.done = seq, True

    def fail(self, error: Exception) -> None:
        self.error, self.done = error, True

    def settle(self) -> None:
        if not self.done:  # the writer was interrupted before it could say
            self.fail(RuntimeError("the audit entry was not appended"))
        self.settled.set()
        if self.on_settled is not None:
            self.on_settled()

    def result(self) -> int:
        if self.error is not None:
            raise self.error
        assert self.seq is not None
        return self.seq


class AuditLog:
    """The keyed chain in ``engine``'s database.

    The key is checked against the key id kept in ``meta``: stored on first use, a different
    key is refused, and so is a chain that has rows but no key id (written unkeyed). With
    ``read_only`` the key id is never stored (``audit verify`` and ``checkpoint`` only read).
    """

    def __init__(self, engine: Engine, key: bytes, *, read_only: bool = False) -> None:
        if len(key) < MIN_KEY_BYTES:
            raise AuditKeyError(f"the audit key is too short ({len(key)} bytes; "
                                f"at least {MIN_KEY_BYTES} are needed)")
        self._engine = engine
        self._key = bytes(key)
        self._flushed_minute: int | None = None
        # Entries waiting to be appended. One writer thread appends all that are waiting
        # (group commit): under load the chain's lock, held for a few round trips and as long
        # again while the holding thread waits its turn for the interpreter, was taken once
        # per request, and requests queued for it (measured: 200 ms at 80 a second, two
        # workers); now it is taken once for as many as arrived while it was last held. The
        # writer is a thread of its own, not a request's: a request waiting for its entry
        # held one of the worker's few request threads (``api.REQUEST_THREADS``), and while
        # the other worker held the chain's lock all of them could be waiting.
        self._queue: list[_Pending] = []
        self._appending = False
        self._turn = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="audit-writer")
        self._check_key(read_only)

    def _check_key(self, read_only: bool) -> None:
        mine = key_id(self._key)
        for _ in range(2):
            with self._engine.connect() as conn:
                stored = meta_value(conn, KEY_ID_META)
                rows = int(conn.execute(select(func.count()).select_from(audit_log)).scalar_one())
            if stored is not None:
                if not hmac.compare_digest(stored.encode(), mine.encode()):
                    raise AuditKeyError("the audit key does not match this database's audit log")
                return
            if rows:
                raise AuditKeyError(
                    f"the audit log holds {rows} entries but no audit key id: it was not "
                    "written with a key (an older cpdesk-central, or the key id was removed)")
            if read_only:
                return
            try:
                with self._engine.begin() as conn:
                    conn.execute(meta.insert().values(key=KEY_ID_META, value=mine))
            except IntegrityError:
                continue  # another process stored one first: check against it
            return

    # ------------------------------------------------------------------------------ writes

    def append(
        self,
        *,
        username: str,
        action: str,
        outcome: str,
        address: str,
        child_ids: Sequence[str] = (),
        reason: str | None = None,
        detail: Mapping[str, Any] | None = None,
        at: dt.datetime | None = None,
        on_behalf_of: tuple[str, str, str] | None = None,
    ) -> int:
        """Append one entry, every field capped, and return its sequence number.

        ``on_behalf_of`` is (practitioner, mediation ID, purpose) for what a mediator did for
        someone: the chained detail names both users and the purpose, and the practitioner's
        own trail lists it.
        """
        mine = self._pending(username=username, action=action, outcome=outcome,
                             address=address, child_ids=child_ids, reason=reason,
                             detail=detail, at=at, on_behalf_of=on_behalf_of)
        self._enqueue(mine)
        mine.settled.wait()
        return mine.result()

    async def append_async(
        self,
        *,
        username: str,
        action: str,
        outcome: str,
        address: str,
        child_ids: Sequence[str] = (),
        reason: str | None = None,
        detail: Mapping[str, Any] | None = None,
        at: dt.datetime | None = None,
        on_behalf_of: tuple[str, str, str] | None = None,
    ) -> int:
        """:meth:`append` for the event loop: the caller waits for its entry without a thread.

        Cancelling the wait does not withdraw the entry: once queued it is appended.
        """
        mine = self._pending(username=username, action=action, outcome=outcome,
                             address=address, child_ids=child_ids, reason=reason,
                             detail=detail, at=at, on_behalf_of=on_behalf_of)
        loop = asyncio.get_running_loop()
        woken = loop.create_future()

        def wake() -> None:
            if not woken.done():
                woken.set_result(None)

        def from_writer() -> None:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody waits
                loop.call_soon_threadsafe(wake)

        mine.on_settled = from_writer
        self._enqueue(mine)
        await woken
        return mine.result()

    def _pending(self, *, username: str, action: str, outcome: str, address: str,
                 child_ids: Sequence[str], reason: str | None,
                 detail: Mapping[str, Any] | None, at: dt.datetime | None,
                 on_behalf_of: tuple[str, str, str] | None) -> _Pending:
        if on_behalf_of is not None:
            detail = {"on_behalf_of": on_behalf_of[0], "mediation_id": on_behalf_of[1],
                      "purpose": on_behalf_of[2], **(detail or {})}
        entry = self._entry(username=username, action=action, outcome=outcome, address=address,
                            child_ids=child_ids, reason=reason, detail=detail, at=at)
        return _Pending(entry, on_behalf_of)

    def _enqueue(self, pending: _Pending) -> None:
        """Queue ``pending``; start the writer if it is not already appending."""
        with self._turn:
            self._queue.append(pending)
            if self._appending:
                return  # the writer takes it with the next batch
            self._appending = True
        try:
            self._writer.submit(self._write)
        except RuntimeError as error:  # the interpreter is shutting down: no new threads
            with self._turn:
                taken, self._queue = self._queue, []
                self._appending = False
            for waiting in taken:
                waiting.fail(error)
                waiting.settle()

    def _write(self) -> None:
        """The writer thread: append batches until nothing waits."""
        while True:
            with self._turn:
                batch, self._queue = self._queue[:MAX_BATCH], self._queue[MAX_BATCH:]
                if not batch:
                    self._appending = False
                    return
            try:
                with _append_lock:
                    self._append_batch(batch)
            except BaseException:
                with self._turn:  # the next entry queued starts a writer again
                    batch += self._queue
                    self._queue = []
                    self._appending = False
                raise
            finally:
                for pending in batch:
                    pending.settle()

    def _append_batch(self, batch: list[_Pending]) -> None:
        """Append ``batch`` in one transaction. If the database refuses it, each entry again
        on its own, so that an entry it refuses fails its own request and no other — unless
        the database could not be reached, which would fail each entry the same way again."""
        try:
            seqs = self._append_together(batch)
        except Exception as error:
            if len(batch) == 1 or _unreachable(error):
                for pending in batch:
                    pending.fail(error)
                return
            for pending in batch:
                try:
                    pending.succeed(self._append_together([pending])[0])
                except Exception as alone:  # handed to the entry's own request
                    pending.fail(alone)
            return
        for pending, seq in zip(batch, seqs, strict=True):
            pending.succeed(seq)

    def _append_together(self, batch: list[_Pending]) -> list[int]:
        """Chain ``batch`` in one transaction and return their sequence numbers; call holding
        ``_append_lock``."""
        attempts = 0
        while True:
            try:
                with self._engine.begin() as conn:
                    return self._chain(conn, [pending.entry for pending in batch],
                                       on_behalf=[pending.on_behalf_of for pending in batch],
                                       commit=True)
            except IntegrityError:
                # Another process took the same sequence number (SQLite, several processes).
                attempts += 1
                if attempts >= _APPEND_ATTEMPTS:
                    raise

    def record_unauthenticated(self, *, address: str, outcome: str,
                               at: dt.datetime | None = None) -> None:
        """Count one unauthenticated failure; the chain gets a summary once the minute is over.

        Flushes finished minutes whenever this process sees a new minute, so a busy service
        summarises without a timer; call :meth:`flush_summaries` periodically as well.
        """
        moment = _utc(at)
        minute = _minute(moment)
        with self._engine.begin() as conn:
            self._count_failure(conn, _clip(address, _width(auth_failures_by_minute, "address")),
                                minute, _clip(outcome, _width(auth_failures_by_minute, "outcome")))
        if self._flushed_minute is None or minute > self._flushed_minute:
            self._flushed_minute = minute
            self.flush_summaries(now=moment)

    def flush_summaries(self, *, now: dt.datetime | None = None) -> int:
        """Append one summary row per (address, minute) before ``now``'s minute not yet done.

        Each bucket is claimed by an UPDATE ... WHERE summarised is false in the same
        transaction as its chain row, so two processes never both summarise it.
        """
        table = auth_failures_by_minute
        current = _minute(_utc(now))
        moment = _utc(now)
        appended = 0
        while True:
            with self._engine.connect() as conn:
                pending = conn.execute(
                    select(table.c.address, table.c.minute)
                    .where(table.c.summarised.is_(False), table.c.minute < current)
                    .group_by(table.c.address, table.c.minute)
                    .order_by(table.c.minute, table.c.address)
                    .limit(_SUMMARY_BATCH)
                ).all()
            if not pending:
                break
            with _append_lock, self._engine.begin() as conn:
                self._lock_chain(conn)
                entries = []
                for address, minute in pending:
                    claimed = conn.execute(
                        table.update()
                        .where(table.c.address == address, table.c.minute == minute,
                               table.c.summarised.is_(False))
                        .values(summarised=True)
                        .returning(table.c.outcome, table.c.count)
                    ).all()
                    if not claimed:
                        continue  # another process summarised it
                    outcomes = {str(o): int(c) for o, c in sorted(claimed)}
                    entries.append(self._entry(
                        username="-", action=UNAUTHENTICATED_ACTION, outcome="refused",
                        address=address, at=moment,
                        detail={"minute": _iso_minute(minute), "count": sum(outcomes.values()),
                                "outcomes": outcomes}))
                self._chain(conn, entries)
                appended += len(entries)
            if len(pending) < _SUMMARY_BATCH:
                break
        with self._engine.begin() as conn:
            conn.execute(table.delete().where(
                table.c.summarised.is_(True),
                table.c.minute < current - FAILURE_COUNTS_KEPT_MINUTES))
        return appended

    def _entry(self, *, username: str, action: str, outcome: str, address: str,
               child_ids: Sequence[str] = (), reason: str | None = None,
               detail: Mapping[str, Any] | None = None,
               at: dt.datetime | None = None) -> dict[str, Any]:
        return {
            "at": _utc(at).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "username": _clip(username, _width(audit_log, "username")),
            "action": _clip(action, _width(audit_log, "action")),
            "outcome": _clip(outcome, _width(audit_log, "outcome")),
            "child_ids": _child_ids(child_ids),
            "reason": None if reason is None else _clip(reason, _width(audit_log, "reason")),
            "detail": cap_detail(detail),
            "address": _clip(address, _width(audit_log, "address")),
        }

    @staticmethod
    def _lock_chain(conn: Connection) -> None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": ADVISORY_LOCK_ID})

    def _chain(self, conn: Connection, entries: Sequence[Mapping[str, Any]], *,
               on_behalf: Sequence[tuple[str, str, str] | None] = (),
               commit: bool = False) -> list[int]:
        """Link ``entries`` to the head and insert them; call holding the lock, in a transaction.

        ``on_behalf``: for each entry, the practitioner, mediation and purpose it was done
        for, if any (rows of ``audit_on_behalf``). ``commit``: on PostgreSQL, commit in the
        same round trip as the inserts — the transaction is then over, and the caller's
        commit sends nothing. The chain's lock is held from the head's read to the commit,
        and under load each round trip in between was also a wait for the interpreter
        (measured: 70 ms a batch at 80 requests a second, two workers).
        """
        if not entries:
            return []
        postgresql = conn.dialect.name == "postgresql"
        if postgresql:
            # Every process appends: the head is read only once the lock is held. Sent
            # together, as one round trip; the read still starts after the lock is granted
            # (a pipeline runs its statements in order, each with a snapshot of its own).
            last = _pipelined(conn, [("SELECT pg_advisory_xact_lock(%(id)s)",
                                      {"id": ADVISORY_LOCK_ID}), (_head_sql(conn.dialect), {})])
        else:
            last = conn.execute(_HEAD).first()
        seq, prev = (int(last[0]), str(last[1])) if last else (0, GENESIS)
        seqs = []
        inserts: list[tuple[Table, list[Mapping[str, Any]]]] = []
        for i, entry in enumerate(entries):
            seq += 1
            row = {**entry, "seq": seq, "prev_hash": prev}
            row["hash"] = prev = row_mac(self._key, row)
            inserts.append((audit_log, [row]))
            children = sorted(set(json.loads(row["child_ids"])))
            if children:  # for "who viewed this record", without scanning the whole log
                inserts.append((audit_children,
                                [{"child_id": child, "seq": seq} for child in children]))
            done_for = on_behalf[i] if i < len(on_behalf) else None
            if done_for is not None:
                inserts.append((audit_on_behalf, [{
                    "username": done_for[0], "seq": seq, "mediator": entry["username"],
                    "mediation_id": done_for[1]}]))
            seqs.append(seq)
        if postgresql:
            statements: list[Pipelined] = [
                (_insert_sql(conn.dialect, table, tuple(sorted(rows[0]))), rows)
                for table, rows in inserts]
            _pipelined(conn, [*statements, *([("COMMIT", {})] if commit else [])])
        else:
            for table, rows in inserts:
                conn.execute(table.insert(), rows)
        return seqs

    @staticmethod
    def _count_failure(conn: Connection, address: str, minute: int, outcome: str) -> None:
        table = auth_failures_by_minute
        values = {"address": address, "minute": minute, "outcome": outcome, "count": 1,
                  "summarised": False}
        keys = [table.c.address, table.c.minute, table.c.outcome]
        if conn.dialect.name == "sqlite":
            lite = sqlite_insert(table).values(**values)
            conn.execute(lite.on_conflict_do_update(index_elements=keys,
                                                    set_={"count": table.c.count + 1}))
        elif conn.dialect.name == "postgresql":
            pg = postgresql_insert(table).values(**values)
            conn.execute(pg.on_conflict_do_update(index_elements=keys,
                                                  set_={"count": table.c.count + 1}))
        else:  # no portable upsert: increment, else insert (one process only)
            updated = conn.execute(
                table.update()
                .where(table.c.address == address, table.c.minute == minute,
                       table.c.outcome == outcome)
                .values(count=table.c.count + 1))
            if updated.rowcount == 0:
                conn.execute(table.insert().values(**values))

    # ------------------------------------------------------------------------------- reads

    def verify(self, *, checkpoint: Checkpoint | None = None,
               progress: Callable[[int], None] | None = None,
               batch: int = 5000) -> Verification:
        """Walk the whole chain; report the first row whose link, MAC or checkpoint fails."""
        prev_hash, expected, rows = GENESIS, 1, 0
        with self._engine.connect() as conn:
            for row in _rows(conn, batch):
                rows += 1
                seq = row["seq"]
                if seq != expected:
                    return Verification(False, rows, seq,
                                        f"row {expected} is missing (found {seq})")
                if row["prev_hash"] != prev_hash:
                    return Verification(False, rows, seq, "does not link to the row before it")
                if not hmac.compare_digest(row_mac(self._key, row).encode(),
                                           str(row["hash"]).encode()):
                    return Verification(False, rows, seq,
                                        "its MAC does not hold: the row was changed or forged")
                if checkpoint is not None and seq == checkpoint.seq and not hmac.compare_digest(
                        str(row["hash"]).encode(), checkpoint.mac.encode()):
                    return Verification(False, rows, seq,
                                        "does not match the checkpoint: the chain was rewritten")
                prev_hash, expected = row["hash"], expected + 1
                if progress is not None and rows % batch == 0:
                    progress(rows)
        if progress is not None:
            progress(rows)
        if checkpoint is not None and checkpoint.seq >= expected:
            return Verification(False, rows, checkpoint.seq,
                                f"truncated: row {checkpoint.seq} of the checkpoint is missing")
        return Verification(True, rows)

    def checkpoint(self) -> Checkpoint:
        """The head's sequence number and MAC (seq 0 and the genesis value when empty)."""
        with self._engine.connect() as conn:
            head = conn.execute(
                select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
            ).first()
        return Checkpoint(int(head[0]), str(head[1])) if head else Checkpoint(0, GENESIS)

    def entries_for(self, username: str, *, limit: int,
                    before: int | None = None) -> list[dict[str, Any]]:
        """The user's own entries and those done on their behalf, newest first; the latter
        carry ``mediated_by`` (the mediator's username)."""
        on_behalf = select(audit_on_behalf.c.seq).where(audit_on_behalf.c.username == username)
        query = select(audit_log).where(or_(audit_log.c.username == username,
                                            audit_log.c.seq.in_(on_behalf)))
        if before is not None:
            query = query.where(audit_log.c.seq < before)
        with self._engine.connect() as conn:
            found = conn.execute(
                query.order_by(audit_log.c.seq.desc()).limit(limit)).mappings().all()
        return [{**dict(r), "mediated_by": r["username"] if r["username"] != username else None}
                for r in found]

    def mediation_entries(self, mediation_id: str) -> list[dict[str, Any]]:
        """Every entry made inside one mediation, oldest first (for a request's receipt)."""
        inside = select(audit_on_behalf.c.seq).where(
            audit_on_behalf.c.mediation_id == mediation_id)
        with self._engine.connect() as conn:
            found = conn.execute(select(audit_log).where(audit_log.c.seq.in_(inside))
                                 .order_by(audit_log.c.seq)).mappings().all()
        return [dict(r) for r in found]

    def viewed_since(self, username: str, since: dt.datetime) -> set[str]:
        """The children whose records the user was shown since ``since``."""
        stamp = _utc(since).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        query = select(audit_log.c.child_ids).where(
            audit_log.c.username == username, audit_log.c.action == "record.view",
            audit_log.c.outcome == "shown", audit_log.c.at >= stamp)
        seen: set[str] = set()
        with self._engine.connect() as conn:
            for (raw,) in conn.execute(query):
                value = json.loads(raw)
                if isinstance(value, list):
                    seen.update(str(v) for v in value)
        return seen

    def count(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(audit_log)).scalar_one())


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
