"""The linkdesk-server command: serve, init, user / team / device / person administration, snapshots, audit,
report."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from linkdesk.domain.enums import Role
from linkdesk.domain.reporting.csv_text import report_csv_text, report_text_table
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.errors import ValidationError
from linkdesk.server import admin, audit, schema, state, supervision
from linkdesk.server.config import ServerSettings, load_settings
from linkdesk.server.db import create_server_engine, reading, resolve_url, writing
from linkdesk.server.errors import ServerError
from linkdesk.server.passwords import Passwords
from linkdesk.server.reports import region_report
from linkdesk.server.snapshot_builds import store_for
from linkdesk.server.snapshots import export_for


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="linkdesk-server", description="LinkDesk regional sync server")
    p.add_argument("--database-url", help="postgresql://... (default: SQLite in the data directory)")
    p.add_argument("--data-dir", type=Path, help="server data directory (SQLite database)")
    p.add_argument("--config", type=Path, help="TOML settings file")
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--ssl-certfile", type=Path, help="PEM certificate chain for HTTPS")
    serve.add_argument("--ssl-keyfile", type=Path, help="PEM private key for HTTPS")
    sub.add_parser("init", help="create or upgrade the database")
    sub.add_parser(
        "mark-restored",
        help="after restoring the database from a backup: devices send again what the backup lost",
    )
    user = sub.add_parser("user", help="user accounts").add_subparsers(dest="action", required=True)
    add = user.add_parser("add", help="add a user (password from the terminal or stdin)")
    add.add_argument("name")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    add.add_argument("--team")
    add.add_argument("--display-name", help="the name colleagues see (default: the username)")
    user.add_parser("disable", help="disable a user").add_argument("name")
    move_user = user.add_parser("move", help="move a worker and their caseload to another team")
    move_user.add_argument("name")
    move_user.add_argument("--team", required=True)
    team = sub.add_parser("team", help="teams").add_subparsers(dest="action", required=True)
    team_add = team.add_parser("add", help="add a team")
    team_add.add_argument("name")
    team_add.add_argument("--region", default="")
    device = sub.add_parser("device", help="devices").add_subparsers(dest="action", required=True)
    device.add_parser("list", help="list enrolled devices")
    device.add_parser("revoke", help="revoke a device").add_argument("device_id")
    person = sub.add_parser("person", help="people").add_subparsers(dest="action", required=True)
    move = person.add_parser("reassign", help="move a person to another worker")
    move.add_argument("client_id")
    move.add_argument("--to", required=True, dest="to_user")
    person.add_parser("purge", help="erase a person and all their records").add_argument("client_id")
    snapshot = sub.add_parser("snapshot", help="initial-sync snapshots")
    snap = snapshot.add_subparsers(dest="action", required=True)
    snap_export = snap.add_parser(
        "export", help="write an encrypted snapshot of a user's scope to a file (e.g. a USB key)"
    )
    snap_export.add_argument("--username", required=True)
    snap_export.add_argument("--out", required=True, type=Path, help="the file to write")
    snap.add_parser("clear", help="delete every cached snapshot")
    exp = sub.add_parser("audit", help="audit log").add_subparsers(dest="action", required=True)
    exp.add_parser("export", help="print the audit log as JSON lines").add_argument(
        "--verify", action="store_true"
    )
    rep = sub.add_parser("report", help="region-wide report figures, computed in SQL")
    rep.add_argument("--from", dest="start", type=_day, help="first day, YYYY-MM-DD (default: the beginning)")
    rep.add_argument("--to", dest="end", type=_day, help="last day, YYYY-MM-DD (default: today)")
    rep.add_argument("--format", choices=["table", "csv"], default="table")
    rep.add_argument("--deidentified", action="store_true", help="suppress every cell under 5")
    rep.add_argument("--utc-offset", type=int, default=0, help="minutes from UTC the days are read in")
    return p


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _report(args: argparse.Namespace, engine: Engine) -> None:
    try:
        period = ReportPeriod(args.start, args.end, args.utc_offset)
    except ValidationError as exc:
        reason = exc.details.get("reason", "invalid")
        raise ServerError(
            f"invalid_period: {reason} (--from must not be after --to; --utc-offset within 840 minutes)"
        ) from None
    with engine.connect() as conn:
        report = region_report(conn, period)
    render = report_csv_text if args.format == "csv" else report_text_table
    sys.stdout.write(render(report, deidentified=args.deidentified))


def _snapshot(args: argparse.Namespace, settings: ServerSettings, engine: Engine) -> None:
    if args.action == "clear":
        print(f"removed {store_for(settings).clear()} cached snapshot file(s)")
        return
    out: Path = args.out
    if out.exists() and not out.is_file():
        raise ServerError(f"not_a_file: {out}")
    if not out.parent.is_dir():
        raise ServerError(f"no_such_directory: {out.parent}")
    meta = export_for(engine, settings, args.username, out, time.time_ns() // 1_000_000)
    print(
        f"wrote {out} ({meta.size} bytes, {meta.items} items, seq {meta.seq}); id {meta.id}; "
        f"sha256 {meta.sha256}. Encrypted: the laptop gets the key from the server when it imports it."
    )


def _password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Repeat password: "):
            raise ServerError("passwords_differ")
        return first
    return sys.stdin.readline().rstrip("\n")


def _admin(args: argparse.Namespace, settings: ServerSettings, session: Session) -> None:
    if args.command == "user" and args.action == "add":
        password = _password()
        if len(password) < 8:
            raise ServerError("password_too_short: at least 8 characters")
        user = admin.add_user(
            session,
            Passwords(settings),
            username=args.name,
            password=password,
            role=Role(args.role),
            team=args.team,
            display_name=args.display_name,
        )
        print(user.id)
    elif args.command == "user" and args.action == "move":
        print(supervision.move_to_team(session, args.name, args.team).id)
    elif args.command == "user":
        print(admin.disable_user(session, args.name).id)
    elif args.command == "team":
        print(admin.add_team(session, args.name, args.region).id)
    elif args.command == "device" and args.action == "list":
        for d in admin.list_devices(session):
            state = "revoked" if d.revoked_at else "active"
            print(f"{d.id}\t{d.user_id}\t{state}\t{d.enrolled_at.isoformat()}\t{d.name}")
    elif args.command == "device":
        print(admin.revoke_device(session, args.device_id).id)
    elif args.command == "person" and args.action == "reassign":
        print(admin.reassign_person(session, args.client_id, args.to_user).id)
    elif args.command == "person":
        print(f"purged {admin.purge_person(session, args.client_id)} records")
        # Cached snapshot files may hold the person (encrypted): they go too, new ones are built on demand.
        store_for(settings).clear()


def _run(args: argparse.Namespace, settings: ServerSettings, engine: Engine) -> int:
    if args.command == "serve":
        import uvicorn  # noqa: PLC0415 - only serve needs it

        from linkdesk.server.main import create_app  # noqa: PLC0415
        from linkdesk.server.runtime import tune_gc  # noqa: PLC0415

        schema.init(engine)
        app = create_app(settings, engine=engine)
        tune_gc()
        uvicorn.run(
            app,
            host=args.host or settings.host,
            port=args.port or settings.port,
            log_level="warning",
            ssl_certfile=args.ssl_certfile or settings.ssl_certfile,
            ssl_keyfile=args.ssl_keyfile or settings.ssl_keyfile,
            # On a 20 kbit/s link a page takes longer than uvicorn's 5 s default to reach the device, and
            # a connection closed meanwhile fails the next request; keep idle connections a while.
            timeout_keep_alive=75,
        )
        return 0
    if args.command == "init":
        schema.init(engine)
        print(f"database ready at revision {schema.head_revision()}")
        return 0
    if schema.current_revision(engine) != schema.head_revision():
        raise ServerError("database_not_initialised: run `linkdesk-server init`")
    if args.command == "mark-restored":
        with writing(engine) as session:
            print(f"new incarnation {state.new_incarnation(session)}: devices will re-send and pull again")
        return 0
    if args.command == "report":
        _report(args, engine)
        return 0
    if args.command == "snapshot":
        _snapshot(args, settings, engine)
        return 0
    if args.command != "audit":
        with writing(engine) as session:
            _admin(args, settings, session)
    if args.command == "audit":
        with reading(engine) as session:
            for line in audit.export_lines(session):
                print(line)
            if args.verify and (broken := audit.verify(session)) is not None:
                raise ServerError(f"audit_chain_broken_at:{broken}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(args.config, database_url=args.database_url, data_dir=args.data_dir)
        engine = create_server_engine(resolve_url(settings))
        try:
            return _run(args, settings, engine)
        finally:
            engine.dispose()
    except ServerError as exc:
        print(f"linkdesk-server: error: {exc}", file=sys.stderr)
        return 1
    except OperationalError as exc:
        print(f"linkdesk-server: error: database unavailable ({type(exc.orig).__name__})", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"linkdesk-server: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
