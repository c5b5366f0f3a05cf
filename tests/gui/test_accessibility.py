"""Accessibility a user would notice: names for every control, keyboard reach, contrast that
passes WCAG 2.2 AA, text that follows the system size, and screens usable at 200 % text on a
1366×768 display."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)
from sqlalchemy import Engine
from testkit import child, involvement

from cpdesk.ui.theme import DARK, LIGHT, apply_theme, contrast, stylesheet_source
from cpdesk.walkthrough import Walkthrough
from cpdesk.widgets.tags import TAG_COLOURS

from .guikit import Gui, load, until

pytestmark = pytest.mark.gui

HEX = r"#[0-9a-fA-F]{6}"


def focusable_without_name(root: QWidget) -> list[str]:
    """Controls a keyboard can reach that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        named = bool(widget.accessibleName()) or (
            isinstance(widget, QAbstractButton) and bool(widget.text()))
        if not named and isinstance(widget, QLabel):
            continue
        if not named and any(isinstance(label, QLabel) and label.buddy() is widget
                             for label in root.findChildren(QLabel)):
            named = True
        if not named and type(widget).__name__ in ("QScrollBar", "QWidget", "QScrollArea"):
            continue
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.fixture()
def children(engine: Engine) -> None:
    load(engine, [child("CP0000000001", surname="Abara", dob="2013-02-02",
                        involvements=[involvement("school", lead_professional=True, caf=True)])])


def test_every_reachable_control_has_a_name(gui: Gui, enrol: Any, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.desk(user)
        assert focusable_without_name(desk.window) == []
        walk = Walkthrough(desk.window)
        await walk.sign_in(user.username, user.password, user.pin)
        assert focusable_without_name(desk.window) == []
        await walk.search("Abara", "2013")
        record = desk.window.record_view
        desk.window.search_view.open_selected()
        await until(lambda: record.dialog is not None and record.dialog.isVisible(), "question")
        assert focusable_without_name(record.dialog) == []
        record.dialog.choose("training")
        record.dialog.ok.click()
        await until(lambda: record.record is not None, "the record")
        assert focusable_without_name(desk.window) == []
        await walk.my_activity()
        assert focusable_without_name(desk.window) == []

    gui.run(scenario())


def test_style_sheet_sets_no_font_sizes_and_passes_aa() -> None:
    sheet = stylesheet_source()
    assert "font-size" not in sheet and not re.search(r"font:\s*\d", sheet)
    for block in re.findall(r"\{([^}]*)\}", sheet):
        fg = re.search(rf"(?<!-)color:\s*({HEX})", block)
        bg = re.search(rf"background-color:\s*({HEX})", block)
        if fg and bg:
            assert contrast(fg.group(1), bg.group(1)) >= 4.5, block
    # Rules whose text colour sits in a child label of a coloured frame.
    pairs = [("#0b0c0c", "#f47738"), ("#ffffff", "#1d70b8"), ("#0b0c0c", "#fff7bf"),
             ("#0b0c0c", "#ffdd00"), ("#ffffff", "#00703c"), ("#d4351c", "#ffffff"),
             ("#505a5f", "#f3f2f1")]
    for fg_colour, bg_colour in pairs:
        assert contrast(fg_colour, bg_colour) >= 4.5, (fg_colour, bg_colour)
    for token in ("error", "hint"):
        assert contrast(LIGHT[token], "#ffffff") >= 4.5
        assert contrast(LIGHT[token], "#efefef") >= 4.5
        assert contrast(DARK[token], "#1e1e1e") >= 4.5
        assert contrast(DARK[token], "#2d2d2d") >= 4.5


def test_tag_colours_in_cells_match_the_style_sheet() -> None:
    sheet = stylesheet_source()
    for name, (fg, bg) in TAG_COLOURS.items():
        assert f'QLabel[tag="{name}"] {{ color: {fg}; background-color: {bg}; }}' in sheet
        assert contrast(fg, bg) >= 4.5


def test_usable_at_200_percent_text_on_1366x768(gui: Gui, enrol: Any, children: None,
                                                tmp_path: Any) -> None:
    user = enrol("hd.amara", ["helpdesk"])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    big = app.font()
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)

    async def scenario() -> None:
        desk, _ = await gui.desk(user)
        window = desk.window
        window.resize(1366, 768)
        walk = Walkthrough(window, screenshots=tmp_path / "big")
        await walk.sign_in(user.username, user.password, user.pin)
        await walk.search("Abara", "2013")
        view = window.search_view
        # Every field of the form can be reached and seen (the form scrolls if it must).
        for widget in view.tab_chain:
            view.ensure_visible(widget)
            await until(lambda w=widget: w.visibleRegion().boundingRect().height()
                        >= w.height() - 1, f"{widget.accessibleName()} in view")
        table = view.results.table
        assert table.height() >= 3 * table.verticalHeader().defaultSectionSize()
        await walk.open_first("training")
        assert window.minimumSizeHint().width() <= 1366

    try:
        gui.run(scenario())
    finally:
        app.setFont(normal)


