"""The "widen search" stage: finding a child through real-world errors in what the caller says.

Two steps, as record-linkage systems do it:

1. **Gather** candidates through indexed keys only, each enough on its own, so that no single
   field (the date of birth least of all) has to be right for the child to be found:

   - the date of birth and its likely mistakes (day/month swapped, a year out, a few days
     out, one digit wrong anywhere, two digits transposed inside the day or the month);
   - surnames that sound like, or are spelt nearly like, the query's (phonetic keys, Jaro-
     Winkler, one or two slips, a space inserted or dropped, half of a double-barrelled
     name) with the birth year ±1;
   - forenames (and their nicknames and variants) with the birth year;
   - forename and surname swapped.

   Names are looked up over the *distinct* names held in memory (a few thousand, not millions
   of children); every key is an index range on ``children`` or ``child_names``. Never a scan
   of every child. A shielded child is never gathered through an alias or a postcode.
   A gathered child's row is read only when its score, bounded from its names and date in
   the name index, could pass (``may_be_accepted``): nine in ten at a million are not read.
2. **Score** each candidate field by field with Fellegi–Sunter weights (``MU`` below, one
   table), say how each field agreed, and grade the result. One of surname, forenames and a
   full date of birth may disagree completely when the other two agree (the candidate is
   then graded on those two, at best "possible") — except for a shielded child, whose every
   given name must agree with its primary name.

Libraries: jellyfish for the phonetic keys (Metaphone copes with English spellings of names
from many origins better than Soundex; NYSIIS catches vowel-heavy variants Metaphone splits)
and rapidfuzz for Jaro-Winkler and edit distance (C++, vectorised over the distinct names).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import threading
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import jellyfish
from rapidfuzz import process
from rapidfuzz.distance import OSA, JaroWinkler
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    String,
    and_,
    any_,
    bindparam,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY

from cpdesk.central.db import (
    DATA_VERSION,
    child_links,
    child_names,
    children,
    meta_value,
    reading,
)
from cpdesk.central.namedata import variants_of
from cpdesk.central.policy import (
    LinkEnd,
    Viewer,
    may_fold,
    may_match_by,
    may_match_on,
    search_result,
    sql_may_match_on,
)
from cpdesk.contract import (
    MAX_RESULTS,
    Grade,
    MatchKind,
    NameView,
    SearchRequest,
    SearchResult,
    name_key,
)
from cpdesk.dates import anniversary

if TYPE_CHECKING:
    from cpdesk.central.search import Query

SIMILAR_NAME: Final = 0.84  # Jaro-Winkler threshold for gathering a name
TWO_SLIPS_FROM: Final = 7  # names this long are gathered two edits away, shorter ones one
MAX_CANDIDATES: Final = 5000
CHILDHOOD_DAYS: Final = 18 * 365.25  # the span of birth dates in the live directory

# --- the weights: one table ---------------------------------------------------------------
#
# Fellegi–Sunter: for each field and level of agreement, m = P(level | same child) and
# u = P(level | two different children). A level's weight is log2(m / u); a candidate's
# weight is the sum over the fields the caller gave. m is the rate of each kind of mistake
# in what a caller says or a source system holds (set by hand from the error rates of
# published generators, then tuned on the synthetic population only, never fitted to the
# held-out FEBRL sets or the --errors model; the "days" level and the grading of a candidate
# with one field disagreeing were added after reading which kinds of error the --errors
# misses carried, see docs/search.md); u is the chance agreement among different children:
# for an exact surname or forename it is that name's frequency in the directory (a rare
# surname agreeing counts for more than "Smith"), smoothed towards the table's value.
MU: Final[dict[str, dict[str, tuple[float, float]]]] = {
    "surname": {
        "exact": (0.90, 0.001),       # u replaced by the name's smoothed frequency
        "part": (0.03, 0.0005),       # half of a double-barrelled name, or spacing
        "phonetic": (0.05, 0.003),    # Metaphone or NYSIIS key equal
        "similar": (0.06, 0.002),     # one slip (OSA 1) or Jaro-Winkler >= 0.88
        "loose": (0.02, 0.01),        # two slips, Jaro-Winkler >= 0.80
        "different": (0.04, 0.98),
    },
    "forenames": {
        "exact": (0.85, 0.005),       # u replaced by the name's smoothed frequency
        "middle_name": (0.04, 0.002), # a held middle name given as the first, or the reverse
        "nickname": (0.04, 0.002),    # NAME_VARIANTS: Bill/William, Siobhan/Shivaun
        "phonetic": (0.05, 0.004),
        "similar": (0.06, 0.003),
        "loose": (0.02, 0.01),
        "different": (0.05, 0.97),
    },
    "dob": {  # a full date given
        "exact": (0.885, 1 / CHILDHOOD_DAYS),
        "swap": (0.015, 1 / CHILDHOOD_DAYS),     # day and month swapped
        "year": (0.02, 2 / CHILDHOOD_DAYS),      # a year either side
        "days": (0.015, 6 / CHILDHOOD_DAYS),     # within three days either side
        "digit": (0.04, 40 / CHILDHOOD_DAYS),    # one digit wrong, or two transposed
        "different": (0.025, 0.99),
    },
    "dob_partial": {  # a year, a month or a range given; u scaled by the span it covers
        "exact": (0.95, 1.0),
        "near": (0.04, 2.0),                     # a year either side of it
        "different": (0.01, 1.0),
    },
    "gender": {"exact": (0.97, 0.5), "different": (0.03, 0.5)},
    "postcode": {"exact": (0.80, 0.0003), "different": (0.20, 0.9997)},
    "district": {"exact": (0.85, 0.01), "different": (0.15, 0.99)},
}
SMOOTHING: Final = 20_000   # pseudo-count pulling a name's frequency towards the table's u
EXACT_NAME_BITS: Final = (5.0, 13.0)  # an exact name's weight stays within these bounds
ALIAS_BITS: Final = 0.5     # taken off when the names agreed through an alias
SWAP_BITS: Final = 1.0      # taken off when forename and surname were swapped
# Within a partial level (phonetic, similar, loose) the weight moves with the Jaro-Winkler
# similarity, as in Winkler's partial-agreement weights: this many bits per 0.1 above or
# below 0.9, so that Thomson ranks above Thomas for "Thomosn".
CLOSENESS_BITS: Final = 0.8
# The score is the weight as a share of what full agreement on the given fields would weigh
# (an exact match scores 1.0); grades by score, below "possible" a candidate is dropped.
GRADES: Final[tuple[tuple[float, Grade], ...]] = (
    (0.90, "certain"), (0.65, "probable"), (0.45, "possible"))
# With one field disagreeing completely, the rest must still weigh this much (odds of 256 to
# 1 on the agreement pattern): with a wrong date, two exact names must together be rarer
# than one pair in about 10,000 (13.3 bits, less the date's -5.3), so "Muhammad Khan" or
# "Oliver Smith" with another date of birth does not bring back every namesake in the window.
ONE_DIFFERENT_BITS: Final = 8.0
# A few days either side of the date given: a birth near midnight, the registration or
# discharge date given instead, a date misremembered by a weekend.
NEAR_DAYS: Final = 3
# Levels at which a shielded child's given name counts as agreeing with its primary name.
SHIELD_NAME_LEVELS: Final = frozenset({"exact", "part", "phonetic", "nickname", "middle_name"})
MATCH_KIND: Final[dict[str, MatchKind]] = {
    "exact": "exact", "part": "exact", "phonetic": "phonetic", "similar": "similar",
    "loose": "similar", "nickname": "nickname", "middle_name": "middle_name",
    "swap": "dob_near", "year": "dob_near", "days": "dob_near", "digit": "dob_near",
    "near": "dob_near", "different": "different"}


@functools.lru_cache(maxsize=1024)
def weight(table: str, level: str, scale: float = 1.0) -> float:
    m, u = MU[table][level]
    return math.log2(m / min(1.0, u * scale))


@functools.lru_cache(maxsize=65536)
def phonetic_keys(name: str) -> tuple[str, str]:
    return jellyfish.metaphone(name), jellyfish.nysiis(name)


@functools.lru_cache(maxsize=65536)
def nicknames(forename: str) -> frozenset[str]:
    """Every known variant of a forename, in the same key form as the index."""
    return frozenset(name_key(v) for v in variants_of(forename))


@dataclass
class NameIndex:
    """Distinct surnames and first forenames with their phonetic keys and counts, in memory."""

    version: str | None = None
    surnames: list[str] = field(default_factory=list)
    forenames: list[str] = field(default_factory=list)
    by_key: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    total: int = 0
    joined: dict[str, set[str]] = field(default_factory=dict)  # "osullivan" → {"o sullivan"}
    by_part: dict[str, set[str]] = field(default_factory=dict)  # "smith" → {"smith jones"}
    # The first and last dates of birth held (archived children too): a date-of-birth
    # mistake that would put the child outside them cannot be anyone's, so it is not looked
    # up ("9020-01-26" for 2020, or a birthday in the future).
    born: tuple[str, str] = ("", "")
    # Each kind's names again, ordered by length, with where each length starts: a name
    # within k slips of the query is within k letters of its length, and most held surnames
    # (double-barrelled ones) are far longer than the query's.
    by_length: dict[str, tuple[list[str], list[int]]] = field(default_factory=dict)
    _similar: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    _bits: dict[tuple[str, str], float] = field(default_factory=dict)
    _spelt: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, conn: Connection, version: str | None) -> NameIndex:
        counts: dict[str, dict[str, int]] = {"surname": {}, "forename": {}}
        for kind, column in (("surname", child_names.c.surname_key),
                             ("forename", child_names.c.first_forename_key)):
            for name, n in conn.execute(select(column, func.count()).group_by(column)):
                if name:
                    counts[kind][name] = int(n)
        by_key: dict[str, dict[str, set[str]]] = {"surname": defaultdict(set),
                                                 "forename": defaultdict(set)}
        for kind in ("surname", "forename"):
            for name in counts[kind]:
                for key in phonetic_keys(name):
                    by_key[kind][key].add(name)
        joined: dict[str, set[str]] = defaultdict(set)
        by_part: dict[str, set[str]] = defaultdict(set)
        for name in counts["surname"]:
            joined[name.replace(" ", "")].add(name)
            if " " in name:
                for part in name.split(" "):
                    by_part[part].add(name)
        first, last = conn.execute(select(func.min(children.c.dob),
                                          func.max(children.c.dob))).one()
        by_length = {kind: _by_length(counts[kind]) for kind in ("surname", "forename")}
        return cls(version, sorted(counts["surname"]), sorted(counts["forename"]), by_key,
                   counts, sum(counts["surname"].values()), joined, by_part,
                   (first or "", last or ""), by_length)

    def of_length(self, kind: str, low: int, high: int) -> list[str]:
        """The held names of ``kind`` whose length is between ``low`` and ``high``."""
        names, starts = self.by_length.get(kind, ([], [0]))
        return names[starts[max(0, min(low, len(starts) - 1))]:
                     starts[max(0, min(high + 1, len(starts) - 1))]]

    def held_dates(self, dates: Iterable[str]) -> list[str]:
        """The dates among ``dates`` on which some child in the directory could be born.

        Looking up forty dates in the year 9020 cost the widened search a heap scan on
        PostgreSQL (the planner gave up on the date as an index condition)."""
        first, last = self.born
        return [d for d in dates if first <= d <= last]

    def spellings(self, surname: str) -> set[str]:
        """The held surnames that fold to the same letters, spacing aside (O Sullivan)."""
        return {surname} | self.joined.get(surname.replace(" ", ""), set())

    def exact_bits(self, kind: str, name: str) -> float:
        """The weight of exact agreement on this name: rarer names weigh more."""
        bits = self._bits.get((kind, name))
        if bits is None:
            bits = self._exact_bits(kind, name)
            if len(self._bits) < 100_000:  # scoring asks four times a candidate
                self._bits[(kind, name)] = bits
        return bits

    def _exact_bits(self, kind: str, name: str) -> float:
        table = "surname" if kind == "surname" else "forenames"
        m, u0 = MU[table]["exact"]
        count = self.counts.get(kind, {}).get(name.split(" ")[0] if kind == "forename"
                                              else name, 0)
        u = (count + SMOOTHING * u0) / (self.total + SMOOTHING)
        low, high = EXACT_NAME_BITS
        return min(high, max(low, math.log2(m / u)))

    def similar(self, kind: str, query: str) -> frozenset[str]:
        """Held names that sound like, or are spelt nearly like, ``query`` (and its variants)."""
        cached = self._similar.get((kind, query))
        if cached is not None:
            return cached
        known = self.counts.get(kind, {})
        found: set[str] = set()
        spelt = self.prepare(kind, [query])
        sounded = set(spelt)
        if kind == "forename":
            sounded |= nicknames(query)
        for q in sounded:
            if q in known:
                found.add(q)
            for key in phonetic_keys(q):
                found |= self.by_key[kind].get(key, set())
        for q, like in spelt.items():
            if kind == "surname":
                found |= self.spellings(q) | self.by_part.get(q, set())
            found |= like
        result = frozenset(found)
        if len(self._similar) < 100_000:
            self._similar[(kind, query)] = result
        return result

    @staticmethod
    def _spelt_forms(query: str) -> set[str]:
        """The spellings :meth:`similar` compares with every held name: the query, without
        its spaces, and (a space inserted, or two names) each part on its own."""
        spelt = {query, query.replace(" ", "")}
        if " " in query:
            spelt |= {p for p in query.split(" ") if len(p) >= 2}
        return spelt

    def prepare(self, kind: str, queries: Iterable[str]) -> dict[str, frozenset[str]]:
        """Each spelling :meth:`similar` compares for ``queries``, with the held names spelt
        nearly like it: the costly part of :meth:`similar` (every distinct name scored).
        Kept per spelling — the halves of a double-barrelled surname, or a first forename
        asked as a surname, recur where whole queries do not — and those not yet known are
        compared with every held name in one pass (rapidfuzz's ``cdist``).

        One pass prepares the held names once for all the spellings: the three new
        spellings of a double-barrelled surname took 4 ms this way against 7 ms one at a
        time (measured at a million children). The names found are the same."""
        found: dict[str, frozenset[str]] = {}
        todo: list[str] = []
        for spelling in sorted({s for q in queries for s in self._spelt_forms(q)}):
            cached = self._spelt.get((kind, spelling))
            if cached is None:
                todo.append(spelling)
            else:
                found[spelling] = cached
        if todo:
            names = self.surnames if kind == "surname" else self.forenames
            scores = process.cdist(todo, names, scorer=JaroWinkler.normalized_similarity,
                                   score_cutoff=SIMILAR_NAME)
            for spelling, row in zip(todo, scores, strict=True):
                close = frozenset(names[i] for i in row.nonzero()[0])
                found[spelling] = self._keep_spelt(
                    kind, spelling, close | self._slipped(kind, spelling))
        return found

    def _slipped(self, kind: str, spelling: str) -> frozenset[str]:
        """Slips of the keyboard (Damerau's four kinds): what Jaro-Winkler misses in short
        names such as Eze/Eez, and two slips in long ones."""
        slips = 2 if len(spelling) >= TWO_SLIPS_FROM else 1
        return frozenset(m[0] for m in process.extract(
            spelling, self.of_length(kind, len(spelling) - slips, len(spelling) + slips),
            scorer=OSA.distance, score_cutoff=slips, limit=None))

    def _keep_spelt(self, kind: str, spelling: str, found: frozenset[str]) -> frozenset[str]:
        if len(self._spelt) < 100_000:
            self._spelt[(kind, spelling)] = found
        return found


def _by_length(names: Iterable[str]) -> tuple[list[str], list[int]]:
    """Names ordered by length, and for each length n the index of the first name of length
    n or more (one entry past the longest: the end)."""
    ordered = sorted(names, key=len)
    longest = len(ordered[-1]) if ordered else 0
    starts, i = [], 0
    for n in range(longest + 2):
        while i < len(ordered) and len(ordered[i]) < n:
            i += 1
        starts.append(i)
    return ordered, starts


_index = NameIndex()
_index_lock = threading.Lock()


def known_index() -> NameIndex | None:
    """The index as last built in this process, unchecked (``None`` before the first build):
    for a caller that checks the data supply's version itself (``db.DATA_VERSION``)."""
    index = _index
    return index if index.surnames else None


def name_index(conn: Connection) -> NameIndex:
    """The current index, rebuilt when the data supply has changed since it was built.

    Read on the search's own connection: a connection of its own cost a pool ping and a
    round trip more on every search."""
    global _index
    version = meta_value(conn, "data_version")
    with _index_lock:
        if _index.version != version or not _index.surnames:
            _index = NameIndex.build(conn, version)
        return _index


# --- dates --------------------------------------------------------------------------------


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def dob_variants(dob: str) -> list[str]:
    """A full date and its likely mistakes.

    Day and month swapped; a year either side; a few days either side (across a month's
    end too: 29 and 30 differ in two digits); any one of the eight digits wrong; two digits
    transposed inside the day, the month or the last two of the year.
    """
    day = dt.date.fromisoformat(dob)
    out = {dob}
    for days in range(1, NEAR_DAYS + 1):
        for sign in (-1, 1):
            out.add((day + dt.timedelta(days=sign * days)).isoformat())
    swapped = _valid(day.year, day.day, day.month)
    if swapped:
        out.add(swapped)
    for years in (-1, 1):
        out.add(anniversary(day, years).isoformat())
    digits = dob.replace("-", "")
    candidates = []
    for i in range(8):
        candidates += [digits[:i] + d + digits[i + 1:] for d in "0123456789" if d != digits[i]]
    for i in (2, 4, 6):  # yY, Mm and Dd transposed
        candidates.append(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
    for text in candidates:
        iso = _valid(int(text[:4]), int(text[4:6]), int(text[6:]))
        if iso:
            out.add(iso)
    return sorted(out)


def dob_level(query: str, held: str) -> str:
    """How a held full date agrees with the one given: exact, swap, year, days, digit,
    different."""
    if query == held:
        return "exact"
    q, h = dt.date.fromisoformat(query), dt.date.fromisoformat(held)
    if (q.year, q.month, q.day) == (h.year, h.day, h.month):
        return "swap"
    if (q.month, q.day) == (h.month, h.day) and abs(q.year - h.year) == 1:
        return "year"
    if abs((q - h).days) <= NEAR_DAYS:
        return "days"
    return "digit" if held in dob_variants(query) else "different"


def dob_window(req: SearchRequest) -> tuple[str, str] | None:
    """The range of birth dates to gather names from: the birth year(s) given, ±1 year."""
    if req.dob and len(req.dob) == 10:
        year = int(req.dob[:4])
        return f"{year - 1}-01-01", f"{year + 1}-12-31"
    if req.dob and len(req.dob) < 10:
        year = int(req.dob[:4])
        return f"{year - 1}-01-01", f"{year + 1}-12-31"
    if req.dob_from or req.dob_to:
        return req.dob_from or "1900-01-01", req.dob_to or "9999-12-31"
    return None


def _partial_span(req: SearchRequest) -> float:
    """The share of childhood a partial date or range covers (its u for agreeing)."""
    if req.dob:
        return (1 / 18) if len(req.dob) == 4 else (1 / 216)
    low = dt.date.fromisoformat(req.dob_from or "1900-01-01")
    high = dt.date.fromisoformat(req.dob_to or "9999-12-31")
    return min(1.0, max(1, (high - low).days + 1) / CHILDHOOD_DAYS)


def partial_dob_level(req: SearchRequest, dob: str) -> str:
    if req.dob:
        if dob.startswith(req.dob):
            return "exact"
        return "near" if abs(int(dob[:4]) - int(req.dob[:4])) <= 1 else "different"
    inside = (req.dob_from or "") <= dob <= (req.dob_to or "9999")
    return "exact" if inside else "different"


# --- gathering ----------------------------------------------------------------------------


@dataclass
class Candidate:
    id: str
    dob: str
    gender: str
    postcode_key: str
    district: str
    la: str
    shielded: bool
    names: list[tuple[str, str, str]] = field(default_factory=list)  # kind, forenames, surname
    display: tuple[str, str] = ("", "")


_CHILD_COLUMNS = (children.c.id, children.c.dob, children.c.gender, children.c.postcode_key,
                  children.c.postcode_district, children.c.la, children.c.shielded,
                  children.c.forenames, children.c.surname)


@dataclass(frozen=True)
class Keys:
    """What the query's fields look like in the index: the sets a cheap agreement tests."""

    surnames: frozenset[str]
    forenames: frozenset[str]
    dobs: frozenset[str]
    full_dob: bool

    def agreeing(self, q: Query, surname: str, forenames: str, dob: str,
                 swapped: bool = False) -> int:
        """How many of the given surname, forenames and full date agree at least loosely."""
        s_held, f_held = (forenames.split(" ")[0], surname) if swapped else (surname, forenames)
        n = 0
        if q.surname and (s_held in self.surnames or any(
                p in self.surnames for p in s_held.split(" "))):
            n += 1
        if q.forenames and any(t in self.forenames for t in f_held.split(" ")):
            n += 1
        if self.full_dob and dob in self.dobs:
            n += 1
        return n


def core_fields(req: SearchRequest, q: Query) -> int:
    return bool(q.surname) + bool(q.forenames) + bool(req.dob and len(req.dob) == 10)


def _in_list(conn: Connection, column: Any, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN (...)``. On PostgreSQL as ``column = ANY(one array parameter)``: a widened
    search sends lists of hundreds of spellings and dates, and one bound parameter per value
    cost more to render and send than the statement took to run."""
    ordered = sorted(values)
    condition: ColumnElement[bool]
    if conn.dialect.name == "postgresql":
        condition = column == any_(bindparam(None, ordered, type_=ARRAY(String)))
    else:
        condition = column.in_(bindparam(None, ordered, expanding=True))
    return condition


def _in_filter(conn: Connection, column: Any, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN (...)`` as a filter on rows an index already found. On PostgreSQL as
    ``column IN (SELECT unnest(one array parameter))``, which is tested by hashing whatever
    the plan: ``= ANY(array)`` is hashed only in a plan made for the array's own values, and
    otherwise searched end to end for every row (a cached plan took four times as long)."""
    if conn.dialect.name != "postgresql":
        return _in_list(conn, column, values)
    listed = select(func.unnest(bindparam(None, sorted(values), type_=ARRAY(String))))
    condition: ColumnElement[bool] = column.in_(listed.scalar_subquery())
    return condition


# A row of the name index as every gathering lookup reads it.
_NAME_ROW: Final = (child_names.c.child_id, child_names.c.kind, child_names.c.surname_key,
                    child_names.c.forenames_key, child_names.c.dob)


def together(conn: Connection, lookups: Mapping[str, Select[Any]]) -> dict[str, list[Any]]:
    """Each lookup's rows, all read in one statement (``UNION ALL``, each lookup with its own
    limit and a column naming it). The lookups must select the same columns."""
    if len(lookups) <= 1:
        return {key: list(conn.execute(query).all()) for key, query in lookups.items()}
    parts = []
    for key, query in lookups.items():
        inner = query.subquery()
        parts.append(select(literal(key, String).label("via"), *inner.c))
    found: dict[str, list[Any]] = {key: [] for key in lookups}
    for row in conn.execute(union_all(*parts)):
        found[row[0]].append(row[1:])
    return found


class StaleIndex(Exception):
    """The data supply has changed since the name index was built."""


def gather(conn: Connection, index: NameIndex, req: SearchRequest, q: Query,
           today: dt.date, *, check_version: bool = False) -> dict[str, Candidate]:
    """Candidate children through indexed keys only.

    ``check_version``: read the data supply's version with the lookups and raise
    :class:`StaleIndex` if ``index`` was built from another."""
    live = children.c.archive_on > today.isoformat()

    def _in(column: Any, values: Iterable[str]) -> ColumnElement[bool]:
        return _in_list(conn, column, values)

    full_dob = bool(req.dob and len(req.dob) == 10)
    surnames = index.similar("surname", q.surname) if q.surname else frozenset()
    forenames: frozenset[str] = frozenset()
    tokens = q.forenames.split(" ")[:3] if q.forenames else []
    window = dob_window(req)
    if tokens:
        # The forenames given and, when the swapped lookup below runs, the surname read as a
        # forename: their new spellings compared with the held forenames in one pass.
        index.prepare("forename", [*tokens, *([q.surname.split(" ")[0]]
                                              if window and q.surname else [])])
        forenames = frozenset().union(*(index.similar("forename", t) for t in tokens))
    variants = index.held_dates(dob_variants(req.dob)) if req.dob and full_dob else []
    keys = Keys(surnames, forenames, frozenset(variants), full_dob)
    given = core_fields(req, q)
    # Gathered through one key, a candidate goes on to be scored when no more fields disagree
    # than the scoring would let disagree (see ``score``): one of three, or none. The same
    # rule is pushed into SQL, so that a common name does not bring back every child with it.
    needed = given - 1 if full_dob and given == 3 else given
    ids: set[str] = set()
    # Gathered only through an alias: dropped below if the child turns out to be shielded
    # (the name lookups read the index alone, without the child's row).
    via_alias: set[str] = set()
    names = child_names.c
    # Whether the other fields agree, tested on the rows a key's index found.
    agree: dict[str, ColumnElement[bool]] = {}
    if surnames:
        agree["surname"] = _in_filter(conn, names.surname_key, surnames)
    if forenames:
        agree["forenames"] = or_(_in_filter(conn, names.first_forename_key, forenames),
                                 *(names.forenames_key.like(f"% {t}%") for t in tokens))
    if variants:
        agree["dob"] = _in_filter(conn, names.dob, variants)

    def others(key: str) -> list[ColumnElement[bool]]:
        """The SQL form of "enough of the other fields agree" for a key on ``key``."""
        rest = [c for k, c in agree.items() if k != key]
        if needed >= given:  # every other given field must agree
            return [and_(*rest)] if rest else []
        return [or_(*rest)] if rest and needed - 1 >= 1 else []

    def swapped_others(names: Any, held_as_surname: set[str] | frozenset[str],
                       dobs: Sequence[str]) -> list[ColumnElement[bool]]:
        """The SQL form of "enough agrees" for a forename gathered as the query's surname:
        the held surname (or a part of a double-barrelled one, as ``Keys.agreeing`` reads
        it) must then be one of the forenames given or, when the date may stand in for it,
        the date one of its variants."""
        with_parts = set(held_as_surname).union(
            *(index.by_part.get(name, ()) for name in held_as_surname))
        surname_agrees = _in_filter(conn, names.surname_key, with_parts)
        if needed >= given or not dobs:
            return [surname_agrees]
        return [or_(surname_agrees, _in_filter(conn, names.dob, dobs))]

    def by_names(column: Any, values: Iterable[str], *,
                 window: tuple[str, str] | None = None, allow_alias: bool = True,
                 extra: Sequence[ColumnElement[bool]] = ()) -> Select[Any] | None:
        """The lookup of these names (``None`` if there are none to look up)."""
        if not values:
            return None
        # Only what the index carries: whether the child is live and, for an alias, not
        # shielded, is read when the candidates are loaded (joining each row to its child
        # was a third of PostgreSQL's time for this search).
        query = (select(*_NAME_ROW).where(_in(column, values), *extra))
        if not allow_alias:
            query = query.where(names.kind == "primary")
        if window:
            query = query.where(names.dob.between(*window))
        return query.limit(MAX_CANDIDATES)

    def take(rows: Iterable[Any], swapped: bool = False) -> None:
        for child_id, kind, surname, held, dob in rows:
            if keys.agreeing(q, surname, held, dob, swapped) >= needed:
                (ids if kind == "primary" else via_alias).add(child_id)

    def by_dates(surname_dobs: Sequence[str],
                 forename_dobs: Sequence[str]) -> Select[Any] | None:
        """Children born on one of ``surname_dobs`` whose surname is among the query's
        spellings, or on one of ``forename_dobs`` whose first forename is: one lookup on the
        date index, both names tested on each entry it finds (a lookup for each name read
        the same entries twice)."""
        either = [and_(_in_filter(conn, column, values), _in_filter(conn, names.dob, dobs))
                  for column, values, dobs in
                  ((names.surname_key, surnames, surname_dobs),
                   (names.first_forename_key, forenames, forename_dobs))
                  if values and dobs]
        if not either:
            return None
        return (select(*_NAME_ROW)
                .where(_in(names.dob, set(surname_dobs) | set(forename_dobs)), or_(*either))
                .limit(MAX_CANDIDATES))

    # Every lookup below depends only on the names and dates worked out above, so they go to
    # the database as one statement (``together``): one round trip and one statement's
    # overhead where there were up to five (about 1 ms each on the development machine).
    lookups: dict[str, Select[Any] | None] = {}
    # The span of birth dates each name's window lookup reads whole, with the date's likely
    # mistakes among what lets a row through: the date lookup need not read it again —
    # unless the window lookup was cut off at ``MAX_CANDIDATES`` (then read after).
    windows: dict[str, tuple[str, str]] = {}
    if window:
        # Surnames with the birth year ±1; forenames with the birth year.
        lookups["surname"] = by_names(names.surname_key, surnames, window=window,
                                      extra=others("surname"))
        windows["surname"] = window
        if forenames and (q.surname or q.gender):
            year = req.dob[:4] if req.dob and full_dob else None
            windows["forenames"] = (f"{year}-01-01", f"{year}-12-31") if year else window
            lookups["forenames"] = by_names(names.first_forename_key, forenames,
                                            window=windows["forenames"],
                                            extra=others("forenames"))
        if q.surname:  # forename and surname swapped in the source or on the phone
            lookups["swapped"] = by_names(
                names.first_forename_key, index.similar("forename", q.surname.split(" ")[0]),
                window=window, allow_alias=False,
                extra=swapped_others(names, forenames | set(tokens), variants)
                if q.forenames else [])

    def in_window(key: str, date: str) -> bool:
        span = windows.get(key)
        return span is not None and span[0] <= date <= span[1]

    if full_dob:
        # The date of birth on its own: everyone born that day whose names could still let
        # scoring accept them (about 150 children a day at a million, 1,700 at eleven:
        # loading and scoring each one was most of this search's time).
        lookups["day"] = select(*_NAME_ROW).where(names.dob == req.dob)
        # Its likely mistakes, with either name agreeing: those outside what the window
        # lookups read whole (a digit of the year wrong, mostly — a quarter of the dates,
        # where reading all of them was the search's costliest statement). One lookup for
        # the day and its mistakes read as many index entries and planned longer: tried.
        if variants:
            lookups["dates"] = by_dates(*([d for d in variants if not in_window(key, d)]
                                          for key in ("surname", "forenames")))
        else:  # no mistake of the date is a date anyone in the directory was born on
            lookups["surnames"] = by_names(names.surname_key, surnames)
            lookups["forenames_anywhen"] = by_names(names.first_forename_key, forenames)
    if check_version:  # last: a union's column types are the first lookup's
        lookups["version"] = select(DATA_VERSION.label("child_id"), *(
            null().label(name) for name in ("kind", "surname_key", "forenames_key", "dob")))
    gathered = together(conn, {key: query for key, query in lookups.items()
                               if query is not None})
    if check_version and gathered.pop("version")[0][0] != index.version:
        raise StaleIndex
    for key, rows in gathered.items():
        if key == "day":
            for child_id, kind, surname, held, _ in rows:
                if not (q.surname or q.forenames) or some_name_agrees(q, surname, held):
                    (ids if kind == "primary" else via_alias).add(child_id)
        else:
            take(rows, swapped=key == "swapped")
    cut = [key for key in windows if len(gathered.get(key, ())) >= MAX_CANDIDATES]
    if full_dob and variants and cut:
        rest = by_dates(*([d for d in variants if key in cut and in_window(key, d)]
                          for key in ("surname", "forenames")))
        if rest is not None:
            take(conn.execute(rest).all())
    if q.surname and not req.dob and not window and (q.district or q.postcode_key):
        district = q.district or ""
        ids |= {r[0] for r in conn.execute(
            select(children.c.id).where(_in(children.c.surname_key, surnames),
                                        children.c.postcode_district == district,
                                        sql_may_match_on("postcode", children.c.shielded),
                                        live)
            .limit(MAX_CANDIDATES))}
    if not q.surname and forenames and (q.district or q.postcode_key) and req.dob:
        ids |= {r[0] for r in conn.execute(
            select(children.c.id).where(
                _in(children.c.dob, index.held_dates(dob_variants(req.dob))),
                sql_may_match_on("postcode", children.c.shielded), live))}
    wanted = sorted(ids | via_alias)[:MAX_CANDIDATES]
    held = _names_of(conn, wanted)
    hopeful = [child_id for child_id in wanted if child_id not in held
               or may_be_accepted(req, q, index, child_id, *held[child_id])]
    found = _load(conn, hopeful, live_on=today, held=held)
    return {child_id: candidate for child_id, candidate in found.items()
            if child_id in ids or may_match_by("alias", candidate.shielded)}


Held = dict[str, tuple[str, list[tuple[str, str, str]]]]


def _names_of(conn: Connection, ids: Sequence[str]) -> Held:
    """Each child's date of birth and every name it is known by (kind, forenames, surname),
    from the name index alone."""
    held: Held = {}
    for chunk in _chunks(ids, 500):
        for child_id, kind, forenames, surname, dob in conn.execute(
                select(child_names.c.child_id, child_names.c.kind, child_names.c.forenames_key,
                       child_names.c.surname_key, child_names.c.dob)
                .where(_in_list(conn, child_names.c.child_id, chunk))):
            held.setdefault(child_id, (dob, []))[1].append((kind, forenames, surname))
    return held


def _load(conn: Connection, ids: Sequence[str], live_on: dt.date | None = None,
          held: Held | None = None) -> dict[str, Candidate]:
    """The children ``ids`` as candidates (the live ones only, with ``live_on``); their
    names from ``held`` when already read. A shielded child's aliases are left out."""
    if held is None:
        held = _names_of(conn, ids)
    found: dict[str, Candidate] = {}
    for chunk in _chunks(ids, 500):
        query = select(*_CHILD_COLUMNS).where(_in_list(conn, children.c.id, chunk))
        if live_on is not None:
            query = query.where(children.c.archive_on > live_on.isoformat())
        for row in conn.execute(query):
            found[row.id] = Candidate(
                row.id, row.dob, row.gender, row.postcode_key, row.postcode_district, row.la,
                row.shielded, display=(row.forenames, row.surname),
                names=[name for name in held.get(row.id, ("", []))[1]
                       if name[0] == "primary" or may_match_by("alias", row.shielded)])
    return found


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- scoring ------------------------------------------------------------------------------


def _jw(a: str, b: str) -> float:
    return float(JaroWinkler.normalized_similarity(a, b))


def _closeness(level: str, a: str, b: str) -> float:
    if level not in ("phonetic", "similar", "loose"):
        return 0.0
    return CLOSENESS_BITS * 10 * (_jw(a, b) - 0.9)


# The three level functions are pure and called for every name of every candidate: a search
# at a million children scores a few hundred candidates, most sharing common names.
@functools.lru_cache(maxsize=1 << 16)
def spelling_level(query: str, held: str) -> str:
    """How two single names agree by sound or spelling: phonetic, similar, loose, different."""
    if query == held:
        return "exact"
    # Written for speed (half the time of sets and both distances every time; the same
    # levels on 130,000 pairs): every child born on the day given has its names tested.
    q_meta, q_nysiis = phonetic_keys(query)
    h_meta, h_nysiis = phonetic_keys(held)
    if q_meta in (h_meta, h_nysiis) or q_nysiis in (h_meta, h_nysiis):
        return "phonetic"
    similarity = _jw(query, held)
    if similarity >= 0.88:
        return "similar"
    shortest = min(len(query), len(held))
    slips = int(OSA.distance(query, held, score_cutoff=2))  # 3 stands for "more than 2"
    if shortest >= 2 and slips <= 1:
        return "similar"
    if similarity >= 0.8 or (shortest >= TWO_SLIPS_FROM - 2 and slips <= 2):
        return "loose"
    return "different"


_ORDER: Final = ("exact", "part", "middle_name", "nickname", "similar", "phonetic", "loose",
                 "different")


@functools.lru_cache(maxsize=1 << 16)
def surname_level(query: str, held: str) -> str:
    if query == held:
        return "exact"
    if query.replace(" ", "") == held.replace(" ", ""):
        return "part"
    q_parts, h_parts = query.split(" "), held.split(" ")
    if (len(h_parts) > 1 and query in h_parts) or (len(q_parts) > 1 and held in q_parts):
        return "part"
    level = spelling_level(query.replace(" ", ""), held.replace(" ", ""))
    if level == "different" and len(q_parts) + len(h_parts) > 2:
        best = min((spelling_level(a, b) for a in q_parts for b in h_parts
                    if min(len(a), len(b)) >= 3), key=_ORDER.index, default="different")
        if best in ("exact", "phonetic", "similar"):
            return "loose"
    return level


@functools.lru_cache(maxsize=1 << 16)
def forename_level(query: str, held: str, prefix: bool) -> str:
    """Every forename given against every forename held; a middle name agrees too."""
    if query == held or held.startswith(query + " ") or (prefix and held.startswith(query)):
        return "exact"
    q_names, h_names = query.split(" "), held.split(" ")
    if q_names[0] == h_names[0]:  # Mary Jane given, Mary held
        return "exact"
    best = "different"
    for i, q in enumerate(q_names):
        for j, h in enumerate(h_names):
            if q == h or (prefix and h.startswith(q)):
                level = "exact" if i == j == 0 else "middle_name"
            elif h in nicknames(q):
                level = "nickname"
            else:
                level = spelling_level(q, h)
                if (i, j) != (0, 0) and level != "different":
                    level = "loose"
            if _ORDER.index(level) < _ORDER.index(best):
                best = level
    return best


@dataclass(frozen=True)
class Scored:
    """A candidate's score (its weight as a share of full agreement: the ranking) and grade."""

    candidate: Candidate
    score: float
    matched: dict[str, MatchKind]
    grade: Grade | None = None

    def __post_init__(self) -> None:
        if self.grade is None:
            object.__setattr__(self, "grade", grade_of(self.score))


NameWeights = tuple[float, dict[str, float], dict[str, MatchKind], dict[str, str]]


def given_name_levels(q: Query, surname: str, forenames: str,
                      swapped: bool) -> dict[str, str]:
    """How the names given agree with one held name (read the other way round when
    ``swapped``): the levels scoring weighs."""
    s_query, f_query = (q.forenames, q.surname) if swapped else (q.surname, q.forenames)
    levels: dict[str, str] = {}
    if s_query:
        levels["surname"] = surname_level(s_query.split(" ")[0] if swapped else s_query,
                                          surname)
    if f_query:
        levels["forenames"] = forename_level(f_query, forenames,
                                             q.forenames_prefix and not swapped)
    return levels


def some_name_agrees(q: Query, surname: str, forenames: str) -> bool:
    """Whether any name given is more than plainly different from this held name, either
    way round. When none is, scoring rejects the child whatever else agrees (at most one of
    surname, forenames and date may disagree, and only when all three were given): the
    widened search uses this to leave such children unloaded.

    The levels of :func:`given_name_levels`, both ways round, asked one at a time and no
    more than needed: it runs for everyone born on the day given (150 a day at a million)."""
    if q.surname and surname_level(q.surname, surname) != "different":
        return True
    if q.forenames and forename_level(q.forenames, forenames,
                                      q.forenames_prefix) != "different":
        return True
    if q.surname and q.forenames:  # swapped
        return (surname_level(q.forenames.split(" ")[0], surname) != "different"
                or forename_level(q.surname, forenames, False) != "different")
    return False


def _name_weights(index: NameIndex, q: Query, c: Candidate,
                  ways: tuple[bool, ...] = (False, True)) -> NameWeights | None:
    """The best-agreeing of the candidate's names: weight, its most by field, kinds, levels.

    The most is what exact agreement on this name would weigh (the held name's frequency,
    not the query's: a misspelt query is a rare name, and must not raise the bar).
    ``ways``: the names read as given (False), swapped (True), or both.
    """
    best: NameWeights | None = None
    for kind, forenames, surname in c.names or [("primary", "", "")]:
        for swapped in ways:
            if swapped and (not q.surname or not q.forenames):
                continue
            s_query, f_query = (q.forenames, q.surname) if swapped else (q.surname, q.forenames)
            total = 0.0
            levels = given_name_levels(q, surname, forenames, swapped)
            most: dict[str, float] = {}
            if q.surname:
                most["surname"] = index.exact_bits("surname", surname or q.surname)
            if q.forenames:
                most["forenames"] = index.exact_bits("forename", forenames or q.forenames)
            if "surname" in levels:
                level = levels["surname"]
                total += (index.exact_bits("surname", surname) if level == "exact"
                          else weight("surname", level)
                          + _closeness(level, s_query or "", surname))
            if "forenames" in levels:
                level = levels["forenames"]
                total += (index.exact_bits("forename", forenames) if level == "exact"
                          else weight("forenames", level)
                          + _closeness(level, (f_query or "").split(" ")[0],
                                       forenames.split(" ")[0]))
            if c.shielded and any(v not in SHIELD_NAME_LEVELS for v in levels.values()):
                # Every name given must agree with the shielded child's own name: a search
                # under another name (a pre-adoption one) must not find it.
                continue
            matched: dict[str, MatchKind] = {k: MATCH_KIND[v] for k, v in levels.items()}
            if swapped:
                total -= SWAP_BITS
                matched = {k: ("different" if v == "different" else "swapped")
                           for k, v in matched.items()}
            elif kind == "alias":
                total -= ALIAS_BITS
                matched = {k: ("alias" if v == "exact" else v) for k, v in matched.items()}
            if best is None or total - sum(most.values()) > best[0] - sum(best[1].values()):
                best = (total, most, matched, levels)
    return best


def score(req: SearchRequest, q: Query, c: Candidate,
          index: NameIndex | None = None, ways: tuple[bool, ...] = (False, True)
          ) -> Scored | None:
    """Weighted agreement of every given field; None when the child is plainly not it.

    ``ways`` limits how the names are read (as given, swapped): see :func:`may_be_accepted`.
    """
    index = index or NameIndex()
    total = possible = 0.0
    matched: dict[str, MatchKind] = {}
    levels: dict[str, str] = {}
    most: dict[str, float] = {}
    if q.surname or q.forenames:
        names = _name_weights(index, q, c, ways)
        if names is None:
            return None
        total, most, matched, levels = names
        possible = sum(most.values())
    if req.dob and len(req.dob) == 10:
        level = dob_level(req.dob, c.dob)
        total += weight("dob", level)
        most["dob"] = weight("dob", "exact")
        possible += most["dob"]
        levels["dob"] = level
        matched["dob"] = MATCH_KIND[level]
    elif req.dob or req.dob_from or req.dob_to:
        span = _partial_span(req)
        level = partial_dob_level(req, c.dob)
        if level == "different":
            return None
        total += weight("dob_partial", level, span)
        possible += weight("dob_partial", "exact", span)
        matched["dob"] = MATCH_KIND[level]
    # One of surname, forenames and a full date may disagree completely, when all three were
    # given and the other two agree; with fewer fields given, none may.
    disagreeing = [k for k, v in levels.items() if v == "different"]
    if len(disagreeing) > (1 if core_fields(req, q) == 3 else 0):
        return None
    if q.gender:
        possible += weight("gender", "exact")
        if c.gender == q.gender:
            total += weight("gender", "exact")
            matched["gender"] = "exact"
        elif c.gender != "unknown":
            total += weight("gender", "different")
            matched["gender"] = "different"
    if (q.postcode_key or q.district) and may_match_on("postcode", c.shielded):
        table = "postcode" if q.postcode_key else "district"
        possible += weight(table, "exact")
        if (q.postcode_key and c.postcode_key == q.postcode_key) or (
                not q.postcode_key and c.district == q.district):
            total += weight(table, "exact")
            matched["postcode"] = "exact"
        else:
            total += weight(table, "different")
            matched["postcode"] = "different"
    if req.id and c.id == req.id:
        matched["id"] = "exact"
    if possible <= 0:
        return Scored(c, 1.0, matched)
    if total <= 0:
        return None
    share = min(1.0, total / possible)
    if not disagreeing:
        return Scored(c, share, matched)
    # The one field that disagrees completely (a forename replaced by a sibling's, a date
    # given wrongly) has said all it can through its own weight: the candidate is graded on
    # how well the *other* fields agree — the weight, disagreement included, as a share of
    # what they would weigh if exact — and at best ``possible``. Ranking stays by ``share``,
    # so such a candidate never goes above one that agreed on every field as well.
    others = possible - most[disagreeing[0]]
    graded = grade_of(total / others) if others > 0 and total >= ONE_DIFFERENT_BITS else None
    return Scored(c, share, matched, None if graded is None else "possible")


def may_be_accepted(req: SearchRequest, q: Query, index: NameIndex, child_id: str,
                    dob: str, names: Sequence[tuple[str, str, str]]) -> bool:
    """Whether :func:`score` could accept a child with these names and date of birth, before
    its row is read: a bound, never a guess.

    Each name, read each way, is scored on its own as if the child's gender and postcode
    agreed with the query's and it were not shielded. Each of those can only add to the
    weight (agreeing adds as much to the weight as to the most it could be) or take a name
    away (a shielded child's aliases and non-agreeing names); and the real score takes one
    name read one way. So a child none of whose names passes here cannot pass there. At a
    million children nine in ten of those gathered fail here, and are never loaded.
    """
    full_dob = bool(req.dob and len(req.dob) == 10)
    if not full_dob and (req.dob or req.dob_from or req.dob_to) and (
            partial_dob_level(req, dob) == "different"):
        return False  # as score() rejects it, whatever the names
    date_differs = full_dob and dob_level(req.dob or "", dob) == "different"
    may_differ = 1 if core_fields(req, q) == 3 else 0
    for name in names or [("primary", "", "")]:
        for swapped in (False, True):
            if swapped and (not q.surname or not q.forenames):
                continue
            # score()'s own first rule, on the levels it would compute: more fields
            # completely different than may be is a rejection, weights unread.
            levels = given_name_levels(q, name[2], name[1], swapped)
            if (sum(level == "different" for level in levels.values()) + date_differs
                    > may_differ):
                continue
            hopeful = Candidate(child_id, dob, gender=q.gender or "unknown",
                                postcode_key=q.postcode_key or "", district=q.district or "",
                                la="", shielded=False, names=[name])
            scored = score(req, q, hopeful, index, ways=(swapped,))
            if scored is not None and scored.grade is not None:
                return True
    return False


def grade_of(value: float) -> Grade | None:
    for threshold, grade in GRADES:
        if value >= threshold:
            return grade
    return None


# --- grouping -----------------------------------------------------------------------------


def links_of(conn: Connection, ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(list(ids), 500):
        for child_id, other, kind in conn.execute(
                select(child_links.c.child_id, child_links.c.other_id, child_links.c.kind)
                .where(or_(_in_list(conn, child_links.c.child_id, chunk),
                           _in_list(conn, child_links.c.other_id, chunk)))):
            out[child_id].append((other, kind))
            out[other].append((child_id, kind))
    return out


def _end(c: Candidate) -> LinkEnd:
    # Candidates and the linked records loaded beside them are all live (not archived).
    return LinkEnd(id=c.id, la=c.la, shielded=c.shielded, archived=False)


def fuzzy_search(engine: Engine, viewer: Viewer, req: SearchRequest, q: Query,
                 today: dt.date) -> tuple[list[SearchResult], bool]:
    """Scored, grouped results (best first) and whether there were too many to show."""
    with reading(engine) as conn:
        if q.id:
            # An ID narrows the widened search too: never children unrelated to it.
            index = name_index(conn)
            candidates = _load(conn, [q.id], live_on=today)
        else:
            # The data supply's version is read in the gathering's own statement, not in a
            # round trip before it; an import since the index was built means building it
            # again and gathering again.
            index = known_index() or name_index(conn)
            try:
                candidates = gather(conn, index, req, q, today, check_version=True)
            except StaleIndex:
                index = name_index(conn)
                candidates = gather(conn, index, req, q, today)
        scored = [s for s in (score(req, q, c, index) for c in candidates.values())
                  if s is not None and s.grade is not None]
        scored.sort(key=lambda s: (-s.score, s.candidate.display[1], s.candidate.id))
        links = links_of(conn, [s.candidate.id for s in scored])
        linked_ids = {o for s in scored for o, _ in links.get(s.candidate.id, [])}
        extra = _load(conn, sorted(linked_ids - candidates.keys()), live_on=today)
    known = {**candidates, **extra}
    results: list[SearchResult] = []
    absorbed: set[str] = set()
    confident = 0
    for s in scored:
        c = s.candidate
        if c.id in absorbed:
            continue
        identities: list[NameView] = []
        duplicate = False
        for other_id, kind in links.get(c.id, []):
            other = known.get(other_id)
            # Only links the caller may see, and never a shielded record folded or flagged
            # (the policy's never-group rule): the result list must not prove a link.
            if other is None or not may_fold(viewer, _end(c), _end(other)):
                continue
            if kind == "possible_duplicate":
                duplicate = True
            elif other_id not in absorbed:
                absorbed.add(other_id)
                identities.append(NameView(forenames=other.display[0],
                                           surname=other.display[1]))
        absorbed.add(c.id)
        grade = s.grade
        assert grade is not None
        confident += grade != "possible"
        results.append(search_result(
            viewer, id=c.id, forenames=c.display[0], surname=c.display[1], dob=c.dob,
            gender=c.gender,  # type: ignore[arg-type]
            postcode_district=c.district, la=c.la, shielded=c.shielded,
            score=round(s.score, 4), grade=grade, matched=s.matched,
            identities=identities[:20], possible_duplicate=duplicate))
    return results[:MAX_RESULTS], confident > MAX_RESULTS
