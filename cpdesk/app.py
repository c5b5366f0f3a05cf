"""``cpdesk``: the desk client's entry point.

The command line is read first: ``--help`` and ``--version`` print and exit before Qt is
started (no window, no QApplication, no display needed). Then start-up order matters: core
dumps go off and logging starts redacting before anything of a child can be in memory; then
Qt, then qasync's loop on the GUI thread, then everything else inside that loop. All
directory, token and cache work is awaited from that one loop.

Start-up shows the PIN prompt with what it needs (Qt, the settings, the card, the session's
state machine, the lock screen) and loads the rest while the user types: the contract
(pydantic), the HTTP client (httpx), the cache and the task screens (``Desk.load_rest``).
Signing in waits for them if it is quicker than they are.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import functools
import gc
import importlib
import logging
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from cpdesk.config import (
    COMMAND_LINE,
    Settings,
    SettingsError,
    load_settings,
    pin_realm,
    save_user_settings,
)
from cpdesk.hardening import disable_core_dumps
from cpdesk.redaction import configure_logging
from cpdesk.session import DeskSession, Timings
from cpdesk.ui.activity_filter import UserActivityFilter
from cpdesk.ui.errors import ErrorReporter, install_error_hooks
from cpdesk.ui.main_window import MainWindow, ShellTimings
from cpdesk.ui.theme import app_icon, apply_theme
from cpdesk.vault.token import FailureCounter, Token, TokenConfig, TokenLike

if TYPE_CHECKING:  # loaded after the PIN prompt is shown (Desk.load_rest)
    from cpdesk.sync.api import DirectoryClient, RealmGuard

log = logging.getLogger("cpdesk.app")


@dataclass
class Desk:
    """One running client: the session, its window and what they own."""

    session: DeskSession
    window: MainWindow
    token: TokenLike
    activity_filter: UserActivityFilter
    reporter: ErrorReporter | None = None
    extras: dict[str, object] = field(default_factory=dict)
    make_client: Callable[[], DirectoryClient] | None = None

    @property
    def client(self) -> DirectoryClient:
        return self.session.client

    async def load_rest(self) -> None:
        """What the PIN prompt does not need, loaded while the user types: the contract and
        the HTTP client (then the service's status), the cache, then the task screens. Each
        step is its own slice of the loop, so key presses are handled in between."""
        modules = ("pydantic.main", "cpdesk.contract", "httpx", "cpdesk.sync.api",
                   "cpdesk.sync.outbox")
        steps: list[Callable[[], object]] = [
            *(functools.partial(importlib.import_module, name) for name in modules),
            self._attach_client,
            lambda: importlib.import_module("cryptography.hazmat.primitives.serialization"),
            lambda: importlib.import_module("sqlcipher3.dbapi2"),
            lambda: importlib.import_module("cpdesk.vault.cache"),
            lambda: importlib.import_module("cpdesk.views.search"),
            lambda: importlib.import_module("cpdesk.views.record"),
            lambda: importlib.import_module("cpdesk.views.activity"),
            lambda: importlib.import_module("cpdesk.views.recent"),
            self.window.build_screens,
        ]
        for step in steps:
            await asyncio.sleep(0)
            step()

    def _attach_client(self) -> None:
        if self.make_client is not None and not self.session.has_client:
            self.session.attach_client(self.make_client())

    async def wait_closed(self) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def finished() -> None:
            if not done.done():
                done.set_result(None)

        self.window.closed.connect(finished)
        await done

    async def close(self) -> None:
        """Shut down as the window's close would, then release the client and the card."""
        if not self.window._shut:
            await self.window.shut_down()
        QApplication.instance().removeEventFilter(self.activity_filter)  # type: ignore[union-attr]
        if self.session.has_client:
            await self.client.aclose()
        self.token.close()
        self.window.deleteLater()


def make_token(settings: Settings, failure_file: Path | None = None) -> Token:
    config = TokenConfig(settings.pkcs11_module, settings.token_label,
                         settings.auth_key_label, settings.wrap_key_label)
    return Token(config, failure_counter=FailureCounter(failure_file) if failure_file else None)


def realm_guard(settings: Settings, user_settings: Path | None = None) -> RealmGuard:
    """The realm this client may sign into: the settings' ``expected_realm`` and
    ``realm_kind``, else the realm first signed into at this address (pinned then)."""
    service_url = settings.service_url.rstrip("/")

    from cpdesk.sync.api import RealmGuard

    def pin(realm: str) -> None:
        try:
            pin_realm(service_url, realm, user_settings)
        except (OSError, ValueError):
            log.warning("The realm could not be remembered on this computer")

    return RealmGuard(expected=settings.expected_realm, kind=settings.realm_kind,
                      pinned=settings.pinned_realms.get(service_url), pin=pin)


def build_desk(settings: Settings, *, token: TokenLike | None = None,
               data_dir: Path | None = None, timings: Timings | None = None,
               shell_timings: ShellTimings | None = None, user_settings: Path | None = None,
               watch_desktop: bool = True,
               monotonic: Callable[[], float] | None = None,
               wall: Callable[[], dt.datetime] | None = None,
               lazy: bool = False) -> Desk:
    """Everything of one client, wired; call inside the running qasync loop.

    The keyword arguments exist for tests, the guided demo and the benchmark: a token
    double, private directories, and clocks and intervals that need no waiting. ``lazy``
    (what ``cpdesk`` does): no HTTP client and no task screens yet; ``Desk.load_rest``
    makes them once the PIN prompt is up.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    # The desk ends its own loop after locking; Qt must not stop it when the window goes.
    app.setQuitOnLastWindowClosed(False)

    def make_client() -> DirectoryClient:
        from cpdesk.sync.api import DirectoryClient

        return DirectoryClient(settings.service_url, ca_bundle=settings.ca_bundle,
                               realm_guard=realm_guard(settings, user_settings))

    card = token if token is not None else make_token(settings)
    session = DeskSession(None if lazy else make_client(), card, data_dir=data_dir,
                          timings=timings or Timings(idle_timeout=settings.idle_timeout_seconds),
                          monotonic=monotonic or time.monotonic,
                          wall=wall or (lambda: dt.datetime.now(dt.UTC)))

    def save_username(username: str) -> None:
        if settings.sources.get("username") in ("policy", "environment", COMMAND_LINE):
            return
        try:
            save_user_settings({"username": username}, user_settings)
        except (OSError, ValueError):
            log.warning("The username could not be remembered on this computer")

    window = MainWindow(session, timings=shell_timings, remembered_username=settings.username,
                        save_username=save_username, watch_desktop=watch_desktop)
    if not lazy:
        window.build_screens()
    activity = UserActivityFilter(session.note_activity, app)
    app.installEventFilter(activity)
    return Desk(session, window, card, activity, make_client=make_client)


def install_translators(app: QCoreApplication, locale: QLocale | None = None,
                        folder: Path | None = None) -> list[QTranslator]:
    """cpdesk in the user's language (the system locale's) if ``cpdesk.resources``
    ``translations/`` (or ``folder``) has a ``cpdesk_<language>.qm`` for it, and then Qt's own
    words (standard buttons) from Qt's catalogue for it. Returns what it installed: nothing
    for English, the source language, which needs no catalogue."""
    locale = locale if locale is not None else QLocale.system()
    if folder is None:
        folder = Path(str(resources.files("cpdesk.resources").joinpath("translations")))
    ours = QTranslator(app)
    if not ours.load(locale, "cpdesk", "_", str(folder)):
        return []
    app.installTranslator(ours)
    installed = [ours]
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def start_qt(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName("cpdesk")
    QCoreApplication.setOrganizationName("cpdesk")
    app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    install_translators(app)  # before any widget is made: each translates as it is built
    app.setDesktopFileName("cpdesk")
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())
    apply_theme(app)
    return app


Script = Callable[[Desk], Awaitable[bool]]


async def run(settings: Settings, *, script: Script | None = None,
              data_dir: Path | None = None, user_settings: Path | None = None,
              failure_file: Path | None = None, presenter: bool = False) -> int:
    """Show the desk and serve until its window closes; or, given a ``script`` (the guided
    demo, the canary walk), run that against it and close: 0 only if the script succeeded."""
    token = make_token(settings, failure_file) if failure_file else None
    desk = build_desk(settings, token=token, data_dir=data_dir, user_settings=user_settings,
                      lazy=True)
    if presenter:
        desk.window.presenter.set_enabled(True)  # --presenter: 150 % text, high contrast
    loop = asyncio.get_running_loop()
    desk.reporter = install_error_hooks(loop, lambda: desk.window)
    for number in (signal.SIGINT, signal.SIGTERM):
        # Ctrl+C or a shutdown: close as the window would, locking (and clearing) first.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(number, desk.window.close)
    desk.window.show()
    rest = asyncio.ensure_future(load_after_prompt(desk))
    main = asyncio.ensure_future(script(desk) if script is not None else desk.wait_closed())
    try:
        await asyncio.wait({rest, main}, return_when=asyncio.FIRST_EXCEPTION)
        failed = rest.exception() if rest.done() else None
        if failed is not None:
            main.cancel()  # a start-up that cannot finish (e.g. the service URL refused)
            raise failed
        result = await main
        return (0 if result else 1) if script is not None else 0
    finally:
        for task in (rest, main):
            if not task.done():
                task.cancel()
        await asyncio.gather(rest, main, return_exceptions=True)
        await desk.close()


async def load_after_prompt(desk: Desk, *, patience: float = 1.0) -> None:
    """Once the PIN prompt is up (the card's state read, or ``patience`` seconds gone) and
    painted, load the rest (``Desk.load_rest``)."""
    pin = desk.window.lock_screen.pin
    loop = asyncio.get_running_loop()
    deadline = loop.time() + patience
    while pin.status is None and loop.time() < deadline:
        await asyncio.sleep(0.005)
    await asyncio.sleep(0.01)  # a turn of the loop for the prompt to paint
    await desk.load_rest()


def run_client(*, argv: Sequence[str] | None = None, script: Script | None = None,
               data_dir: Path | None = None, user_settings: Path | None = None,
               failure_file: Path | None = None,
               command_line: Mapping[str, Any] | None = None, presenter: bool = False) -> int:
    """Everything ``cpdesk`` does, in order: harden, log safely, read settings, start Qt and
    the qasync loop, run the desk. The demo and the canary test call this too."""
    problems = disable_core_dumps()
    level = getattr(logging, os.environ.get("CPDESK_LOG_LEVEL", "WARNING").upper(),
                    logging.WARNING)
    log_file = os.environ.get("CPDESK_LOG_FILE")
    configure_logging(level if isinstance(level, int) else logging.WARNING,
                      Path(log_file) if log_file else None)
    if problems:
        log.warning("Core dumps could not be fully disabled: " + ", ".join(problems))
    try:
        settings = load_settings(user_file=user_settings, command_line=command_line)
    except SettingsError as exc:
        print(f"cpdesk: {exc}", file=sys.stderr)
        return 2
    import qasync

    from cpdesk.vault.token import shutdown_token_executor

    app = start_qt(argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return int(loop.run_until_complete(run(
                settings, script=script, data_dir=data_dir, user_settings=user_settings,
                failure_file=failure_file, presenter=presenter)))
    finally:
        # Collect here, on the GUI thread: a Qt object freed by a collection that happens to
        # run on another thread would be destroyed off its own thread.
        gc.collect()
        shutdown_token_executor()


def version() -> str:
    from importlib import metadata

    try:
        return metadata.version("cpdesk")
    except metadata.PackageNotFoundError:
        return "unknown"


class VersionAction(argparse._VersionAction):
    """``--version``, reading the installed version only when asked (importlib.metadata is
    not loaded on every start)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        self.version = f"cpdesk {version()}"
        super().__call__(parser, namespace, values, option_string)


def argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cpdesk",
        description="The desk client for the ContactPoint-style directory of children. "
        "Signs in with your username, password and smart card.",
        epilog="Settings, highest first: the machine's policy file /etc/cpdesk/policy.json (on "
        "Windows %ProgramData%\\cpdesk\\policy.json and HKLM\\Software\\Policies\\cpdesk), "
        "these options, CPDESK_* environment variables, your settings file, the defaults "
        "(--show-settings prints them). See docs/desk-client.md.")
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--service-url", metavar="URL",
                        help="the directory service's address (https://, or http:// to this "
                        "computer only)")
    parser.add_argument("--ca-bundle", metavar="FILE",
                        help="CA certificates to verify the service with")
    parser.add_argument("--token-label", metavar="LABEL",
                        help="the label of your smart card")
    parser.add_argument("--user", metavar="USERNAME", dest="username",
                        help="the username to sign in with")
    parser.add_argument("--presenter", action="store_true", default=None,
                        help="presenter mode, for a projector: text at 150 %%, high contrast "
                        "(also in the View menu)")
    parser.add_argument("--show-settings", action="store_true", default=None,
                        help="print each setting, its value and where it came from, and exit")
    parser.add_argument("--self-test", action="store_true", default=None,
                        help="check this installation end to end (a SoftHSM2 token, the "
                        "cpdesk-central beside it, sign in, search, lock, unlock) and exit: "
                        "0 only if all succeeded")
    return parser


def parse_command_line(args: Sequence[str]) -> dict[str, Any]:
    """The settings given on the command line (``--help``/``--version`` exit here)."""
    options = argument_parser().parse_args(list(args))
    return {key: value for key, value in vars(options).items() if value is not None}


def print_settings(command_line: Mapping[str, Any]) -> int:
    """``--show-settings``: each setting, its value and where it came from; no window."""
    from cpdesk.config import show_settings

    try:
        settings = load_settings(command_line=command_line)
    except SettingsError as exc:
        print(f"cpdesk: {exc}", file=sys.stderr)
        return 2
    print("\n".join(show_settings(settings)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    full = list(argv if argv is not None else sys.argv)
    given = parse_command_line(full[1:])
    presenter = bool(given.pop("presenter", False))  # how the window looks, not a setting
    if given.pop("show_settings", None):
        return print_settings(given)
    if given.pop("self_test", None):
        from cpdesk.selftest import self_test

        return self_test(full[0] if full else "cpdesk", run_client)
    return run_client(argv=full[:1] or ["cpdesk"], command_line=given, presenter=presenter)


if __name__ == "__main__":
    sys.exit(main())
