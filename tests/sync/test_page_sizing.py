"""Pages sized to the measured link (sync.md): bigger on fast, long links; the floor on slow ones; the
watchdog's halving wins after a stall; and a page applied in one go matches one applied record by record."""

from __future__ import annotations

from collections.abc import Callable

from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest, TokenPair
from linkdesk.protocol.sync import DEFAULT_BUDGET, MAX_BUDGET, SyncRequest, SyncResponse
from linkdesk.services.enrolment import Enrolled
from linkdesk.store.replica import StoreReplica
from linkdesk.store.sync_tables import FieldVersion
from linkdesk.store.tables import Client
from linkdesk.sync.engine import SyncEngine
from linkdesk.sync.ports import LinkAware
from linkdesk.sync.transport import HttpTransport, LinkMeter, _wire_length

from .support import AppTransport
from .test_engine import _register


def test_a_fast_long_link_gets_pages_of_ten_bandwidth_delay_products() -> None:
    meter = LinkMeter(bytes_per_s=32_000, rtt_s=0.8)  # 256 kbit/s, 800 ms
    assert meter.page_budget(DEFAULT_BUDGET, MAX_BUDGET) == 3 * 10 * 32_000 * 0.8


def test_a_slow_link_keeps_the_floor_and_a_fat_pipe_the_ceiling() -> None:
    assert LinkMeter(bytes_per_s=2_500, rtt_s=0.8).page_budget(DEFAULT_BUDGET, MAX_BUDGET) == DEFAULT_BUDGET
    assert LinkMeter(bytes_per_s=10**8, rtt_s=0.5).page_budget(DEFAULT_BUDGET, MAX_BUDGET) == MAX_BUDGET


def test_a_page_never_costs_more_than_thirty_seconds_of_transfer() -> None:
    meter = LinkMeter(bytes_per_s=20_000, rtt_s=8.0)  # satellite-like latency: 10 BDPs would be 160 s
    assert meter.page_budget(1, MAX_BUDGET) == 3 * 30 * 20_000


def test_latency_is_not_counted_as_transfer_time() -> None:
    meter = LinkMeter(bytes_per_s=32_000, rtt_s=0.8)
    for _ in range(30):
        meter.record(32_000, 0.8 + 1.0)  # 32 KB in one second of transfer after the round trip
    assert 30_000 < meter.bytes_per_s < 34_000


def test_http_transport_is_link_aware() -> None:
    assert isinstance(HttpTransport("http://127.0.0.1:9"), LinkAware)


class SizedTransport:
    """The in-process transport, claiming a measured link, and recording the budgets asked for."""

    def __init__(self, inner: AppTransport, budget: int) -> None:
        self.inner, self.budget, self.asked = inner, budget, list[int]()

    def page_budget(self, floor: int, ceiling: int) -> int:
        return min(ceiling, max(floor, self.budget))

    def login(self, request: LoginRequest) -> Enrolment:
        return self.inner.login(request)

    def refresh(self, request: RefreshRequest) -> TokenPair:
        return self.inner.refresh(request)

    def sync(self, access_token: str, request: SyncRequest) -> SyncResponse:
        self.asked.append(request.byte_budget)
        return self.inner.sync(access_token, request)


def test_the_engine_asks_for_link_sized_pages(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    ws = enrol("w1").workspace
    _register(ws)
    sized = SizedTransport(transport, 900_000)
    report = SyncEngine(StoreReplica(ws.store), sized).run_once()
    assert report.complete and sized.asked and set(sized.asked) == {900_000}


def test_without_a_link_measure_the_configured_budget_is_used(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    ws = enrol("w1").workspace
    _register(ws)
    seen: list[int] = []
    inner_sync = transport.sync

    def sync(token: str, request: SyncRequest) -> SyncResponse:
        seen.append(request.byte_budget)
        return inner_sync(token, request)

    transport.sync = sync  # type: ignore[method-assign]
    SyncEngine(StoreReplica(ws.store), transport, byte_budget=8192).run_once()
    assert seen and set(seen) == {8192}


def test_a_whole_page_applied_at_once_sets_rows_and_field_versions(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    """Prefetched rows and one batched version upsert per page: the second device ends up with the same
    people and the same per-field versions as the first, including a field edited twice."""
    first = enrol("w1").workspace
    ids = [_register(first, given=f"P{n}") for n in range(30)]
    SyncEngine(StoreReplica(first.store), transport).run_once()
    with first.ctx.write() as uow:
        client = uow.get(Client, ids[0])
        assert client is not None
        uow.update(client, {"given_name": "Renamed"})
    SyncEngine(StoreReplica(first.store), transport).run_once()
    second = enrol("w1").workspace
    report = SyncEngine(StoreReplica(second.store), transport).run_once()
    assert report.complete

    def versions(ws: object) -> dict[tuple[str, str, str], int]:
        with ws.store.reading() as session:  # type: ignore[attr-defined]
            rows = session.exec(FieldVersion.__table__.select()).all()  # type: ignore[attr-defined]
        return {(r.table_name, r.record_id, r.field): r.version for r in rows}

    theirs = versions(second)
    assert theirs and theirs == {k: v for k, v in versions(first).items() if k in theirs}
    assert theirs[("client", ids[0], "given_name")] > theirs[("client", ids[1], "given_name")]
    with second.store.reading() as session:
        renamed = session.get(Client, ids[0])
        assert renamed is not None and renamed.given_name == "Renamed"
        assert len(session.exec(Client.__table__.select()).all()) == 30  # type: ignore[attr-defined]


def test_the_link_is_measured_in_wire_bytes_not_un_gzipped_ones() -> None:
    class Reply:
        headers = {"Content-Length": "1000"}

    assert _wire_length(Reply(), b"x" * 5000) == 1000
    Reply.headers = {}
    assert _wire_length(Reply(), b"x" * 5000) == 5000
