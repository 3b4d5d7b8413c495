"""Sync over emulated slow links: a real server process behind the fault proxy, real encrypted devices.

For each link (bandwidth x round trip) a new second laptop of the same worker enrols and pulls the
150-person caseload the first laptop pushed (initial sync); the first laptop then runs a no-op sync,
makes 50 edits and pushes them (incremental push); the second laptop pulls them (incremental pull).
Each run is timed against its physical bound: round trips x RTT + 8 x wire bytes / bandwidth.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from bench.sync_link import Link, MeteredTransport, Stopwatch, cheap_server_env, physical_bound_s
from bench.tables import markdown_table, update_doc
from linkdesk.demo_server import ACCOUNTS, DEMO_PASSWORD, DEMO_TEAM, DemoServer
from linkdesk.domain.enums import ContactMode, Role
from linkdesk.paths import AppPaths
from linkdesk.services.demo.connected import ServerStaff, seed_connected_demo
from linkdesk.services.enrolment import enroll
from linkdesk.services.notes import add_note
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.store.tables import Client
from linkdesk.sync.engine import SyncEngine
from linkdesk.vault import KDF_FLOOR
from tests.faults.tcp_proxy import FaultProxy, Faults

PASSPHRASE = "benchmark caseload only"
WORKER = "jmckay"
FULL_LINKS = [Link(k, r) for k in (20, 64, 256) for r in (300, 800)]
QUICK_LINKS = [Link(64, 300), Link(256, 800)]
# Bandwidth-bound at either latency (about 4 minutes each): the full run measures it at 800 ms only.
FULL_SKIPS_INITIAL = {Link(20, 300)}
EDITS = 50


@dataclass
class Run:
    link: str
    kind: str
    seconds: float
    bound_s: float
    round_trips: int
    syncs: int
    bytes_up: int
    bytes_down: int
    records: int
    record_json: int
    pushed: int
    complete: bool

    @property
    def wire(self) -> int:
        return self.bytes_up + self.bytes_down


def _staff(ids: dict[str, str]) -> ServerStaff:
    return ServerStaff(
        team_id=ids["team"],
        team_name=DEMO_TEAM,
        members=[(ids[a.username], a.username, a.display_name, Role(a.role)) for a in ACCOUNTS],
    )


def _measured(
    link: Link, kind: str, proxy: FaultProxy, transport: MeteredTransport, engine: SyncEngine
) -> Run:
    up0, down0 = proxy.counters.bytes_up, proxy.counters.bytes_down
    transport.meter.__init__()  # type: ignore[misc]  # zero the counts, keep the object
    with Stopwatch() as sw:
        report = engine.run_once()
    m = transport.meter
    up, down = proxy.counters.bytes_up - up0, proxy.counters.bytes_down - down0
    if report.error:
        print(f"  {link.label} {kind}: stopped with {report.error}", file=sys.stderr)
    return Run(
        link=link.label,
        kind=kind,
        seconds=round(sw.elapsed, 2),
        bound_s=round(physical_bound_s(m.round_trips, link.rtt_ms / 1000, up + down, link.bps), 2),
        round_trips=m.round_trips,
        syncs=m.syncs,
        bytes_up=up,
        bytes_down=down,
        records=m.records + report.snapshot_items,
        record_json=m.record_json,
        pushed=m.pushed,
        complete=report.complete,
    )


def _edit(workspace: Workspace, n: int, rng: random.Random) -> None:
    """n edits after a day of visits: half a changed phone number, half a contact note."""
    with workspace.store.reading() as session:
        ids = list(session.exec(select(Client.id).order_by(col(Client.id))))
    for i, client_id in enumerate(rng.sample(ids, n)):
        if i % 2:
            add_note(
                workspace.ctx,
                client_id=client_id,
                summary="Phoned to check on the walking group; going again Thursday with a neighbour.",
                mode=ContactMode.PHONE,
                duration_minutes=10,
            )
        else:
            with workspace.ctx.write() as uow:
                client = uow.session.get(Client, client_id)
                assert client is not None
                uow.update(client, {"phone": f"705-555-{rng.randrange(10_000):04d}"})


def _snapshot_run(link: Link, root: Path, index: int, proxy: FaultProxy) -> Run:
    """Another new laptop of the same worker starts from a snapshot, then one POST /sync from the
    snapshot's sequence. The server starts building the snapshot when the laptop logs in (enrolment is not
    timed); whatever of the build is still running when the laptop asks for it counts."""
    third_t = MeteredTransport(proxy.url)
    paths = AppPaths.at(root / f"third-{index}")
    third = enroll(paths, proxy.url, WORKER, DEMO_PASSWORD, PASSPHRASE, transport=third_t,
                   passphrase_only=True, kdf=KDF_FLOOR).workspace
    try:
        engine = SyncEngine(StoreReplica(third.store), third_t, snapshot_dir=paths.snapshots_dir)
        return _measured(link, "initial sync (snapshot)", proxy, third_t, engine)
    finally:
        third.lock()


def run_link(
    link: Link, root: Path, server_port: int, first: Workspace, index: int, rng: random.Random,
    *, initial: bool = True,
) -> list[Run]:
    runs: list[Run] = []
    faults = Faults(one_way_delay_s=link.rtt_ms / 2000, bandwidth_bps=link.bps)
    with FaultProxy("127.0.0.1", server_port, faults) as proxy:
        second_t = MeteredTransport(proxy.url)
        # Enrolment (a login, then creating the encrypted database) is not part of the sync measured.
        enrolled = enroll(AppPaths.at(root / f"second-{index}"), proxy.url, WORKER, DEMO_PASSWORD, PASSPHRASE,
                          transport=second_t, passphrase_only=True, kdf=KDF_FLOOR)
        second = enrolled.workspace
        try:
            second_engine = SyncEngine(StoreReplica(second.store), second_t)
            if initial:
                paged = _measured(link, "initial sync (pull caseload)", proxy, second_t, second_engine)
                # The snapshot delivers the same caseload as those pages: the same raw JSON is its reference
                # (the meter only sees its last POST /sync page, not the records inside the file).
                snapshot = replace(_snapshot_run(link, root, index, proxy), record_json=paged.record_json)
                runs += [paged, snapshot]
            else:
                second_faults = proxy.faults
                proxy.faults = Faults()  # caseload pulled at full speed: this link's initial sync is skipped
                second_engine.run_once()
                proxy.faults = second_faults
            first_t = MeteredTransport(proxy.url)
            first_engine = SyncEngine(StoreReplica(first.store), first_t)
            first_engine.run_once()  # warm: the access token is fetched once and then reused
            runs.append(_measured(link, "no-op sync (warm)", proxy, first_t, first_engine))
            _edit(first, EDITS, rng)
            runs.append(_measured(link, f"push {EDITS} edits", proxy, first_t, first_engine))
            runs.append(_measured(link, f"pull {EDITS} edits", proxy, second_t, second_engine))
        finally:
            second.lock()
    for run in runs:
        print(f"  {run.link:<22} {run.kind:<30} {run.seconds:7.2f} s (bound {run.bound_s:6.2f} s) "
              f"{run.round_trips} rt, {run.wire:,} B, {run.records} records / {run.record_json:,} B JSON",
              file=sys.stderr, flush=True)
    return runs


def measure(links: list[Link], clients: int, *, skip_initial: set[Link]) -> dict[str, Any]:
    cheap_server_env()
    rng = random.Random(4)
    with tempfile.TemporaryDirectory(prefix="linkdesk-bench-sync-") as tmp:
        root = Path(tmp)
        server = DemoServer(root / "server")
        ids = server.prepare()
        url = server.start()
        try:
            port = int(url.rsplit(":", 1)[1])
            started = time.perf_counter()
            demo = seed_connected_demo(AppPaths.at(root / "first"), url, username=WORKER,
                                       password=DEMO_PASSWORD, passphrase=PASSPHRASE, staff=_staff(ids),
                                       clients=clients, seed=7, kdf=KDF_FLOOR, device_name="bench laptop")
            first = demo.workspace
            print(f"seeded and pushed {clients} people ({demo.first_sync.pushed} changes) in "
                  f"{time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
            runs: list[Run] = []
            try:
                for i, link in enumerate(links):
                    runs += run_link(link, root, port, first, i, rng, initial=link not in skip_initial)
            finally:
                first.lock()
        finally:
            server.stop()
    return {"clients": clients, "runs": [asdict(r) for r in runs]}


def _kb(n: int) -> str:
    return f"{n / 1024:,.1f} KB" if n >= 1024 else f"{n} B"


def table(result: dict[str, Any]) -> str:
    rows = []
    for r in (Run(**x) for x in result["runs"]):
        ratio = r.seconds / r.bound_s if r.bound_s else 0.0
        wire_ratio = f"{r.wire / r.record_json:.2f}x" if r.record_json else "-"
        rows.append((
            r.link, r.kind, f"{r.seconds:.1f} s", f"{r.bound_s:.1f} s", f"{ratio:.2f}x",
            f"{r.round_trips} ({r.syncs} sync)", f"{_kb(r.bytes_up)} / {_kb(r.bytes_down)}",
            (f"{r.records} / {_kb(r.record_json)}" if r.record_json else f"{r.records} / -")
            if r.records else "-", wire_ratio,
        ))
    header = ("link", "run", "time", "physical bound", "time / bound", "round trips", "wire up / down",
              "records / raw JSON", "wire / JSON")
    return markdown_table(header, rows)


def summary(result: dict[str, Any]) -> str:
    runs = [Run(**x) for x in result["runs"]]
    worst = max(runs, key=lambda r: r.seconds / r.bound_s if r.bound_s else 0.0)
    big = [r for r in runs if r.records >= 100 and r.record_json]
    noop = [r for r in runs if r.kind.startswith("no-op")]
    parts = [f"{result['clients']} people; worst time / bound {worst.seconds / worst.bound_s:.2f}x "
             f"({worst.link}, {worst.kind}) (goal 1.3x)"]
    if big:
        parts.append(f"wire / raw JSON for pulls of 100+ records at most "
                     f"{max(r.wire / r.record_json for r in big):.2f}x (goal 0.45x)")
    if noop:
        parts.append(f"no-op sync at most {max(r.wire for r in noop)} B both ways (goal under 1 KB)")
    return "; ".join(parts) + "."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="two links: 64x300 and 256x800")
    parser.add_argument("--clients", type=int, default=150)
    parser.add_argument("--link", action="append", default=[], help="KBITxRTT_MS, e.g. 64x800 (repeatable)")
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    args, _ = parser.parse_known_args()
    skips: set[Link] = set()
    if args.link:
        links = [Link(int(a), int(b)) for a, b in (s.split("x") for s in args.link)]
    elif args.quick:
        links = QUICK_LINKS
    else:
        links, skips = FULL_LINKS, FULL_SKIPS_INITIAL
    result = measure(links, args.clients, skip_initial=skips)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    text = summary(result) + "\n\n" + table(result)
    print(text)
    if args.write_docs:
        update_doc("sync", text)


if __name__ == "__main__":
    main()
