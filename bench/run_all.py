"""`make bench`: every benchmark, printing its table and refreshing docs/performance.md.

`--only sync,server` runs some of them; `--quick` shortens the sync and server benchmarks (two links, no
20 kbit/s initial sync, fewer cycles) to a few minutes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from bench import bench_gui, bench_server, bench_store, bench_sync

BENCHES: dict[str, tuple[Callable[[], None], bool]] = {  # name -> (main, takes --quick)
    "store": (bench_store.main, False),
    "gui": (bench_gui.main, False),
    "sync": (bench_sync.main, True),
    "server": (bench_server.main, True),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=",".join(BENCHES), help="comma-separated: " + ", ".join(BENCHES))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(BENCHES))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    for name in chosen:
        run, takes_quick = BENCHES[name]
        sys.argv = [sys.argv[0], "--write-docs", *(["--quick"] if args.quick and takes_quick else [])]
        print(f"== {name}", flush=True)
        run()


if __name__ == "__main__":
    main()
