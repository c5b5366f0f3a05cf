"""The one style sheet, fitted to the system's light or dark palette.

Native widgets keep the platform style; the sheet adds only what carries meaning (tags,
banners, errors, focus). A few colours depend on whether the system palette is light or dark
(a red that passes AA on white fails on near-black), so the sheet has ``@token@`` slots filled
here; every pair is checked against WCAG 2.2 AA in the tests. Error text uses a darker red
than GOV.UK's #d4351c, which falls to 4.2:1 on the grey of a Qt window.
"""

from __future__ import annotations

from importlib import resources
from typing import Final

from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

LIGHT: Final[dict[str, str]] = {
    "border": "#0b0c0c", "error": "#b3261e", "hint": "#505a5f", "link": "#1d70b8",
    "button_bg": "#f3f2f1", "button_hover": "#dbdad9", "button_text": "#0b0c0c",
    "button_edge": "#505a5f", "content": "#ffffff", "primary_edge": "#00703c",
    "primary_shadow": "#002d18",
}
DARK: Final[dict[str, str]] = {
    "border": "#b1b4b6", "error": "#ff8f7a", "hint": "#c5c8ca", "link": "#8fc1ee",
    "button_bg": "#3b3e40", "button_hover": "#505a5f", "button_text": "#ffffff",
    "button_edge": "#b1b4b6", "content": "#161718", "primary_edge": "#85d1a5",
    "primary_shadow": "#85d1a5",
}


def stylesheet_source() -> str:
    return resources.files("cpdesk.resources").joinpath("cpdesk.qss").read_text("utf-8")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tokens_for(palette: QPalette) -> dict[str, str]:
    return DARK if is_dark(palette) else LIGHT


def stylesheet(palette: QPalette) -> str:
    sheet = stylesheet_source()
    for name, value in tokens_for(palette).items():
        sheet = sheet.replace(f"@{name}@", value)
    return sheet


def apply_theme(app: QApplication) -> None:
    app.setStyleSheet(stylesheet(app.palette()))


def app_icon() -> QIcon:
    """The application icon at every size ``installer/make_icons.py`` drew into
    ``resources/icons`` (title bar, task bar, the switcher), read from the package so that
    the bundle and the wheel show the same."""
    icon = QIcon()
    for entry in resources.files("cpdesk.resources").joinpath("icons").iterdir():
        pixmap = QPixmap()
        if (entry.name.startswith("cpdesk-") and entry.name.endswith(".png")
                and pixmap.loadFromData(entry.read_bytes(), "PNG")):
            icon.addPixmap(pixmap)
    return icon


def relative_luminance(colour: str) -> float:
    rgb = QColor(colour)

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green())
            + 0.0722 * channel(rgb.blue()))


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two colours."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
