"""Two-factor, token-bound authentication: password + a signature from the user's token.

The service hands out a single-use challenge; the client's hardware token signs it together
with the realm and username; the password is checked with argon2id. Nothing in a refusal
tells an unknown username from a wrong password. Account-state refusals (revoked token,
suspended account, stale CRB disclosure…) are given only after both factors were right, so
they reveal nothing to someone who holds neither.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from sqlalchemy import Engine, select, update

from cpdesk.central.db import access_tokens, challenges, get_meta, sessions, users
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import Viewer
from cpdesk.contract import (
    ChallengeResponse,
    ProblemType,
    RealmInfo,
    SessionResponse,
    UserInfo,
    login_message,
)

CHALLENGE_TTL: Final = dt.timedelta(seconds=60)
ACCESS_TTL: Final = dt.timedelta(minutes=15)
SESSION_TTL: Final = dt.timedelta(hours=12)
CRB_VALIDITY_YEARS: Final = 3
DEFAULT_REALM: Final = "training"

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
_DUMMY_HASH: Final = _hasher.hash(secrets.token_urlsafe(16))

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def load_auth_key(pem: bytes) -> rsa.RSAPublicKey:
    """The user's token authentication key; only RSA of 2048 bits or more is accepted."""
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, rsa.RSAPublicKey) or key.key_size < 2048:
        raise ValueError("the authentication key must be an RSA public key of 2048 bits or more")
    return key


