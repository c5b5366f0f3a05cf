"""Custody of the cache key: a random key, wrapped by the card, in a header the card signs.

Why wrap rather than derive: a key derived from anything public (a certificate, a
signature) is no secret. The key is 256 random bits, encrypted to the card's
key-management public key (RSA-OAEP), so only the card — after a PIN — can recover it.
Wrapping needs only the public key, which is why the header is also signed by the card's
authentication key and checked before use: otherwise anyone could plant a cache, under a
key of their choosing, for the user to fill.

The signed bytes start with a context string unlike the login challenge's
(``cpdesk-login-v1``), so a header signature can never pass as a login and vice versa.

Secrets live in ``bytearray``s that :func:`wipe` zeroes; copies that libraries insist on
(``bytes`` for ``cryptography``, ``str`` for a PRAGMA) are kept to one statement.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from cpdesk.vault.errors import CacheRejected, MechanismUnsupported, NotLoggedIn, TokenError
from cpdesk.vault.store import KEY_BYTES
from cpdesk.vault.token import (
    OAEP_ALGORITHMS,
    OAEP_SHA1,
    OAEP_SHA256,
    SIGNATURE_ALGORITHM,
    TokenLike,
)

HEADER_FORMAT_VERSION: Final = 1
HEADER_CONTEXT: Final = b"cpdesk-cache-header-v1\n"
_HEADER_FIELDS: Final = frozenset({
    "version", "username", "token_serial", "key_id", "algorithm", "signature_algorithm",
    "wrapped_key", "signature",
})
_HASHES: Final[dict[str, type[hashes.HashAlgorithm]]] = {
    OAEP_SHA256: hashes.SHA256,
    OAEP_SHA1: hashes.SHA1,
}


def wipe(buffer: bytearray) -> None:
    """Overwrite a secret in place (PINs and keys alike) before letting it go."""
    buffer[:] = bytes(len(buffer))


def new_cache_key() -> bytearray:
    """256 fresh random bits, read straight into a wipeable buffer where the OS allows."""
    key = bytearray(KEY_BYTES)
    try:
        with open("/dev/urandom", "rb", buffering=0) as source:
            filled = source.readinto(key)
    except OSError:
        filled = 0
    if filled != KEY_BYTES:
        key[:] = secrets.token_bytes(KEY_BYTES)  # platforms without /dev/urandom
    return key


def key_id(wrap_public_pem: bytes) -> str:
    """Names the key-management key: SHA-256 of its SubjectPublicKeyInfo DER, in hex."""
    public = serialization.load_pem_public_key(wrap_public_pem)
    der = public.public_bytes(serialization.Encoding.DER,
                              serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def _oaep(algorithm: str) -> padding.OAEP:
    hash_type = _HASHES.get(algorithm)
    if hash_type is None:
        raise MechanismUnsupported(f"Unknown key-wrapping algorithm {algorithm!r}.")
    return padding.OAEP(mgf=padding.MGF1(hash_type()), algorithm=hash_type(), label=None)


def _rsa_public(pem: bytes) -> rsa.RSAPublicKey:
    public = serialization.load_pem_public_key(pem)
    if not isinstance(public, rsa.RSAPublicKey):
        raise MechanismUnsupported("The smart card's key is not an RSA key.")
    return public


def wrap_cache_key(key: bytearray, wrap_public_pem: bytes, algorithm: str) -> bytes:
    """Encrypt ``key`` to the card's key-management public key (no PIN needed)."""
    public = _rsa_public(wrap_public_pem)
    plain = bytes(key)  # cryptography takes bytes only
    try:
        return public.encrypt(plain, _oaep(algorithm))
    finally:
        del plain


async def choose_wrap_algorithm(token: TokenLike) -> str:
    """OAEP with SHA-256 when the card can undo it, otherwise SHA-1 (SoftHSM2 2.6.1).

    Asked of the card itself, by a round trip on a throwaway value, because PKCS#11's
    mechanism list does not say which hashes OAEP accepts. Needs a logged-in card.
    """
    wrap_pem = (await token.public_keys()).wrap_pem
    probe = new_cache_key()
    try:
        ciphertext = wrap_cache_key(probe, wrap_pem, OAEP_SHA256)
        try:
            recovered = await token.decrypt(ciphertext, OAEP_SHA256)
        except NotLoggedIn:
            raise
        except TokenError:
            # Cards disagree on how to refuse an unsupported OAEP hash; any refusal counts.
            return OAEP_SHA1
        try:
            return OAEP_SHA256 if recovered == probe else OAEP_SHA1
        finally:
            wipe(recovered)
    finally:
        wipe(probe)


