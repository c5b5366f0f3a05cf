"""The wire contract between the desk client and the central directory service.

Every JSON shape that crosses the wire is defined here once, as a pydantic v2 model with
strict types, bounded strings and lists, and free text that may not carry control or
bidirectional-override characters. The service validates requests with these models and the
client validates responses with the same models, so a hostile or broken peer is refused at
the edge instead of deep inside either program.

**Evolution.** Requests (and the data supply) reject unknown keys: a caller's typo must not
be silently ignored. Responses (:class:`Reply`) ignore keys they do not know, so a newer
service may add a key to any answer without breaking every installed client.

All paths are under ``/v1``. Binary values are standard base64. Errors are RFC 9457 problem
documents whose ``type`` is one of :class:`ProblemType`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from enum import StrEnum
from typing import Annotated, Final, Literal

from anyascii import anyascii
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)

from cpdesk.dates import check_iso_date, check_partial_date

MAX_BODY_BYTES: Final = 64 * 1024
MAX_RESULTS: Final = 50
LOGIN_CONTEXT: Final = "cpdesk-login-v1"
SENSITIVE_NOTICE: Final = (
    "an unspecified sensitive service is involved — contact the ContactPoint management team"
)

# Free text: no C0/C1 control characters, no DEL, no bidirectional controls. Written as a
# pattern so the OpenAPI document says it too and generated clients respect it.
NO_CONTROLS_PATTERN = r"^[^\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$"


def _text(max_length: int, min_length: int = 1) -> object:
    return StringConstraints(
        min_length=min_length, max_length=max_length, pattern=NO_CONTROLS_PATTERN
    )


def _check_base64(value: str) -> str:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not standard base64") from exc
    return value


Text100 = Annotated[str, _text(100)]
Text200 = Annotated[str, _text(200)]
Forenames = Annotated[str, _text(100)]
Surname = Annotated[str, _text(100)]
IsoDate = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", min_length=10, max_length=10),
    AfterValidator(check_iso_date),
]
PartialDate = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", min_length=4, max_length=10),
    AfterValidator(check_partial_date),
]
ChildId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{1,39}$")]
LACode = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{3,9}$")]
Postcode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9 ]{2,10}$")]
Phone = Annotated[str, StringConstraints(pattern=r"^[0-9 +()-]{3,24}$")]
Email = Annotated[
    str, StringConstraints(pattern=r"^[^@\s\x00-\x1f\x7f]{1,64}@[A-Za-z0-9.-]{1,190}$")
]
Username = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
Password = Annotated[str, StringConstraints(min_length=1, max_length=256)]
Opaque = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{16,128}$")]
Base64 = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9+/]*={0,2}$", min_length=4, max_length=2048),
    AfterValidator(_check_base64),
]
def _check_wildcard(value: str) -> str:
    body = value[:-1] if value.endswith("*") else value
    if "*" in body:
        raise ValueError("'*' is allowed only at the end")
    if value.endswith("*") and len(body.strip()) < 2:
        raise ValueError("type at least 2 letters before '*'")
    return value


# A search forename: letters and the like, optionally ending in "*" after two or more characters.
ForenamesQuery = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100, pattern=NO_CONTROLS_PATTERN),
    AfterValidator(_check_wildcard),
]


Gender = Literal["female", "male", "unknown"]
RetentionConsent = Literal["none", "to_19", "to_25"]
Service = Literal[
    "school",
    "gp",
    "health_visitor",
    "social_worker",
    "youth_worker",
    "youth_offending",
    "sexual_health",
    "mental_health",
    "substance_misuse",
    "other",
]
SENSITIVE_SERVICES: Final[frozenset[str]] = frozenset(
    {"sexual_health", "mental_health", "substance_misuse"}
)
Role = Literal[
    "practitioner", "helpdesk", "trainer", "cp_manager", "data_administrator", "user_manager",
    "mediator",
]
ROLES: Final[tuple[str, ...]] = (
    "practitioner",
    "helpdesk",
    "trainer",
    "cp_manager",
    "data_administrator",
    "user_manager",
    "mediator",
)
# A role as a response names it: a pattern, so a newer service's role breaks no client.
RoleName = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")]
ReasonCode = Literal[
    "safeguarding",
    "service_coordination",
    "missing_education",
    "helpdesk_enquiry",
    "mediated_request",
    "training",
    "other",
]
REASON_CODES: Final[tuple[str, ...]] = (
    "safeguarding",
    "service_coordination",
    "missing_education",
    "helpdesk_enquiry",
    "mediated_request",
    "training",
    "other",
)
LinkKind = Literal["same_child", "possible_duplicate"]
MatchKind = Literal[
    "exact", "phonetic", "nickname", "alias", "swapped", "similar", "dob_near", "middle_name",
    "different",
]
Grade = Literal["certain", "probable", "possible"]


class Strict(BaseModel):
    """Base of requests and the data supply: strict types, unknown keys rejected, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Reply(BaseModel):
    """Base of every response: strict types, immutable, and unknown keys ignored.

    Ignoring is what lets the contract grow: a newer service adds a key, and installed
    clients read the keys they know. Types are still checked strictly.
    """

    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)


