"""Children in the directory: keys for searching, upserts from the data supply, lookups.

The full record is stored as the supplied JSON; beside it sit the normalised keys that
searches use (folded names, postcode, district, archive date), so a search never parses a
record it does not return.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Final

from sqlalchemy import Connection, Engine, and_, exists, func, select

from cpdesk.central.db import (
    child_links,
    child_names,
    children,
    consent_overrides,
    meta,
    reading,
    shields,
)
from cpdesk.central.policy import LinkEnd, StoredChild, Viewer, archive_date, link_visible
from cpdesk.contract import ChildImport, ShieldSummary, name_key, postcode_key
from cpdesk.dates import anniversary, today_london

__all__ = ["address_key", "count", "linked_ends_on", "load", "load_on", "mark_changed", "name_key",
           "postcode_parts", "rows_for", "shield_summary", "supply_shield_rows", "upsert",
           "withheld_links", "withheld_links_on"]

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


def address_key(address: Mapping[str, Any]) -> str:
    """"Same address" for households: the lines and postcode, case, spacing and punctuation
    folded ("Flat 2, 10 Elm Row" and "flat 2 10 ELM ROW" meet)."""
    parts = [*address.get("lines", []), address.get("postcode", "")]
    folded = ["".join(ch for ch in str(part).casefold() if ch.isalnum()) for part in parts]
    return "|".join(p for p in folded if p)[:400]


def new_ref() -> str:
    """A carer's or involvement's ref: random, so it reveals nothing about the item."""
    return "r" + secrets.token_urlsafe(12)


def _item_keys(kind: str, items: list[Mapping[str, Any]]) -> list[str]:
    """What finds the same carer or involvement on the next import: the supply's own id, or
    else what the item is (the same service at the same organisation since the same date)."""
    keys: list[str] = []
    for item in items:
        if item.get("id"):
            key = f"id:{item['id']}"
        elif kind == "carers":
            key = f"carer:{name_key(str(item['name']))}|{item['relationship']}"
        else:
            key = f"inv:{item['service']}|{name_key(str(item['organisation']))}|{item['start']}"
        while key in keys:  # the same item twice in one record stays two items
            key += "+"
        keys.append(key)
    return keys


def _refs(record: Mapping[str, Any], previous: Mapping[str, Any] | None) -> dict[str, list[str]]:
    """Refs for the record's items, the same ones as last import for the same items."""
    refs: dict[str, list[str]] = {}
    for kind in ("carers", "involvements"):
        known: dict[str, str] = {}
        if previous is not None:
            old_items = previous["record"].get(kind, [])
            old_refs = previous["refs"].get(kind, [])
            known = dict(zip(_item_keys(kind, old_items), old_refs, strict=False))
        refs[kind] = [known.get(key) or new_ref()
                      for key in _item_keys(kind, list(record.get(kind, [])))]
    return refs


