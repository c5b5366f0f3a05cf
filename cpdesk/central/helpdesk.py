"""The LA's clearing house: helpdesk enquiries routed to a team, the user manager's actions
on accounts, and data-issue reports to the owning LA's data administrator.

None of these may become a back door: enquiries and user actions stay inside the caller's LA
(another LA's item or user is 404, like an unknown one), a data issue may name only a field
the reporter can see (a shielded child's hidden fields are refused exactly like fields that
do not exist), and suspending, revoking or re-enrolling ends the user's sessions at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, select, update

from cpdesk.central.auth import end_sessions, load_auth_key
from cpdesk.central.db import data_issues, enquiries, users
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.policy import (
    RecordRefused,
    Viewer,
    manages,
    record_view,
    team_roles,
)
from cpdesk.central.records import load_on, withheld_links_on
from cpdesk.central.shielding import Clock, conflict, forbidden, not_found
from cpdesk.contract import (
    DataIssue,
    DataIssueCreate,
    Enquiry,
    EnquiryCreate,
    FieldError,
    ProblemType,
    UserStanding,
)


def _moment(epoch: int | None) -> dt.datetime | None:
    return None if epoch is None else dt.datetime.fromtimestamp(epoch, dt.UTC)


# --- enquiries ------------------------------------------------------------------------------


def enquiry_view(row: Mapping[str, Any]) -> Enquiry:
    return Enquiry(request_id=row["request_id"], caller_type=row["caller_type"],
                   caller_username=row["caller_username"], category=row["category"],
                   summary=row["summary"], route_to=row["route_to"], status=row["status"],
                   created_by=row["created_by"],
                   created_at=_moment(row["created_at"]),  # type: ignore[arg-type]
                   updated_at=_moment(row["updated_at"]), note=row["note"])


def log_enquiry(conn: Connection, caller: Viewer, body: EnquiryCreate,
                clock: Clock) -> Mapping[str, Any]:
    if "helpdesk" not in caller.roles:
        raise forbidden("logging helpdesk calls")
    if body.caller_type == "user" and not body.caller_username:
        raise ServiceProblem(ProblemType.INVALID, "Say which user called.",
                             errors=[FieldError(field="caller_username", message="missing")])
    row = {"request_id": body.request_id, "la": caller.la, "caller_type": body.caller_type,
           "caller_username": body.caller_username if body.caller_type == "user" else None,
           "category": body.category, "summary": body.summary, "route_to": body.route_to,
           "status": "open",
           "created_by": caller.username, "created_at": clock.epoch, "updated_at": None,
           "note": None}
    conn.execute(enquiries.insert().values(**row))
    return row


def enquiry_queue(conn: Connection, caller: Viewer, team: str) -> list[Mapping[str, Any]]:
    """A team's own-LA enquiries not yet resolved, oldest first — for a holder of that role."""
    if team not in team_roles(caller):
        raise forbidden(f"working the {team.replace('_', ' ')} queue")
    rows = conn.execute(select(enquiries).where(
        enquiries.c.la == caller.la, enquiries.c.route_to == team,
        enquiries.c.status != "resolved").order_by(enquiries.c.created_at).limit(500)).mappings()
    return [dict(r) for r in rows]


def workable_enquiry(conn: Connection, caller: Viewer, request_id: str) -> Mapping[str, Any]:
    if not team_roles(caller):
        raise forbidden("working enquiries")
    row = conn.execute(select(enquiries).where(enquiries.c.request_id == request_id)
                       ).mappings().first()
    if row is None or row["la"] != caller.la or (row["route_to"] not in team_roles(caller)
                                                and row["created_by"] != caller.username):
        raise not_found()
    return dict(row)


def set_enquiry_status(conn: Connection, caller: Viewer, request_id: str, status: str,
                       note: str, clock: Clock) -> Mapping[str, Any]:
    row = workable_enquiry(conn, caller, request_id)
    changed = {"status": status, "note": note, "updated_at": clock.epoch}
    conn.execute(update(enquiries).where(enquiries.c.request_id == request_id).values(**changed))
    return {**row, **changed}


# --- the user manager -------------------------------------------------------------------------


def managed_user(conn: Connection, caller: Viewer, username: str) -> Mapping[str, Any]:
    """One of the caller's own LA's users, for a user manager; anyone else's is 404."""
    if "user_manager" not in caller.roles:
        raise forbidden("managing users")
    row = conn.execute(select(users).where(users.c.username == username)).mappings().first()
    if row is None or row["la"] != caller.la:
        raise not_found()
    return dict(row)


