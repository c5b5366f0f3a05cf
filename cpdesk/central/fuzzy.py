"""The "widen search" stage: finding a child through misspellings, nicknames and aliases.

Two steps, as record-linkage systems do it:

1. **Gather** candidates through indexed keys only — the date of birth and its likely
   mistakes (day/month swapped, a year out), and names whose phonetic keys (Metaphone, NYSIIS)
   or Jaro-Winkler similarity match the query's, looked up over the *distinct* names held in
   memory (a few thousand, not millions of children). Never a scan of every child.
2. **Score** each candidate field by field, say how each field agreed, and grade the result.

Libraries: jellyfish for the phonetic keys (Metaphone copes with English spellings of names
from many origins better than Soundex; NYSIIS catches vowel-heavy variants Metaphone splits)
and rapidfuzz for Jaro-Winkler (C++, vectorised over the distinct-name lists).

Shielding holds here too: a shielded child is never gathered through a postcode or an alias,
and its postcode never moves its score (that would leak where it lives).
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import jellyfish
from rapidfuzz import process
from rapidfuzz.distance import OSA, JaroWinkler
from sqlalchemy import Connection, Engine, or_, select

from cpdesk.central.db import child_links, child_names, children, get_meta
from cpdesk.central.namedata import variants_of
from cpdesk.central.policy import (
    LinkEnd,
    Viewer,
    may_fold,
    may_match_by,
    may_match_on,
    search_result,
    sql_may_match_by,
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
GRADES: Final[tuple[tuple[float, Grade], ...]] = (
    (0.95, "certain"), (0.84, "probable"), (0.68, "possible"))
MAX_CANDIDATES: Final = 5000


@functools.lru_cache(maxsize=65536)
def phonetic_keys(name: str) -> tuple[str, str]:
    return jellyfish.metaphone(name), jellyfish.nysiis(name)


@functools.lru_cache(maxsize=65536)
def nicknames(forename: str) -> frozenset[str]:
    """Every known variant of a forename, in the same key form as the index."""
    return frozenset(name_key(v) for v in variants_of(forename))


@dataclass
class NameIndex:
    """Distinct surnames and first forenames with their phonetic keys, held in memory."""

    version: str | None = None
    surnames: list[str] = field(default_factory=list)
    forenames: list[str] = field(default_factory=list)
    by_key: dict[str, dict[str, set[str]]] = field(default_factory=dict)

    @classmethod
    def build(cls, conn: Connection, version: str | None) -> NameIndex:
        surnames = sorted({r[0] for r in conn.execute(select(child_names.c.surname_key).distinct())
                           if r[0]})
        forenames = sorted({r[0] for r in conn.execute(
            select(child_names.c.first_forename_key).distinct()) if r[0]})
        by_key: dict[str, dict[str, set[str]]] = {"surname": defaultdict(set),
                                                 "forename": defaultdict(set)}
        for kind, names in (("surname", surnames), ("forename", forenames)):
            for name in names:
                for key in phonetic_keys(name):
                    by_key[kind][key].add(name)
        return cls(version, surnames, forenames, by_key)

    def similar(self, kind: str, query: str) -> set[str]:
        """Names that sound like, or are spelt nearly like, ``query`` (and its variants)."""
        names = self.surnames if kind == "surname" else self.forenames
        queries = {query}
        if kind == "forename":
            queries |= nicknames(query)
        found: set[str] = set()
        for q in queries:
            for key in phonetic_keys(q):
                found |= self.by_key[kind].get(key, set())
            found |= {m[0] for m in process.extract(
                q, names, scorer=JaroWinkler.normalized_similarity,
                score_cutoff=SIMILAR_NAME, limit=None)}
            # One slip of the keyboard (Damerau's four kinds): what Jaro-Winkler misses in
            # short names such as Eze/Eez or Xu/Xju.
            found |= {m[0] for m in process.extract(
                q, names, scorer=OSA.distance, score_cutoff=1, limit=None)}
        return found


_index = NameIndex()
_index_lock = threading.Lock()


def name_index(engine: Engine) -> NameIndex:
    """The current index, rebuilt when the data supply has changed since it was built."""
    global _index
    version = get_meta(engine, "data_version")
    with _index_lock:
        if _index.version != version or not _index.surnames:
            with engine.connect() as conn:
                _index = NameIndex.build(conn, version)
        return _index


# --- gathering ----------------------------------------------------------------------------


def dob_variants(dob: str) -> list[str]:
    """A full date and its likely mistakes: day and month swapped, a year either side."""
    day = dt.date.fromisoformat(dob)
    out = {dob}
    if day.day <= 12 and day.day != day.month:
        out.add(dt.date(day.year, day.day, day.month).isoformat())
    for years in (-1, 1):
        out.add(anniversary(day, years).isoformat())
    return sorted(out)


def dob_window(req: SearchRequest) -> tuple[str, str] | None:
    """The range of birth dates to gather from, widened by a year for partial dates."""
    if req.dob and len(req.dob) < 10:
        year = int(req.dob[:4])
        return f"{year - 1}-01-01", f"{year + 1}-12-31"
    if req.dob_from or req.dob_to:
        return req.dob_from or "1900-01-01", req.dob_to or "9999-12-31"
    return None


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


def gather(conn: Connection, index: NameIndex, req: SearchRequest, q: Query,
           today: dt.date) -> dict[str, Candidate]:
    """Candidate children through indexed keys only."""
    live = children.c.archive_on > today.isoformat()
    ids: set[str] = set()

    def by_names(column: Any, values: set[str], window: tuple[str, str] | None,
                 allow_alias: bool = True) -> None:
        if not values:
            return
        query = (select(child_names.c.child_id, child_names.c.kind, children.c.shielded)
                 .join(children, children.c.id == child_names.c.child_id)
                 .where(column.in_(sorted(values)), live,
                        sql_may_match_by("alias", child_names.c.kind, children.c.shielded)))
        if window:
            query = query.where(child_names.c.dob.between(*window))
        for child_id, kind, shielded in conn.execute(query.limit(MAX_CANDIDATES)):
            if kind == "alias" and (not allow_alias or not may_match_by("alias", shielded)):
                continue
            ids.add(child_id)

    surnames = index.similar("surname", q.surname) if q.surname else set()
    forenames = index.similar("forename", q.forenames.split(" ")[0]) if q.forenames else set()
    if req.dob and len(req.dob) == 10:
        variants = dob_variants(req.dob)
        ids |= {r[0] for r in conn.execute(
            select(children.c.id).where(children.c.dob.in_(variants), live))}
        # Names through every identity (aliases too) on the exact date.
        by_names(child_names.c.surname_key, surnames, (req.dob, req.dob))
    window = dob_window(req)
    if window:
        by_names(child_names.c.surname_key, surnames, window)
        if q.surname:  # forename and surname swapped in the source or on the phone
            by_names(child_names.c.first_forename_key,
                     index.similar("forename", q.surname.split(" ")[0]), window, False)
        if forenames and (q.surname or q.gender):
            by_names(child_names.c.first_forename_key, forenames, window)
    if q.surname and not req.dob and not window and (q.district or q.postcode_key):
        district = q.district or ""
        ids |= {r[0] for r in conn.execute(
            select(children.c.id).where(children.c.surname_key.in_(sorted(surnames)),
                                        children.c.postcode_district == district,
                                        sql_may_match_on("postcode", children.c.shielded),
                                        live)
            .limit(MAX_CANDIDATES))}
    if not q.surname and forenames and (q.district or q.postcode_key) and req.dob:
        ids |= {r[0] for r in conn.execute(
            select(children.c.id).where(children.c.dob.in_(dob_variants(req.dob)),
                                        sql_may_match_on("postcode", children.c.shielded),
                                        live))}
    return _load(conn, sorted(ids)[:MAX_CANDIDATES])


def _load(conn: Connection, ids: Sequence[str],
          live_on: dt.date | None = None) -> dict[str, Candidate]:
    found: dict[str, Candidate] = {}
    for chunk in _chunks(ids, 500):
        query = select(*_CHILD_COLUMNS).where(children.c.id.in_(chunk))
        if live_on is not None:
            query = query.where(children.c.archive_on > live_on.isoformat())
        for row in conn.execute(query):
            found[row.id] = Candidate(row.id, row.dob, row.gender, row.postcode_key,
                                      row.postcode_district, row.la, row.shielded,
                                      display=(row.forenames, row.surname))
        for child_id, kind, forenames, surname in conn.execute(
                select(child_names.c.child_id, child_names.c.kind, child_names.c.forenames_key,
                       child_names.c.surname_key).where(child_names.c.child_id.in_(chunk))):
            candidate = found.get(child_id)
            if candidate and (kind == "primary" or may_match_by("alias", candidate.shielded)):
                candidate.names.append((kind, forenames, surname))
    return found


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- scoring ------------------------------------------------------------------------------


def _jw(a: str, b: str) -> float:
    return float(JaroWinkler.normalized_similarity(a, b))


def _one_slip(a: str, b: str) -> bool:
    """An insertion, deletion, substitution or transposition apart (and not both tiny)."""
    return min(len(a), len(b)) >= 2 and OSA.distance(a, b) <= 1


def surname_agreement(query: str, candidate: str) -> tuple[float, MatchKind | None]:
    if query == candidate:
        return 1.0, "exact"
    parts = candidate.split(" ")
    if len(parts) > 1 and query in parts:  # one half of a double-barrelled surname
        return 0.93, "exact"
    similarity = _jw(query, candidate)
    if set(phonetic_keys(query)) & set(phonetic_keys(candidate)):
        return max(similarity, 0.9), "phonetic"
    if _one_slip(query, candidate):
        return max(similarity, 0.86), "similar"
    return (similarity, "similar") if similarity >= 0.8 else (similarity, None)


def forename_agreement(query: str, candidate: str, prefix: bool) -> tuple[float, MatchKind | None]:
    first = candidate.split(" ")[0]
    if query == candidate or candidate.startswith(query + " ") or (
            prefix and candidate.startswith(query)):
        return 1.0, "exact"
    if first in nicknames(query):
        return 0.95, "nickname"
    similarity = _jw(query, first)
    if set(phonetic_keys(query)) & set(phonetic_keys(first)):
        return max(similarity, 0.9), "phonetic"
    if _one_slip(query, first):
        return max(similarity, 0.86), "similar"
    return (similarity, "similar") if similarity >= 0.8 else (similarity, None)


def dob_agreement(req: SearchRequest, dob: str) -> tuple[float, MatchKind | None]:
    if req.dob and len(req.dob) == 10:
        if dob == req.dob:
            return 1.0, "exact"
        return (0.85, "dob_near") if dob in dob_variants(req.dob) else (0.0, None)
    if req.dob:
        if dob.startswith(req.dob):
            return 1.0, "exact"
        return (0.8, "dob_near") if abs(int(dob[:4]) - int(req.dob[:4])) <= 1 else (0.0, None)
    if req.dob_from or req.dob_to:
        inside = (req.dob_from or "") <= dob <= (req.dob_to or "9999")
        return (1.0, "exact") if inside else (0.0, None)
    return 1.0, None


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float
    matched: dict[str, MatchKind]


def score(req: SearchRequest, q: Query, c: Candidate) -> Scored | None:
    """Weighted agreement of every given field; None when the child is plainly not it."""
    best: tuple[float, dict[str, MatchKind]] = (0.0, {})
    for kind, forenames, surname in c.names or [("primary", "", "")]:
        for swapped in (False, True):
            if swapped and (not q.surname or not q.forenames):
                continue
            s_query, f_query = (q.forenames, q.surname) if swapped else (q.surname, q.forenames)
            parts: list[tuple[float, float]] = []
            matched: dict[str, MatchKind] = {}
            if s_query:
                value, how = surname_agreement(s_query, surname)
                if how is None:
                    continue
                parts.append((0.4, value))
                matched["surname"] = how
            if f_query:
                value, how = forename_agreement(f_query.split(" ")[0] if swapped else f_query,
                                                forenames, q.forenames_prefix and not swapped)
                if how is None and value < 0.7:
                    continue
                parts.append((0.3, value))
                if how is not None:
                    matched["forenames"] = how
            total = sum(w * v for w, v in parts) / sum(w for w, _ in parts) if parts else 1.0
            if swapped:
                total *= 0.92
                matched = {k: "swapped" for k in matched}
            elif kind == "alias":
                total *= 0.97
                matched = {k: ("alias" if v == "exact" else v) for k, v in matched.items()}
            if total > best[0]:
                best = (total, matched)
    name_score, matched = best
    if (q.surname or q.forenames) and name_score == 0.0:
        return None
    dob_value, dob_how = dob_agreement(req, c.dob)
    if (req.dob or req.dob_from or req.dob_to) and dob_how is None:
        return None
    if dob_how is not None:
        matched["dob"] = dob_how
    has_dob = bool(req.dob or req.dob_from or req.dob_to)
    has_names = bool(q.surname or q.forenames)
    total = (name_score * 0.7 + dob_value * 0.3) if has_dob and has_names else (
        name_score if has_names else dob_value)
    if q.gender:
        if c.gender == q.gender:
            matched["gender"] = "exact"
        elif c.gender != "unknown":
            total *= 0.85
    if (q.postcode_key or q.district) and may_match_on("postcode", c.shielded):
        if (q.postcode_key and c.postcode_key == q.postcode_key) or (
                not q.postcode_key and c.district == q.district):
            matched["postcode"] = "exact"
        else:
            total *= 0.9
    if req.id and c.id == req.id:
        matched["id"] = "exact"
    return Scored(c, min(total, 1.0), matched)


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
                .where(or_(child_links.c.child_id.in_(chunk),
                           child_links.c.other_id.in_(chunk)))):
            out[child_id].append((other, kind))
            out[other].append((child_id, kind))
    return out


def _end(c: Candidate) -> LinkEnd:
    # Candidates and the linked records loaded beside them are all live (not archived).
    return LinkEnd(id=c.id, la=c.la, shielded=c.shielded, archived=False)


def fuzzy_search(engine: Engine, viewer: Viewer, req: SearchRequest, q: Query,
                 today: dt.date) -> tuple[list[SearchResult], bool]:
    """Scored, grouped results (best first) and whether there were too many to show."""
    index = name_index(engine)
    with engine.connect() as conn:
        if q.id:
            # An ID narrows the widened search too: never children unrelated to it.
            candidates = _load(conn, [q.id], live_on=today)
        else:
            candidates = gather(conn, index, req, q, today)
        scored = [s for s in (score(req, q, c) for c in candidates.values())
                  if s is not None and grade_of(s.score) is not None]
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
        grade = grade_of(s.score)
        assert grade is not None
        confident += grade != "possible"
        results.append(search_result(
            viewer, id=c.id, forenames=c.display[0], surname=c.display[1], dob=c.dob,
            gender=c.gender,  # type: ignore[arg-type]
            postcode_district=c.district, la=c.la, shielded=c.shielded,
            score=round(s.score, 4), grade=grade, matched=s.matched,
            identities=identities[:20], possible_duplicate=duplicate))
    return results[:MAX_RESULTS], confident > MAX_RESULTS
