"""GOV.UK radios, stacked: one option per line, none chosen until the user chooses.

For a choice with consequences (a statutory ground, a decision) nothing is pre-selected, so
an unanswered question is an error the summary names rather than a silent default. Tab
reaches the group; the arrow keys move between options.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget


class Radios(QFrame):
    """Options as (text, value[, hint]); :meth:`value` is ``None`` until one is chosen."""

    def __init__(self, name: str, options: Sequence[tuple[str, str] | tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "radios")
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.radios: list[QRadioButton] = []
        self._values: list[str] = []
        for option in options:
            text, value = option[0], option[1]
            radio = QRadioButton(text, self)
            radio.setAccessibleName(self.tr("{name}: {option}").format(name=name, option=text))
            if len(option) > 2:
                radio.setAccessibleDescription(option[2])
            self.group.addButton(radio)
            self.radios.append(radio)
            self._values.append(value)
            layout.addWidget(radio)
            if len(option) > 2:
                note = QLabel(option[2], self)
                note.setProperty("role", "hint")
                note.setWordWrap(True)
                note.setContentsMargins(24, 0, 0, 4)
                layout.addWidget(note)

    def value(self) -> str | None:
        button = self.group.checkedButton()
        if not isinstance(button, QRadioButton):
            return None
        return self._values[self.radios.index(button)]

    def set_value(self, value: str | None) -> None:
        if value in self._values:
            self.radios[self._values.index(value)].setChecked(True)
        else:
            self.clear()

    def clear(self) -> None:
        self.group.setExclusive(False)
        for radio in self.radios:
            radio.setChecked(False)
        self.group.setExclusive(True)

    def focus_widget(self) -> QWidget:
        button = self.group.checkedButton()
        return button if isinstance(button, QRadioButton) else self.radios[0]

    def focus(self) -> None:
        self.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
