"""The record: the reason comes first and is kept for the session; shielding and sensitive
services read as the service sends them; contacts copy in one action and do not linger."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLabel
from sqlalchemy import Engine
from testkit import child, involvement

from cpdesk.contract import SENSITIVE_NOTICE
from cpdesk.ui.main_window import ShellTimings
from cpdesk.views.record import SHIELDED_BANNER
from cpdesk.walkthrough import Walkthrough
from cpdesk.widgets.clipboard import KDE_HINT, MACOS_CONCEALED, WINDOWS_EXCLUDE

from .guikit import FAST_SHELL, Gui, load, press, until

pytestmark = pytest.mark.gui


@pytest.fixture()
def children(engine: Engine) -> None:
    load(engine, [
        child("CP0000000011", surname="Achterberg", forenames="Lotte", dob="2015-01-20",
              involvements=[involvement("school", organisation="Meanwood Primary",
                                        phone="0113 496 0202"),
                            involvement("sexual_health", organisation="Clinic", consent=True)]),
        child("CP0000000012", surname="Achterberg", forenames="Sem", dob="2015-01-20",
              shielded=True),
    ])


async def open_with(gui: Gui, user: Any, **options: Any) -> tuple[Any, Walkthrough]:
    desk, _ = await gui.signed_in(user, **options)
    walk = Walkthrough(desk.window)
    await walk.search("Achterberg", "2015-01-20")
    return desk, walk


def test_other_reason_needs_words_and_the_reason_is_kept(gui: Gui, enrol: Any,
                                                         children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _walk = await open_with(gui, user)
        window = desk.window
        record = window.record_view
        press(window.search_view.results.table, Qt.Key.Key_Return)
        await until(lambda: record.dialog is not None and record.dialog.isVisible(), "question")
        dialog = record.dialog
        dialog.ok.click()
        assert dialog.summary.messages() == ["Select why you are looking at this record"]
        dialog.choose("other")
        dialog.ok.click()
        assert dialog.summary.messages() == ["Enter the reason you are looking at this record"]
        assert dialog.isVisible()
        dialog.choose("other", "checking a referral")
        dialog.ok.click()
        await until(lambda: record.record is not None, "the record")
        assert record.reason_label.text() == (
            "Your reason for viewing: Another reason: checking a referral")

        # The next record opens without asking again.
        await Walkthrough(window).activate()  # as the window manager would after a dialog
        press(window.focusWidget() or window, Qt.Key.Key_Escape)
        assert window.current is window.search_view
        press(window.search_view.results.table, Qt.Key.Key_Down)
        press(window.search_view.results.table, Qt.Key.Key_Return)
        await until(lambda: record.record is not None and record.record.id == "CP0000000012",
                    "the second record")
        assert record.dialog is None

        # Changing the reason opens the record again under the new one.
        record.change_reason_button.click()
        await until(lambda: record.dialog is not None and record.dialog.isVisible(), "question")
        assert record.dialog.radios["other"].isChecked()
        record.dialog.choose("safeguarding")
        record.dialog.ok.click()
        await until(lambda: record.reason is not None and record.reason.code == "safeguarding"
                    and record.record is not None, "the record under the new reason")
        activity = await desk.session.activity()
        reasons = [e.reason for e in activity.entries if e.action == "record.view"]
        assert reasons[:3] == ["safeguarding", "other", "other"]

    gui.run(scenario())


def test_cancelling_the_question_opens_nothing(gui: Gui, enrol: Any, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await open_with(gui, user)
        window = desk.window
        record = window.record_view
        press(window.search_view.results.table, Qt.Key.Key_Return)
        await until(lambda: record.dialog is not None and record.dialog.isVisible(), "question")
        record.dialog.cancel.click()
        await until(lambda: window.current is window.search_view, "back to the results")
        assert record.record is None and record.reason is None
        activity = await desk.session.activity()
        assert not [e for e in activity.entries if e.action == "record.view"]

    gui.run(scenario())


def test_shielded_banner_and_sensitive_line_read_as_sent(gui: Gui, enrol: Any,
                                                         children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, walk = await open_with(gui, user)
        record = desk.window.record_view
        await walk.open_first("helpdesk_enquiry")
        texts = [label.text() for label in record.content.findChildren(QLabel)]
        assert SENSITIVE_NOTICE in texts
        assert SHIELDED_BANNER not in texts

        desk.window.open_record("CP0000000012")
        await until(lambda: record.record is not None and record.record.id == "CP0000000012",
                    "the shielded record")
        texts = [label.text() for label in record.content.findChildren(QLabel)]
        assert SHIELDED_BANNER in texts
        assert texts.count("Hidden because the record is shielded.") == 1
        assert not any(t.startswith("Address") for t in texts)
        assert record.cards == []

    gui.run(scenario())


def test_copied_contact_is_marked_secret_and_cleared(gui: Gui, enrol: Any,
                                                     children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])
    quick = ShellTimings(**{**FAST_SHELL.__dict__, "clipboard_clear_ms": 50})

    async def scenario() -> None:
        desk, walk = await open_with(gui, user, shell_timings=quick)
        await walk.open_first("helpdesk_enquiry")
        record = desk.window.record_view
        school = next(c for c in record.cards if "Meanwood" in c.accessibleName())
        school.setFocus()
        press(school, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
        # Labelled, so that what is pasted or read out says what each line is.
        assert clipboard.text().splitlines() == [
            "School: Meanwood Primary", "Practitioner: Dr Test Practitioner",
            "Phone: 0113 496 0202", "Email: practice@example.org",
            "Address: Practice House, Leeds, LS6 1AA"]
        assert bytes(mime.data(KDE_HINT).data()) == b"secret"
        assert mime.hasFormat(WINDOWS_EXCLUDE) and mime.hasFormat(MACOS_CONCEALED)
        await until(lambda: clipboard.text() == "", "the clipboard cleared")

        # Something the user copied afterwards is theirs: it is left alone.
        school.copy()
        clipboard.setText("the user's own note")
        await until(lambda: not desk.window.clipboard._timer.isActive(), "the clear timer")
        assert clipboard.text() == "the user's own note"

    gui.run(scenario())


def test_locking_with_the_question_open_closes_it(gui: Gui, enrol: Any,
                                                  children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, walk = await open_with(gui, user)
        record = desk.window.record_view
        press(desk.window.search_view.results.table, Qt.Key.Key_Return)
        await until(lambda: record.dialog is not None and record.dialog.isVisible(), "question")
        await desk.session.lock()
        await until(lambda: record.dialog is None, "the question closed")
        assert record.record is None
        await walk.unlock(user.pin)
        # The record was never opened: the user is back on the results, fetched again.
        await until(lambda: desk.window.search_view.results.model.rowCount() == 2, "the results")
        assert desk.window.current is desk.window.search_view

    gui.run(scenario())
