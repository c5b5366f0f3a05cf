"""A read-only table of rows: whole rows selected, no editing, Tab leaves the table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


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
    return table
