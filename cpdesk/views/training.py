"""Training: the trainee's scenario pane and the trainer's class dashboard.

Both exist only in a training realm (the shell adds them when the service says the realm is
one) and show only what the service checked: a step is ticked when the directory service has
seen it in the trainee's own audit trail, never because the desk thinks it was done. Both
poll while they are on screen (``poll_ms``) and stop on hiding and on every lock. Polls do
not count as the user's activity, so they never hold off the idle lock.

Nothing here is child data: scenario texts name made-up children of the training
population, and progress is usernames, step IDs and times.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpdesk.contract import Progress, Scenario, StepDone
from cpdesk.session import VIEW_CLASS_PROGRESS, DeskSession, Failure, State
from cpdesk.views.operation import ViewOperation
from cpdesk.widgets.async_dialog import execute_dialog
from cpdesk.widgets.async_slot import async_slot
from cpdesk.widgets.focus import focus_if_shown
from cpdesk.widgets.i18n import QT_TRANSLATE_NOOP
from cpdesk.widgets.rows_model import RowsModel
from cpdesk.widgets.rows_table import rows_table
from cpdesk.widgets.tags import TAG_COLOURS
from cpdesk.widgets.text import heading, hint, scaled_font

POLL_MS: Final = 5_000
HINT_AFTER: Final = dt.timedelta(minutes=2)
# A trainee is "stuck" when the service has confirmed no new step of theirs for this long
# (and they have steps left). Three minutes: the longest step (a shielding request) takes a
# practised user about a minute and a half.
STUCK_AFTER: Final = dt.timedelta(minutes=3)
EXPORT_MARK: Final = "TRAINING"
# The dashboard's first columns (then one per step, "1a", "1b"…), translated by the header.
COLUMNS: Final = (QT_TRANSLATE_NOOP("ClassModel", "Trainee"),
                  QT_TRANSLATE_NOOP("ClassModel", "Status"))
EXPORT_HEADER: Final = ("environment", "username", "scenario_id", "scenario_title", "step_id",
                        "completed_at")

SCENARIOS_HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Training scenarios\n\n"
    "Exercises for this classroom. Choose a scenario in the list (arrow keys), read its "
    "steps, then do them in cpdesk: Ctrl+F takes you to the search. Each step is ticked when "
    "the directory service has seen you do it; this screen checks every few seconds while "
    "it is open. If you spend two minutes on a step, a hint appears under it.\n\n"
    "Every child in the training directory is made up."
)
DASHBOARD_HELP: Final = QT_TRANSLATE_NOOP(
    "Help",
    "Class progress\n\n"
    "Each trainee's steps as the directory service checked them, refreshed every few "
    "seconds while this screen is open. A trainee appears once the service has seen their "
    "first completed step. \"Stuck\" means no new step for 3 minutes: worth a visit.\n\n"
    "Export completions (CSV) saves who completed which step and when, marked TRAINING, to "
    "a file you choose, for your user managers to record training dates. It holds usernames "
    "and times only."
)


def _clock(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%H:%M}"


def _minutes(delta: dt.timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes == 1:
        return QCoreApplication.translate("ClassDashboard", "1 minute")
    return QCoreApplication.translate("ClassDashboard", "{n} minutes").format(n=minutes)


def _state_tag(label: QLabel, text: str, colour: str) -> None:
    label.setText(text)
    label.setProperty("tag", colour)
    label.setAccessibleName(text)
    label.style().unpolish(label)
    label.style().polish(label)


# --- The trainee's pane ----------------------------------------------------------------------


class StepRow(QFrame):
    """One step of the chosen scenario: its number and text, a status tag in words, and the
    hint when the trainee has been on it a while."""

    def __init__(self, number: int, text: str, hint_text: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "task")
        self.step_text = text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        top = QHBoxLayout()
        self.text = QLabel(f"{number}. {text}", self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.text, 1)
        self.status = QLabel(self)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.hint = QLabel(self.tr("Hint: {hint}").format(hint=hint_text) if hint_text else "",
                           self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "inset")
        self.hint.hide()
        layout.addWidget(self.hint)
        self.done_at: dt.datetime | None = None
        self.set_done(None)

    def set_done(self, at: dt.datetime | None) -> None:
        self.done_at = at
        if at is None:
            _state_tag(self.status, self.tr("To do"), "grey")
        else:
            _state_tag(self.status, self.tr("Done {time}").format(time=_clock(at)), "green")
            self.hint.hide()
        self.setAccessibleName(self.tr("{step} {status}.").format(step=self.text.text(),
                                                                  status=self.status.text()))

    def show_hint(self, shown: bool) -> None:
        self.hint.setVisible(shown and bool(self.hint.text()) and self.done_at is None)


class ScenarioPane(QWidget):
    """The trainee's scenarios and their steps, ticked as the service confirms them."""

    title = QT_TRANSLATE_NOOP("ScenarioPane", "Training scenarios")
    help_text = SCENARIOS_HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *,
                 poll_ms: int = POLL_MS, hint_after: dt.timedelta = HINT_AFTER) -> None:
        super().__init__(parent)
        self.session = session
        self.hint_after = hint_after
        self.setAccessibleName(self.tr("Training scenarios"))
        self.operation = ViewOperation(None, self._show_failure)
        self.scenarios: list[Scenario] = []
        self.done: dict[tuple[str, str], dt.datetime] = {}
        # When each step became the one to do next (for the hint after two minutes).
        self._current_since: dict[tuple[str, str], dt.datetime] = {}
        self.rows: list[StepRow] = []

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Training scenarios"), 1, self))
        layout.addWidget(hint(self.tr("Choose a scenario, then do its steps in cpdesk. Each "
                                      "step is ticked when the directory service has seen you "
                                      "do it."), self))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        self.message.setAccessibleName(self.tr("Scenario status"))
        layout.addWidget(self.message)
        body = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Scenarios"))
        self.list.setAccessibleDescription(self.tr("Arrow keys choose a scenario; its steps are "
                                                   "shown beside the list."))
        self.list.setWordWrap(True)
        self.list.setMaximumWidth(self.list.fontMetrics().horizontalAdvance("M" * 22))
        self.list.currentRowChanged.connect(self._show_scenario)
        body.addWidget(self.list, 2)
        self.steps_area = QScrollArea(self)
        self.steps_area.setWidgetResizable(True)
        self.steps_area.setFrameShape(QFrame.Shape.NoFrame)
        self.steps_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget(self.steps_area)
        self.steps_layout = QVBoxLayout(holder)
        self.scenario_title = heading("", 2, holder)
        self.steps_layout.addWidget(self.scenario_title)
        self.level = hint("", holder)
        self.steps_layout.addWidget(self.level)
        self.rows_box = QVBoxLayout()
        self.steps_layout.addLayout(self.rows_box)
        self.steps_layout.addStretch(1)
        self.steps_area.setWidget(holder)
        body.addWidget(self.steps_area, 5)
        layout.addLayout(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)

    # -- loading and polling ------------------------------------------------------------------

    async def load(self) -> None:
        """The scenarios, then the user's progress; polling starts while on screen."""
        self.message.setText(self.tr("Loading the scenarios…"))
        listed = await self.operation.run(self.session.training_scenarios)
        if listed is None:
            return
        self.scenarios = list(listed.items)
        current = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for scenario in self.scenarios:
            QListWidgetItem(self._list_text(scenario), self.list)
        self.list.blockSignals(False)
        if self.scenarios:
            self.list.setCurrentRow(min(current, len(self.scenarios) - 1))
            focus_if_shown(self, self.list)
        await self.refresh()
        self._start_polling()

    async def refresh(self, *, polling: bool = False) -> None:
        progress = await self.operation.run(
            lambda: self.session.my_training_progress(polling=polling))
        if progress is not None:
            self.apply(progress)

    @async_slot()
    async def poll(self) -> None:
        if self.session.state != State.UNLOCKED or not self.isVisible():
            self.timer.stop()
            return
        if not self.operation.running:
            await self.refresh(polling=True)
        self.check_hints()

    def _start_polling(self) -> None:
        if self.isVisible() and self.session.state == State.UNLOCKED:
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.scenarios:
            self._start_polling()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    # -- what is shown ------------------------------------------------------------------------

    def apply(self, progress: Progress) -> None:
        me = self.session.user.username if self.session.user else None
        first = not self.done and self.message.text() == self.tr("Loading the scenarios…")
        newly = []
        for item in progress.items:
            if me is not None and item.username != me:
                continue
            key = (item.scenario_id, item.step_id)
            if key not in self.done:
                newly.append(key)
            self.done[key] = item.completed_at
        for row, scenario in enumerate(self.scenarios):
            list_item = self.list.item(row)
            if list_item is not None:
                list_item.setText(self._list_text(scenario))
                list_item.setData(Qt.ItemDataRole.AccessibleTextRole, list_item.text())
        self.update_steps()
        total = sum(len(s.steps) for s in self.scenarios)
        said = self.tr("{done} of {total} steps done. Checked at {time}.").format(
            done=len(self.done), total=total, time=_clock(self.session.now()))
        if newly and not first:
            texts = [st.text for sc in self.scenarios for st in sc.steps
                     if (sc.id, st.id) in newly]
            said = (self.tr("Step done: {step}").format(step=texts[0]) if len(texts) == 1
                    else self.tr("{n} steps done.").format(n=len(texts))) + " " + said
        self.message.setText(said)

    def _list_text(self, scenario: Scenario) -> str:
        done = sum((scenario.id, s.id) in self.done for s in scenario.steps)
        state = (self.tr("done") if done == len(scenario.steps) else
                 self.tr("{done} of {total}").format(done=done, total=len(scenario.steps)))
        return self.tr("{title} (level {level}, {state})").format(
            title=scenario.title, level=scenario.level, state=state)

    def _show_scenario(self, row: int) -> None:
        for old in self.rows:
            old.deleteLater()
        self.rows = []
        if not 0 <= row < len(self.scenarios):
            self.scenario_title.setText("")
            self.level.setText("")
            return
        scenario = self.scenarios[row]
        self.scenario_title.setText(scenario.title)
        self.scenario_title.setAccessibleName(scenario.title)
        self.level.setText(self.tr("Level 1: everyday work") if scenario.level == 1
                           else self.tr("Level 2: advanced"))
        holder = self.steps_area.widget()
        for number, step in enumerate(scenario.steps, start=1):
            line = StepRow(number, step.text, step.hint, holder)
            self.rows_box.addWidget(line)
            self.rows.append(line)
        self.update_steps()

    def update_steps(self) -> None:
        """Tick the chosen scenario's steps the service confirmed; show a hint if due."""
        row = self.list.currentRow()
        if not self.rows or not 0 <= row < len(self.scenarios):
            return
        scenario = self.scenarios[row]
        for line, step in zip(self.rows, scenario.steps, strict=False):
            at = self.done.get((scenario.id, step.id))
            if at != line.done_at:
                line.set_done(at)
        self.check_hints()

    def current_step(self) -> tuple[str, str] | None:
        """The chosen scenario's first step not done yet (scenario ID, step ID)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.scenarios):
            return None
        scenario = self.scenarios[row]
        return next(((scenario.id, s.id) for s in scenario.steps
                     if (scenario.id, s.id) not in self.done), None)

    def check_hints(self) -> None:
        """A step's hint shows once the trainee has been on it for two minutes."""
        current = self.current_step()
        now = self.session.now()
        since = now if current is None else self._current_since.setdefault(current, now)
        row = self.list.currentRow()
        for line, step in zip(self.rows, self.scenarios[row].steps if self.rows else [],
                              strict=False):
            key = (self.scenarios[row].id, step.id)
            line.show_hint(key == current and now - since >= self.hint_after)

    def shown_hints(self) -> list[str]:
        return [line.hint.text() for line in self.rows if not line.hint.isHidden()]

    def _show_failure(self, failure: Failure) -> None:
        self.message.setText(failure.message)

    def clear(self, *, forget: bool = False) -> None:
        """On lock: polling stops; progress is fetched again after the unlock."""
        self.timer.stop()
        self.operation.invalidate()
        self.done = {}
        if forget:
            self._current_since = {}
            self.scenarios = []
            self.list.clear()
            self._show_scenario(-1)
        else:
            self.update_steps()
        self.message.clear()

    async def resume(self) -> None:
        await self.load()


