"""The service's connections to PostgreSQL when the server drops them: a request must not be
handed one that is known dead, and the pool must recover by itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pgcluster import PostgresCluster
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from cpdesk.central import db


@pytest.fixture()
def pooled(postgres: PostgresCluster, postgres_template: str) -> Iterator[Engine]:
    name = postgres.create_database(template=postgres_template)
    engine = db.connect(postgres.url(name))
    try:
        yield engine
    finally:
        engine.dispose()
        postgres.drop_database(name)


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
        pooled: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.reading(pooled) as first, db.reading(pooled) as second:
        pids = [int(c.execute(text("SELECT pg_backend_pid()")).scalar_one())
                for c in (first, second)]
    _drop(pooled, *pids)
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)  # both idle past the window
    for _ in range(3):  # neither dead one is handed out again
        assert _backend(pooled) not in pids


def test_a_connection_dropped_moments_after_use_fails_one_statement_then_the_pool_recovers(
        pooled: Engine) -> None:
    with db.reading(pooled) as first, db.reading(pooled) as second:
        pids = [int(c.execute(text("SELECT pg_backend_pid()")).scalar_one())
                for c in (first, second)]
    _drop(pooled, *pids)
    with pytest.raises(DBAPIError) as failed:  # inside the window: not pinged
        _backend(pooled)
    assert failed.value.connection_invalidated
    # The failure renewed the whole pool: the other dead connection is not handed out.
    for _ in range(3):
        assert _backend(pooled) not in pids


def test_a_connection_in_use_moments_ago_is_handed_out_without_a_ping(pooled: Engine) -> None:
    pings: list[object] = []
    real = pooled.dialect.do_ping

    def counted(dbapi_connection: object) -> bool:
        pings.append(dbapi_connection)
        return bool(real(dbapi_connection))

    pooled.dialect.do_ping = counted  # type: ignore[method-assign]
    try:
        first = _backend(pooled)
        assert [_backend(pooled) for _ in range(5)] == [first] * 5
        assert pings == []
    finally:
        pooled.dialect.do_ping = real  # type: ignore[method-assign]
