"""Accessibility a user would notice: names for every control, keyboard reach, contrast that
passes WCAG 2.2 AA, text that follows the system size, and screens usable at 200 % text on a
1366×768 display."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from sqlalchemy import Engine
from testkit import child, involvement

from cpdesk.ui.theme import DARK, LIGHT, contrast, stylesheet_source
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
