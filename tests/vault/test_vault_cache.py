"""open_cache end to end, with real cards and real SQLCipher files: first use, reopening,
and every way a cache can fail verification — each quarantined, never deleted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from testkit import FakeTokenStates
from vaultkit import Card, pin, run

from cpdesk.vault.cache import CacheOpenResult, cache_paths, open_cache
from cpdesk.vault.errors import NotLoggedIn, TokenAbsent
from cpdesk.vault.keys import (
    CacheHeader,
    key_id,
    new_cache_key,
    read_header,
    wrap_cache_key,
    write_header,
)
from cpdesk.vault.store import SessionStore
from cpdesk.vault.token import OAEP_SHA1, Token


async def _use(token: Token | FakeTokenStates, username: str, base: Path,
               child_id: str | None = None) -> CacheOpenResult:
    if token.logged_in_serial is None:
        await token.login(pin())
    result = await open_cache(token, username, base)
    if child_id is not None:
        await result.store.record_activity("record.view", child_id, "safeguarding")
    return result


def use(token: Token | FakeTokenStates, username: str, base: Path,
        child_id: str | None = None) -> tuple[CacheOpenResult, list[str | None]]:
    """Open, optionally record, read back the child IDs, close."""

    async def scenario() -> tuple[CacheOpenResult, list[str | None]]:
        result = await _use(token, username, base, child_id)
        try:
            ids = [e.child_id for e in await result.store.recent_activity(100)]
        finally:
            await result.store.close()
        return result, ids

    return run(scenario())


def assert_quarantined(result: CacheOpenResult, ids: list[str | None]) -> None:
    assert result.created
    assert result.warning is not None and "set aside" in result.warning
    assert result.quarantined_to is not None and result.quarantined_to.is_dir()
    assert str(result.quarantined_to) in result.warning
    moved = {p.name for p in result.quarantined_to.iterdir()}
    assert "cache.db" in moved or "cache.header.json" in moved
    assert ids == []  # a fresh, empty cache


def test_first_use_creates_then_reopening_keeps_activity(alice_card: Card, tokens,
                                                         tmp_path: Path) -> None:
    token = tokens(alice_card)
    first, ids = use(token, "alice", tmp_path, "CP-0001")
    assert first.created and first.warning is None and ids == ["CP-0001"]
    paths = cache_paths("alice", tmp_path)
    assert paths.database.exists() and paths.header.exists()
    assert paths.directory.parent == tmp_path / "caches"
    header = json.loads(paths.header.read_text())
    assert header["username"] == "alice" and header["token_serial"] == alice_card.serial

    again, ids = use(token, "alice", tmp_path, "CP-0002")
    assert not again.created and again.warning is None and again.quarantined_to is None
    assert ids == ["CP-0002", "CP-0001"]


def test_reopening_after_a_fresh_login(alice_card: Card, counter, tmp_path: Path) -> None:
    """A new Token object (a restart) unlocks the same cache."""
    for child_id in ("CP-0001", "CP-0002"):
        token = Token(alice_card.config(), failure_counter=counter)
        try:
            _, ids = use(token, "alice", tmp_path, child_id)
        finally:
            token.close()
    assert ids == ["CP-0002", "CP-0001"]


def test_one_cache_per_user(alice_card: Card, tokens, tmp_path: Path) -> None:
    token = tokens(alice_card)
    use(token, "alice", tmp_path, "CP-0001")
    other, ids = use(token, "alice2", tmp_path)
    assert other.created and other.warning is None and ids == []
    assert cache_paths("alice", tmp_path).directory != cache_paths("Alice", tmp_path).directory


def test_tampered_database_byte_is_quarantined(alice_card: Card, tokens,
                                               tmp_path: Path) -> None:
    token = tokens(alice_card)
    use(token, "alice", tmp_path, "CP-0001")
    db = cache_paths("alice", tmp_path).database
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))

    result, ids = use(token, "alice", tmp_path)
    assert_quarantined(result, ids)
    assert "altered" in (result.warning or "")
    assert result.quarantined_to is not None
    assert (result.quarantined_to / "cache.db").read_bytes() == bytes(data)  # kept as evidence
    assert (result.quarantined_to / "cache.header.json").exists()
    again, ids = use(token, "alice", tmp_path, "CP-0003")  # the fresh cache is good
    assert not again.created and again.warning is None and ids == ["CP-0003"]


def test_tampered_first_page_is_quarantined(alice_card: Card, tokens, tmp_path: Path) -> None:
    token = tokens(alice_card)
    use(token, "alice", tmp_path, "CP-0001")
    db = cache_paths("alice", tmp_path).database
    data = bytearray(db.read_bytes())
    data[100] ^= 0x80
    db.write_bytes(bytes(data))
    assert_quarantined(*use(token, "alice", tmp_path))


def test_another_users_header_swapped_in_is_quarantined(alice_card: Card, bob_card: Card,
                                                        tokens, tmp_path: Path) -> None:
    alice, bob = tokens(alice_card), tokens(bob_card)
    use(alice, "alice", tmp_path, "CP-0001")
    use(bob, "bob", tmp_path, "CP-0002")
    shutil.copyfile(cache_paths("bob", tmp_path).header, cache_paths("alice", tmp_path).header)
    result, ids = use(alice, "alice", tmp_path)
    assert_quarantined(result, ids)
    assert "different smart card" in (result.warning or "")


def test_whole_cache_of_another_user_copied_in_is_quarantined(alice_card: Card,
                                                              bob_card: Card, tokens,
                                                              tmp_path: Path) -> None:
    alice, bob = tokens(alice_card), tokens(bob_card)
    use(alice, "alice", tmp_path, "CP-0001")
    use(bob, "bob", tmp_path, "CP-0002")
    for name in ("cache.db", "cache.header.json"):
        shutil.copyfile(cache_paths("bob", tmp_path).directory / name,
                        cache_paths("alice", tmp_path).directory / name)
    assert_quarantined(*use(alice, "alice", tmp_path))


def test_an_older_header_of_the_same_user_is_quarantined(alice_card: Card, tokens,
                                                         tmp_path: Path) -> None:
    """Correctly signed, but for a different database: the key does not open this one."""
    token = tokens(alice_card)
    paths = cache_paths("alice", tmp_path)
    use(token, "alice", tmp_path, "CP-0001")
    old_header = paths.header.read_bytes()
    shutil.rmtree(paths.directory)
    use(token, "alice", tmp_path, "CP-0002")
    paths.header.write_bytes(old_header)
    result, ids = use(token, "alice", tmp_path)
    assert_quarantined(result, ids)


@pytest.mark.parametrize("change", ["unsigned", "username", "wrapped_key", "algorithm",
                                    "garbage", "deleted"])
def test_modified_or_unsigned_header_is_quarantined(alice_card: Card, tokens, tmp_path: Path,
                                                    change: str) -> None:
    token = tokens(alice_card)
    use(token, "alice", tmp_path, "CP-0001")
    path = cache_paths("alice", tmp_path).header
    raw = json.loads(path.read_text())
    if change == "unsigned":
        raw["signature"] = ""
    elif change == "username":
        raw["username"] = "alice2"
    elif change == "wrapped_key":
        raw["wrapped_key"] = raw["wrapped_key"][:-8] + "AAAAAAA="
    elif change == "algorithm":
        raw["algorithm"] = "RSA-OAEP-SHA256"
    if change == "garbage":
        path.write_bytes(b"\x00not json")
    elif change == "deleted":
        path.unlink()
    else:
        path.write_text(json.dumps(raw))
    result, ids = use(token, "alice", tmp_path)
    assert_quarantined(result, ids)
    assert result.quarantined_to is not None
    assert (result.quarantined_to / "cache.db").exists()


def test_planted_cache_under_the_public_wrapping_key_is_quarantined(alice_card: Card, tokens,
                                                                    tmp_path: Path) -> None:
    """Anyone can wrap a key of their choosing to the card's public key and sign the
    header with a key of their own; the card's signature is what they cannot make."""
    token = tokens(alice_card)
    paths = cache_paths("alice", tmp_path)
    planted_key = new_cache_key()

    async def plant() -> None:
        store = await SessionStore.open(paths.database, planted_key, create=True)
        await store.set_preference("theme", "attacker")
        await store.close()

    run(plant())
    unsigned = CacheHeader("alice", alice_card.serial, key_id(alice_card.wrap_pem), OAEP_SHA1,
                           wrap_cache_key(planted_key, alice_card.wrap_pem, OAEP_SHA1))
    attacker = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signature = attacker.sign(unsigned.signed_bytes(),
                              padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
                              hashes.SHA256())
    write_header(paths.header, CacheHeader(unsigned.username, unsigned.token_serial,
                                           unsigned.key_id, unsigned.algorithm,
                                           unsigned.wrapped_key, signature))

    async def scenario() -> tuple[CacheOpenResult, str | None]:
        result = await _use(token, "alice", tmp_path)
        try:
            return result, await result.store.get_preference("theme")
        finally:
            await result.store.close()

    result, theme = run(scenario())
    assert result.warning is not None and result.quarantined_to is not None
    assert theme is None


