"""The PIN entry reads the card's state before it asks, and refuses when it must.

States SoftHSM2 cannot produce (count low, final try, locked, removed) come from the
FakeTokenStates test double wrapped round a real SoftHSM2 token."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from testkit import child

from cpdesk.session import LOCK_MESSAGES, LockReason, State
from cpdesk.ui.pin_entry import ABSENT, COUNT_LOW, FINAL_TRY, LOCKED
from cpdesk.walkthrough import Walkthrough

from .guikit import Gui, load, press, type_into, until

pytestmark = pytest.mark.gui


def test_wrong_pin_is_refused_and_counted(gui: Gui, enrol: Any) -> None:
    user = enrol("pat")

    async def scenario() -> None:
        desk, _ = await gui.desk(user)
        screen = desk.window.lock_screen
        type_into(screen.username, user.username)
        type_into(screen.password, user.password)
        type_into(screen.pin.field, "000000")
        press(screen.pin.field, Qt.Key.Key_Return)
        await until(lambda: bool(screen.summary.links), "the error summary")
        assert screen.summary.messages() == [
            "That PIN is not correct. You have 4 more tries on this workstation before you "
            "must call your helpdesk."]
        assert desk.session.state == State.SIGNED_OUT
        assert screen.pin.field.text() == "" and screen.password.text() == ""
        # A card counts too (the double behaves as one): both counts are shown.
        assert screen.pin.state.text() == COUNT_LOW + (
            " 1 wrong PIN on this workstation. You have 4 more tries before you must call "
            "your helpdesk.")
        # The error link takes the user back to the PIN.
        screen.summary.links[0].click()
        assert desk.window.focusWidget() is screen.pin.field
        # The right PIN then works, and the count starts again.
        await Walkthrough(desk.window).sign_in(user.username, user.password, user.pin)
        assert desk.session.state == State.UNLOCKED

    gui.run(scenario())


def test_count_low_and_final_try_warn_before_asking(gui: Gui, enrol: Any) -> None:
    user = enrol("pat")

    async def scenario() -> None:
        desk, fake = await gui.desk(user)
        pin = desk.window.lock_screen.pin
        fake.count_low = True
        await until(lambda: pin.state.text() == COUNT_LOW, "the count-low warning")
        assert pin.field.isEnabled() and pin.state.isVisible()
        fake.final_try = True
        await until(lambda: pin.state.text() == FINAL_TRY, "the final-try warning")
        assert pin.field.isEnabled()

    gui.run(scenario())


def test_final_try_wrong_pin_locks_the_card_and_the_entry_refuses(gui: Gui, enrol: Any) -> None:
    user = enrol("pat")

    async def scenario() -> None:
        desk, fake = await gui.desk(user)
        screen = desk.window.lock_screen
        fake.final_try = True
        await until(lambda: screen.pin.state.text() == FINAL_TRY, "the final-try warning")
        type_into(screen.username, user.username)
        type_into(screen.password, user.password)
        type_into(screen.pin.field, "999999")
        press(screen.pin.field, Qt.Key.Key_Return)
        await until(lambda: bool(screen.summary.links), "the error summary")
        assert "PIN is locked" in screen.summary.messages()[0]
        assert screen.pin.state.text() == LOCKED
        assert not screen.pin.field.isEnabled()
        # Nothing more is offered to a locked card: not even the right PIN.
        failures_before = fake.failure_counter.count(screen.pin.status.serial)
        assert not await screen.attempt()
        assert screen.summary.messages() == [LOCKED]
        assert fake.failure_counter.count(screen.pin.status.serial) == failures_before
        assert desk.session.state == State.SIGNED_OUT

    gui.run(scenario())


def test_too_many_failures_on_this_workstation_refuses_to_try(gui: Gui, enrol: Any) -> None:
    user = enrol("pat")

    async def scenario() -> None:
        desk, fake = await gui.desk(user)
        screen = desk.window.lock_screen
        serial = screen.pin.status.serial
        for _ in range(5):
            fake.failure_counter.record_failure(serial)
        await until(lambda: not screen.pin.field.isEnabled(), "the PIN field to be refused")
        assert screen.pin.state.text() == (
            "The PIN has been entered wrongly 5 times in a row. This workstation will not try "
            "again: call your helpdesk.")
        type_into(screen.username, user.username)
        type_into(screen.password, user.password)
        assert not await screen.attempt()
        assert "call your helpdesk" in screen.summary.messages()[0]
        assert desk.session.state == State.SIGNED_OUT

    gui.run(scenario())


def test_removing_the_card_locks_and_clears(gui: Gui, enrol: Any, engine: Any) -> None:
    load(engine, [child("CP0000000001", surname="Lindqvist", dob="2013-05-02")])
    user = enrol("pat")

    async def scenario() -> None:
        desk, fake = await gui.signed_in(user)
        window = desk.window
        walk = Walkthrough(window)
        await walk.search("Lindqvist", "2013-05-02")
        fake.remove()
        await until(lambda: desk.session.state == State.LOCKED, "the lock on removal")
        assert desk.session.lock_reason is LockReason.TOKEN_REMOVED
        assert window.search_view.results.model.rowCount() == 0
        assert window.lock_screen.reason.text() == LOCK_MESSAGES[LockReason.TOKEN_REMOVED]
        await until(lambda: window.lock_screen.pin.state.text() == ABSENT, "insert your card")
        assert not window.lock_screen.pin.field.isEnabled()
        fake.reinsert()
        await until(lambda: window.lock_screen.pin.field.isEnabled(), "the card back")
        await walk.unlock(user.pin)
        assert window.search_view.results.model.rowCount() == 1  # the search ran again

    gui.run(scenario())


def test_wrong_pin_at_unlock_keeps_the_desk_locked(gui: Gui, enrol: Any) -> None:
    user = enrol("pat")

    async def scenario() -> None:
        desk, _ = await gui.signed_in(user)
        walk = Walkthrough(desk.window)
        await walk.lock()
        screen = desk.window.lock_screen
        type_into(screen.pin.field, "000000")
        press(screen.pin.field, Qt.Key.Key_Return)
        await until(lambda: bool(screen.summary.links), "the error summary")
        assert screen.summary.messages()[0].startswith("That PIN is not correct.")
        assert desk.session.state == State.LOCKED
        assert screen.mode == "unlock"
        await walk.unlock(user.pin)

    gui.run(scenario())
