"""Every workflow write is idempotent: the client chooses a ``request_id`` per write.

The same caller sending the same ``request_id`` with the same body gets the stored result
again (200, after the caller's right to it is checked again); with another body, or on
another route, 409. Another caller's identical ID is unrelated. The key is claimed in the
same transaction as the write, before it, so two copies racing (a client resending after a
crash while the first is still in flight) make one item, never two: on PostgreSQL the second
insert waits for the first transaction and then finds the key taken; SQLite has one writer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import IntegrityError

from cpdesk.central.db import idempotency
from cpdesk.central.errors import ServiceProblem
from cpdesk.contract import ProblemType


@dataclass(frozen=True)
class Outcome:
    """What a write answered: its status and its JSON body."""

    status: int
    body: dict[str, Any]
    replayed: bool = False


def body_hash(body: BaseModel) -> str:
    canonical = json.dumps(body.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _reused() -> ServiceProblem:
    return ServiceProblem(ProblemType.REQUEST_ID_REUSED,
                          "This request ID was already used with other details.")


def run_once(engine: Engine, *, username: str, route: str, body: BaseModel, now: int,
             authorize: Callable[[Connection], object],
             perform: Callable[[Connection], tuple[int, BaseModel]],
             recheck: Callable[[Connection], object] | None = None) -> Outcome:
    """Perform the write once per (caller, ``body.request_id``); replays get the stored answer.

    ``authorize`` checks the caller may act at all; ``perform`` checks the item's state and
    writes, in the same transaction as the claim on the key. On a replay ``recheck`` (by
    default ``authorize``) runs again first, so someone whose access has gone since cannot
    read the stored answer.
    """
    request_id = str(getattr(body, "request_id"))  # noqa: B009 — every workflow body has one
    digest = body_hash(body)
    for _attempt in range(2):
        try:
            with engine.begin() as conn:
                stored = conn.execute(select(idempotency).where(
                    idempotency.c.username == username,
                    idempotency.c.request_id == request_id)).mappings().first()
                if stored is not None:
                    if stored["route"] != route or stored["body_hash"] != digest:
                        raise _reused()
                    (recheck or authorize)(conn)
                    return Outcome(200, json.loads(stored["response"]), replayed=True)
                authorize(conn)
                conn.execute(idempotency.insert().values(
                    username=username, request_id=request_id, route=route[:80],
                    body_hash=digest, status=0, response="{}", created_at=now))
                status, answer = perform(conn)
                body_json = answer.model_dump(mode="json", exclude_none=True)
                conn.execute(update(idempotency).where(
                    idempotency.c.username == username,
                    idempotency.c.request_id == request_id).values(
                    status=status, response=json.dumps(body_json, separators=(",", ":"))))
                return Outcome(status, body_json)
        except IntegrityError:
            # Either the same caller's copy got there first (read its answer on the second
            # pass), or the item's ID is another caller's: that is a conflict, said plainly.
            continue
    raise _reused()
