"""The disclosure policy of the central service, checked against its rule table.

The first half walks the table cell by cell (role x column) with fixed records whose every
field holds a recognisable value, so each test can say exactly what is present and what is
absent. The second half throws random records at random callers and checks the rules that
must hold whatever the data: nothing a shield hides or a sensitive service keeps private ever
reaches a caller outside the owning LA's management team.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpdesk.central.policy import (
    SHIELD_HIDDEN_MATCH_KINDS,
    SHIELD_HIDDEN_SEARCH_FIELDS,
    Access,
    LinkEnd,
    RecordRefused,
    StoredChild,
    Viewer,
    access_level,
    archive_date,
    capabilities,
    involvement_ended,
    involvement_expired,
    is_archived,
    link_visible,
    may_fold,
    may_match_by,
    may_match_on,
    may_search,
    search_result,
)
from cpdesk.central.policy import record_view as policy_record_view
from cpdesk.contract import (
    ROLES,
    SENSITIVE_NOTICE,
    SENSITIVE_SERVICES,
    ChildImport,
    ChildRecord,
    NameView,
    SearchResult,
)

TODAY = dt.date(2025, 6, 15)
OWN_LA = "LAOWN1"
OTHER_LA = "LAOTH2"

STANDARD_ROLES = ("practitioner", "helpdesk", "trainer")
MANAGEMENT_ROLES = ("cp_manager", "data_administrator")
ANY_LA = (OWN_LA, OTHER_LA)
# Everyone who sees a record as a practitioner does: the standard roles anywhere and the
# management roles of another LA.
STANDARD_VIEWERS = [
    *[(role, la) for role in STANDARD_ROLES for la in ANY_LA],
    *[(role, OTHER_LA) for role in MANAGEMENT_ROLES],
]

# Every value a shield hides, as it appears in the fixed record below.
CHILD_ADDRESS = {"lines": ["12 Hidden Road", "Northtown"], "postcode": "NT1 4XY"}
CARER_ADDRESS = {"lines": ["3 Carer Close"], "postcode": "NT2 5AB"}
SENSITIVE_ADDRESS = {"lines": ["Clinic Lane"], "postcode": "NT3 6CD"}


def iso(day: dt.date) -> str:
    return day.isoformat()


def involvement(service: str, organisation: str, **overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "service": service,
        "organisation": organisation,
        "practitioner": f"{organisation} practitioner",
        "phone": "0111 222 333",
        "email": "office@service.example",
        "address": {"lines": [f"{organisation} building"], "postcode": "SV1 1AA"},
        "start": "2020-09-01",
        "end": None,
        "lead_professional": False,
        "caf": False,
        "consent": True,
    }
    base.update(overrides)
    return base


def sensitive(organisation: str, *, consent: bool, **overrides: Any) -> dict[str, Any]:
    return involvement(
        "mental_health",
        organisation,
        practitioner="Dr Sensitive Person",
        phone="0999 888 777",
        email="clinic@sensitive.example",
        address=SENSITIVE_ADDRESS,
        consent=consent,
        **overrides,
    )


def child(**overrides: Any) -> ChildImport:
    """A child record owned by OWN_LA, aged 10 on TODAY, with two current involvements."""
    data: dict[str, Any] = {
        "id": "CP-0001",
        "forenames": "Amy Jane",
        "surname": "Example",
        "aliases": [{"forenames": "Amy", "surname": "Formername"}],
        "gender": "female",
        "dob": "2015-03-10",
        "address": CHILD_ADDRESS,
        "la": OWN_LA,
        "shielded": False,
        "retention_consent": "none",
        "carers": [
            {
                "name": "Pat Example",
                "relationship": "mother",
                "phone": "0111 444 555",
                "email": "pat@home.example",
                "address": CARER_ADDRESS,
            }
        ],
        "involvements": [
            involvement("school", "Northtown Primary", lead_professional=True),
            involvement("gp", "Northtown Surgery", caf=True),
        ],
        "links": [{"id": "CP-0002", "kind": "possible_duplicate"}],
    }
    data.update(overrides)
    return ChildImport.model_validate(data)


def viewer(*roles: str, la: str = OWN_LA) -> Viewer:
    return Viewer(username="someone", roles=frozenset(roles), la=la)


def refusal(who: Viewer, record: ChildImport) -> RecordRefused:
    with pytest.raises(RecordRefused) as caught:
        record_view(who, record, today=TODAY)
    return caught.value


def organisations(record: ChildRecord) -> list[str]:
    return [inv.organisation for inv in record.involvements]


SHIELDED_ONLY = {
    "id": "CP-0001",
    "forenames": "Amy Jane",
    "surname": "Example",
    "aliases": [],
    "dob": "2015-03-10",
    "gender": "female",
    "shielded": True,
    "archived": False,
    "view": "shielded",
    "address": None,
    "la": None,
    "carers": [],
    "involvements": [],
    "sensitive_notice": None,
    "links": [],
    "sensitive_ref": None,
    "shield": None,
}


# --- Who gets which access -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("roles", "viewer_la", "expected"),
    [
        (("practitioner",), OWN_LA, Access.STANDARD),
        (("practitioner",), OTHER_LA, Access.STANDARD),
        (("helpdesk",), OTHER_LA, Access.STANDARD),
        (("trainer",), OWN_LA, Access.STANDARD),
        (("cp_manager",), OWN_LA, Access.MANAGEMENT),
        (("cp_manager",), OTHER_LA, Access.STANDARD),
        (("data_administrator",), OWN_LA, Access.MANAGEMENT),
        (("data_administrator",), OTHER_LA, Access.STANDARD),
        (("user_manager",), OWN_LA, Access.NONE),
        (("user_manager",), OTHER_LA, Access.NONE),
        ((), OWN_LA, Access.NONE),
        (("auditor",), OWN_LA, Access.NONE),
        (("user_manager", "practitioner"), OWN_LA, Access.STANDARD),
        (("user_manager", "cp_manager"), OWN_LA, Access.MANAGEMENT),
        (("practitioner", "data_administrator"), OWN_LA, Access.MANAGEMENT),
        (("practitioner", "cp_manager"), OTHER_LA, Access.STANDARD),
        (("user_manager", "cp_manager"), OTHER_LA, Access.STANDARD),
    ],
)
def test_access_level(roles: tuple[str, ...], viewer_la: str, expected: Access) -> None:
    assert access_level(viewer(*roles, la=viewer_la), OWN_LA) is expected


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        (("practitioner",), True),
        (("helpdesk",), True),
        (("trainer",), True),
        (("cp_manager",), True),
        (("data_administrator",), True),
        (("user_manager",), False),
        ((), False),
        (("auditor",), False),
        (("user_manager", "helpdesk"), True),
    ],
)
def test_may_search(roles: tuple[str, ...], expected: bool) -> None:
    assert may_search(viewer(*roles)) is expected


# --- Column: normal record -----------------------------------------------------------------


@pytest.mark.parametrize("la", ANY_LA)
@pytest.mark.parametrize("role", STANDARD_ROLES)
def test_normal_record_standard_roles_see_the_contacts(role: str, la: str) -> None:
    record = record_view(viewer(role, la=la), child(), today=TODAY)

    assert record.view == "standard"
    assert record.shielded is False
    assert record.archived is False
    assert record.aliases == [NameView(forenames="Amy", surname="Formername")]
    assert record.address is not None
    assert record.address.model_dump() == CHILD_ADDRESS
    assert record.la == OWN_LA
    assert [c.name for c in record.carers] == ["Pat Example"]
    assert record.carers[0].address is not None
    assert record.carers[0].address.model_dump() == CARER_ADDRESS
    assert record.carers[0].phone == "0111 444 555"
    assert organisations(record) == ["Northtown Primary", "Northtown Surgery"]
    school, gp = record.involvements
    assert (school.lead_professional, school.caf) == (True, False)
    assert (gp.lead_professional, gp.caf) == (False, True)
    assert all(not inv.sensitive and not inv.ended for inv in record.involvements)
    assert all(inv.consent is None for inv in record.involvements)
    assert record.sensitive_notice is None
    assert [link.id for link in record.links] == ["CP-0002"]


@pytest.mark.parametrize("role", MANAGEMENT_ROLES)
def test_normal_record_owning_management_sees_all(role: str) -> None:
    record = record_view(viewer(role, la=OWN_LA), child(), today=TODAY)

    stored = child()
    assert record.view == "full"
    assert record.shielded is False
    assert record.archived is False
    assert [a.model_dump() for a in record.aliases] == [a.model_dump() for a in stored.aliases]
    assert record.address == stored.address
    assert record.la == OWN_LA
    assert [c.model_dump(exclude={"ref"}) for c in record.carers] == [
        c.model_dump(exclude={"id"}) for c in stored.carers]
    assert organisations(record) == ["Northtown Primary", "Northtown Surgery"]
    assert all(inv.consent is True for inv in record.involvements)
    assert [link.model_dump() for link in record.links] == [
        link.model_dump() for link in stored.links]


@pytest.mark.parametrize("role", MANAGEMENT_ROLES)
def test_normal_record_other_la_management_is_a_practitioner(role: str) -> None:
    record = record_view(viewer(role, la=OTHER_LA), child(), today=TODAY)
    assert record == record_view(viewer("practitioner"), child(), today=TODAY)


@pytest.mark.parametrize("la", ANY_LA)
def test_normal_record_user_manager_refused(la: str) -> None:
    refused = refusal(viewer("user_manager", la=la), child())
    assert refused.status == 403


# --- Column: shielded ----------------------------------------------------------------------


def shielded_child(**overrides: Any) -> ChildImport:
    involvements = [*child().model_dump()["involvements"], sensitive("Mind Clinic", consent=True)]
    return child(shielded=True, involvements=involvements, **overrides)


@pytest.mark.parametrize("la", ANY_LA)
@pytest.mark.parametrize("role", STANDARD_ROLES)
def test_shielded_standard_roles_see_name_dob_gender_id(role: str, la: str) -> None:
    record = record_view(viewer(role, la=la), shielded_child(), today=TODAY)

    assert record.model_dump() == SHIELDED_ONLY
    text = record.model_dump_json()
    for hidden in ("Hidden Road", "NT1", "Formername", "Pat Example", "Carer Close",
                   "Northtown", OWN_LA, "CP-0002", "Mind Clinic", "Dr Sensitive", "0999"):
        assert hidden not in text


@pytest.mark.parametrize("role", MANAGEMENT_ROLES)
def test_shielded_owning_management_sees_all_marked_shielded(role: str) -> None:
    record = record_view(viewer(role, la=OWN_LA), shielded_child(), today=TODAY)

    assert record.view == "full"
    assert record.shielded is True
    assert record.address is not None
    assert record.la == OWN_LA
    assert record.aliases == [NameView(forenames="Amy", surname="Formername")]
    assert [c.name for c in record.carers] == ["Pat Example"]
    assert record.carers[0].address is not None
    assert organisations(record) == ["Northtown Primary", "Northtown Surgery", "Mind Clinic"]
    assert [link.id for link in record.links] == ["CP-0002"]


@pytest.mark.parametrize("role", MANAGEMENT_ROLES)
def test_shielded_other_la_management_sees_name_dob_gender_id(role: str) -> None:
    record = record_view(viewer(role, la=OTHER_LA), shielded_child(), today=TODAY)
    assert record.model_dump() == SHIELDED_ONLY


@pytest.mark.parametrize("la", ANY_LA)
def test_shielded_user_manager_refused(la: str) -> None:
    assert refusal(viewer("user_manager", la=la), shielded_child()).status == 403


# --- Column: sensitive involvement ---------------------------------------------------------


def with_involvements(*extra: dict[str, Any]) -> ChildImport:
    return child(involvements=[*child().model_dump()["involvements"], *extra])


SENSITIVE_DETAILS = ("Mind Clinic", "Dr Sensitive", "0999", "sensitive.example", "Clinic Lane",
                     "NT3", "mental_health")


@pytest.mark.parametrize(("role", "la"), STANDARD_VIEWERS)
def test_sensitive_consented_standard_sees_only_the_notice(role: str, la: str) -> None:
    record = record_view(
        viewer(role, la=la), with_involvements(sensitive("Mind Clinic", consent=True)),
        today=TODAY,
    )

    assert record.view == "standard"
    assert record.sensitive_notice == SENSITIVE_NOTICE
    assert organisations(record) == ["Northtown Primary", "Northtown Surgery"]
    assert not any(inv.service in SENSITIVE_SERVICES or inv.sensitive
                   for inv in record.involvements)
    text = record.model_dump_json()
    for detail in SENSITIVE_DETAILS:
        assert detail not in text


@pytest.mark.parametrize("la", ANY_LA)
@pytest.mark.parametrize("role", STANDARD_ROLES)
def test_sensitive_without_consent_is_not_even_announced(role: str, la: str) -> None:
    record = record_view(
        viewer(role, la=la), with_involvements(sensitive("Mind Clinic", consent=False)),
        today=TODAY,
    )

    assert record.sensitive_notice is None
    assert organisations(record) == ["Northtown Primary", "Northtown Surgery"]
    for detail in SENSITIVE_DETAILS:
        assert detail not in record.model_dump_json()


def test_sensitive_notice_when_one_of_several_is_consented() -> None:
    record = record_view(
        viewer("practitioner"),
        with_involvements(
            sensitive("Mind Clinic", consent=False),
            involvement("sexual_health", "Sexual Health Service", consent=True),
        ),
        today=TODAY,
    )
    assert record.sensitive_notice == SENSITIVE_NOTICE
    assert organisations(record) == ["Northtown Primary", "Northtown Surgery"]


@pytest.mark.parametrize("role", MANAGEMENT_ROLES)
def test_sensitive_owning_management_sees_in_full(role: str) -> None:
    record = record_view(
        viewer(role, la=OWN_LA),
        with_involvements(
            sensitive("Mind Clinic", consent=True),
            involvement("substance_misuse", "Recovery Service", consent=False),
        ),
        today=TODAY,
    )

    assert record.view == "full"
    assert record.sensitive_notice is None
    clinic, recovery = record.involvements[2:]
    assert clinic.organisation == "Mind Clinic"
    assert clinic.practitioner == "Dr Sensitive Person"
    assert clinic.phone == "0999 888 777"
    assert clinic.email == "clinic@sensitive.example"
    assert clinic.address is not None
    assert clinic.address.model_dump() == SENSITIVE_ADDRESS
    assert (clinic.sensitive, clinic.consent) == (True, True)
    assert recovery.organisation == "Recovery Service"
    assert (recovery.sensitive, recovery.consent) == (True, False)
    assert not any(inv.sensitive for inv in record.involvements[:2])


@pytest.mark.parametrize("la", ANY_LA)
def test_sensitive_user_manager_refused(la: str) -> None:
    record = with_involvements(sensitive("Mind Clinic", consent=True))
    assert refusal(viewer("user_manager", la=la), record).status == 403


# --- Column: ended involvements ------------------------------------------------------------


def ended_child() -> ChildImport:
    return with_involvements(
        involvement("youth_worker", "Old Youth Club", end="2024-06-14"),  # > 1 yr
        involvement("health_visitor", "Recent Visitor", end="2024-06-15"),  # exactly 1 yr
        involvement("social_worker", "Ends Today", end=iso(TODAY)),
        involvement("other", "Ends Next Month", end="2025-07-15"),
        sensitive("Old Clinic", consent=True, end="2023-01-01"),  # > 1 yr, sensitive
    )


@pytest.mark.parametrize(("role", "la"), STANDARD_VIEWERS)
def test_ended_more_than_a_year_hidden_from_standard(role: str, la: str) -> None:
    record = record_view(viewer(role, la=la), ended_child(), today=TODAY)

    assert organisations(record) == [
        "Northtown Primary", "Northtown Surgery", "Recent Visitor", "Ends Today",
        "Ends Next Month",
    ]
    ended = {inv.organisation: inv.ended for inv in record.involvements}
    assert ended == {
        "Northtown Primary": False,
        "Northtown Surgery": False,
        "Recent Visitor": True,
        "Ends Today": True,
        "Ends Next Month": False,
    }
    assert "Old Youth Club" not in record.model_dump_json()
    # The only sensitive involvement went to the archive: nothing may hint at it.
    assert record.sensitive_notice is None


@pytest.mark.parametrize("role", MANAGEMENT_ROLES)
def test_ended_owning_management_sees_all_marked_ended(role: str) -> None:
    record = record_view(viewer(role, la=OWN_LA), ended_child(), today=TODAY)

    ended = {inv.organisation: inv.ended for inv in record.involvements}
    assert ended == {
        "Northtown Primary": False,
        "Northtown Surgery": False,
        "Old Youth Club": True,
        "Recent Visitor": True,
        "Ends Today": True,
        "Ends Next Month": False,
        "Old Clinic": True,
    }


@pytest.mark.parametrize("la", ANY_LA)
def test_ended_user_manager_refused(la: str) -> None:
    assert refusal(viewer("user_manager", la=la), ended_child()).status == 403


# --- Column: archived ----------------------------------------------------------------------


def archived_child(**overrides: Any) -> ChildImport:
    return child(dob="2007-06-15", **overrides)  # 18th birthday is TODAY


@pytest.mark.parametrize(("role", "la"), STANDARD_VIEWERS)
def test_archived_is_not_found_outside_owning_management(role: str, la: str) -> None:
    refused = refusal(viewer(role, la=la), archived_child())
    assert refused.status == 404
    assert refusal(viewer(role, la=la), archived_child(shielded=True)).status == 404


@pytest.mark.parametrize("role", MANAGEMENT_ROLES)
def test_archived_owning_management_sees_all_marked_archived(role: str) -> None:
    record = record_view(viewer(role, la=OWN_LA), archived_child(shielded=True), today=TODAY)

    assert record.view == "full"
    assert record.archived is True
    assert record.shielded is True
    assert record.address is not None
    assert record.la == OWN_LA
    assert organisations(record) == ["Northtown Primary", "Northtown Surgery"]


@pytest.mark.parametrize("la", ANY_LA)
def test_archived_user_manager_refused(la: str) -> None:
    assert refusal(viewer("user_manager", la=la), archived_child()).status == 403


def test_retention_consent_keeps_the_record_live() -> None:
    who = viewer("practitioner")
    assert record_view(who, archived_child(retention_consent="to_19"), today=TODAY).view == (
        "standard"
    )
    assert record_view(who, archived_child(retention_consent="to_25"), today=TODAY).view == (
        "standard"
    )
    assert refusal(who, child(dob="2006-06-15", retention_consent="to_19")).status == 404
    assert refusal(who, child(dob="2000-06-15", retention_consent="to_25")).status == 404
    assert record_view(who, child(dob="2000-06-16", retention_consent="to_25"),
                       today=TODAY).archived is False


# --- Several roles -------------------------------------------------------------------------


def test_user_manager_and_practitioner_sees_as_practitioner() -> None:
    record = record_view(viewer("user_manager", "practitioner"), child(), today=TODAY)
    assert record == record_view(viewer("practitioner"), child(), today=TODAY)


@pytest.mark.parametrize(
    "roles",
    [("practitioner", "cp_manager"), ("user_manager", "data_administrator"),
     ("helpdesk", "trainer", "cp_manager", "user_manager")],
)
def test_owning_management_role_among_others_gives_full(roles: tuple[str, ...]) -> None:
    record = record_view(viewer(*roles, la=OWN_LA), shielded_child(), today=TODAY)
    assert record.view == "full"
    assert record.la == OWN_LA


def test_other_la_manager_and_practitioner_sees_shielded_view() -> None:
    record = record_view(viewer("cp_manager", "practitioner", la=OTHER_LA), shielded_child(),
                         today=TODAY)
    assert record.model_dump() == SHIELDED_ONLY


@pytest.mark.parametrize("roles", [(), ("auditor",), ("user_manager", "auditor")])
def test_no_viewing_role_is_refused(roles: tuple[str, ...]) -> None:
    refused = refusal(viewer(*roles), child())
    assert refused.status == 403
    assert refused.reason


def record_view(who: Viewer, record: ChildImport, *, today: dt.date,
                withheld_links: Iterable[str] = ()) -> ChildRecord:
    return policy_record_view(who, StoredChild(child=record), today=today,
                              withheld_links=frozenset(withheld_links))


# --- Links to shielded children ------------------------------------------------------------


def test_withheld_links_are_dropped_from_every_view() -> None:
    # Whether a link is withheld depends on the linked child's LA, not this record's: the
    # records layer decides it with link_visible, and every view drops what it withholds.
    record = child(links=[{"id": "CP-0002", "kind": "same_child"},
                          {"id": "CP-0003", "kind": "possible_duplicate"}])
    for who in (viewer("practitioner"), viewer("cp_manager")):
        seen = record_view(who, record, today=TODAY, withheld_links=["CP-0002"])
        assert [link.id for link in seen.links] == ["CP-0003"]


@pytest.mark.parametrize("shielded", [False, True])
@pytest.mark.parametrize("archived", [False, True])
@pytest.mark.parametrize("roles", [("practitioner",), ("helpdesk",), ("cp_manager",),
                                   ("data_administrator",), ("cp_manager", "practitioner")])
@pytest.mark.parametrize("la", ANY_LA)
def test_a_link_to_a_shielded_or_archived_child_shows_only_to_its_own_management(
        shielded: bool, archived: bool, roles: tuple[str, ...], la: str) -> None:
    other = LinkEnd(id="CP-0002", la=OWN_LA, shielded=shielded, archived=archived)
    management_of_it = la == OWN_LA and bool({"cp_manager", "data_administrator"} & set(roles))
    expected = not (shielded or archived) or management_of_it
    assert link_visible(viewer(*roles, la=la), other) is expected


@pytest.mark.parametrize("roles", [("practitioner",), ("cp_manager",)])
@pytest.mark.parametrize("la", ANY_LA)
def test_shielded_records_are_never_folded(
        roles: tuple[str, ...], la: str) -> None:
    who = viewer(*roles, la=la)
    plain = LinkEnd(id="CP-1", la=OWN_LA, shielded=False, archived=False)
    hidden = LinkEnd(id="CP-2", la=OWN_LA, shielded=True, archived=False)
    hidden_too = LinkEnd(id="CP-3", la=OWN_LA, shielded=True, archived=False)
    assert may_fold(who, plain, plain) is True
    assert may_fold(who, plain, hidden) is False
    assert may_fold(who, hidden, plain) is False
    assert may_fold(who, hidden, hidden_too) is False


def test_capabilities_follow_the_role_table() -> None:
    assert {"search", "view_record"} <= set(capabilities(viewer("helpdesk")))
    assert "search" not in capabilities(viewer("user_manager"))
    assert "view_own_activity" in capabilities(viewer("user_manager"))


# --- Dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dob", "consent", "expected"),
    [
        (dt.date(2010, 5, 4), "none", dt.date(2028, 5, 4)),
        (dt.date(2010, 5, 4), "to_19", dt.date(2029, 5, 4)),
        (dt.date(2010, 5, 4), "to_25", dt.date(2035, 5, 4)),
        (dt.date(2008, 2, 29), "none", dt.date(2026, 3, 1)),
        (dt.date(2008, 2, 29), "to_19", dt.date(2027, 3, 1)),
        (dt.date(2012, 2, 29), "none", dt.date(2030, 3, 1)),
        (dt.date(2004, 2, 29), "to_25", dt.date(2029, 3, 1)),
        (dt.date(2010, 2, 28), "none", dt.date(2028, 2, 28)),
        (dt.date(2010, 3, 1), "none", dt.date(2028, 3, 1)),
    ],
)
def test_archive_date(dob: dt.date, consent: str, expected: dt.date) -> None:
    assert archive_date(dob, consent) == expected


def test_archive_date_for_29_february_in_a_leap_year() -> None:
    # Born 29 Feb 2008: the 20th birthday (2028) is a real 29 February, the 18th is not.
    assert archive_date(dt.date(2008, 2, 29), "none") == dt.date(2026, 3, 1)
    assert archive_date(dt.date(2003, 2, 28), "to_25") == dt.date(2028, 2, 28)


def test_is_archived_from_the_archive_date() -> None:
    dob = dt.date(2008, 2, 29)
    assert not is_archived(dob, "none", today=dt.date(2026, 2, 28))
    assert is_archived(dob, "none", today=dt.date(2026, 3, 1))
    assert not is_archived(dt.date(2007, 6, 16), "none", today=TODAY)
    assert is_archived(dt.date(2007, 6, 15), "none", today=TODAY)


def test_unknown_retention_consent_is_refused() -> None:
    with pytest.raises(ValueError, match="retention_consent"):
        archive_date(dt.date(2010, 1, 1), "forever")


def test_involvement_ended() -> None:
    assert not involvement_ended(None, today=TODAY)
    assert involvement_ended(TODAY, today=TODAY)
    assert not involvement_ended(TODAY + dt.timedelta(days=1), today=TODAY)


@pytest.mark.parametrize(
    ("end", "today", "expired"),
    [
        (dt.date(2024, 6, 15), dt.date(2025, 6, 15), False),
        (dt.date(2024, 6, 14), dt.date(2025, 6, 15), True),
        (dt.date(2024, 2, 29), dt.date(2025, 2, 28), False),
        (dt.date(2024, 2, 29), dt.date(2025, 3, 1), False),
        (dt.date(2024, 2, 29), dt.date(2025, 3, 2), True),
        (dt.date(2027, 2, 28), dt.date(2028, 2, 28), False),
        (dt.date(2027, 2, 28), dt.date(2028, 2, 29), True),
        (dt.date(2025, 12, 1), dt.date(2025, 6, 15), False),
    ],
)
def test_involvement_expired(end: dt.date, today: dt.date, expired: bool) -> None:
    assert involvement_expired(end, today=today) is expired
    assert not involvement_expired(None, today=today)


# --- Search results ------------------------------------------------------------------------


def result_for(who: Viewer, *, shielded: bool, **overrides: Any) -> SearchResult:
    arguments: dict[str, Any] = {
        "id": "CP-0001",
        "forenames": "Amy Jane",
        "surname": "Example",
        "dob": "2015-03-10",
        "gender": "female",
        "postcode_district": "NT1",
        "la": OWN_LA,
        "shielded": shielded,
        "score": 0.93,
        "grade": "certain",
        "matched": {"surname": "exact", "dob": "exact"},
        "identities": [NameView(forenames="Amy", surname="Formername")],
        "possible_duplicate": True,
    }
    arguments.update(overrides)
    return search_result(who, **arguments)


SEARCHERS = [viewer(role, la=la) for role in (*STANDARD_ROLES, *MANAGEMENT_ROLES)
             for la in ANY_LA]


@pytest.mark.parametrize("who", SEARCHERS, ids=lambda v: f"{min(v.roles)}@{v.la}")
def test_search_result_of_shielded_child_is_the_same_for_everyone(who: Viewer) -> None:
    result = result_for(who, shielded=True)
    assert result.model_dump() == {
        "id": "CP-0001",
        "forenames": "Amy Jane",
        "surname": "Example",
        "dob": "2015-03-10",
        "gender": "female",
        "postcode_district": None,
        "la": None,
        "shielded": True,
        "score": 0.93,
        "grade": "certain",
        "matched": {"surname": "exact", "dob": "exact"},
        "identities": [],
        "possible_duplicate": False,
    }


@pytest.mark.parametrize("who", SEARCHERS, ids=lambda v: f"{min(v.roles)}@{v.la}")
def test_search_result_of_normal_child_carries_location(who: Viewer) -> None:
    result = result_for(who, shielded=False)
    assert result.postcode_district == "NT1"
    assert result.la == OWN_LA
    assert result.identities == [NameView(forenames="Amy", surname="Formername")]
    assert result.shielded is False


@pytest.mark.parametrize("roles", [("user_manager",), (), ("auditor",)])
def test_search_result_refused_to_non_searchers(roles: tuple[str, ...]) -> None:
    with pytest.raises(RecordRefused) as caught:
        result_for(viewer(*roles), shielded=False)
    assert caught.value.status == 403


@pytest.mark.parametrize(
    "matched", [{"postcode": "exact"}, {"surname": "alias"}, {"forenames": "alias"}]
)
def test_shielded_child_matched_through_hidden_field_is_a_bug(matched: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="shielded"):
        result_for(viewer("practitioner"), shielded=True, matched=matched)
    assert result_for(viewer("practitioner"), shielded=False, matched=matched).matched == matched


def test_hidden_search_fields() -> None:
    assert frozenset({"postcode"}) == SHIELD_HIDDEN_SEARCH_FIELDS
    assert frozenset({"alias"}) == SHIELD_HIDDEN_MATCH_KINDS
    assert not may_match_on("postcode", shielded=True)
    assert may_match_on("postcode", shielded=False)
    for field in ("surname", "forenames", "dob", "gender", "id"):
        assert may_match_on(field, shielded=True)
    assert not may_match_by("alias", shielded=True)
    assert may_match_by("alias", shielded=False)
    for kind in ("exact", "phonetic", "nickname", "swapped", "similar", "dob_near"):
        assert may_match_by(kind, shielded=True)


# --- Properties over random records and callers --------------------------------------------

LAS = ("LAA01", "LAB02", "LAC03")
ALL_ROLES = (*ROLES, "auditor")
SERVICES = ("school", "gp", "health_visitor", "social_worker", "youth_worker",
            "youth_offending", "other", *sorted(SENSITIVE_SERVICES))

# Marker strings: every value that only a management viewer may see carries one, so a leak
# shows up as a substring of the serialised record whatever field it slipped into.
LOCATION_MARKERS = ("Locroad", "LC1 1LC", "Carerlane", "CR1 1CR", "Aliasname", "LINKED-",
                    "Orgname", "OR1 1OR", *LAS)
SENSITIVE_MARKERS = ("Sensorg", "Sensprac", "0999", "sens.example", "Sensaddr", "SN1 1SN",
                     *sorted(SENSITIVE_SERVICES))


def full_years(start: dt.date, end: dt.date) -> int:
    """Whole years from start to end; someone born 29 February ages on 1 March."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def oracle_archived(record: ChildImport, today: dt.date) -> bool:
    age = full_years(dt.date.fromisoformat(record.dob), today)
    return age >= {"none": 18, "to_19": 19, "to_25": 25}[record.retention_consent]


