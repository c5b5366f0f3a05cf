"""Children in the directory: keys for searching, upserts from the data supply, lookups.

The full record is stored as the supplied JSON; beside it sit the normalised keys that
searches use (folded names, postcode, district, archive date), so a search never parses a
record it does not return.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Final

from sqlalchemy import Connection, Engine, func, select

from cpdesk.central.db import child_links, child_names, children, meta
from cpdesk.central.policy import LinkEnd, Viewer, archive_date, link_visible
from cpdesk.contract import ChildImport, name_key, postcode_key

__all__ = ["count", "linked_ends_on", "load", "mark_changed", "name_key", "postcode_parts",
           "rows_for", "upsert", "withheld_links"]

_INWARD = re.compile(r"^[0-9][A-Z]{2}$")
BATCH: Final = 2000


def postcode_parts(postcode: str) -> tuple[str, str]:
    """(full postcode key, district) — the key is empty when only a district was given."""
    compact = postcode_key(postcode)
    if len(compact) >= 5 and _INWARD.match(compact[-3:]):
        return compact, compact[:-3]
    return "", compact


def _name_row(child_id: str, kind: str, forenames: str, surname: str,
              dob: str) -> dict[str, Any]:
    forenames_key = name_key(forenames)
    return {"child_id": child_id, "kind": kind, "forenames_key": forenames_key,
            "first_forename_key": forenames_key.split(" ", 1)[0],
            "surname_key": name_key(surname), "dob": dob}


def _rows(record: Mapping[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]],
                                              list[dict[str, Any]]]:
    child_id = record["id"]
    full, district = postcode_parts(record["address"]["postcode"])
    row = {
        "id": child_id,
        "forenames": record["forenames"],
        "surname": record["surname"],
        "surname_key": name_key(record["surname"]),
        "forenames_key": name_key(record["forenames"]),
        "dob": record["dob"],
        "gender": record["gender"],
        "postcode_key": full,
        "postcode_district": district[:5],
        "la": record["la"],
        "shielded": bool(record["shielded"]),
        "archive_on": archive_date(dt.date.fromisoformat(record["dob"]),
                                   record["retention_consent"]).isoformat(),
        "record": json.dumps(record, ensure_ascii=False, separators=(",", ":")),
    }
    dob = record["dob"]
    names = [_name_row(child_id, "primary", record["forenames"], record["surname"], dob)]
    names += [_name_row(child_id, "alias", a["forenames"], a["surname"], dob)
              for a in record.get("aliases", [])]
    links = [{"child_id": child_id, "other_id": link["id"], "kind": link["kind"]}
             for link in record.get("links", [])]
    return row, names, links


def upsert(conn: Connection, records: Iterable[Mapping[str, Any]]) -> int:
    """Insert or replace children by id; records must already satisfy ChildImport."""
    count = 0
    batch: list[Mapping[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= BATCH:
            count += _upsert_batch(conn, batch)
            batch = []
    if batch:
        count += _upsert_batch(conn, batch)
    mark_changed(conn)
    return count


def rows_for(record: Mapping[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]],
                                                 list[dict[str, Any]]]:
    """The ``children`` row and the ``child_names`` and ``child_links`` rows that
    :func:`upsert` writes for one record (for loaders that write them another way, e.g.
    ``bulk``'s COPY)."""
    row, names, links = _rows(record)
    return row, _dedupe(names), _dedupe(links)


def mark_changed(conn: Connection) -> None:
    """Tell the fuzzy stage's in-memory name index, in every worker, to rebuild itself."""
    version = uuid.uuid4().hex
    if conn.execute(meta.update().where(meta.c.key == "data_version")
                    .values(value=version)).rowcount == 0:
        conn.execute(meta.insert().values(key="data_version", value=version))


def _upsert_batch(conn: Connection, batch: list[Mapping[str, Any]]) -> int:
    latest = {record["id"]: record for record in batch}  # the same child twice: last wins
    rows, names, links = [], [], []
    for record in latest.values():
        row, n, ln = _rows(record)
        rows.append(row)
        names += n
        links += ln
    ids = [r["id"] for r in rows]
    conn.execute(children.delete().where(children.c.id.in_(ids)))
    conn.execute(child_names.delete().where(child_names.c.child_id.in_(ids)))
    conn.execute(child_links.delete().where(child_links.c.child_id.in_(ids)))
    conn.execute(children.insert(), rows)
    if names:
        conn.execute(child_names.insert(), _dedupe(names))
    if links:
        conn.execute(child_links.insert(), _dedupe(links))
    return len(batch)


def _dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for row in rows:
        key = tuple(sorted(row.items()))
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


def load(engine: Engine, child_id: str) -> ChildImport | None:
    with engine.connect() as conn:
        raw = conn.execute(
            select(children.c.record).where(children.c.id == child_id)
        ).scalar_one_or_none()
    return None if raw is None else ChildImport.model_validate_json(raw)


def linked_ends_on(conn: Connection, ids: Iterable[str], today: dt.date) -> dict[str, LinkEnd]:
    """What the policy needs of each of these records to decide whether a link may show."""
    wanted = sorted(set(ids))
    found: dict[str, LinkEnd] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        for row in conn.execute(
                select(children.c.id, children.c.la, children.c.shielded, children.c.archive_on)
                .where(children.c.id.in_(chunk))):
            found[row.id] = LinkEnd(id=row.id, la=row.la, shielded=bool(row.shielded),
                                    archived=today.isoformat() >= row.archive_on)
    return found


def withheld_links(engine: Engine, viewer: Viewer, child: ChildImport, *,
                   today: dt.date) -> frozenset[str]:
    """The linked records this caller must not be pointed to from ``child``'s record.

    A linked record that is missing from the directory is withheld too: nothing is known of
    it, so nothing may be said about it.
    """
    if not child.links:
        return frozenset()
    with engine.connect() as conn:
        ends = linked_ends_on(conn, [link.id for link in child.links], today)
    return frozenset(link.id for link in child.links
                     if link.id not in ends or not link_visible(viewer, ends[link.id]))


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(children)).scalar_one())
