"""Kill the desk client at random points while it submits shielding requests through the
durable outbox, then count at the service what was lost and what was duplicated.

    python bench/outbox_kill.py [--kills 50] [--seed N]        (make bench-outbox)

The parent runs the real service on loopback (embedded, SQLite) with a SoftHSM2 card and an
enrolled practitioner. Each run starts a client process (``--child``): the real DeskSession
signs in with the card (which resumes whatever the outbox holds from earlier runs), then
submits requests one after another, each justification unique ("bench run R item I"),
printing ``stored <request_id>`` from the outbox's listener, which is told synchronously
once the item is committed and before it can be sent. The parent sends SIGKILL
after a random delay — during start-up, sign-in, resume, a commit or a send. After the last
kill, one more client drains the outbox and lists it.

Figures: **lost** — requests the outbox had durably stored (printed as stored, or listed at
the end) that never reached the service; **duplicated** — a submission (its unique
justification) present more than once at the service; **unknown** — items at the service
the outbox never stored (a write sent before it was kept). Target: 0, 0, 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PIN = "246810"
SO_PIN = "13579135"
PASSWORD = "correct horse battery staple"
CHILD_ID = "CP0000000777"
USERNAME = "pat.bench"


# -- the client process --------------------------------------------------------------------


async def _client(args: argparse.Namespace) -> int:
    from cpdesk.session import DeskSession, Timings
    from cpdesk.sync.api import DirectoryClient
    from cpdesk.sync.outbox import Backoff, ItemState, OutboxItem, shielding_request
    from cpdesk.vault.provision import softhsm_module
    from cpdesk.vault.token import FailureCounter, Token, TokenConfig

    data = Path(args.data_dir)
    token = Token(TokenConfig(softhsm_module(), args.label),
                  failure_counter=FailureCounter(data / "pin-failures.json"))
    session = DeskSession(DirectoryClient(args.url, timeout=5.0), token, data_dir=data,
                          timings=Timings(idle_timeout=3600), backoff=Backoff(0.05, 2.0, 0.5))

    stored: set[str] = set()

    def report(item: OutboxItem) -> None:
        # Told synchronously once the item is committed, before it can be sent: exact.
        if item.state is ItemState.SENDING and item.request_id not in stored:
            stored.add(item.request_id)
            print("stored", item.request_id, flush=True)
        elif item.state is ItemState.SENT:
            print("sent", item.request_id, item.http_status, flush=True)
        elif item.state is ItemState.FAILED:
            print("failed", item.request_id, item.http_status, item.problem, flush=True)

    session.outbox.subscribe(report)
    await session.sign_in(args.username, args.password, bytearray(args.pin.encode()))
    print("ready", len(session.outbox.pending), flush=True)
    if args.drain:
        failed = await session.outbox.drain(timeout=120)
        for item in session.outbox.items():
            print("final", item.request_id, item.state.value, item.http_status, flush=True)
        await session.sign_out()
        await session.client.aclose()
        return 1 if failed else 0
    rng = random.Random()
    item_no = 0
    while True:
        write = shielding_request(CHILD_ID, "domestic_violence",
                                  f"bench run {args.run} item {item_no}", "family")
        await session.submit(write)  # "stored" is printed by report(), at the commit
        item_no += 1
        await asyncio.sleep(rng.uniform(0, 0.04))


# -- the parent ----------------------------------------------------------------------------


@dataclass
class Figures:
    kills: int = 0
    stored: set[str] = field(default_factory=set)
    final: dict[str, str] = field(default_factory=dict)
    lost: list[str] = field(default_factory=list)
    duplicated: int = 0
    unknown: int = 0
    at_service: int = 0
    replays: int = 0
    failed: list[str] = field(default_factory=list)
    card_repairs: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [
            f"kills (SIGKILL of the client at a random point): {self.kills}",
            f"requests durably stored by the outbox:           {len(self.stored)}",
            f"requests at the service:                         {self.at_service}",
            f"resends answered with the stored result (200):   {self.replays}",
            f"LOST (stored, never reached the service):        {len(self.lost)}",
            f"DUPLICATED (one submission, several at service): {self.duplicated}",
            f"unknown (at the service, never stored):          {self.unknown}",
            f"failed at the end:                               {len(self.failed)}",
            f"SoftHSM2 token files restored after a kill:      {self.card_repairs}",
            f"wall time: {self.seconds:.1f} s",
        ]


def child_command(url: str, label: str, username: str, password: str, data_dir: Path,
                  run: int, drain: bool = False) -> list[str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--url", url,
               "--label", label, "--username", username, "--password", password,
               "--data-dir", str(data_dir), "--run", str(run), "--pin", PIN]
    return command + (["--drain"] if drain else [])


def card_files(label: str) -> dict[Path, bytes]:
    """A snapshot of the SoftHSM2 token's files. SoftHSM2 rewrites ``token.object`` on every
    login, so a process killed at that instant leaves it empty and the "card" unreadable —
    an artefact of a software token (a real card is not a file of the killed process). The
    bench restores such a file from this snapshot and counts it; it is not an outbox loss."""
    conf = Path(os.environ["SOFTHSM2_CONF"]).read_text()
    tokendir = next(line.split("=", 1)[1].strip() for line in conf.splitlines()
                    if line.strip().startswith("directories.tokendir"))
    for directory in Path(tokendir).iterdir():
        token = directory / "token.object"
        if token.exists() and label.encode() in token.read_bytes():
            return {path: path.read_bytes() for path in directory.iterdir() if path.is_file()}
    raise RuntimeError(f"no SoftHSM2 token labelled {label}")


def repair_card(snapshot: dict[Path, bytes]) -> int:
    repaired = 0
    for path, data in snapshot.items():
        if data and (not path.exists() or path.stat().st_size == 0):
            path.write_bytes(data)
            repaired += 1
    return repaired


def run_kills(engine: Any, url: str, label: str, username: str, password: str,
              workdir: Path, kills: int, seed: int | None = None,
              max_delay: float = 1.5, early_share: float = 0.2,
              startup_window: float = 4.0, say: Any = print) -> Figures:
    """The experiment against a running service: ``kills`` killed clients, then a drain.

    A share (``early_share``) of the kills land anywhere in the first ``startup_window``
    seconds — start-up, sign-in, the outbox's resume of earlier runs' items; the rest land
    up to ``max_delay`` seconds after the client is signed in, while it stores and sends.
    """
    from sqlalchemy import select

    from cpdesk.central.db import shielding_requests

    rng = random.Random(seed)
    figures = Figures()
    data_dir = workdir / "client-data"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.monotonic()
    card = card_files(label)

    def parse(out: str) -> None:
        for line in out.splitlines():
            parts = line.split()
            if parts[:1] == ["stored"] and len(parts) == 2:
                figures.stored.add(parts[1])
            elif parts[:1] == ["final"] and len(parts) >= 3:
                figures.final[parts[1]] = parts[2]
                figures.stored.add(parts[1])
            elif parts[:1] == ["sent"] and len(parts) >= 3 and parts[2] == "200":
                figures.replays += 1

    for run in range(kills):
        figures.card_repairs += repair_card(card)
        command = child_command(url, label, username, password, data_dir, run)
        proc = subprocess.Popen(command, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, env=env)
        lines: list[str] = []
        ready = threading.Event()

        def read(stream: Any = proc.stdout, lines: list[str] = lines,
                 ready: threading.Event = ready) -> None:
            for raw in stream:
                line = raw.decode("utf-8", "replace")
                lines.append(line)
                if line.startswith("ready"):
                    ready.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        if rng.random() < early_share:
            # During start-up: imports, the card's login, the cache, sign-in, the resume.
            delay = rng.uniform(0.1, startup_window)
        else:
            ready.wait(timeout=60)
            delay = rng.uniform(0.0, max_delay)  # while it submits and sends
        try:
            proc.wait(timeout=delay)
            ended = True  # it ended on its own: a failure of the client, shown below
        except subprocess.TimeoutExpired:
            ended = False
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            figures.kills += 1
        reader.join(timeout=10)
        text = "".join(lines)
        parse(text)
        if ended:
            say(f"run {run}: the client ended by itself (status {proc.returncode}):\n{text}")
        if (run + 1) % 10 == 0:
            say(f"  {run + 1} runs, {len(figures.stored)} stored so far")

    figures.card_repairs += repair_card(card)
    drain = subprocess.run(child_command(url, label, username, password, data_dir, kills,
                                         drain=True),
                           capture_output=True, env=env, timeout=300, check=False)
    text = drain.stdout.decode("utf-8", "replace") + drain.stderr.decode("utf-8", "replace")
    parse(text)
    if drain.returncode != 0:
        say(f"the draining client ended with status {drain.returncode}:\n{text}")
    figures.failed = [rid for rid, state in figures.final.items() if state == "failed"]

    with engine.connect() as conn:
        rows = conn.execute(select(shielding_requests.c.request_id,
                                   shielding_requests.c.justification).where(
            shielding_requests.c.requested_by == username)).all()
    at_service = {str(r[0]) for r in rows}
    figures.at_service = len(rows)
    figures.lost = sorted(figures.stored - at_service)
    figures.unknown = len(at_service - figures.stored)
    figures.duplicated = sum(n - 1 for n in Counter(str(r[1]) for r in rows).values() if n > 1)
    figures.seconds = time.monotonic() - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--drain", action="store_true", help=argparse.SUPPRESS)
    for name in ("--url", "--label", "--username", "--password", "--data-dir", "--pin"):
        parser.add_argument(name, help=argparse.SUPPRESS)
    parser.add_argument("--run", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return asyncio.run(_client(args))

    work = Path(tempfile.mkdtemp(prefix="cpdesk-outbox-kill-"))
    from cpdesk.vault.provision import provision_softhsm_token, write_softhsm_config

    conf = write_softhsm_config(work / "softhsm")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    os.environ["CPDESK_CENTRAL_AUDIT_KEY_FILE"] = str(work / "audit.key")
    import datetime as dt

    from cpdesk.central import db, records
    from cpdesk.central.auth import RateLimits
    from cpdesk.central.embedded import EmbeddedService
    from cpdesk.central.users import add_user

    token = provision_softhsm_token(conf, "outbox-bench", PIN, SO_PIN)
    engine = db.connect(f"sqlite:///{work / 'central.sqlite3'}")
    today = dt.date.today()
    add_user(engine, username=USERNAME, roles=["practitioner"], la="E08000035",
             auth_public_key_pem=token.auth_public_pem, password=PASSWORD,
             crb_date=today, trained_on=today)
    with engine.begin() as conn:
        records.upsert(conn, [bench_child()])
    print(f"outbox kill bench: {args.kills} kills, work directory {work}")
    with EmbeddedService(engine, limits=RateLimits()) as service:
        figures = run_kills(engine, service.url, "outbox-bench", USERNAME, PASSWORD, work,
                            args.kills, args.seed)
    for line in figures.lines():
        print(line)
    print(json.dumps({"kills": figures.kills, "stored": len(figures.stored),
                      "at_service": figures.at_service, "lost": len(figures.lost),
                      "duplicated": figures.duplicated, "unknown": figures.unknown}))
    ok = not figures.lost and not figures.duplicated and not figures.unknown
    return 0 if ok and figures.kills >= args.kills else 1


def bench_child() -> dict[str, Any]:
    address = {"lines": ["1 Bench Road", "Leeds"], "postcode": "LS6 2QE"}
    return {
        "id": CHILD_ID, "forenames": "Bench", "surname": "Outbox", "aliases": [],
        "gender": "female", "dob": "2015-05-05", "address": address, "la": "E08000035",
        "shielded": False, "retention_consent": "none", "carers": [], "involvements": [],
        "links": [],
    }


if __name__ == "__main__":
    sys.exit(main())
