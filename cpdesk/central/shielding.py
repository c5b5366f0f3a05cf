"""Shielding as a workflow: request, decide, apply, confirm, review, lift.

A practitioner requests a shield on behalf of a family; a ContactPoint manager of the LA that
owns the child decides, against the statutory grounds, for the whole household at the address
(an unshielded sibling's address would give the shielded child away); shields are reviewed and
may be lifted, again per household. The ``shields`` table is authoritative: setting or lifting
a shield sets the child's ``shielded`` flag, which every search and record view reads on the
next request of every user.

Who may do what is asked of the policy (``is_decider``, ``decides_for``); this module keeps the
states and the household rule.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, and_, or_, select, update

from cpdesk.central.db import children, shielding_requests, shields
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import ROLE_TITLES, Viewer, decides_for, is_decider, may_search
from cpdesk.central.records import shield_summary
from cpdesk.contract import (
    FieldError,
    HouseholdChild,
    InterimShieldCreate,
    ProblemType,
    Shield,
    ShieldConfirm,
    ShieldingDecision,
    ShieldingRequest,
    ShieldingRequestCreate,
    ShieldReview,
)
from cpdesk.dates import anniversary

CONFIRM_WITHIN: Final = dt.timedelta(hours=72)
REVIEW_SOON_DAYS: Final = 30


def not_found() -> ServiceProblem:
    return ServiceProblem(ProblemType.NOT_FOUND, "There is no such item for you.")


def forbidden(what: str) -> ServiceProblem:
    return ServiceProblem(ProblemType.FORBIDDEN, f"Your role does not include {what}.")


def conflict(detail: str) -> ServiceProblem:
    return ServiceProblem(ProblemType.CONFLICT, detail)


def _moment(epoch: int | None) -> dt.datetime | None:
    return None if epoch is None else dt.datetime.fromtimestamp(epoch, dt.UTC)


@dataclass(frozen=True)
class Clock:
    """One request's "now", in the two forms the tables keep."""

    now: dt.datetime
    today: dt.date

    @property
    def epoch(self) -> int:
        return int(self.now.timestamp())


# --- children and households --------------------------------------------------------------


def live_child(conn: Connection, child_id: str, today: dt.date) -> Mapping[str, Any] | None:
    """The child's row, or ``None`` when there is no such child or the record is archived."""
    row = conn.execute(select(children.c.id, children.c.la, children.c.shielded,
                              children.c.address_key, children.c.forenames,
                              children.c.surname, children.c.dob)
                       .where(children.c.id == child_id,
                              children.c.archive_on > today.isoformat())).mappings().first()
    return None if row is None else dict(row)


def at_address(conn: Connection, child: Mapping[str, Any],
               today: dt.date) -> list[Mapping[str, Any]]:
    """The other live children at the same address (same folded address key)."""
    if not child["address_key"]:
        return []
    rows = conn.execute(select(children.c.id, children.c.la, children.c.shielded,
                               children.c.forenames, children.c.surname, children.c.dob)
                        .where(children.c.address_key == child["address_key"],
                               children.c.id != child["id"],
                               children.c.archive_on > today.isoformat())
                        .order_by(children.c.dob, children.c.id).limit(200)).mappings().all()
    return [dict(r) for r in rows]


def household(conn: Connection, child: Mapping[str, Any],
              today: dt.date) -> tuple[list[HouseholdChild], int]:
    """The other children of the same LA at the address, and how many of other LAs."""
    others = at_address(conn, child, today)
    same = [HouseholdChild(id=o["id"], forenames=o["forenames"], surname=o["surname"],
                           dob=o["dob"]) for o in others if o["la"] == child["la"]]
    return same[:50], sum(1 for o in others if o["la"] != child["la"])


# --- shields -------------------------------------------------------------------------------


