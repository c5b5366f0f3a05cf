"""``cpdesk-central``: run, supply, seed and administer the reference directory service.

Exit codes: 0 success; 1 partial success (``import`` skipped lines, ``audit verify`` found a
break); 2 a fatal error (bad arguments, unreadable file, refused operation).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import socket
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from cpdesk.central import audit, cpu_affinity, db, importer, records
from cpdesk.central.progress import Progress
from cpdesk.central.users import UserError, add_user, revoke_token, suspend
from cpdesk.contract import ROLES
from cpdesk.dates import today_london

EXIT_OK, EXIT_PARTIAL, EXIT_FATAL = 0, 1, 2


class CliError(Exception):
    """A fatal, explained error: printed without a traceback, exit code 2."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _engine(args: argparse.Namespace, *, create: bool = False) -> Engine:
    """The database, checked to be at the code's revision.

    Commands that load data (``seed``, ``import``, ``user add``, ``realm set``) create an empty
    database at the newest revision, as ``db upgrade`` would; the rest refuse an empty one.
    Every command refuses a database behind the code, naming ``db upgrade``: a schema is
    never changed silently.
    """
    return db.connect(args.database_url, create=create)


def audit_key(args: argparse.Namespace, *, create: bool = True) -> bytes:
    """The audit key from ``--audit-key-file``, else the environment, else beside the config.

    ``serve`` creates it (0600) on first use; the audit commands only read it.
    """
    return audit.load_key(args.audit_key_file, create=create)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cpdesk")
    except PackageNotFoundError:
        return "unknown"


def is_production(engine: Engine) -> bool:
    return db.get_meta(engine, "realm_training") == "false"


def seed(engine: Engine, children: int, seed_value: int, as_of: dt.date) -> int:
    """Load a deterministic synthetic population; refused in a production realm."""
    if is_production(engine):
        raise CliError("this is a production realm: synthetic children are never loaded into it")
    from cpdesk.central.synth import generate  # the generator's tables load only when seeding

    with engine.begin() as conn, Progress("Seeding", total=children, unit="children") as bar:
        loaded = records.upsert(conn, bar.track(generate(children, seed_value, as_of)))
    db.set_meta(engine, "seed", json.dumps(
        {"children": children, "seed": seed_value, "as_of": as_of.isoformat()}))
    return loaded


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from cpdesk.central.api import create_app
    from cpdesk.central.worker import bound_while_busy

    if bool(args.tls_cert) != bool(args.tls_key):
        raise CliError("give both --tls-cert and --tls-key, or neither")
    if args.workers < 1:
        raise CliError("--workers must be 1 or more")
    engine = _engine(args)
    key = audit_key(args)
    if args.workers > 1 and engine.dialect.name == "sqlite":
        raise CliError("several workers need PostgreSQL: SQLite serialises writers "
                       "(use --workers 1, or a postgresql+psycopg:// database)")
    scheme = "https" if args.tls_cert else "http"
    print(f"cpdesk-central serving on {scheme}://{args.host}:{args.port}"
          f" ({args.workers} worker{'s' if args.workers > 1 else ''})", flush=True)
    # Proxy headers (X-Forwarded-For) are believed only from the proxies named: otherwise
    # anyone could pick the address their failed sign-ins are counted against.
    trusted = args.forwarded_allow_ips or ""
    options = {"host": args.host, "port": args.port, "ssl_certfile": args.tls_cert,
               "ssl_keyfile": args.tls_key, "access_log": False, "log_level": "warning",
               "proxy_headers": bool(trusted), "forwarded_allow_ips": trusted or None}
    with tempfile.TemporaryDirectory(prefix="cpdesk-central-cpus-") as slots:
        if args.cpu_affinity == "auto" and cpu_affinity.supported():
            os.environ[cpu_affinity.SLOTS_ENV] = cpu_affinity.slots_value(args.workers,
                                                                          Path(slots))
        if args.workers == 1:
            uvicorn.run(bound_while_busy(create_app(engine, audit_key=key)), **options)
            return EXIT_OK
        # uvicorn's own process model: each worker builds the app from the environment.
        engine.dispose()
        os.environ[db.DATABASE_URL_ENV] = args.database_url or db.default_database_url()
        os.environ[audit.KEY_FILE_ENV] = str(audit.key_path(args.audit_key_file))
        from uvicorn.supervisors import Multiprocess

        config = uvicorn.Config("cpdesk.central.worker:app", factory=True,
                                workers=args.workers, **options)
        # The listening socket made here, with IPPROTO_TCP: uvicorn's own leaves the protocol
        # at 0, so asyncio never sets TCP_NODELAY on accepted connections and every keep-alive
        # request after the first waits ~40 ms for a delayed ACK (uvicorn issue 3149).
        with contextlib.suppress(KeyboardInterrupt):
            Multiprocess(config, sockets=[_tcp_listener(args.host, args.port)]).run()
        return EXIT_OK


