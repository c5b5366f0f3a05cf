"""A read-only table of rows: whole rows selected, no editing, Tab leaves the table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class _FocusMark(QObject):
    """Marks the table ``focused`` while it has the focus, so the style sheet paints its
    selected row in the GOV.UK focus yellow (and blue when the focus is elsewhere)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(
                watched, QTableView):
            watched.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            watched.style().unpolish(watched)
            watched.style().polish(watched)
            watched.viewport().update()
        return False


def rows_table(model: QAbstractItemModel, name: str, parent: QWidget | None = None,
               ) -> QTableView:
    """A table showing ``model``, named ``name`` for assistive technology.

    Arrow keys move by row; Tab moves on to the next control rather than cell by cell, so a
    keyboard user is never trapped in a long list.
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.installEventFilter(_FocusMark(table))
    return table
