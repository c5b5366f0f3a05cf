"""A deterministic synthetic population in the data-supply format.

Trainers, demos, tests and benchmarks need a directory that behaves like the real one —
households of siblings and twins, step-families, nicknames and misspellings, a child held
twice by two source systems, cousins who look like one child, shielded families, sensitive
services — without a single real person in it. The same ``(children, seed, as_of)`` always
yields byte-identical records so that a classroom, a failing test and a benchmark can all be
reproduced; a different seed gives a different population.

Nothing here can reach a real person: phone numbers come from Ofcom's drama ranges, email
addresses from the ``example.*`` domains, streets are made up and every postcode pairs a real
district with an invented inward code. Names are real names recombined at random.

The generator streams: it holds one household (and its linked records) at a time, so a
million children cost no more memory than ten.
"""

from __future__ import annotations

# Every random draw here shapes test data, never a secret: one seeded random.Random
# instance is the whole point (ruff S311 is silenced where it objects).
import datetime as dt
import random
from bisect import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Final, Generic, NamedTuple, TypeVar

from cpdesk.central import namedata as nd
from cpdesk.dates import anniversary

__all__ = ["child_id", "generate"]

_T = TypeVar("_T")

# --- Rates (per child unless stated) -------------------------------------------------------

P_CARE_LEAVER_HOUSEHOLD: Final = 0.004  # a young person 18-25 living independently
P_OLDER_SIBLING: Final = 0.095  # per household: the eldest is 17-25
P_TWINS: Final = 0.028  # per household of two or more
P_TRIPLETS: Final = 0.0006  # per household of three or more
P_SHIELDED_HOUSEHOLD: Final = 0.0019
P_SHIELDED_CHILD: Final = 0.0001  # one child alone, e.g. a risk to a placement
P_SAME_CHILD: Final = 0.005  # a second record from another source system
P_SAME_CHILD_SHIELDED: Final = 0.4  # a shielded child's record from before the move
P_LOOKALIKE: Final = 0.005  # a different child who looks the same (a cousin)
P_UNKNOWN_GENDER: Final = 0.003
P_MIDDLE_NAME: Final = 0.3
P_NICKNAME: Final = 0.03
P_TYPO: Final = 0.015
P_EXTRA_ALIAS: Final = 0.02  # on top of the previous surnames that step-families bring
P_ASCII_SOURCE: Final = 0.3  # accented names recorded by an ASCII-only system
P_MIXED_FAMILY: Final = 0.1
P_SOCIAL_WORKER: Final = 0.04  # outside foster care, where every child has one
P_YOUTH_WORKER: Final = 0.05  # ages 11-19
P_YOUTH_OFFENDING: Final = 0.02  # ages 12-17
P_OTHER_SERVICE: Final = 0.03
P_SENSITIVE: Final = 0.027  # ages 5 and over; about 2% of all children
P_SENSITIVE_CONSENT: Final = 0.8
P_LEAD_WITH_SOCIAL_WORKER: Final = 0.6
P_LEAD_OTHERWISE: Final = 0.047
P_CAF_WITH_LEAD: Final = 0.55
P_CAF_WITHOUT_LEAD: Final = 0.008
P_ENDED_RECENT: Final = 0.012  # an extra involvement that ended in the last year
P_ENDED_OLD: Final = 0.03  # an extra involvement that ended more than a year ago

SURNAME_FLATTENING: Final = 0.75

_HOUSEHOLD_SIZES: Final = ((1, 44), (2, 36), (3, 13), (4, 5), (5, 2))
_STRUCTURES: Final = (
    ("couple", 57),
    ("single_mother", 25),
    ("single_father", 3),
    ("step", 9),
    ("kin", 4),
    ("foster", 1.2),
)

_ID_MULTIPLIER: Final = 387_420_489  # 3**18: coprime to 10**9, so ids never collide
_ID_SPACE: Final = 10**9


def child_id(n: int, offset: int) -> str:
    """The n-th ID of a population: "CP", nine scrambled digits and a Luhn check digit.

    Scrambled so that neighbouring records do not carry neighbouring numbers (a real
    directory's numbers say nothing about a child), and checked so that a mistyped ID is
    usually caught before a search.
    """
    body = f"{(_ID_MULTIPLIER * n + offset) % _ID_SPACE:09d}"
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = ord(char) - 48
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return f"CP{body}{(10 - total % 10) % 10}"


# --- Small value types ----------------------------------------------------------------------


class _Pick(Generic[_T]):
    """Weighted choice by bisection over cumulative weights: one random() per draw."""

    __slots__ = ("_cumulative", "_items", "_total")

    def __init__(self, items: Sequence[_T], weights: Sequence[float]) -> None:
        if not items or len(items) != len(weights):
            raise ValueError("a weighted choice needs items with one weight each")
        self._items = tuple(items)
        self._cumulative = tuple(accumulate(float(w) for w in weights))
        self._total = self._cumulative[-1]

    def __call__(self, rng: random.Random) -> _T:
        return self._items[bisect(self._cumulative, rng.random() * self._total)]


class _Addr(NamedTuple):
    lines: tuple[str, ...]
    postcode: str


class _Org(NamedTuple):
    name: str
    phone: str | None
    email: str | None
    address: _Addr
    staff: tuple[str, ...]


class _Carer(NamedTuple):
    name: str
    relationship: str
    phone: str | None
    email: str | None
    address: _Addr | None


class _Inv(NamedTuple):
    service: str
    org: _Org
    practitioner: str | None
    start: int  # date ordinal
    end: int | None
    lead: bool = False
    caf: bool = False
    consent: bool = True


