"""The search screen: keyboard-first, errors you can fix, the service's own hints."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine
from testkit import child

from .guikit import Gui, load, press, type_into, until

pytestmark = pytest.mark.gui


@pytest.fixture()
def children(engine: Engine) -> None:
    many = [child(f"CP10000000{n:02d}", surname="Whitlock", forenames=f"Child{chr(65 + n % 26)}",
                  dob=f"2012-{1 + n % 12:02d}-{1 + n % 28:02d}") for n in range(55)]
    load(engine, [*many, child("CP0000000001", surname="Ferreira", forenames="Ines",
                               dob="2016-07-09", gender="female")])


def test_enter_searches_from_any_field_and_tab_follows_reading_order(
        gui: Gui, enrol: Any, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        view = desk.window.search_view
        # Tab moves through the form in reading order.
        view.form.surname.setFocus()
        seen = [desk.window.focusWidget()]
        for _ in range(len(view.tab_chain) - 1):
            press(desk.window.focusWidget(), Qt.Key.Key_Tab)
            seen.append(desk.window.focusWidget())
        assert seen == view.tab_chain

        type_into(view.form.surname, "Ferreira")
        type_into(view.form.dob.year, "2016")
        view.form.gender.setFocus()
        press(view.form.gender, Qt.Key.Key_Return)  # Enter from the gender list searches too
        await until(lambda: view.results.model.rowCount() == 1, "one result")
        assert view.last_request is not None and view.last_request.dob == "2016"
        # Ctrl+F goes back to the form from the results.
        press(view.results.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert desk.window.focusWidget() is view.form.surname

    gui.run(scenario())


def test_too_few_details_show_an_error_summary_that_leads_to_the_field(
        gui: Gui, enrol: Any, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        view = desk.window.search_view
        press(view.form.surname, Qt.Key.Key_Return)
        await until(lambda: view.form.summary.isVisible(), "the error summary")
        assert view.form.summary.messages() == ["Enter a surname and a date of birth, or an ID"]

        type_into(view.form.surname, "Ferreira")
        press(view.form.surname, Qt.Key.Key_Return)
        wanted = ["Enter a date of birth (the year alone is enough)"]
        # The contract's own minimum-input rule, checked before any round trip.
        await until(lambda: view.form.summary.messages() == wanted, "what to add")
        assert view.last_request is None
        assert view.form.summary.title.text() == "There is a problem"
        assert view.form.errors["dob"].isVisibleTo(view)
        assert desk.window.focusWidget() is view.form.summary
        view.form.summary.links[0].click()
        assert desk.window.focusWidget() is view.form.dob.day
        assert view.results.model.rowCount() == 0

    gui.run(scenario())


def test_impossible_dates_are_caught_before_searching(gui: Gui, enrol: Any,
                                                      children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        view = desk.window.search_view
        type_into(view.form.surname, "Ferreira")
        type_into(view.form.dob.day, "31")
        type_into(view.form.dob.month, "2")
        type_into(view.form.dob.year, "2016")
        press(view.form.dob.year, Qt.Key.Key_Return)
        await until(lambda: view.form.summary.isVisible(), "the error summary")
        assert view.form.summary.messages() == ["Date of birth must be a real date"]
        assert view.form.errors["dob"].text() == "Error: Date of birth must be a real date"
        assert view.last_request is None  # nothing went to the service
        type_into(view.form.dob.day, "")
        type_into(view.form.dob.month, "")
        type_into(view.form.dob.year, "16")
        view.form.summary.clear()
        press(view.form.dob.year, Qt.Key.Key_Return)
        await until(lambda: view.form.summary.isVisible(), "the error summary")
        assert view.form.summary.messages() == ["Year must include 4 numbers"]
        view.form.clear_button.click()
        assert view.form.surname.text() == "" and view.form.dob.year.text() == ""
        assert view.form.summary.isHidden() and desk.window.focusWidget() is view.form.surname

    gui.run(scenario())


def test_too_many_and_none_say_what_to_do_next(gui: Gui, enrol: Any, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        view = desk.window.search_view
        type_into(view.form.surname, "Whitlock")
        type_into(view.form.dob.year, "2012")
        press(view.form.surname, Qt.Key.Key_Return)
        await until(lambda: "More than 50" in view.results.message.text(), "the too-many hint")
        assert view.results.message.text().startswith(
            "More than 50 children match. Add forenames, a full date of birth, gender or a "
            "postcode to narrow the search.")
        assert view.results.model.rowCount() == 0
        # The next step is in the message, with the focus on it.
        assert view.results.widen_button.isVisible()
        assert desk.window.focusWidget() is view.results.widen_button

        type_into(view.form.surname, "Ferreira")
        type_into(view.form.dob.year, "2011")
        press(view.form.surname, Qt.Key.Key_Return)
        await until(lambda: "No child matches" in view.results.message.text(), "the none hint")
        assert view.results.message.text().endswith('To include similar names and dates, choose '
                                            '"Widen search".')
        assert desk.window.focusWidget() is view.results.widen_button
        press(view.results.widen_button, Qt.Key.Key_Space)
        await until(lambda: view.last_request is not None and view.last_request.fuzzy,
                    "a widened search")
        await until(lambda: not view.busy.active and bool(view.results.message.text()),
                    "the widened result")

    gui.run(scenario())


def test_a_user_manager_gets_no_search(gui: Gui, enrol: Any) -> None:
    user = enrol("um.lee", ["user_manager"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        window = desk.window
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert [n for n in nav if n != "Training scenarios"] == [
            "My activity", "Enquiries", "Users"]
        assert window.current is window.users_view  # their own task, no search
        window.focus_search()
        assert window.current is window.users_view

    gui.run(scenario())


def test_the_minimum_input_rule_runs_before_the_round_trip(gui: Gui, enrol: Any,
                                                          children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        view = desk.window.search_view
        form = view.form
        sent: list[Any] = []
        search = desk.session.search

        async def counting(request: Any) -> Any:
            sent.append(request)
            return await search(request)

        desk.session.search = counting  # type: ignore[method-assign]
        # A surname of punctuation folds to nothing: it is no surname, and says so.
        type_into(form.surname, ".")
        type_into(form.dob.month, "2")
        type_into(form.dob.year, "2017")
        press(form.surname, Qt.Key.Key_Return)
        await until(lambda: form.summary.messages() == ["Enter a surname with letters in it"],
                    "the surname refused")
        assert form.errors["surname"].text() == "Error: Enter a surname with letters in it"
        # Forenames with a full date of birth: the smallest addition, on its field.
        form.clear()
        type_into(form.forenames, "Ines")
        type_into(form.dob.day, "9")
        type_into(form.dob.month, "7")
        type_into(form.dob.year, "2016")
        press(form.forenames, Qt.Key.Key_Return)
        await until(lambda: form.summary.messages() == ["Enter a surname"], "what to add")
        assert form.errors["surname"].isVisibleTo(view)
        assert not form.errors["forenames"].isVisibleTo(view)
        assert sent == [] and view.last_request is None  # nothing went to the service
        # Enough given: it searches.
        type_into(form.surname, "Ferreira")
        press(form.surname, Qt.Key.Key_Return)
        await until(lambda: view.results.model.rowCount() == 1, "one result")
        assert len(sent) == 1 and form.summary.isHidden()

    gui.run(scenario())
