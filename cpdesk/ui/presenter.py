"""Presenter mode, for a trainer's projector: text at 150 %, a high-contrast theme with thick
focus outlines, and an auto-advancing tour of the main screens with a caption naming each.

``cpdesk --presenter`` starts in it; View ▸ Presenter mode (Ctrl+Shift+P) turns it on and off;
View ▸ Start the tour (Ctrl+Shift+T) walks the screens in the navigation, one every few
seconds, and stops at "Stop the tour", at the end, or when the desk locks. The
TRAINING banner stays on every screen of a training realm; the tour says nothing of training
in a production realm (it names the screens the user has, and no more).

Text size: the application font is scaled, and every widget that set a font of its own (the
headings, the banners) is scaled with it, so turning presenter mode off restores each
exactly; widgets made later take their size from the (scaled) application font.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from cpdesk.session import SessionEvent, State
from cpdesk.ui.main_window import NAV_KEY_ROLE
from cpdesk.ui.theme import stylesheet
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import scaled_font

if TYPE_CHECKING:
    from cpdesk.ui.main_window import MainWindow

SCALE: Final = 1.5
TOUR_STEP_MS: Final = 8_000
SHEET_FONT: Final = "_q_styleSheetWidgetFont"  # QStyleSheetStyle's saved copy of a font
NAV_EMS: Final = 14  # the navigation's width in "M"s, as the shell sets it
# What the tour says of each screen, by its English name in the navigation (plain words, no
# data); translated when shown.
CAPTIONS: Final[dict[str, str]] = {
    "Search": QT_TRANSLATE_NOOP("Presenter", "Search for a child: surname, date of birth and "
                                "forenames first; Enter searches from any field."),
    "Recently viewed": QT_TRANSLATE_NOOP("Presenter", "The records you opened since signing "
                                         "in, newest first (Ctrl+R)."),
    "My activity": QT_TRANSLATE_NOOP("Presenter", "Everything you did in the directory, as the "
                                     "service recorded it."),
    "My requests": QT_TRANSLATE_NOOP("Presenter", "Your shielding requests and requests for "
                                     "contact, with their outcomes."),
    "Management": QT_TRANSLATE_NOOP("Presenter", "Decisions, reviews, interim shields, contact "
                                    "requests and alerts for your local authority."),
    "Training scenarios": QT_TRANSLATE_NOOP("Presenter", "Exercises for this classroom: each "
                                            "step is ticked when the service has seen you do "
                                            "it."),
    "Class progress": QT_TRANSLATE_NOOP("Presenter", "Every trainee's steps, refreshed every "
                                        "few seconds; anyone stuck is highlighted."),
}


def presenter_sheet() -> str:
    return resources.files("cpdesk.resources").joinpath("presenter.qss").read_text("utf-8")


class TourCaption(QFrame):
    """The caption strip: which step of the tour this is and what the screen is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("banner", "caption")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setFont(scaled_font(1.15, bold=True))
        self.label.setAccessibleName(self.tr("Tour caption"))
        layout.addWidget(self.label, 1)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setAccessibleName(self.tr("Next screen of the tour"))
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.stop_button = QPushButton(self.tr("Stop the tour"), self)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(self.tr("Tour caption: {text}").format(text=text))


