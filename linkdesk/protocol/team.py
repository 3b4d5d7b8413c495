"""Supervisor calls: the team's members with when their devices last synced, and handing a person over."""

from __future__ import annotations

from pydantic import Field

from linkdesk.protocol.sync import Wire

ID_PATTERN = r"^[A-Za-z0-9_.:-]+$"


class TeamMember(Wire):
    user_id: str
    username: str
    display_name: str
    role: str
    devices: int = 0  # enrolled devices that are not revoked
    last_sync_ms: int | None = None  # the latest sync of any of them; None: never synced


class TeamOverview(Wire):
    team_id: str
    team_name: str
    members: list[TeamMember] = Field(default_factory=list)
    server_time_ms: int


class HandoverRequest(Wire):
    client_id: str = Field(min_length=1, max_length=64, pattern=ID_PATTERN)
    to_user_id: str = Field(min_length=1, max_length=64, pattern=ID_PATTERN)


class HandoverResult(Wire):
    client_id: str
    from_user_id: str | None
    to_user_id: str
    server_time_ms: int
