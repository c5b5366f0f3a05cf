"""The user's smart card, reached through PKCS#11 (python-pkcs11), as a small async API.

Why one thread: python-pkcs11 initialises the PKCS#11 module without OS locking, so two
threads inside the module at once is undefined behaviour. Every call into the library —
loading it included — therefore runs on a single process-wide worker thread
(``cpdesk-token``) and the asyncio loop awaits it, as Electrum does with its hardware-wallet
executor. python-pkcs11 releases the GIL inside each call, so the GUI stays responsive while
a card works.

Why our own PIN-failure counter: SoftHSM2 never locks a PIN, and a card's own counter is
not ours to trust, so the client stops offering PINs to a card after five consecutive
misses on this workstation and tells the user to call the helpdesk. The counter lives in a
small JSON file outside the cache (token serial and count only) so that it survives
restarts and needs no key to read.

PINs: :meth:`Token.login` takes the PIN as a ``bytearray`` that the **caller** owns and
zeroes (see :func:`cpdesk.vault.keys.wipe`) as soon as ``login`` returns or raises, whether
it succeeded or not. python-pkcs11 accepts only ``str``, so the PIN exists as an immutable
string for the duration of one ``C_Login`` call; that string is dropped straight after
and is never logged, stored or put in an exception.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, NamedTuple, Protocol, TypeVar

import pkcs11
import platformdirs
from pkcs11 import MGF, Attribute, Mechanism, ObjectClass, TokenFlag

from cpdesk.vault.errors import (
    MechanismUnsupported,
    NotLoggedIn,
    PinIncorrect,
    PinLocked,
    TokenAbsent,
    TokenError,
    TooManyFailures,
    VaultError,
)

APP_NAME: Final = "cpdesk"
MAX_PIN_FAILURES: Final = 5
THREAD_NAME_PREFIX: Final = "cpdesk-token"

OAEP_SHA256: Final = "RSA-OAEP-SHA256"
OAEP_SHA1: Final = "RSA-OAEP-SHA1"
OAEP_ALGORITHMS: Final = (OAEP_SHA256, OAEP_SHA1)
_OAEP_PARAMS: Final[dict[str, tuple[Mechanism, MGF, None]]] = {
    OAEP_SHA256: (Mechanism.SHA256, MGF.SHA256, None),
    OAEP_SHA1: (Mechanism.SHA_1, MGF.SHA1, None),
}
# The one signature scheme of the project: login challenges and cache headers alike.
SIGNATURE_ALGORITHM: Final = "RSA-PSS-SHA256-MGF1SHA256-SALT32"
_PSS_MECHANISM: Final = Mechanism.SHA256_RSA_PKCS_PSS
_PSS_PARAM: Final = (Mechanism.SHA256, MGF.SHA256, 32)

# Errors from a session that used to work, which mean the card went away (or was swapped).
_REMOVAL_ERRORS: Final = (
    pkcs11.TokenNotPresent,
    pkcs11.DeviceRemoved,
    pkcs11.SessionHandleInvalid,
    pkcs11.SessionClosed,
    pkcs11.GeneralError,
    pkcs11.DeviceError,
    pkcs11.ObjectHandleInvalid,
    pkcs11.KeyHandleInvalid,
    pkcs11.TokenNotRecognised,
)
_MECHANISM_ERRORS: Final = (
    pkcs11.MechanismInvalid,
    pkcs11.MechanismParamInvalid,
    pkcs11.ArgumentsBad,
    pkcs11.FunctionNotSupported,
)

T = TypeVar("T")


# --- the token thread ----------------------------------------------------------------------

_thread_marker = threading.local()
_shared_executor: ThreadPoolExecutor | None = None
_shared_executor_lock = threading.Lock()


def _mark_token_thread() -> None:
    _thread_marker.is_token_thread = True


def new_token_executor() -> ThreadPoolExecutor:
    """A single-worker executor whose thread is allowed to call PKCS#11."""
    return ThreadPoolExecutor(
        max_workers=1, thread_name_prefix=THREAD_NAME_PREFIX, initializer=_mark_token_thread
    )


def token_executor() -> ThreadPoolExecutor:
    """The process-wide token executor: one thread for the one PKCS#11 library instance."""
    global _shared_executor
    with _shared_executor_lock:
        if _shared_executor is None:
            _shared_executor = new_token_executor()
        return _shared_executor


