"""Mediated access: a mediator searches on behalf of a practitioner without suitable IT.

Both must be authorised users; the mediator verifies the practitioner, starts a mediation
(30 minutes, one purpose), searches and opens records with the mediation's header — seeing
only what *both* may see — and records which contact details were read out. Practitioners
(or the helpdesk for them) leave requests in the LA's inbox; a mediator claims, fulfils with
a mediation, or declines; the practitioner gets a receipt consistent with the audit log.

Details are passed on only by calling the practitioner back on a number or address registered
for them: an impostor on the phone learns nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from typing import Any, Final

from sqlalchemy import Connection, func, or_, select, update

from cpdesk.central.auth import CRB_VALIDITY_YEARS
from cpdesk.central.db import mediated_requests, mediations, passed_on, users
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import (
    RecordRefused,
    Viewer,
    may_search,
    may_verify_practitioners,
    record_view,
)
from cpdesk.central.records import load_on, withheld_links_on
from cpdesk.central.shielding import Clock, conflict, forbidden, not_found
from cpdesk.contract import (
    ChildDetailsView,
    FieldError,
    MediatedRequest,
    MediatedRequestCreate,
    Mediation,
    MediationStart,
    PassedOn,
    PassedOnItemView,
    PassedOnRecord,
    PractitionerCheck,
    ProblemType,
    Receipt,
)
from cpdesk.dates import anniversary

MEDIATION_LENGTH: Final = dt.timedelta(minutes=30)


def _moment(epoch: int | None) -> dt.datetime | None:
    return None if epoch is None else dt.datetime.fromtimestamp(epoch, dt.UTC)


def phone_key(phone: str) -> str:
    """A phone number as it is compared: digits only, a leading +44 read as 0."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return "0" + digits[2:] if phone.strip().startswith("+44") else digits


def viewer_of(user: Mapping[str, Any]) -> Viewer:
    return Viewer(username=user["username"], roles=frozenset(user["roles"].split(",")),
                  la=user["la"])


# --- who is on the phone --------------------------------------------------------------------


def find_user(conn: Connection, ref: str) -> Mapping[str, Any] | None:
    """The user a caller names by username, registered phone or registered email."""
    text = ref.strip()
    conditions = [users.c.username == text]
    if "@" in text:
        conditions.append(func.lower(users.c.email) == text.casefold())
    digits = phone_key(text)
    if len(digits) >= 6:
        conditions.append(users.c.phone == digits)
    rows = conn.execute(select(users).where(or_(*conditions)).limit(2)).mappings().all()
    return dict(rows[0]) if len(rows) == 1 else None


def standing(user: Mapping[str, Any] | None, caller: Viewer, today: dt.date) -> str:
    """``authorised``, or why not — ``suspended`` and ``crb_expired`` only of someone who
    would otherwise be authorised; everything else is the one indistinguishable
    ``not_authorised`` (unknown, another LA, unaccredited, untrained, revoked, or a role that
    may not search)."""
    if user is None or user["la"] != caller.la or not user["accredited"] \
            or user["token_revoked"] or not may_search(viewer_of(user)):
        return "not_authorised"
    trained = user["trained_on"]
    if not trained or dt.date.fromisoformat(trained) > today:
        return "not_authorised"
    if user["status"] != "active":
        return "suspended"
    if anniversary(dt.date.fromisoformat(user["crb_date"]), CRB_VALIDITY_YEARS) < today:
        return "crb_expired"
    return "authorised"


def verify(conn: Connection, caller: Viewer, ref: str, clock: Clock) -> PractitionerCheck:
    if not may_verify_practitioners(caller):
        raise forbidden("verifying practitioners")
    user = find_user(conn, ref)
    status = standing(user, caller, clock.today)
    if status != "authorised" or user is None:
        return PractitionerCheck(status=status)  # type: ignore[arg-type]
    return PractitionerCheck(status="authorised", username=user["username"],
                             display_name=user["display_name"], organisation=user["org"])


def authorised_practitioner(conn: Connection, caller: Viewer, ref: str,
                            clock: Clock) -> Mapping[str, Any]:
    user = find_user(conn, ref)
    if standing(user, caller, clock.today) != "authorised" or user is None:
        raise ServiceProblem(ProblemType.PRACTITIONER_NOT_AUTHORISED,
                             "The practitioner is not an authorised user you can act for.")
    return user


