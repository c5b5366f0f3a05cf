"""Fixtures shared by every test: one SoftHSM2 token directory per test run, the real
central service on loopback, and enrolled users with real tokens."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# python-pkcs11 loads the module once per process, and SoftHSM2 reads its configuration then:
# point it at this run's own token directory before anything imports pkcs11.
_HSM_DIR = Path(tempfile.mkdtemp(prefix="cpdesk-softhsm-"))
from cpdesk.vault.provision import write_softhsm_config  # noqa: E402

SOFTHSM_CONF = write_softhsm_config(_HSM_DIR)
os.environ["SOFTHSM2_CONF"] = str(SOFTHSM_CONF)
# The audit chain's key for every service this run starts (created 0600 on first use).
os.environ["CPDESK_CENTRAL_AUDIT_KEY_FILE"] = str(_HSM_DIR / "audit.key")

from sqlalchemy import Engine  # noqa: E402
from testkit import PASSWORD, TEST_HASHER, TestUser, make_token  # noqa: E402

from cpdesk.central import db  # noqa: E402
from cpdesk.central.auth import RateLimits  # noqa: E402
from cpdesk.central.embedded import EmbeddedService  # noqa: E402
from cpdesk.central.users import add_user  # noqa: E402


@pytest.fixture(scope="session")
def softhsm_conf() -> Path:
    return SOFTHSM_CONF


@pytest.fixture()
def engine(tmp_path: Path) -> Engine:
    return db.connect(f"sqlite:///{tmp_path / 'central.sqlite3'}")


@pytest.fixture()
def enrol(engine: Engine, softhsm_conf: Path) -> Callable[..., TestUser]:
    """Enrol a user with a fresh SoftHSM2 token; keyword arguments go to add_user."""

    def _enrol(username: str, roles: list[str] | None = None, la: str = "E08000035",
               **kwargs: Any) -> TestUser:
        token = make_token(softhsm_conf)
        today = dt.date.today()
        options: dict[str, Any] = {"crb_date": today, "trained_on": today}
        options.update(kwargs)
        options.setdefault("hasher", TEST_HASHER)
        add_user(engine, username=username, roles=roles or ["practitioner"], la=la,
                 auth_public_key_pem=token.auth_public_pem, password=PASSWORD, **options)
        return TestUser(username, PASSWORD, token)

    return _enrol


@pytest.fixture()
def service(engine: Engine) -> Iterator[EmbeddedService]:
    """The real service over HTTP on loopback, with generous rate limits."""
    with EmbeddedService(engine, limits=RateLimits()) as running:
        yield running
