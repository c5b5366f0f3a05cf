"""GUI fixtures (see guikit): Qt offscreen, one qasync loop per test, the desk harness."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from cpdesk.central.embedded import EmbeddedService

from .guikit import Gui


@pytest.fixture()
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture()
def gui(qloop: qasync.QEventLoop, service: EmbeddedService, tmp_path: Path) -> Iterator[Gui]:
    harness = Gui(qloop, service, tmp_path)
    yield harness
    if harness.desks:
        qloop.run_until_complete(harness.close_all())
    harness.dispose()

