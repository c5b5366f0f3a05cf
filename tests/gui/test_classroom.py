"""Classrooms on the desk: a trainee's scenario ticked as the service confirms it, the trainer's
dashboard showing it (stuck trainees marked, completions exported marked TRAINING), presenter
mode at 1280×720 with 150 % text and nothing clipped, and nothing of training in production.

The classroom is made by ``classroom.create`` (small: 100 children); its people sign in with
this test run's own SoftHSM2 tokens, as ``tests/central/test_classroom.py`` enrols them.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QWidget,
)
from testkit import PASSWORD, TestUser, make_token

from cpdesk.central import audit, classroom, db
from cpdesk.central.embedded import EmbeddedService
from cpdesk.central.users import add_user
from cpdesk.ui.main_window import MainWindow, ShellTimings
from cpdesk.walkthrough import Walkthrough

from .guikit import FAST_SHELL, Gui, until

pytestmark = pytest.mark.gui

ROOM_SHELL = ShellTimings(**{**FAST_SHELL.__dict__, "training_poll_ms": 100,
                             "hint_after": dt.timedelta(seconds=1),
                             "stuck_after": dt.timedelta(seconds=1), "tour_step_ms": 400})


@pytest.fixture()
def room(tmp_path: Path, softhsm_conf: Path) -> Iterator[tuple[EmbeddedService,
                                                                dict[str, TestUser]]]:
    made = classroom.create(tmp_path / "room", trainees=1, children=100)
    engine = db.connect(made.database_url, create=False)
    people: dict[str, TestUser] = {}
    for username, roles in (("trainer.tess", ["trainer"]),
                            ("anna", list(classroom.TRAINEE_ROLES))):
        token = make_token(softhsm_conf)
        add_user(engine, username=username, roles=roles, la=classroom.LA,
                 auth_public_key_pem=token.auth_public_pem, password=PASSWORD,
                 crb_date=dt.date.today(), trained_on=dt.date.today())
        people[username] = TestUser(username, PASSWORD, token)
    key = audit.load_key(made.directory / "audit.key", create=False)
    with EmbeddedService(engine, audit_key=key) as service:
        yield service, people


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_a_scenario_done_on_the_desk_is_ticked_and_the_trainer_sees_it(
        gui: Gui, room: Any, tmp_path: Path) -> None:
    service, people = room

    async def scenario() -> None:
        desk, _ = await gui.signed_in(people["anna"], url=service.url,
                                      shell_timings=ROOM_SHELL)
        window = desk.window
        assert window.banners.training.isVisible()
        assert "Training scenarios" in nav_texts(window)
        assert "Class progress" not in nav_texts(window)  # trainers only
        pane = window.training_screens.pane
        assert pane is not None
        window.nav.setCurrentRow(nav_texts(window).index("Training scenarios"))
        await until(lambda: len(pane.scenarios) >= 6 and pane.rows, "the scenarios")
        assert pane.list.currentRow() == 0 and pane.scenarios[0].id == "everyday-search"
        assert [r.status.text() for r in pane.rows] == ["To do", "To do"]
        assert pane.list.hasFocus()
        # Two minutes on a step (one second here): its hint appears, for that step alone.
        await until(lambda: pane.shown_hints(), "the hint")
        assert pane.shown_hints() == [f"Hint: {pane.scenarios[0].steps[0].hint}"]

        walk = Walkthrough(window)
        await walk.search("Trainee", "2016-03-03")
        await walk.open_first("helpdesk_enquiry")
        assert pane.timer.isActive() is False  # polls only while on screen
        window.nav.setCurrentRow(nav_texts(window).index("Training scenarios"))
        await until(lambda: [r.status.text()[:4] for r in pane.rows] == ["Done", "Done"],
                    "both steps ticked")
        assert pane.timer.isActive()
        assert "done" in pane.list.item(0).text()
        assert pane.shown_hints() == []
        await window.session.lock()
        assert not pane.timer.isActive() and pane.done == {}

        trainer, _ = await gui.signed_in(people["trainer.tess"], url=service.url,
                                         shell_timings=ROOM_SHELL)
        board_window = trainer.window
        assert "Class progress" in nav_texts(board_window)
        board = board_window.training_screens.dashboard
        assert board is not None
        board_window.nav.setCurrentRow(nav_texts(board_window).index("Class progress"))
        await until(lambda: board.cell_text("anna", "everyday-search", "open") not in (
            None, "\u2013"), "Anna's step on the dashboard")
        assert board.cell_text("anna", "everyday-search", "find", ).startswith("\u2713")
        assert board.cell_text("anna", "widened-search", "widen") == "\u2013"
        # No new step for longer than "stuck" (a second here): marked in words.
        await until(lambda: board.model.status(board.model.rows[0]).startswith("Stuck"),
                    "Anna marked stuck")
        assert "Stuck: anna" in board.message.text()
        index = board.model.index(0, 1)
        assert board.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None

        out = tmp_path / "chosen" / "completions.csv"
        out.parent.mkdir()

        async def choose(_parent: QWidget, suggested: str) -> Path:
            assert suggested.startswith("training-completions-")
            return out

        board.choose_file = choose
        assert await board.export_completions() == out
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# TRAINING")
        rows = list(csv.reader(lines[1:]))
        assert rows[0] == ["environment", "username", "scenario_id", "scenario_title",
                           "step_id", "completed_at"]
        assert {(r[0], r[1], r[2], r[4]) for r in rows[1:]} == {
            ("TRAINING", "anna", "everyday-search", "find"),
            ("TRAINING", "anna", "everyday-search", "open")}
        assert out.stat().st_mode & 0o777 == 0o600
        assert list(out.parent.iterdir()) == [out]  # only where the user chose

    gui.run(scenario(), timeout=150)


def clipped(root: QWidget) -> list[str]:
    """Visible text that does not fit the widget showing it."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap().width():
            text = widget.text()
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in text:
                continue
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.contentsRect().width())
                if needed > widget.contentsRect().height() + 2:
                    found.append(f"label {text[:40]!r} needs {needed}px of "
                                 f"{widget.contentsRect().height()}")
            else:
                width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                if width > widget.contentsRect().width() + 1:
                    found.append(f"label {text[:40]!r} needs {width}px of "
                                 f"{widget.contentsRect().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            width = metrics.horizontalAdvance(widget.text().replace("&", ""))
            if width > widget.width():
                found.append(f"button {widget.text()!r} needs {width}px of {widget.width()}")
        elif isinstance(widget, QListWidget) and widget.property("role") == "nav":
            for row in range(widget.count()):
                item = widget.item(row)
                rect = widget.visualItemRect(item)
                if metrics.horizontalAdvance(item.text()) > rect.width():
                    found.append(f"navigation {item.text()!r} is cut off")
    return found


def test_presenter_mode_at_1280x720_reads_at_150_percent_with_nothing_clipped(
        gui: Gui, room: Any, tmp_path: Path) -> None:
    service, people = room
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal_size = app.font().pointSizeF()
    normal_sheet = app.styleSheet()

    async def scenario() -> None:
        # A step every 2.5 s: time to look at each screen before the tour moves on.
        shell = ShellTimings(**{**ROOM_SHELL.__dict__, "tour_step_ms": 2500})
        desk, _ = await gui.signed_in(people["trainer.tess"], url=service.url,
                                      shell_timings=shell)
        window = desk.window
        window.resize(1280, 720)
        heading_before = window.search_view.findChildren(QLabel)[0].font().pointSizeF()
        window.presenter.toggle_action.trigger()  # View ▸ Presenter mode
        assert window.presenter.enabled
        assert app.font().pointSizeF() == pytest.approx(normal_size * 1.5)
        assert window.search_view.findChildren(QLabel)[0].font().pointSizeF() == (
            pytest.approx(heading_before * 1.5))
        assert "border: 6px solid #0b0c0c" in app.styleSheet()  # thick focus outlines
        walk = Walkthrough(window, screenshots=tmp_path / "presenter")
        await walk.settle()
        assert window.width() == 1280
        # The training screens fit 720 pixels of height with the shell around them. (Another
        # screen's minimum height can make the window taller: My requests needs 680 pixels at
        # 150 %, which is that screen's to fix.)
        room = 720 - (window.height() - window.views.height())
        for view in (window.training_screens.pane, window.training_screens.dashboard):
            assert view is not None and view.minimumSizeHint().height() <= room
        window.presenter.start_tour()
        seen: list[str] = []
        stops = window.nav.count()
        while len(seen) < stops:
            await until(lambda: len(window.presenter.captions) > len(seen), "the next step")
            seen.append(window.presenter.captions[len(seen)])
            await walk.settle()
            assert window.banners.training.isVisible()
            assert window.presenter.caption.isVisible()
            assert clipped(window) == [], seen[-1]
            await walk.record_step(f"tour-{len(seen)}", 0.0)
        assert [c.split(": ", 1)[1].split(" \u2014")[0] for c in seen] == nav_texts(window)
        assert seen[0].startswith(f"Step 1 of {stops}: Search \u2014 ")
        await until(lambda: not window.presenter.touring, "the end of the tour")
        assert not window.presenter.caption.isVisible()
        window.presenter.set_enabled(False)
        assert app.font().pointSizeF() == pytest.approx(normal_size)
        assert window.search_view.findChildren(QLabel)[0].font().pointSizeF() == (
            pytest.approx(heading_before))
        assert app.styleSheet() == normal_sheet

    try:
        gui.run(scenario(), timeout=120)
    finally:
        font = app.font()
        font.setPointSizeF(normal_size)
        app.setFont(font)
        app.setStyleSheet(normal_sheet)


def test_a_production_realm_shows_nothing_of_training(gui: Gui, enrol: Any,
                                                      engine: Any) -> None:
    db.set_meta(engine, "realm_name", "Leeds live")
    db.set_meta(engine, "realm_training", "false")
    user = enrol("trainer.pat", ["trainer"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        window = desk.window
        assert desk.session.realm is not None and not desk.session.realm.training
        assert not window.banners.training.isVisible()
        assert "training" not in window.windowTitle().lower()
        assert not any("training" in t.lower() or "class" in t.lower()
                       for t in nav_texts(window))
        assert window.training_screens.pane is None  # never even built
        window.presenter.start_tour()
        await until(lambda: bool(window.presenter.captions), "the tour")
        assert "training" not in " ".join(window.presenter.captions).lower()
        window.presenter.stop_tour()

    gui.run(scenario())


def test_the_presenter_sheet_sets_no_font_sizes_and_passes_aa() -> None:
    import re

    from cpdesk.ui.presenter import presenter_sheet
    from cpdesk.ui.theme import contrast

    sheet = presenter_sheet()
    assert "font-size" not in sheet and not re.search(r"font:\s*\d", sheet)
    pairs = 0
    for block in re.findall(r"\{([^}]*)\}", sheet):
        fg = re.search(r"(?<!-)color:\s*(#[0-9a-fA-F]{6})", block)
        bg = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", block)
        if fg and bg:
            pairs += 1
            assert contrast(fg.group(1), bg.group(1)) >= 7, block  # AAA for a projector
    assert pairs >= 5


def test_presenter_is_a_command_line_option_not_a_setting() -> None:
    from cpdesk.app import parse_command_line

    assert parse_command_line(["--presenter"]) == {"presenter": True}
    assert "presenter" not in parse_command_line([])
