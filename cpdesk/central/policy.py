"""Every disclosure decision of the central service, in one place.

The API, the search engine and the database layer all ask this module what a caller may see,
so a reviewer can check the whole disclosure policy against the rule table in one file:

role                  normal record  shielded          sensitive       ended > 1 yr  archived
                                                       involvement
--------------------  -------------  ----------------  --------------  ------------  -------------
practitioner,         all but        name, DOB,        notice line     hidden        404
helpdesk, trainer     ended > 1 yr   gender, ID,       only
                                     shield marker
cp_manager, data_     all            all, marked       all             shown,        shown, marked
administrator of the                 shielded                          marked ended  archived
owning LA
the same roles of     as             as practitioner   as              hidden        404
another LA            practitioner                     practitioner
user_manager          403            403               403             403           403

A caller holding several roles gets the most permissive access any of them grants. A sensitive
involvement recorded without consent is not even announced by the notice line: only the owning
LA's management team, who broker contact for sensitive services, learn that it exists.

Records are built field by field from the stored :class:`ChildImport`, never by copying the
stored record and deleting what is hidden: a field added to the data supply later stays hidden
until someone decides here that it may be shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Final, Literal

from sqlalchemy import ColumnElement, or_, true

from cpdesk.contract import (
    SENSITIVE_NOTICE,
    SENSITIVE_SERVICES,
    CarerView,
    ChildImport,
    ChildRecord,
    Gender,
    Grade,
    Involvement,
    InvolvementView,
    LinkView,
    MatchKind,
    NameView,
    SearchResult,
    ShieldSummary,
)
from cpdesk.dates import anniversary

__all__ = [
    "SHIELD_HIDDEN_MATCH_KINDS",
    "SHIELD_HIDDEN_SEARCH_FIELDS",
    "Access",
    "LinkEnd",
    "RecordRefused",
    "Viewer",
    "access_level",
    "archive_date",
    "capabilities",
    "involvement_ended",
    "involvement_expired",
    "is_archived",
    "link_visible",
    "may_fold",
    "may_match_by",
    "may_match_on",
    "may_search",
    "record_view",
    "search_result",
    "sql_may_match_by",
    "sql_may_match_on",
]


@dataclass(frozen=True)
class Viewer:
    """The authenticated caller, as the policy needs to know them: roles and home LA only.

    A mediator searching on a practitioner's behalf carries that practitioner in
    ``on_behalf_of`` (and the mediation's ID): what they see is what *both* may see.
    """

    username: str
    roles: frozenset[str]
    la: str
    on_behalf_of: Viewer | None = None
    mediation_id: str | None = None


class Access(IntEnum):
    """How much of one child's record a caller may see; a higher value sees strictly more.

    It is an ``IntEnum`` so that "the most permissive role wins" is a plain ``max``.
    """

    NONE = 0
    STANDARD = 1
    MANAGEMENT = 2


@dataclass(frozen=True)
class _RoleRule:
    own_la: Access
    other_la: Access
    search: bool


# The role column of the table above. A role missing from here (a typo, a role from a newer
# directory) grants nothing, so an unknown role can never widen what a caller sees.
_ROLE_RULES: Final[Mapping[str, _RoleRule]] = {
    "practitioner": _RoleRule(own_la=Access.STANDARD, other_la=Access.STANDARD, search=True),
    "helpdesk": _RoleRule(own_la=Access.STANDARD, other_la=Access.STANDARD, search=True),
    "trainer": _RoleRule(own_la=Access.STANDARD, other_la=Access.STANDARD, search=True),
    "cp_manager": _RoleRule(own_la=Access.MANAGEMENT, other_la=Access.STANDARD, search=True),
    "data_administrator": _RoleRule(
        own_la=Access.MANAGEMENT, other_la=Access.STANDARD, search=True
    ),
    # User managers administer accounts; they have no business need to see any child.
    "user_manager": _RoleRule(own_la=Access.NONE, other_la=Access.NONE, search=False),
    # A mediator sees nothing on their own: only inside a mediation, as the practitioner may
    # (see ``access_level``).
    "mediator": _RoleRule(own_la=Access.NONE, other_la=Access.NONE, search=False),
}

# Retention: the birthday on which a record leaves the live directory, by the consent the
# data supply carries (Connexions to 19; care leavers and learning disabilities to 25).
_ARCHIVE_AGE: Final[Mapping[str, int]] = {"none": 18, "to_19": 19, "to_25": 25}

# An involvement stays on the record this many years after the service stopped working with
# the child, then goes to the archive.
_INVOLVEMENT_KEPT_YEARS: Final = 1

SHIELD_HIDDEN_SEARCH_FIELDS: Final[frozenset[str]] = frozenset({"postcode"})
"""Search inputs that must never match a shielded child.

A match through a hidden field would tell the searcher where the child lives even though the
result itself carries no location.
"""

SHIELD_HIDDEN_MATCH_KINDS: Final[frozenset[str]] = frozenset({"alias"})
"""Match kinds that must never return a shielded child.

A shielded child's aliases are hidden because one may be a pre-adoption identity; returning the
child for a search on that name would link the two identities just as surely as showing it.
"""


class RecordRefused(Exception):
    """The caller may not see this record at all; the API layer turns it into a problem.

    ``status`` is 403 when the caller's roles give no access to any child and 404 when the
    record is out of the caller's reach (archived). A 404 must look exactly like a record that
    does not exist, so ``reason`` is for the audit trail and logs, never for the caller.
    """

    def __init__(self, status: Literal[403, 404], reason: str) -> None:
        super().__init__(f"{status}: {reason}")
        self.status: Literal[403, 404] = status
        self.reason: str = reason


def _own_level(viewer: Viewer, child_la: str) -> Access:
    levels = [Access.NONE]
    for role in viewer.roles:
        rule = _ROLE_RULES.get(role)
        if rule is None:
            continue
        levels.append(rule.own_la if viewer.la == child_la else rule.other_la)
    return max(levels)


def access_level(viewer: Viewer, child_la: str) -> Access:
    """The access the caller's most permissive role grants to a child owned by ``child_la``.

    In a mediation, the lower of the mediator's (a mediator sees as a practitioner does) and
    the practitioner's: a mediation never shows more than the practitioner could see.
    """
    if viewer.on_behalf_of is None:
        return _own_level(viewer, child_la)
    mediator = max(_own_level(viewer, child_la),
                   Access.STANDARD if "mediator" in viewer.roles else Access.NONE)
    return min(mediator, access_level(viewer.on_behalf_of, child_la))


def may_search(viewer: Viewer) -> bool:
    """Whether the caller may search the directory at all.

    The mediator role alone grants no search or record view: only inside a mediation, and
    only when the practitioner could search themselves.
    """
    if viewer.on_behalf_of is not None:
        return "mediator" in viewer.roles and may_search(viewer.on_behalf_of)
    return any(role in _ROLE_RULES and _ROLE_RULES[role].search for role in viewer.roles)


def may_match_on(field: str, shielded: bool) -> bool:
    """Whether the search engine may use ``field`` to match a child with this shield state."""
    return not (shielded and field in SHIELD_HIDDEN_SEARCH_FIELDS)


def may_match_by(kind: str, shielded: bool) -> bool:
    """Whether the search engine may return a child with this shield state by a ``kind`` match.

    Used alongside :func:`may_match_on`: aliases are hidden by kind (``"alias"``), whichever
    name field the alias matched.
    """
    return not (shielded and kind in SHIELD_HIDDEN_MATCH_KINDS)


def sql_may_match_on(field: str, shielded: ColumnElement[bool]) -> ColumnElement[bool]:
    """:func:`may_match_on` as a SQL condition on a ``shielded`` column.

    Added to every query that gathers candidates through ``field``, so that a shielded child
    is never even read through a field its shield hides.
    """
    return shielded.is_(False) if field in SHIELD_HIDDEN_SEARCH_FIELDS else true()


def sql_may_match_by(kind: str, name_kind: ColumnElement[str],
                     shielded: ColumnElement[bool]) -> ColumnElement[bool]:
    """:func:`may_match_by` as a SQL condition: a name row of kind ``name_kind`` may match.

    ``kind`` is the match kind an alias row would give ("alias"); primary names always may.
    """
    if kind not in SHIELD_HIDDEN_MATCH_KINDS:
        return true()
    return or_(name_kind == "primary", shielded.is_(False))


@dataclass(frozen=True)
class LinkEnd:
    """The far end of a link between two records, as much as the policy needs of it."""

    id: str
    la: str
    shielded: bool
    archived: bool


def link_visible(viewer: Viewer, other: LinkEnd) -> bool:
    """Whether the caller may learn that a record is linked to ``other``.

    A link is information: a link from an unshielded record to a shielded one ties the
    shielded child to that record's address, and a link to an archived record points into
    the archive. Only the management team of the linked child's own LA may see such a link.
    Every flag derived from links (duplicate warnings, grouped identities) is computed from
    the links this allows, never from the others.
    """
    if not (other.shielded or other.archived):
        return True
    return access_level(viewer, other.la) is Access.MANAGEMENT


def may_fold(viewer: Viewer, result: LinkEnd, other: LinkEnd) -> bool:
    """Whether a search may fold ``other`` into ``result`` as one child (or mark a duplicate).

    Never for a shielded record, on either side, and for no one: folding two shielded
    records (one under a pre-adoption alias) would prove the link by what a result list
    leaves out, and a result line is the same for every caller (the owning LA's management
    team sees the links on the record itself). So the shielded IDs a search returns are
    exactly those whose own visible fields satisfy the query.
    """
    if result.shielded or other.shielded:
        return False
    return link_visible(viewer, other)


ROLE_TITLES: Final[Mapping[str, str]] = {
    "cp_manager": "ContactPoint manager",
    "data_administrator": "Data administrator",
    "user_manager": "User manager",
    "trainer": "ContactPoint trainer",
    "helpdesk": "Helpdesk",
    "practitioner": "Practitioner",
}
_MANAGEMENT_TEAM: Final = frozenset({"cp_manager", "data_administrator"})


def is_decider(viewer: Viewer) -> bool:
    """Whether the caller holds the role that decides, reviews and confirms shields (of
    their own LA's children); any other caller is refused outright (403). Inside a
    mediation nobody decides: the caller acts with the practitioner's rights alone."""
    return viewer.on_behalf_of is None and "cp_manager" in viewer.roles


def decides_for(viewer: Viewer, la: str) -> bool:
    """A ContactPoint manager of the LA that owns the child; another LA's is told 404."""
    return is_decider(viewer) and viewer.la == la


def in_management_team(viewer: Viewer) -> bool:
    """ContactPoint manager or data administrator: brokers contact, reads access logs (never
    inside a mediation)."""
    return viewer.on_behalf_of is None and bool(viewer.roles & _MANAGEMENT_TEAM)


def manages(viewer: Viewer, la: str) -> bool:
    """The management team of the LA that owns the child."""
    return in_management_team(viewer) and viewer.la == la


# What each capability needs; the session response lists the caller's, and the client
# shows what they allow without a role table of its own.
def capabilities(viewer: Viewer) -> list[str]:
    """The caller's capabilities, computed from the role table above."""
    granted: list[str] = ["view_own_activity"]
    if may_search(viewer):
        granted += ["search", "view_record", "request_shield"]
    if is_decider(viewer):
        granted += ["decide_shield", "review_shield"]
    if in_management_team(viewer):
        granted += ["broker_contact", "view_access_log"]
    if "mediator" in viewer.roles:
        granted.append("mediate")
    if "helpdesk" in viewer.roles:
        granted.append("log_enquiry")
    if "user_manager" in viewer.roles:
        granted.append("manage_users")
    if "data_administrator" in viewer.roles:
        granted.append("resolve_data_issues")
    if may_watch_class(viewer):
        granted.append("view_class_progress")
    return granted


def may_watch_class(viewer: Viewer) -> bool:
    """A ContactPoint trainer sees every trainee's progress in a classroom."""
    return "trainer" in viewer.roles


def may_verify_practitioners(viewer: Viewer) -> bool:
    """Mediators and the helpdesk check who is on the phone before acting for them."""
    return bool({"mediator", "helpdesk"} & viewer.roles)


def team_roles(viewer: Viewer) -> frozenset[str]:
    """The enquiry queues the caller works: one per team role they hold."""
    return viewer.roles & frozenset({"helpdesk", "user_manager", "data_administrator",
                                     "cp_manager"})


def archive_date(dob: dt.date, retention_consent: str) -> dt.date:
    """The day a child's record leaves the live directory (the 18th, 19th or 25th birthday).

    Raises ``ValueError`` for a retention consent the data supply does not define, so that an
    unexpected value can never silently extend retention.
    """
    age = _ARCHIVE_AGE.get(retention_consent)
    if age is None:
        raise ValueError(f"unknown retention_consent {retention_consent!r}")
    return anniversary(dob, age)


def is_archived(dob: dt.date, retention_consent: str, *, today: dt.date) -> bool:
    """Whether the record is archived on ``today``; the database and search use this too."""
    return today >= archive_date(dob, retention_consent)


def involvement_ended(end: dt.date | None, *, today: dt.date) -> bool:
    """Whether the service has stopped working with the child (an end date today or earlier)."""
    return end is not None and end <= today


def involvement_expired(end: dt.date | None, *, today: dt.date) -> bool:
    """Whether the involvement ended more than one calendar year before ``today``.

    Such an involvement belongs to the archive: only the owning LA's management team see it.
    """
    return end is not None and today > anniversary(end, _INVOLVEMENT_KEPT_YEARS)


def _end_date(involvement: Involvement) -> dt.date | None:
    return None if involvement.end is None else dt.date.fromisoformat(involvement.end)


@dataclass(frozen=True)
class StoredChild:
    """A child as the policy decides on it: the supplied record (its ``shielded`` already
    the service's own, authoritative state) with what the service adds — the refs of its
    carers and involvements (in their order), the shield in force, the sensitive
    involvements whose missing consent a manager has overridden."""

    child: ChildImport
    carer_refs: tuple[str, ...] = ()
    involvement_refs: tuple[str, ...] = ()
    shield: ShieldSummary | None = None
    overridden: frozenset[str] = frozenset()
    address_key: str = ""

    def ref_of(self, kind: Literal["carers", "involvements"], position: int) -> str | None:
        refs = self.carer_refs if kind == "carers" else self.involvement_refs
        return refs[position] if position < len(refs) else None

    def sensitive_notice_ref(self, today: dt.date) -> str | None:
        """The one ref a standard viewer's notice carries, or ``None`` for no notice.

        The record's first sensitive involvement that is still on the record and either
        consented to or overridden for child protection: never a count of them.
        """
        for position, involvement in enumerate(self.child.involvements):
            if involvement.service not in SENSITIVE_SERVICES:
                continue
            if involvement_expired(_end_date(involvement), today=today):
                continue  # archived with the involvement: not even the notice may hint at it
            ref = self.ref_of("involvements", position)
            if involvement.consent or (ref is not None and ref in self.overridden):
                return ref
        return None


def _carer_views(stored: StoredChild) -> list[CarerView]:
    return [
        CarerView(
            ref=stored.ref_of("carers", position),
            name=carer.name,
            relationship=carer.relationship,
            phone=carer.phone,
            email=carer.email,
            address=carer.address,
        )
        for position, carer in enumerate(stored.child.carers)
    ]


def _involvement_view(
    involvement: Involvement, *, ref: str | None, ended: bool, consent: bool | None
) -> InvolvementView:
    return InvolvementView(
        ref=ref,
        service=involvement.service,
        organisation=involvement.organisation,
        practitioner=involvement.practitioner,
        phone=involvement.phone,
        email=involvement.email,
        address=involvement.address,
        start=involvement.start,
        end=involvement.end,
        lead_professional=involvement.lead_professional,
        caf=involvement.caf,
        sensitive=involvement.service in SENSITIVE_SERVICES,
        ended=ended,
        consent=consent,
    )


def _names(child: ChildImport) -> list[NameView]:
    return [NameView(forenames=a.forenames, surname=a.surname) for a in child.aliases]


def _links(child: ChildImport, withheld: frozenset[str]) -> list[LinkView]:
    return [LinkView(id=link.id, kind=link.kind) for link in child.links
            if link.id not in withheld]


def _full_record(stored: StoredChild, *, archived: bool, today: dt.date,
                 withheld_links: frozenset[str]) -> ChildRecord:
    """Everything, for the owning LA's management team, who answer for the record's accuracy."""
    child = stored.child
    involvements = [
        _involvement_view(
            involvement,
            ref=stored.ref_of("involvements", position),
            ended=involvement_ended(_end_date(involvement), today=today),
            consent=involvement.consent,
        )
        for position, involvement in enumerate(child.involvements)
    ]
    return ChildRecord(
        id=child.id,
        forenames=child.forenames,
        surname=child.surname,
        aliases=_names(child),
        dob=child.dob,
        gender=child.gender,
        shielded=child.shielded,
        archived=archived,
        view="full",
        address=child.address,
        la=child.la,
        carers=_carer_views(stored),
        involvements=involvements,
        sensitive_notice=None,
        links=_links(child, withheld_links),
        shield=stored.shield if child.shielded else None,
    )


def _shielded_record(child: ChildImport) -> ChildRecord:
    """Name, DOB, gender and ID only: anything else could lead someone to where the child is.

    Aliases are withheld too, since one may link pre- and post-adoption identities; links,
    the owning LA and the sensitive-service notice go for the same reasons.
    """
    return ChildRecord(
        id=child.id,
        forenames=child.forenames,
        surname=child.surname,
        dob=child.dob,
        gender=child.gender,
        shielded=True,
        archived=False,
        view="shielded",
    )


def _standard_record(
    stored: StoredChild, *, today: dt.date, withheld_links: frozenset[str]
) -> ChildRecord:
    """The contacts list a practitioner needs, without sensitive details or archived contacts.

    A sensitive involvement is never listed; at most one notice line says one is involved
    (with consent, or a recorded child-protection override), so the management team can
    broker contact. Without either, it is not even announced.
    """
    child = stored.child
    involvements: list[InvolvementView] = []
    for position, involvement in enumerate(child.involvements):
        end = _end_date(involvement)
        if involvement_expired(end, today=today) or involvement.service in SENSITIVE_SERVICES:
            continue
        involvements.append(
            _involvement_view(
                involvement, ref=stored.ref_of("involvements", position),
                ended=involvement_ended(end, today=today), consent=None,
            )
        )
    notice_ref = stored.sensitive_notice_ref(today)
    notice = notice_ref is not None or any(
        inv.service in SENSITIVE_SERVICES and inv.consent
        and not involvement_expired(_end_date(inv), today=today)
        for inv in child.involvements)
    return ChildRecord(
        id=child.id,
        forenames=child.forenames,
        surname=child.surname,
        aliases=_names(child),
        dob=child.dob,
        gender=child.gender,
        shielded=False,
        archived=False,
        view="standard",
        address=child.address,
        la=child.la,
        carers=_carer_views(stored),
        involvements=involvements,
        sensitive_notice=SENSITIVE_NOTICE if notice else None,
        sensitive_ref=notice_ref,
        links=_links(child, withheld_links),
    )


def record_view(
    viewer: Viewer,
    stored: StoredChild,
    *,
    today: dt.date,
    withheld_links: frozenset[str],
) -> ChildRecord:
    """The child's record as this caller may see it, or :class:`RecordRefused`.

    ``withheld_links`` names the linked children the caller must not be pointed to; the
    records layer computes it with :func:`link_visible` from what it knows of each linked
    record. It has no default, so no caller can forget it: a link from an unshielded record
    to a shielded one would tie the shielded child to this record's address.
    """
    child = stored.child
    access = access_level(viewer, child.la)
    if access is Access.NONE:
        raise RecordRefused(403, "no role of the caller may view child records")
    archived = is_archived(
        dt.date.fromisoformat(child.dob), child.retention_consent, today=today
    )
    if access is Access.MANAGEMENT:
        return _full_record(stored, archived=archived, today=today,
                            withheld_links=withheld_links)
    if archived:
        raise RecordRefused(404, "record archived")
    if child.shielded:
        return _shielded_record(child)
    return _standard_record(stored, today=today, withheld_links=withheld_links)


def search_result(
    viewer: Viewer,
    *,
    id: str,
    forenames: str,
    surname: str,
    dob: str,
    gender: Gender,
    postcode_district: str | None,
    la: str | None,
    shielded: bool,
    score: float,
    grade: Grade,
    matched: Mapping[str, MatchKind],
    identities: Iterable[NameView] = (),
    possible_duplicate: bool = False,
) -> SearchResult:
    """One result line, the same for every caller who may search.

    A result list is shown before anyone opens a record, so it cannot depend on who owns the
    child: a shielded child's line carries no location (postcode district, LA) and no other
    identities, even for its own LA's management team, who open the record to see more.

    Raises :class:`RecordRefused` (403) for a caller who may not search, and ``ValueError``
    when a shielded child was matched through a hidden field or an alias: that would already
    have disclosed what the shield hides, so the search engine must be fixed, not the result.
    """
    if not may_search(viewer):
        raise RecordRefused(403, "no role of the caller may search")
    if shielded:
        for field, kind in matched.items():
            if not may_match_on(field, shielded=True) or not may_match_by(kind, shielded=True):
                raise ValueError(f"shielded child matched through hidden {field}/{kind}")
        return SearchResult(
            id=id,
            forenames=forenames,
            surname=surname,
            dob=dob,
            gender=gender,
            postcode_district=None,
            la=None,
            shielded=True,
            score=score,
            grade=grade,
            matched=dict(matched),
            identities=[],
            possible_duplicate=False,  # a duplicate flag would reveal a link (may_fold)
        )
    return SearchResult(
        id=id,
        forenames=forenames,
        surname=surname,
        dob=dob,
        gender=gender,
        postcode_district=postcode_district,
        la=la,
        shielded=False,
        score=score,
        grade=grade,
        matched=dict(matched),
        identities=list(identities),
        possible_duplicate=possible_duplicate,
    )
