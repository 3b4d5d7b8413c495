"""The regional server on PostgreSQL: many devices syncing at once, and page time against log size.

1. Two `linkdesk-server serve` processes share one fresh PostgreSQL database (as behind a load balancer);
   50 simulated devices (one link worker each, threads in this process speaking the real HTTP protocol)
   first push a small caseload, then all start together and run sync cycles: each cycle pushes a few
   edits and new people and pulls the page that follows. Per-cycle time p50 / p95 / max.
2. Per-page pull time with 1,000, 10,000 and 100,000 records in one worker's change log (seeded straight
   into the tables in bulk), read in-process by the real handler at random cursors.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg

from bench.server_db import ADMIN_URL, PASSWORD, add_accounts, fresh_database, seed_change_log, server_engine
from bench.sync_link import CHEAP_ARGON2
from bench.tables import markdown_table, update_doc
from linkdesk.demo_server import DemoServer
from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.auth import LoginRequest
from linkdesk.protocol.sync import Change, FieldChange, SyncRequest
from linkdesk.server.auth import Principal
from linkdesk.server.runtime import tune_gc
from linkdesk.server.sync_handler import handle_sync
from linkdesk.sync.transport import HttpTransport

DEVICES = 50


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


class Device:
    """One simulated laptop: its own HTTP session, device_seq counter, cursor and known versions."""

    def __init__(self, url: str, username: str, seed: int) -> None:
        self.t = HttpTransport(url)
        e = self.t.login(LoginRequest(username=username, password=PASSWORD, device_id=uuid.uuid4().hex))
        self.device_id, self.token = e.device_id, e.tokens.access_token
        self.seq = 0
        self.cursor = 0
        self.people: dict[str, int] = {}  # person id -> version of the phone field
        self.rng = random.Random(seed)
        self.times: list[float] = []
        self.errors = 0

    def _stamp(self) -> str:
        return f"{time.time_ns() // 1_000_000:015d}-{self.seq % 100_000:05d}-{self.device_id[:16]}"

    def _new_person(self) -> Change:
        self.seq += 1
        now = "2026-11-20T10:00:00+00:00"
        values = {
            "given_name": f"Person {self.seq}",
            "family_name": self.rng.choice(["Tremblay", "Gagnon", "Roy", "Cote", "Martin", "Wilson"]),
            "phone": f"705-555-{self.rng.randrange(10_000):04d}",
            "safe_contact_notes": "Prefers a call after five; the landline is shared with a neighbour.",
            "created_at": now,
            "updated_at": now,
            "status_changed_at": now,
        }
        stamp = self._stamp()
        return Change(
            device_id=self.device_id, device_seq=self.seq, table="client", record_id=str(uuid.uuid4()),
            op="insert", fields={k: FieldChange(value=v, base=0, hlc=stamp) for k, v in values.items()},
        )

    def _edit(self, person: str) -> Change:
        self.seq += 1
        return Change(
            device_id=self.device_id, device_seq=self.seq, table="client", record_id=person, op="update",
            fields={"phone": FieldChange(value=f"705-555-{self.rng.randrange(10_000):04d}",
                                         base=self.people[person], hlc=self._stamp())},
        )

    def cycle(self, changes: list[Change], timed: bool = True) -> None:
        request = SyncRequest(protocol_version=PROTOCOL_VERSION, schema_version=SCHEMA_VERSION,
                              changes=changes, cursor=self.cursor)
        started = time.perf_counter()
        try:
            response = self.t.sync(self.token, request)
        except Exception as exc:
            self.errors += 1
            print(f"  device {self.device_id[:8]}: {type(exc).__name__} {exc}", file=sys.stderr)
            return
        if timed:
            self.times.append(time.perf_counter() - started)
        by_seq = {c.device_seq: c for c in changes}
        for ack in response.acks:
            change = by_seq[ack.device_seq]
            if ack.status in ("applied", "conflict") and "phone" in ack.fields:
                self.people[change.record_id] = ack.fields["phone"]
        for item in response.items:
            if item.kind == "record" and item.table == "client" and "phone" in item.fields:
                self.people[item.record_id] = item.fields["phone"].version
        self.cursor = response.next_cursor

    def work(self, cycles: int, start: threading.Barrier, edits: int, new: int) -> None:
        start.wait()
        for _ in range(cycles):
            people = self.rng.sample(sorted(self.people), min(edits, len(self.people)))
            self.cycle([self._edit(p) for p in people] + [self._new_person() for _ in range(new)])


def concurrent(devices: int, cycles: int, caseload: int, processes: int) -> dict[str, Any]:
    with fresh_database("linkdesk_bench_server") as url, tempfile.TemporaryDirectory() as tmp:
        engine = server_engine(url)
        add_accounts(engine, devices)
        engine.dispose()
        servers = [DemoServer(Path(tmp) / f"server-{i}", port=_free_port()) for i in range(processes)]
        for s in servers:
            s.data_dir.mkdir(parents=True)
        with _env({"LINKDESK_SERVER_DATABASE_URL": url, **CHEAP_ARGON2}):
            urls = [s.start() for s in servers]
        try:
            fleet = [Device(urls[n % processes], f"w{n:03d}", n) for n in range(devices)]
            for d in fleet:  # each worker's caseload, pushed before the clock starts
                d.cycle([d._new_person() for _ in range(caseload)], timed=False)
            start = threading.Barrier(devices)
            threads = [threading.Thread(target=d.work, args=(cycles, start, 5, 2)) for d in fleet]
            began = time.perf_counter()
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            wall = time.perf_counter() - began
        finally:
            for s in servers:
                s.stop()
    times = [t * 1000 for d in fleet for t in d.times]
    return {
        "devices": devices, "processes": processes, "cycles": len(times), "caseload": caseload,
        "errors": sum(d.errors for d in fleet), "wall_s": round(wall, 1),
        "p50_ms": round(_pct(times, 50), 1), "p95_ms": round(_pct(times, 95), 1),
        "max_ms": round(max(times), 1), "per_s": round(len(times) / wall, 1)
    }


def page_times(sizes: list[int], samples: int) -> list[dict[str, Any]]:
    tune_gc()  # the handler runs in this process: collect garbage as `linkdesk-server serve` does
    results = []
    rng = random.Random(5)
    with fresh_database("linkdesk_bench_pages") as url:
        engine = server_engine(url)
        ids = add_accounts(engine, 1)
        owner = ids["w000"]
        principal = Principal(user_id=owner, role="worker", team_id=ids["team"], device_id="bench-device")
        seeded = 0
        for size in sizes:
            t0 = time.perf_counter()
            seed_change_log(engine, owner, ids["team"], seeded, size)
            seeded = size
            seed_s = time.perf_counter() - t0
            times, items = [], []
            for i in range(samples + 3):
                cursor = rng.randrange(0, max(1, size - 1000))
                req = SyncRequest(
                    protocol_version=PROTOCOL_VERSION, schema_version=SCHEMA_VERSION, cursor=cursor
                )
                started = time.perf_counter()
                resp = handle_sync(engine, principal, req, int(time.time() * 1000), 1000)
                if i >= 3:  # the first few warm the connection pool and caches
                    times.append((time.perf_counter() - started) * 1000)
                    items.append(len(resp.items))
            results.append({
                "records": size, "seed_s": round(seed_s, 1), "pages": len(times),
                "items_per_page": round(statistics.mean(items)),
                "p50_ms": round(_pct(times, 50), 1), "p95_ms": round(_pct(times, 95), 1),
            })
            last = results[-1]
            print(f"  {size:>7} records: page p50 {last['p50_ms']} ms, p95 {last['p95_ms']} ms "
                  f"({last['items_per_page']} items; seeded in {seed_s:.1f} s)", file=sys.stderr, flush=True)
        engine.dispose()
    return results


def tables(result: dict[str, Any]) -> str:
    c = result["concurrent"]
    head = (f"{c['devices']} devices on {c['processes']} server processes sharing PostgreSQL, each pushing "
            f"5 edits and 2 new people per cycle and pulling the page that follows "
            f"({c['cycles']} cycles in {c['wall_s']} s, {c['per_s']} cycles/s, {c['errors']} errors):")
    first = markdown_table(("cycles", "p50", "p95", "max"),
                           [(c["cycles"], f"{c['p50_ms']} ms", f"{c['p95_ms']} ms", f"{c['max_ms']} ms")])
    second = markdown_table(
        ("records in the change log", "page p50", "page p95", "items per page"),
        [(f"{p['records']:,}", f"{p['p50_ms']} ms", f"{p['p95_ms']} ms", p["items_per_page"])
         for p in result["pages"]],
    )
    return f"{head}\n\n{first}\n\nPull page time (in-process handler, 256 KB budget):\n\n{second}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer cycles, 1,000 and 100,000 records only")
    parser.add_argument("--devices", type=int, default=DEVICES)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--json", type=Path)
    args, _ = parser.parse_known_args()
    try:
        psycopg.connect(ADMIN_URL, connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        print(f"server benchmark skipped: PostgreSQL not reachable at {ADMIN_URL} ({exc})", file=sys.stderr)
        return
    cycles = 10 if args.quick else 30
    sizes = [1_000, 100_000] if args.quick else [1_000, 10_000, 100_000]
    result = {
        "concurrent": concurrent(args.devices, cycles, caseload=20, processes=args.processes),
        "pages": page_times(sizes, samples=20 if args.quick else 50),
    }
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    text = tables(result)
    print(text)
    if args.write_docs:
        update_doc("server", text)


if __name__ == "__main__":
    main()
