"""A child's record, as the service lets this user see it.

Sections in the order the directory is for: the child, parents and carers, education, GP,
other services. Every contact can be copied in one action (select it, Ctrl+C). The shielded
banner and the sensitive-service line read exactly as the service sends them: the client never
guesses what is behind them.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import Address, CarerView, ChildRecord, InvolvementView, ProblemType
from cpdesk.session import DeskSession, Failure
from cpdesk.views.la_names import la_text
from cpdesk.views.labels import GENDERS, SERVICES, long_date
from cpdesk.views.operation import ViewOperation
from cpdesk.views.reason import Reason, ReasonDialog, ask_reason
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.busy import EXPLAIN_AFTER_MS, SHOW_AFTER_MS, BusyIndicator
from cpdesk.widgets.clipboard import SecretClipboard
from cpdesk.widgets.tags import Tag
from cpdesk.widgets.text import heading, scaled_font

SHIELDED_BANNER: Final = "This record is shielded. Location details are hidden."
SHIELDED_NEXT: Final = (
    "If you need to contact the people working with this child, ask your local authority's "
    "ContactPoint management team. They can pass on a message without revealing where the "
    "child lives."
)
HELP: Final = (
    "A child's record\n\n"
    "The sections are: the child; parents and carers; education; GP; other services. "
    "Tags show a lead professional, a CAF assessment, or a service that has ended.\n\n"
    "To copy a contact, move to it with Tab and press Ctrl+C (or choose Copy). Copied details "
    "are cleared from the clipboard after 30 seconds.\n\n"
    "Your reason for viewing is shown at the top; choose \"Change reason\" if it no longer "
    "applies. Every record you open is recorded with your reason.\n\n"
    "Esc: back to the results.  Ctrl+L: lock."
)


def address_text(address: Address | None) -> str:
    if address is None:
        return ""
    return ", ".join([*address.lines, address.postcode])


class ContactCard(QFrame):
    """One contact; focusable, and Ctrl+C copies its details."""

    copied = Signal()

    def __init__(self, title: str, lines: list[str], copy_text: str, clipboard: SecretClipboard,
                 tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "contact")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.copy_text = copy_text
        self._clipboard = clipboard
        self.setAccessibleName(f"Contact: {title}")
        self.setAccessibleDescription("; ".join(lines) + ". Press Control C to copy.")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        name = QLabel(title, self)
        name.setFont(scaled_font(1.0, bold=True))
        name.setWordWrap(True)
        top.addWidget(name, 1)
        for kind in tags:
            top.addWidget(Tag(kind, self))
        self.copy_button = QPushButton("Copy", self)
        self.copy_button.setAccessibleName(f"Copy contact details: {title}")
        self.copy_button.clicked.connect(self.copy)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        for line in lines:
            label = QLabel(line, self)
            label.setWordWrap(True)
            layout.addWidget(label)

    def copy(self) -> None:
        self._clipboard.copy(self.copy_text)
        self.copied.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setProperty("selected", True)
        self.style().polish(self)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setProperty("selected", False)
        self.style().polish(self)
        super().focusOutEvent(event)


class RecordView(QWidget):
    """The record screen. ``backRequested`` asks the shell to go back to the results."""

    backRequested = Signal()
    title = "Child's record"
    help_text = HELP

    def __init__(self, session: DeskSession, clipboard: SecretClipboard,
                 parent: QWidget | None = None, *, show_busy_after_ms: int = SHOW_AFTER_MS,
                 explain_busy_after_ms: int = EXPLAIN_AFTER_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.clipboard = clipboard
        self.setAccessibleName("Child's record")
        self.reason: Reason | None = None
        self.child_id: str | None = None
        self.record: ChildRecord | None = None
        self.dialog: ReasonDialog | None = None

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back_button = QPushButton("Back to results", self)
        self.back_button.setAccessibleName("Back to results")
        self.back_button.clicked.connect(self.backRequested.emit)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        outer.addLayout(bar)

        reason_row = QHBoxLayout()
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName("Your reason for viewing")
        reason_row.addWidget(self.reason_label, 1)
        self.change_reason_button = QPushButton("Change reason", self)
        self.change_reason_button.setAccessibleName("Change your reason for viewing")
        self.change_reason_button.clicked.connect(self.change_reason)
        reason_row.addWidget(self.change_reason_button)
        outer.addLayout(reason_row)

        self.busy = BusyIndicator(self, show_after_ms=show_busy_after_ms,
                                  explain_after_ms=explain_busy_after_ms)
        outer.addWidget(self.busy)
        self.operation = ViewOperation(self.busy, self._show_failure)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        outer.addWidget(self.message)

        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroller, 1)
        self.content = QWidget()
        self.scroller.setWidget(self.content)
        self.cards: list[ContactCard] = []
        self._update_reason_label()

    # -- opening ---------------------------------------------------------------------------

    async def open(self, child_id: str) -> None:
        """Ask the reason if there is none yet for this session, then fetch and show."""
        self.operation.cancel()
        self._wipe_content()
        self.child_id = child_id
        generation = self.operation.generation
        if self.reason is None:
            reason = await self._ask(None)
            if not self.operation.current(generation):
                return
            if reason is None:
                self.child_id = None
                self.backRequested.emit()
                return
            self.reason = reason
            self._update_reason_label()
        await self._fetch(child_id)

    async def _ask(self, current: Reason | None) -> Reason | None:
        self.dialog = ReasonDialog(self.window(), current)
        try:
            return await ask_reason(self.dialog)
        finally:
            self.dialog = None

    async def _fetch(self, child_id: str) -> None:
        reason = self.reason
        assert reason is not None
        record = await self.operation.run(
            lambda: self.session.record(child_id, reason.code, reason.text),
            ("Opening the record…", "Still waiting for the directory service."))
        if record is not None:
            self._render(record)

    def _show_failure(self, failure: Failure) -> None:
        if failure.kind is ProblemType.REASON_TEXT:
            self.reason = None
            self._update_reason_label()
        self.message.setText(failure.message)

    @async_slot()
    async def change_reason(self) -> None:
        reason = await self._ask(self.reason)
        if reason is None or reason == self.reason:
            return
        self.reason = reason
        self._update_reason_label()
        if self.child_id is not None:
            await self.open(self.child_id)

    def cancel(self) -> None:
        self.operation.cancel()

    def _update_reason_label(self) -> None:
        if self.reason is None:
            self.reason_label.setText("Your reason for viewing: not given yet")
        else:
            self.reason_label.setText(f"Your reason for viewing: {self.reason.label}")

    # -- showing ---------------------------------------------------------------------------

    def _wipe_content(self) -> None:
        """Destroy every widget that showed the record (not merely hide it)."""
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()
        self.cards = []
        self.record = None
        self.message.clear()
        self.content = QWidget()
        self.scroller.setWidget(self.content)

    def _render(self, record: ChildRecord) -> None:
        self._wipe_content()
        self.record = record
        layout = QVBoxLayout(self.content)
        name = f"{record.forenames} {record.surname}"
        layout.addWidget(heading(name, 1, self.content))
        tags = QHBoxLayout()
        if record.shielded:
            tags.addWidget(Tag("shielded", self.content))
        if record.archived:
            tags.addWidget(Tag("archived", self.content))
        if record.sensitive_notice:
            tags.addWidget(Tag("sensitive", self.content))
        tags.addStretch(1)
        layout.addLayout(tags)

        if record.view == "shielded" or (record.shielded and record.address is None):
            banner = QFrame(self.content)
            banner.setProperty("role", "shielded-banner")
            banner_layout = QVBoxLayout(banner)
            title = QLabel(SHIELDED_BANNER, banner)
            title.setFont(scaled_font(1.1, bold=True))
            title.setWordWrap(True)
            banner_layout.addWidget(title)
            next_step = QLabel(SHIELDED_NEXT, banner)
            next_step.setWordWrap(True)
            banner_layout.addWidget(next_step)
            banner.setAccessibleName(SHIELDED_BANNER)
            layout.addWidget(banner)
        if record.sensitive_notice:
            notice = QLabel(record.sensitive_notice, self.content)
            notice.setProperty("role", "sensitive-notice")
            notice.setWordWrap(True)
            notice.setAccessibleName(record.sensitive_notice)
            layout.addWidget(notice)

        layout.addWidget(heading("The child", 2, self.content))
        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = [("Name", name)]
        if record.aliases:
            rows.append(("Also known as",
                         "; ".join(f"{a.forenames} {a.surname}" for a in record.aliases)))
        rows += [("Date of birth", long_date(record.dob)),
                 ("Gender", GENDERS.get(record.gender, record.gender)),
                 ("ID", record.id)]
        if record.address is not None:
            rows.append(("Address", address_text(record.address)))
        if record.la:
            rows.append(("Local authority", la_text(record.la)))
        for key, value in rows:
            key_label = QLabel(key, self.content)
            key_label.setFont(scaled_font(1.0, bold=True))
            value_label = QLabel(value, self.content)
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setAccessibleName(f"{key}: {value}")
            details.addRow(key_label, value_label)
        layout.addLayout(details)

        hidden = "Hidden because the record is shielded." if record.view == "shielded" else None
        self._section(layout, "Parents and carers",
                      [self._carer_card(c) for c in record.carers], hidden)
        by_service: dict[str, list[InvolvementView]] = {"school": [], "gp": [], "other": []}
        for item in record.involvements:
            key = item.service if item.service in ("school", "gp") else "other"
            by_service[key].append(item)
        self._section(layout, "Education",
                      [self._involvement_card(i) for i in by_service["school"]], hidden)
        self._section(layout, "GP", [self._involvement_card(i) for i in by_service["gp"]],
                      hidden)
        self._section(layout, "Other services",
                      [self._involvement_card(i) for i in by_service["other"]], hidden)
        layout.addStretch(1)
        self.content.setAccessibleName(f"Record of {name}")
        # Tab order follows reading order: the cards in the order they were made.
        previous: QWidget = self.change_reason_button
        for card in self.cards:
            QWidget.setTabOrder(previous, card)
            QWidget.setTabOrder(card, card.copy_button)
            previous = card.copy_button
        self.message.setText("")
        if self.cards:
            self.cards[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _section(self, layout: QVBoxLayout, title: str, cards: list[ContactCard],
                 hidden: str | None) -> None:
        layout.addWidget(heading(title, 2, self.content))
        if not cards:
            empty = QLabel(hidden or "None recorded.", self.content)
            empty.setProperty("role", "hint")
            layout.addWidget(empty)
        for card in cards:
            layout.addWidget(card)

    def _card(self, title: str, lines: list[str], copy_lines: list[str],
              tags: list[str]) -> ContactCard:
        card = ContactCard(title, lines, "\n".join(copy_lines), self.clipboard, tags,
                           self.content)
        card.copied.connect(self._copied)
        self.cards.append(card)
        return card

    def _carer_card(self, carer: CarerView) -> ContactCard:
        title = f"{carer.name} ({carer.relationship})"
        lines = [f"Phone: {carer.phone}" if carer.phone else "Phone: not recorded",
                 f"Email: {carer.email}" if carer.email else "Email: not recorded"]
        if carer.address is not None:
            lines.append(f"Address: {address_text(carer.address)}")
        copy = [title] + [x for x in (carer.phone, carer.email) if x]
        return self._card(title, lines, copy, [])

    def _involvement_card(self, item: InvolvementView) -> ContactCard:
        service = SERVICES.get(item.service, item.service)
        title = item.organisation
        lines = [service]
        if item.practitioner:
            lines.append(f"Practitioner: {item.practitioner}")
        lines.append(f"Phone: {item.phone}" if item.phone else "Phone: not recorded")
        lines.append(f"Email: {item.email}" if item.email else "Email: not recorded")
        if item.address is not None:
            lines.append(f"Address: {address_text(item.address)}")
        since = f"Since {long_date(item.start)}"
        lines.append(f"{since}, ended {long_date(item.end)}" if item.end else since)
        tags = [kind for kind, on in (("lead", item.lead_professional), ("caf", item.caf),
                                      ("sensitive", item.sensitive), ("ended", item.ended))
                if on]
        copy = [x for x in (item.organisation, item.practitioner, item.phone, item.email) if x]
        return self._card(title, lines, copy, tags)

    def _copied(self) -> None:
        self.message.setText("Contact details copied. They will be cleared from the clipboard "
                             "in 30 seconds.")

    # -- locking ---------------------------------------------------------------------------

    def clear(self, *, forget: bool = False) -> None:
        """Destroy the record on screen and any open reason dialog.

        ``forget`` (sign-out) also drops the child ID and the reason kept for the session.
        """
        self.operation.invalidate()
        if self.dialog is not None:
            self.dialog.other_text.clear()
            self.dialog.reject()
            if self.record is None:
                self.child_id = None  # never opened: after unlock, back to the results
        self.cancel()
        self._wipe_content()
        if forget:
            self.child_id = None
            self.reason = None
        self._update_reason_label()

    async def resume(self) -> None:
        """After unlock: the same record again, fetched afresh with the remembered reason."""
        if self.child_id is not None:
            await self.open(self.child_id)
