"""F1: help for the screen in front of the user, in a window that does not block work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import heading


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(self.tr("cpdesk help"))
        layout = QVBoxLayout(self)
        self.title = heading("", 2, self)
        layout.addWidget(self.title)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close help"))
        layout.addWidget(buttons)
        self.resize(560, 420)

    def show_text(self, text: str) -> None:
        """Show a help text: its first paragraph is the title. Every screen's help text is
        marked for translation in the context "Help" (``QT_TRANSLATE_NOOP("Help", …)``) and
        translated here."""
        text = QCoreApplication.translate("Help", text)
        title, _, body = text.partition("\n\n")
        heading_text = self.tr("Help: {title}").format(title=title)
        self.title.setText(heading_text)
        self.title.setAccessibleName(heading_text)
        self.body.setText(body)
        self.body.setAccessibleName(body[:200])
        self.show()
        self.raise_()
        self.activateWindow()
        self.body.setFocus()


SIGN_IN_HELP = QT_TRANSLATE_NOOP(
    "Help",
    "Signing in\n\n"
    "Put your smart card in the reader. The first time in a session, enter your username, "
    "your password and your card's PIN. When cpdesk is locked, your PIN alone unlocks it.\n\n"
    "cpdesk locks itself after 15 minutes without use, when you remove your card, when the "
    "computer locks or sleeps, and when you press Ctrl+L.\n\n"
    "Your card locks after several wrong PINs. If cpdesk warns that you have one try left "
    "and you are not sure of your PIN, call your helpdesk instead of trying."
)
