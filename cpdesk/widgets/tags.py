"""Status tags: short coloured labels that always carry their meaning in words.

The colours are the GOV.UK Design System's tag colours (each text/background pair contrasts
at better than 7:1). Labels take them from the style sheet (``QLabel[tag=…]``); table cells
paint them through :class:`TagDelegate`, which reads :data:`TAG_COLOURS` — a test keeps the two
in step.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP

# kind -> (text, background)
TAG_COLOURS: Final[dict[str, tuple[str, str]]] = {
    "red": ("#2a0b06", "#f4d7d2"),
    "purple": ("#491644", "#efdfed"),
    "blue": ("#0c2d4a", "#d2e2f1"),
    "turquoise": ("#10403c", "#d4ecea"),
    "grey": ("#282d30", "#e5e6e7"),
    "orange": ("#6e3619", "#fcd6c3"),
    "yellow": ("#594d00", "#fff7bf"),
    "green": ("#005a30", "#cce2d8"),
}

# What each tag says (in English: tag_text translates it), and its colour.
TAGS: Final[dict[str, tuple[str, str]]] = {
    "shielded": (QT_TRANSLATE_NOOP("Tag", "Shielded"), "red"),
    "sensitive": (QT_TRANSLATE_NOOP("Tag", "Sensitive service involved"), "purple"),
    "lead": (QT_TRANSLATE_NOOP("Tag", "Lead professional"), "blue"),
    "caf": (QT_TRANSLATE_NOOP("Tag", "CAF"), "turquoise"),
    "ended": (QT_TRANSLATE_NOOP("Tag", "Ended"), "grey"),
    "archived": (QT_TRANSLATE_NOOP("Tag", "Archived"), "grey"),
    "training": (QT_TRANSLATE_NOOP("Tag", "Training"), "orange"),
    "duplicate": (QT_TRANSLATE_NOOP("Tag", "Possible duplicate"), "yellow"),
}

TAGS_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 10


def tag_text(kind: str) -> str:
    """What a tag says, in the user's language."""
    return QCoreApplication.translate("Tag", TAGS[kind][0])


class Tag(QLabel):
    """One tag as a label; its colour comes from the style sheet."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        text, colour = tag_text(kind), TAGS[kind][1]
        super().__init__(text, parent)
        self.kind = kind
        self.setProperty("tag", colour)
        self.setAccessibleName(text)


class TagDelegate(QStyledItemDelegate):
    """Paints the tag kinds a model gives under :data:`TAGS_ROLE` as rounded labels.

    The cell's display text (the same words) is what screen readers and copies get.
    """

    GAP: Final = 6
    PAD: Final = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        kinds = index.data(TAGS_ROLE) or []
        if not kinds:
            super().paint(painter, option, index)
            return
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        rect: QRect = option.rect
        x = rect.left() + self.GAP
        height = metrics.height() + 4
        top = rect.top() + (rect.height() - height) // 2
        for kind in kinds:
            text, colour = tag_text(kind), TAGS[kind][1]
            fg, bg = TAG_COLOURS[colour]
            width = metrics.horizontalAdvance(text) + 2 * self.PAD
            box = QRectF(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bg))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(fg))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += width + self.GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        kinds = index.data(TAGS_ROLE) or []
        if kinds:
            font = option.font
            font.setBold(True)
            metrics = QFontMetrics(font)
            width = sum(metrics.horizontalAdvance(tag_text(k)) + 2 * self.PAD + self.GAP
                        for k in kinds) + self.GAP
            hint.setWidth(max(hint.width(), width))
            hint.setHeight(max(hint.height(), metrics.height() + 8))
        return hint
