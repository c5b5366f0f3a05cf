"""Sensitive services and the management team's views: brokered contact, consent overrides,
who viewed a record, alerts.

A practitioner who sees "an unspecified sensitive service is involved" asks the owning LA's
management team to make contact (naming the notice's ref, never the service); the team closes
the request once it has (or has not). A ContactPoint manager may record a child-protection
override for a sensitive involvement held without consent: standard viewers then see the
notice for it, and the override raises an alert. Who may do each is asked of the policy.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select, update

from cpdesk.central.db import audit_children, audit_log, consent_overrides, contact_requests, users
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import (
    RecordRefused,
    Viewer,
    decides_for,
    in_management_team,
    is_decider,
    manages,
    may_search,
    record_view,
)
from cpdesk.central.records import load_on, withheld_links_on
from cpdesk.central.shielding import Clock, conflict, forbidden, not_found, shield_view
from cpdesk.central.shielding import unconfirmed_or_overdue as late_shields
from cpdesk.contract import (
    SENSITIVE_SERVICES,
    AccessLogEntry,
    Alert,
    Callback,
    ConsentOverride,
    ConsentOverrideRecord,
    ContactRequest,
    ContactRequestClose,
    ContactRequestCreate,
    ProblemType,
)


def _moment(epoch: int | None) -> dt.datetime | None:
    return None if epoch is None else dt.datetime.fromtimestamp(epoch, dt.UTC)


# --- contact requests ----------------------------------------------------------------------


def contact_view(row: Mapping[str, Any], viewer: Viewer) -> ContactRequest:
    """The request as its maker or the owning LA's management team see it (no one else does)."""
    return ContactRequest(
        request_id=row["request_id"], child_id=row["child_id"], ref=row["ref"],
        status=row["status"], created_by=row["created_by"],
        created_at=_moment(row["created_at"]),  # type: ignore[arg-type]
        closed_by=row["closed_by"], closed_at=_moment(row["closed_at"]),
        message=row["message"], callback=Callback.model_validate(json.loads(row["callback"])),
        note=row["note"])


def notice_ref_seen(conn: Connection, viewer: Viewer, child_id: str,
                    clock: Clock) -> tuple[str, str]:
    """(LA, ref) of the sensitive-service notice the caller sees on this record; 404 when the
    caller sees no notice there (so the request names what they saw, nothing else)."""
    stored = load_on(conn, child_id)
    if stored is None:
        raise not_found()
    try:
        record = record_view(viewer, stored, today=clock.today,
                             withheld_links=withheld_links_on(conn, viewer, stored,
                                                              today=clock.today))
    except RecordRefused:
        raise not_found() from None
    if record.sensitive_ref is None:
        raise not_found()
    return stored.child.la, record.sensitive_ref


def create_contact(conn: Connection, viewer: Viewer, child_id: str,
                   body: ContactRequestCreate, clock: Clock) -> Mapping[str, Any]:
    if not may_search(viewer):
        raise forbidden("asking for brokered contact")
    la, ref = notice_ref_seen(conn, viewer, child_id, clock)
    if body.ref != ref:
        raise not_found()
    if body.callback.phone is None and body.callback.email is None:
        raise ServiceProblem(ProblemType.INVALID, "Give a phone number or an email address "
                             "for the management team to reply to.")
    row = {"request_id": body.request_id, "child_id": child_id, "la": la, "ref": ref,
           "message": body.message,
           "callback": body.callback.model_dump_json(exclude_none=True),
           "status": "open", "created_by": viewer.username, "created_at": clock.epoch,
           "closed_by": None, "closed_at": None, "note": None}
    conn.execute(contact_requests.insert().values(**row))
    return row


def my_contacts(conn: Connection, viewer: Viewer) -> list[Mapping[str, Any]]:
    rows = conn.execute(select(contact_requests)
                        .where(contact_requests.c.created_by == viewer.username)
                        .order_by(contact_requests.c.created_at.desc()).limit(500)).mappings()
    return [dict(r) for r in rows]


def contact_queue(conn: Connection, viewer: Viewer) -> list[Mapping[str, Any]]:
    """Open requests of the caller's own LA, oldest first."""
    if not in_management_team(viewer):
        raise forbidden("brokering contact")
    rows = conn.execute(select(contact_requests)
                        .where(contact_requests.c.la == viewer.la,
                               contact_requests.c.status == "open")
                        .order_by(contact_requests.c.created_at).limit(500)).mappings()
    return [dict(r) for r in rows]


def visible_contact(conn: Connection, viewer: Viewer, request_id: str) -> Mapping[str, Any]:
    row = conn.execute(select(contact_requests).where(
        contact_requests.c.request_id == request_id)).mappings().first()
    if row is None or not (row["created_by"] == viewer.username or manages(viewer, row["la"])):
        raise not_found()
    return dict(row)


