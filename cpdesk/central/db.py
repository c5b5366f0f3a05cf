"""The service's database: portable SQLAlchemy Core tables and engine set-up.

SQLite embedded (a trainer's laptop, every test) and PostgreSQL at scale share these tables;
the only dialect-specific SQL is the pair of triggers that make the audit log append-only.
Times are stored as integer epoch seconds or fixed-format ISO strings so that comparisons
behave the same on both engines.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Final

import platformdirs
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    select,
    text,
)

DATABASE_URL_ENV: Final = "CPDESK_CENTRAL_DATABASE_URL"

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

children = Table(
    "children",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("forenames", String(100), nullable=False),  # as supplied, for result lines
    Column("surname", String(100), nullable=False),
    Column("surname_key", String(120), nullable=False),
    Column("forenames_key", String(120), nullable=False),
    Column("dob", String(10), nullable=False),
    Column("gender", String(8), nullable=False),
    Column("postcode_key", String(10), nullable=False),
    Column("postcode_district", String(5), nullable=False),
    Column("la", String(9), nullable=False),
    Column("shielded", Boolean, nullable=False),
    Column("archive_on", String(10), nullable=False),
    Column("record", Text, nullable=False),
    Index("ix_children_surname_dob", "surname_key", "dob"),
    Index("ix_children_dob", "dob"),
    Index("ix_children_district_surname", "postcode_district", "surname_key"),
)

# Every name a child is known by (primary and aliases), for searches that widen to aliases.
child_names = Table(
    "child_names",
    metadata,
    Column("child_id", String(40), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("forenames_key", String(120), nullable=False),
    Column("first_forename_key", String(120), nullable=False),
    Column("surname_key", String(120), nullable=False),
    Column("dob", String(10), nullable=False),  # the child's, so a name lookup can narrow by it
    Index("ix_child_names_child", "child_id"),
    Index("ix_child_names_surname_dob", "surname_key", "dob"),
    Index("ix_child_names_first_forename_dob", "first_forename_key", "dob"),
)

child_links = Table(
    "child_links",
    metadata,
    Column("child_id", String(40), nullable=False),
    Column("other_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Index("ix_child_links_child", "child_id"),
    Index("ix_child_links_other", "other_id"),
)

users = Table(
    "users",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("la", String(9), nullable=False),
    Column("org", String(200), nullable=False),
    Column("accredited", Boolean, nullable=False),
    Column("status", String(16), nullable=False),
    Column("crb_date", String(10), nullable=False),
    Column("trained_on", String(10), nullable=True),
    Column("auth_public_key", Text, nullable=False),
    Column("token_revoked", Boolean, nullable=False),
)

challenges = Table(
    "challenges",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("username", String(64), nullable=False),
    Column("nonce", String(64), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("used", Boolean, nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("username", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("ended", Boolean, nullable=False),
    # SHA-256 of the session's logout token: sign-out from a locked client, with no bearer.
    Column("logout_hash", String(64), nullable=True),
    Index("ix_sessions_username", "username"),
)

# Sign-in throttles, in the database so that several worker processes count as one. A fixed
# window per key ("user:…", "address:…", "address-user:…", "challenge:…"): ``count`` events
# since ``window_start`` (epoch seconds).
throttles = Table(
    "throttles",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("window_start", BigInteger, nullable=False),
    Column("count", Integer, nullable=False),
)

access_tokens = Table(
    "access_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("session_id", String(64), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("revoked", Boolean, nullable=False),
    Index("ix_access_tokens_session", "session_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),
    Column("username", String(64), nullable=False),
    Column("action", String(40), nullable=False),
    Column("outcome", String(40), nullable=False),
    Column("child_ids", Text, nullable=False),
    Column("reason", String(40), nullable=True),
    Column("detail", Text, nullable=False),
    Column("address", String(64), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_audit_log_username", "username", "seq"),
)

# Unauthenticated failures, counted per address, epoch minute and outcome: an ordinary table,
# so that a flood costs one counter increment, not one permanent chain row. The chain gets one
# summary row per (address, minute) once the minute is over (``summarised`` marks it).
auth_failures_by_minute = Table(
    "auth_failures_by_minute",
    metadata,
    Column("address", String(64), primary_key=True),
    Column("minute", BigInteger, primary_key=True, autoincrement=False),
    Column("outcome", String(40), primary_key=True),
    Column("count", BigInteger, nullable=False),
    Column("summarised", Boolean, nullable=False),
    Index("ix_auth_failures_pending", "summarised", "minute"),
)

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)
_POSTGRES_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()",
)


def default_database_url() -> str:
    """The database every subcommand uses unless told otherwise."""
    from_env = os.environ.get(DATABASE_URL_ENV)
    if from_env:
        return from_env
    directory = Path(platformdirs.user_data_dir("cpdesk-central", appauthor=False))
    return f"sqlite:///{directory / 'central.sqlite3'}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def connect(url: str | None = None) -> Engine:
    """Open (creating when new) the database at ``url`` with every table and trigger."""
    url = url or default_database_url()
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    _refuse_older_schema(engine)
    metadata.create_all(engine)
    triggers = _SQLITE_TRIGGERS if engine.dialect.name == "sqlite" else _POSTGRES_TRIGGERS
    with engine.begin() as conn:
        for statement in triggers:
            conn.execute(text(statement))
    return engine


class SchemaMismatch(RuntimeError):
    """The database was made by another version of the service; it is never altered silently."""


def _refuse_older_schema(engine: Engine) -> None:
    existing = inspect(engine)
    for table in metadata.sorted_tables:
        if not existing.has_table(table.name):
            continue
        have = {column["name"] for column in existing.get_columns(table.name)}
        missing = sorted(set(table.columns.keys()) - have)
        if missing:
            raise SchemaMismatch(
                f"the database was made by an older cpdesk-central (table {table.name} lacks "
                f"{', '.join(missing)}); re-create it and load the data supply again")


def get_meta(engine: Engine, key: str) -> str | None:
    with engine.connect() as conn:
        value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar_one_or_none()
    return value


def set_meta(engine: Engine, key: str, value: str) -> None:
    with engine.begin() as conn:
        updated = conn.execute(meta.update().where(meta.c.key == key).values(value=value))
        if updated.rowcount == 0:
            conn.execute(meta.insert().values(key=key, value=value))
