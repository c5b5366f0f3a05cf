"""The shell's training screens: "Training scenarios" for everyone signed in to a training
realm, and "Class progress" for trainers (capability ``view_class_progress``).

They exist only while the service says the realm is a training one: in a production realm
nothing of them is built or listed. The screens follow the session like the others — emptied
on every lock, fetched afresh after the unlock — and load when they come on screen.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cpdesk.session import VIEW_CLASS_PROGRESS, LockReason, SessionEvent, State
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cpdesk.ui.main_window import MainWindow
    from cpdesk.views.training import ClassDashboard, ScenarioPane

ENDING = (LockReason.SESSION_ENDED, LockReason.SIGNED_OUT)


class TrainingScreens(QObject):
    """Adds the training screens to a main window's navigation, after the shell's own."""

    def __init__(self, window: MainWindow, *, poll_ms: int, hint_after: dt.timedelta,
                 stuck_after: dt.timedelta) -> None:
        super().__init__(window)
        self.window = window
        self.poll_ms = poll_ms
        self.hint_after = hint_after
        self.stuck_after = stuck_after
        self.pane: ScenarioPane | None = None
        self.dashboard: ClassDashboard | None = None
        # Subscribed after the window: the shell has rebuilt its navigation by the time an
        # unlock reaches here.
        window.session.subscribe(self._on_session_event)
        window.views.currentChanged.connect(self._shown)

    def build(self) -> None:
        if self.pane is not None:
            return
        from cpdesk.views.training import ClassDashboard, ScenarioPane

        views = self.window.views
        self.pane = ScenarioPane(self.window.session, views, poll_ms=self.poll_ms,
                                 hint_after=self.hint_after)
        self.dashboard = ClassDashboard(self.window.session, views, poll_ms=self.poll_ms,
                                        stuck_after=self.stuck_after)
        views.addWidget(self.pane)
        views.addWidget(self.dashboard)

    @property
    def screens(self) -> tuple[QObject, ...]:
        return tuple(v for v in (self.pane, self.dashboard) if v is not None)

    def _on_session_event(self, event: SessionEvent) -> None:
        if event.kind == "clear":
            forget = event.reason in ENDING
            for view in (self.pane, self.dashboard):
                if view is not None:
                    view.clear(forget=forget)
        elif event.kind == "state" and event.state == State.UNLOCKED:
            self._add_to_navigation()
            if self.window.current in self.screens:
                self._load(self.window.current)

    def _add_to_navigation(self) -> None:
        session = self.window.session
        if not session.training:
            return
        self.build()
        assert self.pane is not None and self.dashboard is not None
        # The navigation translates its entries in its own context.
        self.window._add_nav(QT_TRANSLATE_NOOP("MainWindow", "Training scenarios"), self.pane)
        if session.can(VIEW_CLASS_PROGRESS):
            self.window._add_nav(QT_TRANSLATE_NOOP("MainWindow", "Class progress"),
                                 self.dashboard)
        self.window._sync_nav()

    def _shown(self, _index: int) -> None:
        current = self.window.views.currentWidget()
        if current is not None and current in self.screens:
            self._load(current)

    def _load(self, view: QObject) -> None:
        if self.window.unlocked and view in self.screens:
            self.window._spawn(view.load())  # type: ignore[attr-defined]
