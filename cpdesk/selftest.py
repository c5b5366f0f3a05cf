"""``cpdesk --self-test``: does this installation work, end to end, on this machine?

It makes a SoftHSM2 token in a temporary directory, starts the ``cpdesk-central`` that came
with this installation (beside ``cpdesk`` in the bundle, ``python -m cpdesk.central.cli``
otherwise) on 127.0.0.1 with a small synthetic training realm, enrols a user with the token's
key, then opens the desk client itself (under Xvfb when there is no display) and drives it as
a user would: the card read, sign in with password and PIN, search, open a record, lock,
unlock with the PIN alone, sign out. Exit status 0 only if every step succeeded.

``make package`` runs it from the PyInstaller bundle and from the unpacked Debian package.
The service runs as a separate process: the client never imports it. Nothing outside the
temporary directory is written; the machine's policy still applies (a policy that pins
another service address makes the self-test fail, and says so).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from cpdesk.app import Desk

USERNAME: Final = "selftest"
PASSWORD: Final = "Self-test-password-1"
PIN: Final = "246810"
SO_PIN: Final = "13579135"
TOKEN: Final = "cpdesk-self-test"
CHILDREN: Final = 300


def say(text: str) -> None:
    print(f"self-test: {text}", flush=True)


def central_command() -> list[str]:
    """The service of this installation: the bundle's sibling executable, else this Python's."""
    if getattr(sys, "frozen", False):
        name = "cpdesk-central.exe" if sys.platform == "win32" else "cpdesk-central"
        return [str(Path(sys.executable).with_name(name))]
    return [sys.executable, "-m", "cpdesk.central.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SelfTest:
    """The temporary token, database and service; ``script`` drives the desk."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.database = f"sqlite:///{base / 'central.sqlite3'}"
        self.audit_key = base / "audit.key"
        self.service: subprocess.Popen[bytes] | None = None
        self.url = ""
        self.child: tuple[str, str] = ("", "")

    def central(self, *args: str, stdin: str | None = None) -> None:
        command = [*central_command(), *args]
        done = subprocess.run(command, input=stdin, capture_output=True, text=True,  # noqa: S603
                              timeout=300, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"cpdesk-central {args[0]} failed ({done.returncode}): "
                               + (done.stderr or done.stdout).strip()[-2000:])

    def prepare(self) -> None:
        from cpdesk.vault.provision import (
            provision_softhsm_token,
            softhsm_module,
            write_softhsm_config,
        )

        conf = write_softhsm_config(self.base / "softhsm")
        os.environ["SOFTHSM2_CONF"] = str(conf)  # before the PKCS#11 library first loads
        os.environ["CPDESK_PKCS11_MODULE"] = softhsm_module()
        enrolled = provision_softhsm_token(conf, TOKEN, PIN, SO_PIN)
        say(f"SoftHSM2 token {TOKEN!r} made, serial {enrolled.serial}")
        key = self.base / "auth.pem"
        key.write_bytes(enrolled.auth_public_pem)
        common = ("--database-url", self.database)
        self.central("realm", "set", "--name", "cpdesk self-test", "--training", *common)
        started = time.perf_counter()
        self.central("seed", "--children", str(CHILDREN), "--seed", "14", *common)
        say(f"{CHILDREN} synthetic children seeded in {time.perf_counter() - started:.1f} s")
        self.central("user", "add", "--username", USERNAME, "--role", "helpdesk",
                     "--la", "E08000035", "--auth-public-key", str(key), "--password-stdin",
                     *common, stdin=PASSWORD + "\n")
        self.child = self.pick_child()

    def pick_child(self) -> tuple[str, str]:
        """A live, unshielded child of the seeded population: (surname, dob)."""
        today = dt.date.today().isoformat()
        with sqlite3.connect(self.base / "central.sqlite3") as conn:
            row = conn.execute(
                "SELECT surname, dob FROM children WHERE shielded = 0 AND archive_on > ? "
                "ORDER BY id LIMIT 1 OFFSET 17", (today,)).fetchone()
        if row is None:
            raise RuntimeError("no child to search for in the seeded population")
        return str(row[0]), str(row[1])

    def serve(self) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        log = (self.base / "central.log").open("wb")
        self.service = subprocess.Popen(  # noqa: S603 - our own executable and arguments
            [*central_command(), "serve", "--host", "127.0.0.1", "--port", str(port),
             "--database-url", self.database, "--audit-key-file", str(self.audit_key)],
            stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.service.poll() is not None:
                raise RuntimeError("cpdesk-central serve ended: "
                                   + (self.base / "central.log").read_text(errors="replace"))
            try:
                with urllib.request.urlopen(self.url + "/v1/openapi.json",  # noqa: S310
                                            timeout=2):
                    pass
            except urllib.error.HTTPError:
                pass  # an answer all the same
            except OSError:
                time.sleep(0.2)
                continue
            say(f"service listening on {self.url}")
            return
        raise RuntimeError("cpdesk-central serve did not answer within 60 s")

    def stop(self) -> None:
        if self.service is not None and self.service.poll() is None:
            self.service.terminate()
            try:
                self.service.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.service.kill()
                self.service.wait()

    async def script(self, desk: Desk) -> bool:
        from cpdesk.walkthrough import WalkFailed, Walkthrough

        window = desk.window
        walk = Walkthrough(window, timeout=60)
        surname, dob = self.child
        try:
            await walk.activate()
            started = time.perf_counter()
            await walk.until(lambda: window.lock_screen.pin.status is not None, "the card")
            await walk.record_step("card-read", started)
            await walk.sign_in(USERNAME, PASSWORD, PIN)
            await walk.search(surname, dob)
            await walk.open_first("training")
            await walk.lock()
            await walk.unlock(PIN)
            await walk.sign_out()
        except WalkFailed as failure:
            say(f"FAILED: {failure}")
            return False
        finally:
            for step in walk.steps:
                say(f"  {step.name:<16} {1000 * step.seconds:7.0f} ms")
        return True


def self_test(argv0: str, run_client: Callable[..., int],
              argv: Sequence[str] | None = None) -> int:
    """Run the self-test with ``run_client`` (``cpdesk.app.run_client``); 0 only if all passed."""
    import contextlib

    from cpdesk.display import VirtualDisplay, has_display

    with tempfile.TemporaryDirectory(prefix="cpdesk-self-test-") as folder, \
            contextlib.ExitStack() as stack:
        test = SelfTest(Path(folder))
        stack.callback(test.stop)
        try:
            test.prepare()
            test.serve()
            if not has_display():
                virtual = stack.enter_context(VirtualDisplay())
                os.environ["DISPLAY"] = virtual.display
                os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
                say(f"no display: Xvfb on {virtual.display}")
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            say(f"FAILED: {exc}")
            return 1
        client = Path(folder) / "client"
        options: dict[str, Any] = {"service_url": test.url, "token_label": TOKEN}
        status = run_client(argv=[argv0, *(argv or [])], script=test.script,
                            data_dir=client / "data", user_settings=client / "settings.json",
                            failure_file=client / "data" / "pin-failures.json",
                            command_line=options)
    say("passed" if status == 0 else f"FAILED (exit status {status})")
    return 0 if status == 0 else 1