def apply(conn: Connection, *, child_id: str, la: str, ground: str, by: str, clock: Clock,
          review_on: str, interim: bool, request_id: str | None) -> None:
    """Shield the child from the next request on (a lifted shield is replaced)."""
    values = {"la": la, "ground": ground, "status": "active", "applied_at": clock.epoch,
              "applied_by": by, "review_on": review_on, "interim": interim,
              "confirm_by": clock.epoch + int(CONFIRM_WITHIN.total_seconds()) if interim
              else None, "request_id": request_id, "lifted_at": None}
    if conn.execute(update(shields).where(shields.c.child_id == child_id)
                    .values(**values)).rowcount == 0:
        conn.execute(shields.insert().values(child_id=child_id, **values))
    conn.execute(update(children).where(children.c.id == child_id).values(shielded=True))


def shield_view(row: Mapping[str, Any]) -> Shield:
    summary = shield_summary(row)
    return Shield(child_id=row["child_id"], ground=summary.ground, status=row["status"],
                  applied_at=summary.applied_at, applied_by=summary.applied_by,
                  review_on=summary.review_on, interim=summary.interim,
                  confirm_by=summary.confirm_by, request_id=row["request_id"],
                  lifted_at=_moment(row["lifted_at"]))


def _shield_rows(conn: Connection, child_ids: Iterable[str]) -> list[Mapping[str, Any]]:
    ids = sorted(set(child_ids))
    rows = conn.execute(select(shields).where(shields.c.child_id.in_(ids))).mappings().all()
    order = {child_id: n for n, child_id in enumerate(ids)}
    return sorted((dict(r) for r in rows), key=lambda r: order[r["child_id"]])


def active_shield(conn: Connection, viewer: Viewer, child_id: str) -> Mapping[str, Any]:
    """An active shield the caller decides on: 403 for a role that never may, 404 otherwise."""
    if not is_decider(viewer):
        raise forbidden("deciding on shields")
    row = conn.execute(select(shields).where(shields.c.child_id == child_id,
                                             shields.c.status == "active")).mappings().first()
    if row is None or not decides_for(viewer, row["la"]):
        raise not_found()
    return dict(row)


def any_shield(conn: Connection, viewer: Viewer, child_id: str) -> Mapping[str, Any]:
    """A shield of the caller's LA, active or lifted (a replayed review finds it lifted)."""
    if not is_decider(viewer):
        raise forbidden("deciding on shields")
    row = conn.execute(select(shields).where(shields.c.child_id == child_id)).mappings().first()
    if row is None or not decides_for(viewer, row["la"]):
        raise not_found()
    return dict(row)


def interim_shields(conn: Connection, viewer: Viewer, body: InterimShieldCreate,
                    clock: Clock) -> list[Shield]:
    """Shield at once, for 72 hours unless confirmed; unconfirmed, it stays and raises an
    alert — a shield is never dropped silently."""
    if not is_decider(viewer):
        raise forbidden("applying shields")
    rows = [live_child(conn, child_id, clock.today) for child_id in body.child_ids]
    if any(row is None or not decides_for(viewer, row["la"]) for row in rows):
        raise not_found()
    review_on = anniversary(clock.today, 1).isoformat()
    for row in rows:
        assert row is not None
        apply(conn, child_id=row["id"], la=row["la"], ground=body.ground,
              by=viewer.username, clock=clock, review_on=review_on, interim=True,
              request_id=body.request_id)
    return [shield_view(r) for r in _shield_rows(conn, body.child_ids)]


def confirm(conn: Connection, viewer: Viewer, child_id: str, body: ShieldConfirm,
            clock: Clock) -> Shield:
    del body  # the reason is kept by the client's record of the decision, never audited
    row = active_shield(conn, viewer, child_id)
    if not row["interim"]:
        raise conflict("This shield is not an interim shield awaiting confirmation.")
    conn.execute(update(shields).where(shields.c.child_id == child_id)
                 .values(interim=False, confirm_by=None))
    return shield_view(_shield_rows(conn, [child_id])[0])