def shutdown_token_executor() -> None:
    """Stop the token thread at application exit (after every Token has been closed)."""
    global _shared_executor
    with _shared_executor_lock:
        executor, _shared_executor = _shared_executor, None
    if executor is not None:
        executor.shutdown(wait=True)


def _assert_token_thread() -> None:
    """Refuse to touch PKCS#11 from any thread but the token thread.

    A mistake here would not fail loudly on its own: it would corrupt the module's state
    some time later. Tests also hook this to prove where every call ran.
    """
    if not getattr(_thread_marker, "is_token_thread", False):
        raise RuntimeError("PKCS#11 called outside the cpdesk-token thread")


# --- value types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenConfig:
    """Which PKCS#11 module, which card (by label — slot numbers move) and which keys."""

    module_path: str
    token_label: str
    auth_key_label: str = "cpdesk-auth"
    wrap_key_label: str = "cpdesk-wrap"


@dataclass(frozen=True)
class TokenStatus:
    """What the lock screen needs to know before asking for a PIN."""

    present: bool
    serial: str | None
    label: str
    pin_count_low: bool = False
    pin_final_try: bool = False
    pin_locked: bool = False
    logged_in: bool = False
    client_failures: int = 0  # consecutive misses counted by this workstation

    @property
    def tries_left(self) -> int:
        """How many more PINs this workstation will offer the card."""
        return max(0, MAX_PIN_FAILURES - self.client_failures)


class PublicKeys(NamedTuple):
    """The card's two public keys, PEM (SubjectPublicKeyInfo)."""

    auth_pem: bytes
    wrap_pem: bytes


class TokenLike(Protocol):
    """What the rest of the client may call on a card: a Token, or a test double of one."""

    @property
    def logged_in_serial(self) -> str | None: ...

    async def status(self) -> TokenStatus: ...

    async def login(self, pin: bytearray) -> None: ...

    async def logout(self) -> None: ...

    async def sign(self, message: bytes) -> bytes: ...

    async def decrypt(self, ciphertext: bytes, algorithm: str) -> bytearray: ...

    async def public_keys(self) -> PublicKeys: ...

    async def check_present(self) -> bool: ...

    def close(self) -> None: ...


# --- the failure counter -------------------------------------------------------------------