def user_action(conn: Connection, caller: Viewer, username: str, action: str,
                auth_public_key: str | None = None) -> UserStanding:
    """Suspend, reinstate, revoke the token, or enrol a replacement card. Suspending,
    revoking and re-enrolling end the user's sessions at once."""
    row = managed_user(conn, caller, username)
    if username == caller.username and action in ("suspend", "revoke-token"):
        raise conflict("You cannot suspend yourself or revoke your own card; ask another "
                       "user manager.")
    values: dict[str, Any]
    if action == "suspend":
        values = {"status": "suspended"}
    elif action == "reinstate":
        values = {"status": "active"}
    elif action == "revoke-token":
        values = {"token_revoked": True}
    else:
        assert auth_public_key is not None
        try:
            load_auth_key(auth_public_key.encode("ascii", "replace"))
        except ValueError as exc:
            raise ServiceProblem(ProblemType.INVALID, "That is not a card's public key.",
                                 errors=[FieldError(field="auth_public_key",
                                                    message=str(exc)[:200])]) from None
        values = {"auth_public_key": auth_public_key, "token_revoked": False}
    conn.execute(update(users).where(users.c.username == username).values(**values))
    if action != "reinstate":
        end_sessions(conn, username)
    merged = {**row, **values}
    return UserStanding(username=username, status=merged["status"],
                        token_revoked=bool(merged["token_revoked"]))


# --- data issues ------------------------------------------------------------------------------


def issue_view(row: Mapping[str, Any], caller: Viewer) -> DataIssue:
    """The reporter and the owning LA's data administrators see the free text."""
    insider = row["created_by"] == caller.username or _administers(caller, row["la"])
    return DataIssue(request_id=row["request_id"], child_id=row["child_id"], field=row["field"],
                     status=row["status"], created_by=row["created_by"],
                     created_at=_moment(row["created_at"]),  # type: ignore[arg-type]
                     resolved_by=row["resolved_by"], resolved_at=_moment(row["resolved_at"]),
                     suggested=row["suggested"] if insider else None,
                     note=row["note"] if insider else None,
                     resolution_note=row["resolution_note"] if insider else None)


def _administers(caller: Viewer, la: str) -> bool:
    return "data_administrator" in caller.roles and manages(caller, la)


def visible_fields(conn: Connection, caller: Viewer, child_id: str,
                   clock: Clock) -> tuple[str, set[str]]:
    """(owning LA, the fields of the record the caller can see, as ``field`` names them)."""
    stored = load_on(conn, child_id)
    if stored is None:
        raise not_found()
    try:
        record = record_view(caller, stored, today=clock.today,
                             withheld_links=withheld_links_on(conn, caller, stored,
                                                              today=clock.today))
    except RecordRefused:
        raise not_found() from None
    fields = {"forenames", "surname", "dob", "gender"}
    if record.address is not None:
        fields.add("address")
    for carer in record.carers:
        fields |= {f"carers/{carer.ref}/{part}" for part in ("name", "phone", "email", "address")}
    for inv in record.involvements:
        fields |= {f"involvements/{inv.ref}/{part}" for part in (
            "organisation", "practitioner", "phone", "email", "address")}
    return stored.child.la, fields


def report_issue(conn: Connection, caller: Viewer, child_id: str, body: DataIssueCreate,
                 clock: Clock) -> Mapping[str, Any]:
    la, fields = visible_fields(conn, caller, child_id, clock)
    if body.field not in fields:
        # A hidden field of a shielded child reads exactly as a field that does not exist.
        raise ServiceProblem(ProblemType.INVALID, "There is no such field on this record.",
                             errors=[FieldError(field="field", message="no such field")])
    row = {"request_id": body.request_id, "child_id": child_id, "la": la, "field": body.field,
           "suggested": body.suggested, "note": body.note, "status": "open",
           "created_by": caller.username, "created_at": clock.epoch, "resolved_by": None,
           "resolved_at": None, "resolution_note": None}
    conn.execute(data_issues.insert().values(**row))
    return row


def issue_queue(conn: Connection, caller: Viewer) -> list[Mapping[str, Any]]:
    if "data_administrator" not in caller.roles:
        raise forbidden("resolving data issues")
    rows = conn.execute(select(data_issues).where(data_issues.c.la == caller.la,
                                                  data_issues.c.status == "open")
                        .order_by(data_issues.c.created_at).limit(500)).mappings()
    return [dict(r) for r in rows]


def my_issues(conn: Connection, caller: Viewer) -> list[Mapping[str, Any]]:
    rows = conn.execute(select(data_issues).where(data_issues.c.created_by == caller.username)
                        .order_by(data_issues.c.created_at.desc()).limit(500)).mappings()
    return [dict(r) for r in rows]


def resolvable(conn: Connection, caller: Viewer, request_id: str) -> Mapping[str, Any]:
    if "data_administrator" not in caller.roles:
        raise forbidden("resolving data issues")
    row = conn.execute(select(data_issues).where(data_issues.c.request_id == request_id)
                       ).mappings().first()
    if row is None or row["la"] != caller.la:
        raise not_found()
    return dict(row)


def resolve_issue(conn: Connection, caller: Viewer, request_id: str, outcome: str, note: str,
                  clock: Clock) -> Mapping[str, Any]:
    row = resolvable(conn, caller, request_id)
    if row["status"] != "open":
        raise conflict("This report has already been resolved.")
    changed = {"status": outcome, "resolved_by": caller.username, "resolved_at": clock.epoch,
               "resolution_note": note}
    conn.execute(update(data_issues).where(data_issues.c.request_id == request_id)
                 .values(**changed))
    return {**row, **changed}