# --- The data supply (one JSON Lines record per child) ------------------------------------


class Name(Strict):
    forenames: Forenames
    surname: Surname


class NameView(Reply):
    """A name in a response (an alias on a record, another identity in a result)."""

    forenames: Forenames
    surname: Surname


class Address(Strict):
    lines: Annotated[list[Text100], Field(min_length=1, max_length=6)]
    postcode: Postcode


# The service's own identifier of a carer or an involvement within a record: random, revealing
# nothing, stable across imports. Record views show it; requests about an item name it.
ItemRef = Annotated[str, StringConstraints(pattern=r"^r[A-Za-z0-9_-]{10,40}$")]
# A supply's own identifier of a carer or involvement: kept only to find the same item on the
# next import, never shown.
SupplyRef = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,64}$")]


class Carer(Strict):
    id: SupplyRef | None = None
    name: Text200
    relationship: Annotated[str, _text(50)]
    phone: Phone | None
    email: Email | None
    address: Address | None


class Involvement(Strict):
    id: SupplyRef | None = None
    service: Service
    organisation: Text200
    practitioner: Text200 | None
    phone: Phone | None
    email: Email | None
    address: Address | None
    start: IsoDate
    end: IsoDate | None
    lead_professional: bool
    caf: bool
    consent: bool


class Link(Strict):
    id: ChildId
    kind: LinkKind


class LinkView(Reply):
    """A link from a record to another record of the same child, as a response carries it."""

    id: ChildId
    kind: LinkKind


class ChildImport(Strict):
    """One line of the data supply, as source systems send it (see docs/data-supply.md)."""

    id: ChildId
    forenames: Forenames
    surname: Surname
    aliases: Annotated[list[Name], Field(max_length=10)]
    gender: Gender
    dob: IsoDate
    address: Address
    la: LACode
    shielded: bool
    retention_consent: RetentionConsent
    carers: Annotated[list[Carer], Field(max_length=10)]
    involvements: Annotated[list[Involvement], Field(max_length=50)]
    links: Annotated[list[Link], Field(max_length=20)] = []


# --- Authentication ------------------------------------------------------------------------


class ChallengeRequest(Strict):
    username: Username


class ChallengeResponse(Reply):
    challenge_id: Opaque
    nonce: Base64
    realm: Text100
    training: bool  # the realm's kind: a client refuses to sign for a realm it did not expect
    expires_at: dt.datetime


class SessionRequest(Strict):
    username: Username
    password: Annotated[Password, Field(repr=False)]  # never in a repr, log or traceback
    challenge_id: Opaque
    signature: Base64


class RenewRequest(Strict):
    session_id: Opaque
    challenge_id: Opaque
    signature: Base64


# What the signed-in user may do, computed by the service's policy; the client shows what
# these allow and keeps no role table of its own. A pattern, not a closed list, so that a
# newer service can add one without breaking installed clients (they ignore what they do not
# know).
Capability = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,40}$")]


