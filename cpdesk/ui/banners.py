"""The banner strip: what must never be missed, on every screen.

TRAINING whenever the service says the realm is a training one (so no screenshot or
projector can lose it), "Session ends in N minutes" near the end of the session, and warnings
the session raised (a cache set aside, activity not saved) until the user dismisses them.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import scaled_font

TRAINING_TEXT: Final = QT_TRANSLATE_NOOP(
    "BannerStrip", "TRAINING — this is the training directory. Every child in it is made up; do "
    "not enter real details.")


class Banner(QFrame):
    def __init__(self, kind: str, text: str, parent: QWidget | None = None, *,
                 dismissable: bool = False, bold: bool = False) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setProperty("banner", kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        if bold:
            self.label.setFont(scaled_font(1.15, bold=True))
        layout.addWidget(self.label, 1)
        self.setAccessibleName(text)
        self.dismiss: QPushButton | None = None
        if dismissable:
            self.dismiss = QPushButton(self.tr("Dismiss"), self)
            self.dismiss.setAccessibleName(self.tr("Dismiss this message"))
            self.dismiss.clicked.connect(self.deleteLater)
            layout.addWidget(self.dismiss)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)


class BannerStrip(QWidget):
    endMediation = Signal()  # the mediation banner's End button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.training = Banner("training", QCoreApplication.translate("BannerStrip",
                                                                          TRAINING_TEXT),
                               self, bold=True)
        self.training.hide()
        self._layout.addWidget(self.training)
        self.expiry = Banner("expiry", "", self)
        self.expiry.hide()
        self._layout.addWidget(self.expiry)
        # GOV.UK's timeout warning, made non-modal: it takes no focus, so a user typing
        # while a caller talks is not interrupted; any key or click keeps the session.
        self.idle = Banner("idle", "", self, bold=True)
        self.idle.hide()
        self._layout.addWidget(self.idle)
        # While mediating (issue 12): for whom, why, minutes left, and End — on every screen.
        self.mediation = Banner("mediation", "", self, bold=True)
        self.end_mediation = QPushButton(self.tr("End"), self.mediation)
        self.end_mediation.setAccessibleName(self.tr("End the mediation"))
        self.end_mediation.clicked.connect(self.endMediation.emit)
        layout = self.mediation.layout()
        if layout is not None:
            layout.addWidget(self.end_mediation)
        self.mediation.hide()
        self._layout.addWidget(self.mediation)
        self.warnings: list[Banner] = []

    def set_mediation(self, practitioner: str | None, purpose: str = "",
                      minutes: int = 0) -> None:
        """``Mediating for <practitioner> — <purpose> · N minutes left``, or hidden."""
        if practitioner is None:
            self.mediation.hide()
            return
        self.mediation.set_text(self.tr(
            "Mediating for {practitioner} — {purpose} · {left} left. Searches and records are "
            "recorded as done for them.").format(practitioner=practitioner, purpose=purpose,
                                                 left=self._minutes(minutes)))
        self.mediation.show()

    def set_training(self, training: bool) -> None:
        self.training.setVisible(training)

    def set_expiry(self, minutes: int | None) -> None:
        if minutes is None:
            self.expiry.hide()
            return
        self.expiry.set_text(self.tr(
            "Session ends in {when}. Finish what you are doing; you will then need to sign in "
            "again with your password, smart card and PIN.").format(when=self._minutes(minutes)))
        self.expiry.show()

    def set_idle_warning(self, minutes: int | None) -> None:
        if minutes is None:
            self.idle.hide()
            return
        self.idle.set_text(self.tr("cpdesk will lock in {when} — press any key to stay "
                                   "unlocked").format(when=self._minutes(minutes)))
        self.idle.show()

    def _minutes(self, minutes: int) -> str:
        if minutes < 1:
            return self.tr("less than a minute")
        if minutes == 1:
            return self.tr("1 minute")
        return self.tr("{n} minutes").format(n=minutes)

    def add_warning(self, text: str) -> None:
        self.warnings = [w for w in self.warnings if _alive(w)]
        if any(w.label.text() == text for w in self.warnings):
            return
        banner = Banner("warning", text, self, dismissable=True)
        self.warnings.append(banner)
        self._layout.addWidget(banner)

    def warning_texts(self) -> list[str]:
        return [w.label.text() for w in self.warnings if _alive(w) and not w.isHidden()]


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
