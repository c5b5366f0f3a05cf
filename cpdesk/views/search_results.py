"""The search results: a summary line and a table. Arrows move, Enter opens.

After a search with results, focus moves to the table with the first row selected, so a
helpdesk worker can go on with the keyboard alone. Locking empties the model, not merely
the screen.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import SearchResponse, SearchResult
from cpdesk.views.la_names import la_text
from cpdesk.views.labels import GENDERS, born_text, match_text, word
from cpdesk.widgets.focus import focus_if_shown
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.rows_model import RowsModel
from cpdesk.widgets.rows_table import rows_table
from cpdesk.widgets.tags import TAGS_ROLE, TagDelegate, tag_text

COLUMNS: Final = (QT_TRANSLATE_NOOP("ResultsModel", "Name"),
                  QT_TRANSLATE_NOOP("ResultsModel", "Date of birth"),
                  QT_TRANSLATE_NOOP("ResultsModel", "Gender"),
                  QT_TRANSLATE_NOOP("ResultsModel", "Area"),
                  QT_TRANSLATE_NOOP("ResultsModel", "Local authority"),
                  QT_TRANSLATE_NOOP("ResultsModel", "Match"),
                  QT_TRANSLATE_NOOP("ResultsModel", "Tags"))
TAGS_COLUMN: Final = 6
MATCH_COLUMN: Final = 5


def count_text(count: int) -> str:
    """"5 children found", "1 child found": the count as a sentence."""
    if count == 1:
        return QCoreApplication.translate("SearchResults", "1 child found")
    return QCoreApplication.translate("SearchResults", "{n} children found").format(n=count)


class ResultsModel(RowsModel):
    """The children a search returned; emptied completely on lock."""

    columns = COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_date = True

    @property
    def results(self) -> list[SearchResult]:
        return self.rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By score (the Match column), name or date of birth; others by their text.

        Stable, so equal rows keep the service's order."""
        reverse = order == Qt.SortOrder.DescendingOrder

        def key(r: SearchResult) -> tuple[float, str, str]:
            if column == MATCH_COLUMN:
                return (r.score, "", "")
            if column == 0:
                return (0.0, r.surname.casefold(), r.forenames.casefold())
            if column == 1:
                return (0.0, r.dob, "")
            return (0.0, str(self.cell(r, column, Qt.ItemDataRole.DisplayRole)).casefold(), "")
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=reverse)
        self.layoutChanged.emit()

    @staticmethod
    def tags(result: SearchResult) -> list[str]:
        kinds = []
        if result.shielded:
            kinds.append("shielded")
        if result.possible_duplicate:
            kinds.append("duplicate")
        return kinds

    def cell(self, result: SearchResult, column: int, role: int) -> Any:
        if role == TAGS_ROLE and column == TAGS_COLUMN:
            return self.tags(result)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            name = f"{result.forenames} {result.surname}"
            others = [f"{n.forenames} {n.surname}" for n in result.identities]
            return self.tr("{name} (also known as {others})").format(
                name=name, others=", ".join(others)) if others else name
        if column == 1:
            return born_text(result.dob)
        if column == 2:
            return word(GENDERS, result.gender)
        if column == 3:
            if result.shielded and not result.postcode_district:
                return self.tr("Hidden")
            return result.postcode_district or self.tr("Not known")
        if column == 4:
            if result.la:
                return la_text(result.la)
            return self.tr("Hidden") if result.shielded else self.tr("Not known")
        if column == 5:
            return match_text(result.grade, dict(result.matched), full_date=self.full_date)
        return ", ".join(tag_text(kind) for kind in self.tags(result))


class SearchResults(QWidget):
    """The summary line and the table. ``openRequested(child_id)``: Enter on a row."""

    openRequested = Signal(str)
    widenRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The message, and (after "none" or "too many") the next step, focused.
        self.message_box = QFrame(self)
        self.message_box.setProperty("role", "result-message")
        box = QHBoxLayout(self.message_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self.message_box)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        self.message.setAccessibleName(self.tr("Search result summary"))
        box.addWidget(self.message, 1)
        self.widen_button = QPushButton(self.tr("Widen search"), self.message_box)
        self.widen_button.setAccessibleName(self.tr("Widen search"))
        self.widen_button.setAccessibleDescription(
            self.tr("Search again including similar names and nearby dates of birth (Alt+W)"))
        self.widen_button.setToolTip("Alt+W")
        self.widen_button.clicked.connect(self.widenRequested.emit)
        self.widen_button.hide()
        box.addWidget(self.widen_button)
        layout.addWidget(self.message_box)

        self.model = ResultsModel(self)
        self.table = rows_table(self.model, self.tr("Search results"), self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(4 * self.table.verticalHeader().defaultSectionSize())
        self.table.setItemDelegateForColumn(TAGS_COLUMN, TagDelegate(self.table))
        self.table.activated.connect(self._open)
        header = self.table.horizontalHeader()
        header.setSortIndicator(MATCH_COLUMN, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleDescription(
            self.tr("Sort by match, name or date of birth by choosing the column heading."))
        layout.addWidget(self.table, 1)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.widen_button.hide()

    def offer_widen(self) -> None:
        """The next step after "none" or "too many": Widen search, with the focus on it."""
        self.widen_button.show()
        focus_if_shown(self, self.widen_button)

    def show_response(self, response: SearchResponse, *, widened: bool,
                      full_date: bool = True) -> bool:
        """Show what the service returned; ``True`` when there are rows to choose from
        (focus is then on the first) or "Widen search" is offered (focus is on it),
        ``False`` when the user should go back to the form."""
        self.model.full_date = full_date
        header = self.table.horizontalHeader()
        header.setSortIndicator(MATCH_COLUMN, Qt.SortOrder.DescendingOrder)
        self.model.set_rows(response.results)
        self.model.sort(MATCH_COLUMN, Qt.SortOrder.DescendingOrder)
        count = len(response.results)
        if response.status == "too_many":
            self.say(response.hint or self.tr("Too many children match. Add more details."))
            if not widened:
                self.message.setText(self.tr(
                    "{hint} Or choose \"Widen search\" to include similar names and dates.").format(
                        hint=self.message.text()))
                self.offer_widen()
                return True
            return False
        if response.status == "none" or count == 0:
            hint = response.hint or self.tr("No child matches these details.")
            if not widened:
                hint = self.tr("{hint} Check the details with the caller. To include similar "
                               "names and dates, choose \"Widen search\".").format(hint=hint)
            self.say(hint)
            if not widened:
                self.offer_widen()
                return True
            return False
        found = (self.tr("{found} (widened search)").format(found=count_text(count)) if widened
                 else count_text(count))
        self.say(self.tr("{found}. Use the arrow keys to choose, then press Enter to open the "
                         "record.").format(found=found))
        focus_if_shown(self, self.table)
        first = self.model.index(0, 0)
        self.table.setCurrentIndex(first)
        self.table.selectionModel().select(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.results):
            self.openRequested.emit(self.model.results[index.row()].id)

    def open_selected(self) -> None:
        self._open(self.table.currentIndex())

    def clear(self) -> None:
        """Every child off the screen and out of the model."""
        self.model.clear()
        self.message.clear()
        self.widen_button.hide()