def _rows(record: Mapping[str, Any], previous: Mapping[str, Any] | None = None,
          ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
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
        "address_key": address_key(record["address"]),
        "refs": json.dumps(_refs(record, previous), separators=(",", ":")),
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
    ids = list(latest)
    previous = {row.id: {"record": json.loads(row.record), "refs": json.loads(row.refs)}
                for row in conn.execute(select(children.c.id, children.c.record, children.c.refs)
                                        .where(children.c.id.in_(ids)))}
    shield_state = dict(conn.execute(select(shields.c.child_id, shields.c.status)
                                     .where(shields.c.child_id.in_(ids))).all())
    rows, names, links = [], [], []
    for record in latest.values():
        row, n, ln = _rows(record, previous.get(record["id"]))
        # The shields table is authoritative: the supply's flag only ever creates a shield,
        # and an import never clears one (only a review lifts it).
        row["shielded"] = shield_state.get(record["id"]) == "active" or (
            bool(record["shielded"]) and record["id"] not in shield_state)
        rows.append(row)
        names += n
        links += ln
    supplied = [r for r in rows if r["shielded"] and r["id"] not in shield_state]
    if supplied:
        conn.execute(shields.insert(), supply_shield_rows(supplied))
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


def supply_shield_rows(rows: Iterable[Mapping[str, Any]],
                       now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Shields for children the data supply marks shielded (``children`` rows), applied by
    "data-supply" and in the review queue in twelve months like any other."""
    moment = now or dt.datetime.now(dt.UTC)
    review_on = anniversary(today_london(moment), 1).isoformat()
    return [{"child_id": row["id"], "la": row["la"], "ground": "data_supply",
             "status": "active", "applied_at": int(moment.timestamp()),
             "applied_by": "data-supply", "review_on": review_on, "interim": False,
             "confirm_by": None, "request_id": None, "lifted_at": None} for row in rows]


def load(engine: Engine, child_id: str) -> StoredChild | None:
    """A child as the policy decides on it: the supplied record with the service's own
    state — the shield in force (authoritative over the supply's flag), refs, overrides."""
    with reading(engine) as conn:
        return load_on(conn, child_id)


def load_on(conn: Connection, child_id: str) -> StoredChild | None:
    """:func:`load` inside a transaction the caller holds.

    One statement: the child's row with its active shield (at most one: a shield's key is
    the child) and whether any consent override is held; the overrides themselves only when
    there are some. Three statements cost a record view two more round trips, each a wait
    for the database (about 0.3 ms apiece on the development machine, more in its tail).
    """
    active = shields.alias("active")
    row = conn.execute(
        select(children.c.record, children.c.shielded, children.c.refs,
               children.c.address_key, active.c.ground, active.c.applied_at,
               active.c.applied_by, active.c.review_on, active.c.interim,
               active.c.confirm_by,
               exists().where(consent_overrides.c.child_id == children.c.id)
               .label("overridden"))
        .select_from(children.outerjoin(active, and_(active.c.child_id == children.c.id,
                                                     active.c.status == "active")))
        .where(children.c.id == child_id)).first()
    if row is None:
        return None
    overridden = frozenset(conn.execute(select(consent_overrides.c.ref).where(
        consent_overrides.c.child_id == child_id)).scalars()) if row.overridden else frozenset()
    child = ChildImport.model_validate_json(row.record)
    if child.shielded != bool(row.shielded):
        child = child.model_copy(update={"shielded": bool(row.shielded)})
    refs = json.loads(row.refs or "{}")
    return StoredChild(
        child=child,
        carer_refs=tuple(refs.get("carers", [])),
        involvement_refs=tuple(refs.get("involvements", [])),
        shield=None if row.ground is None else shield_summary(dict(row._mapping)),
        overridden=overridden,
        address_key=row.address_key,
    )


def shield_summary(shield: Mapping[str, Any]) -> ShieldSummary:
    return ShieldSummary(
        ground=shield["ground"],
        applied_at=dt.datetime.fromtimestamp(shield["applied_at"], dt.UTC),
        applied_by=shield["applied_by"],
        review_on=shield["review_on"],
        interim=bool(shield["interim"]),
        confirm_by=None if shield["confirm_by"] is None else dt.datetime.fromtimestamp(
            shield["confirm_by"], dt.UTC),
    )


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


def withheld_links(engine: Engine, viewer: Viewer, stored: StoredChild, *,
                   today: dt.date) -> frozenset[str]:
    """The linked records this caller must not be pointed to from ``child``'s record.

    A linked record that is missing from the directory is withheld too: nothing is known of
    it, so nothing may be said about it.
    """
    child = stored.child
    if not child.links:
        return frozenset()
    with reading(engine) as conn:
        return withheld_links_on(conn, viewer, stored, today=today)


def withheld_links_on(conn: Connection, viewer: Viewer, stored: StoredChild, *,
                      today: dt.date) -> frozenset[str]:
    """:func:`withheld_links` inside a transaction the caller holds."""
    child = stored.child
    ends = linked_ends_on(conn, [link.id for link in child.links], today)
    return frozenset(link.id for link in child.links
                     if link.id not in ends or not link_visible(viewer, ends[link.id]))


def count(engine: Engine) -> int:
    with reading(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(children)).scalar_one())
