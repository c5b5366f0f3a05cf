"""Fast loading of a synthetic population into PostgreSQL: parallel generation, ``COPY`` in.

``cpdesk-central seed`` upserts through :func:`records.upsert`, a few thousand children a
second; a benchmark at national scale needs a million in minutes. Here the population is
generated in parallel processes and written with PostgreSQL's ``COPY`` (psycopg 3) in one
transaction, the rows built by the very functions ``upsert`` uses
(:func:`records.rows_for`), so a bulk-loaded child is stored exactly as an upserted one.

**The population.** The generator (:mod:`synth`) is one seeded random stream, which cannot
be split without running it. So the population is made in fixed slices of :data:`SLICE`
children, independent of how many processes make them:

- slice 0 is the serial generator's own stream, from ``seed``;
- slice *i* > 0 uses the same tables (local authorities, schools, GPs, services: built from
  ``seed`` exactly as the serial generator builds them) but draws its households from a
  random stream seeded with ``"cpdesk-bulk:{seed}:{i}"``;
- child IDs are numbered on from ``SLICE * i`` with the serial generator's scrambling
  offset, so every ID is distinct and has the same form.

So the same ``(children, seed, as_of)`` always gives byte-identical records, whatever the
number of processes; for ``children <= SLICE`` they are exactly ``synth.generate``'s. For
more, the population differs from ``synth.generate``'s by the draws only (same rates, same
tables), and a household never straddles two slices (the generator's ``room`` rule, as at
the end of any population). Linked records (same child, look-alikes) stay inside a slice.

The load refuses a production realm (as ``seed`` does), an engine other than PostgreSQL,
and a directory that already holds children (``seed`` upserts into one; this does not).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import multiprocessing
import os
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, Engine, func, select, text

from cpdesk.central import db, records
from cpdesk.central.db import child_links, child_names, children, shields
from cpdesk.contract import name_key

__all__ = ["SLICE", "BulkRefused", "Loaded", "generate", "load"]

SLICE: Final = 10_000
TABLES: Final = (children, child_names, child_links)


class BulkRefused(RuntimeError):
    """The load was refused before anything was written."""


@dataclass(frozen=True)
class Loaded:
    """What a load wrote, and where its time went (seconds)."""

    children: int
    names: int
    links: int
    copy_seconds: float  # generation and COPY, overlapped
    index_seconds: float  # re-creating the indexes, ANALYZE, then VACUUM
    total_seconds: float


# --- generation (runs in the worker processes) ---------------------------------------------


class _Slices:
    """One process's generator: the serial generator's tables, reseeded per slice."""

    def __init__(self, seed: int, as_of: dt.date) -> None:
        from cpdesk.central import synth  # its tables load only when generating

        self.seed = seed
        self.population = synth._Population(seed, as_of)
        self._start_state = self.population.rng.getstate()

    def records(self, index: int, size: int) -> Iterator[dict[str, object]]:
        population = self.population
        if index == 0:
            population.rng.setstate(self._start_state)
        else:
            population.rng = random.Random(f"cpdesk-bulk:{self.seed}:{index}")  # noqa: S311
        population.count = SLICE * index
        left = size
        while left > 0:  # as synth._stream does
            group = population.group(left)
            left -= len(group)
            for child in group:
                yield population.record(child)


def _slice_sizes(total: int) -> list[tuple[int, int]]:
    return [(i, min(SLICE, total - i * SLICE)) for i in range((total + SLICE - 1) // SLICE)]


def generate(total: int, seed: int, as_of: dt.date,
             only: Sequence[int] | None = None) -> Iterator[dict[str, object]]:
    """The records :func:`load` writes, in order, in this process (``only``: those slices)."""
    slices = _Slices(seed, as_of)
    for index, size in _slice_sizes(total):
        if only is None or index in only:
            yield from slices.records(index, size)


def _copy_value(value: Any) -> str:
    """One value in COPY's text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    text_value = str(value)
    if "\\" in text_value:
        text_value = text_value.replace("\\", "\\\\")
    if "\t" in text_value or "\n" in text_value or "\r" in text_value:
        text_value = (text_value.replace("\t", "\\t").replace("\n", "\\n")
                      .replace("\r", "\\r"))
    return text_value