def oracle_expired(end: str | None, today: dt.date) -> bool:
    """A full year had already passed by yesterday."""
    if end is None:
        return False
    return full_years(dt.date.fromisoformat(end), today - dt.timedelta(days=1)) >= 1


def oracle_management(who: Viewer, record: ChildImport) -> bool:
    return who.la == record.la and bool(who.roles & {"cp_manager", "data_administrator"})


def oracle_may_view(who: Viewer) -> bool:
    return bool(who.roles & {"practitioner", "helpdesk", "trainer", "cp_manager",
                             "data_administrator"})


@st.composite
def involvements(draw: st.DrawFn, today: dt.date, index: int) -> dict[str, Any]:
    service = draw(st.sampled_from(SERVICES))
    ends = st.none() | st.integers(-1200, 300).map(lambda d: iso(today + dt.timedelta(days=d)))
    marker = "Sens" if service in SENSITIVE_SERVICES else "Org"
    return {
        "service": service,
        "organisation": f"{marker}org {index}" if marker == "Sens" else f"Orgname {index}",
        "practitioner": draw(st.none() | st.just(f"{marker}prac {index}" if marker == "Sens"
                                                  else f"Orgname person {index}")),
        "phone": draw(st.none() | st.just("0999 000 111" if marker == "Sens" else "0111 000")),
        "email": draw(st.none() | st.just("a@sens.example" if marker == "Sens"
                                          else "a@orgname.example")),
        "address": draw(st.none() | st.just(
            {"lines": ["Sensaddr 1"], "postcode": "SN1 1SN"} if marker == "Sens"
            else {"lines": ["Orgname house"], "postcode": "OR1 1OR"})),
        "start": "2019-01-01",
        "end": draw(ends),
        "lead_professional": draw(st.booleans()),
        "caf": draw(st.booleans()),
        "consent": draw(st.booleans()),
    }


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[ChildImport, dt.date]:
    today = draw(st.dates(dt.date(2020, 1, 1), dt.date(2032, 12, 31)))
    dob = draw(st.dates(today - dt.timedelta(days=27 * 366), today))
    count = draw(st.integers(0, 6))
    record = ChildImport.model_validate({
        "id": "CHILD-1",
        "forenames": "Rand",
        "surname": "Om",
        "aliases": draw(st.lists(st.builds(
            lambda n: {"forenames": f"Aliasname {n}", "surname": "Aliasname"},
            st.integers(0, 9)), max_size=3)),
        "gender": draw(st.sampled_from(["female", "male", "unknown"])),
        "dob": iso(dob),
        "address": {"lines": ["1 Locroad"], "postcode": "LC1 1LC"},
        "la": draw(st.sampled_from(LAS)),
        "shielded": draw(st.booleans()),
        "retention_consent": draw(st.sampled_from(["none", "to_19", "to_25"])),
        "carers": draw(st.lists(st.just({
            "name": "Carerlane parent", "relationship": "parent", "phone": None,
            "email": None, "address": {"lines": ["Carerlane 2"], "postcode": "CR1 1CR"},
        }), max_size=2)),
        "involvements": [draw(involvements(today, i)) for i in range(count)],
        "links": draw(st.lists(st.just({"id": "LINKED-9", "kind": "same_child"}),
                               max_size=1)),
    })
    return record, today


