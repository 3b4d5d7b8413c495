"""Pieces of the sync benchmark: a server process, a metering transport, record sizes and the bound."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest, TokenPair
from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.protocol.sync import SyncRequest, SyncResponse
from linkdesk.sync.snapshot_ports import SnapshotSink
from linkdesk.sync.transport import HttpTransport

# A cheap password hash: the benchmark measures the link, not Argon2id (deliberately slow on login).
CHEAP_ARGON2 = {
    "LINKDESK_SERVER_ARGON2_MEMORY_KIB": "64",
    "LINKDESK_SERVER_ARGON2_PARALLELISM": "1",
    "LINKDESK_SERVER_ARGON2_TIME_COST": "1",
}


def cheap_server_env() -> None:
    """DemoServer passes this process's environment on to the server it starts."""
    os.environ.update(CHEAP_ARGON2)


def record_json_bytes(response: SyncResponse) -> int:
    """The raw size of the records in a page: each as one compact JSON object of its field values."""
    total = 0
    for item in response.items:
        if item.kind != "record":
            continue
        values = {"id": item.record_id} | {name: state.value for name, state in item.fields.items()}
        total += len(json.dumps(values, separators=(",", ":"), ensure_ascii=False).encode())
    return total


@dataclass
class Meter:
    """What went through the transport: requests of each kind and the records pulled."""

    logins: int = 0
    refreshes: int = 0
    syncs: int = 0
    records: int = 0
    record_json: int = 0
    pushed: int = 0
    snapshot_requests: int = 0
    page_items: list[int] = field(default_factory=list)

    @property
    def round_trips(self) -> int:
        return self.logins + self.refreshes + self.syncs + self.snapshot_requests


class MeteredTransport:
    """HttpTransport that counts round trips and the raw size of what it pulled (a SyncTransport)."""

    def __init__(self, url: str) -> None:
        self.inner = HttpTransport(url)
        self.meter = Meter()

    def login(self, request: LoginRequest) -> Enrolment:
        self.meter.logins += 1
        return self.inner.login(request)

    def refresh(self, request: RefreshRequest) -> TokenPair:
        self.meter.refreshes += 1
        return self.inner.refresh(request)

    def sync(self, access_token: str, request: SyncRequest) -> SyncResponse:
        self.meter.syncs += 1
        self.meter.pushed += len(request.changes)
        response = self.inner.sync(access_token, request)
        self.meter.records += sum(1 for i in response.items if i.kind == "record")
        self.meter.record_json += record_json_bytes(response)
        self.meter.page_items.append(len(response.items))
        return response

    def page_budget(self, floor: int, ceiling: int) -> int:
        return self.inner.page_budget(floor, ceiling)  # pages sized to the link, as the app's transport

    def offer_snapshot(self, access_token: str) -> SnapshotInfo | None:
        self.meter.snapshot_requests += 1
        return self.inner.offer_snapshot(access_token)

    def snapshot_info(self, access_token: str, snapshot_id: str) -> SnapshotInfo:
        self.meter.snapshot_requests += 1
        return self.inner.snapshot_info(access_token, snapshot_id)

    def download_snapshot(self, access_token: str, info: SnapshotInfo, sink: SnapshotSink) -> None:
        self.meter.snapshot_requests += 1
        self.inner.download_snapshot(access_token, info, sink)

    def close(self) -> None:
        self.inner.close()


def physical_bound_s(round_trips: int, rtt_s: float, wire_bytes: int, bandwidth_bps: float) -> float:
    """The least time the link allows: every round trip's latency plus every byte at the line rate."""
    return round_trips * rtt_s + 8 * wire_bytes / bandwidth_bps


@dataclass(frozen=True)
class Link:
    kbit_s: int
    rtt_ms: int

    @property
    def bps(self) -> float:
        return self.kbit_s * 1000.0

    @property
    def label(self) -> str:
        return f"{self.kbit_s} kbit/s, {self.rtt_ms} ms"


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self.started = time.perf_counter()
        self.elapsed = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.elapsed = time.perf_counter() - self.started


def scratch_dir(root: Path, name: str) -> Path:
    path = root / name
    path.mkdir(parents=True, exist_ok=True)
    return path
