"""The record's "Pass on details" panel, shown while mediating: every contact on the record
(services and carers, by the service's ``ref``), a tick for each read out to the
practitioner, and "Record what I passed on" — a write through the outbox
(``POST /v1/mediation/sessions/{id}/passed-on``) that the practitioner's receipt lists."""

from __future__ import annotations

from typing import Final

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.contract import ChildRecord
from cpdesk.session import DeskSession, failure_of
from cpdesk.sync.outbox import ItemState, OutboxItem, passed_on
from cpdesk.views.labels import SERVICES, word
from cpdesk.views.outbox_status import OutboxStatus
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.text import heading, hint

TITLE: Final = QT_TRANSLATE_NOOP("PassOnPanel", "Pass on details")
NOTHING_TICKED: Final = QT_TRANSLATE_NOOP("PassOnPanel", "Tick each contact you read out to the "
                                          "practitioner.")


class PassOnPanel(QFrame):
    def __init__(self, session: DeskSession, record: ChildRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.child_id = record.id
        self.setProperty("role", "pass-on")
        self.setAccessibleName(self.tr(TITLE))
        layout = QVBoxLayout(self)
        mediation = session.mediation
        who = mediation.practitioner if mediation is not None else self.tr("the practitioner")
        layout.addWidget(heading(self.tr(TITLE), 2, self))
        layout.addWidget(hint(self.tr("Tick each contact you read out to {who}, then record "
                                      "it. Their receipt lists what you passed on.").format(
                                          who=who), self))
        self.boxes: list[tuple[QCheckBox, str, str]] = []
        for item in record.involvements:
            if item.ref is None:
                continue
            service = word(SERVICES, item.service)
            words = self.tr("{service}: {organisation}").format(
                service=service, organisation=item.organisation)
            if item.practitioner:
                words = self.tr("{contact}, {practitioner}").format(
                    contact=words, practitioner=item.practitioner)
            self._box(words, "involvement", item.ref)
        for carer in record.carers:
            if carer.ref is None:
                continue
            relationship = carer.relationship[:1].upper() + carer.relationship[1:]
            self._box(self.tr("{relationship}: {name}").format(
                relationship=relationship, name=carer.name), "carer", carer.ref)
        if not self.boxes:
            layout.addWidget(hint(self.tr("This record shows no contacts to pass on."), self))
        for box, _kind, _ref in self.boxes:
            layout.addWidget(box)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        layout.addWidget(self.message)
        self.record_button = QPushButton(self.tr("Record what I passed on"), self)
        self.record_button.setAccessibleName(self.tr("Record what I passed on"))
        self.record_button.clicked.connect(self.send)
        self.record_button.setEnabled(bool(self.boxes))
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = OutboxStatus(session, self)
        self.status.settled.connect(self._settled)
        layout.addWidget(self.status)

    def _box(self, words: str, kind: str, ref: str) -> None:
        box = QCheckBox(words, self)
        box.setAccessibleName(self.tr("Passed on: {contact}").format(contact=words))
        self.boxes.append((box, kind, ref))

    def ticked(self) -> list[tuple[str, str]]:
        return [(kind, ref) for box, kind, ref in self.boxes if box.isChecked()]

    def focus_chain(self) -> list[QWidget]:
        return [*(box for box, _k, _r in self.boxes), self.record_button]

    @async_slot()
    async def send(self) -> None:
        items = self.ticked()
        mediation = self.session.mediation_id
        if not items:
            self.message.setText(self.tr(NOTHING_TICKED))
            return
        if mediation is None:
            self.message.setText(self.tr("The mediation has ended: start a new one to record "
                                         "what you pass on."))
            return
        self.message.clear()
        try:
            item = await self.session.submit(passed_on(mediation, self.child_id, items))
        except ValidationError:
            self.message.setText(self.tr("cpdesk could not record these contacts. Try again."))
            return
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            self.message.setText(failure.message)
            return
        self.status.follow(item)

    def _settled(self, item: OutboxItem) -> None:
        if item.state is ItemState.SENT:
            count = len(self.ticked())
            self.message.setText(self.tr("Recorded: 1 contact passed on.") if count == 1 else
                                 self.tr("Recorded: {n} contacts passed on.").format(n=count))
        else:
            self.status.focus()

    def clear(self) -> None:
        self.status.clear()
        for box, _kind, _ref in self.boxes:
            box.setChecked(False)
