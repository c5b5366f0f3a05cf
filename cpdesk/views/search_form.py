"""The search form: the fields, the error summary, and the minimum-input rule before any
round trip.

Enter in any field asks for a search; the form turns what was typed into a
:class:`~cpdesk.contract.SearchRequest`, or shows what to fix. What a search lacks comes from
the contract's own :meth:`SearchRequest.what_to_add` (the service runs the same function),
as :class:`~cpdesk.contract.MissingInput` values mapped to the form's fields here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, Final

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import MissingInput, SearchRequest
from cpdesk.widgets.choice import InlineRadios
from cpdesk.widgets.date_input import DateInput, DateProblem
from cpdesk.widgets.details import Details
from cpdesk.widgets.error_summary import ErrorSummary
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import field_block, set_field_error

# What a search lacks, as the user should read it (in English: the form translates it), and
# the field that takes it.
MISSING: Final[dict[MissingInput, tuple[str, str]]] = {
    MissingInput.SURNAME: ("surname", QT_TRANSLATE_NOOP("SearchForm", "Enter a surname")),
    MissingInput.FORENAMES: ("forenames", QT_TRANSLATE_NOOP("SearchForm", "Enter forenames")),
    MissingInput.DOB: ("dob", QT_TRANSLATE_NOOP(
        "SearchForm", "Enter a date of birth (the year alone is enough)")),
    MissingInput.DOB_FULL: ("dob", QT_TRANSLATE_NOOP("SearchForm", "Enter a full date of birth")),
    MissingInput.DOB_RANGE: ("dob_from", QT_TRANSLATE_NOOP("SearchForm",
                                                           "Enter a range of birth dates")),
    MissingInput.GENDER: ("gender", QT_TRANSLATE_NOOP("SearchForm", "Choose a gender")),
    MissingInput.POSTCODE: ("postcode", QT_TRANSLATE_NOOP("SearchForm", "Enter a postcode")),
    MissingInput.ID: ("id", QT_TRANSLATE_NOOP("SearchForm", "Enter an ID")),
}
# A name typed but of nothing a search can compare (punctuation only, say).
NO_LETTERS: Final[dict[str, str]] = {
    "surname": QT_TRANSLATE_NOOP("SearchForm", "Enter a surname with letters in it"),
    "forenames": QT_TRANSLATE_NOOP("SearchForm", "Enter forenames with letters in them (at "
                                   "least 2 before *)"),
    "postcode": QT_TRANSLATE_NOOP("SearchForm", "Enter a postcode with letters and numbers in "
                                  "it"),
}
EMPTY: Final = QT_TRANSLATE_NOOP("SearchForm", "Enter a surname and a date of birth, or an ID")
INVALID: Final[dict[str, str]] = {
    "surname": QT_TRANSLATE_NOOP("SearchForm", "Surname must be 100 characters or fewer, "
                                 "without special characters"),
    "forenames": QT_TRANSLATE_NOOP("SearchForm", "Forenames can end with * only after at least "
                                   "2 letters"),
    "postcode": QT_TRANSLATE_NOOP("SearchForm", "Enter a real postcode, like LS6 2QE or LS6"),
    "id": QT_TRANSLATE_NOOP("SearchForm", "An ID has only letters, numbers and hyphens"),
    "dob_to": QT_TRANSLATE_NOOP("SearchForm", "Check the range of birth dates"),
    "dob_from": QT_TRANSLATE_NOOP("SearchForm", "Check the range of birth dates"),
}


class _Fields(QWidget):
    """The grid of fields; Enter anywhere in it submits."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SearchForm(QWidget):
    """Fields, buttons and error summary. ``searchRequested(fuzzy)`` asks for a search."""

    searchRequested = Signal(bool)
    newCallerRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
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
        self.fields_widget = _Fields(holder)
        self.fields_widget.submitted.connect(lambda: self.searchRequested.emit(False))
        grid = QGridLayout(self.fields_widget)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.setHorizontalSpacing(24)
        parent_ = self.fields_widget
        self.surname = QLineEdit(parent_)
        self.forenames = QLineEdit(parent_)
        self.dob = DateInput(self.tr("Date of birth"), parent_)
        self.gender = InlineRadios(self.tr("Gender"), ((self.tr("Any"), None),
                                                       (self.tr("Female"), "female"),
                                                       (self.tr("Male"), "male"),
                                                       (self.tr("Not known"), "unknown")),
                                   parent_)
        self.postcode = QLineEdit(parent_)
        self.postcode.setMaxLength(10)
        self.child_id = QLineEdit(parent_)
        self.child_id.setMaxLength(40)
        # The range of birth dates is for the rarer search: inside a Details.
        self.range = Details(self.tr("Search by a range of birth dates"), holder)
        self.range.body_layout.setContentsMargins(16, 0, 0, 0)
        range_fields = _Fields(self.range.body)
        range_fields.submitted.connect(lambda: self.searchRequested.emit(False))
        range_row = QHBoxLayout(range_fields)
        range_row.setContentsMargins(0, 0, 0, 0)
        range_row.setSpacing(24)
        self.dob_from = DateInput(self.tr("From"), range_fields, partial=False)
        self.dob_to = DateInput(self.tr("To"), range_fields, partial=False)

        blocks: dict[str, tuple[QWidget, QLabel]] = {
            "surname": field_block(self.tr("&Surname"), self.surname, None, parent_),
            "dob": field_block(self.tr("Date of &birth"), self.dob,
                               self.tr("For example, 27 3 2014. The year alone is enough."),
                               parent_),
            "forenames": field_block(self.tr("&Forenames"), self.forenames,
                                     self.tr("End with * to match the start of a name"), parent_),
            "gender": field_block(self.tr("Gender"), self.gender, None, parent_),
            "postcode": field_block(self.tr("&Postcode"), self.postcode,
                                    self.tr("Full or first half, for example LS6 2QE or LS6"),
                                    parent_),
            "id": field_block(self.tr("I&D"), self.child_id,
                              self.tr("For example, CP 044 967 6956"), parent_),
            "dob_from": field_block(self.tr("From"), self.dob_from,
                                    self.tr("Born on or after, for example 1 1 2014"),
                                    range_fields),
            "dob_to": field_block(self.tr("To"), self.dob_to,
                                  self.tr("Born on or before, for example 31 12 2015"),
                                  range_fields),
        }
        self.errors = {key: label for key, (_block, label) in blocks.items()}
        self.fields: dict[str, QWidget] = {
            "surname": self.surname, "forenames": self.forenames, "dob": self.dob,
            "dob_from": self.dob_from, "dob_to": self.dob_to, "gender": self.gender,
            "postcode": self.postcode, "id": self.child_id,
        }
        # The common case first: Surname, Date of birth, Forenames; then Gender and
        # Postcode; the ID on a line of its own.
        top = Qt.AlignmentFlag.AlignTop
        for key, row, column in (("surname", 0, 0), ("dob", 0, 1), ("forenames", 0, 2),
                                 ("gender", 1, 0), ("postcode", 1, 1), ("id", 2, 0)):
            grid.addWidget(blocks[key][0], row, column, top)
        grid.setColumnStretch(3, 1)
        range_row.addWidget(blocks["dob_from"][0], 0, top)
        range_row.addWidget(blocks["dob_to"][0], 0, top)
        range_row.addStretch(1)
        self.range.body_layout.addWidget(range_fields)
        holder_layout.addWidget(self.fields_widget)
        holder_layout.addWidget(self.range)

        buttons = QHBoxLayout()
        self.search_button = QPushButton(self.tr("Search"), holder)
        self.search_button.setProperty("role", "primary")
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.clicked.connect(lambda: self.searchRequested.emit(False))
        self.widen_button = QPushButton(self.tr("Widen search"), holder)
        self.widen_button.setAccessibleName(self.tr("Widen search"))
        self.widen_button.setAccessibleDescription(
            self.tr("Search again including similar names and nearby dates of birth (Alt+W)"))
        self.widen_button.setToolTip("Alt+W")
        self.widen_button.clicked.connect(lambda: self.searchRequested.emit(True))
        self.clear_button = QPushButton(self.tr("New caller"), holder)
        self.clear_button.setAccessibleName(
            self.tr("New caller: clear the form and the results"))
        self.clear_button.setToolTip("Ctrl+N")
        self.clear_button.clicked.connect(self.newCallerRequested.emit)
        for button in (self.search_button, self.widen_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        holder_layout.addLayout(buttons)
        self.form_area.setWidget(holder)
        holder.setAutoFillBackground(False)  # the content area's white shows through
        outer.addWidget(self.form_area)
        self.range.toggled.connect(lambda _open: self._order_tabs())
        self._order_tabs()

    @property
    def tab_chain(self) -> list[QWidget]:
        """What Tab reaches now, in reading order: across each row of the form, the range
        (when open), then the buttons (the grid alone would give creation order)."""
        chain: list[QWidget] = [self.surname, *self.dob.parts, self.forenames,
                                self.gender.checked(), self.postcode, self.child_id,
                                self.range.button]
        if self.range.is_open:
            chain += [*self.dob_from.parts, *self.dob_to.parts]
        return [*chain, self.search_button, self.widen_button, self.clear_button]

    def _order_tabs(self) -> None:
        chain = [self.surname, *self.dob.parts, self.forenames, *self.gender.radios,
                 self.postcode, self.child_id, self.range.button, *self.dob_from.parts,
                 *self.dob_to.parts, self.search_button, self.widen_button, self.clear_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def ensure_visible(self, widget: QWidget) -> None:
        """Scroll the form so that ``widget`` (a field or button of it) can be seen."""
        holder = self.form_area.widget()
        if holder is not None and holder.isAncestorOf(widget):
            self.form_area.ensureWidgetVisible(widget)

    def focus_first(self) -> None:
        self.surname.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.surname.selectAll()

    # -- errors -------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for key, label in self.errors.items():
            set_field_error(self.fields[key], label, None)
        self.summary.clear()

    def mark(self, key: str, message: str) -> None:
        if key in ("dob_from", "dob_to"):
            self.range.set_open(True)
        set_field_error(self.fields[key], self.errors[key], message)

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """Mark each (field, message) and list them in the summary, each leading to its field."""
        items: list[tuple[str, QWidget | None]] = []
        for key, message in problems:
            self.mark(key, message)
            items.append((message, self.fields[key]))
        self.summary.show_problems(items)

    def show_missing(self, missing: Sequence[MissingInput]) -> None:
        """What a search lacks (the contract's names), on the fields that take it."""
        problems: list[tuple[str, str]] = []
        for item in missing:
            key, message = MISSING[item]
            if key in NO_LETTERS and self._typed(key):
                message = NO_LETTERS[key]
            message = self.tr(message)
            if all(key != k for k, _ in problems):
                problems.append((key, message))
        self.show_problems(problems)

    def _typed(self, key: str) -> bool:
        field = self.fields[key]
        return isinstance(field, QLineEdit) and bool(field.text().strip())

    # -- the request --------------------------------------------------------------------------

    def build_request(self, fuzzy: bool = False) -> SearchRequest | None:
        """The request the form describes, or ``None`` after showing what to fix.

        Nothing goes to the service unless the contract's minimum-input rule is met.
        """
        self.clear_errors()
        dates: dict[str, str | None] = {}
        wrong_dates: list[tuple[str, QWidget | None]] = []
        for key in ("dob", "dob_from", "dob_to"):
            date_input: DateInput = self.fields[key]  # type: ignore[assignment]
            try:
                dates[key] = date_input.value()
            except DateProblem as problem:
                self.mark(key, problem.message)
                wrong_dates.append((problem.message, problem.field))  # leads to the part
        if wrong_dates:
            self.summary.show_problems(wrong_dates)
            return None

        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        values: dict[str, Any] = {
            "surname": text(self.surname), "forenames": text(self.forenames),
            "dob": dates["dob"], "dob_from": dates["dob_from"], "dob_to": dates["dob_to"],
            "gender": self.gender.value(), "postcode": text(self.postcode),
            "id": text(self.child_id),
        }
        if not any(values.values()):
            self.mark("surname", self.tr("Enter a surname"))
            self.summary.show_problems([(self.tr(EMPTY), self.surname)])
            return None
        problems: list[tuple[str, str]] = []
        try:
            request = SearchRequest(**{k: v for k, v in values.items() if v is not None},
                                    fuzzy=fuzzy)
        except ValidationError as exc:
            for error in exc.errors(include_input=False, include_url=False):
                key = str(error["loc"][0]) if error["loc"] else "surname"
                message = self.tr(INVALID.get(key, QT_TRANSLATE_NOOP("SearchForm",
                                                                     "Check this detail")))
                if key in self.fields and all(m != message for _, m in problems):
                    problems.append((key, message))
            self.show_problems(problems or [("surname", self.tr("Check the details"))])
            return None
        missing = request.what_to_add()
        if missing:
            self.show_missing(missing)
            return None
        return request

    def fill(self, request: SearchRequest) -> None:
        """Put a request back into the form (after unlock)."""
        self.surname.setText(request.surname or "")
        self.forenames.setText(request.forenames or "")
        self.dob.set_value(request.dob)
        self.dob_from.set_value(request.dob_from)
        self.dob_to.set_value(request.dob_to)
        self.gender.set_value(request.gender)
        if request.dob_from or request.dob_to:
            self.range.set_open(True)
        self.postcode.setText(request.postcode or "")
        self.child_id.setText(request.id or "")

    def clear(self) -> None:
        """Empty every field and error (on lock, and by the button)."""
        for edit in (self.surname, self.forenames, self.postcode, self.child_id):
            edit.clear()
        for dates in (self.dob, self.dob_from, self.dob_to):
            dates.clear()
        self.gender.clear()
        self.range.set_open(False)
        self.clear_errors()

    def clear_and_focus(self) -> None:
        self.clear()
        self.focus_first()
