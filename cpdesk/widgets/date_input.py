"""The GOV.UK date input: Day, Month and Year as three short fields.

For search a date may be partial — a year alone, or a month and year — because a caller
often knows only roughly when a child was born. The value is returned in the contract's
form (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); problems come back as GOV.UK-style messages
naming the part to fix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class DateProblem(ValueError):
    """A date the user typed cannot be used; ``field`` is the part to focus."""

    def __init__(self, message: str, field: QWidget) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class DateInput(QWidget):
    """Three fields; ``value()`` returns the ISO (possibly partial) date or ``None``."""

    def __init__(self, name: str, parent: QWidget | None = None, *, partial: bool = True,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.name = name
        self.partial = partial
        self._today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day = self._part(self.tr("Day"), self.tr("day"), 2, 31, layout)
        self.month = self._part(self.tr("Month"), self.tr("month"), 2, 12, layout)
        self.year = self._part(self.tr("Year"), self.tr("year"), 4, 9999, layout)
        layout.addStretch(1)

    def focus_widget(self) -> QWidget:
        """Where focus goes when this field is chosen (an error summary link): Day."""
        return self.day

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        self.day.setFocus(reason)

    def _part(self, label: str, part: str, digits: int, top: int,
              layout: QHBoxLayout) -> QLineEdit:
        """A part's field under its ``label``; ``part`` names it after the date's name."""
        box = QVBoxLayout()
        box.setSpacing(2)
        caption = QLabel(label, self)
        edit = QLineEdit(self)
        edit.setMaxLength(digits)
        edit.setValidator(QIntValidator(0, top, edit))
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        edit.setAccessibleName(self.tr("{name}, {part}").format(name=self.name, part=part))
        width = edit.fontMetrics().horizontalAdvance("0" * (digits + 2)) + 16
        edit.setFixedWidth(width)
        caption.setBuddy(edit)
        box.addWidget(caption)
        box.addWidget(edit)
        layout.addLayout(box)
        return edit

    @property
    def parts(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.day, self.month, self.year

    def is_empty(self) -> bool:
        return not any(part.text().strip() for part in self.parts)

    def clear(self) -> None:
        for part in self.parts:
            part.clear()

    def set_value(self, iso: str | None) -> None:
        self.clear()
        if not iso:
            return
        pieces = iso.split("-")
        self.year.setText(pieces[0])
        if len(pieces) > 1:
            self.month.setText(str(int(pieces[1])))
        if len(pieces) > 2:
            self.day.setText(str(int(pieces[2])))

    def value(self) -> str | None:
        """The date as the contract wants it; raises :class:`DateProblem` if unusable."""
        day, month, year = (part.text().strip() for part in self.parts)
        name = self.name
        if not (day or month or year):
            return None
        if not year:
            raise DateProblem(self.tr("{name} must include a year").format(name=name),
                              self.year)
        if len(year) != 4:
            raise DateProblem(self.tr("Year must include 4 numbers"), self.year)
        if day and not month:
            raise DateProblem(self.tr("{name} must include a month").format(name=name),
                              self.month)
        if not self.partial and not (day and month):
            missing = (self.tr("{name} must include a day and month") if not (day or month)
                       else self.tr("{name} must include a day"))
            raise DateProblem(missing.format(name=name), self.day if not day else self.month)
        if int(year) < 1900:
            raise DateProblem(self.tr("{name} must be after 1900").format(name=name), self.year)
        if month and not 1 <= int(month) <= 12:
            raise DateProblem(self.tr("{name} must be a real date").format(name=name),
                              self.month)
        if day:
            try:
                value = dt.date(int(year), int(month), int(day))
            except ValueError:
                raise DateProblem(self.tr("{name} must be a real date").format(name=name),
                                  self.day) from None
            if value > self._today():
                raise DateProblem(self.tr("{name} must be today or in the past").format(
                    name=name), self.day)
            return value.isoformat()
        if month:
            return f"{year}-{int(month):02d}"
        return year