class Presenter(QObject):
    """Presenter mode and the tour for one main window (View menu, Ctrl+Shift+P/T)."""

    def __init__(self, window: MainWindow, *, tour_step_ms: int = TOUR_STEP_MS) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = False
        self._sheet_before = ""
        self.captions: list[str] = []  # every caption the tour has shown, in order
        self._stops: list[int] = []
        self._at = -1
        central = window.banners.parentWidget()
        self.caption = TourCaption(central)
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(1, self.caption)  # under the banners, above the screens
        self.caption.next_button.clicked.connect(self.next_step)
        self.caption.stop_button.clicked.connect(self.stop_tour)
        self.timer = QTimer(self)
        self.timer.setInterval(tour_step_ms)
        self.timer.timeout.connect(self.next_step)

        menu = window.menuBar().addMenu(self.tr("&View"))
        menu.setAccessibleName(self.tr("View"))
        self.toggle_action = QAction(self.tr("&Presenter mode"), window)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.toggle_action.toggled.connect(self.set_enabled)
        menu.addAction(self.toggle_action)
        self.tour_action = QAction(self.tr("Start the &tour"), window)
        self.tour_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.tour_action.triggered.connect(self.start_tour)
        menu.addAction(self.tour_action)
        self.stop_action = QAction(self.tr("&Stop the tour"), window)
        self.stop_action.triggered.connect(self.stop_tour)
        menu.addAction(self.stop_action)
        window.session.subscribe(self._on_session_event)

    # -- presenter mode ------------------------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        """150 % text and the high-contrast sheet on (or everything back as it was)."""
        if enabled == self.enabled:
            return
        self.enabled = enabled
        if self.toggle_action.isChecked() != enabled:
            self.toggle_action.setChecked(enabled)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        factor = SCALE if enabled else 1 / SCALE
        for widget in app.allWidgets():
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                font = _scaled(widget.font(), factor)
                widget.setFont(font)
                # Qt's style sheet keeps the font a widget had when first polished and puts
                # it back when the sheet changes: keep that copy in step too.
                if widget.property(SHEET_FONT) is not None:
                    widget.setProperty(SHEET_FONT, font)
        app.setFont(_scaled(app.font(), factor))
        if enabled:
            self._sheet_before = app.styleSheet()
            base = self._sheet_before or stylesheet(app.palette())
            app.setStyleSheet(base + "\n" + presenter_sheet())
        else:
            app.setStyleSheet(self._sheet_before)
        self.window.setProperty("presenter", enabled)
        self.fit_navigation()

    def fit_navigation(self) -> None:
        """The navigation's width follows the text size (it is set in "M"s)."""
        metrics = QFontMetrics(QApplication.font())
        self.window.nav.setMaximumWidth(metrics.horizontalAdvance("M" * NAV_EMS))

    # -- the tour ------------------------------------------------------------------------------

    @property
    def touring(self) -> bool:
        return self._at >= 0

    def start_tour(self) -> None:
        """From the first screen in the navigation, a step every few seconds."""
        if self.window.session.state != State.UNLOCKED:
            return
        self._stops = [row for row in range(self.window.nav.count())
                       if not self.window.nav.item(row).isHidden()]
        if not self._stops:
            return
        self._at = -1
        self.captions = []
        self.caption.show()
        self.timer.start()
        self.next_step()

    def next_step(self) -> None:
        if not self.touring and not self.timer.isActive():
            return
        self._at += 1
        if self._at >= len(self._stops):
            self.stop_tour()
            return
        nav = self.window.nav
        row = self._stops[self._at]
        nav.setCurrentRow(row)
        item = nav.item(row)
        name = item.text()
        about = CAPTIONS.get(item.data(NAV_KEY_ROLE) or name, "")
        step, steps = self._at + 1, len(self._stops)
        if about:
            text = self.tr("Step {step} of {steps}: {name} — {about}").format(
                step=step, steps=steps, name=name,
                about=QCoreApplication.translate("Presenter", about))
        else:
            text = self.tr("Step {step} of {steps}: {name}").format(step=step, steps=steps,
                                                                     name=name)
        self.caption.say(text)
        self.captions.append(text)
        self.timer.start()  # a full interval after a "Next" too

    def stop_tour(self) -> None:
        self.timer.stop()
        self._at = -1
        self.caption.hide()

    def _on_session_event(self, event: SessionEvent) -> None:
        if event.kind in ("clear", "state") and event.state != State.UNLOCKED:
            self.stop_tour()


def _scaled(font: QFont, factor: float) -> QFont:
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    elif scaled.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(scaled.pixelSize() * factor)))
    return scaled