# --- mediations -----------------------------------------------------------------------------


def mediation_view(row: Mapping[str, Any]) -> Mediation:
    return Mediation(mediation_id=row["mediation_id"], practitioner=row["practitioner"],
                     purpose=row["purpose"],
                     started_at=_moment(row["started_at"]),  # type: ignore[arg-type]
                     expires_at=_moment(row["expires_at"]),  # type: ignore[arg-type]
                     ended_at=_moment(row["ended_at"]),
                     mediated_request_id=row["mediated_request_id"])


def start(conn: Connection, caller: Viewer, body: MediationStart, clock: Clock) -> Mediation:
    if "mediator" not in caller.roles:
        raise forbidden("mediating")
    practitioner = authorised_practitioner(conn, caller, body.practitioner, clock)
    if body.mediated_request_id is not None:
        request = conn.execute(select(mediated_requests).where(
            mediated_requests.c.request_id == body.mediated_request_id)).mappings().first()
        if request is None or request["claimed_by"] != caller.username \
                or request["practitioner"] != practitioner["username"]:
            raise not_found()
    row = {"mediation_id": body.request_id, "mediator": caller.username,
           "practitioner": practitioner["username"], "purpose": body.purpose,
           "started_at": clock.epoch,
           "expires_at": clock.epoch + int(MEDIATION_LENGTH.total_seconds()),
           "ended_at": None, "mediated_request_id": body.mediated_request_id}
    conn.execute(mediations.insert().values(**row))
    return mediation_view(row)


def own_mediation(conn: Connection, caller: Viewer, mediation_id: str) -> Mapping[str, Any]:
    if "mediator" not in caller.roles:
        raise forbidden("mediating")
    row = conn.execute(select(mediations).where(
        mediations.c.mediation_id == mediation_id)).mappings().first()
    if row is None or row["mediator"] != caller.username:
        raise not_found()
    return dict(row)


def live_mediation(conn: Connection, caller: Viewer, mediation_id: str,
                   clock: Clock) -> Mapping[str, Any]:
    """The caller's mediation, still running; an ended or expired one is refused (409) —
    never silently ignored, so nothing is done as the mediator alone by mistake."""
    row = own_mediation(conn, caller, mediation_id)
    if row["ended_at"] is not None or row["expires_at"] <= clock.epoch:
        raise ServiceProblem(ProblemType.MEDIATION_ENDED,
                             "This mediation has ended. Start a new one to carry on.")
    return row


def mediated_viewer(conn: Connection, caller: Viewer, mediation_id: str,
                    clock: Clock) -> tuple[Viewer, str, str]:
    """The viewer a request made inside a mediation acts as: the mediator, bounded by the
    practitioner (whose standing is checked again on every request); and the purpose."""
    row = live_mediation(conn, caller, mediation_id, clock)
    practitioner = authorised_practitioner(conn, caller, row["practitioner"], clock)
    viewer = Viewer(username=caller.username, roles=caller.roles, la=caller.la,
                    on_behalf_of=viewer_of(practitioner), mediation_id=mediation_id)
    return viewer, practitioner["username"], row["purpose"]


def end(conn: Connection, caller: Viewer, mediation_id: str, clock: Clock) -> Mediation:
    row = live_mediation(conn, caller, mediation_id, clock)
    conn.execute(update(mediations).where(mediations.c.mediation_id == mediation_id)
                 .values(ended_at=clock.epoch))
    return mediation_view({**row, "ended_at": clock.epoch})


def record_passed_on(conn: Connection, caller: Viewer, mediation_id: str, body: PassedOn,
                     clock: Clock) -> PassedOnRecord:
    """Which contact details were read out: refs of items the mediation could see."""
    viewer, _practitioner, _purpose = mediated_viewer(conn, caller, mediation_id, clock)
    stored = load_on(conn, body.child_id)
    if stored is None:
        raise not_found()
    try:
        seen = record_view(viewer, stored, today=clock.today,
                           withheld_links=withheld_links_on(conn, viewer, stored,
                                                            today=clock.today))
    except RecordRefused:
        raise not_found() from None
    visible = {("carer", c.ref) for c in seen.carers} | {
        ("involvement", i.ref) for i in seen.involvements}
    unknown = [item.ref for item in body.items if (item.kind, item.ref) not in visible]
    if unknown:
        raise ServiceProblem(ProblemType.INVALID, "Those contact details are not on the record "
                             "as the mediation sees it.",
                             errors=[FieldError(field="items", message=", ".join(unknown)[:500])])
    items = [{"kind": item.kind, "ref": item.ref} for item in body.items]
    conn.execute(passed_on.insert().values(
        request_id=body.request_id, mediation_id=mediation_id, child_id=body.child_id,
        items=json.dumps(items), created_by=caller.username, created_at=clock.epoch))
    return PassedOnRecord(request_id=body.request_id, mediation_id=mediation_id,
                          child_id=body.child_id,
                          items=[PassedOnItemView.model_validate(item) for item in items],
                          created_at=clock.now, created_by=caller.username)