@dataclass(slots=True)
class _Child:
    forenames: str
    surname: str
    gender: str
    dob: int  # date ordinal
    address: _Addr
    la: str
    shielded: bool = False
    retention: str = "none"
    aliases: list[tuple[str, str]] = field(default_factory=list)
    carers: list[_Carer] = field(default_factory=list)
    involvements: list[_Inv] = field(default_factory=list)
    links: list[tuple[_Child, str]] = field(default_factory=list)
    origin: nd.Origin = "british"  # of the forenames
    family: tuple[str, nd.Origin] = ("", "british")  # the family's surname, before gendering
    clean: tuple[str, str] = ("", "")  # forenames and surname before any source-data noise
    id: str = ""


class _Area(NamedTuple):
    la: nd.LocalAuthority
    origin: _Pick[nd.Origin]
    districts: _Pick[tuple[str, str]]
    primaries: tuple[_Org, ...]
    secondaries: tuple[_Org, ...]
    colleges: tuple[_Org, ...]
    gps: tuple[_Org, ...]
    services: Mapping[str, tuple[_Org, ...]]
    others: tuple[tuple[_Org, int, int], ...]
    leaving_care: _Org


@dataclass(slots=True)
class _Household:
    area: _Area
    address: _Addr
    move_in: int
    gp: _Org
    primary: _Org
    secondary: _Org
    college: _Org
    foster: bool


class _LookalikeOf(NamedTuple):
    """What a look-alike child must share with the child it is mistaken for."""

    area: _Area
    surname: str
    origin: nd.Origin
    forenames: str
    dob: int
    gender: str


# --- Typos ----------------------------------------------------------------------------------

_VOWELS: Final = "aeiou"
_PHONETIC: Final = (
    ("ph", "f"), ("ck", "k"), ("ie", "y"), ("y", "ie"), ("ee", "ea"), ("ou", "ow"),
    ("c", "k"), ("th", "t"), ("ll", "l"), ("nn", "n"), ("tt", "t"), ("ey", "y"),
    ("ae", "ea"), ("ai", "ay"), ("sh", "s"), ("z", "s"), ("mm", "m"), ("rr", "r"),
)
_KEYBOARD: Final = {
    "a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu", "z": "x",
}


def _typo(rng: random.Random, word: str) -> str:
    """One realistic slip of a clerk's hand or ear: swap, double, drop, vowel, sound, key."""
    if len(word) < 4:
        return word + word[-1]
    for _ in range(6):
        kind = rng.randrange(6)
        i = rng.randrange(1, len(word) - 1)
        if kind == 0 and word[i] != word[i + 1] and word[i].isalpha() and word[i + 1].isalpha():
            typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == 1 and word[i].isalpha():
            typo = word[:i] + word[i] + word[i:]
        elif kind == 2 and word[i].isalpha():
            typo = word[:i] + word[i + 1 :]
        elif kind == 3 and word[i] in _VOWELS:
            typo = word[:i] + rng.choice(_VOWELS.replace(word[i], "")) + word[i + 1 :]
        elif kind == 4:
            old, new = _PHONETIC[rng.randrange(len(_PHONETIC))]
            at = word.find(old, 1)
            if at < 0:
                continue
            typo = word[:at] + new + word[at + len(old) :]
        elif kind == 5 and word[i] in _KEYBOARD:
            typo = word[:i] + rng.choice(_KEYBOARD[word[i]]) + word[i + 1 :]
        else:
            continue
        if typo != word and len(typo) >= 2:
            return typo
    return word[:-1] + word[-1] + word[-1]


# --- The generator --------------------------------------------------------------------------


def _years_before(day: dt.date, years: int) -> dt.date:
    return anniversary(day, -years)


def _plus_years(ordinal: int, years: int) -> int:
    return anniversary(dt.date.fromordinal(ordinal), years).toordinal()


def _slug(text: str, limit: int) -> str:
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in nd.ascii_form(text).lower())
    return "-".join(part for part in cleaned.split("-") if part)[:limit].strip("-")