def review_queue(conn: Connection, viewer: Viewer, clock: Clock) -> list[Shield]:
    """Own-LA shields due for review within 30 days, overdue first."""
    if not is_decider(viewer):
        raise forbidden("reviewing shields")
    horizon = (clock.today + dt.timedelta(days=REVIEW_SOON_DAYS)).isoformat()
    rows = conn.execute(select(shields).where(
        shields.c.la == viewer.la, shields.c.status == "active",
        shields.c.review_on <= horizon).order_by(shields.c.review_on, shields.c.child_id)
        .limit(500)).mappings().all()
    return [shield_view(dict(r)) for r in rows]


def interim_queue(conn: Connection, viewer: Viewer) -> list[Shield]:
    """Own-LA interim shields awaiting confirmation, the soonest due first."""
    if not is_decider(viewer):
        raise forbidden("confirming shields")
    rows = conn.execute(select(shields).where(
        shields.c.la == viewer.la, shields.c.status == "active", shields.c.interim.is_(True))
        .order_by(shields.c.confirm_by, shields.c.child_id).limit(500)).mappings().all()
    return [shield_view(dict(r)) for r in rows]


def review(conn: Connection, viewer: Viewer, child_id: str, body: ShieldReview,
           clock: Clock) -> list[Shield]:
    """Renew or lift, per household: never leave a sibling shielded at an unshielded address
    (or the reverse), because one child's address gives the other's away."""
    first = active_shield(conn, viewer, child_id)
    child = live_child(conn, child_id, clock.today)
    if child is None:
        raise not_found()
    neighbours = at_address(conn, child, clock.today)
    shielded_here = {n["id"]: n for n in neighbours if n["shielded"]}
    together = [child_id, *dict.fromkeys(i for i in body.child_ids if i != child_id)]
    strangers = [i for i in together[1:] if i not in shielded_here
                 or shielded_here[i]["la"] != first["la"]]
    if strangers:
        raise ServiceProblem(ProblemType.INVALID,
                             "Only shielded children at the same address can be reviewed "
                             "together.", errors=[FieldError(field="child_ids",
                                                             message=", ".join(strangers)[:500])])
    if body.outcome == "lift":
        left = [i for i in shielded_here if i not in together]
        if left:
            own = [i for i in left if shielded_here[i]["la"] == first["la"]]
            others = len(left) - len(own)
            detail = "Other children at this address are shielded"
            detail += f": {', '.join(own)}" if own else ""
            detail += f" (and {others} of another LA)" if others else ""
            raise conflict(detail + ". Review them together, or the lift would give their "
                                    "address away.")
        for target in together:
            conn.execute(update(shields).where(shields.c.child_id == target).values(
                status="lifted", lifted_at=clock.epoch, interim=False, confirm_by=None))
            conn.execute(update(children).where(children.c.id == target)
                         .values(shielded=False))
    else:
        review_on = body.review_on or anniversary(clock.today, 1).isoformat()
        if review_on <= clock.today.isoformat():
            raise ServiceProblem(ProblemType.INVALID, "The next review must be in the future.",
                                 errors=[FieldError(field="review_on", message="in the past")])
        for target in together:
            conn.execute(update(shields).where(shields.c.child_id == target).values(
                review_on=review_on, interim=False, confirm_by=None))
    return [shield_view(r) for r in _shield_rows(conn, together)]


# --- requests ------------------------------------------------------------------------------


def request_view(conn: Connection, row: Mapping[str, Any], viewer: Viewer,
                 clock: Clock) -> ShieldingRequest:
    """The request as this caller may see it (the caller is its requester or a decider)."""
    decider = decides_for(viewer, row["la"])
    requester = row["requested_by"] == viewer.username
    decided_by = row["decided_by"]
    if decided_by is not None and not decider:
        decided_by = ROLE_TITLES["cp_manager"]
    household_children: list[HouseholdChild] | None = None
    other_la: int | None = None
    if decider:
        child = live_child(conn, row["child_id"], clock.today)
        household_children, other_la = household(conn, child, clock.today) if child else ([], 0)
    return ShieldingRequest(
        request_id=row["request_id"], child_id=row["child_id"], ground=row["ground"],
        status=row["status"], urgent=bool(row["urgent"]), on_behalf_of=row["on_behalf_of"],
        include_household=bool(row["include_household"]),
        requested_by=row["requested_by"],
        requested_at=_moment(row["requested_at"]),  # type: ignore[arg-type]
        created_by=row["requested_by"],
        created_at=_moment(row["requested_at"]),  # type: ignore[arg-type]
        decided_by=decided_by, decided_at=_moment(row["decided_at"]),
        review_on=row["review_on"],
        justification=row["justification"] if requester or decider else None,
        decision_reason=row["decision_reason"] if requester or decider else None,
        household=household_children, other_la_children=other_la,
    )


