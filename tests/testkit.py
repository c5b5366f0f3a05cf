"""Shared test helpers, one set for every suite: hand-made child records, tokens, users, a
signer, and the token double for card states SoftHSM2 cannot produce.

These build real things — real SoftHSM2 tokens, real users in a real database — so the
tests exercise what production code does.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pkcs11
from pkcs11 import MGF, Mechanism, ObjectClass

from cpdesk.vault.errors import PinIncorrect, PinLocked, TokenAbsent
from cpdesk.vault.provision import EnrolledToken, provision_softhsm_token, softhsm_module
from cpdesk.vault.token import FailureCounter, PublicKeys, Token, TokenConfig, TokenStatus

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
    __test__ = False  # a fixture's value, not a test class for pytest to collect

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


class FakeTokenStates:
    """TEST DOUBLE implementing the token protocol (``TokenLike``): a real :class:`Token` on
    a SoftHSM2 card that can be made to look count-low, final-try, locked or removed —
    states SoftHSM2 cannot produce.

    Everything else goes to the real card. Like a real card, a wrong PIN in the final-try
    state locks the PIN; a removed card drops its session and answers nothing.
    """

    def __init__(self, token: Token) -> None:
        self.token = token
        self.count_low = False
        self.final_try = False
        self.locked = False
        self.removed = False

    def remove(self) -> None:
        self.removed = True

    def reinsert(self) -> None:
        self.removed = False

    @property
    def config(self) -> TokenConfig:
        return self.token.config

    @property
    def failure_counter(self) -> FailureCounter:
        return self.token.failure_counter

    @property
    def logged_in_serial(self) -> str | None:
        return self.token.logged_in_serial

    async def _gone(self) -> TokenAbsent:
        """A removed card: its session goes, as the real one's would."""
        await self.token.logout()
        return TokenAbsent("Your smart card was removed. Insert it and enter your PIN.")

    async def status(self) -> TokenStatus:
        if self.removed:
            return TokenStatus(present=False, serial=None, label=self.config.token_label)
        real = await self.token.status()
        return dataclasses.replace(
            real, pin_count_low=real.pin_count_low or self.count_low,
            pin_final_try=real.pin_final_try or self.final_try,
            pin_locked=real.pin_locked or self.locked)

    async def login(self, pin: bytearray) -> None:
        if self.removed:
            raise await self._gone()
        if self.locked:  # checked before the PIN is offered, as the real card's flag is
            await self.token.logout()
            raise PinLocked()
        try:
            await self.token.login(pin)
        except PinIncorrect:
            if self.final_try:
                self.locked = True
                self.final_try = False
                raise PinLocked() from None
            self.count_low = True
            raise
        self.count_low = False
        self.final_try = False

    async def logout(self) -> None:
        await self.token.logout()

    async def sign(self, message: bytes) -> bytes:
        if self.removed:
            raise await self._gone()
        return await self.token.sign(message)

    async def decrypt(self, ciphertext: bytes, algorithm: str) -> bytearray:
        if self.removed:
            raise await self._gone()
        return await self.token.decrypt(ciphertext, algorithm)

    async def public_keys(self) -> PublicKeys:
        if self.removed:
            raise await self._gone()
        return await self.token.public_keys()

    async def check_present(self) -> bool:
        if self.removed:
            await self.token.logout()
            return False
        return await self.token.check_present()

    def close(self) -> None:
        self.token.close()


def fake_token(label: str, failure_file: Path) -> FakeTokenStates:
    """The double round a real token on the SoftHSM2 card ``label``."""
    return FakeTokenStates(Token(TokenConfig(softhsm_module(), label),
                                 failure_counter=FailureCounter(failure_file)))


def drop_audit_triggers(conn: Any) -> None:
    """What someone with write access to the database does first: get round the triggers."""
    if conn.dialect.name == "sqlite":
        statements = ("DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")
    else:
        statements = ("DROP TRIGGER audit_log_no_update_or_delete ON audit_log",
                      "DROP TRIGGER audit_log_no_truncate ON audit_log")
    from sqlalchemy import text

    for statement in statements:
        conn.execute(text(statement))


# Test accounts are hashed with cheap argon2id parameters (each hash records its own, so
# sign-in verifies them as it would any): the suite signs in hundreds of times.
from argon2 import PasswordHasher  # noqa: E402

TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
