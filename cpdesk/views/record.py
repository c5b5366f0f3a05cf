"""A child's record, as the service lets this user see it, laid out for a caller on the line.

A banner fixed at the top says who the child is (NHS patient-banner style: SURNAME,
Forenames · Born … (age) · Gender · ID grouped for reading out). Right under it is the one
contact most callers need, the lead professional; then the current services, school, GP and
the parents and carers as GOV.UK summary cards, three to a row, so the common record fits a
1366×768 screen without scrolling. Services that ended sit inside a Details. Phone numbers
are bold and grouped for reading aloud; "Not recorded" is secondary text.

Every card has a Copy button (Ctrl+C on it copies too); Ctrl+Shift+C copies every visible
contact. Copies are labelled ("Lead professional: …", "Phone: …"), marked secret and cleared
after 30 seconds. The shielded banner, the sensitive-service line and the possible-duplicate
links read exactly as the service sends them: the client never guesses what is behind them.
"""

from __future__ import annotations

import itertools
from typing import Final

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import Address, CarerView, ChildRecord, InvolvementView, ProblemType
from cpdesk.session import (
    REQUEST_SHIELD,
    SEARCH,
    VIEW_ACCESS_LOG,
    DeskSession,
    Failure,
    failure_of,
)
from cpdesk.views.la_names import la_text
from cpdesk.views.labels import (
    GENDERS,
    REASONS,
    SERVICES,
    born_text,
    long_date,
    spoken_id,
    spoken_phone,
    word,
)
from cpdesk.views.operation import ViewOperation
from cpdesk.views.pass_on import PassOnPanel
from cpdesk.views.reason import Reason, ReasonDialog, ask_reason
from cpdesk.views.workflow_labels import (
    ACCESS_ACTIONS,
    ROLE_WORDS,
    ground_text,
    on_date,
    when,
)
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.busy import EXPLAIN_AFTER_MS, SHOW_AFTER_MS, BusyIndicator
from cpdesk.widgets.clipboard import SecretClipboard
from cpdesk.widgets.details import Details
from cpdesk.widgets.focus import focus_if_shown
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.tags import Tag
from cpdesk.widgets.text import heading, hint, scaled_font

# In English, marked for translation in the context "RecordView"; shown through _tr().
SHIELDED_BANNER: Final = QT_TRANSLATE_NOOP(
    "RecordView", "This record is shielded. Location details are hidden.")
SHIELDED_NEXT: Final = QT_TRANSLATE_NOOP(
    "RecordView",
    "If you need to contact the people working with this child, ask your local authority's "
    "ContactPoint management team. They can pass on a message without revealing where the "
    "child lives."
)
HIDDEN: Final = QT_TRANSLATE_NOOP("RecordView", "Hidden because the record is shielded.")
NOT_RECORDED: Final = QT_TRANSLATE_NOOP("RecordView", "Not recorded")
ENDED_SUMMARY: Final = QT_TRANSLATE_NOOP("RecordView", "Services that ended in the last year")
ACCESS_SUMMARY: Final = QT_TRANSLATE_NOOP("RecordView", "Who viewed this record")
REQUEST_SHIELDING: Final = QT_TRANSLATE_NOOP("RecordView", "Request shielding")
REPORT_PROBLEM: Final = QT_TRANSLATE_NOOP("RecordView", "Report a problem")
ASK_CONTACT: Final = QT_TRANSLATE_NOOP("RecordView", "Ask the management team to make contact")
CARDS_PER_ROW: Final = 3
COPIED: Final = QT_TRANSLATE_NOOP("RecordView", "Contact details copied. They will be cleared "
                                  "from the clipboard in 30 seconds.")
COPIED_ALL: Final = QT_TRANSLATE_NOOP("RecordView", "Every contact on the screen copied. They "
                                      "will be cleared from the clipboard in 30 seconds.")
HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "A child's record\n\n"
    "The banner at the top says who the child is: name, date of birth and age, gender, and "
    "the ID grouped for reading out. Right under it is the lead professional, the person "
    "most callers need. Then the other current services, the school, the GP, and the "
    "parents and carers. Services that ended in the last year are under \"Services that "
    "ended in the last year\": press Space on it to open it.\n\n"
    "When the record opens, the lead professional's Copy button has the focus: press Space "
    "(or Ctrl+C) to copy their details, or Tab to move to the next contact. Ctrl+Shift+C "
    "copies every contact on the screen. Copies are labelled (\"Phone: …\") and cleared "
    "from the clipboard after 30 seconds.\n\n"
    "If the service says the child may also have another record, a warning names it with a "
    "link that opens it: check it before passing on contacts.\n\n"
    "Your reason for viewing is shown at the top; choose \"Change reason\" if it no longer "
    "applies. Every record you open is recorded with your reason.\n\n"
    "Esc: back to the results.  Ctrl+N: new caller.  Ctrl+R: recently viewed.  "
    "Ctrl+L: lock."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordView", text)


def address_text(address: Address | None) -> str:
    if address is None:
        return ""
    return ", ".join([*address.lines, address.postcode])


Row = tuple[str, str | None, bool]  # (key, value or None for "Not recorded", bold)


