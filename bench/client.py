"""Desk client benchmark: start-up, unlock, search and event-loop stalls, as a user meets them.

Prints figures beside their targets; it is not a test and asserts nothing.

Set-up (in this process): N synthetic children (cpdesk.central.synth), a helpdesk user with a
fresh SoftHSM2 token, and queries built from real live records (surname + full date of birth).
The service then runs in a process of its own (``cpdesk-central serve``), and so does the
client (the real ``cpdesk`` start-up, offscreen Qt unless --display), so that neither's work
or memory is counted against the other.

Figures:
- cold start: the client process spawned → the PIN prompt ready (card state read); median of
  --starts fresh processes; beside it, in the same run, a bare PySide6 window (import
  QtWidgets, a QApplication, one QWidget shown and painted) spawned the same way, and cold
  start as a ratio of it (target ≤ 2.5×: the machine's speed divides out);
- sign-in (password + PIN, first of the session) and unlock (PIN only, after a lock): Enter
  pressed → the main window shown with the service session;
- search: Enter pressed → the results table painted, p50/p95 over --queries full-DOB queries;
  the client's share is that minus the HTTP round trip (DirectoryClient.last_server_ms);
- the longest gap between beats of a 5 ms QTimer heartbeat during unlock and during search;
- peak RSS of the client process (VmHWM; getrusage's ru_maxrss printed beside it).

    python bench/client.py [--children 100000] [--queries 200] [--starts 3] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

TARGETS = {
    "cold_start_s": ("≤ 1.0 s", 1.0),
    "cold_start_ratio": ("≤ 2.5×", 2.5),
    "unlock_ms": ("≤ 500 ms", 500.0),
    "search_p95_ms": ("≤ 60 ms", 60.0),
    "client_share_p95_ms": ("≤ 30 ms", 30.0),
    "stall_unlock_ms": ("≤ 50 ms", 50.0),
    "stall_search_ms": ("≤ 50 ms", 50.0),
    "peak_rss_mb": ("≤ 250 MB", 250.0),
}
PIN = "246810"
PASSWORD = "bench password 1"


# --- a bare PySide6 window (runs in its own process): the yardstick for cold start --------


def bare_main(spawned_at: float) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    widget = QLabel("A bare PySide6 window")
    painted: list[float] = []

    class Painted(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Painted()
    widget.installEventFilter(watcher)
    widget.resize(400, 200)
    widget.show()
    app.exec()
    print("FIGURES " + json.dumps({"bare_start_s": painted[0] - spawned_at}))
    return 0


def run_bare(env: dict[str, str]) -> float:
    args = [sys.executable, __file__, "--bare", str(time.time())]
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    for line in result.stdout.splitlines():
        if line.startswith("FIGURES "):
            return float(json.loads(line[len("FIGURES "):])["bare_start_s"])
    raise SystemExit(f"the bare window failed ({result.returncode}):\n{result.stderr[-3000:]}")


# --- the client side (runs in its own process) -------------------------------------------


def client_main(config_file: str, spawned_at: float, start_only: bool) -> int:
    import asyncio

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer

    from cpdesk.app import Desk, run_client
    from cpdesk.session import State

    # The test helpers (QTest, the walkthrough and what it imports) are loaded after the cold
    # start is taken: the real client never loads them, so they must not count against it.

    config = json.loads(Path(config_file).read_text())
    figures: dict[str, Any] = {}

    class Heartbeat(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(5)
            self.timer.timeout.connect(self.beat)
            self.last = time.perf_counter()
            self.longest = 0.0

        def beat(self) -> None:
            now = time.perf_counter()
            self.longest = max(self.longest, now - self.last)
            self.last = now

        def reset(self) -> None:
            self.last = time.perf_counter()
            self.longest = 0.0

    class PaintWatch(QObject):
        """Notes the first paint of the results after the model was reset."""

        def __init__(self, desk: Desk) -> None:
            super().__init__()
            self.view = desk.window.search_view
            self.armed = False
            self.painted: asyncio.Future[float] | None = None
            self.view.results.model.modelReset.connect(self.arm)
            self.view.results.table.viewport().installEventFilter(self)

        def expect(self) -> asyncio.Future[float]:
            self.armed = False
            self.painted = asyncio.get_running_loop().create_future()
            return self.painted

        def arm(self) -> None:
            self.armed = self.view.results.model.rowCount() > 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and self.armed and self.painted is not None
                    and not self.painted.done()):
                self.painted.set_result(time.perf_counter())
                self.armed = False
            return False

    async def until(predicate: Any) -> float:
        while not predicate():
            await asyncio.sleep(0.001)
        return time.perf_counter()

    async def measure(desk: Desk) -> bool:
        window = desk.window
        window.show()  # as Walkthrough.activate does
        window.raise_()
        window.activateWindow()
        await until(window.isActiveWindow)
        screen = window.lock_screen
        await until(lambda: screen.pin.status is not None and screen.pin.field.isEnabled())
        figures["cold_start_s"] = time.time() - spawned_at
        if start_only:
            return True
        from PySide6.QtTest import QTest

        from cpdesk.walkthrough import Walkthrough

        walk = Walkthrough(window, timeout=60)
        heart = Heartbeat()
        heart.timer.start()

        def ready() -> bool:
            return (desk.session.state == State.UNLOCKED
                    and window.pages.currentWidget() is window.work)

        walk.type_into(screen.username, config["username"])
        walk.type_into(screen.password, PASSWORD)
        walk.type_into(screen.pin.field, PIN)
        heart.reset()
        started = time.perf_counter()
        walk.press(screen.pin.field, Qt.Key.Key_Return)
        figures["sign_in_ms"] = 1000 * (await until(ready) - started)
        figures["stall_sign_in_ms"] = 1000 * heart.longest

        await desk.session.lock()
        await until(lambda: screen.pin.field.isEnabled() and screen.mode == "unlock")
        walk.type_into(screen.pin.field, PIN)
        heart.reset()
        started = time.perf_counter()
        walk.press(screen.pin.field, Qt.Key.Key_Return)
        figures["unlock_ms"] = 1000 * (await until(ready) - started)
        figures["stall_unlock_ms"] = 1000 * heart.longest

        view = window.search_view
        watch = PaintWatch(desk)
        totals, shares, found = [], [], 0
        heart.reset()
        for surname, dob in config["queries"]:
            view.form.clear()
            walk.type_into(view.form.surname, surname)
            year, month, day = dob.split("-")
            walk.type_into(view.form.dob.day, str(int(day)))
            walk.type_into(view.form.dob.month, str(int(month)))
            walk.type_into(view.form.dob.year, year)
            painted = watch.expect()
            started = time.perf_counter()
            QTest.keyClick(view.form.dob.year, Qt.Key.Key_Return)
            done = await asyncio.wait_for(painted, 30)
            total = 1000 * (done - started)
            totals.append(total)
            shares.append(total - (desk.client.last_server_ms or 0.0))
            found += view.results.model.rowCount()
        figures["stall_search_ms"] = 1000 * heart.longest
        quantiles = statistics.quantiles(totals, n=20)
        share_q = statistics.quantiles(shares, n=20)
        figures.update({
            "searches": len(totals), "results": found,
            "search_p50_ms": statistics.median(totals), "search_p95_ms": quantiles[18],
            "client_share_p50_ms": statistics.median(shares),
            "client_share_p95_ms": share_q[18],
        })
        heart.timer.stop()
        await desk.session.sign_out()
        return True

    status = run_client(argv=["cpdesk"], script=measure)
    figures["peak_rss_mb"] = peak_rss_mb()
    figures["ru_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("FIGURES " + json.dumps(figures), flush=True)
    return status


def peak_rss_mb() -> float:
    """This process's own peak resident set.

    getrusage's ru_maxrss is not enough on Linux: a process started by fork (or vfork) and
    exec inherits the parent's high-water mark at exec time, so it would count the seeding
    this benchmark's orchestrator did. VmHWM is the peak of this process's own memory.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the orchestrator ----------------------------------------------------------------------


