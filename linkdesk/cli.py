"""The `linkdesk` command: the desktop app by default, plus set-up, demo, directory and support commands."""

from __future__ import annotations

import argparse
import getpass
import platform
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from linkdesk import __version__
from linkdesk.cli_messages import describe
from linkdesk.errors import LinkDeskError
from linkdesk.paths import AppPaths

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 70


def _passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    if args.passphrase_stdin:
        line = sys.stdin.readline()
        if not line:
            raise LinkDeskError("no passphrase on standard input")
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def _cmd_init(args: argparse.Namespace) -> int:
    from linkdesk.services.workspace import create_workspace

    passphrase = _passphrase(args, "New passphrase: ")
    ws = create_workspace(args.paths, passphrase, passphrase_only=args.passphrase_only)
    mode = ws.vault.header.mode
    ws.lock()
    print(f"Created encrypted LinkDesk data in {args.paths.data_dir} (key protection: {mode}).")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from linkdesk.services.demo.workspace import seed_demo_workspace

    ws, summary = seed_demo_workspace(args.paths, _passphrase(args), clients=args.clients, seed=args.seed)
    ws.lock()
    print(f"Demo caseload in {args.paths.data_dir}:")
    for line in summary.lines():
        print(f"  {line}")
    return EXIT_OK


def _cmd_import_directory(args: argparse.Namespace) -> int:
    from linkdesk.services.directory import import_directory_file, report_lines
    from linkdesk.services.workspace import open_workspace

    ws = open_workspace(args.paths, _passphrase(args))
    try:
        report = import_directory_file(ws.store, Path(args.path))
    finally:
        ws.lock()
    for line in report_lines(report):
        print(line)
    return EXIT_ERROR if report.has_errors else EXIT_OK


def _cmd_directory_search(args: argparse.Namespace) -> int:
    from linkdesk.services.directory import search_directory
    from linkdesk.services.workspace import open_workspace

    ws = open_workspace(args.paths, _passphrase(args))
    try:
        hits = search_directory(
            ws.ctx,
            text=" ".join(args.text),
            category=args.category,
            community=args.community,
            limit=args.limit,
        )
    finally:
        ws.lock()
    if not hits:
        print("No matching services.")
    for hit in hits:
        where = f" ({hit.city})" if hit.city else ""
        org = f" — {hit.organization_name}" if hit.organization_name else ""
        print(f"{hit.name}{org}{where}  [{hit.service_id}]")
    return EXIT_OK


def _cmd_enroll(args: argparse.Namespace) -> int:
    from linkdesk.services.enrolment import enroll

    if args.passphrase_stdin:  # line 1: the server password, line 2: the new passphrase
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Server password for {args.username}: ")
    passphrase = _passphrase(args, "New passphrase for this laptop: ")
    enrolled = enroll(
        args.paths,
        args.url,
        args.username,
        password,
        passphrase,
        passphrase_only=args.passphrase_only,
        device_name=platform.node(),
    )
    enrolled.workspace.lock()
    print(f"Enrolled this laptop as {args.username} ({enrolled.role}).")
    return EXIT_OK