def _tcp_listener(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.set_inheritable(True)
    return sock


def _lines_in(path: str) -> int | None:
    """How many lines a supply file has (for the bar's total); ``None`` for standard input."""
    if path == "-":
        return None
    try:
        with open(path, "rb") as stream:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    except OSError:
        return None


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    engine = db.engine_for(args.database_url)
    pending = db.pending_revisions(engine)
    with Progress("Upgrading the database", total=len(pending), unit="revisions") as bar:
        applied = db.upgrade(engine)
        bar.advance(len(applied))
    for revision, description in applied:
        print(f"applied {revision}: {description}")
    print(f"database at revision {db.current_revision(engine)} (the newest)")
    return EXIT_OK


def cmd_db_current(args: argparse.Namespace) -> int:
    engine = db.engine_for(args.database_url)
    current, head = db.current_revision(engine), db.head_revision()
    if current is None:
        print(f"empty (no schema); this cpdesk-central's newest revision is {head}")
    elif current == head:
        print(f"{current} (the newest)")
    else:
        print(f"{current} (behind {head}: run `cpdesk-central db upgrade`)")
    return EXIT_OK


def cmd_db_grants(args: argparse.Namespace) -> int:
    try:
        statements = db.service_grants(args.role)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    for statement in statements:
        print(f"{statement};")
    return EXIT_OK


def cmd_classroom_create(args: argparse.Namespace) -> int:
    from cpdesk.central import classroom

    try:
        kit = classroom.create(args.out, trainees=args.trainees, seed_value=args.seed,
                               children=args.children, database_url=args.database_url,
                               pkcs11_module=args.pkcs11_module, host_names=args.host_name,
                               progress=lambda text: print(f"==> {text}", file=sys.stderr,
                                                           flush=True))
    except classroom.ClassroomError as exc:
        raise CliError(str(exc)) from None
    out = kit.directory.resolve()
    print(f"Classroom ready in {kit.seconds:.0f} s: {len(kit.people) - 1} trainees and a "
          f"trainer, each with a card.")
    print(f"  printable slips:   {out / 'sheet.pdf'}")
    print(f"  accounts (CSV):    {out / 'accounts.csv'}")
    print("\nServe the room on the LAN (one command):")
    print(f"  cpdesk-central serve --host 0.0.0.0 --port 8741 --database-url {kit.database_url} "
          f"--audit-key-file {out / 'audit.key'} --tls-cert {kit.cert.resolve()} "
          f"--tls-key {kit.key.resolve()}")
    print("\nOn each trainee's machine (copy tls/ca.pem and, for SoftHSM2 cards, the tokens):")
    print("  CPDESK_SERVICE_URL=https://<this laptop's name or address>:8741")
    print(f"  CPDESK_CA_BUNDLE={kit.ca.resolve()}")
    print("  CPDESK_REALM_KIND=training")
    if args.pkcs11_module is None:
        print(f"  SOFTHSM2_CONF={out / 'softhsm2.conf'}")
        print("  CPDESK_PKCS11_MODULE=/usr/lib/softhsm/libsofthsm2.so")
    print("  CPDESK_TOKEN_LABEL=<the card label on the trainee's slip>")
    return EXIT_OK


def cmd_classroom_reset(args: argparse.Namespace) -> int:
    from cpdesk.central import classroom

    try:
        marker = classroom.reset(args.directory, database_url=args.database_url)
    except classroom.ClassroomError as exc:
        raise CliError(str(exc)) from None
    print(f"Classroom reset: children and scenarios restored, accounts kept, progress counted "
          f"from audit row {marker}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    engine = _engine(args, create=True)
    try:
        stream = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    with stream, Progress("Importing", total=_lines_in(args.file), unit="lines") as bar:
        report = importer.import_stream(engine, stream, progress=bar.advance)
    for number, reason in report.skipped:
        print(f"line {number}: skipped: {reason}", file=sys.stderr)
    print(f"{report.loaded} loaded, {len(report.skipped)} skipped")
    return EXIT_PARTIAL if report.skipped else EXIT_OK


def cmd_seed(args: argparse.Namespace) -> int:
    if args.children < 0:
        raise CliError("--children must be 0 or more")
    engine = _engine(args, create=True)
    loaded = seed(engine, args.children, args.seed, args.as_of or today_london())
    print(f"{loaded} synthetic children loaded (seed {args.seed})")
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else ""
    if not password:
        raise CliError("give the password on standard input with --password-stdin")
    try:
        pem = Path(args.auth_public_key).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.auth_public_key}: {exc.strerror}") from None
    today = today_london()
    add_user(
        _engine(args, create=True),
        username=args.username,
        roles=args.role,
        la=args.la,
        auth_public_key_pem=pem,
        password=password,
        crb_date=args.crb_date or today,
        trained_on=args.trained_on or today,
        org=args.org,
        accredited=not args.unaccredited,
        status=args.status,
        replace=args.replace,
        display_name=args.display_name,
        phone=args.phone,
        email=args.email,
    )
    print(f"user {args.username} added")
    return EXIT_OK


def cmd_user_suspend(args: argparse.Namespace) -> int:
    suspend(_engine(args), args.username)
    print(f"user {args.username} suspended")
    return EXIT_OK


def cmd_user_revoke(args: argparse.Namespace) -> int:
    revoke_token(_engine(args), args.username)
    print(f"token of {args.username} revoked")
    return EXIT_OK


def cmd_realm_set(args: argparse.Namespace) -> int:
    engine = _engine(args, create=True)
    if args.production and (db.get_meta(engine, "synthetic") or db.get_meta(engine, "seed")):
        raise CliError("this database holds synthetic children: it can never be a production "
                       "realm (make a new database for production)")
    db.set_meta(engine, "realm_name", args.name)
    db.set_meta(engine, "realm_training", "true" if args.training else "false")
    print(f"realm {args.name!r} ({'training' if args.training else 'production'})")
    return EXIT_OK


def _read_checkpoint(name: str) -> audit.Checkpoint:
    try:
        content = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read the checkpoint {name}: "
                       f"{getattr(exc, 'strerror', None) or exc}") from None
    try:
        return audit.Checkpoint.from_json(content)
    except ValueError as exc:
        raise CliError(f"{name}: {exc}") from None


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Only reads: never stores a key id, never flushes pending summaries."""
    checkpoint = _read_checkpoint(args.checkpoint) if args.checkpoint else None
    engine = _engine(args)
    log = audit.AuditLog(engine, audit_key(args, create=False), read_only=True)
    with Progress("Verifying the audit chain", total=log.count(), unit="rows") as bar:
        result = log.verify(checkpoint=checkpoint, progress=bar.reached)
    if result.ok:
        against = f", up to the checkpoint at row {checkpoint.seq}" if checkpoint else ""
        print(f"audit chain intact: {result.rows} entries{against}")
        return EXIT_OK
    print(f"audit chain broken at row {result.first_broken}: {result.problem}", file=sys.stderr)
    return EXIT_PARTIAL


def cmd_audit_checkpoint(args: argparse.Namespace) -> int:
    """Print the head (sequence number and MAC) as one line of JSON, to keep off the host."""
    engine = _engine(args)
    log = audit.AuditLog(engine, audit_key(args, create=False), read_only=True)
    print(log.checkpoint().to_json())
    return EXIT_OK


def cmd_openapi(args: argparse.Namespace) -> int:
    from cpdesk.central.api import create_app

    document = create_app(db.connect("sqlite://"), audit_key=bytes(32)).openapi()
    print(json.dumps(document, indent=2, sort_keys=True))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database-url", default=None,
                        help=f"sqlite:///PATH or a PostgreSQL URL (default: ${db.DATABASE_URL_ENV}"
                             ", else a SQLite file under the user data directory)")
    keyed = argparse.ArgumentParser(add_help=False)
    keyed.add_argument("--audit-key-file", type=Path, default=None, metavar="FILE",
                       help=f"the audit chain's key (default: ${audit.KEY_FILE_ENV}, else "
                            f"{audit.default_key_path()}); keep it off the database host's "
                            "backups")
    parser = argparse.ArgumentParser(prog="cpdesk-central", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"cpdesk-central {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common, keyed], help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8741)
    serve.add_argument("--tls-cert")
    serve.add_argument("--tls-key")
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (uvicorn's); more than one needs PostgreSQL")
    serve.add_argument("--cpu-affinity", choices=("auto", "off"), default="auto",
                       help="auto (default): on Linux, each worker binds itself to a CPU "
                            "of its own while busy (slots wrap round the CPUs); off: leave "
                            "them to the scheduler")
    serve.add_argument("--forwarded-allow-ips", metavar="ADDRESSES",
                       help="comma-separated addresses of trusted proxies (load balancers) "
                            "whose X-Forwarded-For names the caller; default: none")
    serve.set_defaults(func=cmd_serve)

    imp = sub.add_parser("import", parents=[common], help="load JSON Lines child records")
    imp.add_argument("file", help="a .jsonl file, or - for standard input")
    imp.set_defaults(func=cmd_import)

    sd = sub.add_parser("seed", parents=[common], help="load a synthetic population")
    sd.add_argument("--children", type=int, required=True)
    sd.add_argument("--seed", type=int, required=True)
    sd.add_argument("--as-of", type=_date, help="the date ages are counted from (default today)")
    sd.set_defaults(func=cmd_seed)

    user = sub.add_parser("user", help="manage users").add_subparsers(dest="action", required=True)
    add = user.add_parser("add", parents=[common], help="enrol a user with a token key")
    add.add_argument("--username", required=True)
    add.add_argument("--role", action="append", required=True, choices=ROLES)
    add.add_argument("--la", required=True)
    add.add_argument("--auth-public-key", required=True, metavar="FILE.pem")
    add.add_argument("--password-stdin", action="store_true")
    add.add_argument("--crb-date", type=_date)
    add.add_argument("--trained-on", type=_date)
    add.add_argument("--org", "--organisation", dest="org", default="Local authority",
                     help="the user's organisation (default: %(default)s)")
    add.add_argument("--display-name", help="how mediators and the helpdesk see the user")
    add.add_argument("--phone", help="a registered phone number (details are only ever "
                                     "passed on by calling this back)")
    add.add_argument("--email", help="a registered email address")
    add.add_argument("--unaccredited", action="store_true")
    add.add_argument("--status", choices=("active", "suspended"), default="active")
    add.add_argument("--replace", action="store_true", help="re-enrol an existing user")
    add.set_defaults(func=cmd_user_add)
    sus = user.add_parser("suspend", parents=[common], help="suspend a user")
    sus.add_argument("username")
    sus.set_defaults(func=cmd_user_suspend)
    rev = user.add_parser("revoke-token", parents=[common], help="revoke a user's token")
    rev.add_argument("username")
    rev.set_defaults(func=cmd_user_revoke)

    realm = sub.add_parser("realm", help="name the realm").add_subparsers(dest="action",
                                                                          required=True)
    rset = realm.add_parser("set", parents=[common], help="set the realm's name and kind")
    rset.add_argument("--name", required=True)
    kind = rset.add_mutually_exclusive_group(required=True)
    kind.add_argument("--training", action="store_true")
    kind.add_argument("--production", action="store_true")
    rset.set_defaults(func=cmd_realm_set)

    aud = sub.add_parser("audit", help="the audit log").add_subparsers(dest="action",
                                                                      required=True)
    ver = aud.add_parser("verify", parents=[common, keyed], help="check the keyed chain")
    ver.add_argument("--checkpoint", metavar="FILE",
                     help="a checkpoint printed by 'audit checkpoint' (- for standard input): "
                          "also detects a cut-off tail")
    ver.set_defaults(func=cmd_audit_verify)
    chk = aud.add_parser("checkpoint", parents=[common, keyed],
                         help="print the chain's head (sequence number and MAC) as JSON")
    chk.set_defaults(func=cmd_audit_checkpoint)

    room = sub.add_parser("classroom", help="training kits for a classroom").add_subparsers(
        dest="action", required=True)
    make = room.add_parser("create", parents=[common],
                           help="a training realm, cards, slips and accounts in one folder")
    make.add_argument("--trainees", type=int, required=True)
    make.add_argument("--out", type=Path, required=True, metavar="DIR")
    make.add_argument("--seed", type=int, default=1)
    make.add_argument("--children", type=int, default=20_000)
    make.add_argument("--pkcs11-module", metavar="MODULE",
                      help="generate keys on real cards in a reader (labelled trainer, "
                           "trainee-01…) instead of SoftHSM2 tokens")
    make.add_argument("--host-name", action="append", default=[], metavar="NAME",
                      help="another name or address the room reaches this laptop by "
                           "(for the TLS certificate)")
    make.set_defaults(func=cmd_classroom_create)
    again = room.add_parser("reset", parents=[common],
                            help="restore children and scenarios; keep accounts; clear progress")
    again.add_argument("directory", type=Path, metavar="DIR")
    again.set_defaults(func=cmd_classroom_reset)

    dbp = sub.add_parser("db", help="the database schema").add_subparsers(dest="action",
                                                                       required=True)
    upg = dbp.add_parser("upgrade", parents=[common],
                         help="apply every migration the database lacks (back it up first)")
    upg.set_defaults(func=cmd_db_upgrade)
    cur = dbp.add_parser("current", parents=[common],
                         help="print the database's revision and whether it is behind")
    cur.set_defaults(func=cmd_db_current)
    grants = dbp.add_parser("grants", help="print the PostgreSQL GRANTs a service role needs "
                                           "to run serve, and nothing more")
    grants.add_argument("role")
    grants.set_defaults(func=cmd_db_grants)

    oa = sub.add_parser("openapi", help="print the OpenAPI document")
    oa.set_defaults(func=cmd_openapi)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except (CliError, UserError, db.SchemaMismatch, audit.AuditKeyError) as exc:
        print(f"cpdesk-central: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except SQLAlchemyError as exc:
        print(f"cpdesk-central: database error: {exc.__class__.__name__}: "
              f"{str(exc).splitlines()[0]}", file=sys.stderr)
        return EXIT_FATAL
    return code


if __name__ == "__main__":
    sys.exit(main())