def _request_row(conn: Connection, request_id: str) -> Mapping[str, Any] | None:
    row = conn.execute(select(shielding_requests).where(
        shielding_requests.c.request_id == request_id)).mappings().first()
    return None if row is None else dict(row)


def visible_request(conn: Connection, viewer: Viewer, request_id: str) -> Mapping[str, Any]:
    """The request, for its requester or a decider of the owning LA; 404 for anyone else."""
    row = _request_row(conn, request_id)
    if row is None or not (row["requested_by"] == viewer.username
                           or decides_for(viewer, row["la"])):
        raise not_found()
    return row


def create_request(conn: Connection, viewer: Viewer, body: ShieldingRequestCreate,
                   clock: Clock, *, by: str | None = None) -> Mapping[str, Any]:
    if not may_search(viewer):
        raise forbidden("requesting shields")
    child = live_child(conn, body.child_id, clock.today)
    if child is None:
        raise not_found()
    row = {"request_id": body.request_id, "child_id": body.child_id, "la": child["la"],
           "ground": body.ground, "justification": body.justification,
           "on_behalf_of": body.on_behalf_of, "include_household": body.include_household,
           "urgent": body.urgent, "status": "requested",
           "requested_by": by or viewer.username, "requested_at": clock.epoch,
           "decided_by": None, "decided_at": None, "decision_reason": None, "review_on": None}
    conn.execute(shielding_requests.insert().values(**row))
    return row


def my_requests(conn: Connection, viewer: Viewer) -> list[Mapping[str, Any]]:
    rows = conn.execute(select(shielding_requests)
                        .where(shielding_requests.c.requested_by == viewer.username)
                        .order_by(shielding_requests.c.requested_at.desc(),
                                  shielding_requests.c.request_id).limit(500)).mappings().all()
    return [dict(r) for r in rows]


def decision_queue(conn: Connection, viewer: Viewer) -> list[Mapping[str, Any]]:
    """Own-LA requests awaiting a decision: urgent first, then oldest."""
    if not is_decider(viewer):
        raise forbidden("deciding on shields")
    rows = conn.execute(select(shielding_requests)
                        .where(shielding_requests.c.la == viewer.la,
                               shielding_requests.c.status == "requested")
                        .order_by(shielding_requests.c.urgent.desc(),
                                  shielding_requests.c.requested_at,
                                  shielding_requests.c.request_id).limit(500)).mappings().all()
    return [dict(r) for r in rows]


def withdraw(conn: Connection, viewer: Viewer, request_id: str) -> Mapping[str, Any]:
    row = visible_request(conn, viewer, request_id)
    if row["requested_by"] != viewer.username:
        raise forbidden("withdrawing another person's request")
    if row["status"] != "requested":
        raise conflict("Only a request still awaiting a decision can be withdrawn.")
    conn.execute(update(shielding_requests)
                 .where(shielding_requests.c.request_id == request_id)
                 .values(status="withdrawn"))
    return {**row, "status": "withdrawn"}


def decidable(conn: Connection, viewer: Viewer, request_id: str) -> Mapping[str, Any]:
    """The request, for a decider of its LA: 403 for a role that never decides, 404 for
    another LA's manager (as for an unknown ID)."""
    if not is_decider(viewer):
        raise forbidden("deciding on shields")
    row = _request_row(conn, request_id)
    if row is None or not decides_for(viewer, row["la"]):
        raise not_found()
    return row


