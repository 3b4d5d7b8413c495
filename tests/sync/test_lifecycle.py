"""Device lifecycle on the client: revocation wipes (B2, B5), evictions (C4), purges, lease (B3, B4)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.protocol.sync import SyncRequest
from linkdesk.server import admin
from linkdesk.server.db import writing
from linkdesk.services.enrolment import Enrolled
from linkdesk.services.sync_service import is_locked_by_lease, not_accepted, notices, sync_now
from linkdesk.services.workspace import Workspace, workspace_exists
from linkdesk.store.replica import StoreReplica
from linkdesk.store.sync_tables import SentChange
from linkdesk.store.tables import Client, ContactNote, Referral
from linkdesk.sync import state as keys
from linkdesk.sync.engine import SyncEngine

from .support import AppTransport, FaultyTransport
from .test_engine import _edit, _local, _outbox, _register, engine_creds

DAY_MS = 24 * 3600 * 1000


def test_b2_a_revoked_device_wipes_itself_on_next_contact(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    enrolled = enrol("w1")
    ws = enrolled.workspace
    _register(ws)
    sync_now(ws, transport=transport)
    with writing(engine) as session:
        admin.revoke_device(session, enrolled.device_id)
    report = sync_now(ws, transport=transport)
    assert report.revoked and "wiped" in report.notes
    assert not workspace_exists(ws.paths) and not ws.paths.database.exists()
    assert not any(p.name.startswith("linkdesk.db") for p in ws.paths.data_dir.iterdir())


def test_b5_a_disabled_user_is_handled_like_a_revoked_device(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    ws = enrol("w1").workspace
    sync_now(ws, transport=transport)
    with writing(engine) as session:
        admin.disable_user(session, "w1")
    report = sync_now(ws, transport=transport)
    assert report.revoked and report.error == "user_disabled" and not workspace_exists(ws.paths)


def test_an_offline_device_keeps_everything(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    ws = enrol("w1").workspace
    _register(ws)

    class Down:
        def refresh(self, request):
            from linkdesk.sync.errors import OfflineError

            raise OfflineError("no route")

        login = sync = refresh

    report = sync_now(ws, transport=Down())  # type: ignore[arg-type]
    assert (
        report.error == "offline" and not report.revoked and _outbox(ws) == 2 and workspace_exists(ws.paths)
    )


def test_c4_reassignment_evicts_the_person_after_pending_changes_are_settled(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine, people: dict[str, str]
) -> None:
    w1, w3 = enrol("w1").workspace, enrol("w3").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    _edit(w1, cid, phone="555-UNSYNCED")
    with writing(engine) as session:
        admin.reassign_person(session, cid, "w3")
    report = sync_now(w1, transport=transport)
    # The unsynced edit was pushed first: written before this laptop knew of the handover, it is merged
    # on the server (for the new worker), then the person left this laptop.
    assert report.rejected == 0 and report.evicted == 1 and not_accepted(w1) == []
    assert _local(w1, cid) is None
    with w1.store.reading() as session:
        assert session.exec(select(Referral)).all() == []
        # The copies kept for a server restore leave with the person: no out-of-scope data stays.
        assert session.exec(select(SentChange).where(SentChange.client_id == cid)).all() == []
    sync_now(w3, transport=transport)
    moved = _local(w3, cid)
    assert moved is not None and moved.assigned_worker_id == people["w3"] and moved.phone == "555-UNSYNCED"


def test_an_eviction_waits_while_changes_for_the_person_are_pending(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1 = enrol("w1").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    with writing(engine) as session:
        admin.reassign_person(session, cid, "w3")
    replica = StoreReplica(w1.store)
    _edit(w1, cid, phone="555-LATE")
    eng = SyncEngine(replica, transport)
    token = eng._token(engine_creds(replica))
    page = transport.sync(token, SyncRequest(protocol_version=1, schema_version=1, cursor=replica.cursor()))
    outcome = replica.apply_cycle([], page)  # pull only: the edit is still pending
    assert outcome.evicted == 0 and outcome.deferred_evictions == 1 and _local(w1, cid) is not None
    report = sync_now(w1, transport=transport)
    assert report.evicted == 1 and _local(w1, cid) is None


def test_a_purged_person_disappears_from_the_device(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1 = enrol("w1").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    with writing(engine) as session:
        admin.purge_person(session, cid)
    _edit(w1, cid, phone="555-AFTER")
    report = sync_now(w1, transport=transport)
    assert report.error is None and _local(w1, cid) is None and _outbox(w1) == 0
    assert any(n["kind"] == "purged" for n in notices(w1)) or report.purged >= 1
    with w1.store.reading() as session:
        assert session.exec(select(ContactNote)).all() == [] and session.exec(select(Client)).all() == []


def _synced_once(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> tuple[Workspace, StoreReplica, int]:
    """A new laptop of w1 after one sync: its replica and the server time of that contact."""
    ws = enrol("w1").workspace
    sync_now(ws, transport=transport)
    replica = StoreReplica(ws.store)
    return ws, replica, int(replica.load_state()[keys.LAST_SERVER_MS])


def test_b3_b4_the_offline_lease_locks_after_14_days_even_with_the_clock_set_back(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    ws, replica, last = _synced_once(enrol, transport)
    assert not is_locked_by_lease(ws, now_ms=lambda: last + 13 * DAY_MS)
    assert is_locked_by_lease(ws, now_ms=lambda: last + 15 * DAY_MS)
    assert is_locked_by_lease(ws, now_ms=lambda: last - 20 * DAY_MS + 15 * DAY_MS)  # wall clock set back
    sync_now(ws, transport=transport)  # reaching the server renews the lease...
    renewed = int(replica.load_state()[keys.LAST_SERVER_MS])
    assert not is_locked_by_lease(ws, now_ms=lambda: renewed + DAY_MS)


def test_an_offline_run_remembers_the_latest_wall_clock_so_setting_it_back_later_does_not_help(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    ws, replica, last = _synced_once(enrol, transport)
    creds = keys.Credentials.from_state(replica.load_state())
    assert creds is not None
    offline = FaultyTransport(transport, plan=["drop_request"])
    later = SyncEngine(replica, offline, wall_ms=lambda: last + 15 * DAY_MS)
    later.use_access_token("unused: the request never leaves")
    report = later.run_once()
    assert report.error == "offline" and report.lease_expired
    assert int(replica.load_state()[keys.WALL_HIGH_MS]) == last + 15 * DAY_MS
    # The clock is then set back to the day after the last contact: the lease stays run out.
    assert is_locked_by_lease(ws, now_ms=lambda: last + DAY_MS)
    # A run that reaches the server stores the server's time instead (a clock once set forward is reset).
    sync_now(ws, transport=transport)
    state = replica.load_state()
    assert state[keys.WALL_HIGH_MS] == state[keys.LAST_SERVER_MS]
    assert not is_locked_by_lease(ws, now_ms=lambda: int(state[keys.LAST_SERVER_MS]) + DAY_MS)


def test_a_person_moved_away_and_back_between_syncs_stays_on_the_device(
    enrol: Callable[[str], Enrolled], transport: AppTransport, engine: Engine
) -> None:
    w1 = enrol("w1").workspace
    cid = _register(w1)
    sync_now(w1, transport=transport)
    with writing(engine) as session:
        admin.reassign_person(session, cid, "w2")
    with writing(engine) as session:
        admin.reassign_person(session, cid, "w1")
    report = sync_now(w1, transport=transport)
    assert report.error is None and _local(w1, cid) is not None


def test_a_revoked_token_family_is_recovered_by_logging_in_again(
    enrol: Callable[[str], Enrolled], transport: AppTransport
) -> None:
    from linkdesk.services.enrolment import reauthenticate

    from ..server.conftest import PASSWORD

    ws = enrol("w1").workspace
    replica = StoreReplica(ws.store)
    stale = replica.load_state()[keys.REFRESH_TOKEN]
    sync_now(ws, transport=transport)  # each run rotates the refresh token
    sync_now(ws, transport=transport)
    replica.save_state({keys.REFRESH_TOKEN: stale})  # e.g. an old backup of the database
    _register(ws)
    report = sync_now(ws, transport=transport)
    assert report.error == "refresh_reused" and not report.revoked and _outbox(ws) == 2
    reauthenticate(ws, "w1", PASSWORD, transport=transport)
    assert sync_now(ws, transport=transport).applied == 2 and _outbox(ws) == 0
