"""A classroom from one command: a training realm, cards, accounts on paper, and a reset.

``classroom create`` makes, in one folder, everything a trainer carries into a room with no
network to the directory: a training-realm database of synthetic children plus the scenario
children, a trainer and N trainees each with their own card (SoftHSM2 tokens for a
laptop-only room, or keys generated on real cards through ``--pkcs11-module``), a printable
sheet of slips and a CSV of the accounts, a TLS certificate for serving the room on the LAN
and the one command that does it. ``classroom reset`` restores the children and the scenario
state between sessions, keeps every account, and starts progress afresh (the audit chain is
kept: a marker row is appended, and progress counts only after the latest one).

Cards are enrolled by ``python -m cpdesk.vault.provision`` in separate processes: the central
service never loads the client's token code, and each process reads its own PKCS#11 setup.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import csv
import datetime as dt
import ipaddress
import json
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from sqlalchemy import Engine, delete

from cpdesk.central import audit, db, records
from cpdesk.central.training import RESET_ACTION, scenario_children
from cpdesk.central.users import add_user
from cpdesk.dates import today_london

LA: Final = "E08000035"  # the training population's home LA (Leeds)
TRAINEE_ROLES: Final = ("practitioner", "helpdesk", "mediator")
PRACTICE_GP: Final = "practice.gp"  # the practitioner scenario 6 mediates for (no card)
_WORDS: Final = ("amber", "basil", "cedar", "delta", "ember", "fable", "giant", "harbour",
                 "indigo", "juniper", "kettle", "lantern", "maple", "nutmeg", "orchid",
                 "pebble", "quartz", "raven", "saffron", "thistle", "umber", "velvet",
                 "willow", "yarrow", "zephyr")
# Tables a classroom session changes, emptied by a reset (accounts and the audit chain stay).
_SESSION_TABLES: Final = ("shields", "shielding_requests", "contact_requests",
                          "consent_overrides", "mediations", "passed_on", "mediated_requests",
                          "enquiries", "data_issues", "idempotency", "access_tokens", "sessions",
                          "challenges", "throttles", "child_links", "child_names", "children")


class ClassroomError(Exception):
    """A classroom could not be made or reset; the message says why."""


@dataclass(frozen=True)
class Account:
    username: str
    password: str
    card_label: str
    pin: str
    roles: tuple[str, ...]


def _password() -> str:
    words = [secrets.choice(_WORDS) for _ in range(3)]
    return "-".join(words) + f"-{secrets.randbelow(90) + 10}"


def _pin() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def accounts(trainees: int) -> list[Account]:
    people = [Account("trainer", _password(), "trainer", _pin(), ("trainer",))]
    people += [Account(f"trainee{n:02d}", _password(), f"trainee-{n:02d}", _pin(),
                       TRAINEE_ROLES) for n in range(1, trainees + 1)]
    return people


def softhsm_config(directory: Path) -> Path:
    """``DIR/softhsm2.conf`` with its own ``DIR/tokens/``, for a laptop-only room."""
    tokens = directory / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = directory / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\nslots.removable = false\n", encoding="utf-8")
    return conf


ENROL_ATTEMPTS: Final = 3


def enrol_card(account: Account, *, softhsm_conf: Path | None,
               pkcs11_module: str | None) -> bytes:
    """Generate the card's keys in a process of its own; the authentication key's PEM."""
    where = (["--softhsm-conf", str(softhsm_conf)] if softhsm_conf is not None
             else ["--module", str(pkcs11_module)])
    env = {**os.environ}
    if softhsm_conf is not None:
        env["SOFTHSM2_CONF"] = str(softhsm_conf)
    so_pin = secrets.token_hex(4)
    # Enrolling is idempotent (an existing token and its keys are found, not made again), so a
    # card that failed is tried again: SoftHSM2 can read another card's token while that
    # card's process is still writing it, and fail with an error that carries no text.
    for _attempt in range(ENROL_ATTEMPTS):
        done = subprocess.run(  # noqa: S603 — our own module, arguments are ours
            [sys.executable, "-m", "cpdesk.vault.provision", account.card_label, *where],
            input=f"{account.pin}\n{so_pin}\n", capture_output=True, text=True, env=env,
            timeout=300, check=False)
        if done.returncode == 0:
            return str(json.loads(done.stdout)["auth_public_pem"]).encode("ascii")
    raise ClassroomError(done.stderr.strip() or f"card {account.card_label} failed")


def write_sheet(path: Path, people: Sequence[Account], realm_name: str) -> None:
    """The printable sheet: one slip per trainee (and the trainer's), each saying TRAINING."""
    from fpdf import FPDF  # fpdf2: loaded only to print

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(auto=False)
    slip_height, per_page = 66.0, 4
    for index, person in enumerate(people):
        if index % per_page == 0:
            pdf.add_page()
        top = 10 + (index % per_page) * (slip_height + 4)
        pdf.set_draw_color(80, 90, 95)
        pdf.set_line_width(0.4)
        pdf.rect(10, top, 190, slip_height)
        pdf.set_fill_color(255, 221, 0)
        pdf.rect(10, top, 190, 11, style="F")
        pdf.set_xy(14, top + 2)
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 7, f"TRAINING  -  {realm_name}  -  not for real children")
        lines = (("Username", person.username), ("Password", person.password),
                 ("Card", person.card_label), ("PIN", person.pin),
                 ("Role", ", ".join(person.roles)))
        for row, (label, value) in enumerate(lines):
            pdf.set_xy(16, top + 15 + row * 9)
            pdf.set_font("Helvetica", "", 13)
            pdf.cell(34, 8, label)
            pdf.set_font("Courier", "B", 15)
            pdf.cell(0, 8, value)
    pdf.output(str(path))