# -- issue 14: a keyboard-only walk of every screen in the navigation -------------------------


# Everyone whose navigation, between them, lists every screen of the desk.
EVERY_SCREEN_ROLES = (["helpdesk", "cp_manager", "data_administrator", "user_manager",
                       "practitioner"], ["mediator"])
MAX_TABS = 400


def focus_chain_candidates(window: QWidget) -> set[QWidget]:
    """The enabled, visible controls of the window that Tab should reach."""
    wanted = set()
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled() and widget.isActiveWindow()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        if type(widget).__name__ in ("QScrollBar",):
            continue
        if isinstance(widget, QAbstractScrollArea) and type(widget).__name__ == "QScrollArea":
            continue  # a container: Tab goes to what is inside it
        wanted.add(widget)
    return wanted


def name_of(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return widget.accessibleName() or text


async def tab_walk(window: QWidget, where: str) -> list[str]:
    """Tab from the navigation round the whole window; the problems found."""
    problems: list[str] = []
    start = QApplication.focusWidget()
    assert start is not None, f"{where}: nothing has the focus"
    # A control enabled only part of the time (Refresh while its screen loads) is expected
    # only if it was enabled at every step of the walk.
    expected = focus_chain_candidates(window)
    visited: list[QWidget] = []
    current = start
    for _ in range(MAX_TABS):
        focused_look = current.grab().toImage()
        QTest.keyClick(current, Qt.Key.Key_Tab)
        for _ in range(3):  # let the focus change repaint (by yielding to the loop)
            await asyncio.sleep(0.01)
        following = QApplication.focusWidget()
        assert following is not None, f"{where}: Tab lost the focus after {current!r}"
        if following is current:
            problems.append(f"{where}: Tab is stuck on {type(current).__name__} "
                            f"{name_of(current)!r}")
            break
        if current.grab().toImage() == focused_look:
            problems.append(f"{where}: no visible focus on {type(current).__name__} "
                            f"{name_of(current)!r}")
        visited.append(current)
        expected &= focus_chain_candidates(window)
        current = following
        if current is start:
            break
    else:
        problems.append(f"{where}: Tab never came back to where it started")
    for widget in visited:
        if isinstance(widget, QLabel):
            continue
        if isinstance(widget, QTabBar):
            named = bool(widget.tabText(widget.currentIndex()))  # read as its current tab
        else:
            named = bool(name_of(widget))
        if not named and not any(
                isinstance(label, QLabel) and label.buddy() is widget
                for label in window.findChildren(QLabel)):
            problems.append(f"{where}: {type(widget).__name__} has no accessible name")
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or interface.role() in (QAccessible.Role.NoRole,
                                                     QAccessible.Role.Client):
            problems.append(f"{where}: {type(widget).__name__} {name_of(widget)!r} "
                            "has no accessible role")
        if isinstance(widget, QAbstractButton) and widget.text():
            label = widget.text().replace("&", "")
            name = widget.accessibleName()
            if name and label.lower() not in name.lower():
                problems.append(f"{where}: button {label!r} is named "
                                f"{widget.accessibleName()!r} (label not in name)")
    missed = [f"{type(w).__name__} {name_of(w)!r}"
              for w in (expected & focus_chain_candidates(window)) - set(visited)]
    if missed:
        problems.append(f"{where}: Tab never reaches {sorted(missed)}")
    return problems


async def every_screen(window: Any, visit: Any) -> None:
    """Show each screen in the navigation (and each tab of a tabbed screen) and visit it."""
    for row in range(window.nav.count()):
        text = window.nav.item(row).text()
        window.nav.setCurrentRow(row)
        await until(lambda: window.current is not None, text)
        view = window.current
        tabs = view.findChildren(QTabWidget) if isinstance(view, QWidget) else []
        if tabs:
            for index in range(tabs[0].count()):
                if not tabs[0].isTabEnabled(index) or not tabs[0].isTabVisible(index):
                    continue
                tabs[0].setCurrentIndex(index)
                await visit(f"{text} \u25b8 {tabs[0].tabText(index)}")
        else:
            await visit(text)


@pytest.mark.parametrize("roles", EVERY_SCREEN_ROLES, ids=lambda roles: "+".join(roles))
def test_keyboard_only_walk_of_every_screen(gui: Gui, enrol: Any, children: None,
                                            roles: list[str]) -> None:
    user = enrol("kb.walker", roles)
    problems: list[str] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet_before = app.styleSheet()
    apply_theme(app)  # the desk's own style sheet, focus styles included

    async def scenario() -> None:
        desk, _ = await gui.desk(user)
        window = desk.window
        window.resize(1366, 768)
        walk = Walkthrough(window)
        await walk.activate()
        await walk.sign_in(user.username, user.password, user.pin)

        async def visit(where: str) -> None:
            await walk.settle()
            window.nav.setFocus(Qt.FocusReason.TabFocusReason)
            await until(window.nav.hasFocus, "the navigation focused")
            problems.extend(await tab_walk(window, where))

        await every_screen(window, visit)

    try:
        gui.run(scenario(), timeout=240)
    finally:
        app.setStyleSheet(sheet_before)
    assert not problems, "\n".join(problems)


def clipped(root: QWidget) -> list[str]:
    """Visible buttons and labels given less room than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            need = widget.minimumSizeHint()
            if widget.width() < need.width() - 1 or widget.height() < need.height() - 1:
                found.append(f"button {widget.text()!r}: {widget.width()}×{widget.height()}"
                             f" < {need.width()}×{need.height()}")
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            room = widget.contentsRect()
            if widget.wordWrap():
                high = widget.heightForWidth(widget.width())
                if high > widget.height() + 1:
                    found.append(f"label {widget.text()[:40]!r}: {widget.height()} px high,"
                                 f" needs {high}")
            elif widget.minimumSizeHint().width() > widget.width() + 1 and room.width() > 0:
                found.append(f"label {widget.text()[:40]!r}: {widget.width()} px wide, needs"
                             f" {widget.minimumSizeHint().width()}")
    return found


@pytest.mark.parametrize("roles", EVERY_SCREEN_ROLES, ids=lambda roles: "+".join(roles))
def test_every_screen_at_200_percent_text_on_1366x768_clips_nothing(
        gui: Gui, enrol: Any, children: None, roles: list[str]) -> None:
    user = enrol("big.text", roles)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal, sheet_before = app.font(), app.styleSheet()
    big = app.font()
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)
    apply_theme(app)
    problems: list[str] = []

    async def scenario() -> None:
        desk, _ = await gui.desk(user)
        window = desk.window
        window.resize(1366, 768)
        walk = Walkthrough(window)
        await walk.sign_in(user.username, user.password, user.pin)

        async def visit(where: str) -> None:
            await walk.settle()
            if window.width() > 1366 or window.height() > 768:
                screens = (window.views.widget(i) for i in range(window.views.count()))
                tallest = sorted(((v.minimumSizeHint().height(), type(v).__name__)
                                  for v in screens), reverse=True)[:3]
                problems.append(f"{where}: the window grew to {window.width()}×"
                                f"{window.height()}; minimum width of the status bar "
                                f"{window.status.minimumSizeHint().width()}, tallest "
                                f"screens (minimum height, screen) {tallest}")
            screen_area = window.views.parentWidget().parentWidget()
            assert isinstance(screen_area, QScrollArea)
            if screen_area.horizontalScrollBar().maximum() > 0:
                problems.append(f"{where}: the screen scrolls sideways (needs "
                                f"{window.views.minimumSizeHint().width()} px, has "
                                f"{screen_area.viewport().width()})")
            problems.extend(f"{where}: {found}" for found in clipped(window))

        await every_screen(window, visit)

    try:
        gui.run(scenario(), timeout=240)
    finally:
        app.setFont(normal)
        app.setStyleSheet(sheet_before)
    assert not problems, "\n".join(problems)
