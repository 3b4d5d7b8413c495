"""A demo device enrolled with a (local) regional server: enrol, seed its caseload, sync it up."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from linkdesk.domain.enums import Role
from linkdesk.paths import AppPaths
from linkdesk.services.demo.caseload import seed_demo
from linkdesk.services.demo.directory import has_directory, load_demo_directory
from linkdesk.services.demo.summary import DemoSummary
from linkdesk.services.enrolment import enroll
from linkdesk.services.sync_service import sync_now
from linkdesk.services.workspace import Workspace
from linkdesk.store.tables import StaffMember, Team
from linkdesk.sync.report import SyncReport
from linkdesk.vault import KdfParams, KeyringPort


@dataclass(frozen=True)
class ServerStaff:
    """The server's demo team and accounts, as reference data for the device (names on screen)."""

    team_id: str
    team_name: str
    members: Sequence[tuple[str, str, str, Role]]  # server user id, username, display name, role


@dataclass(frozen=True)
class ConnectedDemo:
    workspace: Workspace
    user_id: str
    summary: DemoSummary
    first_sync: SyncReport


def write_server_staff(workspace: Workspace, staff: ServerStaff) -> None:
    """Teams and staff are server-owned reference data (no outbox)."""
    with workspace.store.writing() as session:
        _put(session, Team(id=staff.team_id, name=staff.team_name, region="Three Lakes District"))
        for user_id, username, display, role in staff.members:
            _put(session, StaffMember(id=user_id, username=username, display_name=display, role=role,
                                      team_id=staff.team_id))


def _put(session: Session, row: Team | StaffMember) -> None:
    if session.get(type(row), row.id) is None:
        session.add(row)


def seed_connected_demo(paths: AppPaths, url: str, *, username: str, password: str, passphrase: str,
                        staff: ServerStaff, clients: int = 150, seed: int = 7, today: date | None = None,
                        keyring: KeyringPort | None = None, kdf: KdfParams | None = None,
                        device_name: str = "demo laptop") -> ConnectedDemo:
    """Enrol a new demo device as `username`, seed `clients` people assigned to that account, then run a
    first full sync so the server holds them too. The caller locks the returned workspace."""
    enrolled = enroll(paths, url, username, password, passphrase, keyring=keyring, passphrase_only=True,
                      kdf=kdf, device_name=device_name)
    workspace = enrolled.workspace
    try:
        store = workspace.store
        write_server_staff(workspace, staff)
        if not has_directory(store):
            load_demo_directory(store)
        summary = seed_demo(store, clients=clients, seed=seed,
                            today=today or datetime.now().astimezone().date(),
                            worker_ids=[enrolled.user_id], team_id=staff.team_id, actor=workspace.ctx.actor,
                            instruments=workspace.ctx.instruments)
        report = sync_now(workspace)
    except BaseException:
        workspace.lock()
        raise
    return ConnectedDemo(workspace, enrolled.user_id, summary, report)