def _copy_lines(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> bytes:
    return "".join("\t".join([_copy_value(row[c]) for c in columns]) + "\n"
                   for row in rows).encode()


_worker: _Slices | None = None
_columns: dict[str, list[str]] = {}


def _start_worker(seed: int, as_of: dt.date, columns: dict[str, list[str]]) -> None:
    global _worker
    # name_key is a pure function and names repeat a great deal: remembering it in this
    # process changes no row, only the time taken.
    records.name_key = functools.lru_cache(maxsize=1 << 18)(name_key)
    _worker = _Slices(seed, as_of)
    _columns.update(columns)


def _make_slice(task: tuple[int, int]) -> tuple[int, bytes, int, bytes, int, bytes]:
    """One slice's rows for the three tables, as COPY text."""
    index, size = task
    assert _worker is not None
    rows: list[dict[str, Any]] = []
    names: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for record in _worker.records(index, size):
        row, n, ln = records.rows_for(record)
        rows.append(row)
        names += n
        links += ln
    return (len(rows), _copy_lines(rows, _columns["children"]),
            len(names), _copy_lines(names, _columns["child_names"]),
            len(links), _copy_lines(links, _columns["child_links"]))


# --- loading (the calling process) ----------------------------------------------------------


def _columns_of_rows() -> dict[str, list[str]]:
    """The columns ``records.rows_for`` fills, checked against the tables."""
    sample = {"id": "CP0000000000", "forenames": "A", "surname": "B", "aliases": [],
              "gender": "female", "dob": "2015-01-01",
              "address": {"lines": ["1 A Street"], "postcode": "LS6 2QE"},
              "la": "E08000035", "shielded": False, "retention_consent": "none",
              "links": [{"id": "CP0000000001", "kind": "same_child"}]}
    row, names, links = records.rows_for(sample)
    columns = {"children": list(row), "child_names": list(names[0]),
               "child_links": list(links[0])}
    for table in TABLES:
        filled = set(columns[table.name])
        unknown = filled - {c.name for c in table.columns}
        # A column rows_for leaves out gets its default, in a COPY as in upsert's INSERT.
        unfilled = {c.name for c in table.columns if c.name not in filled
                    and c.server_default is None and not c.nullable}
        if unknown or unfilled:
            raise BulkRefused(f"records.rows_for and the table {table.name} disagree on "
                              f"columns: {sorted(unknown | unfilled)}")
    return columns


def _droppable_indexes(conn: Connection) -> list[tuple[str, str]]:
    """(name, definition) of the three tables' indexes that back no constraint."""
    result = conn.execute(text(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i "
        "JOIN pg_class c ON c.relname = i.indexname "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname "
        "WHERE i.schemaname = current_schema() AND i.tablename = ANY(:tables) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid) "
        "ORDER BY i.indexname"), {"tables": [t.name for t in TABLES]})
    return [(str(name), str(definition)) for name, definition in result]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def load(engine: Engine, total: int, seed: int, as_of: dt.date, *,
         processes: int | None = None,
         progress: Callable[[int, int], None] | None = None) -> Loaded:
    """Load ``total`` synthetic children (see the module's note on the population)."""
    if total < 0:
        raise ValueError("total must be 0 or more")
    if engine.dialect.name != "postgresql":
        raise BulkRefused("the bulk loader uses PostgreSQL's COPY: use `cpdesk-central seed` "
                          "on SQLite")
    if db.get_meta(engine, "realm_training") == "false":
        raise BulkRefused("this is a production realm: synthetic children are never loaded "
                          "into it")
    with engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(
                select(children.c.id).limit(1).subquery())).scalar_one():
            raise BulkRefused("the directory already holds children: the bulk loader fills "
                              "an empty one (`cpdesk-central seed` upserts)")
    columns = _columns_of_rows()
    started = time.perf_counter()
    processes = max(1, processes or os.cpu_count() or 1)
    context = multiprocessing.get_context("fork")
    # The pool starts before this process opens its connection, so no child inherits it.
    with context.Pool(processes, initializer=_start_worker,
                      initargs=(seed, as_of, columns)) as pool:
        loaded, copied = _write(engine, pool, total, columns, progress)
    _vacuum(engine)
    db.set_meta(engine, "seed", json.dumps(
        {"children": total, "seed": seed, "as_of": as_of.isoformat(), "loader": "bulk",
         "slice": SLICE}))
    finished = time.perf_counter()
    return Loaded(children=loaded[0], names=loaded[1], links=loaded[2],
                  copy_seconds=copied - started, index_seconds=finished - copied,
                  total_seconds=finished - started)


def _vacuum(engine: Engine) -> None:
    """VACUUM the freshly loaded tables, outside the load's transaction (as VACUUM must be).

    Without it PostgreSQL's autovacuum comes round to a million new rows a few seconds
    later, throttled, for about a minute — whatever runs next shares the host with it — and
    until then no scan can be index-only (the visibility map is empty).
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in TABLES:
            conn.execute(text(f"VACUUM {_quote(table.name)}"))


def _write(engine: Engine, pool: Any, total: int, columns: dict[str, list[str]],
           progress: Callable[[int, int], None] | None) -> tuple[list[int], float]:
    """In one transaction: drop the indexes, COPY every slice in, re-create the indexes."""
    loaded = [0, 0, 0]
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL maintenance_work_mem = '512MB'"))
        dropped = _droppable_indexes(conn)
        for name, _definition in dropped:
            conn.execute(text(f"DROP INDEX {_quote(name)}"))
        raw = conn.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            for n_rows, rows, n_names, names, n_links, links in pool.imap(
                    _make_slice, _slice_sizes(total)):
                for table, data in (("children", rows), ("child_names", names),
                                    ("child_links", links)):
                    if data:
                        listed = ", ".join(_quote(c) for c in columns[table])
                        with cursor.copy(f"COPY {_quote(table)} ({listed}) FROM STDIN") as copy:
                            copy.write(data)
                loaded[0] += n_rows
                loaded[1] += n_names
                loaded[2] += n_links
                if progress is not None:
                    progress(loaded[0], total)
        copied = time.perf_counter()
        for _name, definition in dropped:
            conn.execute(text(definition))
        for analysed in TABLES:
            conn.execute(text(f"ANALYZE {_quote(analysed.name)}"))
        # The shields table is authoritative: the supply's flag creates a shield, as upsert does.
        flagged = conn.execute(select(children.c.id, children.c.la)
                               .where(children.c.shielded.is_(True))).mappings().all()
        if flagged:
            conn.execute(shields.insert(),
                         records.supply_shield_rows([dict(row) for row in flagged]))
        records.mark_changed(conn)
    return loaded, copied
