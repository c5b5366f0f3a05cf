"""Shielding as a workflow in the desk client, against the real service and real SoftHSM2
tokens: a practitioner requests a shield, a ContactPoint manager of the owning LA approves it
(the household rule's refusal named first), and the practitioner's next search and record
are minimal; shields reviewed and lifted per household; brokered contact asked and closed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, text
from testkit import child, involvement

from cpdesk.sync.outbox import ItemState
from cpdesk.views.management import LIFT_REFUSED
from cpdesk.views.record import SHIELDED_BANNER
from cpdesk.walkthrough import Walkthrough

from .guikit import Gui, load, press, until

pytestmark = pytest.mark.gui

LEEDS = "E08000035"
HOME = {"lines": ["7 Quiet Lane", "Leeds"], "postcode": "LS6 4AB"}
JUSTIFICATION = "Family fled a violent partner who is looking for them."


@pytest.fixture()
def family(engine: Engine) -> None:
    load(engine, [
        child("CP0000000901", forenames="Ava", surname="Quietly", dob="2015-04-04",
              address=HOME,
              involvements=[involvement("school", organisation="Quiet School"),
                            involvement("mental_health", organisation="Hidden Clinic",
                                        consent=True)]),
        child("CP0000000902", forenames="Ben", surname="Quietly", dob="2017-08-08",
              address=HOME),
    ])


async def open_child(walk: Walkthrough, dob: str) -> None:
    await walk.search("Quietly", dob)
    await walk.open_first("safeguarding")


def test_request_approve_then_minimal_record(gui: Gui, enrol: Any, family: None) -> None:
    """The issue's "Done when": request → the owning LA's manager approves → the
    practitioner's next search and record are the shielded (minimal) ones."""
    pat = enrol("pat.quill", ["practitioner"], la=LEEDS)
    cpm = enrol("cpm.quill", ["cp_manager"], la=LEEDS)

    async def scenario() -> None:
        desk, _ = await gui.signed_in(pat)
        window = desk.window
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "My requests" in nav and "Management" not in nav
        walk = Walkthrough(window)
        await open_child(walk, "2015-04-04")
        assert window.record_view.record is not None
        assert window.record_view.record.address is not None

        # The form: nothing chosen, a problem for each, then a live count to 500.
        button = next(b for b in window.record_view.action_buttons
                      if b.text() == "Request shielding")
        button.click()
        view = window.shield_request_view
        await until(lambda: window.current is view, "the request form")
        assert view.justification.count.text() == "You have 500 characters remaining"
        view.send_button.click()
        await until(lambda: view.summary.isVisible(), "the error summary")
        assert view.summary.messages() == ["Select the ground for shielding",
                                           "Enter a justification",
                                           "Select on whose behalf you are asking"]
        await walk.request_shielding(JUSTIFICATION)
        assert view.status.item is not None and view.status.item.state is ItemState.SENT
        assert "sent" in view.status.words.text()
        assert not view.form.isVisible()

        # My requests: waiting for a decision.
        await walk.my_requests()
        rows = window.requests_view.shielding.rows
        assert [r.status for r in rows] == ["requested"]

        # The manager of the owning LA: the household rule first, then approval.
        mdesk, _ = await gui.signed_in(cpm)
        mwin = mdesk.window
        mnav = [mwin.nav.item(i).text() for i in range(mwin.nav.count())]
        assert "Management" in mnav
        mwalk = Walkthrough(mwin)
        management = mwin.management_view
        mwin.show_view(management)
        tabs = [management.tabs.tabText(i) for i in range(management.tabs.count())]
        assert tabs[:3] == ["Decisions", "Interim shields", "Reviews"]
        tab = management.decisions
        await until(lambda: tab.model.rowCount() == 1, "the decision queue")
        tab.table.setFocus()
        press(tab.table, Qt.Key.Key_Return)
        await until(lambda: tab.current is not None, "the request opened")
        assert JUSTIFICATION in tab.facts.text()
        assert [name for _box, _id, name in tab.household] == ["Ben QUIETLY"]
        tab.household[0][0].setChecked(False)  # leave the sibling out, with no reason
        tab.decision.set_value("approve")
        walk.type_into(tab.reason.edit, "Ground met.")
        tab.send_button.click()
        await until(lambda: tab.status.item is not None
                    and tab.status.item.state is ItemState.FAILED, "the household refusal")
        assert tab.summary.isVisible()
        assert tab.summary.messages()[0] == (
            "Tick Ben QUIETLY too, or say why the address no longer applies to them")
        tab.status.cancel_button.click()
        await until(lambda: tab.status.item is not None
                    and tab.status.item.state is ItemState.CANCELLED, "cancelled")
        await mwalk.decide_first("Ground met: risk from a former partner.")
        assert tab.model.rowCount() == 0

        # The practitioner's next search and record: minimal.
        await walk.activate()
        await walk.search("Quietly", "2015-04-04")
        results = window.search_view.results.model
        first = results.results[0]
        assert first.shielded and first.postcode_district is None and first.la is None
        window.record_view.record = None
        await walk.open_first("safeguarding")
        record = window.record_view.record
        assert record is not None and record.view == "shielded"
        assert record.address is None and record.carers == [] and record.involvements == []
        banners = [w.accessibleName() for w in window.record_view.content.findChildren(
            type(window.record_view.content)) if w.accessibleName() == SHIELDED_BANNER]
        assert banners
        assert not any(b.text() == "Request shielding"
                       for b in window.record_view.action_buttons)

        # My requests: approved, by the role title, with the reason.
        await walk.my_requests()
        window.requests_view.shielding_table.setFocus()
        outcome = window.requests_view.outcome.text()
        assert outcome.startswith("Approved by ContactPoint manager")
        assert "Ground met: risk from a former partner." in outcome

    gui.run(scenario(), timeout=150)


