"""One store benchmark run (encrypted or plain) in its own process, printing a JSON line of results."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from linkdesk.domain.enums import ContactMode
from linkdesk.services.caseload import CaseloadFilter, load_caseload
from linkdesk.services.context import ServiceContext
from linkdesk.services.demo.caseload import seed_demo
from linkdesk.services.notes import add_note
from linkdesk.services.worklists import due_follow_ups
from linkdesk.store.people_search import search_client_ids
from linkdesk.store.store import Store
from linkdesk.store.tables import Client
from linkdesk.store.unit_of_work import Actor

TODAY = date(2026, 11, 24)


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return round(statistics.median(ordered) * 1000, 2), round(p95 * 1000, 2)


def _phase(name: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {name}", file=sys.stderr, flush=True)


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    _phase(f"{repeat} x {getattr(fn, '__name__', 'query')}")
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _open(path: Path, key: bytes | None, plain: bool) -> Store:
    return Store.open(path, key, plain=plain)


def run(variant: str, people: int, workdir: Path) -> dict[str, object]:
    plain = variant == "plain"
    key = None if plain else os.urandom(32)
    path = workdir / f"{variant}.db"
    store = _open(path, key, plain)
    counter = iter(range(1, 10**9))
    actor = Actor(
        "bench-worker",
        "bench-device",
        lambda: f"{time.time_ns() // 10**6:015d}-{next(counter) % 99999:05d}-b",
    )
    start = time.perf_counter()
    seed_demo(store, clients=people, seed=11, today=TODAY)
    seed_s = time.perf_counter() - start
    store.close()

    # Unlock without Argon2: open the engine (key + pragmas + schema check) and run the first query.
    unlock_samples, lock_samples = [], []
    for _ in range(5):
        start = time.perf_counter()
        opened = _open(path, key, plain)
        with opened.reading() as session:
            session.get(Client, "x")
        unlock_samples.append(time.perf_counter() - start)
        start = time.perf_counter()
        opened.close()
        lock_samples.append(time.perf_counter() - start)
    store = _open(path, key, plain)
    ctx = ServiceContext(store=store, actor=actor, today=lambda: TODAY, now=lambda: datetime.now(UTC))
    rng = random.Random(5)
    with store.reading() as session:
        names = [n for (n,) in session.execute(select(Client.__table__.c.family_name).limit(2000))]  # type: ignore[attr-defined]
    prefixes = [rng.choice(names)[: rng.randint(2, 5)] for _ in range(200)]
    with store.reading() as session:
        search = _timed(lambda: search_client_ids(session, prefixes[rng.randrange(200)], limit=100), 200)
    caseload_search = _timed(lambda: load_caseload(ctx, flt=CaseloadFilter(text=rng.choice(prefixes))), 100)
    page = _timed(lambda: load_caseload(ctx, offset=rng.randrange(0, people - 100)), 100)
    due = _timed(lambda: due_follow_ups(ctx), 50)
    with store.reading() as session:
        ids = [
            c
            for (c,) in session.execute(
                Client.__table__.select().with_only_columns(Client.__table__.c.id).limit(500)
            )
        ]  # type: ignore[attr-defined]
    writes = 300
    start = time.perf_counter()
    for i in range(writes):
        add_note(ctx, client_id=ids[i % len(ids)], summary=f"Bench note {i}", mode=ContactMode.PHONE)
    write_rate = writes / (time.perf_counter() - start)
    store.close()
    size_mb = sum(p.stat().st_size for p in workdir.glob(f"{variant}.db*")) / 1e6
    return {
        "variant": variant,
        "people": people,
        "seed_s": round(seed_s, 1),
        "unlock_ms": _ms(unlock_samples)[0],
        "lock_ms": _ms(lock_samples)[0],
        "search_ms": _ms(search),
        "caseload_search_ms": _ms(caseload_search),
        "page_ms": _ms(page),
        "due_ms": _ms(due),
        "writes_per_s": round(write_rate, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "db_mb": round(size_mb, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", choices=["encrypted", "plain"], required=True)
    parser.add_argument("--people", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run(args.variant, args.people, Path(tmp))))


if __name__ == "__main__":
    main()
