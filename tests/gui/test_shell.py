"""The shell around the screens: help for the screen in front of the user, the connection
state, and a window title that never carries a child's name."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine
from testkit import child

from cpdesk.central.auth import RateLimits
from cpdesk.central.embedded import EmbeddedService
from cpdesk.walkthrough import Walkthrough

from .guikit import Gui, load, press, until

pytestmark = pytest.mark.gui


def test_f1_helps_with_the_screen_in_front_of_the_user(gui: Gui, enrol: Any,
                                                       engine: Engine) -> None:
    load(engine, [child("CP0000000001", surname="Oyelaran", dob="2012-06-06")])
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.desk(user)
        window = desk.window
        press(window.lock_screen.username, Qt.Key.Key_F1)
        assert window.help_window.isVisible()
        assert window.help_window.title.text() == "Help: Signing in"
        window.help_window.close()
        walk = Walkthrough(window)
        await walk.sign_in(user.username, user.password, user.pin)
        await walk.activate()
        press(window.search_view.form.surname, Qt.Key.Key_F1)
        assert window.help_window.title.text() == "Help: Search for a child"
        window.help_window.close()
        await walk.activate()
        await walk.search("Oyelaran", "2012-06-06")
        await walk.open_first("training")
        press(window.record_view.back_button, Qt.Key.Key_F1)
        assert window.help_window.title.text() == "Help: A child's record"
        # Nothing of the child in the title, whatever the screen.
        assert "Oyelaran" not in window.windowTitle()
        assert window.windowTitle() in ("cpdesk", "cpdesk — training")

    gui.run(scenario())


def test_status_bar_says_when_the_service_stops_answering(gui: Gui, enrol: Any,
                                                          engine: Engine) -> None:
    user = enrol("pat")
    own = EmbeddedService(engine, limits=RateLimits()).start()

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user, url=own.url)
        status = desk.window.status
        await until(lambda: status.connection.text().startswith("Connected to"), "connected")
        assert status.user.text() == "Signed in as pat (practitioner)"
        assert status.expiry.text().startswith("Session ends at ")
        # At the usual text size each label sits on one line (they wrap only when the window
        # is too narrow, as at 200 % text: tests/gui/test_accessibility.py).
        desk.window.resize(1280, 720)
        await until(lambda: status.width() <= 1280, "the window's width")
        one_line = status.fontMetrics().lineSpacing()
        for label in (status.connection, status.user, status.expiry, status.lock_time):
            assert label.height() < 2 * one_line, label.accessibleName()
        own.stop()
        await until(lambda: status.connection.text()
                    == "The directory service is not answering", "the lost connection")

    try:
        gui.run(scenario())
    finally:
        own.stop()


def test_the_desk_shows_its_own_icon_at_every_size_the_platforms_ask_for() -> None:
    """Title bar, task bar and switcher: the icon from resources/icons, set by start_qt itself
    (run in a fresh process, since this one's QApplication already exists)."""
    code = ("from cpdesk.app import start_qt\n"
            "app = start_qt()\n"
            "icon = app.windowIcon()\n"
            "print(int(icon.isNull()), sorted({s.width() for s in icon.availableSizes()}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={**os.environ,
                                           "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    null, sizes = done.stdout.strip().split(" ", 1)
    assert null == "0"
    assert sizes == "[16, 24, 32, 48, 64, 128, 256, 512]"