@dataclass(frozen=True)
class CacheHeader:
    """The JSON file beside the cache database: who, which card, and the wrapped key."""

    username: str
    token_serial: str
    key_id: str
    algorithm: str
    wrapped_key: bytes
    signature: bytes = b""
    version: int = HEADER_FORMAT_VERSION
    signature_algorithm: str = SIGNATURE_ALGORITHM

    def _body(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "username": self.username,
            "token_serial": self.token_serial,
            "key_id": self.key_id,
            "algorithm": self.algorithm,
            "signature_algorithm": self.signature_algorithm,
            "wrapped_key": base64.b64encode(self.wrapped_key).decode("ascii"),
        }

    def signed_bytes(self) -> bytes:
        """The canonical bytes the card signs: context, then sorted compact ASCII JSON."""
        canonical = json.dumps(self._body(), sort_keys=True, separators=(",", ":"),
                               ensure_ascii=True)
        return HEADER_CONTEXT + canonical.encode("ascii")

    def to_json(self) -> bytes:
        body = self._body()
        body["signature"] = base64.b64encode(self.signature).decode("ascii")
        return (json.dumps(body, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode()

    @classmethod
    def from_json(cls, data: bytes) -> CacheHeader:
        """Parse strictly: an unexpected field or type is treated as tampering."""
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise CacheRejected("its key file is not readable") from None
        if not isinstance(raw, dict) or set(raw) != _HEADER_FIELDS:
            raise CacheRejected("its key file has been altered")
        if raw["version"] != HEADER_FORMAT_VERSION or type(raw["version"]) is not int:
            raise CacheRejected("its key file is of an unknown format")
        text_fields = ("username", "token_serial", "key_id", "algorithm",
                       "signature_algorithm", "wrapped_key", "signature")
        if not all(isinstance(raw[name], str) for name in text_fields):
            raise CacheRejected("its key file has been altered")
        try:
            wrapped = base64.b64decode(raw["wrapped_key"], validate=True)
            signature = base64.b64decode(raw["signature"], validate=True)
        except binascii.Error:
            raise CacheRejected("its key file has been altered") from None
        return cls(
            username=raw["username"],
            token_serial=raw["token_serial"],
            key_id=raw["key_id"],
            algorithm=raw["algorithm"],
            wrapped_key=wrapped,
            signature=signature,
            version=raw["version"],
            signature_algorithm=raw["signature_algorithm"],
        )


def read_header(path: Path) -> CacheHeader:
    return CacheHeader.from_json(path.read_bytes())


def write_header(path: Path, header: CacheHeader) -> None:
    """Atomically: a torn header would look exactly like tampering."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".header.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(header.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


async def seal_header(
    token: TokenLike, username: str, key: bytearray, algorithm: str | None = None
) -> CacheHeader:
    """Wrap ``key`` for the logged-in card and have the card sign the result.

    ``algorithm`` forces an OAEP variant (policy or a card known to lack SHA-256);
    otherwise the card is probed.
    """
    serial = token.logged_in_serial
    if serial is None:
        raise NotLoggedIn()
    public = await token.public_keys()
    chosen = algorithm if algorithm is not None else await choose_wrap_algorithm(token)
    if chosen not in OAEP_ALGORITHMS:
        raise MechanismUnsupported(f"Unknown key-wrapping algorithm {chosen!r}.")
    unsigned = CacheHeader(
        username=username,
        token_serial=serial,
        key_id=key_id(public.wrap_pem),
        algorithm=chosen,
        wrapped_key=wrap_cache_key(key, public.wrap_pem, chosen),
    )
    signature = await token.sign(unsigned.signed_bytes())
    return CacheHeader(
        username=unsigned.username,
        token_serial=unsigned.token_serial,
        key_id=unsigned.key_id,
        algorithm=unsigned.algorithm,
        wrapped_key=unsigned.wrapped_key,
        signature=signature,
    )


def verify_header(header: CacheHeader, auth_public_pem: bytes) -> None:
    """Check the card's signature over the header; CacheRejected when it does not hold."""
    if header.signature_algorithm != SIGNATURE_ALGORITHM or not header.signature:
        raise CacheRejected("its key file is not signed by your smart card")
    public = _rsa_public(auth_public_pem)
    try:
        public.verify(
            header.signature,
            header.signed_bytes(),
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
            hashes.SHA256(),
        )
    except InvalidSignature:
        raise CacheRejected("its key file was not signed by your smart card, or has been "
                            "altered") from None


async def unseal_cache_key(token: TokenLike, header: CacheHeader, username: str) -> bytearray:
    """Check that the header is this user's and this card's, then have the card unwrap.

    Order matters: everything that needs no private key is checked first, and nothing is
    decrypted under a header the card did not sign. The caller wipes the returned key.
    """
    serial = token.logged_in_serial
    if serial is None:
        raise NotLoggedIn()
    public = await token.public_keys()
    if header.token_serial != serial or header.key_id != key_id(public.wrap_pem):
        raise CacheRejected("it was made with a different smart card")
    verify_header(header, public.auth_pem)
    if header.username != username:
        raise CacheRejected("it belongs to a different user")
    if header.algorithm not in OAEP_ALGORITHMS:
        raise CacheRejected("its key file names an unknown algorithm")
    return await token.decrypt(header.wrapped_key, header.algorithm)
