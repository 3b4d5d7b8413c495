"""`make demo`: a local regional server with demo accounts, a demo laptop enrolled to it, and the app.

The first run starts `linkdesk-server` on loopback (SQLite in `<data-dir>/server`), creates a team with
two link workers and their supervisor, enrols the laptop as the first worker, seeds a synthetic caseload
(invented people) and syncs it; a second, headless demo device does the same for the other worker so the
server holds a whole team, and a headless supervisor device signs off a few case reviews (`--supervisor`
opens that laptop instead, with the Team section). Later runs reuse all of it. The server stops when the
app closes.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Sequence
from pathlib import Path

from linkdesk.demo_server import ACCOUNTS, DEMO_PASSWORD, DemoServer, DemoServerError, server_staff
from linkdesk.paths import AppPaths

# Printed on purpose: demo data is invented, never real people.
DEMO_PASSPHRASE = "demo caseload only"  # noqa: S105
LAPTOP_USER = "jmckay"
SECOND_DEVICE_USER = "praman"
SUPERVISOR_USER = "cfitzgerald"


def _seed_device(paths: AppPaths, url: str, ids: dict[str, str], *, username: str, clients: int, seed: int,
                 device_name: str) -> None:
    from linkdesk.services.demo.connected import seed_connected_demo  # noqa: PLC0415

    print(f"Seeding {clients} invented people for {username} on {device_name} and syncing them ...")
    demo = seed_connected_demo(paths, url, username=username, password=DEMO_PASSWORD,
                               passphrase=DEMO_PASSPHRASE, staff=server_staff(ids), clients=clients,
                               seed=seed, device_name=device_name)
    report = demo.first_sync
    demo.workspace.lock()
    state = "complete" if report.complete else f"stopped ({report.error})"
    print(f"  first sync {state}: {report.applied} of {report.pushed} changes accepted in "
          f"{report.round_trips} round trips, {report.rejected} not accepted, {report.pending} waiting")


def _seed_supervisor(paths: AppPaths, url: str, ids: dict[str, str]) -> None:
    from linkdesk.services.demo.supervisor import seed_supervisor_reviews  # noqa: PLC0415

    print(f"Signing off a few case reviews as the team's supervisor ({SUPERVISOR_USER}) ...")
    demo = seed_supervisor_reviews(paths, url, username=SUPERVISOR_USER, password=DEMO_PASSWORD,
                                   passphrase=DEMO_PASSPHRASE, staff=server_staff(ids))
    print(f"  {demo.reviews} reviews of {demo.team_members} team members' people synced "
          f"({demo.sync.applied} of {demo.sync.pushed} changes accepted)")


def _point_at(paths: AppPaths, url: str) -> None:
    """A later run may get another port: the laptop's saved server address follows it."""
    from linkdesk.services.workspace import open_workspace  # noqa: PLC0415
    from linkdesk.store.replica import StoreReplica  # noqa: PLC0415
    from linkdesk.sync import state as keys  # noqa: PLC0415

    workspace = open_workspace(paths, DEMO_PASSPHRASE)
    try:
        replica = StoreReplica(workspace.store)
        if replica.load_state().get(keys.SERVER_URL) != url:
            replica.save_state({keys.SERVER_URL: url})
    finally:
        workspace.lock()


def _with_server(paths: AppPaths, args: argparse.Namespace) -> int:
    from linkdesk.services.workspace import workspace_exists  # noqa: PLC0415 - keep --help fast

    server = DemoServer(paths.data_dir / "server")
    try:
        ids = server.prepare()
        url = server.start()
    except DemoServerError as exc:
        print(f"The local demo server could not start; opening the app offline.\n  {exc}")
        return _offline(paths, args)
    with server:
        print(f"Local regional server: {url}  (accounts {', '.join(a.username for a in ACCOUNTS)}; "
              f'password "{DEMO_PASSWORD}")')
        second = AppPaths.at(server.data_dir / "devices" / SECOND_DEVICE_USER)
        if not workspace_exists(second):
            _seed_device(second, url, ids, username=SECOND_DEVICE_USER, clients=max(args.clients // 3, 1),
                         seed=args.seed + 1, device_name="second demo laptop")
        laptop = paths
        if workspace_exists(laptop):
            _point_at(laptop, url)
        else:
            _seed_device(laptop, url, ids, username=LAPTOP_USER, clients=args.clients, seed=args.seed,
                         device_name="demo laptop")
        supervisor = AppPaths.at(server.data_dir / "devices" / SUPERVISOR_USER)
        if workspace_exists(supervisor):
            _point_at(supervisor, url)
        else:
            _seed_supervisor(supervisor, url, ids)
        if args.supervisor:
            print(f"Opening the supervisor's laptop ({SUPERVISOR_USER}): Team is in the left rail (Alt+7).")
            laptop = supervisor
        return _open(laptop, args)


def _offline(paths: AppPaths, args: argparse.Namespace) -> int:
    from linkdesk.services.workspace import workspace_exists  # noqa: PLC0415

    if not workspace_exists(paths):
        from linkdesk.services.demo.workspace import seed_demo_workspace  # noqa: PLC0415

        print(f"Seeding a demo caseload of {args.clients} invented people in {paths.data_dir} ...")
        workspace, summary = seed_demo_workspace(paths, DEMO_PASSPHRASE, clients=args.clients, seed=args.seed)
        workspace.lock()
        for line in summary.lines():
            print(f"  {line}")
    return _open(paths, args)


def _open(paths: AppPaths, args: argparse.Namespace) -> int:
    print(f'Demo passphrase: "{DEMO_PASSPHRASE}"  (demo data only; every person is invented)')
    if args.no_gui:
        return 0
    from linkdesk.app import run_gui  # noqa: PLC0415

    return run_gui(paths, language=args.lang, demo_passphrase=DEMO_PASSPHRASE)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="linkdesk-demo", description=__doc__)
    parser.add_argument("--data-dir", default=".demo-data", type=Path)
    parser.add_argument("--clients", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lang", choices=["en", "fr_CA"])
    parser.add_argument("--fresh", action="store_true", help="delete the demo data and seed it again")
    parser.add_argument("--offline", action="store_true", help="no local server: a laptop never connected")
    parser.add_argument("--supervisor", action="store_true",
                        help=f"open the supervisor's demo laptop ({SUPERVISOR_USER}) instead of the worker's")
    parser.add_argument("--no-gui", action="store_true", help="prepare everything, do not open the app")
    args = parser.parse_args(argv)
    paths = AppPaths.at(args.data_dir)
    if args.fresh and paths.data_dir.exists():
        shutil.rmtree(paths.data_dir)
    if args.offline:
        return _offline(paths, args)
    return _with_server(paths, args)


if __name__ == "__main__":
    raise SystemExit(main())
