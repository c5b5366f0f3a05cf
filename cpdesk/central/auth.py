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
import functools
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from sqlalchemy import Connection, Engine, select, text, update

from cpdesk.central.db import (
    access_tokens,
    challenges,
    get_meta,
    reading,
    sessions,
    throttles,
    users,
)
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import Viewer, capabilities
from cpdesk.contract import (
    ChallengeResponse,
    ProblemType,
    RealmInfo,
    SessionResponse,
    UserInfo,
    login_message,
)
from cpdesk.dates import anniversary, today_london

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


@dataclass(frozen=True)
class Limit:
    """At most ``count`` events per key in a fixed window of ``window`` seconds."""

    count: int
    window: int


@dataclass(frozen=True)
class RateLimits:
    """The sign-in throttles.

    A bad token signature proves nothing about who is typing, so it counts against the
    address (and the address with that username) only: a stranger without the card can
    never lock the real user out. A good signature with a wrong password means the card is
    in someone's hand: that counts against the user and locks the account for the window.
    """

    failures_per_user: Limit = Limit(5, 900)
    failures_per_address: Limit = Limit(30, 900)
    failures_per_address_user: Limit = Limit(10, 900)
    challenges_per_address: Limit = Limit(120, 60)


class Throttles:
    """Counters kept in the database, so that every worker process counts as one.

    Each hit is one atomic upsert that returns the new count: parallel attempts cannot all
    read "4 so far" and go through together.
    """

    _HIT = text(
        "INSERT INTO throttles (key, window_start, count) VALUES (:key, :now, 1) "
        "ON CONFLICT (key) DO UPDATE SET "
        "count = CASE WHEN throttles.window_start <= :expired THEN 1 "
        "ELSE throttles.count + 1 END, "
        "window_start = CASE WHEN throttles.window_start <= :expired THEN :now "
        "ELSE throttles.window_start END "
        "RETURNING count, window_start"
    )

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock

    def _now(self) -> int:
        return _epoch(self.clock())

    def hit(self, key: str, limit: Limit) -> int:
        """Count one event; the count in the current window, this one included."""
        now = self._now()
        with self.engine.begin() as conn:
            row = conn.execute(self._HIT, {"key": key[:200], "now": now,
                                           "expired": now - limit.window}).one()
        return int(row[0])

    def retry_after(self, key: str, limit: Limit) -> int | None:
        """Seconds to wait when the key has reached its limit, else ``None``."""
        now = self._now()
        with reading(self.engine) as conn:
            row = conn.execute(select(throttles.c.window_start, throttles.c.count)
                               .where(throttles.c.key == key[:200])).first()
        if row is None:
            return None
        start, count = int(row[0]), int(row[1])
        if start <= now - limit.window or count < limit.count:
            return None
        return max(1, start + limit.window - now)

    def clear(self, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(throttles.delete().where(throttles.c.key == key[:200]))


def _refuse_rate(wait: int, message: str = "Too many failed attempts. Wait before trying "
                 "again.") -> ServiceProblem:
    return ServiceProblem(ProblemType.RATE_LIMITED, message, retry_after=wait)


def realm(engine: Engine) -> RealmInfo:
    name = get_meta(engine, "realm_name") or DEFAULT_REALM
    training = (get_meta(engine, "realm_training") or "true") == "true"
    return RealmInfo(name=name, training=training)


def _epoch(moment: dt.datetime) -> int:
    return int(moment.timestamp())


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


_BAD_CREDENTIALS: Final = "The username, password or security token is not right."


def _bad_credentials() -> ServiceProblem:
    return ServiceProblem(ProblemType.BAD_CREDENTIALS, _BAD_CREDENTIALS)


@functools.cache
def _stand_in_key() -> str:
    """A key no one holds, to check an unknown user's signature against: the same work and
    the same refusal as for a known user with the wrong card."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def end_sessions(conn: Connection, username: str) -> None:
    """End every session of the user at once, with every access token issued in them."""
    ids = select(sessions.c.id).where(sessions.c.username == username)
    conn.execute(update(access_tokens).where(access_tokens.c.session_id.in_(ids))
                 .values(revoked=True))
    conn.execute(update(sessions).where(sessions.c.username == username).values(ended=True))


class Authenticator:
    """Issues challenges, sessions and access tokens; resolves bearer tokens to viewers.

    Sign-in checks the factors cheapest and most telling first: the challenge, then the
    token's signature (it proves the card is present), then the password (argon2id, slow),
    and only then the account's standing — so a refusal about the account (revoked token,
    suspension, stale CRB) is said only to someone who holds both factors.
    """

    def __init__(self, engine: Engine, *, clock: Clock = system_clock,
                 limits: RateLimits | None = None) -> None:
        self.engine = engine
        self.clock = clock
        self.limits = limits or RateLimits()
        self.throttles = Throttles(engine, clock)

    # -- throttles -------------------------------------------------------------------------

    @staticmethod
    def _keys(username: str, address: str) -> tuple[str, str, str]:
        name = username.lower()
        return f"address:{address}", f"address-user:{address}|{name}", f"user:{name}"

    def _check_address(self, username: str, address: str) -> None:
        """Back-off after bad signatures from this address (with this username, or any)."""
        by_address, by_pair, _ = self._keys(username, address)
        waits = [self.throttles.retry_after(by_address, self.limits.failures_per_address),
                 self.throttles.retry_after(by_pair, self.limits.failures_per_address_user)]
        wait = max((w for w in waits if w is not None), default=None)
        if wait is not None:
            raise _refuse_rate(wait)

    def _bad_signature(self, username: str, address: str) -> ServiceProblem:
        by_address, by_pair, _ = self._keys(username, address)
        self.throttles.hit(by_address, self.limits.failures_per_address)
        self.throttles.hit(by_pair, self.limits.failures_per_address_user)
        return _bad_credentials()

    # -- challenges ------------------------------------------------------------------------

    def challenge(self, username: str, address: str) -> ChallengeResponse:
        limit = self.limits.challenges_per_address
        if self.throttles.hit(f"challenge:{address}", limit) > limit.count:
            wait = self.throttles.retry_after(f"challenge:{address}", limit) or limit.window
            raise _refuse_rate(wait, "Too many sign-in attempts.")
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
        info = realm(self.engine)
        return ChallengeResponse(challenge_id=challenge_id, nonce=nonce, realm=info.name,
                                 training=info.training, expires_at=expires)

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
        with reading(self.engine) as conn:
            row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
        return dict(row) if row else None

    def _check_standing(self, user: dict[str, Any]) -> None:
        """Refusals about the account itself, each with its own problem type."""
        today = today_london(self.clock())
        if user["token_revoked"]:
            raise ServiceProblem(ProblemType.TOKEN_REVOKED,
                                 "This security token has been revoked.")
        if user["status"] != "active":
            raise ServiceProblem(ProblemType.SUSPENDED, "This account is suspended.")
        if not user["accredited"]:
            raise ServiceProblem(ProblemType.NOT_ACCREDITED,
                                 "The user's organisation is not accredited.")
        crb = dt.date.fromisoformat(user["crb_date"])
        if anniversary(crb, CRB_VALIDITY_YEARS) < today:
            raise ServiceProblem(ProblemType.CRB_EXPIRED,
                                 "The user's CRB disclosure is more than three years old.")
        if not user["trained_on"] or dt.date.fromisoformat(user["trained_on"]) > today:
            raise ServiceProblem(ProblemType.TRAINING,
                                 "The user has not completed ContactPoint training.")

    def _issue(self, conn: Connection, session_id: str, session_expires: dt.datetime,
               user: dict[str, Any]) -> SessionResponse:
        now = self.clock()
        access_token = secrets.token_urlsafe(32)
        logout_token = secrets.token_urlsafe(32)
        expires = min(now + ACCESS_TTL, session_expires)
        conn.execute(update(access_tokens).where(access_tokens.c.session_id == session_id)
                     .values(revoked=True))
        conn.execute(access_tokens.insert().values(
            token_hash=_token_hash(access_token), session_id=session_id,
            expires_at=_epoch(expires), revoked=False,
        ))
        conn.execute(update(sessions).where(sessions.c.id == session_id)
                     .values(logout_hash=_token_hash(logout_token)))
        viewer = _viewer(user)
        return SessionResponse(
            session_id=session_id,
            access_token=access_token,
            logout_token=logout_token,
            expires_at=expires,
            session_expires_at=session_expires,
            user=UserInfo(username=user["username"], roles=user["roles"].split(","),
                          la=user["la"], capabilities=capabilities(viewer)),
            realm=realm(self.engine),
        )

    def _signature_ok(self, user: dict[str, Any] | None, username: str, challenge_id: str,
                      nonce: str, signature: str) -> bool:
        message = login_message(realm(self.engine).name, username, challenge_id, nonce)
        pem = user["auth_public_key"] if user is not None else _stand_in_key()
        return verify_signature(pem, message, signature)

    def login(self, username: str, password: str, challenge_id: str, signature: str,
              address: str) -> SessionResponse:
        self._check_address(username, address)
        try:
            nonce = self._consume_challenge(challenge_id, username)
        except ServiceProblem:
            self._bad_signature(username, address)
            raise
        user = self._user(username)
        if user is None or not self._signature_ok(user, username, challenge_id, nonce,
                                                  signature):
            if user is None:
                self._signature_ok(None, username, challenge_id, nonce, signature)
            raise self._bad_signature(username, address)
        # The card is in someone's hand: count the attempt against the user before the slow
        # password check, atomically, so parallel attempts cannot slip past the limit.
        _, _, by_user = self._keys(username, address)
        limit = self.limits.failures_per_user
        if self.throttles.hit(by_user, limit) > limit.count:
            raise _refuse_rate(self.throttles.retry_after(by_user, limit) or limit.window)
        password_ok: bool
        try:
            password_ok = _hasher.verify(user["password_hash"], password)
        except (VerificationError, InvalidHashError):
            password_ok = False
        if not password_ok:
            raise _bad_credentials()
        self.throttles.clear(by_user)
        self._check_standing(user)
        now = self.clock()
        session_id = secrets.token_urlsafe(32)
        session_expires = now + SESSION_TTL
        with self.engine.begin() as conn:
            conn.execute(sessions.insert().values(
                id=session_id, username=username, created_at=_epoch(now),
                expires_at=_epoch(session_expires), ended=False,
            ))
            return self._issue(conn, session_id, session_expires, user)

    def _live_session(self, session_id: str) -> dict[str, Any]:
        with reading(self.engine) as conn:
            query = select(sessions).where(sessions.c.id == session_id)
            row = conn.execute(query).mappings().first()
        if row is None or row["ended"] or row["expires_at"] <= _epoch(self.clock()):
            raise ServiceProblem(ProblemType.SESSION_ENDED,
                                 "The session has ended. Sign in again.")
        return dict(row)

    def renew(self, session_id: str, challenge_id: str, signature: str,
              address: str) -> SessionResponse:
        """A fresh access token within the session's lifetime: token + PIN, no password."""
        self._check_address("", address)
        try:
            session = self._live_session(session_id)
        except ServiceProblem:
            self._bad_signature("", address)
            raise
        username = session["username"]
        self._check_address(username, address)
        nonce = self._consume_challenge(challenge_id, username)
        user = self._user(username)
        if user is None:
            raise ServiceProblem(ProblemType.SESSION_ENDED, "The session has ended.")
        if not self._signature_ok(user, username, challenge_id, nonce, signature):
            raise self._bad_signature(username, address)
        self._check_standing(user)
        session_expires = dt.datetime.fromtimestamp(session["expires_at"], dt.UTC)
        with self.engine.begin() as conn:
            return self._issue(conn, session_id, session_expires, user)

    def logout(self, session_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(sessions).where(sessions.c.id == session_id).values(ended=True))
            conn.execute(update(access_tokens).where(access_tokens.c.session_id == session_id)
                         .values(revoked=True))

    def logout_with_token(self, logout_token: str) -> str | None:
        """End the session this logout token belongs to; its username, or ``None``."""
        with self.engine.begin() as conn:
            row = conn.execute(select(sessions.c.id, sessions.c.username, sessions.c.ended)
                               .where(sessions.c.logout_hash == _token_hash(logout_token))
                               ).first()
        if row is None or row.ended:
            return None
        self.logout(row.id)
        return str(row.username)

    def resolve(self, bearer: str | None) -> tuple[Viewer, str]:
        """The viewer behind a bearer token, and the token's session id."""
        if not bearer:
            raise ServiceProblem(ProblemType.UNAUTHENTICATED, "Sign in to use the directory.")
        now = _epoch(self.clock())
        # One statement, token, session and account together: it runs on every request.
        with reading(self.engine) as conn:
            row = conn.execute(
                select(access_tokens.c.session_id, access_tokens.c.revoked,
                       access_tokens.c.expires_at, sessions.c.username, sessions.c.ended,
                       sessions.c.expires_at.label("session_expires"),
                       *(c.label(f"user_{c.name}") for c in users.c))
                .join(sessions, sessions.c.id == access_tokens.c.session_id)
                .outerjoin(users, users.c.username == sessions.c.username)
                .where(access_tokens.c.token_hash == _token_hash(bearer))
            ).mappings().first()
        if (row is None or row["revoked"] or row["ended"] or row["expires_at"] <= now
                or row["session_expires"] <= now):
            raise ServiceProblem(ProblemType.UNAUTHENTICATED,
                                 "The access token is not valid or has expired.")
        if row["user_username"] is None:
            raise ServiceProblem(ProblemType.UNAUTHENTICATED, "The account no longer exists.")
        user = {c.name: row[f"user_{c.name}"] for c in users.c}
        self._check_standing(user)
        return _viewer(user), str(row["session_id"])


def _viewer(user: dict[str, Any]) -> Viewer:
    return Viewer(username=user["username"], roles=frozenset(user["roles"].split(",")),
                  la=user["la"])
