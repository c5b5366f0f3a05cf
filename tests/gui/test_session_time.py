"""Time in the shell: renewal without asking, the session-end warning, the end itself, and
the idle lock — all through injected clocks, never by waiting."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine
from testkit import child

from cpdesk.central.auth import RateLimits
from cpdesk.central.embedded import EmbeddedService
from cpdesk.session import LOCK_MESSAGES, LockReason, State, Timings
from cpdesk.walkthrough import Walkthrough

from .guikit import Gui, load, press, until

pytestmark = pytest.mark.gui


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_renewal_warning_and_end_of_session(gui: Gui, engine: Engine, enrol: Any) -> None:
    load(engine, [child("CP0000000001", surname="Nakamura", dob="2017-11-30")])
    user = enrol("pat")
    moment = [dt.datetime.now(dt.UTC)]
    roomy = Timings(idle_timeout=24 * 3600, removal_poll=0.05, renew_margin=120, tick=0.02)

    with EmbeddedService(engine, clock=lambda: moment[0], limits=RateLimits()) as service:

        async def scenario() -> None:
            desk, _ = await gui.signed_in(user, url=service.url, session_timings=roomy,
                                          wall=lambda: moment[0])
            window = desk.window
            walk = Walkthrough(window)
            await walk.search("Nakamura", "2017")
            first = desk.client.session
            assert first is not None
            assert window.banners.expiry.isHidden()

            # The access token nears its end: renewed silently, nothing asked.
            moment[0] += dt.timedelta(minutes=14)
            await until(lambda: desk.client.session is not None
                        and desk.client.session.expires_at > first.expires_at, "a renewal")
            assert desk.session.state == State.UNLOCKED
            assert window.pages.currentWidget() is window.work

            # Five minutes before the end of the session: the banner says so.
            moment[0] = first.session_expires_at - dt.timedelta(minutes=5)
            desk.session.note_activity()
            await until(lambda: window.banners.expiry.isVisible(), "the session-end banner")
            assert window.banners.expiry.label.text().startswith("Session ends in 5 minutes.")

            # The end: signed out, everything forgotten, the full sign-in asked for.
            moment[0] = first.session_expires_at + dt.timedelta(seconds=1)
            await until(lambda: desk.session.state == State.SIGNED_OUT, "the end of session")
            screen = window.lock_screen
            assert screen.mode == "sign_in"
            assert screen.reason.text() == LOCK_MESSAGES[LockReason.SESSION_ENDED]
            assert window.search_view.last_request is None
            assert window.record_view.reason is None
            assert window.search_view.results.model.rowCount() == 0
            assert window.banners.expiry.isHidden()

        gui.run(scenario())


def test_idle_locks_and_user_input_keeps_it_open(gui: Gui, enrol: Any) -> None:
    user = enrol("pat")
    clock = Clock()
    idle = Timings(idle_timeout=60, removal_poll=0.05, renew_margin=120, tick=0.02)

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user, session_timings=idle, monotonic=clock)
        window = desk.window
        clock.now += 50
        press(window.search_view.form.surname, Qt.Key.Key_A)  # typing is activity
        clock.now += 50
        await until(lambda: window.search_view.form.surname.text() == "a", "the key press")
        assert desk.session.state == State.UNLOCKED
        clock.now += 11
        await until(lambda: desk.session.state == State.LOCKED, "the idle lock")
        assert window.lock_screen.reason.text() == LOCK_MESSAGES[LockReason.IDLE]
        assert window.search_view.form.surname.text() == ""

    gui.run(scenario())


def test_desktop_lock_signal_locks(gui: Gui, enrol: Any) -> None:
    user = enrol("pat")

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        desk.window.desktop_locked("screensaver")
        await until(lambda: desk.session.state == State.LOCKED, "the lock")
        assert desk.session.lock_reason is LockReason.SYSTEM

    gui.run(scenario())


def test_a_tampered_cache_is_set_aside_with_a_warning_and_work_goes_on(
        gui: Gui, enrol: Any, engine: Engine, tmp_path: Any) -> None:
    load(engine, [child("CP0000000001", surname="Nakamura", dob="2017-11-30")])
    user = enrol("pat")

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        await desk.session.sign_out()
        await gui.close_all()
        headers = list((tmp_path / "data").rglob("cache.header.json"))
        assert len(headers) == 1
        raw = bytearray(headers[0].read_bytes())
        raw[len(raw) // 2] ^= 0x01
        headers[0].write_bytes(bytes(raw))

        desk, _ = await gui.signed_in(user)
        warnings = desk.window.banners.warning_texts()
        assert len(warnings) == 1 and "could not be trusted" in warnings[0]
        await Walkthrough(desk.window).search("Nakamura", "2017-11-30")
        assert desk.session.store is not None
        # The user can dismiss it once read.
        desk.window.banners.warnings[0].dismiss.click()
        await until(lambda: desk.window.banners.warning_texts() == [], "the dismissal")

    gui.run(scenario())