viewers = st.builds(
    Viewer,
    username=st.just("randomuser"),
    roles=st.frozensets(st.sampled_from(ALL_ROLES), max_size=4),
    la=st.sampled_from(LAS),
)


def view_or_refusal(
    who: Viewer, record: ChildImport, today: dt.date
) -> ChildRecord | RecordRefused:
    try:
        return record_view(who, record, today=today)
    except RecordRefused as refused:
        return refused


@settings(max_examples=400, deadline=None)
@given(scenario=scenarios(), who=viewers)
def test_property_outcome_matches_the_table(
    scenario: tuple[ChildImport, dt.date], who: Viewer
) -> None:
    record, today = scenario
    outcome = view_or_refusal(who, record, today)

    if not oracle_may_view(who):
        assert isinstance(outcome, RecordRefused)
        assert outcome.status == 403
        return
    if oracle_management(who, record):
        assert isinstance(outcome, ChildRecord)
        assert outcome.view == "full"
        assert outcome.archived is oracle_archived(record, today)
        assert len(outcome.involvements) == len(record.involvements)
        return
    if oracle_archived(record, today):
        assert isinstance(outcome, RecordRefused)
        assert outcome.status == 404
        return
    assert isinstance(outcome, ChildRecord)
    assert outcome.view == ("shielded" if record.shielded else "standard")
    # What the service sends must survive the client's validation of the wire model.
    assert ChildRecord.model_validate_json(outcome.model_dump_json()) == outcome


