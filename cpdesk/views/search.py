"""Search for a child: one form, Enter searches from any field, results as a table.

Keyboard-first for a helpdesk worker with a caller on the line: Enter searches from any
field, focus moves to the results with the first row selected, arrows move, Enter opens.
"Widen search" (similar names and dates) is a deliberate second step, never the default.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any, Final

from pydantic import ValidationError
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import ProblemType, SearchRequest, SearchResponse, SearchResult
from cpdesk.session import DeskSession, user_message
from cpdesk.views.labels import GENDERS, long_date, match_text
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.busy import EXPLAIN_AFTER_MS, SHOW_AFTER_MS, BusyIndicator
from cpdesk.widgets.date_input import DateInput, DateProblem
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.rows_model import RowsModel
from cpdesk.widgets.tags import TAGS_ROLE, TagDelegate, tag_text
from cpdesk.widgets.text import field_block, heading, set_field_error

HELP: Final = (
    "Search for a child\n\n"
    "Give a surname and a date of birth (the year alone is enough), or an ID. Other "
    "combinations that work: surname, forenames and a range of birth dates; surname, gender "
    "and postcode; forenames, full date of birth, gender and postcode.\n\n"
    "Press Enter in any field to search. The first result is selected: use the arrow keys to "
    "move and Enter to open a record. End a forename with * to match the start of a name.\n\n"
    "If the child is not found, check the details with the caller, then choose "
    "\"Widen search\" to include similar names and nearby dates.\n\n"
    "Ctrl+F or F2: back to the search form.  Ctrl+L: lock.  Esc: back."
)

COLUMNS: Final = ("Name", "Date of birth", "Gender", "Area", "Match", "Tags")

# The service's names for missing inputs (problem.missing), as the user should read them.
MISSING: Final[dict[str, str]] = {
    "surname": "Enter a surname",
    "forenames": "Enter forenames",
    "dob": "Enter a date of birth (the year alone is enough)",
    "dob (full date)": "Enter a full date of birth",
    "dob_from or dob_to": "Enter a range of birth dates",
    "gender": "Choose a gender",
    "postcode": "Enter a postcode",
    "id": "Enter an ID",
}


class ResultsModel(RowsModel):
    """The children a search returned; emptied completely on lock."""

    columns = COLUMNS

    @property
    def results(self) -> list[SearchResult]:
        return self.rows

    @staticmethod
    def tags(result: SearchResult) -> list[str]:
        kinds = []
        if result.shielded:
            kinds.append("shielded")
        if result.possible_duplicate:
            kinds.append("duplicate")
        return kinds

    def cell(self, result: SearchResult, column: int, role: int) -> Any:
        if role == TAGS_ROLE and column == 5:
            return self.tags(result)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            name = f"{result.forenames} {result.surname}"
            others = [f"{n.forenames} {n.surname}" for n in result.identities]
            return f"{name} (also known as {', '.join(others)})" if others else name
        if column == 1:
            return long_date(result.dob)
        if column == 2:
            return GENDERS.get(result.gender, result.gender)
        if column == 3:
            if result.shielded and not result.postcode_district:
                return "Hidden"
            return result.postcode_district or "Not known"
        if column == 4:
            return match_text(result.grade, dict(result.matched))
        return ", ".join(tag_text(kind) for kind in self.tags(result))


class _Form(QWidget):
    """The search form; Enter anywhere in it searches."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchView(QWidget):
    """The search screen. ``recordRequested(child_id)`` asks the shell to open a record."""

    recordRequested = Signal(str)
    title = "Search for a child"
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *,
                 show_busy_after_ms: int = SHOW_AFTER_MS,
                 explain_busy_after_ms: int = EXPLAIN_AFTER_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName("Search for a child")
        self.last_request: SearchRequest | None = None
        self._task: asyncio.Task[None] | None = None
        self._generation = 0

        outer = QVBoxLayout(self)
        outer.addWidget(heading("Search for a child", 1, self))
        self.summary = ErrorSummary(self)
        outer.addWidget(self.summary)

        # The form scrolls when large text makes it taller than its share of the screen, so
        # the results keep room for a few rows even at 200 % text on a 1366×768 display.
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.form_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        holder = QWidget(self.form_area)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.form = _Form(holder)
        self.form.submitted.connect(self.search)
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.surname = QLineEdit(self.form)
        self.forenames = QLineEdit(self.form)
        self.dob = DateInput("Date of birth", self.form)
        self.dob_from = DateInput("Born on or after", self.form, partial=False)
        self.dob_to = DateInput("Born on or before", self.form, partial=False)
        self.gender = QComboBox(self.form)
        for text, value in (("Any", None), ("Female", "female"), ("Male", "male"),
                            ("Not known", "unknown")):
            self.gender.addItem(text, value)
        self.postcode = QLineEdit(self.form)
        self.postcode.setMaxLength(10)
        self.child_id = QLineEdit(self.form)
        self.child_id.setMaxLength(40)

        blocks: dict[str, tuple[QWidget, QLabel]] = {
            "surname": field_block("&Surname", self.surname, None, self.form),
            "forenames": field_block("&Forenames", self.forenames,
                                     "End with * to match the start of a name", self.form),
            "dob": field_block("Date of &birth", self.dob,
                               "For example, 27 3 2014. The year alone is enough.", self.form),
            "dob_from": field_block("Or born between", self.dob_from,
                                    "From, for example 1 1 2014", self.form),
            "dob_to": field_block("And", self.dob_to, "To, for example 31 12 2015",
                                  self.form),
            "gender": field_block("&Gender", self.gender, None, self.form),
            "postcode": field_block("&Postcode", self.postcode, "Full or first half, "
                                    "for example LS6 2QE or LS6", self.form),
            "id": field_block("I&D", self.child_id, "The child's ContactPoint ID", self.form),
        }
        self._errors = {key: label for key, (_block, label) in blocks.items()}
        self._fields: dict[str, QWidget] = {
            "surname": self.surname, "forenames": self.forenames, "dob": self.dob,
            "dob_from": self.dob_from, "dob_to": self.dob_to, "gender": self.gender,
            "postcode": self.postcode, "id": self.child_id,
        }
        # Reading order: left to right, top to bottom; labels line up along each row.
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(blocks["surname"][0], 0, 0, top)
        grid.addWidget(blocks["forenames"][0], 0, 1, top)
        grid.addWidget(blocks["id"][0], 0, 2, top)
        grid.addWidget(blocks["dob"][0], 1, 0, top)
        grid.addWidget(blocks["dob_from"][0], 1, 1, top)
        grid.addWidget(blocks["dob_to"][0], 1, 2, top)
        grid.addWidget(blocks["gender"][0], 2, 0, top)
        grid.addWidget(blocks["postcode"][0], 2, 1, top)
        grid.setColumnStretch(3, 1)
        holder_layout.addWidget(self.form)

        buttons = QHBoxLayout()
        self.search_button = QPushButton("Search", holder)
        self.search_button.setProperty("role", "primary")
        self.search_button.setAccessibleName("Search")
        self.search_button.clicked.connect(self.search)
        self.widen_button = QPushButton("Widen search", holder)
        self.widen_button.setAccessibleName("Widen search")
        self.widen_button.setAccessibleDescription(
            "Search again including similar names and nearby dates of birth")
        self.widen_button.clicked.connect(self.widen)
        self.clear_button = QPushButton("Clear the form", holder)
        self.clear_button.setAccessibleName("Clear the form")
        self.clear_button.clicked.connect(self.clear_form)
        for button in (self.search_button, self.widen_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        holder_layout.addLayout(buttons)
        self.form_area.setWidget(holder)
        outer.addWidget(self.form_area)

        self.busy = BusyIndicator(self, show_after_ms=show_busy_after_ms,
                                  explain_after_ms=explain_busy_after_ms)
        self.busy.cancelled.connect(self.cancel)
        outer.addWidget(self.busy)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        self.message.setAccessibleName("Search result summary")
        outer.addWidget(self.message)

        self.model = ResultsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Search results")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setMinimumHeight(4 * (self.table.fontMetrics().height() + 12))
        self.table.setItemDelegateForColumn(5, TagDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open)
        outer.addWidget(self.table, 1)

        # Tab follows reading order: across each row of the form, then the buttons, then the
        # results (the grid alone would give creation order).
        chain: list[QWidget] = [self.surname, self.forenames, self.child_id,
                                *self.dob.parts, *self.dob_from.parts, *self.dob_to.parts,
                                self.gender, self.postcode, self.search_button,
                                self.widen_button, self.clear_button, self.table]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.tab_chain = chain

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.form_area.setMaximumHeight(max(160, int(self.height() * 0.6)))
        super().resizeEvent(event)

    def ensure_visible(self, widget: QWidget) -> None:
        """Scroll the form so that ``widget`` (a field or button of it) can be seen."""
        holder = self.form_area.widget()
        if holder is not None and holder.isAncestorOf(widget):
            self.form_area.ensureWidgetVisible(widget)

    # -- the form ----------------------------------------------------------------------------

    def focus_form(self) -> None:
        self.surname.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.surname.selectAll()

    def _clear_field_errors(self) -> None:
        for key, label in self._errors.items():
            set_field_error(self._field_widget(key), label, None)

    def _field_widget(self, key: str) -> QWidget:
        return self._fields[key]

    def _mark(self, key: str, message: str) -> None:
        set_field_error(self._field_widget(key), self._errors[key], message)

    def build_request(self, fuzzy: bool = False) -> SearchRequest | None:
        """The request the form describes, or ``None`` after showing what to fix."""
        self._clear_field_errors()
        problems: list[tuple[str, QWidget | None]] = []
        dates: dict[str, str | None] = {}
        for key in ("dob", "dob_from", "dob_to"):
            date_input: DateInput = self._fields[key]  # type: ignore[assignment]
            try:
                dates[key] = date_input.value()
            except DateProblem as problem:
                self._mark(key, problem.message)
                problems.append((problem.message, problem.field))
        if problems:
            self.summary.show_problems(problems)
            return None

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        values: dict[str, Any] = {
            "surname": text(self.surname), "forenames": text(self.forenames),
            "dob": dates["dob"], "dob_from": dates["dob_from"], "dob_to": dates["dob_to"],
            "gender": self.gender.currentData(), "postcode": text(self.postcode),
            "id": text(self.child_id), "fuzzy": fuzzy,
        }
        if not any(v for k, v in values.items() if k != "fuzzy"):
            self.summary.show_problems([("Enter a surname and a date of birth, or an ID",
                                         self.surname)])
            self._mark("surname", "Enter a surname")
            return None
        try:
            return SearchRequest(**{k: v for k, v in values.items() if v is not None})
        except ValidationError as exc:
            for error in exc.errors(include_input=False, include_url=False):
                key = str(error["loc"][0]) if error["loc"] else "surname"
                message = self._invalid_message(key)
                if key in self._fields and message not in [m for m, _ in problems]:
                    self._mark(key, message)
                    problems.append((message, self._fields[key]))
            self.summary.show_problems(problems or [("Check the details", self.surname)])
            return None

    @staticmethod
    def _invalid_message(key: str) -> str:
        return {
            "surname": "Surname must be 100 characters or fewer, without special characters",
            "forenames": "Forenames can end with * only after at least 2 letters",
            "postcode": "Enter a real postcode, like LS6 2QE or LS6",
            "id": "An ID has only letters, numbers and hyphens",
            "dob_to": "Check the range of birth dates",
            "dob_from": "Check the range of birth dates",
        }.get(key, "Check this detail")

    def fill(self, request: SearchRequest) -> None:
        """Put a request back into the form (after unlock)."""
        self.surname.setText(request.surname or "")
        self.forenames.setText(request.forenames or "")
        self.dob.set_value(request.dob)
        self.dob_from.set_value(request.dob_from)
        self.dob_to.set_value(request.dob_to)
        self.gender.setCurrentIndex(max(0, self.gender.findData(request.gender)))
        self.postcode.setText(request.postcode or "")
        self.child_id.setText(request.id or "")

    def clear_form(self) -> None:
        for edit in (self.surname, self.forenames, self.postcode, self.child_id):
            edit.clear()
        for dates in (self.dob, self.dob_from, self.dob_to):
            dates.clear()
        self.gender.setCurrentIndex(0)
        self._clear_field_errors()
        self.summary.clear()
        self.focus_form()

    # -- searching ---------------------------------------------------------------------------

    @async_slot()
    async def search(self) -> None:
        await self.run(fuzzy=False)

    @async_slot()
    async def widen(self) -> None:
        await self.run(fuzzy=True)

    async def run(self, fuzzy: bool = False, request: SearchRequest | None = None) -> None:
        """Search for what the form says (or ``request``); results replace the table."""
        request = request or self.build_request(fuzzy)
        if request is None:
            return
        self.summary.clear()
        self.cancel()
        self.last_request = request
        generation = self._generation
        self._task = asyncio.current_task()
        self.busy.start("Searching…", "Still searching the directory. A search through "
                        "millions of records can take a few seconds.")
        try:
            response = await self.session.search(request)
        except asyncio.CancelledError:
            if generation == self._generation:
                self.message.setText("Search cancelled.")
            raise
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                raise
            if generation == self._generation:
                self._show_failure(exc, message)
            return
        finally:
            if generation == self._generation:
                self.busy.stop()
                self._task = None
        if generation == self._generation:  # not cleared (locked) meanwhile
            self._show(response)

    def cancel(self) -> None:
        task, self._task = self._task, None
        if task is not None and task is not asyncio.current_task() and not task.done():
            task.cancel()
        self.busy.stop()

    def _show_failure(self, exc: BaseException, message: str) -> None:
        self.model.clear()
        problem = getattr(exc, "problem", None)
        if getattr(exc, "kind", None) is ProblemType.SEARCH_INPUT:
            missing = list(problem.missing or []) if problem is not None else []
            items: list[tuple[str, QWidget | None]] = []
            for name in missing:
                key = name.split(" ")[0]
                text = MISSING.get(name, f"Enter {name}")
                if key in self._fields:
                    self._mark(key, text)
                items.append((text, self._fields.get(key)))
            self.summary.show_problems(items or [(message, self.surname)])
            self.message.setText(message if not items else "Add more details to search.")
            return
        self.message.setText(message)

    def _show(self, response: SearchResponse) -> None:
        self.model.set_rows(response.results)
        count = len(response.results)
        if response.status == "too_many":
            self.message.setText(response.hint or "Too many children match. Add more details.")
            self.focus_form()
            return
        if response.status == "none" or count == 0:
            hint = response.hint or "No child matches these details."
            if self.last_request is not None and not self.last_request.fuzzy:
                hint += " To include similar names and dates, choose \"Widen search\"."
            self.message.setText(hint)
            self.focus_form()
            return
        widened = " (widened search)" if self.last_request and self.last_request.fuzzy else ""
        self.message.setText(
            f"{count} {'child' if count == 1 else 'children'} found{widened}. "
            "Use the arrow keys to choose, then press Enter to open the record.")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        first = self.model.index(0, 0)
        self.table.setCurrentIndex(first)
        self.table.selectionModel().select(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.results):
            self.recordRequested.emit(self.model.results[index.row()].id)

    def open_selected(self) -> None:
        self._open(self.table.currentIndex())

    # -- locking -----------------------------------------------------------------------------

    def clear(self, *, forget: bool = False) -> None:
        """Drop every trace of a child from the screen: results, form, messages.

        ``forget`` also drops the remembered request (sign-out); otherwise it stays in
        memory only, so the search can run again after unlock.
        """
        self._generation += 1
        self.cancel()
        self.model.clear()
        for edit in (self.surname, self.forenames, self.postcode, self.child_id):
            edit.clear()
        for dates in (self.dob, self.dob_from, self.dob_to):
            dates.clear()
        self.gender.setCurrentIndex(0)
        self._clear_field_errors()
        self.summary.clear()
        self.message.clear()
        if forget:
            self.last_request = None

    async def resume(self) -> None:
        """After unlock: the same search again, fetched afresh."""
        if self.last_request is not None:
            self.fill(self.last_request)
            await self.run(request=self.last_request)
