"""Recently viewed: the records the user opened since signing in, newest first.

Which records and when come from the encrypted cache's own activity (child IDs and times,
nothing else of a child). The names on screen are fetched live from the service
(``POST /v1/me/recent``, which answers only for children in the user's own trail of the last
12 hours and audits the look-up) and are never stored. Enter on a row opens the record, with
the session's reason as usual.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import SearchResult
from cpdesk.session import DeskSession, Failure
from cpdesk.views.la_names import la_text
from cpdesk.views.labels import GENDERS, born_text, local_time, spoken_id, word
from cpdesk.views.operation import ViewOperation
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.focus import focus_if_shown
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.rows_model import RowsModel
from cpdesk.widgets.rows_table import rows_table
from cpdesk.widgets.text import heading, hint

COLUMNS: Final = (QT_TRANSLATE_NOOP("RecentModel", "Viewed"),
                  QT_TRANSLATE_NOOP("RecentModel", "Name"),
                  QT_TRANSLATE_NOOP("RecentModel", "Date of birth"),
                  QT_TRANSLATE_NOOP("RecentModel", "Gender"),
                  QT_TRANSLATE_NOOP("RecentModel", "ID"),
                  QT_TRANSLATE_NOOP("RecentModel", "Local authority"))
NONE_YET: Final = QT_TRANSLATE_NOOP("RecentView", "You have not opened any records since you "
                                    "signed in.")
HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Recently viewed\n\n"
    "The records you have opened since you signed in, newest first. Use the arrow keys to "
    "choose one and Enter to open it again (your reason for viewing is recorded as usual).\n\n"
    "cpdesk keeps only the IDs and times on this computer, encrypted; the names are fetched "
    "from the directory each time you open this list, and that is recorded too.\n\n"
    "Ctrl+R: this list.  Ctrl+F: search.  Ctrl+N: new caller.  Ctrl+L: lock."
)

Line = tuple[SearchResult, dt.datetime]


class RecentModel(RowsModel):
    columns = COLUMNS

    @property
    def lines(self) -> list[Line]:
        return self.rows

    def cell(self, line: Line, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        result, viewed = line
        if column == 0:
            return local_time(viewed)
        if column == 1:
            return f"{result.forenames} {result.surname}"
        if column == 2:
            return born_text(result.dob)
        if column == 3:
            return word(GENDERS, result.gender)
        if column == 4:
            return spoken_id(result.id)
        if result.la:
            return la_text(result.la)
        return self.tr("Hidden") if result.shielded else self.tr("Not known")


class RecentView(QWidget):
    """``openRequested(child_id)``: Enter on a row."""

    openRequested = Signal(str)
    title = QT_TRANSLATE_NOOP("RecentView", "Recently viewed")
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("Recently viewed"))
        self.operation = ViewOperation(None, self._show_failure)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Recently viewed"), 1, self))
        layout.addWidget(hint(self.tr("The records you have opened since you signed in, "
                                      "newest first. Enter opens the record again."), self))
        row = QHBoxLayout()
        self.reload_button = QPushButton(self.tr("Refresh"), self)
        self.reload_button.setAccessibleName(self.tr("Refresh the recently viewed list"))
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        self.message.setAccessibleName(self.tr("Recently viewed summary"))
        layout.addWidget(self.message)
        self.model = RecentModel(self)
        self.table = rows_table(self.model, self.tr("Recently viewed records"), self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

    @async_slot()
    async def reload(self) -> None:
        await self.load()

    async def load(self) -> None:
        self.message.setText(self.tr("Loading the records you have viewed…"))
        viewed = await self.operation.run(self.session.recently_viewed)
        if viewed is None:
            return
        if not viewed:
            self.model.clear()
            self.message.setText(self.tr(NONE_YET))
            return
        response = await self.operation.run(
            lambda: self.session.recent([child_id for child_id, _ in viewed]))
        if response is None:
            return
        by_id = {item.id: item for item in response.items}
        lines = [(by_id[child_id], at) for child_id, at in viewed if child_id in by_id]
        self.model.set_rows(lines)
        count = len(lines)
        text = (self.tr("1 record viewed since you signed in.") if count == 1 else
                self.tr("{n} records viewed since you signed in.").format(n=count))
        if count < len(viewed):
            text = self.tr("{viewed} Records the directory no longer shows you are left "
                           "out.").format(viewed=text)
        self.message.setText(text)
        if lines:
            focus_if_shown(self, self.table)
            first = self.model.index(0, 0)
            self.table.setCurrentIndex(first)
            self.table.selectionModel().select(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.lines):
            self.openRequested.emit(self.model.lines[index.row()][0].id)

    def _show_failure(self, failure: Failure) -> None:
        self.message.setText(failure.message)

    def clear(self, *, forget: bool = False) -> None:
        """Names are child data: the list goes on lock, like everything else."""
        del forget
        self.operation.invalidate()
        self.model.clear()
        self.message.clear()

    async def resume(self) -> None:
        await self.load()
