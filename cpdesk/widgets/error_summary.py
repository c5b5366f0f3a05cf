"""The GOV.UK error summary: "There is a problem", then one link per problem.

Each link moves focus to the field it is about; the summary itself takes focus when shown so
that a keyboard or screen-reader user lands on it straight away.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import scaled_font

TITLE = QT_TRANSLATE_NOOP("ErrorSummary", "There is a problem")


def focus_widget(field: QWidget) -> QWidget:
    """The part of a field that takes the focus (a date's Day, the chosen radio)."""
    target = getattr(field, "focus_widget", None)
    return target() if callable(target) else field


class ErrorSummary(QFrame):
    """Hidden until :meth:`show_problems`; :meth:`clear` empties and hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "error-summary")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr(TITLE))
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr(TITLE), self)
        self.title.setFont(scaled_font(1.3, bold=True))
        layout.addWidget(self.title)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.hide()
        layout.addWidget(self.description)
        self._links_layout = QVBoxLayout()
        self._links_layout.setSpacing(2)
        layout.addLayout(self._links_layout)
        self.links: list[QPushButton] = []
        self.hide()

    def show_problems(self, problems: Sequence[tuple[str, QWidget | None]],
                      description: str | None = None, *, take_focus: bool = True) -> None:
        """List ``problems`` as (message, field) pairs; a field of ``None`` is plain text."""
        self.clear()
        self.description.setText(description or "")
        self.description.setVisible(bool(description))
        for message, target in problems:
            link = QPushButton(message, self)
            link.setProperty("role", "error-link")
            link.setFlat(True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setAccessibleName(message)
            if target is not None:
                link.clicked.connect(lambda _=False, t=target: focus_widget(t).setFocus(
                    Qt.FocusReason.OtherFocusReason))
            else:
                link.setEnabled(False)
            self._links_layout.addWidget(link)
            self.links.append(link)
        self.setAccessibleDescription(" ".join(m for m, _ in problems) or (description or ""))
        self.show()
        if take_focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def messages(self) -> list[str]:
        return [link.text() for link in self.links]

    def clear(self) -> None:
        for link in self.links:
            self._links_layout.removeWidget(link)
            link.deleteLater()
        self.links = []
        self.description.clear()
        self.setAccessibleDescription("")
        self.hide()
