"""A caller on the line: the record and the search as helpdesk staff and mediators use them.

Real widgets, the real service on loopback and a real SoftHSM2 token, as everywhere in the GUI
tests. What is asserted is what a user would notice: what is on the first screenful, where
Tab goes, how many keys a call takes, whether a button's edge can be seen, when the idle lock
warns, and what Recently viewed lists.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from sqlalchemy import Engine
from testkit import address, child, involvement

from cpdesk.session import State, Timings
from cpdesk.ui.theme import apply_theme, contrast
from cpdesk.views.labels import match_text, spoken_id, spoken_phone
from cpdesk.walkthrough import Walkthrough

from .guikit import Gui, load, press, type_into, until

pytestmark = pytest.mark.gui

LEAD_PHONE = "0113 496 0777"


def carer(name: str, relationship: str, phone: str) -> dict[str, Any]:
    return {"name": name, "relationship": relationship, "phone": phone,
            "email": None, "address": address("LS6 2QE", "12 Ash Grove", "Leeds")}


@pytest.fixture()
def children(engine: Engine) -> None:
    """The common case: a lead professional, a school, a GP and two carers; and a child the
    service links to another record as a possible duplicate."""
    load(engine, [
        child("CP0449676956", surname="Okonkwo", forenames="Chidi", dob="2019-09-17",
              gender="male",
              carers=[carer("Ngozi Okonkwo", "mother", "07700900123"),
                      carer("Emeka Okonkwo", "father", "07700 900456")],
              involvements=[
                  involvement("health_visitor", organisation="Leeds Community Health",
                              practitioner="Sam Patel", phone=LEAD_PHONE,
                              lead_professional=True, caf=True),
                  involvement("school", organisation="Little Owls Nursery School",
                              phone="0113 496 0202"),
                  involvement("gp", organisation="Chapel Allerton Surgery",
                              practitioner=None, email=None),
                  involvement("youth_worker", organisation="Old Youth Club",
                              start="2024-01-01", end=(dt.date.today()
                                                       - dt.timedelta(days=30)).isoformat()),
              ],
              links=[{"id": "CP0449676964", "kind": "possible_duplicate"}]),
        child("CP0449676964", surname="Okonkwo", forenames="Chidi", dob="2019-09-17",
              gender="male", links=[{"id": "CP0449676956", "kind": "possible_duplicate"}]),
    ])


async def open_record(gui: Gui, user: Any, **options: Any) -> tuple[Any, Any]:
    desk, _ = await gui.signed_in(user, **options)
    walk = Walkthrough(desk.window)
    await walk.search("Okonkwo", "2019-09-17")
    await walk.open_first("helpdesk_enquiry")
    return desk, walk


def fully_visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def test_words_for_ids_phones_and_what_differed() -> None:
    assert spoken_id("CP0449676956") == "CP 044 967 6956"
    assert spoken_id("LEGACY-1") == "LEGACY-1"
    assert spoken_phone("07700900123") == "07700 900123"
    assert spoken_phone("01134960202") == "0113 496 0202"
    assert spoken_phone("0113 496 0202") == "0113 496 0202"
    assert match_text("possible", {"surname": "exact", "forenames": "different",
                                   "dob": "exact"}) == (
        "Possible: Forename differs; agrees on surname, date of birth")
    assert match_text("probable", {"surname": "exact", "forenames": "exact",
                                   "dob": "dob_near"}).startswith(
        "Probable: Date of birth: one digit different")
    assert match_text("probable", {"surname": "exact", "forenames": "middle_name",
                                   "dob": "exact"}).startswith(
        "Probable: Middle name used as first name")
    assert match_text("certain", {"surname": "exact", "dob": "exact"}) == (
        "Certain: surname, date of birth")


def test_first_screenful_at_1366x768_holds_banner_lead_professional_and_school(
        gui: Gui, enrol: Any, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await open_record(gui, user)
        window = desk.window
        record = window.record_view
        assert (window.width(), window.height()) == (1366, 768)
        await Walkthrough(window).settle()
        lead = record.lead_cards[0]
        school = next(c for c in record.cards if c.title.startswith("School"))
        others = [c for c in record.cards if not record._in_ended(c)]
        assert record.scroller.verticalScrollBar().value() == 0
        for widget in (record.banner, lead, school, *others):
            assert fully_visible(widget), widget.accessibleName()
            bottom = widget.mapTo(window, QPoint(0, widget.height())).y()
            assert bottom <= window.status.mapTo(window, QPoint(0, 0)).y()
        # The common case needs no scrolling at all.
        assert record.scroller.verticalScrollBar().maximum() == 0
        # Who the child is, in the banner; the lead professional first, the phone in bold.
        assert record.banner.name.text() == "OKONKWO, Chidi"
        assert "ID CP 044 967 6956" in record.banner.facts.text()
        assert lead.title == "Lead professional: Leeds Community Health"
        phone = [label for label in lead.findChildren(QWidget)
                 if label.property("role") == "phone"]
        assert [p.text() for p in phone] == [LEAD_PHONE]  # type: ignore[attr-defined]
        assert phone[0].font().bold() and fully_visible(phone[0])
        # Missing details say so, in secondary text.
        gp = next(c for c in record.cards if c.title.startswith("GP"))
        not_recorded = [w for w in gp.findChildren(QWidget) if w.property("role") == "hint"]
        assert len(not_recorded) == 2
        # Ended services are inside a Details, closed.
        assert record.ended is not None and not record.ended.is_open
        ended = [c for c in record.cards if record._in_ended(c)]
        assert [c.title for c in ended] == ["Youth worker: Old Youth Club"]
        assert not ended[0].isVisible()

    gui.run(scenario())


def test_tab_order_on_the_record_starts_at_the_lead_professionals_copy(
        gui: Gui, enrol: Any, children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await open_record(gui, user)
        window = desk.window
        record = window.record_view
        lead = record.lead_cards[0]
        assert window.focusWidget() is lead.copy_button
        assert lead.property("selected") is True  # the card shows which one Ctrl+C copies
        seen = []
        for _ in range(6):
            press(window.focusWidget(), Qt.Key.Key_Tab)
            seen.append(window.focusWidget())
        expected = [c.copy_button for c in record.cards if not record._in_ended(c)][1:]
        assert record.ended is not None
        assert seen == [*expected, record.ended.button, *record.duplicate_links][:6]

    gui.run(scenario())


def test_a_helpdesk_call_takes_at_most_8_keys_after_the_name_and_date(
        gui: Gui, enrol: Any, children: None) -> None:
    """Find by surname and DOB, open, read out the lead professional's phone: no mouse."""
    user = enrol("hd.amara", ["helpdesk"])
    keys: list[str] = []

    def key(name: str, code: Qt.Key,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None, f"no focus for {name}"
        keys.append(name)
        press(target, code, modifier)

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        window = desk.window
        view = window.search_view
        record = window.record_view
        assert window.focusWidget() is view.form.surname
        # Typing the name and the date (not counted).
        type_into(view.form.surname, "okonkwo")
        type_into(view.form.dob.day, "17")
        type_into(view.form.dob.month, "9")
        type_into(view.form.dob.year, "2019")
        key("Enter", Qt.Key.Key_Return)
        await until(lambda: view.results.model.rowCount() == 2, "the results")
        assert view.results.message.text().startswith("2 children found")
        assert window.focusWidget() is view.results.table
        key("Enter", Qt.Key.Key_Return)
        await until(lambda: record.dialog is not None and record.dialog.isVisible(), "reason")
        dialog = record.dialog
        if QApplication.focusWidget() is None or not dialog.isAncestorOf(
                QApplication.focusWidget()):
            dialog.activateWindow()
            await until(lambda: QApplication.focusWidget() is not None
                        and dialog.isAncestorOf(QApplication.focusWidget()), "dialog focus")
        key("4", Qt.Key.Key_4)  # "Answering a helpdesk enquiry", and continue
        await until(lambda: record.record is not None, "the record")
        assert record.reason is not None and record.reason.code == "helpdesk_enquiry"
        await Walkthrough(window).activate()  # the window manager, after the dialog
        lead = record.lead_cards[0]
        assert window.focusWidget() is lead.copy_button
        # The phone to read out is on the first screenful, bold.
        phone = next(w for w in lead.findChildren(QWidget) if w.property("role") == "phone")
        assert fully_visible(phone)
        key("Ctrl+Shift+C", Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        copied = QGuiApplication.clipboard().text()
        assert copied.startswith("Lead professional: Leeds Community Health\n")
        assert f"Phone: {LEAD_PHONE}" in copied
        assert "Mother: Ngozi Okonkwo\nPhone: 07700 900123" in copied
        assert "Old Youth Club" not in copied  # ended services are not on the screen
        assert window.clipboard.holds_ours()
        assert len(keys) <= 8, keys

    gui.run(scenario())


def test_duplicate_warning_links_open_the_other_record(gui: Gui, enrol: Any,
                                                       children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await open_record(gui, user)
        record = desk.window.record_view
        assert record.record is not None
        opened = record.record.id
        other = "CP0449676964" if opened == "CP0449676956" else "CP0449676956"
        assert [link.text() for link in record.duplicate_links] == [
            f"Open record {spoken_id(other)}"]
        warning = record.duplicate_links[0].parentWidget()
        assert warning.accessibleName() == (
            f"Warning: This child may also have record {spoken_id(other)}; check before "
            "passing on contacts.")
        record.duplicate_links[0].setFocus()
        press(record.duplicate_links[0], Qt.Key.Key_Space)
        await until(lambda: record.record is not None and record.record.id == other,
                    "the other record")
        assert record.dialog is None  # the session's reason is used again

    gui.run(scenario())


def test_new_caller_widen_and_sorting_from_the_keyboard(gui: Gui, enrol: Any,
                                                        children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        window = desk.window
        view = window.search_view
        form = view.form
        # The common case on the first row: Surname, Date of birth, Forenames.
        def top(widget: QWidget) -> int:
            block = widget.parentWidget()  # the field with its label and hint
            return block.mapTo(window, QPoint(0, 0)).y()

        def left(widget: QWidget) -> int:
            return widget.mapTo(window, QPoint(0, 0)).x()

        assert top(form.surname) == top(form.dob) == top(form.forenames)
        assert left(form.surname) < left(form.dob.day) < left(form.forenames)
        assert top(form.gender) == top(form.postcode) > top(form.surname)
        assert top(form.child_id) > top(form.postcode)
        assert len(form.gender.radios) == 4 and all(  # inline radios
            r.mapTo(window, QPoint(0, 0)).y() == form.gender.radios[0].mapTo(
                window, QPoint(0, 0)).y() for r in form.gender.radios)
        assert not form.dob_from.isVisible()  # the range is inside a Details
        # A range with problems: the Details opens, and every field named is marked.
        form.range.button.setFocus()
        press(form.range.button, Qt.Key.Key_Space)
        assert form.dob_from.day.isVisible()
        type_into(form.surname, "Okonkwo")
        type_into(form.dob_from.year, "2019")
        type_into(form.dob_to.day, "31")
        type_into(form.dob_to.month, "2")
        type_into(form.dob_to.year, "2020")
        press(form.dob_to.year, Qt.Key.Key_Return)
        await until(lambda: form.summary.isVisible(), "the error summary")
        assert form.summary.messages() == ["From must include a day and month",
                                           "To must be a real date"]
        for field in (form.dob_from, form.dob_to):
            assert all(part.property("error") for part in field.parts)
        # No child matches: "Widen search" is in the message, focused; Alt+W works anywhere.
        form.clear()
        type_into(form.surname, "Okonkwa")
        type_into(form.dob.year, "2019")
        press(form.dob.year, Qt.Key.Key_Return)
        await until(lambda: view.results.widen_button.isVisible(), "Widen search offered")
        assert window.focusWidget() is view.results.widen_button
        press(window.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        await until(lambda: view.results.model.rowCount() == 2, "the widened results")
        assert view.last_request is not None and view.last_request.fuzzy
        # Sortable by name and by date of birth; the count in words.
        assert view.results.message.text().startswith("2 children found (widened search)")
        header = view.results.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        names = [r.id for r in view.results.model.results]
        assert sorted(names) == ["CP0449676956", "CP0449676964"]
        # Ctrl+N: a new caller; the form and the results are empty, the cursor in Surname.
        press(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert form.surname.text() == "" and form.dob.year.text() == ""
        assert view.results.model.rowCount() == 0 and view.results.message.text() == ""
        assert window.focusWidget() is form.surname and view.last_request is None

    gui.run(scenario())


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2d2d2d"),
                         (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


def button_edges(window: QWidget) -> list[tuple[str, float]]:
    """Each visible, enabled button's edge against the pixels just outside it."""
    image = window.grab().toImage()
    found = []
    for button in window.findChildren(QPushButton):
        if not button.isVisible() or not button.isEnabled() or button.isFlat() or (
                button.property("role") in ("link", "error-link")) or button.hasFocus():
            continue
        origin = button.mapTo(window, QPoint(0, 0))
        middle = origin.y() + button.height() // 2
        edge = image.pixelColor(origin.x(), middle).name()
        outside = image.pixelColor(origin.x() - 3, middle).name()
        bottom_edge = image.pixelColor(origin.x() + button.width() // 2,
                                       origin.y() + button.height() - 1).name()
        below = image.pixelColor(origin.x() + button.width() // 2,
                                 origin.y() + button.height() + 2).name()
        found.append((button.accessibleName(), min(contrast(edge, outside),
                                                   contrast(bottom_edge, below))))
    return found


def test_every_button_edge_contrasts_3_to_1_in_both_palettes(gui: Gui, enrol: Any,
                                                             children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()

    async def scenario() -> None:
        desk, walk = await open_record(gui, user)
        window = desk.window
        for palette in (light, dark_palette()):
            app.setPalette(palette)
            apply_theme(app)
            for show in (window.record_view, window.search_view):
                window.show_view(show)
                window.status.setFocus()
                await walk.settle()
                edges = button_edges(window)
                assert len(edges) >= 3
                weak = [(name, round(ratio, 2)) for name, ratio in edges if ratio < 3.0]
                assert weak == [], (palette.color(QPalette.ColorRole.Window).name(), weak)
        # "Continue" in the reason dialog is the primary (green) button.
        window.record_view.change_reason_button.click()
        await until(lambda: window.record_view.dialog is not None, "the question")
        assert window.record_view.dialog.ok.property("role") == "primary"
        window.record_view.dialog.reject()

    try:
        gui.run(scenario())
    finally:
        app.setPalette(light)
        apply_theme(app)


class Clock:
    def __init__(self) -> None:
        self.seconds = 1000.0
        self.start = dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        return self.seconds

    def wall(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self.seconds - 1000.0)

    def advance(self, minutes: float) -> None:
        self.seconds += minutes * 60


def test_timeout_warning_two_minutes_before_the_idle_lock(gui: Gui, enrol: Any,
                                                          children: None) -> None:
    user = enrol("hd.amara", ["helpdesk"])
    clock = Clock()
    timings = Timings(idle_timeout=15 * 60, removal_poll=0.05, renew_margin=120, tick=0.02)

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user, session_timings=timings,
                                      monotonic=clock.monotonic, wall=clock.wall)
        window = desk.window
        banner = window.banners.idle
        await until(lambda: window.status.lock_time.text().startswith("Locks at"),
                    "the lock time in the status bar")
        assert window.status.lock_time.text() == (
            f"Locks at {(clock.wall() + dt.timedelta(minutes=15)).astimezone():%H:%M} "
            "if not used")
        clock.advance(12.5)
        await Walkthrough(window).settle()
        assert banner.isHidden()
        clock.advance(0.5)  # 13 minutes without a key
        await until(banner.isVisible, "the timeout warning")
        assert banner.label.text() == (
            "cpdesk will lock in 2 minutes — press any key to stay unlocked")
        focus = window.focusWidget()
        assert focus is window.search_view.form.surname  # the warning took no focus
        press(focus, Qt.Key.Key_Shift)  # any key
        await until(banner.isHidden, "the warning gone")
        clock.advance(3)  # 16 minutes since sign-in, 3 since the key
        await Walkthrough(window).settle()
        assert desk.session.state == State.UNLOCKED
        clock.advance(12.5)
        await until(lambda: desk.session.state == State.LOCKED, "the idle lock")
        assert banner.isHidden()

    gui.run(scenario())


def test_recently_viewed_and_my_activity_open_records_from_the_keyboard(
        gui: Gui, enrol: Any, children: None, engine: Engine) -> None:
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, walk = await open_record(gui, user)
        window = desk.window
        record = window.record_view
        first = record.record.id
        await walk.search("Okonkwo", "2019-09-17")
        view = window.search_view
        press(view.results.table, Qt.Key.Key_Down)
        press(view.results.table, Qt.Key.Key_Return)
        await until(lambda: record.record is not None and record.record.id != first,
                    "the second record")
        second = record.record.id
        await walk.activate()
        press(window.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        recent = window.recent_view
        await until(lambda: recent.model.rowCount() == 2, "recently viewed")
        assert window.current is recent and window.focusWidget() is recent.table
        assert [line[0].id for line in recent.model.lines] == [second, first]
        assert recent.model.index(0, 1).data() == "Chidi Okonkwo"
        assert recent.message.text() == "2 records viewed since you signed in."
        # Enter opens the record again, with the session's reason.
        press(recent.table, Qt.Key.Key_Down)
        press(recent.table, Qt.Key.Key_Return)
        await until(lambda: record.record is not None and record.record.id == first,
                    "reopened from recently viewed")
        press(window.focusWidget(), Qt.Key.Key_Escape)
        assert window.current is recent
        # The cache holds IDs and times only; the names came from the service, audited.
        assert desk.session.store is not None
        rows = await desk.session.store.recent_activity(50)
        assert {r.child_id for r in rows if r.child_id} == {first, second}
        activity = await desk.session.activity()
        assert "recent.read" in [e.action for e in activity.entries]
        # My activity: focus on its table; a row about one child opens the record.
        window.show_view(window.activity_view)
        table = window.activity_view.table
        await until(lambda: window.activity_view.model.rowCount() > 0
                    and window.focusWidget() is table, "my activity")
        entries = window.activity_view.model.entries
        row = next(i for i, e in enumerate(entries)
                   if e.action == "record.view" and e.child_ids == [second])
        for _ in range(row):
            press(table, Qt.Key.Key_Down)
        press(table, Qt.Key.Key_Return)
        await until(lambda: record.record is not None and record.record.id == second,
                    "opened from my activity")

    gui.run(scenario())


def test_an_answer_landing_after_the_user_moved_on_does_not_take_the_focus(
        gui: Gui, enrol: Any, children: None) -> None:
    """A screen left before its list arrived fills the list but leaves the focus where the
    user now is; otherwise keys typed on My activity would go to the hidden recent list."""
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await open_record(gui, user)
        window = desk.window
        session = desk.session
        answered = asyncio.Event()
        release = asyncio.Event()
        real_recent = session.recent

        async def held_recent(child_ids: list[str]) -> Any:
            # The service's real answer, held back until the user is on another screen.
            answer = await real_recent(child_ids)
            answered.set()
            await release.wait()
            return answer

        session.recent = held_recent  # type: ignore[method-assign]
        window.show_view(window.recent_view)
        await until(answered.is_set, "the recently viewed answer")
        window.show_view(window.activity_view)
        table = window.activity_view.table
        await until(lambda: window.activity_view.model.rowCount() > 0
                    and window.focusWidget() is table, "my activity")
        release.set()
        await until(lambda: window.recent_view.model.rowCount() == 1, "the late answer shown")
        await asyncio.sleep(0.05)
        assert window.current is window.activity_view
        assert window.focusWidget() is table
        # Back on the list the late answer filled, the focus goes to it as usual.
        window.show_view(window.recent_view)
        await until(lambda: window.focusWidget() is window.recent_view.table, "recent focus")

    gui.run(scenario())


def test_a_record_that_arrives_after_the_user_went_back_to_search_leaves_the_focus_there(
        gui: Gui, enrol: Any, children: None) -> None:
    """Enter on a result, then Ctrl+F before the record lands: the user is typing the next
    caller's surname, and the late record must not move their keys to its Copy button."""
    user = enrol("hd.amara", ["helpdesk"])

    async def scenario() -> None:
        desk, _ = await open_record(gui, user)
        window = desk.window
        session = desk.session
        first = window.record_view.record.id
        answered = asyncio.Event()
        release = asyncio.Event()
        real_record = session.record

        async def held_record(*args: Any, **kwargs: Any) -> Any:
            answer = await real_record(*args, **kwargs)
            answered.set()
            await release.wait()
            return answer

        session.record = held_record  # type: ignore[method-assign]
        window.open_record(first)
        await until(answered.is_set, "the record's answer")
        press(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        surname = window.search_view.form.surname
        await until(lambda: window.focusWidget() is surname, "the search form")
        release.set()
        await until(lambda: window.record_view.record is not None
                    and window.record_view.cards, "the late record rendered")
        await asyncio.sleep(0.05)
        assert window.current is window.search_view
        assert window.focusWidget() is surname

    gui.run(scenario())