class UserInfo(Reply):
    username: Username
    roles: Annotated[list[RoleName], Field(min_length=1, max_length=10)]
    la: LACode
    capabilities: Annotated[list[Capability], Field(max_length=50)] = []


class RealmInfo(Reply):
    name: Text100
    training: bool


class SessionResponse(Reply):
    session_id: Opaque
    access_token: Opaque
    # Ends this session without an access token (sign-out from the lock screen, where the
    # access token has been dropped); rotated on every renewal. Keep it in memory only.
    logout_token: Annotated[Opaque, Field(repr=False)]
    expires_at: dt.datetime
    session_expires_at: dt.datetime
    user: UserInfo
    realm: RealmInfo


class LogoutRequest(Strict):
    """``POST /v1/auth/logout`` without a bearer: the session's logout token ends it."""

    logout_token: Annotated[Opaque, Field(repr=False)]


def login_message(realm: str, username: str, challenge_id: str, nonce: str) -> bytes:
    """The exact bytes a token signs to answer a challenge (RSA-PSS, SHA-256, salt 32)."""
    return "\n".join((LOGIN_CONTEXT, realm, username, challenge_id, nonce)).encode("utf-8")


# --- Search ----------------------------------------------------------------------------


def name_key(name: str) -> str:
    """The comparison form of a name: "O'Brien-Smith" → "obrien smith", "Łukasz" → "lukasz".

    Other scripts are transliterated (anyascii: "王" → "wang", "Дмитрий" → "dmitrii") rather
    than dropped, so a name typed in its own script still finds the child and never folds to
    nothing. Case, accents, apostrophes and punctuation go; hyphens become spaces.
    """
    folded = anyascii(name).casefold().replace("-", " ")
    letters = "".join(ch for ch in folded if ("a" <= ch <= "z") or ch == " ")
    return " ".join(letters.split())


def postcode_key(postcode: str) -> str:
    """A postcode or district with case and spacing folded: "ls6 2qe" → "LS62QE"."""
    return "".join(ch for ch in postcode.upper() if ch.isascii() and ch.isalnum())


class MissingInput(StrEnum):
    """What a search lacks, as the service's ``missing`` and the client's form name it."""

    SURNAME = "surname"
    FORENAMES = "forenames"
    DOB = "dob"
    DOB_FULL = "dob_full"
    DOB_RANGE = "dob_range"
    GENDER = "gender"
    POSTCODE = "postcode"
    ID = "id"



class SearchRequest(Strict):
    surname: Surname | None = None
    forenames: ForenamesQuery | None = None
    dob: PartialDate | None = None
    dob_from: IsoDate | None = None
    dob_to: IsoDate | None = None
    gender: Gender | None = None
    postcode: Postcode | None = None
    id: ChildId | None = None
    fuzzy: bool = False

    def what_to_add(self) -> list[MissingInput]:
        """The inputs to add before the service will search, empty when enough is given.

        The minimum sets: id; surname + dob (any precision); surname + forenames + a dob
        range; surname + gender + postcode; forenames + full dob + gender + postcode. Names
        and postcodes count by their folded keys: a surname of punctuation, or of nothing a
        search can compare, is no surname (else "." with a month would list every child born
        in it). The client runs this same function before the round trip.
        """
        if self.id:
            return []
        surname = bool(self.surname and name_key(self.surname))
        forenames = bool(self.forenames and _forenames_usable(self.forenames))
        postcode = bool(self.postcode and len(postcode_key(self.postcode)) >= 2)
        has_range = self.dob_from is not None or self.dob_to is not None
        full_dob = self.dob is not None and len(self.dob) == 10
        m = MissingInput
        options: list[list[MissingInput]] = [
            [f for f, ok in ((m.SURNAME, surname), (m.DOB, self.dob is not None)) if not ok],
            [f for f, ok in ((m.SURNAME, surname), (m.FORENAMES, forenames),
                             (m.DOB_RANGE, has_range)) if not ok],
            [f for f, ok in ((m.SURNAME, surname), (m.GENDER, self.gender is not None),
                             (m.POSTCODE, postcode)) if not ok],
            [f for f, ok in ((m.FORENAMES, forenames), (m.DOB_FULL, full_dob),
                             (m.GENDER, self.gender is not None), (m.POSTCODE, postcode))
             if not ok],
        ]
        if any(not missing for missing in options):
            return []
        return min(options, key=len)


