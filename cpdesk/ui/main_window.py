"""The main window: banners, navigation by task, the screens, and the status bar.

It follows the desk session: locked or signed out, only the lock screen exists; unlocked,
the task screens. When the session says "clear", every view that held child data is emptied
(models reset, widgets destroyed, the clipboard cleared if it holds our copy) before the cache
closes. After an unlock the user is put back on the same screen, its data fetched afresh.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.session import (
    LOG_ENQUIRY,
    MANAGE_USERS,
    MANAGEMENT,
    MEDIATE,
    REQUEST_SHIELD,
    RESOLVE_DATA_ISSUES,
    SEARCH,
    VIEW_OWN_ACTIVITY,
    VIEW_RECORD,
    DeskSession,
    LockReason,
    SessionEvent,
    State,
    failure_of,
)
from cpdesk.ui.banners import BannerStrip
from cpdesk.ui.desktop_lock import DesktopLockWatcher
from cpdesk.ui.help import SIGN_IN_HELP, HelpWindow
from cpdesk.ui.lock_screen import LockScreen
from cpdesk.ui.screen_stack import ScreenStack, scrolled
from cpdesk.ui.status_bar import DeskStatusBar
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.clipboard import SecretClipboard
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the screens are built by build_screens, after the PIN prompt is up
    from cpdesk.views.activity import ActivityView
    from cpdesk.views.management import ManagementView
    from cpdesk.views.recent import RecentView
    from cpdesk.views.record import RecordView
    from cpdesk.views.requests import MyRequestsView
    from cpdesk.views.search import SearchView
    from cpdesk.views.shielding import ContactRequestView, RequestShieldingView

ENDING: Final = (LockReason.SESSION_ENDED, LockReason.SIGNED_OUT)
# A navigation item's task by its English name, whatever language the item shows.
NAV_KEY_ROLE: Final = int(Qt.ItemDataRole.UserRole)
APP_TITLE: Final = "cpdesk"
NO_TASKS: Final = QT_TRANSLATE_NOOP("MainWindow", "Your account has no tasks in cpdesk. If you "
                                   "need to search the directory, ask your user manager.")
NO_RECORDS: Final = QT_TRANSLATE_NOOP("MainWindow", "Your account cannot open records. If you "
                                     "need to, ask your user manager.")


@dataclass(frozen=True)
class ShellTimings:
    """Every interval of the shell, injectable so tests never wait on the wall clock."""

    status_poll_ms: int = 30_000
    expiry_check_ms: int = 15_000
    clipboard_clear_ms: int = 30_000
    busy_show_ms: int = 300
    busy_explain_ms: int = 3_000
    token_poll_ms: int = 2_000
    expiry_warning: dt.timedelta = dt.timedelta(minutes=10)
    idle_warning: dt.timedelta = dt.timedelta(minutes=2)
    # Training screens (a training realm only) and presenter mode's tour.
    training_poll_ms: int = 5_000
    hint_after: dt.timedelta = dt.timedelta(minutes=2)
    stuck_after: dt.timedelta = dt.timedelta(minutes=3)
    tour_step_ms: int = 8_000


class View(Protocol):
    title: str
    help_text: str

    def clear(self, *, forget: bool = False) -> None: ...

    async def resume(self) -> None: ...


class MainWindow(QMainWindow):
    """``closed`` is emitted once the session has locked and the window may go."""

    closed = Signal()

    def __init__(self, session: DeskSession, *, timings: ShellTimings | None = None,
                 remembered_username: str | None = None,
                 save_username: Callable[[str], None] | None = None,
                 watch_desktop: bool = True) -> None:
        super().__init__()
        self.session = session
        self.timings = timings or ShellTimings()
        self.training = False
        self._closing = False
        self._shut = False
        self._signed_in_before = False
        self._search_stale = False
        self._tasks: set[asyncio.Future[None]] = set()
        self.setWindowTitle(APP_TITLE)
        self.setAccessibleName(self.tr("cpdesk"))
        self.resize(1280, 720)
        self.clipboard = SecretClipboard(self, clear_after_ms=self.timings.clipboard_clear_ms)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banners = BannerStrip(central)
        outer.addWidget(self.banners)
        self.pages = QStackedWidget(central)
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.lock_screen = LockScreen(session, self.pages,
                                      remembered_username=remembered_username,
                                      save_username=save_username,
                                      token_poll_ms=self.timings.token_poll_ms)
        self.pages.addWidget(self.lock_screen)

        self.work = QWidget(self.pages)
        self.work.setProperty("role", "work")
        work_layout = QHBoxLayout(self.work)
        self.nav = QListWidget(self.work)
        self.nav.setProperty("role", "nav")
        self.nav.setAccessibleName(self.tr("Tasks"))
        self.nav.setMaximumWidth(self.nav.fontMetrics().horizontalAdvance("M" * 14))
        self.nav.currentRowChanged.connect(self._nav_changed)
        work_layout.addWidget(self.nav)
        self.views = ScreenStack(self.work)
        self.views.setProperty("role", "content")
        work_layout.addWidget(scrolled(self.views, self.work), 1)
        self.pages.addWidget(self.work)
        # The task screens (and the contract they import) come with build_screens: the desk
        # calls it once the PIN prompt is up, and an unlock calls it if it has not run yet.
        self._screens_built = False
        self._history: list[QWidget] = []

        # At the foot of the window's own layout rather than a QStatusBar: a QStatusBar lays
        # its labels on one line, which at 200 % text is wider than the screen.
        self.status = DeskStatusBar(central)
        outer.addWidget(self.status)
        self.help_window = HelpWindow(self)

        self._shortcut("Ctrl+L", self.lock_now, application=True)
        self._shortcut("Ctrl+F", self.focus_search)
        self._shortcut("F2", self.focus_search)
        self._shortcut("Esc", self.go_back)
        self._shortcut("Ctrl+N", self.new_caller)
        self._shortcut("Alt+W", self.widen_search)
        self._shortcut("Ctrl+R", self.show_recent)
        self._shortcut("Ctrl+Shift+C", self.copy_all_contacts)
        self._shortcut("F1", self.show_help, application=True)

        self._status_timer = QTimer(self)
        self._status_timer.setInterval(self.timings.status_poll_ms)
        self._status_timer.timeout.connect(self.poll_status)
        self._status_timer.start()
        self._expiry_timer = QTimer(self)
        self._expiry_timer.setInterval(self.timings.expiry_check_ms)
        self._expiry_timer.timeout.connect(self.check_expiry)
        self._expiry_timer.start()

        self.desktop: DesktopLockWatcher | None = None
        if watch_desktop:
            self.desktop = DesktopLockWatcher(self)
            self.desktop.locked.connect(self.desktop_locked)

        session.subscribe(self._on_session_event)
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.start_polling()
        self._spawn(self.lock_screen.pin.refresh(session))
        self._spawn(self._poll_status())

        from cpdesk.ui.presenter import Presenter
        from cpdesk.ui.training_screens import TrainingScreens

        # After the window's own subscription: an unlock reaches them once the shell is ready.
        self.training_screens = TrainingScreens(
            self, poll_ms=self.timings.training_poll_ms, hint_after=self.timings.hint_after,
            stuck_after=self.timings.stuck_after)
        self.presenter = Presenter(self, tour_step_ms=self.timings.tour_step_ms)

    # -- the task screens --------------------------------------------------------------------

    def build_screens(self) -> None:
        """Build the task screens, once (nothing is shown until an unlock)."""
        if self._screens_built:
            return
        from cpdesk.views.activity import ActivityView
        from cpdesk.views.recent import RecentView
        from cpdesk.views.record import RecordView
        from cpdesk.views.search import SearchView

        session = self.session
        self._search_view = SearchView(session, self.views,
                                       show_busy_after_ms=self.timings.busy_show_ms,
                                       explain_busy_after_ms=self.timings.busy_explain_ms)
        self._record_view = RecordView(session, self.clipboard, self.views,
                                       show_busy_after_ms=self.timings.busy_show_ms,
                                       explain_busy_after_ms=self.timings.busy_explain_ms)
        self._activity_view = ActivityView(session, self.views)
        self._recent_view = RecentView(session, self.views)
        self._no_tasks = QLabel(self.tr(NO_TASKS), self.views)
        self._no_tasks.setWordWrap(True)
        self._no_tasks.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._no_tasks.setAccessibleName(self.tr("No tasks"))
        for view in (self._search_view, self._record_view, self._activity_view,
                     self._recent_view, self._no_tasks):
            self.views.addWidget(view)
        self._search_view.recordRequested.connect(self.open_record)
        self._activity_view.openRequested.connect(self.open_record)
        self._recent_view.openRequested.connect(self.open_record)
        self._record_view.recordRequested.connect(self.open_record)
        self._record_view.backRequested.connect(self.go_back)
        self._build_workflow_screens()
        self._build_access_screens()
        self.current: QWidget = self._search_view
        self._screens_built = True

    def _build_workflow_screens(self) -> None:
        """The shielding and sensitive-service screens (issue 11)."""
        from cpdesk.views.management import ManagementView
        from cpdesk.views.requests import MyRequestsView
        from cpdesk.views.shielding import ContactRequestView, RequestShieldingView

        session = self.session
        self.shield_request_view: RequestShieldingView = RequestShieldingView(session,
                                                                              self.views)
        self.contact_request_view: ContactRequestView = ContactRequestView(session, self.views)
        self.requests_view: MyRequestsView = MyRequestsView(session, self.views)
        self.management_view: ManagementView = ManagementView(session, self.views)
        self.workflow_views: tuple[View, ...] = (
            self.shield_request_view, self.contact_request_view, self.requests_view,
            self.management_view)
        for view in (self.shield_request_view, self.contact_request_view, self.requests_view,
                     self.management_view):
            self.views.addWidget(view)
        self._record_view.shieldingRequested.connect(self.request_shielding)
        self._record_view.contactRequested.connect(self.ask_for_contact)
        self.shield_request_view.backRequested.connect(self.back_to_record)
        self.contact_request_view.backRequested.connect(self.back_to_record)
        self.management_view.recordRequested.connect(self.open_record)

    def _build_access_screens(self) -> None:
        """Mediated access, the helpdesk console, users, data issues (issue 12)."""
        from cpdesk.views.data_issues import DataIssuesView, ReportIssueView
        from cpdesk.views.helpdesk import HelpdeskView
        from cpdesk.views.mediation import MediationView
        from cpdesk.views.users import UsersView

        session = self.session
        self.mediation_view = MediationView(session, self.views)
        self.helpdesk_view = HelpdeskView(session, self.views)
        self.users_view = UsersView(session, self.views)
        self.data_issues_view = DataIssuesView(session, self.views)
        self.report_issue_view = ReportIssueView(session, self.views)
        self.access_views: tuple[QWidget, ...] = (
            self.mediation_view, self.helpdesk_view, self.users_view, self.data_issues_view,
            self.report_issue_view)
        for view in self.access_views:
            self.views.addWidget(view)
        self._record_view.issueRequested.connect(self.report_issue)
        self.report_issue_view.backRequested.connect(self.back_to_record)
        self.data_issues_view.recordRequested.connect(self.open_record)
        self.banners.endMediation.connect(self.end_mediation)
        self._shortcut("Ctrl+Shift+H", self.take_call)

    def _add_access_nav(self) -> None:
        can = self.session.can
        if can(MEDIATE):
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "Mediated access"), self.mediation_view)
        if can(LOG_ENQUIRY) or self.session.teams:
            self.helpdesk_view.refresh_tabs()
            name = (QT_TRANSLATE_NOOP("MainWindow", "Helpdesk") if can(LOG_ENQUIRY)
                    else QT_TRANSLATE_NOOP("MainWindow", "Enquiries"))
            self._add_nav(name, self.helpdesk_view)
        if can(RESOLVE_DATA_ISSUES):
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "Data issues"), self.data_issues_view)
        if can(MANAGE_USERS):
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "Users"), self.users_view)
        if not can(REQUEST_SHIELD) and can(VIEW_OWN_ACTIVITY) and (
                can(MEDIATE) or can(LOG_ENQUIRY)):
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "My requests"), self.requests_view)

    def take_call(self) -> None:
        """Ctrl+Shift+H: the helpdesk's call form, ready for the next caller."""
        if self.unlocked and self.session.can(LOG_ENQUIRY):
            self.show_view(self.helpdesk_view)
            self.helpdesk_view.show_tab(self.helpdesk_view.call)

    def report_issue(self, record: object, section: str) -> None:
        """From the record: report a problem with a section's details."""
        if self.unlocked and self.record_view.record is not None:
            del record
            self.show_view(self.report_issue_view)
            self.report_issue_view.start_for(self.record_view.record, section)

    @async_slot()
    async def end_mediation(self) -> None:
        """The banner's End: the end goes through the outbox; the banner goes at once."""
        from cpdesk.sync.outbox import mediation_end

        mediation = self.session.mediation_id
        if mediation is None:
            return
        try:
            await self.session.submit(mediation_end(mediation))
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.banners.add_warning(failure.message)
            return
        self.session.set_mediation(None)

    def _mediation_changed(self, event: SessionEvent) -> None:
        mediation = self.session.mediation
        self.mediation_view.mediation_changed(mediation)
        self._show_mediation()
        if event.message:
            self.banners.add_warning(event.message)
        if self.session.state != State.UNLOCKED:
            return
        # What was seen on the practitioner's behalf goes with the mediation.
        self.record_view.clear()
        self.record_view.child_id = None
        self.search_view.new_caller()
        if mediation is None and not self.session.can(SEARCH) and self.current in (
                self.search_view, self.record_view, self.recent_view):
            # Before the navigation changes: the list must not jump to its first task.
            self.show_view(self.mediation_view)
        self._refresh_nav()
        if mediation is not None:
            self.show_view(self.search_view)
            self.search_view.focus_form()

    def _show_mediation(self) -> None:
        from cpdesk.views.labels import REASONS, word

        self.session.check_mediation()
        mediation = self.session.mediation
        left = self.session.mediation_left
        if mediation is None or left is None:
            self.banners.set_mediation(None)
            return
        self.banners.set_mediation(mediation.practitioner,
                                   word(REASONS, mediation.purpose),
                                   math.ceil(left.total_seconds() / 60))

    @property
    def screens_built(self) -> bool:
        return self._screens_built

    @property
    def search_view(self) -> SearchView:
        self.build_screens()
        return self._search_view

    @property
    def record_view(self) -> RecordView:
        self.build_screens()
        return self._record_view

    @property
    def activity_view(self) -> ActivityView:
        self.build_screens()
        return self._activity_view

    @property
    def recent_view(self) -> RecentView:
        self.build_screens()
        return self._recent_view

    @property
    def no_tasks(self) -> QLabel:
        self.build_screens()
        return self._no_tasks

    # -- plumbing --------------------------------------------------------------------------

    def _shortcut(self, keys: str, slot: Callable[[], object], *,
                  application: bool = False) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        if application:
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _spawn(self, coroutine: object) -> None:
        """Run a coroutine on the loop, keeping a reference until it ends."""
        task: asyncio.Future[None] = asyncio.ensure_future(coroutine)  # type: ignore[call-overload]
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Future[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            assert exc is not None
            loop = asyncio.get_event_loop()
            loop.call_exception_handler({"message": "Task failed", "exception": exc})

    @property
    def unlocked(self) -> bool:
        return self.session.state == State.UNLOCKED

    # -- navigation ------------------------------------------------------------------------

    def _refresh_nav(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        self._nav_views: list[QWidget] = []
        if self.session.can(SEARCH):
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "Search"), self.search_view)
        if self.session.can(VIEW_RECORD):
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "Recently viewed"), self.recent_view)
        if self.session.can(VIEW_OWN_ACTIVITY):
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "My activity"), self.activity_view)
        if self.session.can(REQUEST_SHIELD):
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "My requests"), self.requests_view)
        if any(self.session.can(capability) for capability in MANAGEMENT):
            self.management_view.refresh_tabs()
            self._add_nav(QT_TRANSLATE_NOOP("MainWindow", "Management"), self.management_view)
        self._add_access_nav()
        self.nav.blockSignals(False)
        self._sync_nav()

    def _start_view(self) -> QWidget:
        """The first screen after sign-in: the first task the user's capabilities allow."""
        if self.session.can(SEARCH):
            return self.search_view
        for capability, view in ((MEDIATE, self.mediation_view),
                                 (LOG_ENQUIRY, self.helpdesk_view),
                                 (RESOLVE_DATA_ISSUES, self.data_issues_view),
                                 (MANAGE_USERS, self.users_view)):
            if self.session.can(capability):
                return view
        if self.session.can(VIEW_OWN_ACTIVITY):
            return self.activity_view
        return self.no_tasks

    def _add_nav(self, name: str, view: QWidget) -> None:
        """A task in the navigation: ``name`` in English, marked for translation in the
        context MainWindow, shown translated; the English name stays on the item
        (``NAV_KEY_ROLE``) for the presenter's tour and the guided walks."""
        text = self.tr(name)
        item = QListWidgetItem(text, self.nav)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setData(NAV_KEY_ROLE, name)
        self._nav_views.append(view)

    def _sync_nav(self) -> None:
        target = self.search_view if self.current is self.record_view else self.current
        self.nav.blockSignals(True)
        if target in getattr(self, "_nav_views", []):
            self.nav.setCurrentRow(self._nav_views.index(target))
        self.nav.blockSignals(False)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self._nav_views):
            view = self._nav_views[row]
            if view is self.search_view and self.current is self.record_view:
                self.show_view(self.search_view)
            elif view is not self.current:
                self.show_view(view)

    def show_view(self, view: QWidget, *, remember: bool = True) -> None:
        if remember and self.current is not view:
            self._history.append(self.current)
            del self._history[:-10]
        self.current = view
        self.views.setCurrentWidget(view)
        self._sync_nav()
        if view is self.activity_view and self.unlocked:
            self._spawn(self.activity_view.load())
        if view is self.recent_view and self.unlocked:
            self._spawn(self.recent_view.load())
        if view is self.requests_view and self.unlocked:
            self._spawn(self.requests_view.load())
        if view is self.management_view and self.unlocked:
            self._spawn(self.management_view.load())
        if view in self.access_views and view is not self.report_issue_view and self.unlocked:
            self._spawn(getattr(view, "load")())  # noqa: B009 - each access view has load()
        if view is self.search_view and self._search_stale and self.unlocked:
            self._search_stale = False
            self._spawn(self.search_view.resume())

    @async_slot(str)
    async def open_record(self, child_id: str) -> None:
        if not self.session.can(VIEW_RECORD):
            self.search_view.results.say(self.tr(NO_RECORDS))
            return
        self.show_view(self.record_view)
        await self.record_view.open(child_id)

    def request_shielding(self, record: object) -> None:
        """From the record: the "Request shielding" screen, for the record on screen."""
        del record
        if self.unlocked and self.session.can(REQUEST_SHIELD) and self.record_view.record:
            self.show_view(self.shield_request_view)
            self.shield_request_view.start(self.record_view.record)

    def ask_for_contact(self, record: object) -> None:
        """From a sensitive-service notice: ask the management team to make contact."""
        del record
        if self.unlocked and self.record_view.record is not None:
            self.show_view(self.contact_request_view)
            self.contact_request_view.start_for(self.record_view.record)

    def back_to_record(self) -> None:
        self.shield_request_view.clear()
        self.contact_request_view.clear()
        self.report_issue_view.clear()
        if self.record_view.record is not None:
            self.show_view(self.record_view, remember=False)
            self.record_view.back_button.setFocus()
        else:
            self.show_view(self.search_view, remember=False)

    def go_back(self) -> None:
        if not self.unlocked:
            return
        if self.current in (self.shield_request_view, self.contact_request_view,
                            self.report_issue_view):
            self.back_to_record()
            return
        if self.current is self.record_view:
            # Back to the list the record was opened from (results, recent, activity).
            previous: QWidget = self.search_view
            while self._history:
                candidate = self._history.pop()
                if candidate is not self.record_view:
                    previous = candidate
                    break
            self.show_view(previous, remember=False)
            table: QWidget = (self.search_view.results.table if previous is self.search_view
                              else getattr(previous, "table", previous))
            table.setFocus()
            return
        while self._history:
            previous = self._history.pop()
            if previous is not self.current and previous is not self.record_view:
                self.show_view(previous, remember=False)
                return

    def focus_search(self) -> None:
        if self.unlocked and self.session.can(SEARCH):
            self.show_view(self.search_view)
            self.search_view.focus_form()

    def new_caller(self) -> None:
        """Ctrl+N: an empty search form and no results, ready for the next caller."""
        if not (self.unlocked and self.session.can(SEARCH)):
            return
        self.record_view.clear()
        self.record_view.child_id = None
        self.show_view(self.search_view)
        self.search_view.new_caller()

    def widen_search(self) -> None:
        """Alt+W, from any screen: the search in the form again, widened."""
        if not (self.unlocked and self.session.can(SEARCH)):
            return
        if self.current is not self.search_view:
            self.show_view(self.search_view)
        self.search_view.widen()

    def show_recent(self) -> None:
        """Ctrl+R: the records opened since signing in."""
        if self.unlocked and self.session.can(VIEW_RECORD):
            if self.current is self.recent_view:
                self._spawn(self.recent_view.load())
            else:
                self.show_view(self.recent_view)

    def copy_all_contacts(self) -> None:
        if self.unlocked and self.current is self.record_view:
            self.record_view.copy_all()

    def show_help(self) -> None:
        if self.pages.currentWidget() is self.lock_screen:
            text = SIGN_IN_HELP
        else:
            text = getattr(self.current, "help_text", SIGN_IN_HELP)
        self.help_window.show_text(text)

    # -- locking ---------------------------------------------------------------------------

    @async_slot()
    async def lock_now(self) -> None:
        await self.session.lock(LockReason.MANUAL)

    @async_slot(str)
    async def desktop_locked(self, _why: str) -> None:
        await self.session.lock(LockReason.SYSTEM)

    def clear_child_data(self, *, forget: bool = False) -> None:
        """Empty every model and view that held child data, and our clipboard copy."""
        self.banners.set_idle_warning(None)
        self.clipboard.clear_if_ours()
        if not self._screens_built:
            return  # no screen has been built, so none has held anything
        self.search_view.clear(forget=forget)
        self.record_view.clear(forget=forget)
        self.activity_view.clear(forget=forget)
        self.recent_view.clear(forget=forget)
        for view in self.workflow_views:
            view.clear(forget=forget)
        for screen in self.access_views:
            getattr(screen, "clear")(forget=forget)  # noqa: B009 - a View (access_views)
        if forget:
            self._history = []
            self.current = self.search_view
            self._search_stale = False

    def _on_session_event(self, event: SessionEvent) -> None:
        if event.kind == "clear":
            self.clear_child_data(forget=event.reason in ENDING)
        elif event.kind == "warning" and event.message:
            self.banners.add_warning(event.message)
        elif event.kind == "state":
            self._on_state(event)
        elif event.kind == "mediation" and self._screens_built:
            self._mediation_changed(event)
        self._update_status()

    def _on_state(self, event: SessionEvent) -> None:
        if event.state == State.UNLOCKED:
            self.lock_screen.stop_polling()
            self.build_screens()
            self._refresh_nav()
            self.pages.setCurrentWidget(self.work)
            if self._signed_in_before:
                self._spawn(self._resume())
            else:
                self._signed_in_before = True
                start = self._start_view()
                self._history = []
                self.show_view(start, remember=False)
                if start is self.search_view:
                    self.search_view.focus_form()
        elif event.state == State.LOCKED:
            self.pages.setCurrentWidget(self.lock_screen)
            self.lock_screen.show_unlock(event.message)
            self.lock_screen.start_polling()
            self._spawn(self.lock_screen.pin.refresh(self.session))
        elif event.state == State.SIGNED_OUT:
            self.clear_child_data(forget=True)
            self._signed_in_before = False
            self.pages.setCurrentWidget(self.lock_screen)
            if self.lock_screen.mode != "sign_in" or event.message:
                self.lock_screen.show_sign_in(event.message)
            self.lock_screen.start_polling()
        self.check_expiry()

    async def _resume(self) -> None:
        """Back to the same screen, its data fetched afresh."""
        view = self.current
        if view is self.record_view and self.record_view.child_id is None:
            view = self.search_view
            self.show_view(view, remember=False)
        self._sync_nav()
        if view is self.record_view:
            self._search_stale = self.search_view.last_request is not None
            await self.record_view.resume()
        elif view is self.search_view:
            await self.search_view.resume()
        elif view is self.activity_view:
            await self.activity_view.resume()
        elif view is self.recent_view:
            await self.recent_view.resume()
        elif view in (self.shield_request_view, self.contact_request_view):
            # What was typed went with the lock: back to the record, fetched afresh.
            self.show_view(self.record_view, remember=False)
            await self.record_view.resume()
        elif view is self.requests_view:
            await self.requests_view.resume()
        elif view is self.management_view:
            await self.management_view.resume()
        elif view is self.report_issue_view:
            self.show_view(self.record_view, remember=False)
            await self.record_view.resume()
        elif view in self.access_views:
            await getattr(view, "resume")()  # noqa: B009 - a View (see access_views)

    # -- status ----------------------------------------------------------------------------

    def _update_status(self) -> None:
        realm = self.session.realm
        if realm is not None:
            self._set_training(realm.training)
        self.status.set_user(self.session.user, locked=self.session.state != State.UNLOCKED)
        self.status.set_expiry(self.session.session_expires_at)

    def _set_training(self, training: bool) -> None:
        self.training = training
        self.banners.set_training(training)
        self.setWindowTitle(self.tr("{app} — training").format(app=APP_TITLE) if training
                            else APP_TITLE)

    @async_slot()
    async def poll_status(self) -> None:
        await self._poll_status()

    async def _poll_status(self) -> None:
        if self._closing:
            return  # the desk is closing: its client may already be shut
        try:
            status = await self.session.service_status()
        except Exception as exc:
            if failure_of(exc) is None:
                raise
            if not self._closing:  # a desk closing drops its client under the poll
                self.status.set_connected(None)
            return
        self.status.set_connected(status.realm.name)
        self._set_training(status.realm.training)

    def check_expiry(self) -> None:
        self.check_idle()
        if self._screens_built:
            self._show_mediation()
        left = self.session.time_left
        if left is None or self.session.state not in (State.UNLOCKED, State.LOCKED):
            self.banners.set_expiry(None)
            return
        if left <= self.timings.expiry_warning:
            self.banners.set_expiry(math.ceil(left.total_seconds() / 60))
        else:
            self.banners.set_expiry(None)

    def check_idle(self) -> None:
        """Two minutes before the idle lock, a banner that takes no focus; the status bar
        always says when the lock will come."""
        idle_left = self.session.idle_left
        lock_at = self.session.idle_lock_at
        self.status.set_lock_time(lock_at)
        if idle_left is not None and idle_left <= self.timings.idle_warning:
            self.banners.set_idle_warning(math.ceil(idle_left.total_seconds() / 60))
        else:
            self.banners.set_idle_warning(None)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shut:
            event.accept()
            return
        event.ignore()
        if not self._closing:
            self._closing = True
            self._spawn(self.shut_down())

    async def shut_down(self) -> None:
        """Lock (which clears everything), stop timers, then let the window close."""
        self._closing = True
        with contextlib.suppress(Exception):
            await self.session.close()
        self.session.unsubscribe(self._on_session_event)
        self._status_timer.stop()
        self._expiry_timer.stop()
        self.lock_screen.stop_polling()
        self.clear_child_data(forget=True)
        self.help_window.close()
        for task in list(self._tasks):
            if task is not asyncio.current_task():
                task.cancel()
        self._shut = True
        self.close()
        self.closed.emit()