def decide(conn: Connection, viewer: Viewer, request_id: str, body: ShieldingDecision,
           clock: Clock) -> tuple[Mapping[str, Any], list[str]]:
    """Approve (with the household) or reject; the decided row and every child shielded."""
    row = decidable(conn, viewer, request_id)
    if row["status"] != "requested":
        raise conflict("This request has already been decided or withdrawn.")
    decided = {"decided_by": viewer.username, "decided_at": clock.epoch,
               "decision_reason": body.reason}
    if body.decision == "reject":
        decided["status"] = "rejected"
        conn.execute(update(shielding_requests)
                     .where(shielding_requests.c.request_id == request_id).values(**decided))
        return {**row, **decided}, []
    child = live_child(conn, row["child_id"], clock.today)
    if child is None:
        raise conflict("The child's record is no longer in the directory.")
    neighbours = at_address(conn, child, clock.today)
    same_la = {n["id"]: n for n in neighbours if n["la"] == child["la"]}
    chosen = list(dict.fromkeys(body.child_ids))
    strangers = [i for i in chosen if i not in same_la]
    if strangers:
        raise ServiceProblem(ProblemType.INVALID,
                             "Choose household members from the request's household.",
                             errors=[FieldError(field="child_ids",
                                                message=", ".join(strangers)[:500])])
    left_out = [i for i, n in same_la.items() if not n["shielded"] and i not in chosen]
    if left_out and not (body.exclude_reason and body.exclude_reason.strip()):
        raise ServiceProblem(
            ProblemType.HOUSEHOLD,
            f"Other children of this LA live at the same address and would be left "
            f"unshielded: {', '.join(left_out[:20])}. Include them, or say why the address no "
            f"longer applies to them.", missing=left_out[:10])
    review_on = body.review_on or anniversary(clock.today, 1).isoformat()
    if review_on <= clock.today.isoformat():
        raise ServiceProblem(ProblemType.INVALID, "The review date must be in the future.",
                             errors=[FieldError(field="review_on", message="in the past")])
    shielded = [child["id"], *chosen]
    for target in shielded:
        apply(conn, child_id=target, la=child["la"], ground=row["ground"], by=viewer.username,
              clock=clock, review_on=review_on, interim=False, request_id=request_id)
    decided.update(status="approved", review_on=review_on)
    conn.execute(update(shielding_requests)
                 .where(shielding_requests.c.request_id == request_id).values(**decided))
    _refer_other_las(conn, viewer, row, neighbours, child, clock)
    return {**row, **decided}, shielded


def _refer_other_las(conn: Connection, viewer: Viewer, row: Mapping[str, Any],
                     neighbours: Sequence[Mapping[str, Any]], child: Mapping[str, Any],
                     clock: Clock) -> None:
    """Children of other LAs at the address: an urgent request in their own LA's queue."""
    for other in neighbours:
        if other["la"] == child["la"] or other["shielded"]:
            continue
        already = conn.execute(select(shielding_requests.c.request_id).where(
            shielding_requests.c.child_id == other["id"],
            shielding_requests.c.status == "requested")).first()
        if already is not None:
            continue
        conn.execute(shielding_requests.insert().values(
            request_id=str(uuid.uuid4()), child_id=other["id"], la=other["la"],
            ground=row["ground"], on_behalf_of="agency", include_household=True, urgent=True,
            justification=("Referred by another LA's ContactPoint manager: a child at the "
                           "same address has been shielded."),
            status="requested", requested_by=viewer.username, requested_at=clock.epoch,
            decided_by=None, decided_at=None, decision_reason=None, review_on=None))


def unconfirmed_or_overdue(conn: Connection, la: str,
                           clock: Clock) -> list[Mapping[str, Any]]:
    """Own-LA active shields whose interim confirmation is late or whose review is overdue."""
    rows = conn.execute(select(shields).where(
        shields.c.la == la, shields.c.status == "active",
        or_(and_(shields.c.interim.is_(True), shields.c.confirm_by < clock.epoch),
            shields.c.review_on < clock.today.isoformat()))
        .order_by(shields.c.applied_at).limit(500)).mappings().all()
    return [dict(r) for r in rows]