def _forenames_usable(forenames: str) -> bool:
    """Forenames that fold to something; a prefix ("Ja*") needs two letters after folding."""
    key = name_key(forenames.rstrip("*"))
    return len(key) >= 2 if forenames.endswith("*") else bool(key)


class SearchResult(Reply):
    """One child in a result list. A shielded child carries no postcode_district and no la."""

    id: ChildId
    forenames: Forenames
    surname: Surname
    dob: IsoDate
    gender: Gender
    postcode_district: Annotated[str, StringConstraints(max_length=5)] | None = None
    la: LACode | None = None
    shielded: bool
    score: Annotated[float, Field(ge=0.0, le=1.0)]
    grade: Grade
    matched: Annotated[dict[Annotated[str, StringConstraints(max_length=20)], MatchKind],
                       Field(max_length=10)]
    identities: Annotated[list[NameView], Field(max_length=20)] = []
    possible_duplicate: bool = False


class SearchResponse(Reply):
    status: Literal["ok", "none", "too_many"]
    results: Annotated[list[SearchResult], Field(max_length=MAX_RESULTS)]
    hint: Annotated[str, _text(500)] | None = None


# --- Record --------------------------------------------------------------------------------


class CarerView(Reply):
    ref: ItemRef | None = None
    name: Text200
    relationship: Annotated[str, _text(50)]
    phone: Phone | None = None
    email: Email | None = None
    address: Address | None = None


class InvolvementView(Reply):
    ref: ItemRef | None = None
    service: Service
    organisation: Text200
    practitioner: Text200 | None = None
    phone: Phone | None = None
    email: Email | None = None
    address: Address | None = None
    start: IsoDate
    end: IsoDate | None = None
    lead_professional: bool
    caf: bool
    sensitive: bool
    ended: bool
    consent: bool | None = None


ShieldGround = Literal[
    "domestic_violence", "risk_to_adult", "serious_crime", "adoption_link", "placement_risk"]
# A shield's ground: a statutory ground, or "data_supply" for a shield the data supply's flag
# created (the source system did not say why).
AppliedGround = Literal[
    "domestic_violence", "risk_to_adult", "serious_crime", "adoption_link", "placement_risk",
    "data_supply"]


class ShieldSummary(Reply):
    ground: AppliedGround
    applied_at: dt.datetime
    applied_by: Annotated[str, StringConstraints(max_length=64)]
    review_on: IsoDate
    interim: bool
    confirm_by: dt.datetime | None = None


class ChildRecord(Reply):
    """A child's record as the caller's role may see it; the service leaves out the rest.

    ``view`` says which disclosure applied: ``full`` (the owning LA's management team),
    ``standard`` or ``shielded`` (name, DOB, gender and ID only).
    """

    id: ChildId
    forenames: Forenames
    surname: Surname
    aliases: Annotated[list[NameView], Field(max_length=10)] = []
    dob: IsoDate
    gender: Gender
    shielded: bool
    archived: bool = False
    view: Literal["full", "standard", "shielded"]
    address: Address | None = None
    la: LACode | None = None
    carers: Annotated[list[CarerView], Field(max_length=10)] = []
    involvements: Annotated[list[InvolvementView], Field(max_length=50)] = []
    sensitive_notice: Annotated[str, _text(200)] | None = None
    # The one ref a notice carries (of the record's first sensitive involvement shown as a
    # notice), for asking the management team to broker contact; never a count.
    sensitive_ref: ItemRef | None = None
    # For the owning LA's management team only: the shield in force.
    shield: ShieldSummary | None = None
    links: Annotated[list[LinkView], Field(max_length=20)] = []


class ServiceStatus(Reply):
    """``GET /v1/status``: the service is up, and the realm it serves (no sign-in needed)."""

    status: Literal["ok"]
    realm: RealmInfo


