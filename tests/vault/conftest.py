"""Vault fixtures: real SoftHSM2 cards, a private failure counter and data directory per test.

python-pkcs11 keeps one library per process and SoftHSM2 reads ``SOFTHSM2_CONF`` when it
is initialised, so the whole run shares one token directory: the suite-wide one when the
root conftest provides it, otherwise one made here. Cards get distinct labels; each
provisioning re-initialises the library, which ends every open session in the process,
so cards are always made before a test opens its Token objects.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from vaultkit import PIN, SO_PIN, Card

from cpdesk.vault.provision import provision_softhsm_token, write_softhsm_config
from cpdesk.vault.token import FailureCounter, Token

_labels = itertools.count(1)


@pytest.fixture(scope="session")
def vault_softhsm(request: pytest.FixtureRequest,
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    try:
        shared = request.getfixturevalue("softhsm_conf")
    except pytest.FixtureLookupError:
        shared = None
    if shared is not None:
        yield Path(shared)
        return
    conf = write_softhsm_config(tmp_path_factory.mktemp("softhsm"))
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    yield conf
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


@pytest.fixture(scope="session")
def make_card(vault_softhsm: Path) -> Callable[[str], Card]:
    def make(name: str = "card") -> Card:
        label = f"vault-{name}-{next(_labels)}"[:32]
        enrolled = provision_softhsm_token(vault_softhsm, label, PIN, SO_PIN)
        return Card(label, enrolled.serial, enrolled.auth_public_pem, enrolled.wrap_public_pem)

    return make


@pytest.fixture(scope="session")
def alice_card(make_card: Callable[[str], Card]) -> Card:
    """Shared across tests: only for tests that leave the card's own state as they found it."""
    return make_card("alice")


@pytest.fixture(scope="session")
def bob_card(make_card: Callable[[str], Card]) -> Card:
    return make_card("bob")


@pytest.fixture()
def fresh_card(make_card: Callable[[str], Card]) -> Card:
    """A card nobody has typed a wrong PIN into yet."""
    return make_card("fresh")


@pytest.fixture()
def counter(tmp_path: Path) -> FailureCounter:
    return FailureCounter(tmp_path / "state" / "pin-failures.json")


@pytest.fixture()
def tokens(counter: FailureCounter) -> Iterator[Callable[[Card], Token]]:
    """Makes Token objects for cards and closes them all after the test."""
    made: list[Token] = []

    def open_token(card: Card) -> Token:
        token = Token(card.config(), failure_counter=counter)
        made.append(token)
        return token

    yield open_token
    for token in made:
        token.close()
