"""The service's database: portable SQLAlchemy Core tables and engine set-up.

SQLite embedded (a trainer's laptop, every test) and PostgreSQL at scale share these tables.
The tables here describe the newest schema; every change to them arrives as an Alembic
revision under ``migrations/`` too (the audit log's append-only triggers live only there).
Times are stored as integer epoch seconds or fixed-format ISO strings so that comparisons
behave the same on both engines.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Final

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    exc,
    inspect,
    select,
)
from sqlalchemy.pool import StaticPool

DATABASE_URL_ENV: Final = "CPDESK_CENTRAL_DATABASE_URL"

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# The data supply's version (changed by every import), as a column any statement can carry:
# a search reads it beside its rows rather than in a round trip of its own.
DATA_VERSION: Final = (select(meta.c.value).where(meta.c.key == "data_version")
                       .scalar_subquery())

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
    # The address lines and postcode, case, spacing and punctuation folded: "same address"
    # for households (revision 0003).
    Column("address_key", String(400), nullable=False, server_default=""),
    # The service's refs of the record's carers and involvements, in their order, as JSON
    # {"carers": [...], "involvements": [...]} (revision 0003).
    Column("refs", Text, nullable=False, server_default="{}"),
    Index("ix_children_surname_dob", "surname_key", "dob"),
    Index("ix_children_address_key", "address_key"),
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
    # The widened search reads these three without visiting the table (revision 0005): on
    # PostgreSQL each carries the other columns the search tests, so a common surname's
    # few thousand entries are filtered inside the index, not fetched row by row.
    Index("ix_child_names_surname_dob", "surname_key", "dob",
          postgresql_include=["first_forename_key", "forenames_key", "kind", "child_id"]),
    Index("ix_child_names_first_forename_dob", "first_forename_key", "dob",
          postgresql_include=["surname_key", "forenames_key", "kind", "child_id"]),
    Index("ix_child_names_dob", "dob",
          postgresql_include=["surname_key", "first_forename_key", "forenames_key", "kind",
                              "child_id"]),
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
    # Registered contacts (revision 0004): how a mediator or the helpdesk recognise the user,
    # and the only numbers details are ever passed on to.
    Column("display_name", String(200), nullable=True),
    Column("phone", String(24), nullable=True),
    Column("email", String(254), nullable=True),
    Index("ix_users_phone", "phone"),
    Index("ix_users_email", "email"),
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
    Index("ix_audit_log_user_action_at", "username", "action", "at"),  # revision 0002
)

# --- Workflows (revision 0003) -------------------------------------------------------------

# The shield in force (or lifted) per child: authoritative over the data supply's flag, which
# only ever creates one. History is in the audit log.
shields = Table(
    "shields",
    metadata,
    Column("child_id", String(40), primary_key=True),
    Column("la", String(9), nullable=False),
    Column("ground", String(40), nullable=False),
    Column("status", String(10), nullable=False),
    Column("applied_at", BigInteger, nullable=False),
    Column("applied_by", String(64), nullable=False),
    Column("review_on", String(10), nullable=False),
    Column("interim", Boolean, nullable=False),
    Column("confirm_by", BigInteger, nullable=True),
    Column("request_id", String(36), nullable=True),
    Column("lifted_at", BigInteger, nullable=True),
    Index("ix_shields_la_review", "la", "status", "review_on"),
)

shielding_requests = Table(
    "shielding_requests",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("child_id", String(40), nullable=False),
    Column("la", String(9), nullable=False),
    Column("ground", String(40), nullable=False),
    Column("justification", Text, nullable=False),
    Column("on_behalf_of", String(10), nullable=False),
    Column("include_household", Boolean, nullable=False),
    Column("urgent", Boolean, nullable=False),
    Column("status", String(10), nullable=False),
    Column("requested_by", String(64), nullable=False),
    Column("requested_at", BigInteger, nullable=False),
    Column("decided_by", String(64), nullable=True),
    Column("decided_at", BigInteger, nullable=True),
    Column("decision_reason", Text, nullable=True),
    Column("review_on", String(10), nullable=True),
    Index("ix_shielding_requests_queue", "la", "status", "urgent", "requested_at"),
    Index("ix_shielding_requests_mine", "requested_by", "requested_at"),
)

contact_requests = Table(
    "contact_requests",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("child_id", String(40), nullable=False),
    Column("la", String(9), nullable=False),
    Column("ref", String(48), nullable=False),
    Column("message", Text, nullable=False),
    Column("callback", Text, nullable=False),
    Column("status", String(10), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("closed_by", String(64), nullable=True),
    Column("closed_at", BigInteger, nullable=True),
    Column("note", Text, nullable=True),
    Index("ix_contact_requests_queue", "la", "status", "created_at"),
    Index("ix_contact_requests_mine", "created_by", "created_at"),
)

consent_overrides = Table(
    "consent_overrides",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("child_id", String(40), nullable=False),
    Column("la", String(9), nullable=False),
    Column("ref", String(48), nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Index("ix_consent_overrides_child", "child_id"),
    Index("ix_consent_overrides_la", "la", "created_at"),
)

# Which audit rows name which child: an ordinary index beside the chain (not part of it), so
# "who viewed this record" reads a few rows, not the whole log (revision 0003).
audit_children = Table(
    "audit_children",
    metadata,
    Column("child_id", String(40), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
)

# Every workflow POST's result, per caller and request ID: the same caller sending the same
# ID with the same body gets it again; with another body, 409.
idempotency = Table(
    "idempotency",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("request_id", String(36), primary_key=True),
    Column("route", String(80), nullable=False),
    Column("body_hash", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

# --- Mediated access, helpdesk, data issues (revision 0004) ---------------------------------

mediations = Table(
    "mediations",
    metadata,
    Column("mediation_id", String(36), primary_key=True),
    Column("mediator", String(64), nullable=False),
    Column("practitioner", String(64), nullable=False),
    Column("purpose", String(40), nullable=False),
    Column("started_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("ended_at", BigInteger, nullable=True),
    Column("mediated_request_id", String(36), nullable=True),
    Index("ix_mediations_mediator", "mediator", "started_at"),
)

passed_on = Table(
    "passed_on",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("mediation_id", String(36), nullable=False),
    Column("child_id", String(40), nullable=False),
    Column("items", Text, nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Index("ix_passed_on_mediation", "mediation_id"),
)

mediated_requests = Table(
    "mediated_requests",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("practitioner", String(64), nullable=False),
    Column("la", String(9), nullable=False),
    Column("child", Text, nullable=False),
    Column("urgency", String(10), nullable=False),
    Column("callback", Text, nullable=False),
    Column("status", String(10), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("claimed_by", String(64), nullable=True),
    Column("claimed_at", BigInteger, nullable=True),
    Column("closed_at", BigInteger, nullable=True),
    Column("mediation_id", String(36), nullable=True),
    Column("note", Text, nullable=True),
    Column("reason", Text, nullable=True),
    Index("ix_mediated_requests_queue", "la", "status", "urgency", "created_at"),
    Index("ix_mediated_requests_practitioner", "practitioner", "created_at"),
)

enquiries = Table(
    "enquiries",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("la", String(9), nullable=False),
    Column("caller_type", String(10), nullable=False),
    Column("caller_username", String(64), nullable=True),
    Column("category", String(40), nullable=False),
    Column("summary", Text, nullable=False),
    Column("route_to", String(40), nullable=False),
    Column("status", String(12), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("updated_at", BigInteger, nullable=True),
    Column("note", Text, nullable=True),
    Index("ix_enquiries_queue", "la", "route_to", "status", "created_at"),
)

data_issues = Table(
    "data_issues",
    metadata,
    Column("request_id", String(36), primary_key=True),
    Column("child_id", String(40), nullable=False),
    Column("la", String(9), nullable=False),
    Column("field", String(100), nullable=False),
    Column("suggested", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("status", String(10), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("resolved_by", String(64), nullable=True),
    Column("resolved_at", BigInteger, nullable=True),
    Column("resolution_note", Text, nullable=True),
    Index("ix_data_issues_queue", "la", "status", "created_at"),
    Index("ix_data_issues_mine", "created_by", "created_at"),
)

# Audit rows done on someone's behalf (a mediation): an ordinary index beside the chain, for
# the practitioner's own activity and a mediated request's receipt.
audit_on_behalf = Table(
    "audit_on_behalf",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("mediator", String(64), nullable=False),
    Column("mediation_id", String(36), nullable=False),
    Index("ix_audit_on_behalf_mediation", "mediation_id"),
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


def engine_for(url: str | None = None) -> Engine:
    """An engine for ``url`` (default: :func:`default_database_url`), nothing created yet."""
    url = url or default_database_url()
    if url.startswith("sqlite:"):
        path = url.removeprefix("sqlite:").lstrip("/")
        if not path or path == ":memory:":
            # One shared in-memory database (the OpenAPI export, quick checks).
            return create_engine("sqlite://", poolclass=StaticPool,
                                 connect_args={"check_same_thread": False})
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]  # psycopg 3, not psycopg2
    # No parallel query for the service's own statements: its searches are many small
    # ones at once, and on a busy host a parallel plan adds worker start-up to each (about
    # a quarter of the widened search's time, docs/scale.md). Index builds are unaffected.
    # The pool hands out the connection used last (LIFO): at the rate of a quiet helpdesk a
    # few backends stay warm, with this service's statements prepared (psycopg prepares a
    # statement on its fifth run on a connection), where first-in-first-out cycled every
    # request through all ten and kept each of them cold.
    # Ten connections kept, more for a moment: a worker serves at most ``REQUEST_THREADS``
    # requests at once (api.py), each holding one connection while it works.
    engine = create_engine(url, pool_size=10, max_overflow=20, pool_use_lifo=True,
                           connect_args={"options": "-c max_parallel_workers_per_gather=0"})
    _ping_when_idle(engine)
    return engine


# A pooled connection back within this long is handed out again without a ping (HikariCP's
# "alive bypass window" is the same 500 ms): a request checks out three (caller, work, audit
# entry), and pinging each was three round trips on every request, to catch a server gone
# in the moments between them.
PING_AFTER_IDLE_SECONDS: Final = 0.5


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's ``pool_pre_ping``, for connections idle longer than
    :data:`PING_AFTER_IDLE_SECONDS`: one that fails its ping is replaced, and every other
    connection pooled before it with it (the server restarted), before any request uses it.
    One used moments before and dropped since fails its request instead, and the pool is
    renewed in the same way."""

    def note_idle_from(_dbapi_connection: Any, record: Any, *_: Any) -> None:
        record.info["idle_from"] = time.monotonic()

    def ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_from = record.info.get("idle_from")
        if idle_from is not None and time.monotonic() - idle_from < PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise exc.InvalidatePoolError(f"the pooled connection failed its ping: {error}") \
                from error

    event.listen(engine, "connect", note_idle_from)
    event.listen(engine, "checkin", note_idle_from)
    event.listen(engine, "checkout", ping_if_idle)


