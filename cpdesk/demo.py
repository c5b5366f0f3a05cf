"""``make demo``: a training realm on this machine, and the cpdesk desk client on it.

Seeds the embedded service with synthetic children, creates a SoftHSM2 token per demo user and
enrols it, serves on 127.0.0.1, then signs in and searches through the client's own code (the
token thread, the HTTP client). Then it opens the desk client, in the training realm, with the
chosen demo user's token "in the reader" (``--user``):

- with a display, for you to use; the demo ends when you close the window;
- with none (no ``$DISPLAY`` or ``$WAYLAND_DISPLAY``), under a virtual display (Xvfb) it
  starts itself, where the client walks sign-in → search → record → lock → unlock → my
  activity on its own and saves a screenshot of each step (``--screenshots``, default
  ``./demo-screenshots``). The demo exits 0 only if every step succeeded.

``--no-gui`` keeps the earlier behaviour: after the scripted steps it exits when standard
input is not a terminal (0 only if every step succeeded), otherwise it serves until Ctrl+C.

This is the one client-side module allowed to import ``cpdesk.central``: it embeds the
service for demonstrations and training.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import os
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from cpdesk.dates import today_london
from cpdesk.display import VirtualDisplay, has_display

DEMO_CHILDREN = 100_000
DEMO_SEED = 2026
SO_PIN = "87654321"


@dataclass(frozen=True)
class DemoUser:
    username: str
    roles: tuple[str, ...]
    la: str
    password: str
    pin: str
    description: str
    # Registered contacts (issue 12): a mediator calls a practitioner back only on these.
    phone: str | None = None
    display_name: str | None = None

    @property
    def token_label(self) -> str:
        return f"demo-{self.username}"


DEMO_USERS = (
    DemoUser("hd.amara", ("helpdesk",), "E08000035", "Helpdesk-demo-1", "111111",
             "helpdesk, Leeds"),
    DemoUser("med.owen", ("practitioner",), "E08000035", "Mediator-demo-2", "222222",
             "practitioner without IT (mediated for), Leeds", phone="0113 496 0222",
             display_name="Owen Medley"),
    DemoUser("trainer.siobhan", ("trainer",), "E08000035", "Trainer-demo-3", "333333",
             "trainer, Leeds"),
    DemoUser("cpm.leeds", ("cp_manager", "data_administrator"), "E08000035",
             "Manager-demo-4", "444444", "ContactPoint manager, Leeds"),
    DemoUser("mediator.priya", ("mediator",), "E08000035", "Mediator-demo-5", "555555",
             "mediator, Leeds"),
)
PRACTITIONER = DEMO_USERS[1]  # med.owen: the practitioner the mediator searches for
MEDIATOR = DEMO_USERS[4]


def demo_dir() -> Path:
    configured = os.environ.get("CPDESK_DEMO_DIR")
    return Path(configured) if configured else Path(
        platformdirs.user_data_dir("cpdesk-demo", appauthor=False))


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def prepare(base: Path, children: int) -> tuple[object, dict[str, str]]:
    """The database (seeded), the realm and the enrolled users; returns (engine, serials)."""
    from cpdesk.central import db
    from cpdesk.central.cli import seed
    from cpdesk.central.users import add_user
    from cpdesk.vault.provision import provision_softhsm_token

    database = base / "central.sqlite3"
    try:
        engine = db.connect(f"sqlite:///{database}")
    except db.SchemaMismatch:
        # The demo's synthetic database is disposable: made by an older version, it is remade.
        step("The demo database was made by an older cpdesk: making it again")
        for leftover in base.glob("central.sqlite3*"):
            leftover.unlink()
        engine = db.connect(f"sqlite:///{database}")
    db.set_meta(engine, "realm_name", "cpdesk training")
    db.set_meta(engine, "realm_training", "true")
    today = today_london()
    wanted = {"children": children, "seed": DEMO_SEED, "as_of": today.isoformat()}
    current = db.get_meta(engine, "seed")
    if current and json.loads(current) == wanted:
        step(f"Synthetic population already loaded ({children:,} children)")
    else:
        step(f"Seeding {children:,} synthetic children…")
        started = time.perf_counter()
        seed(engine, children, DEMO_SEED, today)
        step(f"Seeded in {time.perf_counter() - started:.1f} s")
    serials: dict[str, str] = {}
    conf = base / "softhsm" / "softhsm2.conf"
    for user in DEMO_USERS:
        enrolled = provision_softhsm_token(conf, user.token_label, user.pin, SO_PIN)
        serials[user.username] = enrolled.serial
        add_user(engine, username=user.username, roles=user.roles, la=user.la,
                 auth_public_key_pem=enrolled.auth_public_pem, password=user.password,
                 crb_date=today, trained_on=today, org="Demo local authority", replace=True,
                 display_name=user.display_name, phone=user.phone)
    step(f"Enrolled {len(DEMO_USERS)} demo users, each with a SoftHSM2 token")
    return engine, serials


CLASS_TRAINEES = 3
CLASS_CHILDREN = 2_000
CLASS_PINS = {"trainee01": "555555", "trainer": "666666"}


@dataclass(frozen=True)
class ClassroomDemo:
    """A small classroom kit, and the two of its people who sign in during the walk."""

    directory: Path
    database_url: str
    people: dict[str, tuple[str, str, str]]  # username -> (password, card label, PIN)
    seconds: float


def prepare_classroom(base: Path) -> ClassroomDemo:
    """``classroom create`` with 3 trainees and 2,000 children, made afresh for each demo.

    The kit's own cards live in the kit's SoftHSM2 configuration, which this process cannot
    load (its PKCS#11 library already reads the demo's). So trainee01 and the trainer are
    enrolled again with cards made in the demo's own SoftHSM2 configuration (``user add``
    with those cards' public keys), keeping the kit's usernames, roles and passwords.
    """
    from cpdesk.central import classroom, db
    from cpdesk.central.users import add_user
    from cpdesk.vault.provision import provision_softhsm_token

    directory = base / "classroom"
    if directory.exists():
        shutil.rmtree(directory)
    step(f"Making a classroom kit: {CLASS_TRAINEES} trainees, {CLASS_CHILDREN:,} children")
    kit = classroom.create(directory, trainees=CLASS_TRAINEES, children=CLASS_CHILDREN,
                           progress=lambda text: step(f"  {text}"))
    step(f"Classroom kit made in {kit.seconds:.1f} s ({directory})")
    engine = db.connect(kit.database_url, create=False)
    conf = base / "softhsm" / "softhsm2.conf"
    today = today_london()
    people: dict[str, tuple[str, str, str]] = {}
    for account in kit.people:
        if account.username not in CLASS_PINS:
            continue
        label = f"demo-class-{account.username}"
        pin = CLASS_PINS[account.username]
        card = provision_softhsm_token(conf, label, pin, SO_PIN)
        add_user(engine, username=account.username, roles=list(account.roles),
                 la=classroom.LA, auth_public_key_pem=card.auth_public_pem,
                 password=account.password, crb_date=today, trained_on=today,
                 org="Classroom", replace=True)
        people[account.username] = (account.password, label, pin)
    engine.dispose()
    return ClassroomDemo(directory, kit.database_url, people, kit.seconds)


def pick_child(engine: object) -> tuple[str, str]:
    """A real, searchable child of the seeded population: (surname, dob)."""
    from sqlalchemy import Engine, func, select

    from cpdesk.central.db import children

    assert isinstance(engine, Engine)
    live = (children.c.shielded.is_(False),
            children.c.archive_on > today_london().isoformat())
    with engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(children).where(*live)).scalar_one()
        row = conn.execute(
            select(children.c.record).where(*live)
            .order_by(children.c.id).limit(1).offset(min(4321, count // 2))
        ).scalar_one()
    record = json.loads(row)
    return str(record["surname"]), str(record["dob"])


def pick_leeds_child(engine: object, avoid: str) -> tuple[str, str]:
    """An unshielded child owned by Leeds (the demo manager's LA), other than ``avoid``'s
    surname, whose surname and date of birth find them alone: (surname, dob)."""
    from sqlalchemy import Engine, func, select

    from cpdesk.central.db import children

    assert isinstance(engine, Engine)
    live = (children.c.shielded.is_(False), children.c.la == DEMO_USERS[3].la,
            children.c.archive_on > today_london().isoformat(), children.c.surname != avoid)
    with engine.connect() as conn:
        rows = conn.execute(select(children.c.surname, children.c.dob).where(*live)
                            .order_by(children.c.id).limit(200).offset(1234)).all()
        for surname, dob in rows:
            same = conn.execute(select(func.count()).select_from(children).where(
                children.c.surname == surname, children.c.dob == dob)).scalar_one()
            if same == 1:
                return str(surname), str(dob)
    raise RuntimeError("no Leeds child to shield in the demo population")


async def scripted(url: str, base: Path, surname: str, dob: str) -> bool:
    """Sign in as the helpdesk user with the real token, search, open a record, sign out."""
    from cpdesk.contract import SearchRequest
    from cpdesk.sync.api import ApiError, DirectoryClient
    from cpdesk.vault.errors import VaultError
    from cpdesk.vault.provision import softhsm_module
    from cpdesk.vault.token import FailureCounter, Token, TokenConfig

    user = DEMO_USERS[0]
    token = Token(TokenConfig(softhsm_module(), user.token_label),
                  failure_counter=FailureCounter(base / "pin-failures.json"))
    client = DirectoryClient(url)
    try:
        await token.login(bytearray(user.pin.encode()))
        started = time.perf_counter()
        session = await client.sign_in(user.username, user.password, token.sign)
        step(f"Signed in as {session.user.username} ({', '.join(session.user.roles)}) "
             f"in realm '{session.realm.name}' in {1000 * (time.perf_counter() - started):.0f} ms")
        started = time.perf_counter()
        found = await client.search(SearchRequest(surname=surname, dob=dob))
        elapsed = 1000 * (time.perf_counter() - started)
        step(f"Search surname={surname!r} dob={dob}: {found.status}, "
             f"{len(found.results)} result(s) in {elapsed:.0f} ms")
        for result in found.results:
            print(f"    {result.id}  {result.forenames} {result.surname}  {result.dob}  "
                  f"{result.gender:<7} {result.postcode_district or '-':<5} {result.grade}")
        if found.status != "ok" or not found.results:
            return False
        record = await client.record(found.results[0].id, "training")
        step(f"Opened record {record.id} (reason: training): {len(record.carers)} carer(s), "
             f"{len(record.involvements)} service(s) involved")
        await client.sign_out()
        step("Signed out")
        return True
    except (ApiError, VaultError) as exc:
        print(f"cpdesk demo: {exc}", file=sys.stderr)
        return False
    finally:
        await client.aclose()
        await token.logout()
        token.close()


def run_gui(base: Path, url: str, user: DemoUser, surname: str, dob: str, *,
            guided: bool, screenshots: Path,
            to_shield: tuple[str, str] | None = None,
            classroom: tuple[str, ClassroomDemo] | None = None) -> bool:
    """Open the desk client on the training service with ``user``'s card in the reader."""
    from cpdesk.app import Desk, build_desk, make_token, run_client
    from cpdesk.config import Settings
    from cpdesk.ui.main_window import MainWindow
    from cpdesk.vault.provision import softhsm_module
    from cpdesk.walkthrough import Credentials, MediatedWalk, ShieldingWalk
    from cpdesk.walkthrough import guided as guided_walk

    os.environ.update({"CPDESK_SERVICE_URL": url, "CPDESK_TOKEN_LABEL": user.token_label,
                       "CPDESK_PKCS11_MODULE": softhsm_module()})
    client_dir = base / "client"
    run = functools.partial(run_client, argv=["cpdesk"],
                               user_settings=client_dir / "settings.json",
                               data_dir=client_dir / "data",
                               failure_file=client_dir / "data" / "pin-failures.json")

    manager = DEMO_USERS[3]  # cpm.leeds: the ContactPoint manager of the owning LA
    desks: list[Desk] = []

    async def open_manager_desk() -> MainWindow:
        return await open_desk_for(manager.username)

    async def open_desk_for(username: str) -> MainWindow:
        """A second desk on this machine with that demo user's card in the reader."""
        other = next(u for u in DEMO_USERS if u.username == username)
        settings = Settings(service_url=url, token_label=other.token_label,
                            pkcs11_module=softhsm_module())
        desk = build_desk(settings, token=make_token(
            settings, client_dir / "data" / f"pin-failures-{other.username}.json"),
            data_dir=client_dir / "data", user_settings=client_dir / "settings.json",
            watch_desktop=False)
        desks.append(desk)
        desk.window.resize(1366, 768)
        desk.window.show()
        return desk.window

    async def close_manager_desk() -> None:
        while desks:
            await desks.pop().close()

    async def walk(desk: Desk) -> bool:
        step(f"Guided walk as {user.username}; screenshots in {screenshots}")
        plan = None
        if to_shield is not None:
            step(f"Then a shielding request, approved by {manager.username}")
            plan = ShieldingWalk(to_shield[0], to_shield[1],
                                 Credentials(manager.username, manager.password, manager.pin),
                                 open_manager_desk, close_manager_desk)
        mediated = None
        if "helpdesk" in user.roles:
            step(f"Then a helpdesk call, and a request for a mediator for "
                 f"{PRACTITIONER.username} that {MEDIATOR.username} fulfils")
            mediated = MediatedWalk(
                surname, dob, Credentials(PRACTITIONER.username, PRACTITIONER.password,
                                          PRACTITIONER.pin), PRACTITIONER.phone or "",
                Credentials(MEDIATOR.username, MEDIATOR.password, MEDIATOR.pin),
                open_desk_for, close_manager_desk)
        done = await guided_walk(desk.window, Credentials(user.username, user.password,
                                                          user.pin),
                                 surname, dob, screenshots=screenshots,
                                 report=lambda line: print(line, flush=True), shielding=plan,
                                 mediated=mediated)
        if done and classroom is not None:
            done = await walk_classroom(*classroom)
        return done

    async def walk_classroom(class_url: str, kit: ClassroomDemo) -> bool:
        """Trainee 1 does a scenario on a desk of their own; the trainer sees it."""
        from cpdesk.training_walk import ClassroomWalk, classroom_walk
        from cpdesk.ui.main_window import ShellTimings
        from cpdesk.walkthrough import Step, WalkFailed

        shots = screenshots / "classroom"
        step(f"Classroom walk on {class_url}: trainee01 does a scenario, the trainer sees it; "
             f"screenshots in {shots}")

        async def open_class_desk(who: Credentials) -> MainWindow:
            label = kit.people[who.username][1]
            settings = Settings(service_url=class_url, token_label=label,
                                pkcs11_module=softhsm_module(), realm_kind="training")
            desk = build_desk(settings, token=make_token(
                settings, client_dir / "data" / f"pin-failures-{who.username}.json"),
                data_dir=client_dir / "classroom-data",
                user_settings=client_dir / "classroom-settings.json", watch_desktop=False,
                shell_timings=ShellTimings(tour_step_ms=2_500))
            desks.append(desk)
            desk.window.resize(1366, 768)
            desk.window.show()
            return desk.window

        def who(username: str) -> Credentials:
            password, _label, pin = kit.people[username]
            return Credentials(username, password, pin)

        steps: list[Step] = []
        try:
            await classroom_walk(ClassroomWalk(who("trainee01"), who("trainer"),
                                               open_class_desk, close_manager_desk),
                                 screenshots=shots, steps=steps)
        except WalkFailed as failure:
            print(f"    FAILED: {failure}", flush=True)
            return False
        finally:
            for shown in steps:
                where = f"  {shown.screenshot}" if shown.screenshot else ""
                print(f"    {shown.name:<24}{where}", flush=True)
        return True

    if guided:
        return run(script=walk) == 0
    step(f"Opening cpdesk: sign in as {user.username}, password {user.password}, "
         f"PIN {user.pin}. Close the window to end the demo.")
    return run() == 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cpdesk-demo", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--children", type=int, default=DEMO_CHILDREN)
    parser.add_argument("--port", type=int, default=int(os.environ.get("CPDESK_DEMO_PORT", 0)))
    parser.add_argument("--no-gui", action="store_true",
                        help="only the scripted, non-graphical sign-in and search")
    parser.add_argument("--user", choices=[u.username for u in DEMO_USERS],
                        default=DEMO_USERS[0].username,
                        help="whose demo token is in the reader (default: %(default)s)")
    parser.add_argument("--guided", action="store_true",
                        help="walk through the client on its own even when there is a display")
    parser.add_argument("--screenshots", type=Path, default=Path("demo-screenshots"),
                        help="where the guided walk saves its screenshots")
    args = parser.parse_args(argv)

    base = demo_dir()
    base.mkdir(parents=True, exist_ok=True)
    from cpdesk.vault.provision import write_softhsm_config

    # SoftHSM2 reads its configuration when the PKCS#11 module loads: set it first.
    os.environ["SOFTHSM2_CONF"] = str(write_softhsm_config(base / "softhsm"))
    step(f"Demo data in {base}")
    engine, _serials = prepare(base, args.children)

    from cpdesk.central import db
    from cpdesk.central.audit import load_key
    from cpdesk.central.embedded import EmbeddedService, free_port

    port = args.port or (8741 if _port_free(8741) else free_port())
    audit_key = load_key(base / "audit.key")  # the demo's own, beside its database
    with EmbeddedService(engine, port=port,  # type: ignore[arg-type]
                         audit_key=audit_key) as service:
        step(f"Service listening on {service.url}")
        print("\n    Demo users (synthetic training realm):")
        print(f"    {'username':<17}{'password':<18}{'token label':<24}{'PIN':<8}role")
        for user in DEMO_USERS:
            print(f"    {user.username:<17}{user.password:<18}{user.token_label:<24}"
                  f"{user.pin:<8}{user.description}")
        print(f"    SOFTHSM2_CONF={os.environ['SOFTHSM2_CONF']}\n", flush=True)
        surname, dob = pick_child(engine)
        ok = asyncio.run(scripted(service.url, base, surname, dob))
        step("Scripted sign-in and search " + ("succeeded" if ok else "FAILED"))
        if not args.no_gui:
            user = next(u for u in DEMO_USERS if u.username == args.user)
            virtual_needed = not has_display()
            guided = args.guided or virtual_needed
            with contextlib.ExitStack() as stack:
                if virtual_needed:
                    step("No display: starting a virtual one (Xvfb)")
                    virtual = stack.enter_context(VirtualDisplay())
                    os.environ["DISPLAY"] = virtual.display
                    os.environ["QT_QPA_PLATFORM"] = "xcb"
                to_shield = (pick_leeds_child(engine, surname)
                             if guided and user.username != DEMO_USERS[3].username else None)
                room: tuple[str, ClassroomDemo] | None = None
                if guided:
                    kit = prepare_classroom(base)
                    class_service = stack.enter_context(EmbeddedService(
                        db.connect(kit.database_url, create=False),
                        audit_key=load_key(kit.directory / "audit.key", create=False)))
                    step(f"Classroom service listening on {class_service.url}")
                    room = (class_service.url, kit)
                shown = run_gui(base, service.url, user, surname, dob, guided=guided,
                                screenshots=args.screenshots.resolve(), to_shield=to_shield,
                                classroom=room)
            step(("Desk client walk " + ("succeeded" if shown else "FAILED")) if guided
                 else "Desk client closed")
            return 0 if ok and shown else 1
        if not sys.stdin.isatty():
            return 0 if ok else 1
        step("Serving until Ctrl+C")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            step("Stopped")
    return 0 if ok else 1


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


if __name__ == "__main__":
    sys.exit(main())
