"""The SQLCipher store on a real file: persistence, keys, validation, no plaintext on disk."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from vaultkit import entropy_bits_per_byte, run

from cpdesk.vault.errors import CacheRejected
from cpdesk.vault.keys import new_cache_key, wipe
from cpdesk.vault.store import MIGRATIONS, SessionStore

SENTINELS = ("ZEBRA-CANARY-7731", "child-sentinel-0042", "pref-canary-value-913")


def test_activity_and_preferences_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    key = new_cache_key()
    when = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC)

    async def write() -> None:
        store = await SessionStore.open(path, key, create=True)
        await store.record_activity("search", None, "safeguarding", at=when)
        await store.record_activity("record.view", "CP-1234", "safeguarding")
        await store.set_preference("theme", "dark")
        await store.set_preference("theme", "light")
        await store.close()

    async def read() -> tuple[list, str | None, str | None, int]:
        store = await SessionStore.open(path, key)
        try:
            return (await store.recent_activity(10), await store.get_preference("theme"),
                    await store.get_preference("missing"), await store.schema_version())
        finally:
            await store.close()

    run(write())
    entries, theme, missing, version = run(read())
    wipe(key)
    assert [(e.action, e.child_id, e.reason_code) for e in entries] == [
        ("record.view", "CP-1234", "safeguarding"), ("search", None, "safeguarding")]
    assert entries[1].at == when
    assert (theme, missing, version) == ("light", None, len(MIGRATIONS))


def test_wrong_key_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"

    async def scenario() -> None:
        store = await SessionStore.open(path, new_cache_key(), create=True)
        await store.record_activity("search")
        await store.close()
        with pytest.raises(CacheRejected):
            await SessionStore.open(path, new_cache_key())

    run(scenario())


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(CacheRejected):
        run(SessionStore.open(tmp_path / "absent.db", new_cache_key()))
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize("action,child_id,reason", [
    ("Jane Smith", None, None),
    ("search", "Jane Smith", None),
    ("search", "LS6 2QE", None),
    ("search", None, "because I wanted to"),
    ("search", "x", None),
])
def test_only_identifiers_are_accepted(tmp_path: Path, action: str, child_id: str | None,
                                       reason: str | None) -> None:
    async def scenario() -> None:
        store = await SessionStore.open(tmp_path / "cache.db", new_cache_key(), create=True)
        try:
            with pytest.raises(ValueError):
                await store.record_activity(action, child_id, reason)
        finally:
            await store.close()

    run(scenario())


def test_preferences_are_short_single_line_settings(tmp_path: Path) -> None:
    async def scenario() -> None:
        store = await SessionStore.open(tmp_path / "cache.db", new_cache_key(), create=True)
        try:
            with pytest.raises(ValueError):
                await store.set_preference("Last Search", "x")
            with pytest.raises(ValueError):
                await store.set_preference("note", "line one\nline two")
            with pytest.raises(ValueError):
                await store.set_preference("note", "x" * 5000)
        finally:
            await store.close()

    run(scenario())


def test_sqlcipher_work_runs_off_the_loop_thread(tmp_path: Path) -> None:
    async def scenario() -> str:
        store = await SessionStore.open(tmp_path / "cache.db", new_cache_key(), create=True)
        try:
            return await store._call(lambda: threading.current_thread().name)
        finally:
            await store.close()

    assert run(scenario()).startswith("cpdesk-cache")


def _cache_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _assert_no_plaintext(files: list[Path]) -> None:
    for file in files:
        if not file.exists():
            continue
        data = file.read_bytes()
        for sentinel in SENTINELS:
            assert sentinel.encode() not in data, f"{sentinel} in {file.name}"
            assert sentinel.encode("utf-16-le") not in data
        for word in (b"activity", b"preferences", b"CREATE TABLE", b"safeguarding"):
            assert word not in data, f"{word!r} in {file.name}"


def test_no_plaintext_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    key = new_cache_key()

    async def scenario() -> None:
        store = await SessionStore.open(path, key, create=True)
        for i in range(200):
            await store.record_activity("record.view", SENTINELS[1], "safeguarding")
            await store.set_preference(f"canary.{i}", SENTINELS[2])
        await store.set_preference("note", SENTINELS[0])
        _assert_no_plaintext(_cache_files(path))  # while open, WAL in use
        assert path.with_name("cache.db-wal").exists()
        await store.close()

    run(scenario())
    wipe(key)
    _assert_no_plaintext(_cache_files(path))
    data = path.read_bytes()
    assert data[:16] != b"SQLite format 3\x00"
    assert len(data) >= 4096
    assert entropy_bits_per_byte(data) > 7.5