def write_accounts(path: Path, people: Sequence[Account]) -> None:
    """``accounts.csv``: the trainer's data file, with its fixed header."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["username", "password", "card_label", "pin", "role"])
        for person in people:
            writer.writerow([person.username, person.password, person.card_label, person.pin,
                             ";".join(person.roles)])
    path.chmod(0o600)


def write_tls(directory: Path, extra_names: Sequence[str] = ()) -> tuple[Path, Path, Path]:
    """A classroom CA and a server certificate for this laptop's names and addresses."""
    directory.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "cpdesk classroom CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(hours=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))
    host = socket.gethostname()
    names: list[x509.GeneralName] = [x509.DNSName("localhost"), x509.DNSName(host)]
    addresses = {"127.0.0.1"}
    with contextlib.suppress(OSError):
        addresses |= {str(info[4][0])
                      for info in socket.getaddrinfo(host, None, socket.AF_INET)}
    for extra in extra_names:
        try:
            addresses.add(str(ipaddress.ip_address(extra)))
        except ValueError:
            names.append(x509.DNSName(extra))
    names += [x509.IPAddress(ipaddress.ip_address(a)) for a in sorted(addresses)]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    server = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
              .issuer_name(ca_name).public_key(key.public_key())
              .serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(hours=1))
              .not_valid_after(now + dt.timedelta(days=30))
              .add_extension(x509.SubjectAlternativeName(names), critical=False)
              .sign(ca_key, hashes.SHA256()))
    ca_path, cert_path, key_path = (directory / "ca.pem", directory / "server.pem",
                                    directory / "server.key")
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return ca_path, cert_path, key_path


def load_population(engine: Engine, children: int, seed_value: int, as_of: dt.date) -> int:
    """The synthetic children and the scenario children, deterministically."""
    from cpdesk.central.synth import generate

    with engine.begin() as conn:
        loaded = records.upsert(conn, generate(children, seed_value, as_of))
        loaded += records.upsert(conn, scenario_children())
    db.set_meta(engine, "seed", json.dumps(
        {"children": children, "seed": seed_value, "as_of": as_of.isoformat()}))
    db.set_meta(engine, "synthetic", "true")
    return loaded


