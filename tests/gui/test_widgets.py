"""The shared widgets on their own: progress that appears late and then explains, GOV.UK
date input, the error summary, the awaitable dialog and the error hook."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import logging
import sys

import pytest
import qasync
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from cpdesk.redaction import RedactionFilter
from cpdesk.ui.errors import ErrorReporter, install_error_hooks
from cpdesk.widgets.async_dialog import execute_dialog
from cpdesk.widgets.busy import BusyIndicator
from cpdesk.widgets.date_input import DateInput, DateProblem
from cpdesk.widgets.error_summary import ErrorSummary

from .guikit import until

pytestmark = pytest.mark.gui


def test_busy_indicator_waits_then_explains(qloop: qasync.QEventLoop, qtbot: object) -> None:
    host = QWidget()
    busy = BusyIndicator(host, show_after_ms=20, explain_after_ms=60)
    host.show()

    async def scenario() -> None:
        busy.start("Searching…", "Still searching the directory.")
        assert busy.isHidden()  # nothing flickers for quick work
        await until(lambda: busy.isVisible(), "the busy bar")
        await until(lambda: busy.label.text() == "Still searching the directory.", "words")
        busy.stop()
        assert busy.isHidden() and not busy.active

    qloop.run_until_complete(scenario())
    host.deleteLater()


def test_date_input_allows_partial_dates_and_says_what_is_wrong(qapp: object) -> None:
    dob = DateInput("Date of birth", today=lambda: dt.date(2026, 1, 1))
    assert dob.value() is None
    dob.year.setText("2014")
    assert dob.value() == "2014"
    dob.month.setText("3")
    assert dob.value() == "2014-03"
    dob.day.setText("27")
    assert dob.value() == "2014-03-27"
    cases = [("", "3", "", "Date of birth must include a year"),
             ("27", "", "2014", "Date of birth must include a month"),
             ("29", "2", "2015", "Date of birth must be a real date"),
             ("1", "1", "2027", "Date of birth must be today or in the past"),
             ("1", "1", "201", "Year must include 4 numbers")]
    for day, month, year, message in cases:
        dob.day.setText(day)
        dob.month.setText(month)
        dob.year.setText(year)
        with pytest.raises(DateProblem) as problem:
            dob.value()
        assert problem.value.message == message
    whole = DateInput("Born on or after", partial=False)
    whole.year.setText("2014")
    with pytest.raises(DateProblem, match="must include a day and month"):
        whole.value()
    whole.set_value("2014-03-27")
    assert whole.value() == "2014-03-27"


def test_error_summary_links_move_focus(qapp: object, qtbot: object) -> None:
    host = QWidget()
    summary = ErrorSummary(host)
    field = QLineEdit(host)
    host.show()
    summary.show_problems([("Enter a surname", field), ("Something general", None)])
    assert summary.title.text() == "There is a problem"
    assert summary.messages() == ["Enter a surname", "Something general"]
    summary.links[0].click()
    assert field.hasFocus() or host.focusWidget() is field
    summary.clear()
    assert summary.isHidden() and summary.messages() == []
    host.deleteLater()


def test_execute_dialog_awaits_without_a_nested_loop(qloop: qasync.QEventLoop) -> None:
    async def scenario() -> int:
        dialog = QDialog()
        asyncio.get_running_loop().call_later(0.02, dialog.accept)
        return await execute_dialog(dialog)

    assert qloop.run_until_complete(scenario()) == QDialog.DialogCode.Accepted


def test_unexpected_errors_reach_the_user_without_child_data(qloop: qasync.QEventLoop) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactionFilter())
    logging.getLogger().addHandler(handler)
    saved = sys.excepthook
    try:
        reporter = install_error_hooks(qloop, lambda: None)
        assert isinstance(reporter, ErrorReporter)

        async def scenario() -> None:
            try:
                raise ValueError("Canary Zebedee Quillfeather lives at 9 Nowhere Lane")
            except ValueError as exc:
                # What asyncio does with a task whose failure nobody retrieved.
                asyncio.get_running_loop().call_exception_handler(
                    {"message": "Task exception was never retrieved", "exception": exc})
            sys.excepthook(ValueError, ValueError("Canary Zebedee again"), None)
            await until(lambda: reporter.box is not None and reporter.box.isVisible(), "box")

        qloop.run_until_complete(scenario())
        assert reporter.box is not None
        shown = reporter.box.text() + reporter.box.informativeText()
        assert "Zebedee" not in shown and reporter.references[-1] in shown
        logged = stream.getvalue()
        assert "Zebedee" not in logged and "Nowhere" not in logged
        assert "ValueError" in logged and len(reporter.references) == 2
        assert all(reference in logged for reference in reporter.references)
        reporter.box.close()
    finally:
        sys.excepthook = saved
        qloop.set_exception_handler(None)
        logging.getLogger().removeHandler(handler)