@settings(max_examples=400, deadline=None)
@given(scenario=scenarios(), who=viewers)
def test_property_nothing_hidden_reaches_anyone_but_owning_management(
    scenario: tuple[ChildImport, dt.date], who: Viewer
) -> None:
    record, today = scenario
    outcome = view_or_refusal(who, record, today)
    if not isinstance(outcome, ChildRecord) or oracle_management(who, record):
        return
    text = outcome.model_dump_json()

    for marker in SENSITIVE_MARKERS:
        assert marker not in text
    assert not any(inv.sensitive or inv.consent is not None for inv in outcome.involvements)
    if record.shielded:
        assert outcome.model_dump(include={"address", "la", "carers", "involvements",
                                           "aliases", "links", "sensitive_notice"}) == {
            "address": None, "la": None, "carers": [], "involvements": [], "aliases": [],
            "links": [], "sensitive_notice": None,
        }
        for marker in LOCATION_MARKERS:
            assert marker not in text


@settings(max_examples=400, deadline=None)
@given(scenario=scenarios(), who=viewers)
def test_property_standard_view_keeps_exactly_the_live_contacts(
    scenario: tuple[ChildImport, dt.date], who: Viewer
) -> None:
    record, today = scenario
    outcome = view_or_refusal(who, record, today)
    if not isinstance(outcome, ChildRecord) or outcome.view != "standard":
        return

    expected = [
        inv for inv in record.involvements
        if inv.service not in SENSITIVE_SERVICES and not oracle_expired(inv.end, today)
    ]
    assert organisations(outcome) == [inv.organisation for inv in expected]
    for shown, stored in zip(outcome.involvements, expected, strict=True):
        assert shown.ended is (stored.end is not None and stored.end <= iso(today))
    live_consented_sensitive = any(
        inv.service in SENSITIVE_SERVICES and inv.consent and not oracle_expired(inv.end, today)
        for inv in record.involvements
    )
    assert (outcome.sensitive_notice == SENSITIVE_NOTICE) is live_consented_sensitive
    assert outcome.sensitive_notice in (None, SENSITIVE_NOTICE)