class SchemaMismatch(RuntimeError):
    """The database's schema is not the code's; it is never changed silently."""


def _alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "cpdesk.central:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this code knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; ``None`` for an empty database."""
    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        if revision is None and inspect(conn).has_table("children"):
            raise SchemaMismatch(
                "the database was made by a cpdesk-central older than its migrations; "
                "re-create it and load the data supply again")
    return revision


def pending_revisions(engine: Engine) -> list[tuple[str, str]]:
    """(revision, description) of each revision the database lacks, oldest first."""
    before = current_revision(engine)
    scripts = ScriptDirectory.from_config(_alembic_config())
    if before is not None and scripts.get_revision(before) is None:
        raise SchemaMismatch(f"the database is at revision {before}, newer than this "
                             "cpdesk-central knows; use a newer cpdesk-central")
    lacking = scripts.iterate_revisions("heads", before or "base")
    return [(script.revision, (script.doc or "").splitlines()[0]) for script in
            reversed(list(lacking))]


def upgrade(engine: Engine, to: str = "head") -> list[tuple[str, str]]:
    """Apply every revision the database lacks (up to ``to``), in one transaction; the
    revisions applied."""
    pending = pending_revisions(engine)
    if to != "head":
        wanted = [r for r, _ in pending]
        pending = pending[:wanted.index(to) + 1] if to in wanted else []
    if pending:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), to)
    return pending