def verify_signature(pem: str, message: bytes, signature_b64: str) -> bool:
    try:
        key = load_auth_key(pem.encode())
        key.verify(
            base64.b64decode(signature_b64, validate=True),
            message,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
            hashes.SHA256(),
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a non-leap year
        return day.replace(year=day.year + years, month=3, day=1)


@dataclass
class SlidingWindow:
    """Counts events per key over a time window; thread-safe."""

    limit: int
    window_seconds: float
    _events: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def retry_after(self, key: str, now: float) -> int | None:
        with self._lock:
            events = self._events.get(key)
            if not events:
                return None
            while events and events[0] <= now - self.window_seconds:
                events.popleft()
            if len(events) < self.limit:
                return None
            return max(1, int(events[0] + self.window_seconds - now) + 1)

    def hit(self, key: str, now: float) -> None:
        with self._lock:
            self._events.setdefault(key, deque()).append(now)

    def clear(self, key: str) -> None:
        with self._lock:
            self._events.pop(key, None)


@dataclass
class RateLimits:
    failures_per_user: SlidingWindow = field(default_factory=lambda: SlidingWindow(5, 900))
    failures_per_address: SlidingWindow = field(default_factory=lambda: SlidingWindow(30, 900))
    challenges_per_address: SlidingWindow = field(
        default_factory=lambda: SlidingWindow(120, 60)
    )


def realm(engine: Engine) -> RealmInfo:
    name = get_meta(engine, "realm_name") or DEFAULT_REALM
    training = (get_meta(engine, "realm_training") or "true") == "true"
    return RealmInfo(name=name, training=training)


def _epoch(moment: dt.datetime) -> int:
    return int(moment.timestamp())


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Authenticator:
    """Issues challenges, sessions and access tokens; resolves bearer tokens to viewers."""

    def __init__(self, engine: Engine, *, clock: Clock = system_clock,
                 limits: RateLimits | None = None) -> None:
        self.engine = engine
        self.clock = clock
        self.limits = limits or RateLimits()

    # -- rate limiting ---------------------------------------------------------------------

    def _check_rate(self, username: str | None, address: str) -> None:
        now = time.monotonic()
        waits = [self.limits.failures_per_address.retry_after(address, now)]
        if username is not None:
            waits.append(self.limits.failures_per_user.retry_after(username.lower(), now))
        wait = max((w for w in waits if w is not None), default=None)
        if wait is not None:
            raise ServiceProblem(
                ProblemType.RATE_LIMITED,
                "Too many failed attempts. Wait before trying again.",
                retry_after=wait,
            )

    def _failed(self, username: str, address: str) -> None:
        now = time.monotonic()
        self.limits.failures_per_user.hit(username.lower(), now)
        self.limits.failures_per_address.hit(address, now)

    # -- challenges ------------------------------------------------------------------------

    def challenge(self, username: str, address: str) -> ChallengeResponse:
        now_mono = time.monotonic()
        wait = self.limits.challenges_per_address.retry_after(address, now_mono)
        if wait is not None:
            raise ServiceProblem(ProblemType.RATE_LIMITED, "Too many sign-in attempts.",
                                 retry_after=wait)
        self.limits.challenges_per_address.hit(address, now_mono)
        now = self.clock()
        challenge_id = secrets.token_urlsafe(32)
        nonce = base64.b64encode(secrets.token_bytes(32)).decode()
        expires = now + CHALLENGE_TTL
        with self.engine.begin() as conn:
            conn.execute(challenges.delete().where(challenges.c.expires_at < _epoch(now) - 3600))
            conn.execute(challenges.insert().values(
                id=challenge_id, username=username, nonce=nonce,
                expires_at=_epoch(expires), used=False,
            ))
        return ChallengeResponse(challenge_id=challenge_id, nonce=nonce,
                                 realm=realm(self.engine).name, expires_at=expires)

    def _consume_challenge(self, challenge_id: str, username: str) -> str:
        """Mark the challenge used and return its nonce; refuse expired or reused ones."""
        now = _epoch(self.clock())
        with self.engine.begin() as conn:
            row = conn.execute(
                select(challenges).where(challenges.c.id == challenge_id)
            ).mappings().first()
            if row is None or row["username"] != username:
                raise ServiceProblem(ProblemType.CHALLENGE, "The sign-in challenge is not valid.")
            taken = conn.execute(
                update(challenges)
                .where(challenges.c.id == challenge_id, challenges.c.used.is_(False))
                .values(used=True)
            ).rowcount
        if taken != 1 or row["expires_at"] < now:
            raise ServiceProblem(ProblemType.CHALLENGE,
                                 "The sign-in challenge has expired or was already used.")
        return str(row["nonce"])

    # -- sessions --------------------------------------------------------------------------

    def _user(self, username: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
        return dict(row) if row else None

    def _check_standing(self, user: dict[str, Any]) -> None:
        """Refusals about the account itself, each with its own problem type."""
        today = self.clock().date()
        if user["token_revoked"]:
            raise ServiceProblem(ProblemType.TOKEN_REVOKED,
                                 "This security token has been revoked.")
        if user["status"] != "active":
            raise ServiceProblem(ProblemType.SUSPENDED, "This account is suspended.")
        if not user["accredited"]:
            raise ServiceProblem(ProblemType.NOT_ACCREDITED,
                                 "The user's organisation is not accredited.")
        crb = dt.date.fromisoformat(user["crb_date"])
        if add_years(crb, CRB_VALIDITY_YEARS) < today:
            raise ServiceProblem(ProblemType.CRB_EXPIRED,
                                 "The user's CRB disclosure is more than three years old.")
        if not user["trained_on"] or dt.date.fromisoformat(user["trained_on"]) > today:
            raise ServiceProblem(ProblemType.TRAINING,
                                 "The user has not completed ContactPoint training.")

    def _issue(self, conn: Any, session_id: str, session_expires: dt.datetime,
               user: dict[str, Any]) -> SessionResponse:
        now = self.clock()
        access_token = secrets.token_urlsafe(32)
        expires = min(now + ACCESS_TTL, session_expires)
        conn.execute(update(access_tokens).where(access_tokens.c.session_id == session_id)
                     .values(revoked=True))
        conn.execute(access_tokens.insert().values(
            token_hash=_token_hash(access_token), session_id=session_id,
            expires_at=_epoch(expires), revoked=False,
        ))
        return SessionResponse(
            session_id=session_id,
            access_token=access_token,
            expires_at=expires,
            session_expires_at=session_expires,
            user=UserInfo(username=user["username"], roles=user["roles"].split(","),
                          la=user["la"]),
            realm=realm(self.engine),
        )

    def login(self, username: str, password: str, challenge_id: str, signature: str,
              address: str) -> SessionResponse:
        self._check_rate(username, address)
        try:
            nonce = self._consume_challenge(challenge_id, username)
        except ServiceProblem:
            self._failed(username, address)
            raise
        user = self._user(username)
        password_ok: bool
        try:
            password_ok = _hasher.verify(user["password_hash"] if user else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            password_ok = False
        if user is None or not password_ok:
            self._failed(username, address)
            raise ServiceProblem(ProblemType.BAD_CREDENTIALS,
                                 "The username, password or security token is not right.")
        self._check_token(user, challenge_id, nonce, signature, address)
        self.limits.failures_per_user.clear(username.lower())
        now = self.clock()
        session_id = secrets.token_urlsafe(32)
        session_expires = now + SESSION_TTL
        with self.engine.begin() as conn:
            conn.execute(sessions.insert().values(
                id=session_id, username=username, created_at=_epoch(now),
                expires_at=_epoch(session_expires), ended=False,
            ))
            return self._issue(conn, session_id, session_expires, user)

    def _check_token(self, user: dict[str, Any], challenge_id: str, nonce: str,
                     signature: str, address: str) -> None:
        """The second factor: the enrolled token signed this challenge, in this realm."""
        if user["token_revoked"]:
            raise ServiceProblem(ProblemType.TOKEN_REVOKED, "This security token has been revoked.")
        username = user["username"]
        message = login_message(realm(self.engine).name, username, challenge_id, nonce)
        if not verify_signature(user["auth_public_key"], message, signature):
            self._failed(username, address)
            raise ServiceProblem(ProblemType.BAD_CREDENTIALS,
                                 "The username, password or security token is not right.")
        self._check_standing(user)

    def _live_session(self, session_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            query = select(sessions).where(sessions.c.id == session_id)
            row = conn.execute(query).mappings().first()
        if row is None or row["ended"] or row["expires_at"] <= _epoch(self.clock()):
            raise ServiceProblem(ProblemType.SESSION_ENDED,
                                 "The session has ended. Sign in again.")
        return dict(row)

    def renew(self, session_id: str, challenge_id: str, signature: str,
              address: str) -> SessionResponse:
        """A fresh access token within the session's lifetime: token + PIN, no password."""
        self._check_rate(None, address)
        session = self._live_session(session_id)
        username = session["username"]
        self._check_rate(username, address)
        nonce = self._consume_challenge(challenge_id, username)
        user = self._user(username)
        if user is None:
            raise ServiceProblem(ProblemType.SESSION_ENDED, "The session has ended.")
        self._check_token(user, challenge_id, nonce, signature, address)
        session_expires = dt.datetime.fromtimestamp(session["expires_at"], dt.UTC)
        with self.engine.begin() as conn:
            return self._issue(conn, session_id, session_expires, user)

    def logout(self, session_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(sessions).where(sessions.c.id == session_id).values(ended=True))
            conn.execute(update(access_tokens).where(access_tokens.c.session_id == session_id)
                         .values(revoked=True))

    def resolve(self, bearer: str | None) -> tuple[Viewer, str]:
        """The viewer behind a bearer token, and the token's session id."""
        if not bearer:
            raise ServiceProblem(ProblemType.UNAUTHENTICATED, "Sign in to use the directory.")
        now = _epoch(self.clock())
        with self.engine.connect() as conn:
            row = conn.execute(
                select(access_tokens, sessions.c.username, sessions.c.ended,
                       sessions.c.expires_at.label("session_expires"))
                .join(sessions, sessions.c.id == access_tokens.c.session_id)
                .where(access_tokens.c.token_hash == _token_hash(bearer))
            ).mappings().first()
        if (row is None or row["revoked"] or row["ended"] or row["expires_at"] <= now
                or row["session_expires"] <= now):
            raise ServiceProblem(ProblemType.UNAUTHENTICATED,
                                 "The access token is not valid or has expired.")
        user = self._user(row["username"])
        if user is None:
            raise ServiceProblem(ProblemType.UNAUTHENTICATED, "The account no longer exists.")
        self._check_standing(user)
        viewer = Viewer(username=user["username"], roles=frozenset(user["roles"].split(",")),
                        la=user["la"])
        return viewer, str(row["session_id"])