def default_data_dir() -> Path:
    """The per-user data directory of the desk client on this platform."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


class FailureCounter:
    """Consecutive wrong PINs per card serial, persisted in a small JSON file.

    An unreadable or malformed file counts as empty: whoever can rewrite it can delete it,
    so failing closed would only lock honest users out.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_data_dir() / "pin-failures.json"

    def _load(self) -> dict[str, int]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        counts = raw.get("failures") if isinstance(raw, dict) else None
        if not isinstance(counts, dict):
            return {}
        return {str(k): v for k, v in counts.items() if isinstance(v, int) and v > 0}

    def _save(self, counts: dict[str, int]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": 1, "failures": counts}, sort_keys=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".pin-failures.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def count(self, serial: str) -> int:
        return self._load().get(serial, 0)

    def record_failure(self, serial: str) -> int:
        counts = self._load()
        counts[serial] = counts.get(serial, 0) + 1
        self._save(counts)
        return counts[serial]

    def reset(self, serial: str) -> None:
        counts = self._load()
        if serial in counts:
            del counts[serial]
            self._save(counts)


# --- helpers that run on the token thread --------------------------------------------------


def _serial_of(token: pkcs11.Token) -> str:
    raw = token.serial
    return raw.decode("ascii", "replace").strip() if isinstance(raw, bytes) else str(raw)


def _public_pem(key: pkcs11.Key) -> bytes:
    # Imported here: the PIN prompt reads the card's state without cryptography.
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicNumbers

    numbers = RSAPublicNumbers(
        e=int.from_bytes(key[Attribute.PUBLIC_EXPONENT], "big"),
        n=int.from_bytes(key[Attribute.MODULUS], "big"),
    )
    return numbers.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _open_user_session(token: pkcs11.Token, pin: bytearray) -> pkcs11.Session:
    """C_Login with the PIN as a str, for as short a time as python-pkcs11 allows.

    Kept in its own frame so that no traceback from the caller can reach the string.
    """
    text: str | None = None
    # The codec's error holds a copy of the PIN: let it die here, unchained.
    with contextlib.suppress(UnicodeDecodeError):
        text = pin.decode("utf-8")
    if text is None:
        raise ValueError("PIN is not valid UTF-8")
    try:
        return token.open(user_pin=text)
    finally:
        del text


# --- the token -----------------------------------------------------------------------------


class Token:
    """The card named by a :class:`TokenConfig`: status, PIN login, sign and decrypt.

    Every public method is a coroutine that hands one short blocking job to the token
    thread; the object's PKCS#11 state is touched only there. A login holds one user
    session until :meth:`logout`, a removal, or :meth:`close`.
    """

    def __init__(
        self,
        config: TokenConfig,
        *,
        failure_counter: FailureCounter | None = None,
        executor: ThreadPoolExecutor | None = None,
        rescan_when_absent: bool = True,
    ) -> None:
        """``executor`` must come from :func:`new_token_executor` (tests); default: shared.

        ``rescan_when_absent`` re-initialises the PKCS#11 module when the card is not found
        and no session is open, because some modules (SoftHSM2 among them) only see
        tokens that existed when they were initialised. Re-initialising ends every session
        in the process, hence never while this object holds one.
        """
        self.config = config
        self.failure_counter = failure_counter if failure_counter is not None else FailureCounter()
        self._executor = executor if executor is not None else token_executor()
        self._rescan_when_absent = rescan_when_absent
        self._closed = False
        # Token-thread state.
        self._lib: Any = None
        self._session: pkcs11.Session | None = None
        self._session_serial: str | None = None
        self._auth_key: Any = None
        self._wrap_key: Any = None
        self._public_cache: dict[str, PublicKeys] = {}

    # -- plumbing ---------------------------------------------------------------------------

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        if self._closed:
            raise TokenError("The smart card connection has been closed.")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    def _library(self) -> Any:
        _assert_token_thread()
        if self._lib is None:
            try:
                self._lib = pkcs11.lib(self.config.module_path)
            except pkcs11.PKCS11Error as exc:
                raise TokenError(
                    "The smart card software could not be loaded. Call your helpdesk."
                ) from exc
        return self._lib

    def _find_token(self) -> pkcs11.Token | None:
        _assert_token_thread()
        lib = self._library()
        for attempt in range(2):
            try:
                found: list[pkcs11.Token] = list(
                    lib.get_tokens(token_label=self.config.token_label)
                )
            except _REMOVAL_ERRORS:
                found = []
            except pkcs11.PKCS11Error as exc:
                raise TokenError("The smart card reader could not be read. Call your "
                                 f"helpdesk if this goes on ({type(exc).__name__}).") from exc
            if len(found) > 1:
                raise TokenError("More than one smart card with the same label is inserted. "
                                 "Remove all but your own.")
            if found:
                return found[0]
            if attempt == 0 and self._rescan_when_absent and self._session is None:
                with contextlib.suppress(pkcs11.PKCS11Error):
                    lib.reinitialize()
                continue
            break
        return None

    def _forget_session(self) -> None:
        _assert_token_thread()
        session, self._session = self._session, None
        self._session_serial = None
        self._auth_key = None
        self._wrap_key = None
        if session is not None:
            # A dead session cannot be logged out of; that is the point of forgetting it.
            with contextlib.suppress(pkcs11.PKCS11Error):
                session.close()

    def _session_failure(self, exc: pkcs11.PKCS11Error, doing: str) -> VaultError:
        """Translate an error from a logged-in session into what the user is told."""
        if isinstance(exc, _REMOVAL_ERRORS):
            self._forget_session()
            return TokenAbsent("Your smart card was removed. Insert it and enter your PIN.")
        if isinstance(exc, pkcs11.UserNotLoggedIn):
            self._forget_session()
            return NotLoggedIn()
        if isinstance(exc, _MECHANISM_ERRORS):
            return MechanismUnsupported(f"Your smart card cannot {doing} with the required "
                                        "algorithm. Call your helpdesk.")
        return TokenError(f"Your smart card could not {doing} ({type(exc).__name__}). "
                          "If this keeps happening, call your helpdesk.")

    def _require_key(self, which: str) -> Any:
        key = self._auth_key if which == "auth" else self._wrap_key
        if self._session is None or key is None:
            raise NotLoggedIn()
        return key

    # -- blocking bodies (token thread only) ------------------------------------------------

    def _status_blocking(self) -> TokenStatus:
        _assert_token_thread()
        label = self.config.token_label
        token = self._find_token()
        if token is None:
            return TokenStatus(present=False, serial=None, label=label)
        serial = _serial_of(token)
        flags = TokenFlag(token.flags)
        return TokenStatus(
            present=True,
            serial=serial,
            label=token.label,
            pin_count_low=bool(flags & TokenFlag.USER_PIN_COUNT_LOW),
            pin_final_try=bool(flags & TokenFlag.USER_PIN_FINAL_TRY),
            pin_locked=bool(flags & TokenFlag.USER_PIN_LOCKED),
            logged_in=self._session is not None and self._session_serial == serial,
            client_failures=self.failure_counter.count(serial),
        )

    def _login_blocking(self, pin: bytearray) -> None:
        _assert_token_thread()
        self._forget_session()  # a new login replaces any earlier one
        token = self._find_token()
        if token is None:
            raise TokenAbsent()
        serial = _serial_of(token)
        failures = self.failure_counter.count(serial)
        if failures >= MAX_PIN_FAILURES:
            raise TooManyFailures(failures)
        if TokenFlag(token.flags) & TokenFlag.USER_PIN_LOCKED:
            raise PinLocked()
        try:
            session = _open_user_session(token, pin)
        except pkcs11.PinIncorrect:
            failures = self.failure_counter.record_failure(serial)
            if failures >= MAX_PIN_FAILURES:
                raise TooManyFailures(failures) from None
            raise PinIncorrect(failures, MAX_PIN_FAILURES - failures) from None
        except pkcs11.PinLocked:
            raise PinLocked() from None
        except (pkcs11.PinLenRange, pkcs11.PinInvalid, ValueError):
            # Rejected before the card compared it: not a guess, so not counted.
            raise PinIncorrect(failures, MAX_PIN_FAILURES - failures) from None
        except pkcs11.PinExpired:
            raise TokenError("Your smart card's PIN has expired. Call your helpdesk.") from None
        except _REMOVAL_ERRORS:
            raise TokenAbsent() from None
        except pkcs11.PKCS11Error as exc:
            raise TokenError(f"Your smart card refused to unlock ({type(exc).__name__}). "
                             "Call your helpdesk if this goes on.") from None
        self.failure_counter.reset(serial)
        self._session = session
        self._session_serial = serial
        try:
            # Found now, so a card issued without our keys fails at login, not mid-task.
            self._auth_key = session.get_key(ObjectClass.PRIVATE_KEY,
                                             label=self.config.auth_key_label)
            self._wrap_key = session.get_key(ObjectClass.PRIVATE_KEY,
                                             label=self.config.wrap_key_label)
        except pkcs11.NoSuchKey:
            self._forget_session()
            raise TokenError("This smart card has not been issued for this system (its keys "
                             "are missing). Call your helpdesk.") from None
        except pkcs11.PKCS11Error as exc:
            raise self._session_failure(exc, "unlock") from None

    def _logout_blocking(self) -> None:
        _assert_token_thread()
        self._forget_session()

    def _sign_blocking(self, message: bytes) -> bytes:
        _assert_token_thread()
        key = self._require_key("auth")
        try:
            signature: bytes = key.sign(message, mechanism=_PSS_MECHANISM,
                                        mechanism_param=_PSS_PARAM)
        except pkcs11.PKCS11Error as exc:
            raise self._session_failure(exc, "sign") from None
        return signature

    def _decrypt_blocking(self, ciphertext: bytes, algorithm: str) -> bytearray:
        _assert_token_thread()
        params = _OAEP_PARAMS.get(algorithm)
        if params is None:
            raise MechanismUnsupported(f"Unknown key-wrapping algorithm {algorithm!r}.")
        key = self._require_key("wrap")
        try:
            plain = key.decrypt(ciphertext, mechanism=Mechanism.RSA_PKCS_OAEP,
                                mechanism_param=params)
        except pkcs11.PKCS11Error as exc:
            raise self._session_failure(exc, "decrypt") from None
        # The bytes object from the library cannot be wiped; the copy we hand out can.
        result = bytearray(plain)
        del plain
        return result

    def _public_keys_blocking(self) -> PublicKeys:
        _assert_token_thread()
        if self._session is not None:
            # Logged in: read through the session, so the keys are the unlocked card's.
            return self._read_public_keys(self._session, self._session_serial or "")
        token = self._find_token()
        if token is None:
            raise TokenAbsent()
        serial = _serial_of(token)
        if serial in self._public_cache:
            return self._public_cache[serial]
        try:
            with token.open() as session:
                return self._read_public_keys(session, serial)
        except _REMOVAL_ERRORS:
            raise TokenAbsent() from None
        except pkcs11.PKCS11Error as exc:
            raise TokenError(f"Your smart card could not be read ({type(exc).__name__}).") \
                from None

    def _read_public_keys(self, session: pkcs11.Session, serial: str) -> PublicKeys:
        if serial in self._public_cache:
            return self._public_cache[serial]
        pems: list[bytes] = []
        for label in (self.config.auth_key_label, self.config.wrap_key_label):
            try:
                key = session.get_key(ObjectClass.PUBLIC_KEY, label=label)
            except pkcs11.NoSuchKey:
                raise TokenError("This smart card has not been issued for this system (its "
                                 "keys are missing). Call your helpdesk.") from None
            except pkcs11.PKCS11Error as exc:
                raise self._session_failure(exc, "be read") from None
            pems.append(_public_pem(key))
        keys = PublicKeys(pems[0], pems[1])
        self._public_cache[serial] = keys
        return keys

    def _check_present_blocking(self) -> bool:
        _assert_token_thread()
        token = self._find_token()
        if token is None:
            self._forget_session()
            return False
        if self._session is None:
            return True
        if _serial_of(token) != self._session_serial:
            self._forget_session()  # a different card in the reader
            return False
        try:
            # Cheapest round trip that needs a live, logged-in session.
            self._auth_key[Attribute.SIGN]
        except (*_REMOVAL_ERRORS, pkcs11.UserNotLoggedIn):
            self._forget_session()
            return False
        except pkcs11.PKCS11Error:
            return True  # the card answered, just not as expected: it is there
        return True

    # -- public API -------------------------------------------------------------------------

    @property
    def logged_in_serial(self) -> str | None:
        """Serial of the card the current session is on, or ``None`` when locked."""
        return self._session_serial

    async def status(self) -> TokenStatus:
        """Presence, serial and PIN flags, read afresh; needs no PIN."""
        return await self._call(self._status_blocking)

    async def login(self, pin: bytearray) -> None:
        """Open a user session with ``pin``; the caller zeroes ``pin`` afterwards.

        Raises TokenAbsent, PinIncorrect, PinLocked, TooManyFailures or TokenError. Checks
        this workstation's failure counter and the card's locked flag before the PIN is
        offered, so a refused attempt never reaches the card.
        """
        await self._call(self._login_blocking, pin)

    async def logout(self) -> None:
        """Log out and close the session; harmless when not logged in or already gone."""
        await self._call(self._logout_blocking)

    async def sign(self, message: bytes) -> bytes:
        """RSA-PSS (SHA-256, MGF1-SHA-256, salt 32) with the authentication key."""
        return await self._call(self._sign_blocking, message)

    async def decrypt(self, ciphertext: bytes, algorithm: str) -> bytearray:
        """RSA-OAEP decryption with the key-management key; the caller zeroes the result."""
        return await self._call(self._decrypt_blocking, ciphertext, algorithm)

    async def public_keys(self) -> PublicKeys:
        """Both public keys; needs no PIN (when logged in, those of the unlocked card)."""
        return await self._call(self._public_keys_blocking)

    async def check_present(self) -> bool:
        """Poll for removal: card present and, when logged in, the session still alive.

        A ``False`` while logged in has already dropped the session: the caller locks.
        """
        return await self._call(self._check_present_blocking)

    def close(self) -> None:
        """Log out and stop using the card; safe to call more than once, from any thread."""
        if self._closed:
            return
        self._closed = True
        if getattr(_thread_marker, "is_token_thread", False):
            self._forget_session()
            return
        with contextlib.suppress(RuntimeError):  # executor already shut down
            self._executor.submit(self._forget_session).result(timeout=10)
