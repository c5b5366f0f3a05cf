"""Guided scenarios for a classroom: what to do, and the service's own check that it was done.

A scenario is a TOML file in ``resources/scenarios/`` (title, level, steps); each step says
in plain words what to do and carries a ``check`` the service evaluates against the trainee's
OWN audit trail since the classroom's latest reset: another trainee's actions can never tick
someone else's step. The children the scenarios name are in ``children.jsonl`` beside them,
inserted by the classroom kit.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, func, select

from cpdesk.central.db import audit_log, reading, users
from cpdesk.contract import Scenario, ScenarioStep, StepDone

SCENARIOS_ENV: Final = "CPDESK_SCENARIOS_DIR"
RESET_ACTION: Final = "training.reset"
_CHECK_KEYS: Final = frozenset({"action", "outcome", "child", "reason", "fuzzy", "ground",
                                "mediated"})


def scenarios_dir() -> Path:
    """``$CPDESK_SCENARIOS_DIR``, else ``resources/scenarios`` of this installation (the
    package ``cpdesk.resources``: the repository's folder, the wheel's or the bundle's)."""
    configured = os.environ.get(SCENARIOS_ENV)
    if configured:
        return Path(configured)
    return Path(str(resources.files("cpdesk.resources").joinpath("scenarios")))


@dataclass(frozen=True)
class Check:
    action: str
    outcome: str | None = None
    child: str | None = None
    reason: str | None = None
    fuzzy: bool | None = None
    ground: str | None = None
    mediated: bool | None = None

    def met_by(self, row: Mapping[str, Any]) -> bool:
        if row["action"] != self.action:
            return False
        if self.outcome is not None and row["outcome"] != self.outcome:
            return False
        if self.reason is not None and row["reason"] != self.reason:
            return False
        if self.child is not None and self.child not in json.loads(row["child_ids"]):
            return False
        detail = json.loads(row["detail"] or "{}")
        if self.fuzzy is not None and bool(
                (detail.get("criteria") or {}).get("fuzzy")) != self.fuzzy:
            return False
        if self.ground is not None and detail.get("ground") != self.ground:
            return False
        return self.mediated is None or ("on_behalf_of" in detail) == self.mediated


@dataclass(frozen=True)
class LoadedScenario:
    scenario: Scenario
    checks: tuple[Check, ...]


class ScenarioError(ValueError):
    """A scenario file that cannot be used; the message names the file and the problem."""


@cache
def load_scenarios(directory: Path | None = None) -> tuple[LoadedScenario, ...]:
    folder = directory or scenarios_dir()
    loaded: list[LoadedScenario] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            steps = data["steps"]
            checks = []
            for step in steps:
                unknown = set(step["check"]) - _CHECK_KEYS
                if unknown:
                    raise ScenarioError(f"{path.name}: unknown check keys {sorted(unknown)}")
                checks.append(Check(**step["check"]))
            scenario = Scenario(id=data["id"], title=data["title"], level=data["level"],
                                steps=[ScenarioStep(id=s["id"], text=s["text"],
                                                    hint=s.get("hint")) for s in steps])
        except (KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as exc:
            raise ScenarioError(f"{path.name}: {exc}") from None
        loaded.append(LoadedScenario(scenario, tuple(checks)))
    return tuple(loaded)


def scenario_children(directory: Path | None = None) -> list[dict[str, Any]]:
    """The children the scenarios name, as data-supply records."""
    path = (directory or scenarios_dir()) / "children.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def last_reset(engine: Engine) -> int:
    """The sequence number of the latest reset marker (0 when never reset)."""
    with reading(engine) as conn:
        found = conn.execute(select(func.max(audit_log.c.seq))
                             .where(audit_log.c.action == RESET_ACTION)).scalar_one_or_none()
    return int(found or 0)


def progress(engine: Engine, usernames: Iterable[str] | None = None,
             scenarios: tuple[LoadedScenario, ...] | None = None) -> list[StepDone]:
    """Each step each user has completed since the latest reset, with when, from their own
    audit entries only."""
    chosen = scenarios if scenarios is not None else load_scenarios()
    since = last_reset(engine)
    with reading(engine) as conn:
        names = list(usernames) if usernames is not None else [
            u for (u,) in conn.execute(select(users.c.username).order_by(users.c.username))]
        rows = conn.execute(select(audit_log).where(audit_log.c.seq > since,
                                                    audit_log.c.username.in_(names))
                            .order_by(audit_log.c.seq)).mappings().all()
    by_user: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        by_user.setdefault(row["username"], []).append(dict(row))
    done: list[StepDone] = []
    for username in names:
        trail = by_user.get(username, [])
        for item in chosen:
            for step, check in zip(item.scenario.steps, item.checks, strict=True):
                hit = next((r for r in trail if check.met_by(r)), None)
                if hit is not None:
                    done.append(StepDone(
                        username=username, scenario_id=item.scenario.id, step_id=step.id,
                        completed_at=dt.datetime.fromisoformat(hit["at"].replace("Z", "+00:00"))))
    return done
