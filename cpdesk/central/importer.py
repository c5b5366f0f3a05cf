"""The data supply: JSON Lines child records from source systems, upserted by id."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
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


# Pydantic's error types, as a data manager should read them. The value itself is never
# repeated: it may be a child's name.
_PLAIN: Final[dict[str, str]] = {
    "missing": "{where} is missing",
    "extra_forbidden": "{where} is not a field of the data supply",
    "string_pattern_mismatch": "{where} is not in the expected form",
    "string_too_long": "{where} is too long",
    "string_too_short": "{where} is empty",
    "too_long": "{where} has too many entries",
    "too_short": "{where} has too few entries",
    "literal_error": "{where} is not one of the allowed values",
    "string_type": "{where} must be text",
    "bool_type": "{where} must be true or false",
    "list_type": "{where} must be a list",
    "model_type": "{where} must be an object",
    "dict_type": "{where} must be an object",
}


def _reason(exc: ValidationError) -> str:
    """Where and why a line was refused, in plain English; never the offending value."""
    first = exc.errors()[0]
    where = " → ".join(str(p) for p in first.get("loc", ())) or "the record"
    template = _PLAIN.get(str(first.get("type")))
    if template is None:  # a date that does not exist, a wildcard misplaced…
        text = f"{where}: {str(first.get('msg', 'not allowed')).removeprefix('Value error, ')}"
    else:
        text = template.format(where=where)
    more = exc.error_count() - 1
    return text + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


def parse_lines(stream: IO[bytes], report: ImportReport,
                progress: Callable[[int], None] | None = None) -> Iterator[dict[str, Any]]:
    """Valid records from the stream; refused lines are added to ``report.skipped``."""
    for number, raw in enumerate(stream, start=1):
        if progress is not None:
            progress(1)
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


def import_stream(engine: Engine, stream: IO[bytes],
                  progress: Callable[[int], None] | None = None) -> ImportReport:
    report = ImportReport()
    with engine.begin() as conn:
        report.loaded = records.upsert(conn, parse_lines(stream, report, progress))
    return report