# --- the request inbox ------------------------------------------------------------------------


def request_view(row: Mapping[str, Any]) -> MediatedRequest:
    return MediatedRequest(
        request_id=row["request_id"], practitioner=row["practitioner"],
        child=ChildDetailsView.model_validate(json.loads(row["child"])),
        urgency=row["urgency"], callback=json.loads(row["callback"]), status=row["status"],
        created_by=row["created_by"],
        created_at=_moment(row["created_at"]),  # type: ignore[arg-type]
        claimed_by=row["claimed_by"], claimed_at=_moment(row["claimed_at"]),
        closed_at=_moment(row["closed_at"]), mediation_id=row["mediation_id"],
        note=row["note"], reason=row["reason"])


def create_request(conn: Connection, caller: Viewer, body: MediatedRequestCreate,
                   clock: Clock) -> Mapping[str, Any]:
    """By the practitioner for themselves, or by the helpdesk on their behalf. The callback
    must be one of the practitioner's registered contacts."""
    if "helpdesk" in caller.roles:
        practitioner = authorised_practitioner(conn, caller, body.practitioner, clock)
    elif may_search(caller):
        practitioner = authorised_practitioner(conn, caller, caller.username, clock)
        if find_user(conn, body.practitioner) != practitioner:
            raise forbidden("making requests for someone else")
    else:
        raise forbidden("making mediated requests")
    callback = body.callback.model_dump(exclude_none=True)
    registered = {"phone": practitioner["phone"], "email": practitioner["email"]}
    if not callback:
        raise _callback_refused()
    for kind, value in callback.items():
        held = registered[kind]
        given = phone_key(value) if kind == "phone" else value.casefold()
        if not held or given != (held if kind == "phone" else held.casefold()):
            raise _callback_refused()
    row = {"request_id": body.request_id, "practitioner": practitioner["username"],
           "la": practitioner["la"], "child": body.child.model_dump_json(exclude_none=True),
           "urgency": body.urgency, "callback": json.dumps(callback), "status": "open",
           "created_by": caller.username, "created_at": clock.epoch, "claimed_by": None,
           "claimed_at": None, "closed_at": None, "mediation_id": None, "note": None,
           "reason": None}
    conn.execute(mediated_requests.insert().values(**row))
    return row


def _callback_refused() -> ServiceProblem:
    return ServiceProblem(ProblemType.INVALID,
                          "Details are passed on only by calling the practitioner back on a "
                          "phone number or email address registered for them.",
                          errors=[FieldError(field="callback",
                                             message="not a registered contact")])


def queue(conn: Connection, caller: Viewer, which: str) -> list[Mapping[str, Any]]:
    if "mediator" not in caller.roles:
        raise forbidden("mediating")
    table = mediated_requests
    if which == "open":
        query = select(table).where(table.c.la == caller.la, table.c.status == "open").order_by(
            (table.c.urgency == "urgent").desc(), table.c.created_at)
    else:
        query = select(table).where(table.c.claimed_by == caller.username,
                                    table.c.status == "claimed").order_by(table.c.claimed_at)
    return [dict(r) for r in conn.execute(query.limit(500)).mappings()]


def mine(conn: Connection, caller: Viewer) -> list[Mapping[str, Any]]:
    table = mediated_requests
    rows = conn.execute(select(table).where(or_(table.c.practitioner == caller.username,
                                                table.c.created_by == caller.username))
                        .order_by(table.c.created_at.desc()).limit(500)).mappings()
    return [dict(r) for r in rows]