# --- The caller's own activity -------------------------------------------------------------


class ActivityEntry(Reply):
    seq: Annotated[int, Field(ge=1)]
    at: dt.datetime
    action: Annotated[str, StringConstraints(pattern=r"^[a-z_.]{1,40}$")]
    outcome: Annotated[str, StringConstraints(pattern=r"^[a-z_-]{1,40}$")]
    child_ids: Annotated[list[ChildId], Field(max_length=MAX_RESULTS)]
    reason: ReasonCode | None = None
    # Done on the caller's behalf by this mediator (the caller is the practitioner).
    mediated_by: Username | None = None


class ActivityResponse(Reply):
    entries: Annotated[list[ActivityEntry], Field(max_length=500)]


class RecentRequest(Strict):
    """``POST /v1/me/recent``: result lines for records the caller opened recently."""

    child_ids: Annotated[list[ChildId], Field(min_length=1, max_length=MAX_RESULTS)]


class RecentResponse(Reply):
    """Search result lines, in the order asked, for the children of the caller's own trail of
    the last 12 hours; any other ID is silently left out (its existence is not revealed)."""

    items: Annotated[list[SearchResult], Field(max_length=MAX_RESULTS)]


# --- Workflows: shielding and sensitive services ------------------------------------------
#
# Every POST body carries a client-chosen ``request_id`` (a UUID): the same caller sending the
# same ID with the same body gets the stored result again (200); with another body, 409. A
# creation answers 201 with the object; an action 200 with the updated object; a list
# ``{"items": [...]}``. Free text is at most 500 characters and never audited or logged.

