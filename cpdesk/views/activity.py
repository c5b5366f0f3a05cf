"""My activity: the user's own audit trail, as the service recorded it.

Users are told every access is audited; showing them their own trail (time, action, the
child IDs involved, the reason they gave) makes that visible and lets them spot a session
they do not recognise.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import ActivityEntry
from cpdesk.session import DeskSession, Failure
from cpdesk.views.labels import REASONS, action_text, local_time, word
from cpdesk.views.operation import ViewOperation
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.focus import focus_if_shown
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.rows_model import RowsModel
from cpdesk.widgets.rows_table import rows_table
from cpdesk.widgets.text import heading, hint

COLUMNS: Final = (QT_TRANSLATE_NOOP("ActivityModel", "Time"),
                  QT_TRANSLATE_NOOP("ActivityModel", "Action"),
                  QT_TRANSLATE_NOOP("ActivityModel", "Child IDs"),
                  QT_TRANSLATE_NOOP("ActivityModel", "Reason"))
HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "My activity\n\n"
    "Everything you have done in the directory, newest first, as the service recorded it: "
    "when, what, which children (by ID) and the reason you gave. If you see something you "
    "did not do, tell your ContactPoint manager straight away.\n\n"
    "The focus is on the list: use the arrow keys to move, and Enter on a row about one "
    "child to open that record (your reason for viewing is asked and recorded as usual).\n\n"
    "Ctrl+F: search.  Ctrl+R: recently viewed.  Ctrl+L: lock."
)


class ActivityModel(RowsModel):
    columns = COLUMNS

    @property
    def entries(self) -> list[ActivityEntry]:
        return self.rows

    def cell(self, entry: ActivityEntry, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return local_time(entry.at)
        if column == 1:
            return action_text(entry.action, entry.outcome)
        if column == 2:
            ids = entry.child_ids
            if len(ids) > 5:
                return self.tr("{ids} and {n} more").format(ids=", ".join(ids[:5]),
                                                             n=len(ids) - 5)
            return ", ".join(ids)
        return word(REASONS, entry.reason) if entry.reason else ""


class ActivityView(QWidget):
    """``openRequested(child_id)``: Enter on a row about one child."""

    openRequested = Signal(str)
    title = QT_TRANSLATE_NOOP("ActivityView", "My activity")
    help_text = HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(self.tr("My activity"))
        self.operation = ViewOperation(None, self._show_failure)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("My activity"), 1, self))
        layout.addWidget(hint(self.tr("Everything you have done in the directory, newest "
                                      "first, as the service recorded it."), self))
        row = QHBoxLayout()
        self.reload_button = QPushButton(self.tr("Refresh"), self)
        self.reload_button.setAccessibleName(self.tr("Refresh my activity"))
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        layout.addWidget(self.message)
        self.model = ActivityModel(self)
        self.table = rows_table(self.model, self.tr("My activity"), self)
        self.table.setAccessibleDescription(
            self.tr("Enter on a row about one child opens the record."))
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

    @async_slot()
    async def reload(self) -> None:
        await self.load()

    async def load(self) -> None:
        self.message.setText(self.tr("Loading your activity…"))
        response = await self.operation.run(self.session.activity)
        if response is not None:
            self.model.set_rows(response.entries)
            count = len(response.entries)
            self.message.setText(self.tr("1 entry.") if count == 1 else
                                 self.tr("{n} entries.").format(n=count))
            if count:
                focus_if_shown(self, self.table)
                first = self.model.index(0, 0)
                self.table.setCurrentIndex(first)
                self.table.selectionModel().select(
                    first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= len(self.model.entries):
            return
        ids = self.model.entries[index.row()].child_ids
        if len(ids) == 1:
            self.openRequested.emit(ids[0])
        elif ids:
            self.message.setText(self.tr("This entry is about more than one child. Search for "
                                         "the child to open their record."))

    def _show_failure(self, failure: Failure) -> None:
        self.message.setText(failure.message)

    def clear(self, *, forget: bool = False) -> None:
        """Child IDs are child data: the trail goes on lock, like everything else."""
        del forget
        self.operation.invalidate()
        self.model.clear()
        self.message.clear()

    async def resume(self) -> None:
        await self.load()
