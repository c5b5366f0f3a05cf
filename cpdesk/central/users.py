"""Directory users: enrolment with a token's authentication key, suspension, token revocation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from argon2 import PasswordHasher
from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Engine, update

from cpdesk.central.auth import end_sessions, hash_password, load_auth_key
from cpdesk.central.db import users
from cpdesk.central.mediation import phone_key
from cpdesk.contract import ROLES, Email, LACode, Phone, Username


class UserError(ValueError):
    """A user could not be added or changed; the message says why."""


def add_user(
    engine: Engine,
    *,
    username: str,
    roles: Sequence[str],
    la: str,
    auth_public_key_pem: bytes,
    password: str,
    crb_date: dt.date,
    trained_on: dt.date | None,
    org: str = "Local authority",
    accredited: bool = True,
    status: str = "active",
    replace: bool = False,
    display_name: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    hasher: PasswordHasher | None = None,
) -> None:
    """Enrol a user; with ``replace`` an existing user is re-enrolled (new token, password)."""
    try:
        TypeAdapter(Username).validate_python(username)
        TypeAdapter(LACode).validate_python(la)
    except ValidationError as exc:
        raise UserError(f"invalid username or LA code: {exc.errors()[0]['msg']}") from None
    unknown = [r for r in roles if r not in ROLES]
    if not roles or unknown:
        raise UserError(f"roles must be among {', '.join(ROLES)}")
    if status not in ("active", "suspended"):
        raise UserError("status must be active or suspended")
    if not password:
        raise UserError("the password is empty")
    try:
        load_auth_key(auth_public_key_pem)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    try:
        if phone is not None:
            TypeAdapter(Phone).validate_python(phone)
        if email is not None:
            TypeAdapter(Email).validate_python(email)
    except ValidationError:
        raise UserError("the phone number or email address is not in a usable form") from None
    if display_name is not None and not 0 < len(display_name) <= 200:
        raise UserError("the display name must be 1 to 200 characters")
    row = {
        "username": username,
        # argon2id; a hash records its own parameters, so a kit or a test may choose cheaper
        # ones for throwaway accounts and sign-in still verifies them.
        "password_hash": hasher.hash(password) if hasher else hash_password(password),
        "roles": ",".join(dict.fromkeys(roles)),
        "la": la,
        "org": org,
        "accredited": accredited,
        "status": status,
        "crb_date": crb_date.isoformat(),
        "trained_on": trained_on.isoformat() if trained_on else None,
        "auth_public_key": auth_public_key_pem.decode("ascii"),
        "token_revoked": False,
        "display_name": display_name,
        # Registered contacts, compared as mediators and the helpdesk will look them up.
        "phone": phone_key(phone) if phone else None,
        "email": email,
    }
    with engine.begin() as conn:
        existing = conn.execute(users.select().where(users.c.username == username)).first()
        if existing is not None and not replace:
            raise UserError(f"user {username} already exists")
        if existing is not None:
            # A re-enrolled user has a new card: sessions signed by the old one end now.
            end_sessions(conn, username)
            conn.execute(users.delete().where(users.c.username == username))
        conn.execute(users.insert().values(**row))


def set_user(engine: Engine, username: str, *, end_now: bool = False,
             **values: object) -> None:
    """Change a user's row; with ``end_now`` their sessions end in the same transaction."""
    with engine.begin() as conn:
        changed = conn.execute(
            update(users).where(users.c.username == username).values(**values)
        ).rowcount
        if changed == 1 and end_now:
            end_sessions(conn, username)
    if changed != 1:
        raise UserError(f"no user {username}")


def suspend(engine: Engine, username: str) -> None:
    set_user(engine, username, status="suspended", end_now=True)


def revoke_token(engine: Engine, username: str) -> None:
    set_user(engine, username, token_revoked=True, end_now=True)
