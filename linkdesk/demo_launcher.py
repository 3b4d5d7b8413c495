"""`make demo`: seed a synthetic demo caseload (invented people) and open the desktop app on it."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Sequence

from linkdesk.paths import AppPaths

# Printed on purpose: demo data is invented, never real people.
DEMO_PASSPHRASE = "demo caseload only"  # noqa: S105


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="linkdesk-demo", description=__doc__)
    parser.add_argument("--data-dir", default=".demo-data")
    parser.add_argument("--clients", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lang", choices=["en", "fr_CA"])
    parser.add_argument("--fresh", action="store_true", help="delete the demo data and seed it again")
    args = parser.parse_args(argv)
    paths = AppPaths.at(args.data_dir)
    if args.fresh and paths.data_dir.exists():
        shutil.rmtree(paths.data_dir)
    from linkdesk.services.workspace import workspace_exists  # noqa: PLC0415 - keep --help fast

    if not workspace_exists(paths):
        from linkdesk.services.demo.workspace import seed_demo_workspace  # noqa: PLC0415

        print(f"Seeding a demo caseload of {args.clients} invented people in {paths.data_dir} ...")
        workspace, summary = seed_demo_workspace(paths, DEMO_PASSPHRASE, clients=args.clients, seed=args.seed)
        workspace.lock()
        for line in summary.lines():
            print(f"  {line}")
    print(f'Demo passphrase: "{DEMO_PASSPHRASE}"  (demo data only; every person is invented)')
    from linkdesk.app import run_gui  # noqa: PLC0415

    return run_gui(paths, language=args.lang, demo_passphrase=DEMO_PASSPHRASE)


if __name__ == "__main__":
    raise SystemExit(main())