def test_another_users_card_is_quarantined(alice_card: Card, bob_card: Card, tokens,
                                           tmp_path: Path) -> None:
    use(tokens(alice_card), "alice", tmp_path, "CP-0001")
    result, ids = use(tokens(bob_card), "alice", tmp_path)
    assert_quarantined(result, ids)
    assert "different smart card" in (result.warning or "")
    assert read_header(cache_paths("alice", tmp_path).header).token_serial == bob_card.serial


def test_headerless_database_is_quarantined(alice_card: Card, tokens, tmp_path: Path) -> None:
    token = tokens(alice_card)
    use(token, "alice", tmp_path, "CP-0001")
    cache_paths("alice", tmp_path).header.unlink()
    result, ids = use(token, "alice", tmp_path)
    assert_quarantined(result, ids)
    assert "key file is missing" in (result.warning or "")


def test_repeated_quarantines_do_not_collide(alice_card: Card, tokens, tmp_path: Path) -> None:
    token = tokens(alice_card)
    use(token, "alice", tmp_path)
    places = set()
    for _ in range(3):
        cache_paths("alice", tmp_path).header.write_text("{}")
        result, _ = use(token, "alice", tmp_path)
        places.add(result.quarantined_to)
    assert len(places) == 3


def test_a_locked_card_leaves_the_cache_alone(alice_card: Card, tokens,
                                              tmp_path: Path) -> None:
    token = tokens(alice_card)
    use(token, "alice", tmp_path, "CP-0001")
    run(token.logout())
    before = sorted(p.name for p in cache_paths("alice", tmp_path).directory.iterdir())
    with pytest.raises(NotLoggedIn):
        run(open_cache(token, "alice", tmp_path))
    after = sorted(p.name for p in cache_paths("alice", tmp_path).directory.iterdir())
    assert before == after


def test_card_removed_before_opening_leaves_the_cache_alone(alice_card: Card, tokens,
                                                            tmp_path: Path) -> None:
    fake = FakeTokenStates(tokens(alice_card))
    use(fake, "alice", tmp_path, "CP-0001")

    async def scenario() -> None:
        await fake.login(pin())
        fake.remove()
        await open_cache(fake, "alice", tmp_path)

    with pytest.raises(TokenAbsent):
        run(scenario())
    assert not any(p.name.startswith("quarantine")
                   for p in cache_paths("alice", tmp_path).directory.iterdir())
    fake.reinsert()
    _, ids = use(fake, "alice", tmp_path)
    assert ids == ["CP-0001"]


def test_usernames_are_checked(tmp_path: Path) -> None:
    for bad in ("", "../etc", "a/b", "a b", "x" * 65):
        with pytest.raises(ValueError):
            cache_paths(bad, tmp_path)