# --- The trainer's dashboard -----------------------------------------------------------------


@dataclass
class TraineeRow:
    username: str
    done: dict[tuple[str, str], dt.datetime]

    @property
    def latest(self) -> dt.datetime | None:
        return max(self.done.values()) if self.done else None


class ClassModel(RowsModel):
    """Trainees × steps: a cell says "Done 14:05" or "Not yet"; a stuck trainee's row is
    highlighted and says so in the Status column (never colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[tuple[str, str, str, str]] = []  # scenario id, step id, header, text
        self.now = dt.datetime.now(dt.UTC)
        self.stuck_after = STUCK_AFTER
        self.columns = COLUMNS

    def set_steps(self, scenarios: list[Scenario]) -> None:
        self.beginResetModel()
        self.steps = [(sc.id, st.id, f"{n}{chr(ord('a') + m)}",
                       self.tr("{scenario}, step {n}: {step}").format(
                           scenario=sc.title, n=m + 1, step=st.text))
                      for n, sc in enumerate(scenarios, start=1)
                      for m, st in enumerate(sc.steps)]
        self.columns = (*COLUMNS, *(h for _s, _t, h, _x in self.steps))
        self.endResetModel()

    def total(self) -> int:
        return len(self.steps)

    def stuck(self, row: TraineeRow) -> bool:
        latest = row.latest
        return (latest is not None and len(row.done) < self.total()
                and self.now - latest >= self.stuck_after)

    def status(self, row: TraineeRow) -> str:
        if self.total() and len(row.done) >= self.total():
            return self.tr("Finished")
        latest = row.latest
        if latest is not None and self.stuck(row):
            return self.tr("Stuck: no new step for {time}").format(
                time=_minutes(self.now - latest))
        return self.tr("Working ({done} of {total})").format(done=len(row.done),
                                                              total=self.total())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section >= 2 and role in (
                Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.steps[section - 2][3]
        return super().headerData(section, orientation, role)

    def cell(self, row: TraineeRow, column: int, role: int) -> Any:
        stuck = self.stuck(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(TAG_COLOURS["red"][1])) if stuck else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(TAG_COLOURS["red"][0])) if stuck else None
        if role == Qt.ItemDataRole.FontRole and column == 1 and stuck:
            return scaled_font(1.0, bold=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2:
            return self.steps[column - 2][3]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return row.username
        if column == 1:
            return self.status(row)
        scenario_id, step_id, header, _text = self.steps[column - 2]
        at = row.done.get((scenario_id, step_id))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (self.tr("{step}: done at {time}").format(step=header, time=_clock(at))
                    if at else self.tr("{step}: not yet").format(step=header))
        return f"\u2713 {_clock(at)}" if at else "\u2013"


def completions_csv(path: Path, realm_name: str, scenarios: list[Scenario],
                    progress: list[StepDone], exported_at: dt.datetime) -> int:
    """Write the class's completions for user managers: a first line and a column saying
    TRAINING, then one row per completed step. Returns the number of rows written.

    The file is created for the user alone (0600). It holds usernames and times, no child
    data; cells that a spreadsheet would run as a formula are quoted as text.
    """
    titles = {s.id: s.title for s in scenarios}

    def safe(text: str) -> str:
        return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
        out.write(f"# {EXPORT_MARK}: completions in the training realm \u201c{realm_name}\u201d, "
                  f"exported {exported_at.astimezone():%Y-%m-%d %H:%M %Z}. Training "
                  "exercises only, not real work.\n")
        writer = csv.writer(out)
        writer.writerow(EXPORT_HEADER)
        rows = sorted(progress, key=lambda d: (d.username, d.completed_at))
        for item in rows:
            writer.writerow([EXPORT_MARK, item.username, item.scenario_id,
                             safe(titles.get(item.scenario_id, "")), item.step_id,
                             item.completed_at.astimezone(dt.UTC).isoformat()])
    return len(rows)


async def ask_where_to_save(parent: QWidget, suggested: str) -> Path | None:
    """A save dialog (awaited, never exec()); ``None`` if the user cancels."""
    dialog = QFileDialog(parent, QCoreApplication.translate("ClassDashboard",
                                                            "Export completions (CSV)"),
                         str(Path.home() / suggested),
                         QCoreApplication.translate("ClassDashboard", "CSV files (*.csv)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("csv")
    dialog.setAccessibleName(QCoreApplication.translate("ClassDashboard",
                                                        "Choose where to save the completions"))
    if await execute_dialog(dialog) != QFileDialog.DialogCode.Accepted.value:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None


class ClassDashboard(QWidget):
    """Trainees × steps for the trainer, refreshed every few seconds while on screen."""

    title = QT_TRANSLATE_NOOP("ClassDashboard", "Class progress")
    help_text = DASHBOARD_HELP

    def __init__(self, session: DeskSession, parent: QWidget | None = None, *,
                 poll_ms: int = POLL_MS, stuck_after: dt.timedelta = STUCK_AFTER,
                 choose_file: Callable[[QWidget, str], Awaitable[Path | None]] | None = None,
                 ) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_file = choose_file or ask_where_to_save
        self.setAccessibleName(self.tr("Class progress"))
        self.operation = ViewOperation(None, self._show_failure)
        self.scenarios: list[Scenario] = []
        self.progress: list[StepDone] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Class progress"), 1, self))
        layout.addWidget(hint(self.tr(
            "Each trainee's steps as the directory service checked them, refreshed every "
            "{seconds} seconds. Stuck means no new step for {time}.").format(
                seconds=poll_ms // 1000 or 1, time=_minutes(stuck_after)), self))
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh class progress"))
        self.refresh_button.clicked.connect(self.reload)
        row.addWidget(self.refresh_button)
        self.export_button = QPushButton(self.tr("Export completions (CSV)"), self)
        self.export_button.setAccessibleName(self.tr("Export completions (CSV)"))
        self.export_button.setAccessibleDescription(self.tr(
            "Saves who completed which step and when, marked TRAINING, to a file you choose."))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "status-message")
        self.message.setAccessibleName(self.tr("Class progress status"))
        layout.addWidget(self.message)
        self.model = ClassModel(self)
        self.model.stuck_after = stuck_after
        self.table = rows_table(self.model, self.tr("Trainees and their steps"), self)
        self.table.setAccessibleDescription(self.tr(
            "A row per trainee; a column per step, each saying done and when, or not yet."))
        self.table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.table, 1)
        self.key = hint("", self)
        layout.addWidget(self.key)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)

    def rows(self) -> list[TraineeRow]:
        return list(self.model.rows)

    async def load(self) -> None:
        if not self.session.can(VIEW_CLASS_PROGRESS):
            return
        self.message.setText(self.tr("Loading the class's progress…"))
        listed = await self.operation.run(self.session.training_scenarios)
        if listed is None:
            return
        self.scenarios = list(listed.items)
        self.model.set_steps(self.scenarios)
        self.key.setText(self.tr("Columns: {key}").format(key="; ".join(
            f"{n} {s.title}" for n, s in enumerate(self.scenarios, start=1))))
        await self.refresh()
        if self.model.rowCount():
            focus_if_shown(self, self.table)
            first = self.model.index(0, 0)
            self.table.setCurrentIndex(first)
            self.table.selectionModel().select(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            focus_if_shown(self, self.refresh_button)
        if self.isVisible() and self.session.state == State.UNLOCKED:
            self.timer.start()

    async def refresh(self, *, polling: bool = False) -> None:
        progress = await self.operation.run(
            lambda: self.session.class_progress(polling=polling))
        if progress is not None:
            self.apply(progress)

    def apply(self, progress: Progress) -> None:
        self.progress = list(progress.items)
        people: dict[str, TraineeRow] = {}
        for item in self.progress:
            people.setdefault(item.username, TraineeRow(item.username, {}))
            people[item.username].done[(item.scenario_id, item.step_id)] = item.completed_at
        current = self.table.currentIndex()
        self.model.now = self.session.now()
        self.model.set_rows(sorted(people.values(), key=lambda r: r.username))
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        stuck = [r.username for r in self.model.rows if self.model.stuck(r)]
        count = self.model.rowCount()
        said = [self.tr("1 trainee started.") if count == 1 else
                self.tr("{n} trainees started.").format(n=count)
                if count else self.tr("No trainee has completed a step yet.")]
        if stuck:
            said.append(self.tr("Stuck: {names}.").format(names=", ".join(stuck)))
        said.append(self.tr("Checked at {time}.").format(time=_clock(self.model.now)))
        self.message.setText(" ".join(said))

    def cell_text(self, username: str, scenario_id: str, step_id: str) -> str | None:
        for row_number, row in enumerate(self.model.rows):
            if row.username == username:
                for column, (sc, st, _h, _t) in enumerate(self.model.steps, start=2):
                    if (sc, st) == (scenario_id, step_id):
                        index: QModelIndex | QPersistentModelIndex = self.model.index(
                            row_number, column)
                        return str(self.model.data(index))
        return None

    @async_slot()
    async def reload(self) -> None:
        await self.refresh()

    @async_slot()
    async def poll(self) -> None:
        if self.session.state != State.UNLOCKED or not self.isVisible():
            self.timer.stop()
            return
        if not self.operation.running:
            await self.refresh(polling=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.scenarios and self.session.state == State.UNLOCKED:
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()

    @async_slot()
    async def export(self) -> None:
        await self.export_completions()

    async def export_completions(self) -> Path | None:
        """Ask where, then write the completions there (and nowhere else)."""
        realm = self.session.realm
        if realm is None or not realm.training:
            self.message.setText(
                self.tr("Completions can be exported only from a training realm."))
            return None
        await self.refresh()
        now = self.session.now()
        path = await self.choose_file(self, f"training-completions-{now:%Y-%m-%d}.csv")
        if path is None:
            self.message.setText(self.tr("Nothing was exported."))
            return None
        try:
            count = completions_csv(path, realm.name, self.scenarios, self.progress, now)
        except OSError as exc:
            self.message.setText(self.tr("The file could not be saved ({error}). Choose "
                                         "another folder and try again.").format(
                                             error=exc.strerror or "error"))
            return None
        self.message.setText((self.tr("Exported 1 completed step to {file}. The file says "
                                      "TRAINING; it holds usernames and times only.")
                              if count == 1 else
                              self.tr("Exported {n} completed steps to {file}. The file says "
                                      "TRAINING; it holds usernames and times only.")).format(
                                          n=count, file=path.name))
        return path

    def _show_failure(self, failure: Failure) -> None:
        self.message.setText(failure.message)

    def clear(self, *, forget: bool = False) -> None:
        del forget
        self.timer.stop()
        self.operation.invalidate()
        self.progress = []
        self.model.clear()
        self.message.clear()

    async def resume(self) -> None:
        await self.load()
