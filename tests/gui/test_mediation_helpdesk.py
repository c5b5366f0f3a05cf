"""Mediated access and the helpdesk console in the desk client, against the real service and
real SoftHSM2 tokens (issue 12): a helpdesk call logged and routed by keyboard alone in at
most 12 key presses; the mediated flow end to end (helpdesk logs → mediator claims,
mediates, passes on, fulfils → the practitioner's receipt); a data issue reported from the
record and resolved; the user manager's actions; an ended mediation said plainly."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from testkit import child, involvement

from cpdesk.session import MEDIATION_OVER
from cpdesk.sync.outbox import ItemState
from cpdesk.walkthrough import WalkFailed, Walkthrough

from .guikit import Gui, load, until

pytestmark = pytest.mark.gui

LEEDS = "E08000035"
PHONE = "0113 496 0001"


@pytest.fixture()
def directory(engine: Engine) -> None:
    load(engine, [
        child("CP0000001201", forenames="Mia", surname="Mediated", dob="2016-06-06",
              involvements=[involvement("gp", organisation="Leeds Surgery"),
                            involvement("school", organisation="Leeds Primary")]),
    ])


def practitioner(enrol: Any, name: str = "pat.med") -> Any:
    return enrol(name, ["practitioner"], la=LEEDS, display_name="Pat Field", phone=PHONE,
                 email="pat@example.org", org="Leeds GP")


def test_a_helpdesk_call_is_logged_and_routed_in_at_most_12_keys(
        gui: Gui, enrol: Any) -> None:
    practitioner(enrol)
    hd = enrol("hd.keys", ["helpdesk"], la=LEEDS)
    um = enrol("um.keys", ["user_manager"], la=LEEDS)

    async def scenario() -> None:
        desk, _ = await gui.signed_in(hd)
        window = desk.window
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Helpdesk" in nav and "Users" not in nav and "Mediated access" not in nav
        walk = Walkthrough(window)
        presses = await walk.helpdesk_call("pat.med", "Card locked after three wrong PINs.")
        assert presses <= 12, presses
        call = window.helpdesk_view.call
        assert call.message.text() == "Call logged and sent to the user manager."
        assert call.caller.radios[0].hasFocus()  # ready for the next caller
        view = window.helpdesk_view
        tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert tabs == ["Call", "Request for a mediator", "Helpdesk queue"]

        # The user manager's queue has it; they resolve it.
        mdesk, _ = await gui.signed_in(um)
        mwin = mdesk.window
        mnav = [mwin.nav.item(i).text() for i in range(mwin.nav.count())]
        assert "Users" in mnav and "Enquiries" in mnav and "Search" not in mnav
        enquiries = mwin.helpdesk_view
        mwin.show_view(enquiries)
        queue = enquiries.queues["user_manager"]
        await until(lambda: queue.model.rowCount() == 1, "the user manager's queue")
        row = queue.model.rows[0]
        assert row.caller_username == "pat.med" and row.category == "token_locked"
        queue.open_selected()
        queue.new_status.set_value("resolved")
        Walkthrough.type_into(queue.note.edit, "Card unlocked.")
        queue.send_button.click()
        await until(lambda: queue.message.text().startswith("Call updated."), "resolved")
        await until(lambda: queue.model.rowCount() == 0, "the queue emptied")

    gui.run(scenario(), timeout=150)


def test_the_mediated_flow_end_to_end(gui: Gui, enrol: Any, directory: None,
                                      engine: Engine) -> None:
    pat = practitioner(enrol)
    hd = enrol("hd.flow", ["helpdesk"], la=LEEDS)
    med = enrol("med.flow", ["mediator"], la=LEEDS)

    async def scenario() -> None:
        # The helpdesk logs the practitioner's request; an unregistered number is refused.
        hdesk, _ = await gui.signed_in(hd)
        hwalk = Walkthrough(hdesk.window)
        form = hdesk.window.helpdesk_view.mediator_request
        with pytest.raises(Exception, match="not sent"):
            await hwalk.request_mediator("pat.med", "Mediated", "2016-06-06", "07700 900999")
        assert form.summary.messages()[0].startswith("That phone number or email is not "
                                                     "registered")
        assert form.status.item is not None and form.status.item.state is ItemState.FAILED
        form.status.cancel_button.click()
        await until(lambda: form.status.item is not None
                    and form.status.item.state is ItemState.CANCELLED, "cancelled")
        await hwalk.request_mediator("pat.med", "Mediated", "2016-06-06", PHONE)

        # The mediator: no search until mediating.
        mdesk, _ = await gui.signed_in(med)
        window = mdesk.window
        walk = Walkthrough(window)
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Mediated access" in nav and "Search" not in nav
        assert window.current is window.mediation_view
        await walk.claim_first()
        await walk.mediate_claimed()
        banner = window.banners.mediation
        assert banner.isVisible()
        assert banner.label.text().startswith(
            "Mediating for pat.med — Searching for another practitioner")
        assert "30 minutes left" in banner.label.text() or "29 minutes" in banner.label.text()
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Search" in nav

        await walk.search("Mediated", "2016-06-06")
        await walk.open_first("mediated_request")
        record = window.record_view.record
        assert record is not None and window.record_view.pass_on is not None
        assert banner.isVisible()  # on every screen
        await walk.pass_on_all()
        await walk.fulfil_claimed("Called back on the registered number.")
        await walk.end_mediation()
        assert not banner.isVisible()
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Search" not in nav
        assert window.record_view.record is None  # what was seen for them went with it

        # The audit names both users and the purpose.
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT detail FROM audit_log WHERE username = "
                                     "'med.flow' AND action IN ('search', 'record.view')")
                                ).all()
        assert rows and all('"on_behalf_of":"pat.med"' in r.detail.replace(" ", "")
                            for r in rows)

        # The practitioner opens the receipt.
        pdesk, _ = await gui.signed_in(pat)
        pwalk = Walkthrough(pdesk.window)
        await pwalk.open_receipt()
        words = pdesk.window.requests_view.mediated_outcome.text()
        assert "fulfilled by med.flow" in words
        assert "Records viewed: CP0000001201" in words
        assert "3 contacts passed on" in words

    gui.run(scenario(), timeout=200)


def test_an_ended_mediation_is_said_plainly(gui: Gui, enrol: Any, directory: None,
                                            engine: Engine) -> None:
    practitioner(enrol)
    med = enrol("med.ends", ["mediator"], la=LEEDS)

    async def scenario() -> None:
        desk, _ = await gui.signed_in(med)
        window = desk.window
        start = window.mediation_view.start_tab
        # Someone not authorised: said, and no start.
        Walkthrough.type_into(start.practitioner.edit, "nobody.here")
        start.practitioner.verify()
        await until(lambda: start.practitioner.check is not None, "the check")
        assert start.practitioner.result.text().startswith("Not authorised.")
        start.start_button.click()
        await until(lambda: start.summary.isVisible(), "the error summary")
        assert start.summary.messages()[0].startswith("Check the practitioner")

        Walkthrough.type_into(start.practitioner.edit, PHONE)
        start.practitioner.verify()
        await until(lambda: start.practitioner.authorised, "the check")
        assert start.practitioner.result.text() == (
            "Pat Field (Leeds GP) is an authorised user of your local authority.")
        start.purpose.setCurrentIndex(start.purpose.findData("safeguarding"))
        start.start_button.click()
        await until(lambda: window.session.mediation is not None, "the mediation")
        # The service ends it (as if it expired there): the next search is refused, plainly.
        with engine.begin() as conn:
            conn.execute(text("UPDATE mediations SET ended_at = :t"),
                         {"t": int(dt.datetime.now(dt.UTC).timestamp())})
        # (the search form is emptied with the mediation, so the walk gives up on results)
        with contextlib.suppress(WalkFailed):
            await Walkthrough(window, timeout=2).search("Mediated", "2016-06-06")
        await until(lambda: window.session.mediation is None, "the mediation over")
        assert not window.banners.mediation.isVisible()
        assert MEDIATION_OVER in window.banners.warning_texts()
        assert window.current is window.mediation_view

    gui.run(scenario(), timeout=150)


def test_a_data_issue_from_the_record_and_the_user_manager(
        gui: Gui, enrol: Any, directory: None, tmp_path: Path) -> None:
    pat = practitioner(enrol)
    da = enrol("da.issues", ["data_administrator"], la=LEEDS)
    um = enrol("um.cards", ["user_manager"], la=LEEDS)
    spare = enrol("spare.card", ["practitioner"], la="E06000023")

    async def scenario() -> None:
        desk, _ = await gui.signed_in(pat)
        window = desk.window
        walk = Walkthrough(window)
        await walk.search("Mediated", "2016-06-06")
        await walk.open_first("safeguarding")
        record_view = window.record_view
        card = next(c for c in record_view.cards if c.section
                    and c.section.startswith("involvements/") and "Surgery" in c.title)
        # The context-menu item, as the Menu key on the card's Copy button gives it.
        card.customContextMenuRequested.emit(card.rect().center())
        menu = record_view.report_menu
        report = next(a for a in menu.actions() if a.text().startswith("Report a problem"))
        report.trigger()
        menu.close()
        view = window.report_issue_view
        await until(lambda: window.current is view, "the report screen")
        codes = [view.field.itemData(i) for i in range(1, view.field.count())]
        assert f"{card.section}/phone" in codes
        view.field.setCurrentIndex(codes.index(f"{card.section}/phone") + 1)
        Walkthrough.type_into(view.suggested, "0113 496 0999")
        Walkthrough.type_into(view.note.edit, "The practice moved last month.")
        view.send_button.click()
        await until(lambda: view.status.item is not None
                    and view.status.item.state is ItemState.SENT, "the report sent")

        ddesk, _ = await gui.signed_in(da)
        dwin = ddesk.window
        issues = dwin.data_issues_view
        dwin.show_view(issues)
        queue = issues.queue
        await until(lambda: queue.model.rowCount() == 1, "the data administrator's queue")
        queue.open_selected()
        assert "0113 496 0999" in queue.facts.text()
        queue.outcome.set_value("corrected")
        Walkthrough.type_into(queue.note.edit, "Phone number updated.")
        queue.send_button.click()
        await until(lambda: queue.model.rowCount() == 0, "resolved")

        await walk.activate()
        window.show_view(window.requests_view)
        requests = window.requests_view
        await until(lambda: requests.issues.rowCount() == 1, "my data issues")
        requests.issues_table.setCurrentIndex(requests.issues.index(0, 0))
        assert requests.issue_outcome.text().startswith("Corrected")
        assert "Phone number updated." in requests.issue_outcome.text()

        # The user manager re-enrols a card from a PEM file, then suspends the user.
        udesk, _ = await gui.signed_in(um)
        users = udesk.window.users_view
        udesk.window.show_view(users)
        pem = tmp_path / "card.pem"
        pem.write_bytes(spare.token.auth_public_pem)
        Walkthrough.type_into(users.username, "pat.med")
        users.action.set_value("token")
        assert users.load_pem(pem) is None
        users.send_button.click()
        await until(lambda: users.result.text() != "", "the re-enrolment")
        assert users.result.text() == "pat.med: account active, card in use."
        Walkthrough.type_into(users.username, "pat.med")
        users.action.set_value("suspend")
        Walkthrough.type_into(users.reason.edit, "Left the service.")
        users.send_button.click()
        await until(lambda: users.result.text().startswith("pat.med: account suspended"),
                    "the suspension")

    gui.run(scenario(), timeout=200)