RequestId = Annotated[str, StringConstraints(
    pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
FreeText = Annotated[str, _text(500)]
OnBehalfOf = Literal["child", "family", "agency"]
ShieldingStatus = Literal["requested", "approved", "rejected", "withdrawn"]
Username64 = Annotated[str, StringConstraints(max_length=64)]


class Action(Strict):
    """An action with nothing else to say (withdraw, claim…)."""

    request_id: RequestId


class ShieldingRequestCreate(Strict):
    request_id: RequestId
    child_id: ChildId
    ground: ShieldGround
    justification: FreeText
    on_behalf_of: OnBehalfOf
    include_household: bool = False
    urgent: bool = False


class HouseholdChild(Reply):
    id: ChildId
    forenames: Forenames
    surname: Surname
    dob: IsoDate


class ShieldingRequest(Reply):
    request_id: RequestId
    child_id: ChildId
    ground: ShieldGround
    status: ShieldingStatus
    urgent: bool
    on_behalf_of: OnBehalfOf
    include_household: bool
    requested_by: Username64
    requested_at: dt.datetime
    created_by: Username64
    created_at: dt.datetime
    # The requester sees the decider's role title ("ContactPoint manager"), deciders the username.
    decided_by: Annotated[str, StringConstraints(max_length=64)] | None = None
    decided_at: dt.datetime | None = None
    review_on: IsoDate | None = None
    # For the requester and the deciders only:
    justification: FreeText | None = None
    decision_reason: FreeText | None = None
    # For the deciders only: the other children of the same LA at the same address, and how
    # many of other LAs live there too.
    household: Annotated[list[HouseholdChild], Field(max_length=50)] | None = None
    other_la_children: Annotated[int, Field(ge=0)] | None = None


class ShieldingDecision(Strict):
    request_id: RequestId
    decision: Literal["approve", "reject"]
    reason: FreeText
    child_ids: Annotated[list[ChildId], Field(max_length=50)] = []
    exclude_reason: FreeText | None = None
    review_on: IsoDate | None = None


class Shield(Reply):
    child_id: ChildId
    ground: AppliedGround
    status: Literal["active", "lifted"]
    applied_at: dt.datetime
    applied_by: Username64
    review_on: IsoDate
    interim: bool
    confirm_by: dt.datetime | None = None
    request_id: RequestId | None = None
    lifted_at: dt.datetime | None = None


class InterimShieldCreate(Strict):
    request_id: RequestId
    child_ids: Annotated[list[ChildId], Field(min_length=1, max_length=20)]
    ground: ShieldGround
    justification: FreeText


class ShieldConfirm(Strict):
    request_id: RequestId
    reason: FreeText


class ShieldReview(Strict):
    request_id: RequestId
    outcome: Literal["renew", "lift"]
    reason: FreeText
    review_on: IsoDate | None = None
    child_ids: Annotated[list[ChildId], Field(max_length=50)] = []


class Callback(Strict):
    phone: Phone | None = None
    email: Email | None = None


class ContactRequestCreate(Strict):
    request_id: RequestId
    ref: ItemRef
    message: FreeText
    callback: Callback


class ContactRequest(Reply):
    request_id: RequestId
    child_id: ChildId
    ref: ItemRef
    status: Literal["open", "contacted", "declined"]
    created_by: Username64
    created_at: dt.datetime
    closed_by: Username64 | None = None
    closed_at: dt.datetime | None = None
    # For the requester and the management team only:
    message: FreeText | None = None
    callback: Callback | None = None
    note: FreeText | None = None


class ContactRequestClose(Strict):
    request_id: RequestId
    outcome: Literal["contacted", "declined"]
    note: FreeText


class ConsentOverride(Strict):
    request_id: RequestId
    reason: FreeText


class ConsentOverrideRecord(Reply):
    request_id: RequestId
    child_id: ChildId
    ref: ItemRef
    status: Literal["recorded"]
    created_by: Username64
    created_at: dt.datetime


class AccessLogEntry(Reply):
    at: dt.datetime
    username: Username64
    roles: Annotated[list[Annotated[str, StringConstraints(max_length=40)]], Field(max_length=10)]
    la: Annotated[str, StringConstraints(max_length=9)]
    action: Annotated[str, StringConstraints(max_length=40)]
    reason: ReasonCode | None = None


class AccessLog(Reply):
    items: Annotated[list[AccessLogEntry], Field(max_length=200)]


class Alert(Reply):
    kind: Literal["interim_shield_unconfirmed", "consent_override", "shield_review_overdue"]
    child_id: ChildId
    at: dt.datetime
    detail: Annotated[str, StringConstraints(max_length=200)] | None = None


class ShieldingRequestList(Reply):
    items: Annotated[list[ShieldingRequest], Field(max_length=500)]


class ShieldList(Reply):
    items: Annotated[list[Shield], Field(max_length=500)]


class ContactRequestList(Reply):
    items: Annotated[list[ContactRequest], Field(max_length=500)]


class AlertList(Reply):
    items: Annotated[list[Alert], Field(max_length=500)]


# --- Mediated access, helpdesk, user administration, data issues ----------------------------

MEDIATION_HEADER: Final = "Cpdesk-Mediation"
# A practitioner named by a mediator or the helpdesk: a username, a phone number or an email.
PractitionerRef = Annotated[str, StringConstraints(min_length=1, max_length=254,
                                                   pattern=NO_CONTROLS_PATTERN)]
DisplayText = Annotated[str, StringConstraints(max_length=200)]


class VerifyPractitioner(Strict):
    request_id: RequestId
    practitioner: PractitionerRef


class PractitionerCheck(Reply):
    status: Literal["authorised", "not_authorised", "suspended", "crb_expired"]
    username: Username | None = None
    display_name: DisplayText | None = None
    organisation: DisplayText | None = None


class MediationStart(Strict):
    request_id: RequestId
    practitioner: PractitionerRef
    purpose: ReasonCode
    mediated_request_id: RequestId | None = None


class Mediation(Reply):
    mediation_id: RequestId
    practitioner: Username
    purpose: ReasonCode
    started_at: dt.datetime
    expires_at: dt.datetime
    ended_at: dt.datetime | None = None
    mediated_request_id: RequestId | None = None


class PassedOnItem(Strict):
    kind: Literal["carer", "involvement"]
    ref: ItemRef


class PassedOn(Strict):
    request_id: RequestId
    child_id: ChildId
    items: Annotated[list[PassedOnItem], Field(min_length=1, max_length=30)]


class PassedOnRecord(Reply):
    request_id: RequestId
    mediation_id: RequestId
    child_id: ChildId
    items: Annotated[list[PassedOnItemView], Field(max_length=30)]
    created_at: dt.datetime
    created_by: Username


class PassedOnItemView(Reply):
    kind: Literal["carer", "involvement"]
    ref: ItemRef


class ChildDetails(Strict):
    surname: Surname | None = None
    forenames: Forenames | None = None
    dob: PartialDate | None = None
    postcode: Postcode | None = None


class ChildDetailsView(Reply):
    surname: Surname | None = None
    forenames: Forenames | None = None
    dob: Annotated[str, StringConstraints(max_length=10)] | None = None
    postcode: Annotated[str, StringConstraints(max_length=10)] | None = None


class MediatedRequestCreate(Strict):
    request_id: RequestId
    practitioner: PractitionerRef
    child: ChildDetails
    urgency: Literal["routine", "urgent"]
    callback: Callback


class MediatedRequest(Reply):
    request_id: RequestId
    practitioner: Username
    child: ChildDetailsView
    urgency: Literal["routine", "urgent"]
    callback: CallbackView
    status: Literal["open", "claimed", "fulfilled", "declined"]
    created_by: Username
    created_at: dt.datetime
    claimed_by: Username | None = None
    claimed_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    mediation_id: RequestId | None = None
    note: FreeText | None = None
    reason: FreeText | None = None


class CallbackView(Reply):
    phone: Annotated[str, StringConstraints(max_length=24)] | None = None
    email: Annotated[str, StringConstraints(max_length=254)] | None = None


class MediatedRequestList(Reply):
    items: Annotated[list[MediatedRequest], Field(max_length=500)]


class Fulfil(Strict):
    request_id: RequestId
    mediation_id: RequestId
    note: FreeText


class Decline(Strict):
    request_id: RequestId
    reason: FreeText


class Receipt(Reply):
    request_id: RequestId
    fulfilled_by: Username
    fulfilled_at: dt.datetime
    mediation_id: RequestId
    searches: Annotated[int, Field(ge=0)]
    records_viewed: Annotated[list[ChildId], Field(max_length=200)]
    passed_on: Annotated[list[PassedOnRecord], Field(max_length=200)]


EnquiryCategory = Literal["access_problem", "token_locked", "subject_access_request",
                          "shielding_concern", "data_error", "other"]
Team = Literal["helpdesk", "user_manager", "data_administrator", "cp_manager"]


class EnquiryCreate(Strict):
    request_id: RequestId
    caller_type: Literal["user", "public"]
    caller_username: Username | None = None
    category: EnquiryCategory
    summary: FreeText
    route_to: Team


class Enquiry(Reply):
    request_id: RequestId
    caller_type: Literal["user", "public"]
    caller_username: Username | None = None
    category: EnquiryCategory
    summary: FreeText
    route_to: Team
    status: Literal["open", "in_progress", "resolved"]
    created_by: Username
    created_at: dt.datetime
    updated_at: dt.datetime | None = None
    note: FreeText | None = None


class EnquiryList(Reply):
    items: Annotated[list[Enquiry], Field(max_length=500)]


class EnquiryStatus(Strict):
    request_id: RequestId
    status: Literal["open", "in_progress", "resolved"]
    note: FreeText


class UserAction(Strict):
    request_id: RequestId
    reason: FreeText


class TokenEnrolment(Strict):
    request_id: RequestId
    auth_public_key: Annotated[str, StringConstraints(min_length=100, max_length=4000)]


class UserStanding(Reply):
    username: Username
    status: Literal["active", "suspended"]
    token_revoked: bool


DataField = Annotated[str, StringConstraints(
    pattern=r"^(address|forenames|surname|dob|gender|(carers|involvements)/r[A-Za-z0-9_-]{10,40}"
            r"/(name|phone|email|address|organisation|practitioner))$")]


class DataIssueCreate(Strict):
    request_id: RequestId
    field: DataField
    suggested: FreeText
    note: FreeText


class DataIssue(Reply):
    request_id: RequestId
    child_id: ChildId
    field: Annotated[str, StringConstraints(max_length=100)]
    status: Literal["open", "corrected", "rejected"]
    created_by: Username
    created_at: dt.datetime
    resolved_by: Username | None = None
    resolved_at: dt.datetime | None = None
    suggested: FreeText | None = None
    note: FreeText | None = None
    resolution_note: FreeText | None = None


class DataIssueList(Reply):
    items: Annotated[list[DataIssue], Field(max_length=500)]


class DataIssueResolve(Strict):
    request_id: RequestId
    outcome: Literal["corrected", "rejected"]
    note: FreeText


# --- Training -----------------------------------------------------------------------------


class ScenarioStep(Reply):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,40}$")]
    text: Annotated[str, StringConstraints(max_length=500)]
    hint: Annotated[str, StringConstraints(max_length=300)] | None = None


class Scenario(Reply):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,40}$")]
    title: Annotated[str, StringConstraints(max_length=200)]
    level: Annotated[int, Field(ge=1, le=2)]
    steps: Annotated[list[ScenarioStep], Field(min_length=1, max_length=20)]


