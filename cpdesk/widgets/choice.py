"""Inline radios (GOV.UK radios, inline): a few short options on one line.

Tab reaches the chosen option; the arrow keys move between options (Qt's exclusive group).
``value()``/``set_value()`` read and set the chosen option's value.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QRadioButton, QWidget


class InlineRadios(QFrame):
    """Options as (text, value); the first is chosen at the start and after :meth:`clear`."""

    def __init__(self, name: str, options: Sequence[tuple[str, str | None]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "radios")
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(12)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.radios: list[QRadioButton] = []
        self._values: list[str | None] = []
        for text, value in options:
            radio = QRadioButton(text, self)
            radio.setAccessibleName(self.tr("{name}: {option}").format(name=name, option=text))
            self.group.addButton(radio)
            self.radios.append(radio)
            self._values.append(value)
            layout.addWidget(radio)
        layout.addStretch(1)
        self.clear()

    def checked(self) -> QRadioButton:
        button = self.group.checkedButton()
        return button if isinstance(button, QRadioButton) else self.radios[0]

    def value(self) -> str | None:
        return self._values[self.radios.index(self.checked())]

    def set_value(self, value: str | None) -> None:
        index = self._values.index(value) if value in self._values else 0
        self.radios[index].setChecked(True)

    def clear(self) -> None:
        self.radios[0].setChecked(True)

    def focus_widget(self) -> QWidget:
        """Where focus goes when this field is chosen (an error summary link): the chosen
        option, as Tab would reach it."""
        return self.checked()

    def focus(self) -> None:
        self.checked().setFocus(Qt.FocusReason.OtherFocusReason)
