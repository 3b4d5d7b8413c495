"""The client engine against the in-process server: push, pull, merge on the device (D1, D2, D8, D10, D12)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.domain.enums import ReferralSource
from linkdesk.protocol.sync import MIN_BUDGET, SyncRequest
from linkdesk.server.db import reading
from linkdesk.server.tables import Client as ServerClient
from linkdesk.server.tables import Referral as ServerReferral
from linkdesk.services import intake
from linkdesk.services.conflicts import resolve_conflict
from linkdesk.services.enrolment import Enrolled
from linkdesk.services.sync_service import conflicts, make_engine, not_accepted, notices, sync_now
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.store.sync_tables import FieldVersion, OutboxChange
from linkdesk.store.tables import Client
from linkdesk.sync.engine import SyncEngine
from linkdesk.sync.report import SyncReport

from .support import AppTransport, FaultyTransport


def _register(ws: Workspace, given: str = "Ada") -> str:
    result = intake.register_referral(
        ws.ctx,
        person=intake.PersonDetails(given_name=given, family_name="Lovelace"),
        referral=intake.ReferralDetails(source=ReferralSource.SELF, received_on=date(2026, 3, 1)),
    )
    return result.client_id


def _edit(ws: Workspace, client_id: str, **changes: object) -> None:
    with ws.ctx.write() as uow:
        client = uow.get(Client, client_id)
        assert client is not None
        uow.update(client, changes)


def _outbox(ws: Workspace) -> int:
    return StoreReplica(ws.store).pending_count()


def _local(ws: Workspace, client_id: str) -> Client | None:
    with ws.store.reading() as session:
        return session.get(Client, client_id)


def _server(engine: Engine, client_id: str) -> ServerClient | None:
    with reading(engine) as session:
        return session.get(ServerClient, client_id)


def _phone_conflict(
    enrol: Callable[[str], Enrolled], transport: AppTransport, **also: object
) -> tuple[Workspace, Workspace, str]:
    """The worker (offline, earlier) and the supervisor (online, later) change one person's phone; both
    laptops have synced since, so both hold the conflict. `also`: other fields the worker changes."""
    w1, s1 = enrol("w1").workspace, enrol("s1").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    sync_now(s1, transport=transport)
    _edit(w1, cid, phone="555-WORKER", **also)
    _edit(s1, cid, phone="555-SUPER")
    sync_now(s1, transport=transport)
    assert sync_now(w1, transport=transport).conflicts == 1
    sync_now(s1, transport=transport)
    return w1, s1, cid


def test_enrol_register_and_sync_lands_on_the_server(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1 = enrol("w1").workspace
    cid = _register(w1)
    assert _outbox(w1) == 2
    report = sync_now(w1, transport=transport)
    assert report.error is None and report.complete and report.applied == 2 and report.pending == 0
    row = _server(engine, cid)
    assert row is not None and row.given_name == "Ada"
    with reading(engine) as session:
        assert len(session.exec(select(ServerReferral)).all()) == 1
    with w1.store.reading() as session:
        versions = session.exec(select(FieldVersion).where(FieldVersion.record_id == cid)).all()
    assert versions and all(v.version > 0 for v in versions)
    again = sync_now(w1, transport=transport)
    assert again.round_trips == 1 and again.pulled_items == 0  # warm no-op: one round trip


def test_records_flow_to_the_supervisor_and_edits_come_back(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    w1, s1 = enrol("w1").workspace, enrol("s1").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    sync_now(s1, transport=transport)
    local = _local(s1, cid)
    assert local is not None and local.given_name == "Ada"
    assert _outbox(s1) == 0  # pulled records never create outbox rows
    _edit(s1, cid, phone="555-0100")
    sync_now(s1, transport=transport)
    sync_now(w1, transport=transport)
    back = _local(w1, cid)
    assert back is not None and back.phone == "555-0100"


def test_d8_offline_worker_and_online_supervisor_converge_with_the_conflict_kept(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1, s1, cid = _phone_conflict(enrol, transport)
    server = _server(engine, cid)
    values = {(_local(ws, cid) or Client(given_name="?")).phone for ws in (w1, s1)}
    assert server is not None and values == {server.phone} == {"555-SUPER"}
    for ws in (w1, s1):
        kept = conflicts(ws)
        assert len(kept) == 1 and {kept[0]["winner_value"], kept[0]["loser_value"]} == {
            "555-SUPER",
            "555-WORKER",
        }


def test_pending_local_edits_stay_on_top_of_pulled_pages(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    w1, s1 = enrol("w1").workspace, enrol("s1").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    sync_now(s1, transport=transport)
    _edit(s1, cid, community="Supervisorville")
    sync_now(s1, transport=transport)
    _edit(w1, cid, phone="555-LOCAL")
    # Pull only (push nothing): the page brings the supervisor's edit; the pending phone stays local.
    engine = make_engine(
        w1, transport=FaultyTransport(transport, rewrite=lambda r: r.model_copy(update={"changes": []}))
    )
    replica = StoreReplica(w1.store)
    replica.outbox_slice = lambda device_id, limit: []  # type: ignore[method-assign]
    engine.replica = replica
    engine.run_once()
    local = _local(w1, cid)
    assert local is not None and local.community == "Supervisorville" and local.phone == "555-LOCAL"
    assert _outbox(w1) == 1


def test_d1_lost_response_is_retried_without_duplicates(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1 = enrol("w1").workspace
    cid = _register(w1)
    faulty = FaultyTransport(transport, plan=["drop_response"])
    first = sync_now(w1, transport=faulty)
    assert first.error == "offline" and _outbox(w1) == 2  # cleared only after an acknowledgement
    assert _server(engine, cid) is not None  # the server did commit
    second = sync_now(w1, transport=faulty)
    assert second.duplicates == 2 and second.applied == 0 and _outbox(w1) == 0
    with reading(engine) as session:
        assert len(session.exec(select(ServerReferral)).all()) == 1


def test_d2_request_cut_changes_nothing_and_keeps_the_outbox(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1 = enrol("w1").workspace
    cid = _register(w1)
    report = sync_now(w1, transport=FaultyTransport(transport, plan=["drop_request"]))
    assert report.error == "offline" and _outbox(w1) == 2 and _server(engine, cid) is None


def test_d12_version_mismatch_is_426_and_the_outbox_is_kept(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1 = enrol("w1").workspace
    cid = _register(w1)

    def newer(request: SyncRequest) -> SyncRequest:
        return request.model_copy(update={"schema_version": request.schema_version + 1})

    report = sync_now(w1, transport=FaultyTransport(transport, rewrite=newer))
    assert report.error == "upgrade_required" and _outbox(w1) == 2 and _server(engine, cid) is None


def test_c2_rejected_changes_stay_visible_with_their_reason(
    enrol: Callable[[str], Enrolled], transport: AppTransport, people: dict[str, str]
) -> None:
    w1 = enrol("w1").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    _edit(w1, cid, assigned_worker_id=people["w2"])
    _edit(w1, cid, phone="555-0101")
    report = sync_now(w1, transport=transport)
    assert report.rejected == 1 and report.applied == 1 and _outbox(w1) == 0
    rejected = not_accepted(w1)
    assert [(r["record_id"], r["reason"]) for r in rejected] == [
        (cid, "server_owned_field:assigned_worker_id")
    ]


def test_d10_a_replayed_page_is_idempotent_and_the_cursor_never_goes_back(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    w1, s1 = enrol("w1").workspace, enrol("s1").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    replica = StoreReplica(s1.store)
    engine = make_engine(s1, transport=transport)
    engine.run_once()
    cursor = replica.cursor()
    token = engine._token(engine_creds(replica))
    old_page = transport.sync(token, SyncRequest(protocol_version=1, schema_version=1, cursor=0))
    replica.apply_cycle([], old_page)
    replica.apply_cycle([], old_page)
    assert replica.cursor() == cursor
    local = _local(s1, cid)
    assert local is not None and local.given_name == "Ada"
    with s1.store.reading() as session:
        assert session.exec(select(OutboxChange)).all() == []


def engine_creds(replica: StoreReplica):
    from linkdesk.sync.state import Credentials

    creds = Credentials.from_state(replica.load_state())
    assert creds is not None
    return creds


def test_a_laptop_is_not_sent_its_own_changes_back_and_keeps_editing_without_conflicts(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1, s1 = enrol("w1").workspace, enrol("s1").workspace
    cid = _register(w1)  # a whole intake: person, referral, consents, with the laptop's team filled in
    first = sync_now(w1, transport=transport)
    assert first.complete and first.applied == first.pushed and first.pulled_items == 0  # no echo
    assert sync_now(s1, transport=transport).pulled_items == first.pushed  # the supervisor gets all
    for phone in ("555-0101", "555-0102", "555-0103"):  # the next edits start from the acked versions
        _edit(w1, cid, phone=phone)
        report = sync_now(w1, transport=transport)
        assert (report.applied, report.conflicts, report.pulled_items) == (1, 0, 0)
    server = _server(engine, cid)
    assert server is not None and server.phone == "555-0103"
    with w1.store.reading() as session:
        local = {
            v.field: v.version
            for v in session.exec(select(FieldVersion).where(FieldVersion.record_id == cid))
        }
    assert local["phone"] == server.field_versions["phone"][0]
    assert sync_now(s1, transport=transport).pulled_items == 1  # the person once, as they are now
    seen = _local(s1, cid)
    assert seen is not None and seen.phone == "555-0103"


def test_a_conflict_settled_on_one_laptop_leaves_the_other_laptops_inbox(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    w1, s1, cid = _phone_conflict(enrol, transport, email="ada@example.org")  # email: no conflict
    assert len(conflicts(w1)) == len(conflicts(s1)) == 1
    # The supervisor settles it by typing the agreed number; the worker's laptop hears of it.
    assert resolve_conflict(s1.ctx, conflicts(s1)[0]["id"], "555-0199")
    sync_now(s1, transport=transport)
    sync_now(w1, transport=transport)
    assert conflicts(w1) == [] and conflicts(s1) == []
    local = _local(w1, cid)
    assert local is not None and local.phone == "555-0199"
    assert [n["kind"] for n in notices(w1)] == ["conflict_settled"]


def test_a_paged_pull_reports_where_it_ends_for_the_time_left(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    w1, s1 = enrol("w1").workspace, enrol("s1").workspace
    for n in range(6):
        _register(w1, f"P{n}")
    sync_now(w1, transport=transport)
    seen: list[tuple[int, int, int]] = []

    class Watch:
        def progress(self, report: SyncReport) -> None:
            seen.append((report.pull_from, report.cursor, report.high_water))

    engine = SyncEngine(StoreReplica(s1.store), transport, byte_budget=MIN_BUDGET)
    report = engine.run_once(Watch())
    assert report.complete and report.round_trips > 2  # several pages
    ends = {high for _start, _cursor, high in seen}
    assert len(ends) == 1 and all(start == 0 and cursor <= high for start, cursor, high in seen)
    assert seen[-1][1] == seen[-1][2]  # the last page reaches the server's latest sequence
