"""Shared test helpers: hand-made child records, tokens, users and a signer.

These build real things — real SoftHSM2 tokens, real users in a real database — so the
tests exercise what production code does.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pkcs11
from pkcs11 import MGF, Mechanism, ObjectClass

from cpdesk.vault.provision import EnrolledToken, provision_softhsm_token, softhsm_module

PIN = "246810"
SO_PIN = "13579135"
PASSWORD = "correct horse battery staple"

_labels = itertools.count(1)


def address(postcode: str = "LS6 2QE", *lines: str) -> dict[str, Any]:
    return {"lines": list(lines) or ["1 Test Street", "Leeds"], "postcode": postcode}


def involvement(service: str = "gp", **overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "service": service,
        "organisation": f"Test {service} organisation",
        "practitioner": "Dr Test Practitioner",
        "phone": "0113 496 0000",
        "email": "practice@example.org",
        "address": address("LS6 1AA", "Practice House", "Leeds"),
        "start": "2020-01-01",
        "end": None,
        "lead_professional": False,
        "caf": False,
        "consent": True,
    }
    base.update(overrides)
    return base


def child(child_id: str, **overrides: Any) -> dict[str, Any]:
    """A valid data-supply record; override any field."""
    base: dict[str, Any] = {
        "id": child_id,
        "forenames": "Test",
        "surname": "Child",
        "aliases": [],
        "gender": "female",
        "dob": "2015-03-27",
        "address": address(),
        "la": "E08000035",
        "shielded": False,
        "retention_consent": "none",
        "carers": [
            {
                "name": "Test Carer",
                "relationship": "mother",
                "phone": "07700 900001",
                "email": "carer@example.com",
                "address": address(),
            }
        ],
        "involvements": [involvement("gp"), involvement("school", organisation="Test School")],
    }
    base.update(copy.deepcopy(overrides))
    return base


def years_ago(years: int, today: dt.date | None = None, days: int = 0) -> str:
    today = today or dt.date.today()
    try:
        day = today.replace(year=today.year - years)
    except ValueError:
        day = today.replace(year=today.year - years, day=28)
    return (day - dt.timedelta(days=days)).isoformat()


@dataclass(frozen=True)
class TestUser:
    username: str
    password: str
    token: EnrolledToken
    pin: str = PIN


def make_token(conf: Path, label: str | None = None) -> EnrolledToken:
    return provision_softhsm_token(conf, label or f"test-{next(_labels)}", PIN, SO_PIN)


class Pkcs11Signer:
    """Signs with a token's auth key through python-pkcs11, like the client's token thread."""

    def __init__(self, label: str, pin: str = PIN) -> None:
        self.label = label
        self.pin = pin

    def sign_sync(self, message: bytes) -> bytes:
        lib = pkcs11.lib(softhsm_module())
        token = lib.get_token(token_label=self.label)
        with token.open(user_pin=self.pin) as session:
            key = session.get_key(ObjectClass.PRIVATE_KEY, label="cpdesk-auth")
            return bytes(key.sign(message, mechanism=Mechanism.SHA256_RSA_PKCS_PSS,
                                  mechanism_param=(Mechanism.SHA256, MGF.SHA256, 32)))

    async def __call__(self, message: bytes) -> bytes:
        return self.sign_sync(message)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def load_children(engine: Any, children: list[dict[str, Any]]) -> None:
    """Put hand-made records straight into the service's database."""
    from cpdesk.central import records

    with engine.begin() as conn:
        records.upsert(conn, children)