def test_review_lift_is_per_household(gui: Gui, enrol: Any, family: None,
                                      engine: Engine) -> None:
    cpm = enrol("cpm.review", ["cp_manager"], la=LEEDS)
    soon = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    now = int(dt.datetime.now(dt.UTC).timestamp())
    with engine.begin() as conn:
        for child_id in ("CP0000000901", "CP0000000902"):
            conn.execute(text(
                "INSERT INTO shields (child_id, la, ground, status, applied_at, applied_by, "
                "review_on, interim, confirm_by, request_id, lifted_at) VALUES (:c, :la, "
                "'domestic_violence', 'active', :at, 'cpm.review', :soon, :interim, :by, "
                "NULL, NULL)"), {"c": child_id, "la": LEEDS, "at": now, "soon": soon,
                                 "interim": child_id == "CP0000000902",
                                 "by": now + 3600 if child_id == "CP0000000902" else None})
            conn.execute(text("UPDATE children SET shielded = :t WHERE id = :c"),
                         {"t": True, "c": child_id})

    async def scenario() -> None:
        desk, _ = await gui.signed_in(cpm)
        window = desk.window
        management = window.management_view
        window.show_view(management)
        management.show_tab(management.reviews)
        tab = management.reviews
        await until(lambda: tab.model.rowCount() == 2, "the review queue")
        tab.table.setFocus()
        tab.table.selectRow(0)
        press(tab.table, Qt.Key.Key_Return)
        await until(lambda: tab.current is not None, "the shield opened")
        # Lifting one child alone is refused: said plainly.
        tab.outcome.set_value("lift")
        Walkthrough.type_into(tab.reason.edit, "Family moved away; risk ended.")
        tab.send_button.click()
        await until(lambda: tab.summary.isVisible(), "the refusal")
        assert tab.summary.messages() == [LIFT_REFUSED]
        assert tab.status.item is not None and tab.status.item.state is ItemState.FAILED
        # Together: both lifted.
        tab.status.cancel_button.click()
        tab.together[0][0].setChecked(True)
        tab.send_button.click()
        await until(lambda: tab.message.text().startswith("Review sent."), "the review sent")
        await until(lambda: tab.model.rowCount() == 0, "the queue emptied")
        # The interim tab listed the interim one before; alerts are reachable.
        management.show_tab(management.alerts)
        await until(lambda: management.alerts.message.text() != "", "alerts loaded")

    gui.run(scenario(), timeout=120)


def test_contact_request_is_brokered(gui: Gui, enrol: Any, family: None) -> None:
    pat = enrol("pat.contact", ["practitioner"], la=LEEDS)
    cpm = enrol("cpm.contact", ["cp_manager", "data_administrator"], la=LEEDS)

    async def scenario() -> None:
        desk, _ = await gui.signed_in(pat)
        window = desk.window
        walk = Walkthrough(window)
        await open_child(walk, "2015-04-04")
        ask = next(b for b in window.record_view.action_buttons
                   if b.text() == "Ask the management team to make contact")
        ask.click()
        view = window.contact_request_view
        await until(lambda: window.current is view, "the contact form")
        walk.type_into(view.message.edit, "Please ask the service to call me.")
        view.send_button.click()
        await until(lambda: view.summary.isVisible(), "the error summary")
        assert view.summary.messages() == [
            "Enter a phone number or an email address for the reply"]
        walk.type_into(view.phone, "0113 496 0999")
        view.send_button.click()
        await until(lambda: view.status.item is not None
                    and view.status.item.state is ItemState.SENT, "the contact request sent")
        press(window.focusWidget() or window, Qt.Key.Key_Escape)
        assert window.current is window.record_view

        mdesk, _ = await gui.signed_in(cpm)
        mwin = mdesk.window
        management = mwin.management_view
        mwin.show_view(management)
        management.show_tab(management.contacts)
        tab = management.contacts
        await until(lambda: tab.model.rowCount() == 1, "the contact queue")
        tab.open_selected()
        assert "Please ask the service to call me." in tab.facts.text()
        assert "0113 496 0999" in tab.facts.text()
        tab.outcome.set_value("contacted")
        Walkthrough.type_into(tab.note.edit, "The service will call you today.")
        tab.send_button.click()
        await until(lambda: tab.model.rowCount() == 0, "closed")

        # Who viewed this record: the manager's full view has the panel.
        await Walkthrough(mwin).search("Quietly", "2015-04-04")
        await Walkthrough(mwin).open_first("safeguarding")
        access = mwin.record_view.access
        assert access is not None
        access.set_open(True)
        rows = mwin.record_view.access_rows
        assert rows is not None
        await until(lambda: "pat.contact" in rows.text(), "who viewed the record")

        await walk.activate()
        requests = window.requests_view
        window.show_view(requests)
        await until(lambda: requests.contacts.rowCount() == 1, "my contact requests")
        requests.contacts_table.setCurrentIndex(requests.contacts.index(0, 0))
        assert "The service will call you today." in requests.contact_outcome.text()

    gui.run(scenario(), timeout=150)