def prepare(work: Path, children: int, queries: int, seed_value: int) -> dict[str, Any]:
    from cpdesk.vault.provision import write_softhsm_config

    os.environ["SOFTHSM2_CONF"] = str(write_softhsm_config(work / "softhsm"))
    from sqlalchemy import select

    from cpdesk.central import db
    from cpdesk.central.cli import seed
    from cpdesk.central.db import children as table
    from cpdesk.central.users import add_user
    from cpdesk.vault.provision import provision_softhsm_token

    engine = db.connect(f"sqlite:///{work / 'central.sqlite3'}")
    today = dt.date.today()
    started = time.perf_counter()
    seed(engine, children, seed_value, today)
    print(f"Seeded {children:,} children in {time.perf_counter() - started:.1f} s", flush=True)
    token = provision_softhsm_token(work / "softhsm" / "softhsm2.conf", "bench-card", PIN,
                                    "13579135")
    add_user(engine, username="hd.bench", roles=["helpdesk"], la="E08000035",
             auth_public_key_pem=token.auth_public_pem, password=PASSWORD, crb_date=today,
             trained_on=today)
    with engine.connect() as conn:
        rows = conn.execute(select(table.c.record).where(
            table.c.shielded.is_(False), table.c.archive_on > today.isoformat())).scalars().all()
    rng = random.Random(seed_value)
    picked = [json.loads(r) for r in rng.sample(list(rows), min(queries, len(rows)))]
    engine.dispose()
    return {"username": "hd.bench", "token_label": token.label,
            "queries": [[r["surname"], r["dob"]] for r in picked],
            "database": f"sqlite:///{work / 'central.sqlite3'}"}


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_service(database: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "cpdesk.central.cli", "serve", "--database-url", database,
         "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/v1/status", timeout=1):
                return process, url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the service did not start")