def check_current(engine: Engine) -> None:
    """Refuse a database that is behind (or ahead of) the code, naming ``db upgrade``."""
    revision = current_revision(engine)
    head = head_revision()
    if revision == head:
        return
    if revision is None:
        raise SchemaMismatch("the database is empty: run `cpdesk-central db upgrade` "
                             "(or seed or import, which create it)")
    raise SchemaMismatch(f"the database is at revision {revision} and this cpdesk-central "
                         f"needs {head}: run `cpdesk-central db upgrade` first (after a backup)")


def connect(url: str | None = None, *, create: bool = True) -> Engine:
    """Open the database at ``url``, ready for use.

    An empty database gets the whole schema at the newest revision when ``create`` is set
    (as ``db upgrade`` would); a database behind the code is refused, never upgraded here.
    """
    engine = engine_for(url)
    if create and current_revision(engine) is None:
        upgrade(engine)
    check_current(engine)
    return engine


# What the running service needs of each table (PostgreSQL). Everything else — creating and
# altering tables, loading the data supply — belongs to the migration role that owns the
# schema. The audit log can only be read and appended to.
SERVICE_PRIVILEGES: Final[dict[str, str]] = {
    "meta": "SELECT, INSERT, UPDATE",
    "children": "SELECT, UPDATE",  # a shield decision sets its shielded flag
    "child_names": "SELECT",
    "child_links": "SELECT",
    "users": "SELECT, UPDATE",  # user managers suspend, reinstate, revoke and re-enrol
    "challenges": "SELECT, INSERT, UPDATE, DELETE",
    "sessions": "SELECT, INSERT, UPDATE",
    "access_tokens": "SELECT, INSERT, UPDATE",
    "throttles": "SELECT, INSERT, UPDATE, DELETE",
    "auth_failures_by_minute": "SELECT, INSERT, UPDATE, DELETE",
    "audit_log": "SELECT, INSERT",
    "alembic_version": "SELECT",
    "shields": "SELECT, INSERT, UPDATE",
    "shielding_requests": "SELECT, INSERT, UPDATE",
    "contact_requests": "SELECT, INSERT, UPDATE",
    "consent_overrides": "SELECT, INSERT",
    "idempotency": "SELECT, INSERT, UPDATE",
    "audit_children": "SELECT, INSERT",
    "mediations": "SELECT, INSERT, UPDATE",
    "passed_on": "SELECT, INSERT",
    "mediated_requests": "SELECT, INSERT, UPDATE",
    "enquiries": "SELECT, INSERT, UPDATE",
    "data_issues": "SELECT, INSERT, UPDATE",
    "audit_on_behalf": "SELECT, INSERT",
}