@settings(max_examples=200, deadline=None)
@given(who=viewers, extra=st.frozensets(st.sampled_from(ALL_ROLES)), child_la=st.sampled_from(LAS))
def test_property_more_roles_never_see_less(
    who: Viewer, extra: frozenset[str], child_la: str
) -> None:
    wider = Viewer(username=who.username, roles=who.roles | extra, la=who.la)
    assert access_level(wider, child_la) >= access_level(who, child_la)


@settings(max_examples=300, deadline=None)
@given(
    who=viewers,
    shielded=st.booleans(),
    postcode_district=st.none() | st.sampled_from(["LC1", "NT12"]),
    la=st.none() | st.sampled_from(LAS),
    matched=st.dictionaries(
        st.sampled_from(["surname", "forenames", "dob", "gender", "postcode", "id"]),
        st.sampled_from(["exact", "phonetic", "nickname", "alias", "swapped", "similar",
                         "dob_near"]),
        max_size=4,
    ),
    identities=st.lists(st.just(NameView(forenames="Aliasname", surname="Aliasname")), max_size=2),
)
def test_property_shielded_search_result_never_carries_location(
    who: Viewer,
    shielded: bool,
    postcode_district: str | None,
    la: str | None,
    matched: dict[str, Any],
    identities: list[NameView],
) -> None:
    hidden_match = any(f in SHIELD_HIDDEN_SEARCH_FIELDS or k in SHIELD_HIDDEN_MATCH_KINDS
                       for f, k in matched.items())
    try:
        result = search_result(
            who, id="CHILD-1", forenames="Rand", surname="Om", dob="2015-01-01",
            gender="unknown", postcode_district=postcode_district, la=la, shielded=shielded,
            score=0.5, grade="possible", matched=matched, identities=identities,
        )
    except RecordRefused as refused:
        assert refused.status == 403
        assert not oracle_may_view(who)
        return
    except ValueError:
        assert shielded and hidden_match
        return
    assert oracle_may_view(who)
    if shielded:
        assert not hidden_match
        assert result.postcode_district is None
        assert result.la is None
        assert result.identities == []
        assert "Aliasname" not in result.model_dump_json()
    else:
        assert (result.postcode_district, result.la) == (postcode_district, la)