@dataclass(frozen=True)
class Kit:
    directory: Path
    database_url: str
    people: list[Account]
    ca: Path
    cert: Path
    key: Path
    seconds: float


def create(out: Path, *, trainees: int, seed_value: int = 1, children: int = 20_000,
           database_url: str | None = None, pkcs11_module: str | None = None,
           host_names: Sequence[str] = (),
           progress: Callable[[str], None] = lambda _text: None) -> Kit:
    started = time.perf_counter()
    if not 1 <= trainees <= 99:
        raise ClassroomError("--trainees must be between 1 and 99")
    out.mkdir(parents=True, exist_ok=True)
    database = out / "classroom.db"
    if database.exists() or (out / "accounts.csv").exists():
        raise ClassroomError(f"{out} already holds a classroom: use `classroom reset {out}`, "
                             "or give an empty folder")
    url = database_url or f"sqlite:///{database}"
    engine = db.connect(url)
    if db.get_meta(engine, "realm_training") == "false":
        raise ClassroomError("that database is a production realm: a classroom is never "
                             "made in one")
    today = today_london()
    realm_name = f"Classroom {today.isoformat()}"
    db.set_meta(engine, "realm_name", realm_name)
    db.set_meta(engine, "realm_training", "true")
    progress(f"Loading {children:,} synthetic children and the scenario children")
    load_population(engine, children, seed_value, today)
    people = accounts(trainees)
    conf = softhsm_config(out) if pkcs11_module is None else None
    progress(f"Enrolling {len(people)} cards")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        keys = list(pool.map(lambda p: enrol_card(p, softhsm_conf=conf,
                                                  pkcs11_module=pkcs11_module), people))

        def enrol(pair: tuple[Account, bytes]) -> None:
            person, pem = pair
            add_user(engine, username=person.username, roles=list(person.roles), la=LA,
                     auth_public_key_pem=pem, password=person.password, crb_date=today,
                     trained_on=today, org="Classroom", display_name=person.username)

        list(pool.map(enrol, zip(people, keys, strict=True)))
    spare = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    add_user(engine, username=PRACTICE_GP, roles=["practitioner"], la=LA,
             auth_public_key_pem=spare.public_bytes(
                 serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo),
             password=secrets.token_urlsafe(16), crb_date=today, trained_on=today,
             org="Training Surgery", display_name="Dr Practice", phone="01632 960 100",
             email="practice.gp@example.org")
    audit.AuditLog(engine, audit.load_key(out / "audit.key"))  # the chain's key, kept beside
    progress("Printing the sheet of slips")
    write_sheet(out / "sheet.pdf", people, realm_name)
    write_accounts(out / "accounts.csv", people)
    ca, cert, key = write_tls(out / "tls", host_names)
    engine.dispose()
    return Kit(out, url, people, ca, cert, key, time.perf_counter() - started)


def reset(out: Path, *, database_url: str | None = None) -> int:
    """Children and scenario state as at creation; accounts kept; progress starts again.

    Returns the audit sequence number of the reset marker.
    """
    url = database_url or f"sqlite:///{out / 'classroom.db'}"
    if database_url is None and not (out / "classroom.db").exists():
        raise ClassroomError(f"{out} holds no classroom (no classroom.db)")
    engine = db.connect(url, create=False)
    if db.get_meta(engine, "realm_training") == "false":
        raise ClassroomError("that database is a production realm: reset refuses it")
    seeded = json.loads(db.get_meta(engine, "seed") or "{}")
    if not seeded:
        raise ClassroomError("that database was not made by `classroom create`")
    log = audit.AuditLog(engine, audit.load_key(out / "audit.key", create=False))
    tables = {t.name: t for t in db.metadata.sorted_tables}
    with engine.begin() as conn:
        for name in _SESSION_TABLES:
            conn.execute(delete(tables[name]))
    load_population(engine, int(seeded["children"]), int(seeded["seed"]),
                    dt.date.fromisoformat(seeded["as_of"]))
    marker = log.append(username="classroom", action=RESET_ACTION, outcome="ok",
                        address="local")
    engine.dispose()
    return marker