def client_environment(work: Path, url: str, label: str, display: bool) -> dict[str, str]:
    from cpdesk.vault.provision import softhsm_module

    home = work / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CPDESK_")}
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local/share"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "CPDESK_SERVICE_URL": url, "CPDESK_TOKEN_LABEL": label,
                "CPDESK_PKCS11_MODULE": softhsm_module()})
    if not display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_client(config: Path, env: dict[str, str], start_only: bool) -> dict[str, Any]:
    args = [sys.executable, __file__, "--client", str(config), str(time.time())]
    if start_only:
        args.append("--start-only")
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900,
                            check=False)
    for line in result.stdout.splitlines():
        if line.startswith("FIGURES "):
            figures: dict[str, Any] = json.loads(line[len("FIGURES "):])
            return figures
    raise SystemExit(f"the client run failed ({result.returncode}):\n{result.stdout}\n"
                     f"{result.stderr[-3000:]}")


def report(figures: dict[str, Any], children: int, display: bool) -> None:
    rows = [
        ("cold start to PIN prompt (median)", "cold_start_s", "{:.2f} s"),
        ("bare PySide6 window shown (median)", "bare_start_s", "{:.2f} s"),
        ("cold start ÷ bare window", "cold_start_ratio", "{:.2f}×"),
        ("sign-in: password + PIN → ready", "sign_in_ms", "{:.0f} ms"),
        ("unlock: PIN → main window ready", "unlock_ms", "{:.0f} ms"),
        ("search end to end, p50", "search_p50_ms", "{:.1f} ms"),
        ("search end to end, p95", "search_p95_ms", "{:.1f} ms"),
        ("client share, p50", "client_share_p50_ms", "{:.1f} ms"),
        ("client share, p95", "client_share_p95_ms", "{:.1f} ms"),
        ("longest stall during sign-in", "stall_sign_in_ms", "{:.1f} ms"),
        ("longest stall during unlock", "stall_unlock_ms", "{:.1f} ms"),
        ("longest stall during searches", "stall_search_ms", "{:.1f} ms"),
        ("peak RSS of the client (VmHWM)", "peak_rss_mb", "{:.0f} MB"),
    ]
    platform = "the display" if display else "offscreen Qt"
    print(f"\ncpdesk client benchmark: {children:,} children, {figures['searches']} full-DOB "
          f"searches ({figures['results']} results), {platform}, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s)\n")
    print(f"  {'measure':<38}{'value':>12}   {'target':<10}")
    for label, key, fmt in rows:
        target, limit = TARGETS.get(key, ("", None))
        value = figures[key]
        verdict = "" if limit is None else ("  ok" if value <= limit else "  MISSED")
        print(f"  {label:<38}{fmt.format(value):>12}   {target:<10}{verdict}")
    starts = figures.get("cold_starts_s", [])
    if starts:
        print(f"\n  cold starts: {', '.join(f'{s:.2f} s' for s in starts)}")
        print(f"  bare windows: {', '.join(f'{s:.2f} s' for s in figures['bare_starts_s'])}")
    print(f"  getrusage ru_maxrss: {figures['ru_maxrss_mb']:.0f} MB (includes the parent's "
          "high-water mark inherited at exec)")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--bare":
        return bare_main(float(sys.argv[2]))
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        return client_main(sys.argv[2], float(sys.argv[3]), "--start-only" in sys.argv)
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--children", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--display", action="store_true",
                        help="use the real display instead of offscreen Qt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cpdesk-bench-") as tmp:
        work = Path(tmp)
        config = prepare(work, args.children, args.queries, args.seed)
        config_file = work / "bench.json"
        config_file.write_text(json.dumps(config))
        service, url = start_service(config["database"])
        try:
            env = client_environment(work, url, config["token_label"], args.display)
            starts, bares = [], []
            for _ in range(args.starts):  # interleaved, so both see the same machine state
                bares.append(run_bare(env))
                starts.append(run_client(config_file, env, True)["cold_start_s"])
            figures = run_client(config_file, env, False)
        finally:
            service.terminate()
            service.wait(timeout=10)
    figures["cold_starts_s"] = starts
    figures["cold_start_s"] = statistics.median(starts)
    figures["bare_starts_s"] = bares
    figures["bare_start_s"] = statistics.median(bares)
    figures["cold_start_ratio"] = figures["cold_start_s"] / figures["bare_start_s"]
    report(figures, args.children, args.display)
    return 0


if __name__ == "__main__":
    sys.exit(main())