def closable_contact(conn: Connection, viewer: Viewer, request_id: str) -> Mapping[str, Any]:
    if not in_management_team(viewer):
        raise forbidden("brokering contact")
    row = conn.execute(select(contact_requests).where(
        contact_requests.c.request_id == request_id)).mappings().first()
    if row is None or not manages(viewer, row["la"]):
        raise not_found()
    return dict(row)


def close_contact(conn: Connection, viewer: Viewer, request_id: str,
                  body: ContactRequestClose, clock: Clock) -> Mapping[str, Any]:
    row = closable_contact(conn, viewer, request_id)
    if row["status"] != "open":
        raise conflict("This request has already been closed.")
    closed = {"status": body.outcome, "closed_by": viewer.username, "closed_at": clock.epoch,
              "note": body.note}
    conn.execute(update(contact_requests).where(contact_requests.c.request_id == request_id)
                 .values(**closed))
    return {**row, **closed}


# --- consent overrides ---------------------------------------------------------------------


def overridable(conn: Connection, viewer: Viewer, child_id: str, ref: str,
                clock: Clock) -> str:
    """The owning LA, when ``ref`` is a sensitive involvement of the child held without
    consent and the caller is a ContactPoint manager of that LA."""
    if not is_decider(viewer):
        raise forbidden("overriding consent")
    stored = load_on(conn, child_id)
    if stored is None or not decides_for(viewer, stored.child.la):
        raise not_found()
    for position, involvement in enumerate(stored.child.involvements):
        if stored.ref_of("involvements", position) == ref:
            if involvement.service not in SENSITIVE_SERVICES or involvement.consent:
                raise conflict("Only a sensitive involvement held without consent can be "
                               "overridden.")
            return stored.child.la
    raise not_found()


def override_consent(conn: Connection, viewer: Viewer, child_id: str, ref: str,
                     body: ConsentOverride, clock: Clock) -> ConsentOverrideRecord:
    la = overridable(conn, viewer, child_id, ref, clock)
    conn.execute(consent_overrides.insert().values(
        request_id=body.request_id, child_id=child_id, la=la, ref=ref, reason=body.reason,
        created_by=viewer.username, created_at=clock.epoch))
    return ConsentOverrideRecord(request_id=body.request_id, child_id=child_id, ref=ref,
                                 status="recorded", created_by=viewer.username,
                                 created_at=clock.now)


# --- who viewed this record, and alerts ------------------------------------------------------


def access_log(conn: Connection, viewer: Viewer, child_id: str) -> list[AccessLogEntry]:
    """Who touched the record — username, role, LA, when, what, why — newest 200."""
    if not in_management_team(viewer):
        raise forbidden("reading access logs")
    stored = load_on(conn, child_id)
    if stored is None or not manages(viewer, stored.child.la):
        raise not_found()
    rows = conn.execute(
        select(audit_log.c.at, audit_log.c.username, audit_log.c.action, audit_log.c.reason)
        .join(audit_children, audit_children.c.seq == audit_log.c.seq)
        .where(audit_children.c.child_id == child_id)
        .order_by(audit_log.c.seq.desc()).limit(200)).all()
    people = {r.username: r for r in conn.execute(
        select(users.c.username, users.c.roles, users.c.la)
        .where(users.c.username.in_({row.username for row in rows})))}
    entries = []
    for row in rows:
        person = people.get(row.username)
        entries.append(AccessLogEntry(
            at=dt.datetime.fromisoformat(row.at.replace("Z", "+00:00")),
            username=row.username,
            roles=person.roles.split(",") if person else [],
            la=person.la if person else "",
            action=row.action, reason=row.reason))
    return entries


def alerts(conn: Connection, viewer: Viewer, clock: Clock) -> list[Alert]:
    """Own LA: interim shields unconfirmed after 72 hours, shields overdue for review, consent
    overrides."""
    if not in_management_team(viewer):
        raise forbidden("reading alerts")
    found: list[Alert] = []
    for row in late_shields(conn, viewer.la, clock):
        shield = shield_view(row)
        if shield.interim and shield.confirm_by is not None and shield.confirm_by < clock.now:
            found.append(Alert(kind="interim_shield_unconfirmed", child_id=shield.child_id,
                               at=shield.confirm_by,
                               detail="Interim shield not confirmed within 72 hours"))
        if shield.review_on < clock.today.isoformat():
            found.append(Alert(kind="shield_review_overdue", child_id=shield.child_id,
                               at=dt.datetime.combine(dt.date.fromisoformat(shield.review_on),
                                                      dt.time(), dt.UTC),
                               detail=f"Review was due on {shield.review_on}"))
    for override in conn.execute(
            select(consent_overrides).where(consent_overrides.c.la == viewer.la)
            .order_by(consent_overrides.c.created_at.desc()).limit(200)).mappings():
        found.append(Alert(kind="consent_override", child_id=override["child_id"],
                           at=dt.datetime.fromtimestamp(override["created_at"], dt.UTC),
                           detail=f"Consent overridden by {override['created_by']}"))
    return sorted(found, key=lambda a: a.at)
