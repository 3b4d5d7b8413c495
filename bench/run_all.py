"""`make bench`: every benchmark, printing its table and refreshing docs/performance.md."""

from __future__ import annotations

import sys

from bench import bench_store


def main() -> None:
    sys.argv = [sys.argv[0], "--write-docs", *sys.argv[1:]]
    bench_store.main()


if __name__ == "__main__":
    main()
