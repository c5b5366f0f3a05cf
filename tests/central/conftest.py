"""The service suite runs on both engines: every test that takes ``engine`` runs once on
SQLite (a trainer's laptop) and once on PostgreSQL (national scale), from the same migrations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pgcluster import PostgresCluster
from sqlalchemy import Engine
from testkit import PASSWORD, TEST_HASHER, TestUser, make_token

from cpdesk.central import db
from cpdesk.central.users import add_user


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


# Provisioning a SoftHSM2 token takes over a second (two RSA keys): the service suite reuses
# one pool of real tokens across tests — the k-th user a test enrols gets the k-th token.
_TOKENS: list[Any] = []


@pytest.fixture()
def enrol(engine: Engine, softhsm_conf: Path) -> Callable[..., TestUser]:
    """Enrol a user with a real SoftHSM2 token from the pool; keyword arguments go to add_user."""
    used = 0

    def _enrol(username: str, roles: list[str] | None = None, la: str = "E08000035",
               **kwargs: Any) -> TestUser:
        nonlocal used
        if used == len(_TOKENS):
            _TOKENS.append(make_token(softhsm_conf))
        token = _TOKENS[used]
        used += 1
        today = dt.date.today()
        options: dict[str, Any] = {"crb_date": today, "trained_on": today}
        options.update(kwargs)
        options.setdefault("hasher", TEST_HASHER)
        add_user(engine, username=username, roles=roles or ["practitioner"], la=la,
                 auth_public_key_pem=token.auth_public_pem, password=PASSWORD, **options)
        return TestUser(username, PASSWORD, token)

    return _enrol
