"""Read a SQLCipher cache the way an attacker holding its key would: every page of the
database file and every frame of its WAL, decrypted — live rows, free pages, slack space and
superseded WAL frames alike. A canary absent from this is absent from the cache.

SQLCipher 4 defaults (the store keeps them): 4096-byte pages, AES-256-CBC, each page's IV in
the 16 bytes after its encrypted part, then a 64-byte HMAC-SHA512; page 1 begins with the
16-byte salt. A raw key (``x'<hex>'``) is the AES key itself: no KDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from cpdesk.vault.cache import cache_paths
from cpdesk.vault.keys import read_header, unseal_cache_key
from cpdesk.vault.provision import softhsm_module
from cpdesk.vault.token import FailureCounter, Token, TokenConfig, TokenLike

PAGE = 4096
RESERVE = 16 + 64  # IV + HMAC-SHA512
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(key: bytes, page: bytes, number: int) -> bytes:
    start = SALT if number == 1 else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(database: Path, key: bytes) -> Iterator[tuple[str, bytes]]:
    """(where, plaintext) for every page of ``database`` and every frame of its WAL."""
    data = database.read_bytes() if database.exists() else b""
    for index in range(len(data) // PAGE):
        yield f"page {index + 1}", decrypt_page(key, data[index * PAGE:(index + 1) * PAGE],
                                                index + 1)
    wal = database.with_name(database.name + "-wal")
    frames = wal.read_bytes() if wal.exists() else b""
    offset, frame = WAL_HEADER, 0
    while offset + FRAME_HEADER + PAGE <= len(frames):
        number = int.from_bytes(frames[offset:offset + 4], "big")
        page = frames[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE]
        yield f"wal frame {frame} (page {number})", decrypt_page(key, page, number)
        offset += FRAME_HEADER + PAGE
        frame += 1


def first_page_is_sqlite(database: Path, key: bytes) -> bool:
    """The self-check that the decryption is right: page 1's header after the salt."""
    page = decrypt_page(key, database.read_bytes()[:PAGE], 1)
    return int.from_bytes(page[0:2], "big") == PAGE and page[5:8] == b"\x40\x20\x20"


def find(database: Path, key: bytes, needles: list[str]) -> list[str]:
    """Where each needle (UTF-8 or UTF-16-LE, any case) occurs in the decrypted cache."""
    hits = []
    for where, plain in decrypted_pages(database, key):
        low = plain.lower()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le"):
                if needle.lower().encode(encoding) in low:
                    hits.append(f"{needle} ({encoding}) in {where}")
    return hits


async def unsealed_key(token_label: str, username: str, data_dir: Path | None,
                       pin: str, failures: Path, logged_in: TokenLike | None = None) -> bytearray:
    """The cache key, unwrapped by the user's card exactly as the client does (with the
    client's own token when it is logged in: a card takes one login per process)."""
    header = read_header(cache_paths(username, data_dir).header)
    if logged_in is not None and logged_in.logged_in_serial is not None:
        return await unseal_cache_key(logged_in, header, username)
    token = Token(TokenConfig(softhsm_module(), token_label),
                  failure_counter=FailureCounter(failures))
    try:
        await token.login(bytearray(pin.encode()))
        return await unseal_cache_key(token, header, username)
    finally:
        await token.logout()
        token.close()


def stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat()
