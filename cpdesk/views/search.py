"""Search for a child: the form (``search_form``) above the results (``search_results``).

Keyboard-first for a helpdesk worker with a caller on the line: Enter searches from any
field, focus moves to the results with the first row selected, arrows move, Enter opens.
"Widen search" (similar names and dates) is a deliberate second step, never the default.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from cpdesk.contract import ProblemType, SearchRequest
from cpdesk.session import DeskSession, Failure
from cpdesk.views.operation import ViewOperation
from cpdesk.views.search_form import SearchForm
from cpdesk.views.search_results import SearchResults
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.busy import EXPLAIN_AFTER_MS, SHOW_AFTER_MS, BusyIndicator
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import heading

HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Search for a child\n\n"
    "Give a surname and a date of birth (the year alone is enough), or an ID. Other "
    "combinations that work: surname, forenames and a range of birth dates; surname, gender "
    "and postcode; forenames, full date of birth, gender and postcode.\n\n"
    "Press Enter in any field to search. The first result is selected: use the arrow keys to "
    "move and Enter to open a record. Choose a column heading to sort by match, name or date "
    "of birth. End a forename with * to match the start of a name. A range of birth dates "
    "is under \"Search by a range of birth dates\".\n\n"
    "If no child matches (or too many do), the focus moves to \"Widen search\": check the "
    "details with the caller, then press Space to include similar names and nearby dates. "
    "Alt+W widens from anywhere.\n\n"
    "Ctrl+N: new caller (clears the form and the results).  Ctrl+F or F2: back to the "
    "search form.  Ctrl+R: recently viewed.  Ctrl+L: lock.  Esc: back."
)

SEARCHING: Final = (QT_TRANSLATE_NOOP("SearchView", "Searching…"),
                    QT_TRANSLATE_NOOP("SearchView", "Still searching the directory. A search "
                                      "through millions of records can take a few seconds."))


class SearchView(QWidget):
    """The search screen. ``recordRequested(child_id)`` asks the shell to open a record."""

    recordRequested = Signal(str)
    title = QT_TRANSLATE_NOOP("SearchView", "Search for a child")
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *,
                 show_busy_after_ms: int = SHOW_AFTER_MS,
                 explain_busy_after_ms: int = EXPLAIN_AFTER_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Search for a child"))
        self.last_request: SearchRequest | None = None

        # The form scrolls in its share of the window (below), so the window's screen area
        # need not scroll this screen as a whole (cpdesk.ui.screen_stack).
        self.setProperty("fitsWindow", True)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Search for a child"), 1, self))
        self.form = SearchForm(self)
        self.form.searchRequested.connect(self._requested)
        self.form.newCallerRequested.connect(self.new_caller)
        self.form.range.toggled.connect(lambda _open: QTimer.singleShot(0, self._fit_form))
        outer.addWidget(self.form)
        self.busy = BusyIndicator(self, show_after_ms=show_busy_after_ms,
                                  explain_after_ms=explain_busy_after_ms)
        outer.addWidget(self.busy)
        self.results = SearchResults(self)
        self.results.openRequested.connect(self.recordRequested.emit)
        self.results.widenRequested.connect(self.widen)
        outer.addWidget(self.results, 1)
        self.operation = ViewOperation(self.busy, self._show_failure,
                                       lambda: self.results.say(self.tr("Search cancelled.")))

        QWidget.setTabOrder(self.form.clear_button, self.results.widen_button)
        QWidget.setTabOrder(self.results.widen_button, self.results.table)

    @property
    def tab_chain(self) -> list[QWidget]:
        """What Tab reaches on this screen now, in reading order."""
        widen = [self.results.widen_button] if self.results.widen_button.isVisible() else []
        return [*self.form.tab_chain, *widen, self.results.table]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_form)  # after the style sheet has sized the buttons

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_form()
        super().resizeEvent(event)

    def _fit_form(self) -> None:
        # The whole form when it fits in 60 % of the screen (no scrolling at normal text
        # sizes), else it scrolls so that the results keep room (200 % text).
        most = max(160, int(self.height() * 0.6))
        holder = self.form.form_area.widget()
        wanted = most
        if holder is not None:
            # Wrapped hints make the form taller at narrow widths: never squeeze it.
            area = self.form.form_area
            width = area.width() - area.verticalScrollBar().sizeHint().width()
            wanted = max(holder.sizeHint().height(), holder.heightForWidth(width)) + 8
            holder.setMinimumHeight(wanted)
        self.form.form_area.setMaximumHeight(most)
        self.form.form_area.setMinimumHeight(wanted if wanted <= most else 0)

    def ensure_visible(self, widget: QWidget) -> None:
        """Scroll the form, and the window's screen area, so that ``widget`` (a field or
        button of it) can be seen."""
        self.form.ensure_visible(widget)
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()

    def focus_form(self) -> None:
        if self.isVisibleTo(self.window()):
            self.form.focus_first()

    # -- searching ---------------------------------------------------------------------------

    def _requested(self, fuzzy: bool) -> None:
        self.widen() if fuzzy else self.search()

    @async_slot()
    async def search(self) -> None:
        await self.run(fuzzy=False)

    @async_slot()
    async def widen(self) -> None:
        await self.run(fuzzy=True)

    async def run(self, fuzzy: bool = False, request: SearchRequest | None = None) -> None:
        """Search for what the form says (or ``request``); results replace the table.

        The minimum-input rule is checked in the form first: nothing too vague is sent.
        """
        request = request or self.form.build_request(fuzzy)
        if request is None:
            return
        self.form.clear_errors()
        self.last_request = request
        searching = (self.tr(SEARCHING[0]), self.tr(SEARCHING[1]))
        response = await self.operation.run(lambda: self.session.search(request), searching)
        full_date = request.dob is not None and len(request.dob) == 10
        if response is not None and not self.results.show_response(
                response, widened=request.fuzzy, full_date=full_date):
            self.focus_form()

    def cancel(self) -> None:
        self.operation.cancel()

    def _show_failure(self, failure: Failure) -> None:
        self.results.clear()
        if failure.kind is ProblemType.SEARCH_INPUT and failure.missing:
            self.form.show_missing(failure.missing)
            self.results.say(self.tr("Add more details to search."))
            return
        self.results.say(failure.message)

    def open_selected(self) -> None:
        self.results.open_selected()

    def new_caller(self) -> None:
        """Ctrl+N: a new call starts from an empty form, with nothing of the last child."""
        self.clear(forget=True)
        self.focus_form()

    # -- locking -----------------------------------------------------------------------------

    def clear(self, *, forget: bool = False) -> None:
        """Drop every trace of a child from the screen: results, form, messages.

        ``forget`` also drops the remembered request (sign-out); otherwise it stays in
        memory only, so the search can run again after unlock.
        """
        self.operation.invalidate()
        self.results.clear()
        self.form.clear()
        if forget:
            self.last_request = None

    async def resume(self) -> None:
        """After unlock: the same search again, fetched afresh."""
        if self.last_request is not None:
            self.form.fill(self.last_request)
            await self.run(request=self.last_request)
