"""Cache-key custody: wrapping to the card, the signed header, and its checks."""

from __future__ import annotations

import base64
import dataclasses
import json

import pytest
from vaultkit import Card, pin, run

from cpdesk.contract import login_message
from cpdesk.vault.errors import CacheRejected, NotLoggedIn
from cpdesk.vault.keys import (
    HEADER_CONTEXT,
    CacheHeader,
    choose_wrap_algorithm,
    key_id,
    new_cache_key,
    seal_header,
    unseal_cache_key,
    verify_header,
    wipe,
)
from cpdesk.vault.token import OAEP_SHA1, Token


def sealed(token: Token, username: str = "alice") -> tuple[CacheHeader, bytearray]:
    key = new_cache_key()

    async def scenario() -> CacheHeader:
        await token.login(pin())
        return await seal_header(token, username, key)

    return run(scenario()), key


def test_new_keys_are_random_and_wipeable() -> None:
    first, second = new_cache_key(), new_cache_key()
    assert len(first) == 32 and first != second and any(first)
    wipe(first)
    assert first == bytearray(32)


def test_softhsm_gets_oaep_sha1(alice_card: Card, tokens) -> None:
    token = tokens(alice_card)

    async def scenario() -> str:
        await token.login(pin())
        return await choose_wrap_algorithm(token)

    assert run(scenario()) == OAEP_SHA1


def test_seal_then_unseal_returns_the_key(alice_card: Card, tokens) -> None:
    token = tokens(alice_card)
    header, key = sealed(token)
    assert header.token_serial == alice_card.serial
    assert header.key_id == key_id(alice_card.wrap_pem)
    assert header.algorithm == OAEP_SHA1
    verify_header(header, alice_card.auth_pem)
    recovered = run(unseal_cache_key(token, header, "alice"))
    assert recovered == key
    wipe(recovered)
    wipe(key)


def test_header_json_round_trips_and_holds_no_key(alice_card: Card, tokens) -> None:
    token = tokens(alice_card)
    header, key = sealed(token)
    text = header.to_json()
    assert CacheHeader.from_json(text) == header
    assert bytes(key) not in text and base64.b64encode(bytes(key)) not in text
    assert set(json.loads(text)) == {"version", "username", "token_serial", "key_id",
                                     "algorithm", "signature_algorithm", "wrapped_key",
                                     "signature"}


def test_signed_bytes_cannot_pass_for_a_login_message(alice_card: Card, tokens) -> None:
    header, _ = sealed(tokens(alice_card))
    signed = header.signed_bytes()
    assert signed.startswith(HEADER_CONTEXT)
    assert not signed.startswith(login_message("", "", "", "")[:15])


@pytest.mark.parametrize("field,value", [
    ("username", "mallory"),
    ("token_serial", "0000000000000000"),
    ("key_id", "00" * 32),
    ("algorithm", "RSA-OAEP-SHA256"),
    ("wrapped_key", b"\x00" * 256),
    ("version", 2),
])
def test_any_change_breaks_the_signature(alice_card: Card, tokens, field: str,
                                         value: object) -> None:
    header, _ = sealed(tokens(alice_card))
    changed = dataclasses.replace(header, **{field: value})
    with pytest.raises(CacheRejected):
        verify_header(changed, alice_card.auth_pem)


def test_unsigned_header_is_rejected(alice_card: Card, tokens) -> None:
    header, _ = sealed(tokens(alice_card))
    with pytest.raises(CacheRejected, match="not signed"):
        verify_header(dataclasses.replace(header, signature=b""), alice_card.auth_pem)


def test_another_cards_signature_is_rejected(alice_card: Card, bob_card: Card, tokens) -> None:
    header, _ = sealed(tokens(alice_card))
    with pytest.raises(CacheRejected):
        verify_header(header, bob_card.auth_pem)


def test_unseal_checks_card_and_user_before_decrypting(alice_card: Card, bob_card: Card,
                                                       tokens) -> None:
    alice, bob = tokens(alice_card), tokens(bob_card)
    header, _ = sealed(alice)
    run(bob.login(pin()))
    with pytest.raises(CacheRejected, match="different smart card"):
        run(unseal_cache_key(bob, header, "alice"))
    with pytest.raises(CacheRejected, match="different user"):
        run(unseal_cache_key(alice, header, "bob"))


def test_sealing_needs_a_login(alice_card: Card, tokens) -> None:
    with pytest.raises(NotLoggedIn):
        run(seal_header(tokens(alice_card), "alice", new_cache_key()))


@pytest.mark.parametrize("mutate", [
    lambda raw: {**raw, "extra": "x"},
    lambda raw: {k: v for k, v in raw.items() if k != "signature"},
    lambda raw: {**raw, "version": "1"},
    lambda raw: {**raw, "wrapped_key": "not base64!"},
    lambda raw: [raw],
])
def test_header_parsing_is_strict(alice_card: Card, tokens, mutate) -> None:
    header, _ = sealed(tokens(alice_card))
    raw = json.loads(header.to_json())
    with pytest.raises(CacheRejected):
        CacheHeader.from_json(json.dumps(mutate(raw)).encode())


def test_garbage_header_is_rejected() -> None:
    with pytest.raises(CacheRejected):
        CacheHeader.from_json(b"\xff\xfe")
