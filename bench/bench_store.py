"""Encrypted store against plain SQLite on a 20,000-person caseload: the table in docs/performance.md."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from bench.tables import markdown_table, update_doc


def measure(variant: str, people: int) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.store_variant", "--variant", variant, "--people", str(people)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def table(enc: dict[str, object], plain: dict[str, object]) -> str:
    def ratio(a: object, b: object, higher_is_better: bool = False) -> str:
        x, y = float(a), float(b)  # type: ignore[arg-type]
        if not x or not y:
            return "-"
        return f"{(y / x if higher_is_better else x / y):.2f}x"

    rows = []
    for label, key, unit in (
        ("unlock (Argon2id excluded), median", "unlock_ms", "ms"),
        ("lock (dispose the engine), median", "lock_ms", "ms"),
        ("name search (FTS), p50 / p95", "search_ms", "ms"),
        ("caseload search-as-you-type page, p50 / p95", "caseload_search_ms", "ms"),
        ("caseload page of 100, p50 / p95", "page_ms", "ms"),
        ("due follow-ups query, p50 / p95", "due_ms", "ms"),
    ):
        e, p = enc[key], plain[key]
        if isinstance(e, list) and isinstance(p, list):
            rows.append((label, f"{e[0]} / {e[1]} {unit}", f"{p[0]} / {p[1]} {unit}", ratio(e[1], p[1])))
        else:
            rows.append((label, f"{e} {unit}", f"{p} {unit}", ratio(e, p)))
    rows.append(
        (
            "writes with outbox + audit (committed, fsync)",
            f"{enc['writes_per_s']} /s",
            f"{plain['writes_per_s']} /s",
            ratio(enc["writes_per_s"], plain["writes_per_s"], True),
        )
    )
    rows.append(
        (
            "peak memory (RSS)",
            f"{enc['peak_rss_mb']} MB",
            f"{plain['peak_rss_mb']} MB",
            ratio(enc["peak_rss_mb"], plain["peak_rss_mb"]),
        )
    )
    rows.append(
        (
            "database on disk",
            f"{enc['db_mb']} MB",
            f"{plain['db_mb']} MB",
            ratio(enc["db_mb"], plain["db_mb"]),
        )
    )
    rows.append(
        (
            "seeding the demo caseload",
            f"{enc['seed_s']} s",
            f"{plain['seed_s']} s",
            ratio(enc["seed_s"], plain["seed_s"]),
        )
    )
    return markdown_table(("measure", "SQLCipher (encrypted)", "plain SQLite", "encrypted / plain"), rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    enc = measure("encrypted", args.people)
    plain = measure("plain", args.people)
    body = f"{args.people:,} people (demo generator, seed 11).\n\n" + table(enc, plain)
    print(body)
    if args.write_docs:
        update_doc("store", body)


if __name__ == "__main__":
    main()