def _request(conn: Connection, request_id: str) -> Mapping[str, Any] | None:
    row = conn.execute(select(mediated_requests).where(
        mediated_requests.c.request_id == request_id)).mappings().first()
    return None if row is None else dict(row)


def workable(conn: Connection, caller: Viewer, request_id: str) -> Mapping[str, Any]:
    """A request of the caller's LA, for a mediator; 404 for another LA's or an unknown one."""
    if "mediator" not in caller.roles:
        raise forbidden("mediating")
    row = _request(conn, request_id)
    if row is None or row["la"] != caller.la:
        raise not_found()
    return row


def claim(conn: Connection, caller: Viewer, request_id: str, clock: Clock) -> Mapping[str, Any]:
    row = workable(conn, caller, request_id)
    if row["status"] != "open":
        raise conflict("Someone has already claimed this request.")
    changed = {"status": "claimed", "claimed_by": caller.username, "claimed_at": clock.epoch}
    taken = conn.execute(update(mediated_requests).where(
        mediated_requests.c.request_id == request_id, mediated_requests.c.status == "open")
        .values(**changed)).rowcount
    if taken != 1:
        raise conflict("Someone has already claimed this request.")
    return {**row, **changed}


def _claimed_by_caller(conn: Connection, caller: Viewer,
                       request_id: str) -> Mapping[str, Any]:
    row = workable(conn, caller, request_id)
    if row["status"] != "claimed" or row["claimed_by"] != caller.username:
        raise conflict("Only the mediator who claimed this request can close it.")
    return row


def fulfil(conn: Connection, caller: Viewer, request_id: str, mediation_id: str, note: str,
           clock: Clock) -> Mapping[str, Any]:
    row = _claimed_by_caller(conn, caller, request_id)
    mediation = own_mediation(conn, caller, mediation_id)
    if mediation["practitioner"] != row["practitioner"]:
        raise ServiceProblem(ProblemType.INVALID, "That mediation was for another practitioner.",
                             errors=[FieldError(field="mediation_id", message="mismatch")])
    changed = {"status": "fulfilled", "closed_at": clock.epoch, "mediation_id": mediation_id,
               "note": note}
    conn.execute(update(mediated_requests).where(
        mediated_requests.c.request_id == request_id).values(**changed))
    return {**row, **changed}


def decline(conn: Connection, caller: Viewer, request_id: str, reason: str,
            clock: Clock) -> Mapping[str, Any]:
    row = _claimed_by_caller(conn, caller, request_id)
    changed = {"status": "declined", "closed_at": clock.epoch, "reason": reason}
    conn.execute(update(mediated_requests).where(
        mediated_requests.c.request_id == request_id).values(**changed))
    return {**row, **changed}


def receipt(conn: Connection, caller: Viewer, request_id: str,
            entries: list[dict[str, Any]]) -> Receipt:
    """For the practitioner, after fulfilment: who, when, how many searches, which records,
    what was passed on — read from the same audit entries the chain holds."""
    row = _request(conn, request_id)
    if row is None or row["practitioner"] != caller.username:
        raise not_found()
    if row["status"] != "fulfilled" or row["mediation_id"] is None:
        raise conflict("There is a receipt only once the request is fulfilled.")
    viewed: list[str] = []
    for entry in entries:
        if entry["action"] == "record.view" and entry["outcome"] == "shown":
            viewed += [c for c in json.loads(entry["child_ids"]) if c not in viewed]
    handed = conn.execute(select(passed_on).where(passed_on.c.mediation_id == row["mediation_id"])
                          .order_by(passed_on.c.created_at)).mappings().all()
    return Receipt(
        request_id=request_id, fulfilled_by=row["claimed_by"],
        fulfilled_at=_moment(row["closed_at"]),  # type: ignore[arg-type]
        mediation_id=row["mediation_id"],
        searches=sum(1 for e in entries if e["action"] == "search"),
        records_viewed=viewed[:200],
        passed_on=[PassedOnRecord(request_id=p["request_id"], mediation_id=p["mediation_id"],
                                  child_id=p["child_id"],
                                  items=[PassedOnItemView.model_validate(i)
                                         for i in json.loads(p["items"])],
                                  created_at=_moment(p["created_at"]),  # type: ignore[arg-type]
                                  created_by=p["created_by"]) for p in handed][:200])


def new_id() -> str:
    return str(uuid.uuid4())
