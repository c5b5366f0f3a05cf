"""The desktop's lock and sleep signals lock the desk: checked on a private D-Bus daemon, with
the signals sent as GNOME/KDE's screensaver and logind send them."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from cpdesk.ui.desktop_lock import DesktopLockWatcher

from .guikit import until

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="no dbus-daemon")]


@pytest.fixture()
def private_bus(tmp_path: Path) -> Iterator[str]:
    config = tmp_path / "bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN' "
        "'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'>"
        f"<busconfig><type>session</type><listen>unix:path={tmp_path}/bus</listen>"
        "<policy context='default'><allow send_destination='*' eavesdrop='true'/>"
        "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>", encoding="utf-8")
    daemon = subprocess.Popen(["dbus-daemon", "--nofork", "--print-address=1",
                               f"--config-file={config}"], stdout=subprocess.PIPE, text=True,
                              env={**os.environ})
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def send_signal(bus: QDBusConnection, path: str, interface: str, name: str,
                *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert bus.send(message)


def test_screensaver_sleep_and_session_lock_signals(private_bus: str,
                                                    qloop: qasync.QEventLoop) -> None:
    listen = QDBusConnection.connectToBus(private_bus, "cpdesk-watch")
    speak = QDBusConnection.connectToBus(private_bus, "cpdesk-speak")
    assert listen.isConnected() and speak.isConnected()
    assert speak.registerService("org.freedesktop.login1")  # speak as logind does
    watcher = DesktopLockWatcher(session_bus=listen, system_bus=listen)
    assert {"sleep", "session lock", "org.freedesktop.ScreenSaver"} <= set(watcher.watching)
    seen: list[str] = []
    watcher.locked.connect(seen.append)

    async def scenario() -> None:
        send_signal(speak, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                    "ActiveChanged", False)
        send_signal(speak, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                    "ActiveChanged", True)
        await until(lambda: seen == ["screensaver"], "the screensaver signal")
        send_signal(speak, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                    "PrepareForSleep", True)
        await until(lambda: seen[-1:] == ["sleep"], "the sleep signal")
        send_signal(speak, "/org/freedesktop/login1/session/auto",
                    "org.freedesktop.login1.Session", "Lock")
        await until(lambda: seen[-1:] == ["lock"], "the session lock signal")

    try:
        qloop.run_until_complete(scenario())
    finally:
        QDBusConnection.disconnectFromBus("cpdesk-watch")
        QDBusConnection.disconnectFromBus("cpdesk-speak")
    assert seen == ["screensaver", "sleep", "lock"]