class _Population:
    """The state of one generation run; all randomness flows from one seeded Random."""

    def __init__(self, seed: int, as_of: dt.date) -> None:
        self.rng = random.Random(seed)  # noqa: S311
        self.today = as_of.toordinal()
        self.as_of = as_of
        self._iso_cache: dict[int, str] = {}
        under_18_from = _years_before(as_of, 18).toordinal() + 1
        self.max_child_days = self.today - under_18_from
        self.young_adult_days = (
            self.today - _years_before(as_of, 17).toordinal(),
            self.today - _years_before(as_of, 26).toordinal() - 1,
        )
        self.care_leaver_days = (
            self.today - _years_before(as_of, 18).toordinal(),
            self.today - _years_before(as_of, 26).toordinal() - 1,
        )
        self.id_offset = self.rng.randrange(_ID_SPACE)
        self.count = 0
        self._names()
        self.areas = tuple(self._area(la) for la in nd.LOCAL_AUTHORITIES)
        self.area_by_code = {area.la.code: area for area in self.areas}
        self.pick_area = _Pick(self.areas, [a.la.weight for a in self.areas])
        self.household_size = _Pick([s for s, _ in _HOUSEHOLD_SIZES],
                                    [w for _, w in _HOUSEHOLD_SIZES])
        self.structure = _Pick([s for s, _ in _STRUCTURES], [w for _, w in _STRUCTURES])

    # -- tables --

    def _names(self) -> None:
        def by_origin(
            rows: Sequence[nd.WeightedName],
        ) -> dict[nd.Origin, _Pick[str]]:
            grouped: dict[nd.Origin, tuple[list[str], list[float]]] = {}
            for row in rows:
                names, weights = grouped.setdefault(row.origin, ([], []))
                names.append(row.name)
                weights.append(row.weight)
            return {origin: _Pick(n, w) for origin, (n, w) in grouped.items()}

        # The surname tables list each origin's commonest names but not its long tail, so
        # drawing by raw frequency would give Smith or Khan two or three times their real
        # share; a softened weight spreads the missing tail over the names we have.
        flattened = [row._replace(weight=round(row.weight**SURNAME_FLATTENING))
                     for row in nd.SURNAMES]
        self.surnames = by_origin(flattened)
        self.female = by_origin(nd.FORENAMES_FEMALE)
        self.male = by_origin(nd.FORENAMES_MALE)
        self.adult_female = by_origin(nd.ADULT_FORENAMES_FEMALE)["british"]
        self.adult_male = by_origin(nd.ADULT_FORENAMES_MALE)["british"]
        self.middle_female = by_origin(nd.MIDDLE_NAMES_FEMALE)["british"]
        self.middle_male = by_origin(nd.MIDDLE_NAMES_MALE)["british"]
        known: dict[nd.Origin, set[str]] = {}
        for table in (nd.FORENAMES_FEMALE, nd.FORENAMES_MALE, nd.ADULT_FORENAMES_FEMALE,
                      nd.ADULT_FORENAMES_MALE, nd.MIDDLE_NAMES_FEMALE, nd.MIDDLE_NAMES_MALE):
            for row in table:
                known.setdefault(row.origin, set()).add(row.name)
        self.known_names = {origin: frozenset(names) for origin, names in known.items()}
        self.national_origin = _Pick(nd.ORIGINS, [nd.ORIGIN_SHARES[o] for o in nd.ORIGINS])
        self.womens_surnames = {
            origin: _Pick([n for n, _ in rows], [w for _, w in rows])
            for origin, rows in nd.WOMENS_SURNAMES.items()
        }

    def _area(self, la: nd.LocalAuthority) -> _Area:
        rng = self.rng
        tilt = dict(la.origin_tilt)
        origin = _Pick(nd.ORIGINS, [nd.ORIGIN_SHARES[o] * tilt.get(o, 1.0) for o in nd.ORIGINS])
        districts = _Pick(la.districts, [rng.randint(4, 10) for _ in la.districts])
        place = la.name
        council = la.council

        def org(name: str, staff: int, title: str = "", domain: str = "example.org") -> _Org:
            email = None if rng.random() < 0.1 else f"office.{_slug(name, 50)}@{domain}"
            address = self._street_address(la, districts, flats=False)
            return _Org(name, self._landline(la.area), email, address,
                        tuple(self._staff_name(title) for _ in range(staff)))

        def orgs(kind: nd.InstitutionKind, count: int, title: str, domain: str) -> tuple[_Org, ...]:
            return tuple(org(name, rng.randint(2, 6), title, domain)
                         for name in nd.institution_names(la.code, kind, count))

        services = {
            service: tuple(org(t.format(place=place, council=council), rng.randint(3, 12))
                           for t in templates)
            for service, templates in nd.SERVICE_ORGANISATIONS.items()
        }
        others = tuple(
            (org(t.format(place=place, council=council), rng.randint(2, 6)), low, high)
            for t, low, high in nd.OTHER_SERVICES
        )
        return _Area(
            la=la,
            origin=origin,
            districts=districts,
            primaries=orgs("primary", max(10, la.weight // 4), "", "example.org"),
            secondaries=orgs("secondary", max(4, la.weight // 16), "", "example.org"),
            colleges=orgs("college", max(2, la.weight // 60), "", "example.org"),
            gps=orgs("gp", max(8, la.weight // 6), "Dr ", "example.net"),
            services=services,
            others=others,
            leaving_care=org(nd.LEAVING_CARE_SERVICE.format(council=council), rng.randint(3, 8)),
        )

    # -- contact details that can never be real --

    def _landline(self, area: nd.PhoneArea) -> str:
        n = self.rng.randrange(1000)
        if area == "london":
            return f"020 7946 0{n:03d}"
        if area == "leeds":
            return f"0113 496 0{n:03d}"
        return f"01632 960{n:03d}"

    def _mobile(self) -> str:
        return f"07700 900{self.rng.randrange(1000):03d}"

    def _email(self, forename: str, surname: str) -> str:
        rng = self.rng
        first = _slug(forename, 20).replace("-", "")
        last = _slug(surname, 24).replace("-", "")
        style = rng.randrange(4)
        if style == 0:
            local = f"{first}.{last}"
        elif style == 1:
            local = f"{first}{last}{rng.randrange(1, 100)}"
        elif style == 2:
            local = f"{first[:1]}{last}{rng.randrange(70, 100)}"
        else:
            local = f"{first}_{rng.randrange(1000, 10000)}"
        domain = ("example.org", "example.com", "example.net")[rng.randrange(3)]
        return f"{local or 'carer'}@{domain}"

    def _street_address(self, la: nd.LocalAuthority, districts: _Pick[tuple[str, str]],
                        flats: bool = True) -> _Addr:
        rng = self.rng
        district, town = districts(rng)
        stem = nd.STREET_STEMS[rng.randrange(len(nd.STREET_STEMS))]
        suffix = nd.STREET_SUFFIXES[rng.randrange(len(nd.STREET_SUFFIXES))]
        letters = nd.INWARD_LETTERS
        postcode = (f"{district} {rng.randrange(10)}"
                    f"{letters[rng.randrange(20)]}{letters[rng.randrange(20)]}")
        number = rng.randint(1, 180)
        if flats and rng.random() < 0.12:
            flat = f"Flat {rng.randint(1, 40)}"
            lines: tuple[str, ...] = (flat, f"{number} {stem} {suffix}", town)
        else:
            lines = (f"{number} {stem} {suffix}", town)
        return _Addr(lines, postcode)

    def _staff_name(self, title: str) -> str:
        rng = self.rng
        origin = self.national_origin(rng)
        female = rng.random() < 0.7
        forename = self._adult_forename(origin, female)
        surname = self.surnames[origin](rng)
        if title:
            return f"{title}{forename} {surname}"
        if rng.random() < 0.35:
            honorific = ("Ms", "Mrs", "Miss")[rng.randrange(3)] if female else "Mr"
            return f"{honorific} {forename[0]} {surname}"
        return f"{forename} {surname}"

    def _adult_forename(self, origin: nd.Origin, female: bool) -> str:
        rng = self.rng
        if origin in ("british", "welsh", "scottish", "irish", "caribbean") or (
            rng.random() > nd.FORENAME_LOYALTY[origin]
        ):
            return (self.adult_female if female else self.adult_male)(rng)
        return (self.female if female else self.male)[origin](rng)

    def iso(self, ordinal: int) -> str:
        text = self._iso_cache.get(ordinal)
        if text is None:
            text = dt.date.fromordinal(ordinal).isoformat()
            self._iso_cache[ordinal] = text
        return text

    def age(self, dob: int) -> int:
        born = dt.date.fromordinal(dob)
        today = self.as_of
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    # -- groups of records --

    def group(self, room: int) -> list[_Child]:
        """One household's records, then any second records and look-alikes of its children."""
        rng = self.rng
        if rng.random() < P_CARE_LEAVER_HOUSEHOLD:
            household = [self._care_leaver()]
        else:
            household = self._family(room, None)
        out: list[_Child] = []
        for child in household:
            out.append(child)
        for child in household:
            if len(out) >= room:
                break
            draw = rng.random()
            if draw < (P_SAME_CHILD_SHIELDED if child.shielded else P_SAME_CHILD):
                out.append(self._second_record(child))
            elif draw < P_SAME_CHILD + P_LOOKALIKE and not child.shielded:
                out.append(self._lookalike(child))
        for child in out:
            child.id = child_id(self.count, self.id_offset)
            self.count += 1
        return out

    def _household(self, area: _Area, foster: bool) -> _Household:
        rng = self.rng
        moved = rng.random() < 0.45
        return _Household(
            area=area,
            address=self._street_address(area.la, area.districts),
            move_in=self.today - rng.randint(0, 8 * 365) if moved else 0,
            gp=area.gps[rng.randrange(len(area.gps))],
            primary=area.primaries[rng.randrange(len(area.primaries))],
            secondary=area.secondaries[rng.randrange(len(area.secondaries))],
            college=area.colleges[rng.randrange(len(area.colleges))],
            foster=foster,
        )

    def _ages(self, size: int) -> list[int]:
        """Ages in days, eldest first, of the children of one household."""
        rng = self.rng
        gaps = [rng.randint(330, 2900) for _ in range(size - 1)]
        if size >= 2 and rng.random() < P_TWINS:
            gaps[rng.randrange(size - 1)] = 0
        if size >= 3 and rng.random() < P_TRIPLETS:
            at = rng.randrange(size - 2)
            gaps[at] = gaps[at + 1] = 0
        while gaps and sum(gaps) > self.max_child_days:
            gaps.pop()
        youngest = rng.randint(0, self.max_child_days - sum(gaps))
        ages = [youngest]
        for gap in reversed(gaps):
            ages.append(ages[-1] + gap)
        ages.reverse()
        if rng.random() < P_OLDER_SIBLING:
            low, high = self.young_adult_days
            ages[0] = max(ages[0], rng.randint(low, high))
        return ages

    def _gender(self) -> tuple[str, bool]:
        """(recorded gender, whether to name the child as a girl)."""
        draw = self.rng.random()
        if draw < P_UNKNOWN_GENDER:
            return "unknown", self.rng.random() < 0.5
        female = draw < (1 + P_UNKNOWN_GENDER) / 2
        return ("female" if female else "male"), female

    def _forename(self, origin: nd.Origin, female: bool, taken: Sequence[str]) -> str:
        rng = self.rng
        name = ""
        for _ in range(4):
            pool_origin: nd.Origin = origin if rng.random() < nd.FORENAME_LOYALTY[origin] \
                else "british"
            name = (self.female if female else self.male)[pool_origin](rng)
            if name not in taken:
                break
        return name

    def _forenames(self, origin: nd.Origin, female: bool, first: str, surname: str) -> str:
        rng = self.rng
        if origin == "punjabi_sikh" and surname not in (nd.SIKH_FEMALE_NAME, nd.SIKH_MALE_NAME):
            if rng.random() < 0.4:
                return f"{first} {nd.SIKH_FEMALE_NAME if female else nd.SIKH_MALE_NAME}"
            return first
        if (not female and origin in ("pakistani", "bangladeshi") and rng.random() < 0.2
                and first not in ("Muhammad", "Mohammed")):
            return f"Muhammad {first}"
        if rng.random() >= P_MIDDLE_NAME:
            return first
        if origin in ("british", "welsh", "scottish", "irish", "caribbean") or rng.random() < 0.4:
            middle = (self.middle_female if female else self.middle_male)(rng)
        else:
            middle = (self.female if female else self.male)[origin](rng)
        return first if middle == first else f"{first} {middle}"

    def _carer(self, origin: nd.Origin, female: bool, surname: str, relationship: str,
               address: _Addr | None) -> _Carer:
        rng = self.rng
        forename = self._adult_forename(origin, female)
        phone: str | None = None
        if rng.random() < 0.9:
            phone = self._mobile() if rng.random() < 0.85 else self._landline_for(address)
        email = self._email(forename, surname) if rng.random() < 0.55 else None
        return _Carer(f"{forename} {surname}", relationship, phone, email, address)

    def _landline_for(self, address: _Addr | None) -> str:
        if address is not None and address.lines[-1] in ("London", "Wembley"):
            return self._landline("london")
        return self._landline(("leeds", "other")[self.rng.randrange(2)])

    def _woman_surname(self, surname: str, origin: nd.Origin, married: bool) -> str:
        rng = self.rng
        pick = self.womens_surnames.get(origin)
        if pick is not None and rng.random() < 0.5:
            return pick(rng)
        return nd.feminine_surname(surname, origin, married)

    def _family(self, room: int, like: _LookalikeOf | None) -> list[_Child]:
        rng = self.rng
        if like is None:
            area = self.pick_area(rng)
            origin_f = area.origin(rng)
            father_surname = self.surnames[origin_f](rng)
            size = min(self.household_size(rng), room)
            structure = self.structure(rng)
        else:
            area, origin_f, father_surname = like.area, like.origin, like.surname
            size = 1
            structure = "couple" if rng.random() < 0.7 else "single_mother"
        origin_m = area.origin(rng) if rng.random() < P_MIXED_FAMILY else origin_f
        mother_surname_own = (
            father_surname if origin_m == origin_f and rng.random() < 0.15
            else self.surnames[origin_m](rng)
        )
        home = self._household(area, foster=structure == "foster")
        address = home.address
        ages = self._ages(size)
        if like is not None:
            ages = [self.today - like.dob]
        n = len(ages)
        married = rng.random() < 0.55

        # Whose surname each child carries, and who the carers are.
        carers: list[_Carer] = []
        previous = 0  # children from a previous partnership (step-families)
        step_surname = father_surname
        step_origin = origin_f
        mother_surname = (nd.feminine_surname(father_surname, origin_f, True) if married
                          else self._woman_surname(mother_surname_own, origin_m, False))
        if structure == "couple":
            carers.append(self._carer(origin_m, True, mother_surname, "mother", address))
            carers.append(self._carer(origin_f, False, father_surname, "father", address))
        elif structure == "single_mother":
            carers.append(self._carer(origin_m, True, mother_surname, "mother", address))
            if rng.random() < 0.3:
                away = (self._street_address(area.la, area.districts)
                        if rng.random() < 0.6 else None)
                carers.append(self._carer(origin_f, False, father_surname, "father", away))
        elif structure == "single_father":
            carers.append(self._carer(origin_f, False, father_surname, "father", address))
        elif structure == "step":
            step_origin = origin_f if rng.random() < 0.7 else area.origin(rng)
            step_surname = self.surnames[step_origin](rng)
            previous = rng.randint(1, max(1, n - 1)) if n > 1 else 1
            mother_surname = (nd.feminine_surname(step_surname, step_origin, True)
                              if rng.random() < 0.6
                              else self._woman_surname(mother_surname_own, origin_m, False))
            carers.append(self._carer(origin_m, True, mother_surname, "mother", address))
            carers.append(self._carer(step_origin, False, step_surname, "step-father", address))
        elif structure == "kin":
            relationship_surname = father_surname if rng.random() < 0.6 else mother_surname_own
            carers.append(self._carer(origin_f, True, relationship_surname, "grandmother",
                                      address))
            if rng.random() < 0.4:
                carers.append(self._carer(origin_f, False, relationship_surname,
                                          "grandfather", address))
        else:  # foster
            foster_origin = self.national_origin(rng)
            foster_surname = self.surnames[foster_origin](rng)
            carers.append(self._carer(foster_origin, True, foster_surname, "foster carer",
                                      address))
            if rng.random() < 0.6:
                carers.append(self._carer(foster_origin, False, foster_surname, "foster carer",
                                          address))

        double_barrel = (
            like is None and not married and structure in ("couple", "single_mother")
            and rng.random() < 0.12 and father_surname != mother_surname_own
        )
        by_mother = (like is None and structure == "single_mother" and not married
                     and rng.random() < 0.45)

        shielded = like is None and rng.random() < P_SHIELDED_HOUSEHOLD
        children: list[_Child] = []
        taken: list[str] = []
        for index, age_days in enumerate(ages):
            dob = self.today - age_days
            if like is not None:
                gender, female = like.gender, (like.gender == "female"
                                               or (like.gender == "unknown"
                                                   and rng.random() < 0.5))
            else:
                gender, female = self._gender()
            name_origin = origin_m if origin_m != origin_f and rng.random() < 0.3 else origin_f
            aliases: list[tuple[str, str]] = []
            surname_origin = origin_f
            if structure == "step" and index >= previous:
                surname, surname_origin = step_surname, step_origin
            elif by_mother:
                surname, surname_origin = mother_surname_own, origin_m
            elif double_barrel:
                surname = f"{father_surname}-{mother_surname_own}"
            else:
                surname = father_surname
            family = (surname, surname_origin)
            if female and "-" not in surname:
                surname = nd.feminine_surname(surname, surname_origin, False)
            if like is not None:
                first = like.forenames
                forenames = first
            else:
                first = self._forename(name_origin, female, taken)
                forenames = self._forenames(name_origin, female, first, surname)
            taken.append(first)
            if (structure == "step" and index < previous and step_surname != family[0]
                    and rng.random() < 0.3):
                # Took the step-father's name; the old one survives as an alias.
                aliases.append((forenames, surname))
                family = (step_surname, step_origin)
                surname = step_surname
                if female:
                    surname = nd.feminine_surname(surname, step_origin, False)
            child = _Child(
                forenames=forenames,
                surname=surname,
                gender=gender,
                dob=dob,
                address=address,
                la=area.la.code,
                shielded=shielded or (n > 1 and like is None
                                      and rng.random() < P_SHIELDED_CHILD),
                aliases=aliases,
                carers=list(carers),
                origin=name_origin,
                family=family,
                clean=(forenames, surname),
            )
            if like is None:
                self._noise(child)
            child.involvements = self._involvements(child, home)
            child.retention = self._retention(child, home)
            children.append(child)
        return children

    def _care_leaver(self) -> _Child:
        rng = self.rng
        area = self.pick_area(rng)
        origin = area.origin(rng)
        gender, female = self._gender()
        base = self.surnames[origin](rng)
        surname = nd.feminine_surname(base, origin, False) if female else base
        first = self._forename(origin, female, ())
        low, high = self.care_leaver_days
        home = self._household(area, foster=False)
        forenames = self._forenames(origin, female, first, surname)
        child = _Child(
            forenames=forenames,
            surname=surname,
            gender=gender,
            dob=self.today - rng.randint(low, high),
            address=home.address,
            la=area.la.code,
            shielded=rng.random() < P_SHIELDED_HOUSEHOLD,
            origin=origin,
            family=(base, origin),
            clean=(forenames, surname),
        )
        if rng.random() < 0.25:
            foster_origin = self.national_origin(rng)
            child.carers.append(self._carer(foster_origin, True, self.surnames[foster_origin](rng),
                                            "former foster carer", None))
        self._noise(child)
        adviser = area.leaving_care
        eighteenth = _plus_years(child.dob, 18)
        invs = [self._gp(child, home)]
        invs.append(_Inv("other", adviser, self._staffer(adviser),
                         min(_plus_years(child.dob, 16) + rng.randint(0, 700), self.today),
                         None))
        social = self._service_org(area, "social_worker")
        invs.append(_Inv("social_worker", social, self._staffer(social),
                         max(child.dob, eighteenth - rng.randint(200, 3000)), eighteenth))
        child.involvements = invs
        child.retention = "to_25" if rng.random() < 0.85 else "none"
        return child

    # -- source-data noise --

    def _noise(self, child: _Child) -> None:
        rng = self.rng
        if rng.random() < P_ASCII_SOURCE and not (child.forenames + child.surname).isascii():
            child.forenames = nd.ascii_form(child.forenames)
            child.surname = nd.ascii_form(child.surname)
        draw = rng.random()
        if draw < P_NICKNAME:
            first, _, rest = child.forenames.partition(" ")
            choices = self._nicknames(first, child.origin)
            if choices:
                nickname = choices[rng.randrange(len(choices))]
                child.forenames = f"{nickname} {rest}" if rest else nickname
        elif draw < P_NICKNAME + P_TYPO:
            if rng.random() < 0.6:
                first, _, rest = child.forenames.partition(" ")
                first = _typo(rng, first)
                child.forenames = f"{first} {rest}" if rest else first
            else:
                child.surname = _typo(rng, child.surname)
        if rng.random() < P_EXTRA_ALIAS and len(child.aliases) < 3:
            alias = self._alias(child)
            if alias is not None and alias != (child.forenames, child.surname):
                child.aliases.append(alias)

    def _alias(self, child: _Child) -> tuple[str, str] | None:
        """Another name the same child is known by in some agency's records."""
        rng = self.rng
        first, _, rest = child.forenames.partition(" ")
        kind = rng.randrange(5)
        if kind == 0:
            spellings = [v for v in nd.display_surname_variants(child.surname)
                         if v != child.surname]
            if spellings:
                return child.forenames, spellings[rng.randrange(len(spellings))]
        if kind <= 1:
            spellings = [v for v in nd.display_variants(first) if v != first and " " not in v]
            if spellings:
                variant = spellings[rng.randrange(len(spellings))]
                return (f"{variant} {rest}" if rest else variant), child.surname
        if kind == 2 and "-" in child.surname:
            parts = child.surname.split("-")
            return child.forenames, parts[rng.randrange(len(parts))]
        if kind <= 3:
            # A previous surname from before a carer's new partnership.
            return child.forenames, self.surnames[child.origin](rng)
        if rest:
            return rest, child.surname  # known by the middle name
        return None

    # -- involvements --

    def _staffer(self, org: _Org) -> str | None:
        return org.staff[self.rng.randrange(len(org.staff))] if org.staff else None

    def _service_org(self, area: _Area, service: str) -> _Org:
        choices = area.services[service]
        return choices[self.rng.randrange(len(choices))]

    def _gp(self, child: _Child, home: _Household) -> _Inv:
        rng = self.rng
        start = min(max(child.dob + rng.randint(7, 60), home.move_in), self.today)
        practitioner = self._staffer(home.gp) if rng.random() < 0.7 else None
        return _Inv("gp", home.gp, practitioner, max(start, child.dob), None)

    def _school(self, child: _Child, home: _Household) -> list[_Inv]:
        rng = self.rng
        born = dt.date.fromordinal(child.dob)
        entry = born.year + (4 if (born.month, born.day) < (9, 1) else 5)
        reception = dt.date(entry, 9, 4).toordinal()
        year7 = dt.date(entry + 7, 9, 4).toordinal()
        year12 = dt.date(entry + 12, 9, 4).toordinal()
        leave = dt.date(entry + 14, 7, 20).toordinal()
        today = self.today
        if today < reception:
            return []
        area = home.area
        if today < year7:
            org, start = home.primary, reception
            if rng.random() < 0.1:
                org = area.primaries[rng.randrange(len(area.primaries))]
        else:
            org, start = home.secondary, year7
            if rng.random() < 0.1:
                org = area.secondaries[rng.randrange(len(area.secondaries))]
            if today >= year12 and rng.random() < 0.3:
                org, start = home.college, year12
        start = max(start, min(home.move_in, today))
        end = leave if today >= leave else None
        if end is not None and (today - end > 3 * 365 or start >= end):
            return []
        practitioner = self._staffer(org) if rng.random() < 0.4 else None
        return [_Inv("school", org, practitioner, start, end)]

    def _involvements(self, child: _Child, home: _Household) -> list[_Inv]:
        rng = self.rng
        today = self.today
        age = self.age(child.dob)
        area = home.area
        invs = [self._gp(child, home)]
        invs.extend(self._school(child, home))
        if age < 5:
            hv = self._service_org(area, "health_visitor")
            invs.append(_Inv("health_visitor", hv, self._staffer(hv),
                             min(child.dob + rng.randint(10, 14), today), None))
        elif age < 7:
            fifth = _plus_years(child.dob, 5)
            if rng.random() < (0.7 if today - fifth < 365 else 0.25):
                hv = self._service_org(area, "health_visitor")
                invs.append(_Inv("health_visitor", hv, self._staffer(hv),
                                 child.dob + rng.randint(10, 14), fifth))
        social = home.foster or rng.random() < P_SOCIAL_WORKER
        if social:
            org = self._service_org(area, "social_worker")
            start = rng.randint(max(child.dob, today - 4 * 365), today)
            invs.append(_Inv("social_worker", org, self._staffer(org), start, None))
        if 11 <= age <= 19 and rng.random() < P_YOUTH_WORKER:
            org = self._service_org(area, "youth_worker")
            invs.append(_Inv("youth_worker", org, self._staffer(org),
                             rng.randint(max(child.dob, today - 3 * 365), today), None))
        if 12 <= age <= 17 and rng.random() < P_YOUTH_OFFENDING:
            org = self._service_org(area, "youth_offending")
            invs.append(_Inv("youth_offending", org, self._staffer(org),
                             rng.randint(max(child.dob, today - 2 * 365), today), None))
        if rng.random() < P_OTHER_SERVICE:
            fitting = [(o, lo) for o, lo, hi in area.others if lo <= age <= hi]
            if fitting:
                org, youngest = fitting[rng.randrange(len(fitting))]
                earliest = max(_plus_years(child.dob, youngest), today - 3 * 365)
                invs.append(_Inv("other", org, self._staffer(org),
                                 rng.randint(min(earliest, today), today), None))
        if age >= 5 and rng.random() < P_SENSITIVE:
            service = self._sensitive_service(age)
            org = self._service_org(area, service)
            start = rng.randint(max(child.dob, today - 2 * 365), today)
            invs.append(_Inv(service, org, self._staffer(org), start, None,
                             consent=rng.random() < P_SENSITIVE_CONSENT))
        draw = rng.random()
        if draw < P_ENDED_RECENT:
            ended = self._ended(child, area, today - rng.randint(1, 364))
            if ended is not None:
                invs.append(ended)
        elif draw < P_ENDED_RECENT + P_ENDED_OLD:
            ended = self._ended(child, area, today - rng.randint(366, 4 * 365))
            if ended is not None:
                invs.append(ended)
        self._lead_and_caf(invs, social)
        return invs

    def _sensitive_service(self, age: int) -> str:
        draw = self.rng.random()
        if age >= 13:
            if draw < 0.55:
                return "mental_health"
            return "sexual_health" if draw < 0.85 else "substance_misuse"
        if age >= 12 and draw < 0.2:
            return "substance_misuse"
        return "mental_health"

    def _ended(self, child: _Child, area: _Area, end: int) -> _Inv | None:
        """A service that stopped working with the child on ``end``: a past school or case."""
        rng = self.rng
        if end - child.dob < 120:
            return None
        start = rng.randint(max(child.dob, end - 4 * 365), end - 30)
        end_age = (end - child.dob) // 365
        if 5 <= end_age <= 16 and rng.random() < 0.5:
            schools = area.primaries if end_age < 11 else area.secondaries
            org = schools[rng.randrange(len(schools))]
            return _Inv("school", org, None, max(start, child.dob), end)
        service = ("social_worker", "social_worker", "youth_worker")[rng.randrange(3)]
        if service == "youth_worker" and end_age < 11:
            service = "social_worker"
        org = self._service_org(area, service)
        return _Inv(service, org, self._staffer(org), start, end)

    def _lead_and_caf(self, invs: list[_Inv], social: bool) -> None:
        rng = self.rng
        lead_at = -1
        if social and rng.random() < P_LEAD_WITH_SOCIAL_WORKER:
            lead_at = next(i for i, inv in enumerate(invs)
                           if inv.service == "social_worker" and inv.end is None)
        elif rng.random() < P_LEAD_OTHERWISE:
            candidates = [i for i, inv in enumerate(invs)
                          if inv.end is None and inv.service in
                          ("health_visitor", "school", "other", "youth_worker",
                           "youth_offending", "social_worker")]
            if candidates:
                lead_at = candidates[rng.randrange(len(candidates))]
        if lead_at >= 0:
            invs[lead_at] = invs[lead_at]._replace(
                lead=True, caf=rng.random() < P_CAF_WITH_LEAD)
        elif rng.random() < P_CAF_WITHOUT_LEAD:
            for i, inv in enumerate(invs):
                if inv.end is None and inv.service in ("school", "health_visitor"):
                    invs[i] = inv._replace(caf=True)
                    break

    def _retention(self, child: _Child, home: _Household) -> str:
        rng = self.rng
        age = self.age(child.dob)
        if age >= 19:
            return "to_25" if rng.random() < 0.15 else "none"
        if age == 18:
            draw = rng.random()
            return "to_19" if draw < 0.2 else ("to_25" if draw < 0.3 else "none")
        if age >= 16 and home.foster and rng.random() < 0.3:
            return "to_25"
        if age == 17 and rng.random() < 0.03:
            return "to_19"
        return "none"

    # -- linked records --

    def _second_record(self, child: _Child) -> _Child:
        """The same child as another source system holds them: same DOB, name drifts."""
        rng = self.rng
        forenames, surname = child.clean
        twin = _Child(
            forenames=forenames,
            surname=surname,
            gender=child.gender if rng.random() >= 0.05 else "unknown",
            dob=child.dob,
            address=child.address,
            la=child.la,
            shielded=child.shielded,
            retention=child.retention,
            aliases=list(child.aliases) if rng.random() < 0.4 else [],
            carers=list(child.carers) if rng.random() < 0.7 else child.carers[:1],
            origin=child.origin,
            family=child.family,
            clean=child.clean,
        )
        first, _, rest = forenames.partition(" ")
        nicknames = self._nicknames(first, child.origin)
        kinds: list[str] = ["typo"]
        if nicknames:
            kinds += ["nickname", "nickname", "nickname"]
        if rest:
            kinds += ["drop_middle", "swap"]
        if child.aliases:
            kinds += ["alias", "alias"]
        if "-" in surname:
            kinds.append("barrel")
        if not (forenames + surname).isascii():
            kinds += ["ascii", "ascii"]
        if (child.forenames, child.surname) != child.clean:
            kinds.append("clean")  # the other system spelt it right
        kind = kinds[rng.randrange(len(kinds))]
        if kind == "nickname":
            twin.forenames = f"{nicknames[rng.randrange(len(nicknames))]} {rest}".strip()
        elif kind == "drop_middle":
            twin.forenames = first
        elif kind == "swap":
            twin.forenames = f"{rest} {first}"
        elif kind == "alias":
            twin.forenames, twin.surname = child.aliases[rng.randrange(len(child.aliases))]
        elif kind == "barrel":
            parts = surname.split("-")
            twin.surname = parts[rng.randrange(len(parts))]
        elif kind == "ascii":
            twin.forenames = nd.ascii_form(forenames)
            twin.surname = nd.ascii_form(surname)
        elif kind == "typo":
            if rng.random() < 0.6:
                twin.forenames = f"{_typo(rng, first)} {rest}".strip()
            else:
                twin.surname = _typo(rng, surname)
        if rng.random() < 0.35:
            area = (self.pick_area(rng) if rng.random() < 0.2
                    else self.area_by_code[child.la])
            twin.address = self._street_address(area.la, area.districts)
            twin.la = area.la.code
        if child.shielded and rng.random() < 0.7:
            # The record from before the family fled: unshielded, at the old address. The
            # supply links the two; the service must never show that link to anyone but the
            # shielded child's own management team.
            area = self.area_by_code[child.la]
            twin.shielded = False
            twin.address = self._street_address(area.la, area.districts)
            twin.la = area.la.code
        kept = [inv for inv in child.involvements if rng.random() < 0.6]
        twin.involvements = kept or child.involvements[:1]
        child.links.append((twin, "same_child"))
        twin.links.append((child, "same_child"))
        return twin

    def _lookalike(self, child: _Child) -> _Child:
        """A different child easily taken for this one: a cousin, same name, near birthday."""
        rng = self.rng
        forenames = child.clean[0]
        first = forenames.partition(" ")[0]
        draw = rng.random()
        if draw < 0.25:
            variants = self._nicknames(first, child.origin)
            if variants:
                first = variants[rng.randrange(len(variants))]
        elif draw < 0.4:
            first = forenames
        shift = 0 if rng.random() < 0.1 else rng.randint(1, 60)
        low = self.today - self.young_adult_days[1]
        dob = child.dob + shift
        if dob > self.today:
            dob = max(child.dob - shift, low)
        area = self.area_by_code[child.la]
        if rng.random() < 0.3:
            area = self.pick_area(rng)
        surname, origin = child.family
        if "-" not in surname and rng.random() < 0.2:
            spellings = nd.display_surname_variants(surname)
            if spellings:
                surname = spellings[rng.randrange(len(spellings))]
        like = _LookalikeOf(area, surname, origin, first, dob, child.gender)
        cousin = self._family(1, like)[0]
        child.links.append((cousin, "possible_duplicate"))
        cousin.links.append((child, "possible_duplicate"))
        return cousin

    def _nicknames(self, first: str, origin: nd.Origin) -> list[str]:
        """Other forms of a forename that this family would plausibly be recorded under.

        The variant groups cross languages; an English Lewis is recorded as Louie or Lou,
        not Luigi, so forms the family's naming tradition knows, or shorter plain forms,
        are preferred when there are any.
        """
        others = [v for v in nd.display_variants(first) if v != first and " " not in v]
        if not others:
            return others
        known = self.known_names.get(origin, frozenset())
        british = self.known_names["british"]
        familiar = [v for v in others if v in known or v in british
                    or (len(v) < len(first) and v.isascii())]
        return familiar or others

    # -- output --

    def record(self, child: _Child) -> dict[str, object]:
        iso = self.iso
        record: dict[str, object] = {
            "id": child.id,
            "forenames": child.forenames,
            "surname": child.surname,
            "aliases": [{"forenames": f, "surname": s} for f, s in child.aliases],
            "gender": child.gender,
            "dob": iso(child.dob),
            "address": _address(child.address),
            "la": child.la,
            "shielded": child.shielded,
            "retention_consent": child.retention,
            "carers": [
                {
                    "name": c.name,
                    "relationship": c.relationship,
                    "phone": c.phone,
                    "email": c.email,
                    "address": None if c.address is None else _address(c.address),
                }
                for c in child.carers
            ],
            "involvements": [
                {
                    "service": inv.service,
                    "organisation": inv.org.name,
                    "practitioner": inv.practitioner,
                    "phone": inv.org.phone,
                    "email": inv.org.email,
                    "address": _address(inv.org.address),
                    "start": iso(inv.start),
                    "end": None if inv.end is None else iso(inv.end),
                    "lead_professional": inv.lead,
                    "caf": inv.caf,
                    "consent": inv.consent,
                }
                for inv in child.involvements
            ],
        }
        if child.links:
            record["links"] = [{"id": other.id, "kind": kind} for other, kind in child.links]
        return record


def _address(address: _Addr) -> dict[str, object]:
    return {"lines": list(address.lines), "postcode": address.postcode}


def generate(children: int, seed: int, as_of: dt.date) -> Iterator[dict[str, object]]:
    """Yield exactly ``children`` synthetic records, each valid as a ``ChildImport``.

    Ages are relative to ``as_of`` so that a population generated today has the same shape
    as one generated next year. Records that link to each other are yielded close together,
    and both sides of every link are always present.
    """
    if children < 0:
        raise ValueError("children must be 0 or more")
    return _stream(children, seed, as_of)


def _stream(children: int, seed: int, as_of: dt.date) -> Iterator[dict[str, object]]:
    population = _Population(seed, as_of)
    left = children
    while left > 0:
        group = population.group(left)
        left -= len(group)
        for child in group:
            yield population.record(child)
