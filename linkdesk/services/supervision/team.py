"""The team as the server last described it (members, device sync times), kept in the encrypted database.

Refreshing asks the server (online); the answer is cached so the dashboard works offline and says how old
it is. Staff names go into the staff list (server-owned reference data, no outbox).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from pydantic import ValidationError
from sqlmodel import Session, col, select

from linkdesk.domain.enums import Role
from linkdesk.protocol.team import HandoverRequest, HandoverResult, TeamOverview
from linkdesk.services.workspace import Workspace
from linkdesk.store.sync_tables import DeviceSetting
from linkdesk.store.tables import StaffMember, Team
from linkdesk.sync import state as keys
from linkdesk.sync.engine import SyncEngine

TEAM_CACHE = "supervision.team"  # the last TeamOverview, as JSON
TEAM_FETCHED_MS = "supervision.team_fetched_ms"


@runtime_checkable
class TeamTransport(Protocol):
    """What HttpTransport offers a supervisor besides sync."""

    def team(self, access_token: str) -> TeamOverview: ...

    def hand_over(self, access_token: str, request: HandoverRequest) -> HandoverResult: ...


@dataclass(frozen=True)
class TeamSnapshot:
    overview: TeamOverview | None
    fetched_ms: int  # when this laptop last heard it from the server (0: never)


def role_of(workspace: Workspace) -> str:
    """The signed-in user's role as the server said at enrolment ("" for a laptop never connected)."""
    return workspace.store.get_setting(keys.ROLE, "") or ""


def is_supervisor(workspace: Workspace) -> bool:
    return role_of(workspace) == Role.SUPERVISOR


def cached_team(session: Session) -> TeamSnapshot:
    row = session.get(DeviceSetting, TEAM_CACHE)
    fetched = session.get(DeviceSetting, TEAM_FETCHED_MS)
    overview = None
    if row is not None and row.value:
        try:
            overview = TeamOverview.model_validate_json(row.value)
        except ValidationError:
            overview = None  # written by an older version: refreshed on the next contact
    return TeamSnapshot(overview, int(fetched.value) if fetched is not None and fetched.value else 0)


def store_team(workspace: Workspace, overview: TeamOverview, fetched_ms: int) -> None:
    """Keep the answer and bring the staff list in line: members no longer in the team leave it."""
    with workspace.store.writing() as session:
        _put(session, TEAM_CACHE, overview.model_dump_json())
        _put(session, TEAM_FETCHED_MS, str(fetched_ms))
        team = session.get(Team, overview.team_id) or Team(id=overview.team_id, name=overview.team_name)
        team.name = overview.team_name
        session.add(team)
        current = {m.user_id for m in overview.members}
        for former in session.exec(
            select(StaffMember).where(
                StaffMember.team_id == overview.team_id, col(StaffMember.id).not_in(current)
            )
        ):
            former.team_id = None
            session.add(former)
        for member in overview.members:
            row = session.get(StaffMember, member.user_id) or StaffMember(
                id=member.user_id,
                username=member.username,
                display_name=member.display_name,
                role=Role.WORKER,
            )
            row.username, row.display_name = member.username, member.display_name
            row.role, row.team_id = Role(member.role), overview.team_id
            session.add(row)


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(DeviceSetting, key) or DeviceSetting(key=key)
    row.value = value
    session.add(row)


def team_transport(engine: SyncEngine) -> TeamTransport:
    """The engine's transport, for the supervisor calls (LookupError if it cannot make them)."""
    transport = engine.transport
    if not isinstance(transport, TeamTransport):
        raise LookupError("this transport cannot reach the team endpoints")
    return transport


def refresh_team(
    workspace: Workspace,
    engine: SyncEngine,
    transport: TeamTransport,
    *,
    now_ms: Callable[[], int],
) -> TeamOverview:
    """Ask the server for the team (raises the sync errors: offline, refused, not a supervisor)."""
    overview = engine.authorised(transport.team)
    store_team(workspace, overview, now_ms())
    return overview
