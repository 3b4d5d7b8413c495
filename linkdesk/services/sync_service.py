"""Sync use cases: run a sync now, its status, wipe a revoked device, list what the server did not accept."""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linkdesk.services.connect import ROLE, USERNAME
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import CONFLICTS, NOTICES, REJECTED, StoreReplica
from linkdesk.store.tables import StaffMember
from linkdesk.sync import state as keys
from linkdesk.sync.engine import SyncEngine, lease_expired
from linkdesk.sync.errors import AuthRejectedError
from linkdesk.sync.initial_sync import InitialSync
from linkdesk.sync.ports import SyncTransport
from linkdesk.sync.report import SyncObserver, SyncReport
from linkdesk.sync.transport import HttpTransport

TransportFactory = Callable[[str], SyncTransport]


def make_engine(
    workspace: Workspace,
    *,
    transport: SyncTransport | None = None,
    transport_factory: TransportFactory = HttpTransport,
    wall_ms: Callable[[], int] | None = None,
    initial_snapshot: bool | None = None,
) -> SyncEngine:
    """An engine for this workspace; keep it between runs so the access token is reused. A first sync
    starts from a snapshot when the server offers one (`initial_snapshot`; by default only with the
    transport made here, so a caller's own transport keeps plain paged pulls unless it asks)."""
    replica = StoreReplica(workspace.store)
    if initial_snapshot is None:
        initial_snapshot = transport is None
    if transport is None:
        transport = transport_factory(replica.load_state().get(keys.SERVER_URL, ""))
    snapshot_dir = workspace.paths.snapshots_dir if initial_snapshot else None
    if wall_ms is None:
        return SyncEngine(replica, transport, snapshot_dir=snapshot_dir)
    return SyncEngine(replica, transport, wall_ms=wall_ms, snapshot_dir=snapshot_dir)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the Sync page show, read in one go from the encrypted database."""

    connected: bool
    server_url: str
    username: str
    role: str
    pending: int
    last_success_ms: int
    conflicts: int
    not_accepted: int
    cursor: int = 0  # 0: nothing pulled yet (a snapshot file can still start this laptop)


def sync_status(workspace: Workspace) -> SyncStatus:
    replica = StoreReplica(workspace.store)
    state = replica.load_state()
    return SyncStatus(
        connected=keys.Credentials.from_state(state) is not None,
        server_url=state.get(keys.SERVER_URL, ""),
        username=state.get(USERNAME, "") or _known_username(workspace, state.get(keys.USER_ID, "")),
        role=state.get(ROLE, ""),
        pending=replica.pending_count(),
        last_success_ms=keys.int_value(state, keys.LAST_SUCCESS_MS),
        conflicts=len(replica.visible(CONFLICTS)),
        not_accepted=len(replica.visible(REJECTED)),
        cursor=replica.cursor(),
    )


def _known_username(workspace: Workspace, user_id: str) -> str:
    """For laptops enrolled before the username was kept: the staff list the server sent, if any."""
    if not user_id:
        return ""
    with workspace.store.reading() as session:
        member = session.get(StaffMember, user_id)
    return member.username if member is not None else ""


def sign_out(workspace: Workspace) -> None:
    """Forget this server on this laptop: the keys and every local file go, as for a revoked device.
    What was synced stays on the server and comes back when this laptop signs in again; changes still
    waiting are lost, so the app warns first."""
    wipe(workspace)


def wipe(workspace: Workspace) -> None:
    """Remote revocation: destroy the keys, then the database files (WAL and shared memory included)."""
    with contextlib.suppress(Exception):
        workspace.lock()
    workspace.vault.erase()
    if workspace.paths.snapshots_dir.is_dir():  # a snapshot download under way (encrypted, key now gone)
        shutil.rmtree(workspace.paths.snapshots_dir, ignore_errors=True)
    db = workspace.paths.database
    for path in (
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        db.with_name(db.name + "-journal"),
    ):
        path.unlink(missing_ok=True)


def sync_now(
    workspace: Workspace,
    *,
    engine: SyncEngine | None = None,
    transport: SyncTransport | None = None,
    observer: SyncObserver | None = None,
) -> SyncReport:
    """One sync run. A device the server reports revoked (or whose user is disabled) is wiped at once."""
    engine = engine or make_engine(workspace, transport=transport)
    report = engine.run_once(observer)
    if report.revoked:
        wipe(workspace)
        report.notes.append("wiped")
    return report


def import_snapshot(
    workspace: Workspace,
    path: Path,
    *,
    engine: SyncEngine | None = None,
    transport: SyncTransport | None = None,
    observer: SyncObserver | None = None,
) -> SyncReport:
    """Start an empty laptop from a snapshot file carried on a USB key: its key and SHA-256 come from the
    server (one small request), it is applied in one transaction, then an ordinary sync continues from
    its sequence number. The file is left as it is (encrypted)."""
    engine = engine or make_engine(workspace, transport=transport, initial_snapshot=True)
    report = SyncReport()
    try:
        InitialSync(
            engine.replica, engine.transport, workspace.paths.snapshots_dir, engine.authorised
        ).import_file(path, report)
    except AuthRejectedError as exc:
        if exc.is_revoked:
            wipe(workspace)
            report.notes.append("wiped")
            report.revoked = True
            return report
        raise
    # A download over the network that this file replaced (stopped for it): its key went with the offer.
    if workspace.paths.snapshots_dir.is_dir():
        for part in workspace.paths.snapshots_dir.glob("*.part"):
            part.unlink(missing_ok=True)
    after = sync_now(workspace, engine=engine, observer=observer)
    after.snapshot_items, after.notes = report.snapshot_items, [*report.notes, *after.notes]
    after.pulled_items += report.pulled_items
    return after


def not_accepted(workspace: Workspace) -> list[dict[str, Any]]:
    """Changes the server rejected, newest last, each with its reason and the values that were sent."""
    return StoreReplica(workspace.store).visible(REJECTED)


def conflicts(workspace: Workspace) -> list[dict[str, Any]]:
    return StoreReplica(workspace.store).visible(CONFLICTS)


def notices(workspace: Workspace) -> list[dict[str, Any]]:
    return StoreReplica(workspace.store).visible(NOTICES)


def is_locked_by_lease(workspace: Workspace, now_ms: Callable[[], int] | None = None) -> bool:
    """True after 14 days without reaching the server: the app locks until it connects (data kept)."""
    wall = now_ms() if now_ms else time.time_ns() // 1_000_000
    return lease_expired(StoreReplica(workspace.store), wall)