class CopyButton(QPushButton):
    """A card's Copy button: Ctrl+C on it copies as well, and its card shows the focus."""

    def __init__(self, card: ContactCard) -> None:
        super().__init__(self.tr("Copy"), card)
        self.card = card

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.card.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.card.set_selected(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.card.set_selected(False)
        super().focusOutEvent(event)


class ContactCard(QFrame):
    """One contact as a GOV.UK summary card: a title with tags and Copy, then key/value rows.

    The card's focus is its Copy button; Ctrl+C on either copies the labelled details.
    """

    copied = Signal()

    def __init__(self, title: str, rows: list[Row], copy_text: str, clipboard: SecretClipboard,
                 tags: list[str], parent: QWidget | None = None, *, columns: int = 1,
                 lead: bool = False) -> None:
        super().__init__(parent)
        self.setProperty("role", "lead-card" if lead else "contact")
        self.title = title
        self.copy_text = copy_text
        self._clipboard = clipboard
        not_recorded = _tr(NOT_RECORDED)
        spoken = [self.tr("{key}: {value}").format(key=key, value=value or not_recorded)
                  for key, value, _ in rows]
        self.setAccessibleName(self.tr("Contact: {title}").format(title=title))
        self.setAccessibleDescription(self.tr("{details}. Press Control C to copy.").format(
            details="; ".join(spoken)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        top = self.top = QHBoxLayout()
        self.section: str | None = None  # for a data-issue report: "carers/<ref>", …
        name = QLabel(title, self)
        name.setFont(scaled_font(1.15 if lead else 1.0, bold=True))
        name.setWordWrap(True)
        top.addWidget(name, 1)
        for kind in tags:
            top.addWidget(Tag(kind, self))
        self.copy_button = CopyButton(self)
        self.copy_button.setAccessibleName(
            self.tr("Copy contact details: {title}").format(title=title))
        self.copy_button.setAccessibleDescription("; ".join(spoken))
        self.copy_button.clicked.connect(self.copy)
        top.addWidget(self.copy_button)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        per_column = -(-len(rows) // columns) if rows else 0
        for index, (key, value, bold) in enumerate(rows):
            column, row = divmod(index, per_column) if per_column else (0, index)
            key_label = QLabel(key, self)
            key_label.setFont(scaled_font(1.0, bold=True))
            key_label.setAlignment(Qt.AlignmentFlag.AlignTop)
            value_label = QLabel(value or not_recorded, self)
            value_label.setWordWrap(True)
            value_label.setAccessibleName(self.tr("{key}: {value}").format(
                key=key, value=value or not_recorded))
            if value is None:
                value_label.setProperty("role", "hint")
            else:
                value_label.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse)
                if bold:
                    value_label.setFont(scaled_font(1.1, bold=True))
                    value_label.setProperty("role", "phone")
            grid.addWidget(key_label, row, 2 * column)
            grid.addWidget(value_label, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        layout.addLayout(grid)

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """The card's focus is its Copy button (no proxy: that would add a Tab stop)."""
        self.copy_button.setFocus(reason)

    def copy(self) -> None:
        self._clipboard.copy(self.copy_text)
        self.copied.emit()

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.copy_button.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class ChildBanner(QFrame):
    """Who the child is, fixed above the record (NHS patient banner)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "child-banner")
        self.setAccessibleName(self.tr("The child"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.name = QLabel(self)
        self.name.setFont(scaled_font(1.4, bold=True))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.name)
        self._tags = QHBoxLayout()
        top.addLayout(self._tags)
        top.addStretch(1)
        layout.addLayout(top)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.clear()

    def show_child(self, record: ChildRecord, *, training: bool) -> None:
        self.clear()
        self.name.setText(f"{record.surname.upper()}, {record.forenames}")
        facts = [self.tr("Born {date}").format(date=born_text(record.dob)),
                 word(GENDERS, record.gender),
                 self.tr("ID {id}").format(id=spoken_id(record.id))]
        self.facts.setText("  ·  ".join(facts))
        where = []
        if record.address is not None:
            where.append(self.tr("Address: {address}").format(
                address=address_text(record.address)))
        elif record.shielded:
            where.append(self.tr("Address: hidden (shielded)"))
        if record.la:
            where.append(la_text(record.la))
        if record.aliases:
            where.append(self.tr("Also known as {names}").format(
                names="; ".join(f"{a.forenames} {a.surname}" for a in record.aliases)))
        self.where.setText("  ·  ".join(where))
        self.where.setVisible(bool(where))
        kinds = [k for k, on in (("training", training), ("shielded", record.shielded),
                                 ("archived", record.archived),
                                 ("sensitive", bool(record.sensitive_notice))) if on]
        for kind in kinds:
            self._tags.addWidget(Tag(kind, self))
        self.setAccessibleName(self.tr("The child: {name}").format(name=self.name.text()))
        self.setAccessibleDescription(". ".join([self.facts.text(), self.where.text()]))
        self.show()

    def add_action(self, button: QPushButton) -> None:
        """A small button beside the tags (gone with them on :meth:`clear`)."""
        self._tags.addWidget(button)

    def clear(self) -> None:
        """Nothing of the child left in the banner's labels or tags."""
        for label in (self.name, self.facts, self.where):
            label.clear()
        while self._tags.count():
            item = self._tags.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.setAccessibleName(self.tr("The child"))
        self.setAccessibleDescription("")
        self.hide()


class RecordView(QWidget):
    """The record screen. ``backRequested`` asks the shell to go back to the results;
    ``recordRequested(child_id)`` to open another record (a possible duplicate's)."""

    backRequested = Signal()
    recordRequested = Signal(str)
    # The record on screen (a ChildRecord): the user asks to request shielding for it, or
    # asks the management team to broker contact about its sensitive-service notice.
    shieldingRequested = Signal(object)
    contactRequested = Signal(object)
    # (record, section): report a data issue about a section's fields ("" is the child,
    # "carers/<ref>" or "involvements/<ref>" a contact).
    issueRequested = Signal(object, str)
    title = QT_TRANSLATE_NOOP("RecordView", "Child's record")
    help_text = HELP

    def __init__(self, session: DeskSession, clipboard: SecretClipboard,
                 parent: QWidget | None = None, *, show_busy_after_ms: int = SHOW_AFTER_MS,
                 explain_busy_after_ms: int = EXPLAIN_AFTER_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.clipboard = clipboard
        self.setAccessibleName(self.tr("Child's record"))
        self.reason: Reason | None = None
        self.child_id: str | None = None
        self.record: ChildRecord | None = None
        self.dialog: ReasonDialog | None = None

        outer = QVBoxLayout(self)
        outer.setSpacing(6)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to results"), self)
        self.back_button.setAccessibleName(self.tr("Back to results"))
        self.back_button.clicked.connect(self.backRequested.emit)
        bar.addWidget(self.back_button)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Your reason for viewing"))
        bar.addWidget(self.reason_label, 1)
        self.change_reason_button = QPushButton(self.tr("Change reason"), self)
        self.change_reason_button.setAccessibleName(self.tr("Change your reason for viewing"))
        self.change_reason_button.clicked.connect(self.change_reason)
        bar.addWidget(self.change_reason_button)
        self.copy_all_button = QPushButton(self.tr("Copy all contacts"), self)
        self.copy_all_button.setAccessibleName(self.tr("Copy all contacts"))
        self.copy_all_button.setAccessibleDescription(self.tr("Control Shift C"))
        self.copy_all_button.setToolTip("Ctrl+Shift+C")
        self.copy_all_button.clicked.connect(self.copy_all)
        self.copy_all_button.setEnabled(False)
        bar.addWidget(self.copy_all_button)
        outer.addLayout(bar)

        self.banner = ChildBanner(self)
        outer.addWidget(self.banner)

        self.busy = BusyIndicator(self, show_after_ms=show_busy_after_ms,
                                  explain_after_ms=explain_busy_after_ms)
        outer.addWidget(self.busy)
        self.operation = ViewOperation(self.busy, self._show_failure)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        self.message.hide()
        outer.addWidget(self.message)

        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroller, 1)
        self.content = QWidget()
        self.scroller.setWidget(self.content)
        self.content.setAutoFillBackground(False)
        self.cards: list[ContactCard] = []
        self.lead_cards: list[ContactCard] = []
        self.duplicate_links: list[QPushButton] = []
        self.action_buttons: list[QPushButton] = []
        self.ended: Details | None = None
        self.access: Details | None = None
        self.access_rows: QLabel | None = None
        self.pass_on: PassOnPanel | None = None
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
            (self.tr("Opening the record…"), self.tr("Still waiting for the directory service.")))
        if record is not None:
            self._render(record)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_failure(self, failure: Failure) -> None:
        if failure.kind is ProblemType.REASON_TEXT:
            self.reason = None
            self._update_reason_label()
        self._say(failure.message)

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
            self.reason_label.setText(self.tr("Your reason for viewing: not given yet"))
        else:
            self.reason_label.setText(self.tr("Your reason for viewing: {reason}").format(
                reason=self.reason.label))

    # -- showing ---------------------------------------------------------------------------

    def _wipe_content(self) -> None:
        """Destroy every widget that showed the record (not merely hide it)."""
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()
        self.banner.clear()
        self.cards = []
        self.lead_cards = []
        self.duplicate_links = []
        self.action_buttons = []
        self.ended = None
        self.access = None
        self.access_rows = None
        self.pass_on = None
        self.record = None
        self.copy_all_button.setEnabled(False)
        self._say("")
        self.content = QWidget()
        self.scroller.setWidget(self.content)
        self.content.setAutoFillBackground(False)  # the content area's white shows through

    def _render(self, record: ChildRecord) -> None:
        self._wipe_content()
        self.record = record
        realm = self.session.realm
        self.banner.show_child(record, training=bool(realm and realm.training))
        if record.view != "shielded":
            self.banner.add_action(self._report_button(""))
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        name = f"{record.forenames} {record.surname}"

        if record.view == "shielded" or (record.shielded and record.address is None):
            layout.addWidget(self._shielded_banner())
        if record.shield is not None:
            layout.addWidget(self._shield_facts(record))
        if record.sensitive_notice:
            notice = QLabel(record.sensitive_notice, self.content)
            notice.setProperty("role", "sensitive-notice")
            notice.setWordWrap(True)
            notice.setAccessibleName(record.sensitive_notice)
            layout.addWidget(notice)
            if record.sensitive_ref and self.session.can(SEARCH):
                layout.addWidget(self._action(_tr(ASK_CONTACT), self.contactRequested),
                                 0, Qt.AlignmentFlag.AlignLeft)
        for link in record.links:
            layout.addWidget(self._duplicate_warning(link.id, link.kind))

        hidden = record.view == "shielded"
        current = [i for i in record.involvements if not i.ended]
        ended = [i for i in record.involvements if i.ended]
        leads = [i for i in current if i.lead_professional]
        others = [i for i in current if not i.lead_professional]

        if hidden:
            layout.addWidget(heading(self.tr("Contacts"), 2, self.content))
            layout.addWidget(hint(_tr(HIDDEN), self.content))
        else:
            for item in leads:
                card = self._involvement_card(item, lead=True)
                self.lead_cards.append(card)
                layout.addWidget(card)
            if not leads:
                layout.addWidget(hint(self.tr("No lead professional recorded."), self.content))
            # Current services, then school, then GP, then the parents and carers.
            order = {"school": 1, "gp": 2}
            others.sort(key=lambda i: order.get(i.service, 0))
            cards = [self._involvement_card(i) for i in others]
            cards += [self._carer_card(c) for c in record.carers]
            grid = QGridLayout()
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(8)
            for index, card in enumerate(cards):
                row, column = divmod(index, CARDS_PER_ROW)
                grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)
            for column in range(CARDS_PER_ROW):
                grid.setColumnStretch(column, 1)
            layout.addLayout(grid)
            if not cards:
                layout.addWidget(hint(self.tr("No other contacts recorded."), self.content))
            if ended:
                self.ended = Details(_tr(ENDED_SUMMARY), self.content)
                self.ended.toggled.connect(lambda _open: self._order_tabs())
                for item in ended:
                    self.ended.body_layout.addWidget(self._involvement_card(item))
                layout.addWidget(self.ended)
            if self.session.mediation is not None:
                self.pass_on = PassOnPanel(self.session, record, self.content)
                layout.addWidget(self.pass_on)
        if self.session.can(REQUEST_SHIELD) and not record.shielded:
            layout.addWidget(self._action(_tr(REQUEST_SHIELDING), self.shieldingRequested),
                             0, Qt.AlignmentFlag.AlignLeft)
        if self.session.can(VIEW_ACCESS_LOG) and record.view == "full":
            self.access = Details(_tr(ACCESS_SUMMARY), self.content)
            self.access_rows = QLabel(self.access.body)
            self.access_rows.setWordWrap(True)
            self.access_rows.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse)
            self.access_rows.setAccessibleName(_tr(ACCESS_SUMMARY))
            self.access.body_layout.addWidget(self.access_rows)
            self.access.toggled.connect(self._access_toggled)
            layout.addWidget(self.access)
        layout.addStretch(1)
        self.content.setAccessibleName(self.tr("Record of {name}").format(name=name))
        self.copy_all_button.setEnabled(bool(self.cards))
        self._order_tabs()
        self._say("")
        first = self.lead_cards[0] if self.lead_cards else (self.cards[0] if self.cards
                                                            else None)
        if first is not None:
            focus_if_shown(self, first.copy_button)
        else:
            focus_if_shown(self, self.back_button)

    def _order_tabs(self) -> None:
        """Tab starts at the lead professional's Copy, then each contact in reading order,
        the ended services, the duplicate links, and the screen's own buttons."""
        chain: list[QWidget] = [*(c.copy_button for c in self.lead_cards)]
        chain += [
            c.copy_button for c in self.cards
            if c not in self.lead_cards and not self._in_ended(c)]
        if self.ended is not None:
            chain.append(self.ended.button)
            chain += [c.copy_button for c in self.cards if self._in_ended(c)]
        chain += self.duplicate_links
        if self.pass_on is not None:
            chain += self.pass_on.focus_chain()
        chain += self.action_buttons
        if self.access is not None:
            chain.append(self.access.button)
        chain += [self.copy_all_button, self.back_button, self.change_reason_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _in_ended(self, card: ContactCard) -> bool:
        return self.ended is not None and self.ended.isAncestorOf(card)

    def _action(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self.content)
        button.setAccessibleName(text)
        record = self.record
        button.clicked.connect(lambda _=False: signal.emit(record))
        self.action_buttons.append(button)
        return button

    def _shield_facts(self, record: ChildRecord) -> QLabel:
        """For the owning LA's management team: the shield in force."""
        shield = record.shield
        assert shield is not None
        words = self.tr("Shielded on {when} by {who}; ground: {ground}; review by "
                        "{review}.").format(when=when(shield.applied_at), who=shield.applied_by,
                                            ground=ground_text(shield.ground),
                                            review=on_date(shield.review_on))
        if shield.interim:
            words = self.tr("{shield} Interim shield: confirm by {when}.").format(
                shield=words, when=when(shield.confirm_by) if shield.confirm_by
                else self.tr("now (overdue)"))
        label = QLabel(words, self.content)
        label.setWordWrap(True)
        label.setProperty("role", "lock-reason")
        label.setAccessibleName(words)
        return label

    @async_slot(bool)
    async def _access_toggled(self, opened: bool) -> None:
        """Fetch who viewed the record when the Details is opened (audited as a read)."""
        if not opened or self.record is None or self.access_rows is None:
            return
        rows = self.access_rows
        rows.setText(self.tr("Loading who viewed this record…"))
        child_id = self.record.id
        generation = self.operation.generation
        try:
            log = await self.session.access_log(child_id)
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            if self.operation.current(generation) and self.access_rows is rows:
                rows.setText(failure.message)
            return
        if not self.operation.current(generation) or self.access_rows is not rows:
            return
        lines = []
        for e in log.items:
            line = self.tr("{when} — {username} ({roles}, {la}): {action}").format(
                when=when(e.at), username=e.username,
                roles=", ".join(word(ROLE_WORDS, r) for r in e.roles), la=la_text(e.la),
                action=word(ACCESS_ACTIONS, e.action))
            if e.reason:
                line = self.tr("{entry}, reason: {reason}").format(
                    entry=line, reason=word(REASONS, e.reason))
            lines.append(line)
        rows.setText("\n".join(lines) if lines else self.tr("No one has viewed this record."))
        rows.setAccessibleDescription(rows.text())

    def _shielded_banner(self) -> QFrame:
        banner = QFrame(self.content)
        banner.setProperty("role", "shielded-banner")
        banner_layout = QVBoxLayout(banner)
        title = QLabel(_tr(SHIELDED_BANNER), banner)
        title.setFont(scaled_font(1.1, bold=True))
        title.setWordWrap(True)
        banner_layout.addWidget(title)
        next_step = QLabel(_tr(SHIELDED_NEXT), banner)
        next_step.setWordWrap(True)
        banner_layout.addWidget(next_step)
        banner.setAccessibleName(_tr(SHIELDED_BANNER))
        return banner

    def _duplicate_warning(self, other_id: str, kind: str) -> QFrame:
        """GOV.UK warning text, with a link that opens the other record."""
        spoken = spoken_id(other_id)
        text = (self.tr("This child may also have record {id}; check before passing on "
                        "contacts.") if kind == "possible_duplicate" else
                self.tr("This child also has record {id}; check it before passing on "
                        "contacts.")).format(id=spoken)
        box = QFrame(self.content)
        box.setProperty("role", "warning-text")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel("!", box)
        icon.setProperty("role", "warning-icon")
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setFont(scaled_font(1.3, bold=True))
        icon.setFixedSize(icon.fontMetrics().height() + 8, icon.fontMetrics().height() + 8)
        icon.setAccessibleName(self.tr("Warning"))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QLabel(text, box)
        words.setProperty("role", "warning-text")
        words.setWordWrap(True)
        row.addWidget(words, 1)
        link = QPushButton(self.tr("Open record {id}").format(id=spoken), box)
        link.setProperty("role", "link")
        link.setFlat(True)
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setAccessibleName(link.text())
        link.clicked.connect(lambda _=False, target=other_id: self.recordRequested.emit(target))
        row.addWidget(link)
        box.setAccessibleName(self.tr("Warning: {text}").format(text=text))
        self.duplicate_links.append(link)
        return box

    def _card(self, title: str, rows: list[Row], tags: list[str], *, label: str,
              lead: bool = False, section: str | None = None) -> ContactCard:
        labelled = self.tr("{key}: {value}")
        copy = [labelled.format(key=label, value=rows[0][1]) if rows and rows[0][1] else label]
        copy += [labelled.format(key=key, value=value) for key, value, _ in rows[1:] if value]
        card = ContactCard(title, rows, "\n".join(copy), self.clipboard, tags, self.content,
                           columns=2 if lead else 1, lead=lead)
        card.copied.connect(lambda: self._say(_tr(COPIED)))
        self.cards.append(card)
        if section is not None:
            card.section = section
            card.top.insertWidget(card.top.count() - 1, self._report_button(section, card))
            card.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            card.customContextMenuRequested.connect(
                lambda point, c=card: self._report_menu(c, point))
        return card

    def _report_button(self, section: str, parent: QWidget | None = None) -> QPushButton:
        """A small "Report a problem" per section (keyboard: the context-menu key on a
        card's Copy button offers the same)."""
        button = QPushButton(_tr(REPORT_PROBLEM), parent or self.banner)
        button.setProperty("role", "link")
        button.setFlat(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAccessibleName(self.tr("Report a problem with these details"))
        record = self.record
        button.clicked.connect(lambda _=False: self.issueRequested.emit(record, section))
        return button

    def _report_menu(self, card: ContactCard, point: QPoint) -> None:
        menu = QMenu(card)
        menu.setAccessibleName(self.tr("Contact actions"))
        menu.addAction(self.tr("Copy contact details"), card.copy)
        record, section = self.record, card.section or ""
        menu.addAction(self.tr("Report a problem with these details"),
                       lambda: self.issueRequested.emit(record, section))
        menu.addAction(self.tr("Report a problem with the child's details"),
                       lambda: self.issueRequested.emit(record, ""))
        menu.popup(card.mapToGlobal(point))
        self.report_menu = menu

    def _carer_card(self, carer: CarerView) -> ContactCard:
        relationship = carer.relationship[:1].upper() + carer.relationship[1:]
        rows: list[Row] = [(self.tr("Name"), carer.name, False),
                           (self.tr("Phone"), spoken_phone(carer.phone) if carer.phone else None,
                            True),
                           (self.tr("Email"), carer.email, False)]
        if carer.address is not None:
            rows.append((self.tr("Address"), address_text(carer.address), False))
        return self._card(self.tr("{relationship}: {name}").format(
                              relationship=relationship, name=carer.name),
                          rows, [], label=relationship,
                          section=f"carers/{carer.ref}" if carer.ref else None)

    def _involvement_card(self, item: InvolvementView, *, lead: bool = False) -> ContactCard:
        service = word(SERVICES, item.service)
        rows: list[Row] = [(self.tr("Organisation"), item.organisation, False)]
        if lead:
            rows.append((self.tr("Service"), service, False))
        rows += [(self.tr("Practitioner"), item.practitioner, False),
                 (self.tr("Phone"), spoken_phone(item.phone) if item.phone else None, True),
                 (self.tr("Email"), item.email, False)]
        if item.address is not None and not lead:
            rows.append((self.tr("Address"), address_text(item.address), False))
        if item.ended:
            rows.append((self.tr("Dates"), self.tr("{start} to {end}").format(
                start=long_date(item.start),
                end=long_date(item.end) if item.end else self.tr("not known")), False))
        if lead and item.address is not None:
            rows.append((self.tr("Address"), address_text(item.address), False))
        tags = [kind for kind, on in (("lead", item.lead_professional and not lead),
                                      ("caf", item.caf), ("sensitive", item.sensitive),
                                      ("ended", item.ended)) if on]
        label = self.tr("Lead professional") if lead else service
        title = (self.tr("Lead professional: {organisation}") if lead else
                 self.tr("{service}: {organisation}")).format(service=service,
                                                                organisation=item.organisation)
        return self._card(title, rows, tags, label=label, lead=lead,
                          section=f"involvements/{item.ref}" if item.ref else None)

    def copy_text_all(self) -> str:
        """Every contact a user can see now, labelled, one block each."""
        visible = [c for c in self.cards if not self._in_ended(c)
                   or (self.ended is not None and self.ended.is_open)]
        return "\n\n".join(card.copy_text for card in visible)

    def copy_all(self) -> None:
        """Ctrl+Shift+C: every visible contact, marked and cleared like a single copy."""
        if self.record is None or not self.cards:
            return
        self.clipboard.copy(self.copy_text_all())
        self._say(_tr(COPIED_ALL))

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
