"""The vault's one entry point for the session layer: open (or start) the user's cache.

Why quarantine instead of failing: a cache that fails verification — altered, planted
under a public wrapping key, made with another card, or another user's — must not be
used, but the desk user still has work to do. So the suspect files are moved aside
(never deleted: the helpdesk may need them as evidence), a fresh cache is started, and
the caller gets a plain-English warning to show. Only verification failures quarantine;
a card pulled out mid-open or a locked card is reported as such and the files stay put.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cpdesk.vault.errors import (
    CacheRejected,
    CacheUnavailable,
    NotLoggedIn,
    TokenError,
)
from cpdesk.vault.keys import (
    new_cache_key,
    read_header,
    seal_header,
    unseal_cache_key,
    wipe,
    write_header,
)
from cpdesk.vault.store import SessionStore
from cpdesk.vault.token import TokenLike, default_data_dir

DATABASE_NAME: Final = "cache.db"
HEADER_NAME: Final = "cache.header.json"
_USERNAME: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class CachePaths:
    """Where one user's cache lives on this workstation."""

    directory: Path
    database: Path
    header: Path

    @property
    def files(self) -> tuple[Path, ...]:
        """Every file that belongs to the cache, sidecars included."""
        db = self.database
        return (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"), self.header)


@dataclass(frozen=True)
class CacheOpenResult:
    """An open store, and what the user must be told about how it was obtained."""

    store: SessionStore
    created: bool
    warning: str | None = None
    quarantined_to: Path | None = None


def cache_paths(username: str, base_dir: Path | None = None) -> CachePaths:
    """One directory per user under the data directory.

    The name carries a hash of the exact username so that users differing only in
    letter case stay apart on case-insensitive file systems.
    """
    if not _USERNAME.fullmatch(username):
        raise ValueError("not a valid username")
    root = (base_dir if base_dir is not None else default_data_dir()) / "caches"
    digest = hashlib.sha256(username.encode("utf-8")).hexdigest()[:8]
    directory = root / f"{username.lower()}-{digest}"
    return CachePaths(directory, directory / DATABASE_NAME, directory / HEADER_NAME)


def _quarantine(paths: CachePaths, now: dt.datetime) -> Path:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    target = paths.directory / f"quarantine-{stamp}"
    suffix = 0
    while target.exists():
        suffix += 1
        target = paths.directory / f"quarantine-{stamp}-{suffix}"
    target.mkdir(parents=True)
    for file in paths.files:
        if file.exists():
            os.replace(file, target / file.name)
    return target


async def _create(
    token: TokenLike, username: str, paths: CachePaths, algorithm: str | None
) -> SessionStore:
    """Database first, header last: a crash in between leaves a headerless database,
    which the next open quarantines rather than trusts."""
    key = new_cache_key()
    try:
        header = await seal_header(token, username, key, algorithm)
        store = await SessionStore.open(paths.database, key, create=True)
    finally:
        wipe(key)
    try:
        write_header(paths.header, header)
    except OSError as exc:
        await store.close()
        raise CacheUnavailable("The local session store could not be saved "
                               f"({exc.strerror or type(exc).__name__}).") from None
    return store


async def _open_existing(token: TokenLike, username: str, paths: CachePaths) -> SessionStore:
    if not paths.header.exists():
        raise CacheRejected("its key file is missing")
    if not paths.database.exists():
        raise CacheRejected("its database file is missing")
    try:
        header = read_header(paths.header)
    except OSError as exc:
        raise CacheUnavailable("The local session store's key file could not be read "
                               f"({exc.strerror or type(exc).__name__}).") from None
    try:
        key = await unseal_cache_key(token, header, username)
    except NotLoggedIn:
        raise
    except TokenError:
        # The card signed this header yet cannot unwrap its key: do not trust it.
        raise CacheRejected("its key could not be unwrapped by your smart card") from None
    try:
        return await SessionStore.open(paths.database, key)
    finally:
        wipe(key)


async def open_cache(
    token: TokenLike,
    username: str,
    base_dir: Path | None = None,
    *,
    algorithm: str | None = None,
    now: dt.datetime | None = None,
) -> CacheOpenResult:
    """Open ``username``'s cache with the logged-in ``token``, creating it on first use.

    Returns a result whose ``warning`` (when set) the caller shows to the user. Raises
    NotLoggedIn or TokenAbsent when the card is not usable, CacheUnavailable when no
    cache can be had at all (disk full, permissions) — the session may go on without one.
    """
    if token.logged_in_serial is None:
        raise NotLoggedIn()
    paths = cache_paths(username, base_dir)
    try:
        paths.directory.mkdir(parents=True, exist_ok=True)
        existing = any(file.exists() for file in paths.files)
    except OSError as exc:
        raise CacheUnavailable("The local session store's folder could not be used "
                               f"({exc.strerror or type(exc).__name__}).") from None
    if not existing:
        return CacheOpenResult(await _create(token, username, paths, algorithm), created=True)
    try:
        return CacheOpenResult(await _open_existing(token, username, paths), created=False)
    except CacheRejected as rejected:
        reason = str(rejected)
    try:
        moved_to = _quarantine(paths, now or dt.datetime.now(dt.UTC))
    except OSError as exc:
        raise CacheUnavailable("The saved session data on this workstation could not be "
                               f"trusted ({reason}) and could not be set aside "
                               f"({exc.strerror or type(exc).__name__}). "
                               "Call your helpdesk.") from None
    store = await _create(token, username, paths, algorithm)
    warning = (
        f"Your saved session data on this workstation could not be trusted: {reason}. "
        "It has been set aside, unread, and a new, empty store has been started. "
        f"If you did not expect this, tell your helpdesk (set-aside copy: {moved_to})."
    )
    return CacheOpenResult(store, created=True, warning=warning, quarantined_to=moved_to)
