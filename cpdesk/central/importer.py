"""The data supply: JSON Lines child records from source systems, upserted by id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Final

from pydantic import ValidationError
from sqlalchemy import Engine

from cpdesk.central import records
from cpdesk.contract import ChildImport

MAX_LINE_BYTES: Final = 256 * 1024


@dataclass
class ImportReport:
    loaded: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)


def _reason(exc: ValidationError) -> str:
    """Where and why a line was refused; never the offending value (it may be a child's)."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "record"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"


def parse_lines(stream: IO[bytes], report: ImportReport) -> Iterator[dict[str, Any]]:
    """Valid records from the stream; refused lines are added to ``report.skipped``."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE_BYTES:
            report.skipped.append((number, f"line longer than {MAX_LINE_BYTES} bytes"))
            continue
        try:
            child = ChildImport.model_validate_json(raw)
        except ValidationError as exc:
            if any(e.get("type") == "json_invalid" for e in exc.errors()):
                report.skipped.append((number, "not valid JSON"))
            else:
                report.skipped.append((number, _reason(exc)))
            continue
        yield json.loads(child.model_dump_json())


def import_stream(engine: Engine, stream: IO[bytes]) -> ImportReport:
    report = ImportReport()
    with engine.begin() as conn:
        report.loaded = records.upsert(conn, parse_lines(stream, report))
    return report