def service_grants(role: str) -> list[str]:
    """The GRANT statements that let ``role`` run ``serve`` and nothing more (PostgreSQL)."""
    if not role.replace("_", "").isalnum():
        raise ValueError("a role name is letters, digits and underscores")
    missing = {t.name for t in metadata.sorted_tables} - SERVICE_PRIVILEGES.keys()
    if missing:  # a new table must be thought about, not silently left out or granted
        raise RuntimeError(f"no service privileges decided for {', '.join(sorted(missing))}")
    grants = [f"GRANT USAGE ON SCHEMA public TO {role}"]
    grants += [f"GRANT {privileges} ON {table} TO {role}"
               for table, privileges in SERVICE_PRIVILEGES.items()]
    return grants


def reading(engine: Engine) -> Connection:
    """A connection for reads only, without a transaction of its own.

    Each statement sees what was committed when it started (READ COMMITTED, as inside a
    transaction), but no BEGIN and ROLLBACK are sent around it: on PostgreSQL that is two
    of the four round trips a one-statement read otherwise costs (with the pool's ping).
    Never write through it: every statement would commit on its own.
    """
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT")


def get_meta(engine: Engine, key: str) -> str | None:
    with reading(engine) as conn:
        return meta_value(conn, key)


def meta_value(conn: Connection, key: str) -> str | None:
    """``get_meta`` on a connection already held (one checkout fewer)."""
    value: str | None = conn.execute(
        select(meta.c.value).where(meta.c.key == key)).scalar_one_or_none()
    return value


def set_meta(engine: Engine, key: str, value: str) -> None:
    with engine.begin() as conn:
        updated = conn.execute(meta.update().where(meta.c.key == key).values(value=value))
        if updated.rowcount == 0:
            conn.execute(meta.insert().values(key=key, value=value))
