"""The bulk loader (``cpdesk.central.bulk``) that fills a PostgreSQL directory for the scale
benchmark: every child stored exactly as ``records.upsert`` stores it, the indexes back, the
tables vacuumed, and never into the wrong database."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from cpdesk.central import bulk, db, records, synth
from cpdesk.central.db import child_links, child_names, children
from cpdesk.central.policy import Viewer
from cpdesk.central.search import search
from cpdesk.contract import SearchRequest

AS_OF = dt.date(2026, 9, 1)
SEED = 7
# Three slices (10,000 each): the serial generator's own, one full, and a short last one.
TOTAL = 2 * bulk.SLICE + 700


def _rows(engine: Engine, table: Any, key: Any, ids: list[str]) -> list[tuple[Any, ...]]:
    # "refs" are drawn at random per load by design, so they are left out.
    columns = [c for c in table.columns if c.name != "refs"]
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(select(*columns).where(key.in_(ids))))


def _indexes(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.execute(text(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND "
            "tablename IN ('children', 'child_names', 'child_links')"))}


def test_a_bulk_loaded_child_is_stored_as_an_upserted_one(engine: Engine,
                                                          engine_kind: str) -> None:
    if engine_kind != "postgresql":
        pytest.skip("COPY is PostgreSQL's; the refusal on SQLite is tested below")
    indexes_before = _indexes(engine)
    version_before = db.get_meta(engine, "data_version")

    loaded = bulk.load(engine, TOTAL, SEED, AS_OF, processes=2)

    assert (loaded.children, db.get_meta(engine, "data_version") != version_before) == (
        TOTAL, True)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(children)).scalar_one() == TOTAL
        vacuumed = dict(conn.execute(text(
            "SELECT relname, last_vacuum IS NOT NULL FROM pg_stat_user_tables "
            "WHERE relname IN ('children', 'child_names', 'child_links')")).all())
    assert vacuumed == {"children": True, "child_names": True, "child_links": True}
    assert _indexes(engine) == indexes_before  # dropped for the COPY, every one back
    # The first slice is the serial generator's own stream.
    assert list(bulk.generate(500, SEED, AS_OF)) == list(synth.generate(500, SEED, AS_OF))
    # A sample from every slice: the same rows records.upsert writes for the same records.
    rng = random.Random(1)
    every = list(bulk.generate(TOTAL, SEED, AS_OF))
    picked = [i for i in range(TOTAL) if rng.random() < 0.03 or i == TOTAL - 1]
    assert {i // bulk.SLICE for i in picked} == {0, 1, 2}
    sample = [every[i] for i in picked]
    scratch = db.connect("sqlite://")
    with scratch.begin() as conn:
        records.upsert(conn, sample)
    ids = [str(r["id"]) for r in sample]
    for table, key in ((children, children.c.id), (child_names, child_names.c.child_id),
                       (child_links, child_links.c.child_id)):
        assert _rows(engine, table, key, ids) == _rows(scratch, table, key, ids), table.name
    scratch.dispose()
    # What was loaded is searchable at once, widened search included (its name index is
    # rebuilt on the new data version).
    child = sample[-1]
    viewer = Viewer(username="pr.bench", roles=frozenset({"practitioner"}), la="E08000035")
    found = search(engine, viewer, SearchRequest(
        surname=str(child["surname"]) + "x", forenames=str(child["forenames"]),
        dob=str(child["dob"]), fuzzy=True), today=AS_OF)
    assert child["id"] in [r.id for r in found.results]


def test_the_bulk_loader_refuses_sqlite_production_and_a_full_directory(
        engine: Engine, engine_kind: str) -> None:
    if engine_kind == "sqlite":
        with pytest.raises(bulk.BulkRefused, match="seed"):
            bulk.load(engine, 10, SEED, AS_OF, processes=1)
        return
    db.set_meta(engine, "realm_training", "false")
    with pytest.raises(bulk.BulkRefused, match="production"):
        bulk.load(engine, 10, SEED, AS_OF, processes=1)
    db.set_meta(engine, "realm_training", "true")
    bulk.load(engine, 10, SEED, AS_OF, processes=1)
    with pytest.raises(bulk.BulkRefused, match="already holds children"):
        bulk.load(engine, 10, SEED, AS_OF, processes=1)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(children)).scalar_one() == 10
