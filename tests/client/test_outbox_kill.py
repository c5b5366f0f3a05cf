"""kill -9 of a client process at random points while it submits shielding requests through
the outbox, against the real service and a real card: nothing lost, nothing duplicated.
The full run (50+ kills, figures printed) is ``make bench-outbox``; this is its short form."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from testkit import load_children

from cpdesk.central.embedded import EmbeddedService

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parents[2] / "bench" / "outbox_kill.py"


def bench() -> Any:
    spec = importlib.util.spec_from_file_location("outbox_kill", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_ten_kills_lose_nothing_and_duplicate_nothing(
        engine: Engine, service: EmbeddedService, enrol: Any, tmp_path: Path) -> None:
    kill = bench()
    load_children(engine, [kill.bench_child()])
    user = enrol("pat.kills")
    figures = kill.run_kills(engine, service.url, user.token.label, user.username,
                             user.password, tmp_path, kills=10, seed=11, say=lambda _l: None)
    report = "\n".join(figures.lines())
    assert figures.kills == 10, report
    assert figures.stored, report  # the runs got as far as storing requests
    assert figures.lost == [], report
    assert figures.duplicated == 0 and figures.unknown == 0, report
    assert figures.failed == [] and figures.at_service == len(figures.stored), report
