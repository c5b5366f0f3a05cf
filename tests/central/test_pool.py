"""The service's connections to PostgreSQL when the server drops them: a request must not be
handed one that is known dead, and the pool must recover by itself."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from cpdesk.central import db

# The ``engine`` fixture (conftest.py), on PostgreSQL only: a database of its own.
pytestmark = pytest.mark.parametrize("engine_kind", ["postgresql"], indirect=True)


def _backend(engine: Engine) -> int:
    with db.reading(engine) as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _drop(engine: Engine, *pids: int) -> None:
    """What a server restart or a failover does to the pool's connections: ends them
    (from a connection of another engine: the pool's own would be one of them)."""
    outside = create_engine(engine.url, poolclass=NullPool)
    with outside.connect() as conn:
        for pid in pids:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"),
                                {"pid": pid}).scalar_one()
    outside.dispose()


def test_a_connection_dropped_while_idle_in_the_pool_is_replaced_before_use(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.reading(engine) as first, db.reading(engine) as second:
        pids = [int(c.execute(text("SELECT pg_backend_pid()")).scalar_one())
                for c in (first, second)]
    _drop(engine, *pids)
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)  # both idle past the window
    for _ in range(3):  # neither dead one is handed out again
        assert _backend(engine) not in pids


def test_a_connection_dropped_moments_after_use_fails_one_statement_then_the_pool_recovers(
        engine: Engine) -> None:
    with db.reading(engine) as first, db.reading(engine) as second:
        pids = [int(c.execute(text("SELECT pg_backend_pid()")).scalar_one())
                for c in (first, second)]
    _drop(engine, *pids)
    with pytest.raises(DBAPIError) as failed:  # inside the window: not pinged
        _backend(engine)
    assert failed.value.connection_invalidated
    # The failure renewed the whole pool: the other dead connection is not handed out.
    for _ in range(3):
        assert _backend(engine) not in pids


def test_a_connection_in_use_moments_ago_is_handed_out_without_a_ping(engine: Engine) -> None:
    pings: list[object] = []
    real = engine.dialect.do_ping

    def counted(dbapi_connection: object) -> bool:
        pings.append(dbapi_connection)
        return bool(real(dbapi_connection))

    engine.dialect.do_ping = counted  # type: ignore[method-assign]
    try:
        first = _backend(engine)
        assert [_backend(engine) for _ in range(5)] == [first] * 5
        assert pings == []
    finally:
        engine.dialect.do_ping = real  # type: ignore[method-assign]
