"""Data issues: telling the owning local authority's data administrator that a field of a
record is wrong, and the data administrator's queue (capability ``resolve_data_issues``).

A report starts from the record: the small "Report a problem" beside a section (the child,
a service, a carer), or the context-menu key on a contact's Copy button. The screen names
the section's fields as the contract does (``address``, ``carers/<ref>/phone``, …), asks
what it should say and why, and sends it through the outbox. The reporter sees the outcome
under "My requests".
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cpdesk.contract import CarerView, ChildRecord, DataIssue, InvolvementView
from cpdesk.session import DeskSession
from cpdesk.sync.outbox import Write, data_issue, resolve_issue
from cpdesk.views.labels import SERVICES, spoken_id, translated, word
from cpdesk.views.management import QueueTab
from cpdesk.views.shielding import _WriteScreen
from cpdesk.views.workflow_labels import fold_text, text_problem, when
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.counted_text import CountedText
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.radios import Radios
from cpdesk.widgets.text import heading
from cpdesk.widgets.warning_text import WarningText

# The words in English, marked for translation in the context "Labels" (labels.translated()).
CHILD_FIELDS: Final = (("address", QT_TRANSLATE_NOOP("Labels", "Address")),
                       ("forenames", QT_TRANSLATE_NOOP("Labels", "Forenames")),
                       ("surname", QT_TRANSLATE_NOOP("Labels", "Surname")),
                       ("dob", QT_TRANSLATE_NOOP("Labels", "Date of birth")),
                       ("gender", QT_TRANSLATE_NOOP("Labels", "Gender")))
CARER_FIELDS: Final = (("name", QT_TRANSLATE_NOOP("Labels", "Name")),
                       ("phone", QT_TRANSLATE_NOOP("Labels", "Phone")),
                       ("email", QT_TRANSLATE_NOOP("Labels", "Email")),
                       ("address", QT_TRANSLATE_NOOP("Labels", "Address")))
SERVICE_FIELDS: Final = (("organisation", QT_TRANSLATE_NOOP("Labels", "Organisation")),
                         ("practitioner", QT_TRANSLATE_NOOP("Labels", "Practitioner")),
                         ("phone", QT_TRANSLATE_NOOP("Labels", "Phone")),
                         ("email", QT_TRANSLATE_NOOP("Labels", "Email")),
                         ("address", QT_TRANSLATE_NOOP("Labels", "Address")))
ISSUE_STATUS: Final[dict[str, str]] = {
    "open": QT_TRANSLATE_NOOP("Labels", "Waiting for the data administrator"),
    "corrected": QT_TRANSLATE_NOOP("Labels", "Corrected"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Not changed"),
}
REPORT_HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Report a problem with a record\n\n"
    "Tell the data administrator of the local authority that owns this record that a "
    "detail is wrong. Choose the detail, say what it should be, and why you think so. Do "
    "not write case details.\n\n"
    "The report is saved on this computer, encrypted, until the service has it. \"My "
    "requests\" shows what the data administrator did.\n\n"
    "Esc: back to the record."
)
QUEUE_HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Data issues\n\n"
    "Reports that a field of one of your local authority's records is wrong, oldest first. "
    "Open one with Enter, check the record, then say whether it was corrected or not, with "
    "a note the reporter will see.\n\n"
    "Ctrl+L: lock."
)


def field_words(field: str) -> str:
    """A contract field name in words ("carers/r…/phone" → "Phone (a carer)")."""
    parts = field.split("/")
    names = dict(CHILD_FIELDS) | dict(CARER_FIELDS) | dict(SERVICE_FIELDS)
    if len(parts) == 3:
        text = (QCoreApplication.translate("ReportIssueView", "{field} (a carer)")
                if parts[0] == "carers" else
                QCoreApplication.translate("ReportIssueView", "{field} (a service)"))
        return text.format(field=word(names, parts[2]))
    return word(names, field)


def section_fields(record: ChildRecord, section: str) -> tuple[str, list[tuple[str, str]]]:
    """What the section is called, and its fields as (contract name, words)."""
    if not section:
        return (f"{record.forenames} {record.surname.upper()}",
                [(code, translated(words)) for code, words in CHILD_FIELDS])
    kind, _, ref = section.partition("/")
    if kind == "carers":
        carer: CarerView | None = next((c for c in record.carers if c.ref == ref), None)
        title = (QCoreApplication.translate("ReportIssueView", "Carer: {name}").format(
            name=carer.name) if carer is not None else
            QCoreApplication.translate("ReportIssueView", "A carer"))
        return title, [(f"{section}/{code}", translated(words)) for code, words in CARER_FIELDS]
    item: InvolvementView | None = next((i for i in record.involvements if i.ref == ref), None)
    title = (QCoreApplication.translate("ReportIssueView", "{service}: {organisation}").format(
        service=word(SERVICES, item.service), organisation=item.organisation)
             if item is not None else QCoreApplication.translate("ReportIssueView", "A service"))
    return title, [(f"{section}/{code}", translated(words)) for code, words in SERVICE_FIELDS]


class ReportIssueView(_WriteScreen):
    title = QT_TRANSLATE_NOOP("ReportIssueView", "Report a problem with a record")
    help_text = REPORT_HELP
    send_text = QT_TRANSLATE_NOOP("ReportIssueView", "Send report")

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Report a problem with a record"), parent)
        self.send_button.setText(self.tr(self.send_text))
        self.send_button.setAccessibleName(self.tr(self.send_text))
        self.section_label = QLabel(self.form)
        self.section_label.setWordWrap(True)
        self.form_layout.addWidget(self.section_label)
        self.field = QComboBox(self.form)
        self._field(self.tr("Which detail is wrong?"), self.field)
        self.suggested = QLineEdit(self.form)
        self._field(self.tr("What should it say?"), self.suggested,
                    self.tr("If you do not know, say so."))
        self.form_layout.addWidget(WarningText(
            self.tr("Do not write case details. Say only how you know the detail is wrong."),
            self.form))
        self.note = CountedText(self.tr("Why you think it is wrong"), 500, self.form, lines=2)
        self._field(self.tr("Why do you think it is wrong?"), self.note)

    def start_for(self, record: ChildRecord, section: str) -> None:
        self.start(record)
        title, fields = section_fields(record, section)
        self.section_label.setText(self.tr("About: {section}").format(section=title))
        self.field.clear()
        self.field.addItem(self.tr("Choose the detail"), None)
        for code, words in fields:
            self.field.addItem(words, code)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget:
        return self.field

    def problems(self) -> list[tuple[str, QWidget]]:
        found: list[tuple[str, QWidget]] = []
        if self.field.currentData() is None:
            found.append((self.tr("Choose the detail that is wrong"), self.field))
        problem = text_problem(fold_text(self.suggested.text()), self.tr("what it should say"))
        if problem:
            found.append((problem, self.suggested))
        problem = text_problem(fold_text(self.note.text()), self.tr("why you think it is wrong"))
        if problem:
            found.append((problem, self.note))
        return found

    def build(self) -> Write:
        assert self.child_id is not None
        return data_issue(self.child_id, str(self.field.currentData()),
                          fold_text(self.suggested.text()), fold_text(self.note.text()))

    def _wipe_fields(self) -> None:
        self.field.setCurrentIndex(0)
        self.suggested.clear()
        self.note.clear()
        self.section_label.clear()


class IssueQueueTab(QueueTab):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, self.tr("Data issues"), self.tr("Reports about your local authority's "
                                                     "records, oldest first."),
            (self.tr("Reported"), self.tr("Child ID"), self.tr("Detail"),
             self.tr("Reported by")),
            lambda r: (when(r.created_at), r.child_id, field_words(r.field), r.created_by),
            parent)
        f = self.form_layout
        self.title = heading("", 2, self.form)
        f.addWidget(self.title)
        self.facts = QLabel(self.form)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f.addWidget(self.facts)
        self.record_button = self._button(self.tr("Open the child's record"), self._open_record)
        f.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.outcome = Radios(self.tr("Outcome"), [(self.tr("Corrected"), "corrected"),
                                                   (self.tr("Not changed"), "rejected")],
                              self.form)
        self._field(self.tr("Outcome"), self.outcome)
        self.note = CountedText(self.tr("Note for the reporter"), 500, self.form, lines=2)
        self._field(self.tr("Note for the reporter"), self.note,
                    self.tr("The reporter sees this note."))
        self.send_button: QPushButton = self._button(self.tr("Send outcome"), self.send,
                                                     primary=True)
        f.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)

    async def fetch(self) -> list[Any]:
        return list((await self.session.data_issues(queue=True)).items)

    def fill(self, row: DataIssue) -> None:
        self.title.setText(self.tr("{field} on record {id}").format(
            field=field_words(row.field), id=spoken_id(row.child_id)))
        facts = [self.tr("Reported by {who} on {when}.").format(who=row.created_by,
                                                                when=when(row.created_at))]
        if row.suggested:
            facts.append(self.tr("Should say: {text}.").format(text=row.suggested))
        if row.note:
            facts.append(self.tr("Why: {text}").format(text=row.note))
        self.facts.setText(" ".join(facts))
        self.outcome.focus()

    def _open_record(self) -> None:
        if self.current is not None:
            self.recordRequested.emit(self.current.child_id)

    @async_slot()
    async def send(self) -> None:
        row = self.current
        if row is None:
            return
        found: list[tuple[str, QWidget]] = []
        if self.outcome.value() is None:
            found.append((self.tr("Select corrected or not changed"), self.outcome))
        problem = text_problem(fold_text(self.note.text()), self.tr("a note for the reporter"))
        if problem:
            found.append((problem, self.note))
        item = await self.submit(found, lambda: resolve_issue(
            row.request_id, str(self.outcome.value()), fold_text(self.note.text()),
            row.child_id), self.outcome.focus_widget())
        if item is not None:
            self.done = self.tr("Outcome sent.")

    def wipe(self) -> None:
        self.outcome.clear()
        self.note.clear()
        self.facts.clear()
        self.title.clear()


class DataIssuesView(QWidget):
    title = QT_TRANSLATE_NOOP("DataIssuesView", "Data issues")
    help_text = QUEUE_HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Data issues"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Data issues"), 1, self))
        self.queue = IssueQueueTab(session, self)
        self.recordRequested = self.queue.recordRequested
        layout.addWidget(self.queue, 1)

    async def load(self) -> None:
        await self.queue.load()

    def clear(self, *, forget: bool = False) -> None:
        del forget
        self.queue.clear()

    async def resume(self) -> None:
        await self.load()
