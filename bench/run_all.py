"""`make bench`: every benchmark, printing its table and refreshing docs/performance.md."""

from __future__ import annotations

import sys

from bench import bench_gui, bench_store


def main() -> None:
    argv = [sys.argv[0], "--write-docs", *sys.argv[1:]]
    sys.argv = list(argv)
    bench_store.main()
    sys.argv = list(argv)
    bench_gui.main()


if __name__ == "__main__":
    main()