class ScenarioList(Reply):
    items: Annotated[list[Scenario], Field(max_length=100)]


class StepDone(Reply):
    username: Username
    scenario_id: Annotated[str, StringConstraints(max_length=40)]
    step_id: Annotated[str, StringConstraints(max_length=40)]
    completed_at: dt.datetime


class Progress(Reply):
    items: Annotated[list[StepDone], Field(max_length=5000)]


# --- Problems (RFC 9457) -------------------------------------------------------------------


class ProblemType(StrEnum):
    """A stable identifier per refusal reason; clients map each to its own message."""

    MALFORMED = "malformed-request"
    INVALID = "invalid-request"
    TOO_LARGE = "request-too-large"
    MEDIA_TYPE = "unsupported-media-type"
    NOT_FOUND = "not-found"
    METHOD = "method-not-allowed"
    UNAUTHENTICATED = "unauthenticated"
    FORBIDDEN = "forbidden"
    SEARCH_INPUT = "search-input-insufficient"
    REASON_TEXT = "reason-text-required"
    BAD_CREDENTIALS = "bad-credentials"
    CHALLENGE = "challenge-expired-or-used"
    TOKEN_REVOKED = "token-revoked"
    CRB_EXPIRED = "crb-disclosure-expired"
    TRAINING = "training-not-completed"
    SUSPENDED = "account-suspended"
    NOT_ACCREDITED = "organisation-not-accredited"
    RATE_LIMITED = "rate-limited"
    SESSION_ENDED = "session-ended"
    REQUEST_ID_REUSED = "request-id-reused"
    PRACTITIONER_NOT_AUTHORISED = "practitioner-not-authorised"
    MEDIATION_ENDED = "mediation-ended"
    CONFLICT = "conflict"
    HOUSEHOLD = "household-not-covered"

    @property
    def uri(self) -> str:
        return f"urn:cpdesk:problem:{self.value}"

    @classmethod
    def from_uri(cls, uri: str) -> ProblemType | None:
        prefix = "urn:cpdesk:problem:"
        if not uri.startswith(prefix):
            return None
        try:
            return cls(uri[len(prefix) :])
        except ValueError:
            return None


class FieldError(Reply):
    field: Annotated[str, StringConstraints(max_length=200)]
    message: Annotated[str, StringConstraints(max_length=500)]


class Problem(Reply):
    type: Annotated[str, StringConstraints(max_length=200)]
    title: Annotated[str, StringConstraints(max_length=200)]
    status: Annotated[int, Field(ge=400, le=599)]
    detail: Annotated[str, StringConstraints(max_length=1000)] | None = None
    missing: Annotated[list[Annotated[str, StringConstraints(max_length=50)]],
                       Field(max_length=10)] | None = None
    errors: Annotated[list[FieldError], Field(max_length=50)] | None = None
    retry_after: Annotated[int, Field(ge=0)] | None = None
