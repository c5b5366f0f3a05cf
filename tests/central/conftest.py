"""The service suite runs on both engines: every test that takes ``engine`` runs once on
SQLite (a trainer's laptop) and once on PostgreSQL (national scale), from the same migrations.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pgcluster import PostgresCluster
from sqlalchemy import Engine

from cpdesk.central import db


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster().start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres: PostgresCluster) -> str:
    """A database at the newest revision, copied for each test (much faster than migrating)."""
    name = postgres.create_database()
    engine = db.connect(postgres.url(name))
    engine.dispose()
    return name


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture()
def engine(engine_kind: str, tmp_path: Path,
           request: pytest.FixtureRequest) -> Iterator[Engine]:
    if engine_kind == "sqlite":
        sqlite = db.connect(f"sqlite:///{tmp_path / 'central.sqlite3'}")
        yield sqlite
        sqlite.dispose()
        return
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    name = cluster.create_database(template=request.getfixturevalue("postgres_template"))
    postgres = db.connect(cluster.url(name))
    try:
        yield postgres
    finally:
        postgres.dispose()
        cluster.drop_database(name)
