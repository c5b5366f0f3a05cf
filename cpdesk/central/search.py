"""Finding a child: the exact search stage of ``POST /v1/search``.

Every criterion is turned into a condition on an indexed key (folded names, date of birth,
postcode, district), so a search reads only candidate rows. The shielding rule is applied
where candidates are gathered, not afterwards: a condition on a field that shielding hides
excludes every shielded child, so a shielded child can never be matched through it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import ColumnElement, Engine, and_, or_, select

from cpdesk.central.db import children
from cpdesk.central.errors import ServiceProblem
from cpdesk.central.fuzzy import fuzzy_search
from cpdesk.central.policy import Viewer, may_match_on, may_search, search_result
from cpdesk.central.records import name_key, postcode_parts
from cpdesk.contract import (
    MAX_RESULTS,
    MatchKind,
    ProblemType,
    SearchRequest,
    SearchResponse,
    SearchResult,
)

HINT_NONE: Final = (
    "No child matches these details exactly. Check the spelling and the date of birth, "
    "or widen the search to include similar names and dates."
)
HINT_NONE_FUZZY: Final = (
    "No child matches these details. Check them with the caller, or search with fewer details."
)
_NARROWERS: Final = (
    ("forenames", "forenames"),
    ("dob", "a full date of birth"),
    ("gender", "gender"),
    ("postcode", "a postcode"),
)


@dataclass(frozen=True)
class Query:
    """A search request normalised to the keys the database is indexed by."""

    surname: str | None
    forenames: str | None
    forenames_prefix: bool
    dob_from: str | None
    dob_to: str | None
    gender: str | None
    postcode_key: str | None
    district: str | None
    id: str | None

    @classmethod
    def from_request(cls, req: SearchRequest) -> Query:
        forenames, prefix = None, False
        if req.forenames:
            prefix = req.forenames.endswith("*")
            forenames = name_key(req.forenames.rstrip("*")) or None
        dob_from, dob_to = req.dob_from, req.dob_to
        if req.dob:
            low, high = dob_bounds(req.dob)
            dob_from = max(low, dob_from) if dob_from else low
            dob_to = min(high, dob_to) if dob_to else high
        postcode_key = district = None
        if req.postcode:
            full, district = postcode_parts(req.postcode)
            postcode_key = full or None
        return cls(
            surname=name_key(req.surname) or None if req.surname else None,
            forenames=forenames,
            forenames_prefix=prefix,
            dob_from=dob_from,
            dob_to=dob_to,
            gender=req.gender,
            postcode_key=postcode_key,
            district=district,
            id=req.id,
        )


def dob_bounds(dob: str) -> tuple[str, str]:
    """The first and last ISO dates a date of any precision (YYYY, YYYY-MM, full) covers."""
    if len(dob) == 10:
        return dob, dob
    if len(dob) == 7:
        year, month = int(dob[:4]), int(dob[5:7])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return f"{dob}-01", (following - dt.timedelta(days=1)).isoformat()
    return f"{dob}-01-01", f"{dob}-12-31"


def forenames_condition(key: str, prefix: bool) -> ColumnElement[bool]:
    """Forenames match on whole leading names ("mary" finds "mary jane"), or as a prefix."""
    column = children.c.forenames_key
    if prefix:
        return column.like(f"{key}%")
    return or_(column == key, column.like(f"{key} %"))


def exact_conditions(q: Query) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if q.id:
        conditions.append(children.c.id == q.id)
    if q.surname:
        conditions.append(children.c.surname_key == q.surname)
    if q.forenames:
        conditions.append(forenames_condition(q.forenames, q.forenames_prefix))
    if q.dob_from:
        conditions.append(children.c.dob >= q.dob_from)
    if q.dob_to:
        conditions.append(children.c.dob <= q.dob_to)
    if q.gender:
        conditions.append(children.c.gender == q.gender)
    if q.postcode_key or q.district:
        if q.postcode_key:
            conditions.append(children.c.postcode_key == q.postcode_key)
        else:
            conditions.append(children.c.postcode_district == q.district)
        if not may_match_on("postcode", shielded=True):
            conditions.append(children.c.shielded.is_(False))
    return conditions


def matched_fields(req: SearchRequest) -> dict[str, MatchKind]:
    fields = ("id", "surname", "forenames", "dob", "gender", "postcode")
    matched: dict[str, MatchKind] = {f: "exact" for f in fields if getattr(req, f)}
    if req.dob_from or req.dob_to:
        matched["dob"] = "exact"
    return matched


def too_many_hint(req: SearchRequest) -> str:
    missing = [label for field, label in _NARROWERS
               if not getattr(req, field) or (field == "dob" and len(req.dob or "") < 10)]
    if missing:
        return f"More than {MAX_RESULTS} children match. Add {_join(missing)} to narrow the search."
    return f"More than {MAX_RESULTS} children match. Check the details with the caller."


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def search(engine: Engine, viewer: Viewer, req: SearchRequest, *,
           today: dt.date) -> SearchResponse:
    """Run a search for ``viewer``; the caller audits the IDs in the response."""
    if not may_search(viewer):
        raise ServiceProblem(ProblemType.FORBIDDEN, "Your role does not include searching.")
    missing = req.what_to_add()
    if missing:
        raise ServiceProblem(
            ProblemType.SEARCH_INPUT,
            f"Add {_join(missing)} to search.",
            missing=missing,
        )
    q = Query.from_request(req)
    if req.fuzzy:
        results, too_many = fuzzy_search(engine, viewer, req, q, today)
        if too_many:
            return SearchResponse(status="too_many", results=[], hint=too_many_hint(req))
        if not results:
            return SearchResponse(status="none", results=[], hint=HINT_NONE_FUZZY)
        return SearchResponse(status="ok", results=results)
    conditions = [*exact_conditions(q), children.c.archive_on > today.isoformat()]
    query = (
        select(children.c.id, children.c.forenames, children.c.surname, children.c.dob,
               children.c.gender, children.c.postcode_district, children.c.la,
               children.c.shielded)
        .where(and_(*conditions))
        .order_by(children.c.surname_key, children.c.forenames_key, children.c.dob,
                  children.c.id)
        .limit(MAX_RESULTS + 1)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    if len(rows) > MAX_RESULTS:
        return SearchResponse(status="too_many", results=[], hint=too_many_hint(req))
    if not rows:
        return SearchResponse(status="none", results=[], hint=HINT_NONE)
    matched = matched_fields(req)
    results = [_exact_result(viewer, row, matched) for row in rows]
    return SearchResponse(status="ok", results=results)


def _exact_result(viewer: Viewer, row: Any, matched: dict[str, MatchKind]) -> SearchResult:
    return search_result(
        viewer,
        id=row.id,
        forenames=row.forenames,
        surname=row.surname,
        dob=row.dob,
        gender=row.gender,
        postcode_district=row.postcode_district,
        la=row.la,
        shielded=row.shielded,
        score=1.0,
        grade="certain",
        matched=matched,
    )