def _cmd_sync(args: argparse.Namespace) -> int:
    from linkdesk.services.sync_service import import_snapshot, sync_now
    from linkdesk.services.workspace import open_workspace

    snapshot = Path(args.snapshot) if args.snapshot else None
    if snapshot is not None and not snapshot.is_file():
        print(f"linkdesk: no snapshot file at {snapshot}", file=sys.stderr)
        return EXIT_ERROR
    ws = open_workspace(args.paths, _passphrase(args))
    try:
        report = import_snapshot(ws, snapshot) if snapshot is not None else sync_now(ws)
    except LinkDeskError:
        ws.lock()
        raise
    if "wiped" in report.notes:
        print("linkdesk: the server revoked this laptop; its LinkDesk data has been erased.", file=sys.stderr)
        return EXIT_ERROR
    ws.lock()
    if report.snapshot_items:
        print(f"Started from a snapshot of {report.snapshot_items} item(s).")
    print(
        f"Sent {report.pushed} change(s): {report.applied} applied, {report.duplicates} already known, "
        f"{report.conflicts} conflict(s), {report.rejected} not accepted. Received {report.pulled_items} "
        f"item(s). {report.pending} still pending."
    )
    if report.error:
        print(f"linkdesk: sync incomplete ({report.error}); nothing was lost.", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _cmd_doctor(args: argparse.Namespace) -> int:
    from linkdesk.services.diagnostics import run_checks

    passphrase = _passphrase(args) if args.passphrase_stdin else None
    report = run_checks(args.paths, passphrase)
    for name, value in report.facts:
        print(f"{name}: {value}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    return EXIT_ERROR if report.problems else EXIT_OK


def _cmd_gui(args: argparse.Namespace) -> int:
    from linkdesk.app import run_gui

    return run_gui(args.paths, language=args.lang)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="linkdesk", description="LinkDesk for social prescribing link workers."
    )
    parser.add_argument("--version", action="version", version=f"linkdesk {__version__}")
    parser.add_argument("--data-dir", help="where this laptop keeps its LinkDesk data (default: per user)")
    parser.add_argument("--lang", choices=["en", "fr_CA"], help="language of the desktop app")
    parser.set_defaults(handler=_cmd_gui)
    sub = parser.add_subparsers(dest="command")

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str, passphrase: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if passphrase:
            p.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from stdin")
        p.set_defaults(handler=handler)
        return p

    init = command("init", _cmd_init, "create the encrypted store and its key vault")
    init.add_argument(
        "--passphrase-only",
        action="store_true",
        help="organisation-approved mode for machines with no OS keyring",
    )
    demo = command("demo", _cmd_demo, "seed a synthetic demo caseload and print a summary")
    demo.add_argument("--clients", type=int, default=150)
    demo.add_argument("--seed", type=int, default=7)
    imp = command(
        "import-directory", _cmd_import_directory, "import an Open Referral HSDS community resource directory"
    )
    imp.add_argument("path", help="a folder with datapackage.json, an HSDS JSON file, or Ohana CSVs")
    directory = sub.add_parser("directory", help="the offline community resource directory")
    dsub = directory.add_subparsers(dest="directory_command", required=True)
    search = dsub.add_parser("search", help="search services by keyword")
    search.add_argument("text", nargs="+")
    search.add_argument("--category")
    search.add_argument("--community")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--passphrase-stdin", action="store_true")
    search.set_defaults(handler=_cmd_directory_search)
    enr = command("enroll", _cmd_enroll, "enrol this laptop with the regional server and create its store")
    enr.add_argument("url", help="the regional server, e.g. https://linkdesk.example.org")
    enr.add_argument("--username", required=True)
    enr.add_argument(
        "--passphrase-only",
        action="store_true",
        help="organisation-approved mode for machines with no OS keyring",
    )
    sync = command("sync", _cmd_sync, "send this laptop's changes to the regional server and receive updates")
    sync.add_argument(
        "--snapshot",
        metavar="FILE",
        help="first start this new laptop from a snapshot file (linkdesk-server snapshot export), e.g. on a "
        "USB key; its key comes from the server",
    )
    command("doctor", _cmd_doctor, "check versions, keyring, paths and (with a passphrase) the database")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.paths = AppPaths.at(args.data_dir)
    try:
        code: int = args.handler(args)
        return code
    except LinkDeskError as exc:
        print(f"linkdesk: {describe(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("linkdesk: interrupted; nothing further was changed.", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(
            f"linkdesk: {exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:  # a last resort: one line, never a traceback
        print(f"linkdesk: unexpected error ({type(exc).__name__}); please report it.", file=sys.stderr)
        return EXIT_UNEXPECTED
