"""The classroom part of the guided walk: a trainee does a scenario, the trainer sees it.

``make demo`` makes a small classroom kit (``cpdesk.demo``), serves it, and runs this: trainee
1 signs in on a desk of their own, opens Training scenarios, does "Find a child and open the
record" by keyboard and watches both steps ticked as the service confirms them; the trainer
signs in on a second desk, sees the step on Class progress, then turns on presenter mode at
1280×720 and lets the captioned tour run. A screenshot of each.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from cpdesk.ui.main_window import MainWindow
from cpdesk.walkthrough import Credentials, Step, WalkFailed, Walkthrough

SCENARIO = "everyday-search"


@dataclass(frozen=True)
class ClassroomWalk:
    """Who signs in, and how to open (and close) a desk on the classroom's service."""

    trainee: Credentials
    trainer: Credentials
    open_desk: Callable[[Credentials], Awaitable[MainWindow]]
    close_desks: Callable[[], Awaitable[None]]
    # The scenario child of "everyday-search" (resources/scenarios/children.jsonl).
    surname: str = "Trainee"
    dob: str = "2016-03-03"


def _nav_row(window: MainWindow, text: str) -> int:
    """The navigation row of a task, by its English name (as shown, or in any language)."""
    from cpdesk.ui.main_window import NAV_KEY_ROLE

    for row in range(window.nav.count()):
        item = window.nav.item(row)
        if text in (item.text(), item.data(NAV_KEY_ROLE)):
            return row
    raise WalkFailed(f"the navigation has no \u201c{text}\u201d")


async def _signed_in(walk: Walkthrough, who: Credentials) -> None:
    await walk.activate()
    await walk.until(lambda: walk.window.lock_screen.pin.status is not None, "the card")
    await walk.sign_in(who.username, who.password, who.pin)
    if not walk.window.banners.training.isVisible():
        raise WalkFailed("the classroom desk shows no TRAINING banner")


async def classroom_walk(plan: ClassroomWalk, *, screenshots: Path | None,
                         steps: list[Step], timeout: float = 30.0) -> None:
    """Trainee 1 completes a scenario; the trainer's dashboard shows it; presenter mode.
    Each step (and its screenshot) is added to ``steps``; raises WalkFailed."""
    try:
        trainee_window = await plan.open_desk(plan.trainee)
        trainee = Walkthrough(trainee_window, screenshots=screenshots,
                              timeout=timeout, steps=steps)
        await _signed_in(trainee, plan.trainee)
        pane = trainee_window.training_screens.pane
        if pane is None:
            raise WalkFailed("no Training scenarios for a trainee in a training realm")
        trainee_window.nav.setFocus()
        trainee_window.nav.setCurrentRow(_nav_row(trainee_window, "Training scenarios"))
        await trainee.until(lambda: bool(pane.rows) and not pane.operation.running,
                            "the scenarios")
        if pane.scenarios[pane.list.currentRow()].id != SCENARIO:
            raise WalkFailed(f"the first scenario is not {SCENARIO}")
        await trainee.record_step("classroom-scenarios", 0.0)
        await trainee.search(plan.surname, plan.dob)
        await trainee.open_first("helpdesk_enquiry")
        trainee_window.nav.setCurrentRow(_nav_row(trainee_window, "Training scenarios"))
        await trainee.until(lambda: all(r.done_at is not None for r in pane.rows),
                            "both steps ticked by the service")
        await trainee.record_step("classroom-scenario-done", 0.0)

        trainer_window = await plan.open_desk(plan.trainer)
        trainer = Walkthrough(trainer_window, screenshots=screenshots,
                              timeout=timeout, steps=steps)
        await _signed_in(trainer, plan.trainer)
        board = trainer_window.training_screens.dashboard
        if board is None:
            raise WalkFailed("no Class progress for the trainer")
        trainer_window.nav.setCurrentRow(_nav_row(trainer_window, "Class progress"))
        username = plan.trainee.username
        await trainer.until(lambda: (board.cell_text(username, SCENARIO, "open") or "")
                            .startswith("\u2713"), "the trainee's steps on Class progress")
        await trainer.record_step("classroom-dashboard", 0.0)

        presenter = trainer_window.presenter
        trainer_window.resize(1280, 720)
        presenter.toggle_action.trigger()  # View ▸ Presenter mode
        try:
            await trainer.settle()
            await trainer.record_step("presenter-dashboard", 0.0)
            presenter.start_tour()
            stops = trainer_window.nav.count()
            for shown in range(1, stops + 1):
                await trainer.until(lambda n=shown: len(presenter.captions) >= n,  # type: ignore[misc]
                                    f"tour step {shown}")
                await trainer.record_step(f"presenter-tour-{shown}", 0.0)
            presenter.stop_tour()
        finally:
            presenter.set_enabled(False)
    finally:
        await plan.close_desks()
