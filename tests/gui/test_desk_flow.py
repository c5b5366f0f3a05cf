"""The desk end to end, as a user drives it: sign in → search → record → lock → unlock,
against the real service on loopback with a real SoftHSM2 token."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import Engine
from testkit import PIN, address, child, involvement

from cpdesk.session import State
from cpdesk.views.labels import born_text
from cpdesk.walkthrough import Walkthrough

from .guikit import Gui, load, press, type_into, until

pytestmark = pytest.mark.gui

CHILD_TEXT = ("Okafor", "Amara", "Hillside Primary", "0113 496 0101", "LS17 5QX",
              "Moorland View")


@pytest.fixture()
def children(engine: Engine) -> None:
    load(engine, [
        child("CP0000000001", surname="Okafor", forenames="Amara Grace", dob="2014-03-27",
              address=address("LS17 5QX", "4 Moorland View", "Leeds"),
              aliases=[{"forenames": "Amara", "surname": "Okafor-Smith"}],
              involvements=[
                  involvement("school", organisation="Hillside Primary", phone="0113 496 0101",
                              lead_professional=True),
                  involvement("gp", organisation="Headingley Medical Practice"),
                  involvement("health_visitor", organisation="Leeds Community Health",
                              caf=True),
                  involvement("youth_worker", organisation="Leeds Youth Service",
                              start="2020-01-01", end="2099-01-01"),
                  involvement("mental_health", organisation="CAMHS Leeds"),
              ]),
        child("CP0000000002", surname="Okafor", forenames="Ben", dob="2014-03-27",
              gender="male", shielded=True),
    ])


def texts_in(widget: Any) -> str:
    labels = widget.findChildren(QLabel)
    edits = widget.findChildren(QLineEdit)
    return "\n".join([label.text() for label in labels] + [e.text() for e in edits])


def test_sign_in_search_record_lock_unlock(gui: Gui, enrol: Any, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.desk(user)
        window = desk.window
        walk = Walkthrough(window)
        assert window.lock_screen.mode == "sign_in"
        # A new realm is a training one until made production: the banner says so at once.
        await until(lambda: window.banners.training.isVisible(), "the TRAINING banner")
        assert window.windowTitle() == "cpdesk — training"
        await walk.sign_in(user.username, user.password, PIN)
        assert window.status.user.text() == "Signed in as hd.amara (helpdesk)"
        # The username and the realm signed into at this address (not child data) are
        # remembered for the next sign-in on this computer.
        remembered = json.loads((gui.tmp_path / "settings.json").read_text())
        assert remembered == {"username": "hd.amara",
                              "pinned_realms": {desk.client.base_url: "training"}}
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert [n for n in nav if n != "Training scenarios"] == [
            "Search", "Recently viewed", "My activity", "My requests", "Helpdesk"]
        assert window.current is window.search_view
        assert window.focusWidget() is window.search_view.form.surname

        # Search: Enter from the date field, first row selected, focus in the results.
        view = window.search_view
        form, results = view.form, view.results
        type_into(form.surname, "okafor")
        type_into(form.dob.day, "27")
        type_into(form.dob.month, "3")
        type_into(form.dob.year, "2014")
        press(form.dob.year, Qt.Key.Key_Return)
        await until(lambda: results.model.rowCount() == 2, "two results")
        assert results.message.text().startswith("2 children found")
        assert window.focusWidget() is results.table
        assert results.table.currentIndex().row() == 0
        rows = [[results.model.index(r, c).data() for c in range(7)] for r in range(2)]
        # The local authority by name, not by code alone.
        # The age beside the date of birth; the local authority by name, not by code alone.
        assert rows[0][:6] == ["Amara Grace Okafor", born_text("2014-03-27"), "Female", "LS17",
                               "Leeds (E08000035)", "Certain: surname, date of birth"]
        assert rows[0][1].startswith("27 March 2014 (") and rows[0][1].endswith(" years)")
        assert rows[1][3:5] == ["Hidden", "Hidden"] and rows[1][6] == "Shielded"

        # Arrow down and back, Enter opens; the reason is asked first.
        press(results.table, Qt.Key.Key_Down)
        assert results.table.currentIndex().row() == 1
        press(results.table, Qt.Key.Key_Up)
        press(results.table, Qt.Key.Key_Return)
        record = window.record_view
        await until(lambda: record.dialog is not None and record.dialog.isVisible(),
                    "the reason question")
        record.dialog.choose("helpdesk_enquiry")
        record.dialog.ok.click()
        await until(lambda: record.record is not None, "the record")
        assert window.current is record
        assert record.reason_label.text() == (
            "Your reason for viewing: Answering a helpdesk enquiry")
        # The banner says who the child is, the ID grouped for reading out.
        banner = record.banner
        assert banner.name.text() == "OKAFOR, Amara Grace"
        assert banner.facts.text().startswith("Born 27 March 2014 (")
        assert banner.facts.text().endswith("Female  ·  ID CP 000 000 0001")
        assert "Also known as Amara Okafor-Smith" in banner.where.text()
        assert "Leeds (E08000035)" in banner.where.text()
        assert [t.text() for t in banner.findChildren(QLabel) if t.property("tag")] == [
            "Training", "Sensitive service involved"]
        # The lead professional first, then current services, school, GP and carers.
        assert [card.title for card in record.cards] == [
            "Lead professional: Hillside Primary", "Health visitor: Leeds Community Health",
            "Youth worker: Leeds Youth Service", "GP practice: Headingley Medical Practice",
            "Mother: Test Carer"]
        shown = texts_in(record.content)
        assert ("an unspecified sensitive service is involved — contact the ContactPoint "
                "management team") in shown
        tags = {card.accessibleName(): [t.text() for t in card.findChildren(QLabel)
                                        if t.property("tag")] for card in record.cards}
        assert tags["Contact: Health visitor: Leeds Community Health"] == ["CAF"]

        # Copy a contact in one action.
        school = next(c for c in record.cards if "Hillside" in c.accessibleName())
        school.setFocus()
        press(school, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert "0113 496 0101" in QGuiApplication.clipboard().text()

        # Lock: every model and label that held child data is empty, not just hidden.
        await walk.lock()
        assert window.lock_screen.title.text() == "cpdesk is locked"
        assert window.lock_screen.reason.isHidden()  # a manual lock needs no explaining
        assert results.model.rowCount() == 0
        assert window.activity_view.model.rowCount() == 0
        assert record.record is None and record.cards == []
        assert form.surname.text() == "" and form.dob.year.text() == ""
        everything = texts_in(window)
        for text in CHILD_TEXT:
            assert text not in everything, text
        assert QGuiApplication.clipboard().text() == ""

        # Unlock with the PIN alone: back on the record, fetched afresh.
        assert window.lock_screen.username_block.isHidden()
        await walk.unlock(PIN)
        assert window.current is record and record.record is not None
        assert record.record.id == "CP0000000001"
        # Esc goes back to the search, which runs again.
        press(window.focusWidget() or window, Qt.Key.Key_Escape)
        await until(lambda: results.model.rowCount() == 2, "the search run again")
        assert window.current is view
        assert form.surname.text() == "okafor"

        # The service recorded it all, with the reason.
        await walk.my_activity()
        activity = window.activity_view.model
        actions = [activity.index(r, 1).data() for r in range(activity.rowCount())]
        assert "Viewed a record" in actions and "Searched" in actions
        reasons = {activity.index(r, 3).data() for r in range(activity.rowCount())}
        assert "Answering a helpdesk enquiry" in reasons

    gui.run(scenario())


def test_unlock_returns_to_the_search_with_fresh_results(gui: Gui, enrol: Any,
                                                         children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        walk = Walkthrough(desk.window)
        await walk.search("Okafor", "2014")
        view = desk.window.search_view
        first = view.results.model.results
        await walk.lock()
        assert view.results.model.rowCount() == 0
        await walk.unlock(PIN)
        assert desk.window.current is view
        assert [r.id for r in view.results.model.results] == [r.id for r in first]
        assert view.results.model.results is not first  # fetched again, not kept
        assert desk.session.state == State.UNLOCKED

    gui.run(scenario())
