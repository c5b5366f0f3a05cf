"""GUI test kit: one qasync loop per test on pytest-qt's QApplication, the real service on
loopback, a real SoftHSM2 token behind the FakeTokenStates test double, and a desk wired as
``cpdesk.app`` wires it — with intervals short enough that nothing waits on the wall clock.

Tests run their steps as one coroutine on the qasync loop (``gui.run``), typing into real
widgets and awaiting what a user would wait for (``until``). Never process Qt events from
inside a coroutine: asyncio would be re-entered.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
import gc
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from testkit import FakeTokenStates, TestUser, fake_token

from cpdesk.app import Desk, build_desk
from cpdesk.central.embedded import EmbeddedService
from cpdesk.config import Settings
from cpdesk.session import Timings
from cpdesk.ui.main_window import ShellTimings
from cpdesk.vault.provision import softhsm_module
from cpdesk.walkthrough import Walkthrough

FAST_SESSION = Timings(idle_timeout=3600, removal_poll=0.02, renew_margin=120, tick=0.02)
FAST_SHELL = ShellTimings(status_poll_ms=200, expiry_check_ms=20, clipboard_clear_ms=60_000,
                          busy_show_ms=300, busy_explain_ms=3000, token_poll_ms=50)


async def until(predicate: Callable[[], object], what: str, timeout: float = 15.0) -> None:
    """Wait (by yielding to the loop) until ``predicate`` holds; a timeout is a failure guard,
    never an assertion about speed."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        await asyncio.sleep(0.01)


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
    QTest.keyClicks(widget, text)


def press(widget: QWidget, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


@dataclass
class Gui:
    """Builds desks on the test's loop and runs scenarios; closes what it built."""

    loop: qasync.QEventLoop
    service: EmbeddedService
    tmp_path: Path
    desks: list[Desk] = field(default_factory=list)
    closed: list[Desk] = field(default_factory=list)

    def run(self, scenario: Coroutine[Any, Any, Any], timeout: float = 90.0) -> Any:
        """Run the scenario, then close every desk and end every task while the loop still
        runs: a task left behind would be stepped by Qt timers after the loop has stopped."""

        async def whole() -> Any:
            try:
                return await asyncio.wait_for(scenario, timeout)
            finally:
                await self.close_all()
                await self.end_tasks()

        return self.loop.run_until_complete(whole())

    @staticmethod
    async def end_tasks() -> None:
        current = asyncio.current_task()
        others = [t for t in asyncio.all_tasks() if t is not current]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    async def desk(self, user: TestUser, *, session_timings: Timings = FAST_SESSION,
                   shell_timings: ShellTimings = FAST_SHELL, url: str | None = None,
                   data_dir: Path | None = None, **options: Any) -> tuple[Desk, FakeTokenStates]:
        """A desk for ``user``'s card, shown and active, on the lock screen."""
        settings = Settings(service_url=url or self.service.url, token_label=user.token.label,
                            pkcs11_module=softhsm_module())
        fake = fake_token(user.token.label,
                          self.tmp_path / f"pin-failures-{user.username}.json")
        desk = build_desk(settings, token=fake, data_dir=data_dir or self.tmp_path / "data",
                          timings=session_timings, shell_timings=shell_timings,
                          user_settings=self.tmp_path / "settings.json", watch_desktop=False,
                          **options)
        self.desks.append(desk)
        desk.window.resize(1366, 768)
        await Walkthrough(desk.window).activate()
        await until(lambda: desk.window.lock_screen.pin.status is not None, "the card's state")
        return desk, fake

    async def signed_in(self, user: TestUser, **options: Any) -> tuple[Desk, FakeTokenStates]:
        desk, fake = await self.desk(user, **options)
        await Walkthrough(desk.window).sign_in(user.username, user.password, user.pin)
        return desk, fake

    async def close_all(self) -> None:
        for desk in self.desks:
            await desk.close()
        self.closed += self.desks
        self.desks = []

    def dispose(self) -> None:
        """Delete the closed windows here, on the GUI thread, and collect garbage now.

        Otherwise a window caught in a reference cycle is freed by whichever thread next runs
        the garbage collector (the service's, the token's), and a QObject destroyed off its
        own thread corrupts Qt's timer lists: a crash some tests later.
        """
        for desk in self.closed:
            if shiboken6.isValid(desk.window):
                shiboken6.delete(desk.window)
        self.closed = []
        gc.collect()


def load(engine: Any, children: list[dict[str, Any]]) -> None:
    """Put hand-made children into the service's database."""
    from cpdesk.central import records

    with engine.begin() as conn:
        records.upsert(conn, children)
