"""A guided walk through the desk client, driven the way a user would drive it.

Keys are typed into the real widgets and the walk waits for what a user would wait for (the
results painted, the record shown, the lock screen up). ``make demo`` runs it under a virtual
display and saves a screenshot of each step; the canary test runs it in a process of its own
and then searches everything that process wrote to disk.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from cpdesk.session import State
from cpdesk.sync.outbox import ItemState
from cpdesk.ui.main_window import MainWindow
from cpdesk.views.outbox_status import OutboxStatus


class WalkFailed(Exception):
    """A step did not reach what it waits for; the message says which step and what."""


@dataclass
class Step:
    name: str
    seconds: float
    screenshot: Path | None = None


@dataclass
class Walkthrough:
    window: MainWindow
    screenshots: Path | None = None
    timeout: float = 30.0
    steps: list[Step] = field(default_factory=list)

    # -- waiting and looking ---------------------------------------------------------------

    async def until(self, predicate: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + self.timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise WalkFailed(f"gave up waiting: {what}")
            await asyncio.sleep(0.02)

    async def settle(self) -> None:
        """Let layouts and paints catch up before a screenshot.

        Only by yielding to the loop: processing Qt events from inside a coroutine would run
        other asyncio tasks re-entrantly, which asyncio forbids.
        """
        for _ in range(5):
            await asyncio.sleep(0.02)

    async def activate(self) -> None:
        """Bring the window to the front: shortcuts and focus work only in an active window."""
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        await self.until(self.window.isActiveWindow, "the window to become active")

    async def record_step(self, name: str, started: float,
                          widget: QWidget | None = None) -> Step:
        shot = None
        if self.screenshots is not None:
            await self.settle()
            self.screenshots.mkdir(parents=True, exist_ok=True)
            shot = self.screenshots / f"{len(self.steps) + 1:02d}-{name}.png"
            if not (widget or self.window).grab().save(str(shot)):
                raise WalkFailed(f"could not save the screenshot {shot}")
        step = Step(name, time.perf_counter() - started, shot)
        self.steps.append(step)
        return step

    # -- typing ----------------------------------------------------------------------------

    @staticmethod
    def type_into(edit: QLineEdit | QWidget, text: str) -> None:
        """Type as a user would; text QTest has no keys for (é, ’) is entered as an input
        method would enter it."""
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(edit, QLineEdit):
            edit.clear()
        if text.isascii() or not isinstance(edit, QLineEdit):
            QTest.keyClicks(edit, text)
        else:
            edit.insert(text)

    @staticmethod
    def press(widget: QWidget, key: Qt.Key,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifier)

    # -- the steps -------------------------------------------------------------------------

    async def sign_in(self, username: str, password: str, pin: str) -> Step:
        started = time.perf_counter()
        screen = self.window.lock_screen
        await self.until(lambda: screen.pin.field.isEnabled(), "the PIN field to be ready")
        self.type_into(screen.username, username)
        self.type_into(screen.password, password)
        self.type_into(screen.pin.field, pin)
        screen.summary.clear()
        self.press(screen.pin.field, Qt.Key.Key_Return)
        await self.until(lambda: self.window.session.state == State.UNLOCKED
                         or bool(screen.summary.links), "signing in")
        if self.window.session.state != State.UNLOCKED:
            raise WalkFailed("sign-in refused: " + "; ".join(screen.summary.messages()))
        await self.until(lambda: self.window.pages.currentWidget() is self.window.work,
                         "the main window after sign-in")
        return await self.record_step("signed-in", started)

    async def search(self, surname: str, dob: str, *, widen: bool = False) -> Step:
        started = time.perf_counter()
        view = self.window.search_view
        self.window.focus_search()
        view.form.clear()
        self.type_into(view.form.surname, surname)
        year, month, day = [*dob.split("-"), "", ""][:3]
        if day:
            self.type_into(view.form.dob.day, str(int(day)))
        if month:
            self.type_into(view.form.dob.month, str(int(month)))
        self.type_into(view.form.dob.year, year)
        view.results.message.clear()
        if widen:
            view.form.widen_button.click()
        else:
            self.press(view.form.dob.year, Qt.Key.Key_Return)
        await self.until(lambda: bool(view.results.message.text()), "search results")
        await self.until(lambda: not view.busy.active, "the search to finish")
        if view.results.model.rowCount() == 0:
            raise WalkFailed(f"the search found nothing: {view.results.message.text()}")
        return await self.record_step("search-results", started)

    async def open_first(self, reason: str = "training") -> Step:
        started = time.perf_counter()
        view = self.window.search_view
        record = self.window.record_view
        view.results.table.setFocus()
        self.press(view.results.table, Qt.Key.Key_Return)
        if record.reason is None:
            await self.until(lambda: record.dialog is not None and record.dialog.isVisible(),
                             "the reason question")
            dialog = record.dialog
            assert dialog is not None
            if self.screenshots is not None:
                await self.record_step("reason-question", started, dialog)
            dialog.choose(reason)
            self.press(dialog.ok, Qt.Key.Key_Space)
        await self.until(lambda: record.record is not None, "the record")
        await self.activate()  # the window manager would give focus back after the dialog
        return await self.record_step("record", started)

    async def copy_first_contact(self) -> Step:
        started = time.perf_counter()
        record = self.window.record_view
        if not record.cards:
            raise WalkFailed("the record shows no contacts to copy")
        card = record.cards[0]
        card.setFocus()
        self.press(card, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        await self.until(lambda: self.window.clipboard.holds_ours(), "the copied contact")
        return await self.record_step("contact-copied", started)

    async def copy_all_contacts(self) -> Step:
        """Ctrl+Shift+C on the record: every visible contact, labelled."""
        started = time.perf_counter()
        record = self.window.record_view
        self.press(self.window.focusWidget() or record, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        await self.until(lambda: self.window.clipboard.holds_ours(), "every contact copied")
        return await self.record_step("all-contacts-copied", started)

    async def recently_viewed(self) -> Step:
        """Ctrl+R: the records opened since signing in, names fetched live."""
        started = time.perf_counter()
        view = self.window.recent_view
        view.model.clear()
        self.press(self.window.focusWidget() or self.window, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier)
        await self.until(lambda: self.window.current is view and view.model.rowCount() > 0,
                         "the recently viewed list")
        return await self.record_step("recently-viewed", started)

    async def no_match(self, surname: str, dob: str) -> Step:
        """A search that finds no one: the message offers "Widen search", focused."""
        started = time.perf_counter()
        view = self.window.search_view
        self.window.focus_search()
        view.form.clear()
        self.type_into(view.form.surname, surname)
        self.type_into(view.form.dob.year, dob[:4])
        view.results.message.clear()
        self.press(view.form.dob.year, Qt.Key.Key_Return)
        await self.until(lambda: view.results.widen_button.isVisible(), "Widen search offered")
        return await self.record_step("no-match-widen", started)

    async def idle_warning(self) -> Step:
        """The non-modal warning two minutes before the idle lock (shown, not waited for)."""
        started = time.perf_counter()
        self.window.banners.set_idle_warning(2)
        step = await self.record_step("idle-warning", started)
        self.window.banners.set_idle_warning(None)
        return step

    async def my_activity(self) -> Step:
        started = time.perf_counter()
        self.window.show_view(self.window.activity_view)
        view = self.window.activity_view
        await self.until(lambda: view.model.rowCount() > 0, "my activity")
        return await self.record_step("my-activity", started)

    async def back_to_search(self) -> None:
        self.window.focus_search()

    # -- shielding (issue 11) ---------------------------------------------------------------

    async def _sent(self, status: OutboxStatus, what: str) -> None:
        """Until the outbox item an :class:`OutboxStatus` follows is sent (or refused)."""

        def settled() -> bool:
            return status.item is not None and status.item.state is not ItemState.SENDING

        await self.until(settled, what)
        if status.item is None or status.item.state is not ItemState.SENT:
            raise WalkFailed(f"{what}: not sent — {status.words.text()}")

    async def request_shielding(self, justification: str, *, ground: str = "domestic_violence",
                                on_behalf: str = "family", household: bool = True,
                                urgent: bool = False) -> Step:
        """From the record on screen: "Request shielding", filled in by keyboard, sent."""
        started = time.perf_counter()
        record = self.window.record_view
        button = next((b for b in record.action_buttons if b.text() == "Request shielding"),
                      None)
        if button is None:
            raise WalkFailed("the record offers no \"Request shielding\"")
        button.setFocus()
        self.press(button, Qt.Key.Key_Space)
        view = self.window.shield_request_view
        await self.until(lambda: self.window.current is view, "the shielding request form")
        view.ground.set_value(ground)
        self.type_into(view.justification.edit, justification)
        view.on_behalf.set_value(on_behalf)
        view.household.setChecked(household)
        view.urgent.setChecked(urgent)
        if self.screenshots is not None:
            await self.record_step("shielding-request-form", started)
        view.send_button.setFocus()
        self.press(view.send_button, Qt.Key.Key_Space)
        await self._sent(view.status, "the shielding request")
        return await self.record_step("shielding-requested", started)

    async def management(self) -> Step:
        started = time.perf_counter()
        view = self.window.management_view
        self.window.show_view(view)
        await self.until(lambda: self.window.current is view, "the management workspace")
        return await self.record_step("management", started)

    async def decide_first(self, reason: str, *, approve: bool = True,
                           child_id: str | None = None) -> Step:
        """Decisions: open the first request, tick the whole household, approve (or reject)
        with a reason, and wait until the decision is sent."""
        started = time.perf_counter()
        view = self.window.management_view
        self.window.show_view(view)
        view.show_tab(view.decisions)
        tab = view.decisions
        tab.message.clear()
        tab.reload()  # its own task: a screen's operation may cancel the one it runs in
        await self.until(lambda: bool(tab.message.text())
                         and not tab.message.text().startswith("Loading"),
                         "the decision queue")
        rows = [n for n, r in enumerate(tab.model.rows)
                if child_id is None or r.child_id == child_id]
        if not rows:
            raise WalkFailed("no shielding request awaits a decision")
        tab.table.setFocus()
        tab.table.setCurrentIndex(tab.model.index(rows[0], 0))
        tab.table.selectRow(rows[0])
        self.press(tab.table, Qt.Key.Key_Return)
        await self.until(lambda: tab.current is not None, "the request opened")
        tab.decision.set_value("approve" if approve else "reject")
        for box, _child_id, _name in tab.household:
            box.setChecked(True)
        self.type_into(tab.reason.edit, reason)
        if self.screenshots is not None:
            await self.record_step("decision-form", started)
        tab.send_button.setFocus()
        self.press(tab.send_button, Qt.Key.Key_Space)
        await self._sent(tab.status, "the decision")
        await self.until(lambda: tab.message.text().startswith("Decision sent")
                         and not tab.operation.running, "the queue after the decision")
        return await self.record_step("decision-sent", started)

    async def my_requests(self) -> Step:
        started = time.perf_counter()
        view = self.window.requests_view
        view.shielding.clear()
        self.window.show_view(view)
        await self.until(lambda: view.shielding.rowCount() > 0, "my requests")
        return await self.record_step("my-requests", started)

    # -- mediated access and the helpdesk (issue 12) ----------------------------------------

    async def helpdesk_call(self, username: str, summary: str, *, category_key: str = "L",
                            route_key: str = "U") -> int:
        """Log a user's call by keyboard alone, as a helpdesk worker with a headset would:
        Ctrl+Shift+H, Space (a user), Tab, the username, Enter (checked), a letter for the
        category, Tab, the summary, Tab, a letter for the route, Ctrl+Enter. Returns the
        number of key presses other than the typed text."""
        started = time.perf_counter()
        window = self.window
        await self.activate()
        presses = 0

        def key(key: Qt.Key | str, modifier: Qt.KeyboardModifier =
                Qt.KeyboardModifier.NoModifier) -> None:
            nonlocal presses
            presses += 1
            target = QApplication.focusWidget() or window
            if isinstance(key, str):
                QTest.keyClicks(target, key)  # one letter: one key press
            else:
                QTest.keyClick(target, key, modifier)

        def typed(text: str) -> None:
            QTest.keyClicks(QApplication.focusWidget() or window, text)

        key(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.ShiftModifier)
        call = window.helpdesk_view.call
        await self.until(lambda: call.caller.radios[0].hasFocus(), "the call form")
        key(Qt.Key.Key_Space)
        key(Qt.Key.Key_Tab)
        await self.until(lambda: call.who.edit.hasFocus(), "the caller's username")
        typed(username)
        key(Qt.Key.Key_Return)
        await self.until(lambda: call.category.hasFocus() or call.who.check is not None,
                         "the caller checked")
        if not call.who.authorised:
            raise WalkFailed(f"the caller was not verified: {call.who.result.text()}")
        key(category_key)
        key(Qt.Key.Key_Tab)
        typed(summary)
        key(Qt.Key.Key_Tab)
        key(route_key)
        if self.screenshots is not None:
            await self.record_step("helpdesk-call", started)
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await self._sent(call.status, "the helpdesk call")
        await self.record_step("helpdesk-call-logged", started)
        return presses

    async def request_mediator(self, practitioner: str, surname: str, dob: str,
                               phone: str) -> Step:
        """The helpdesk logs a practitioner's request for a mediator."""
        started = time.perf_counter()
        view = self.window.helpdesk_view
        self.window.show_view(view)
        view.show_tab(view.mediator_request)
        form = view.mediator_request
        self.type_into(form.practitioner.edit, practitioner)
        self.press(form.practitioner.edit, Qt.Key.Key_Return)
        await self.until(lambda: form.practitioner.check is not None, "the practitioner check")
        self.type_into(form.surname, surname)
        form.dob.set_value(dob)
        form.urgency.set_value("urgent")
        self.type_into(form.phone, phone)
        if self.screenshots is not None:
            await self.record_step("mediator-request-form", started)
        form.status.clear()
        form.summary.clear()
        form.send_button.setFocus()
        self.press(form.send_button, Qt.Key.Key_Space)
        await self._sent(form.status, "the request for a mediator")
        return await self.record_step("mediator-requested", started)

    async def claim_first(self) -> Step:
        started = time.perf_counter()
        view = self.window.mediation_view
        self.window.show_view(view)
        tab = view.open_tab
        view.show_tab(tab)
        await self.until(lambda: tab.model.rowCount() > 0, "an open request")
        if self.screenshots is not None:
            await self.record_step("mediator-inbox", started)
        tab.table.setFocus()
        self.press(tab.table, Qt.Key.Key_Return)
        await self._sent(tab.status, "the claim")
        return await self.record_step("request-claimed", started)

    async def mediate_claimed(self) -> Step:
        """My claimed requests: open the first, "Mediate for this request", start."""
        started = time.perf_counter()
        view = self.window.mediation_view
        tab = view.claimed_tab
        view.show_tab(tab)
        await self.until(lambda: tab.model.rowCount() > 0, "a claimed request")
        tab.table.setFocus()
        self.press(tab.table, Qt.Key.Key_Return)
        await self.until(lambda: tab.current is not None, "the claimed request")
        self.press(tab.mediate_button, Qt.Key.Key_Space)
        start = view.start_tab
        await self.until(lambda: start.practitioner.authorised, "the practitioner checked")
        if self.screenshots is not None:
            await self.record_step("mediation-start", started)
        self.press(start.start_button, Qt.Key.Key_Space)
        await self.until(lambda: self.window.session.mediation is not None,
                         "the mediation started")
        await self.until(lambda: self.window.current is self.window.search_view,
                         "the search form, mediating")
        return await self.record_step("mediating", started)

    async def pass_on_all(self) -> Step:
        """On the record: tick every contact in "Pass on details" and record them."""
        started = time.perf_counter()
        panel = self.window.record_view.pass_on
        if panel is None:
            raise WalkFailed("the record has no \"Pass on details\" panel")
        if not panel.boxes:
            raise WalkFailed("the record has no contacts to pass on")
        for box, _kind, _ref in panel.boxes:
            box.setChecked(True)
        panel.record_button.setFocus()
        self.press(panel.record_button, Qt.Key.Key_Space)
        await self._sent(panel.status, "what was passed on")
        return await self.record_step("passed-on", started)

    async def fulfil_claimed(self, note: str) -> Step:
        started = time.perf_counter()
        view = self.window.mediation_view
        self.window.show_view(view)
        tab = view.claimed_tab
        view.show_tab(tab)
        await self.until(lambda: tab.model.rowCount() > 0, "a claimed request")
        tab.table.setFocus()
        self.press(tab.table, Qt.Key.Key_Return)
        await self.until(lambda: tab.current is not None, "the claimed request")
        tab.outcome.set_value("fulfil")
        self.type_into(tab.note.edit, note)
        self.press(tab.send_button, Qt.Key.Key_Space)
        await self._sent(tab.status, "the fulfilment")
        return await self.record_step("request-fulfilled", started)

    async def end_mediation(self) -> Step:
        started = time.perf_counter()
        self.press(self.window.banners.end_mediation, Qt.Key.Key_Space)
        await self.until(lambda: self.window.session.mediation is None, "the mediation ended")
        return await self.record_step("mediation-ended", started)

    async def open_receipt(self) -> Step:
        started = time.perf_counter()
        view = self.window.requests_view
        view.mediated.clear()
        self.window.show_view(view)
        await self.until(lambda: view.mediated.rowCount() > 0, "my requests for a mediator")
        view.mediated_table.setCurrentIndex(view.mediated.index(0, 0))
        await self.until(view.receipt_button.isEnabled, "a fulfilled request")
        self.press(view.receipt_button, Qt.Key.Key_Space)
        await self.until(lambda: view.mediated_outcome.text().startswith("Receipt"),
                         "the receipt")
        return await self.record_step("receipt", started)

    async def sign_out(self) -> Step:
        """Sign out from the lock screen (the session ends; the next user signs in)."""
        started = time.perf_counter()
        await self.window.session.sign_out()
        await self.until(lambda: self.window.session.state == State.SIGNED_OUT, "signed out")
        return await self.record_step("signed-out", started)

    async def lock(self) -> Step:
        started = time.perf_counter()
        await self.activate()
        self.press(self.window.focusWidget() or self.window, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
        await self.until(lambda: self.window.session.state == State.LOCKED, "the lock")
        await self.until(lambda: self.window.pages.currentWidget()
                         is self.window.lock_screen, "the lock screen")
        return await self.record_step("locked", started)

    async def unlock(self, pin: str) -> Step:
        started = time.perf_counter()
        screen = self.window.lock_screen
        await self.until(lambda: screen.pin.field.isEnabled(), "the PIN field to be ready")
        self.type_into(screen.pin.field, pin)
        screen.summary.clear()
        self.press(screen.pin.field, Qt.Key.Key_Return)
        await self.until(lambda: self.window.session.state == State.UNLOCKED
                         or bool(screen.summary.links), "unlocking")
        if self.window.session.state != State.UNLOCKED:
            raise WalkFailed("unlock refused: " + "; ".join(screen.summary.messages()))
        current = self.window.current
        if current is self.window.record_view:
            await self.until(lambda: self.window.record_view.record is not None,
                             "the record fetched again")
        elif current is self.window.recent_view:
            await self.until(lambda: self.window.recent_view.model.rowCount() > 0,
                             "the recently viewed list fetched again")
        elif current is self.window.search_view and self.window.search_view.last_request:
            await self.until(lambda: self.window.search_view.results.model.rowCount() > 0,
                             "the search run again")
        return await self.record_step("unlocked", started)


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str
    pin: str


@dataclass(frozen=True)
class ShieldingWalk:
    """The shielding part of the guided walk: the walker requests a shield on a child of the
    manager's LA; the manager, on a desk of their own (``open_desk`` gives its window,
    ``close_desk`` ends it), approves; the walker's next search and record are minimal."""

    surname: str
    dob: str
    manager: Credentials
    open_desk: Callable[[], Awaitable[MainWindow]]
    close_desk: Callable[[], Awaitable[None]]


async def shielding_walk(walk: Walkthrough, plan: ShieldingWalk) -> None:
    window = walk.window
    await walk.search(plan.surname, plan.dob)
    await walk.open_first("safeguarding")
    record = window.record_view.record
    if record is None or record.shielded:
        raise WalkFailed("the child to shield is not an ordinary record")
    child_id = record.id
    await walk.request_shielding("Family fled a violent partner who may look for them.")
    await walk.my_requests()
    manager_window = await plan.open_desk()
    try:
        manager = Walkthrough(manager_window, screenshots=walk.screenshots,
                              timeout=walk.timeout, steps=walk.steps)
        await manager.activate()
        await manager.until(lambda: manager_window.lock_screen.pin.status is not None,
                            "the manager's card")
        await manager.sign_in(plan.manager.username, plan.manager.password, plan.manager.pin)
        await manager.management()
        await manager.decide_first("Ground met: risk from a former partner.",
                                   child_id=child_id)
    finally:
        await plan.close_desk()
    await walk.activate()
    await walk.search(plan.surname, plan.dob)
    first = window.search_view.results.model.results[0]
    if not first.shielded or first.postcode_district is not None:
        raise WalkFailed("the search after approval is not the shielded one")
    window.record_view.record = None
    await walk.open_first("safeguarding")
    after = window.record_view.record
    if after is None or after.view != "shielded" or after.address is not None:
        raise WalkFailed("the record after approval is not the minimal one")
    await walk.record_step("record-now-shielded", time.perf_counter())
    await walk.my_requests()


@dataclass(frozen=True)
class MediatedWalk:
    """Issue 12's walk: the walker (helpdesk) logs a call and a practitioner's request for a
    mediator; the mediator, on a desk of their own, claims it, mediates, searches, passes
    the contacts on and fulfils it; the practitioner, on a third desk, opens the receipt.
    ``open_desk(username)`` gives a desk's window with that user's card in the reader."""

    surname: str
    dob: str
    practitioner: Credentials
    phone: str
    mediator: Credentials
    open_desk: Callable[[str], Awaitable[MainWindow]]
    close_desk: Callable[[], Awaitable[None]]


async def _other_desk(walk: Walkthrough, plan: MediatedWalk,
                      who: Credentials) -> Walkthrough:
    window = await plan.open_desk(who.username)
    other = Walkthrough(window, screenshots=walk.screenshots, timeout=walk.timeout,
                        steps=walk.steps)
    await other.activate()
    await other.until(lambda: window.lock_screen.pin.status is not None, "the card")
    await other.sign_in(who.username, who.password, who.pin)
    return other


async def mediated_walk(walk: Walkthrough, plan: MediatedWalk) -> None:
    await walk.activate()
    presses = await walk.helpdesk_call(plan.practitioner.username,
                                       "Card locked after three wrong PINs.")
    if presses > 12:
        raise WalkFailed(f"the helpdesk call took {presses} key presses")
    await walk.request_mediator(plan.practitioner.username, plan.surname, plan.dob, plan.phone)
    try:
        mediator = await _other_desk(walk, plan, plan.mediator)
        await mediator.claim_first()
        await mediator.mediate_claimed()
        await mediator.search(plan.surname, plan.dob)
        await mediator.open_first("mediated_request")
        await mediator.pass_on_all()
        await mediator.fulfil_claimed("Called back on the registered number.")
        await mediator.end_mediation()
    finally:
        await plan.close_desk()
    try:
        practitioner = await _other_desk(walk, plan, plan.practitioner)
        await practitioner.open_receipt()
    finally:
        await plan.close_desk()


async def guided(window: MainWindow, who: Credentials, surname: str, dob: str, *,
                 screenshots: Path | None = None, report: Callable[[str], None] = print,
                 timeout: float = 30.0, shielding: ShieldingWalk | None = None,
                 mediated: MediatedWalk | None = None) -> bool:
    """Sign in, search, open the first record, copy a contact and all contacts, recently
    viewed, a search that finds no one, lock, unlock, look at my activity: the walk
    ``make demo`` shows and the canary test audits. True if all passed."""
    walk = Walkthrough(window, screenshots=screenshots, timeout=timeout)
    try:
        await walk.activate()
        started = time.perf_counter()
        await walk.until(lambda: window.lock_screen.pin.status is not None, "the card")
        await walk.record_step("sign-in", started)
        await walk.sign_in(who.username, who.password, who.pin)
        await walk.no_match("Zzyzxqvw", dob)
        await walk.search(surname, dob)
        await walk.open_first("training")
        if window.record_view.cards:
            await walk.copy_first_contact()
            await walk.copy_all_contacts()
        await walk.recently_viewed()
        if screenshots is not None:
            await walk.idle_warning()
        await walk.lock()
        await walk.unlock(who.pin)
        await walk.my_activity()
        if shielding is not None:
            await shielding_walk(walk, shielding)
        if mediated is not None:
            await mediated_walk(walk, mediated)
    except WalkFailed as failure:
        report(f"    FAILED: {failure}")
        return False
    finally:
        for step in walk.steps:
            where = f"  {step.screenshot}" if step.screenshot else ""
            report(f"    {step.name:<16} {1000 * step.seconds:7.0f} ms{where}")
    return True
