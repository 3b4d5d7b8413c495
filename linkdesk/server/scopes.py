"""Who may see and change what: worker -> own caseload, supervisor -> team, admin -> region.

Computed on the server from the authenticated user only; scope parameters from clients are never read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, true
from sqlmodel import col

from linkdesk.domain.enums import Role
from linkdesk.server.sync_tables import ChangeLog


@dataclass(frozen=True)
class Audience:
    """Who a change-log row is addressed to: the person's worker and team at the time of the change."""

    client_id: str | None
    owner_id: str | None
    team_id: str | None


@dataclass(frozen=True)
class Scope:
    user_id: str
    role: Role
    team_id: str | None

    def covers(self, owner_id: str | None, team_id: str | None) -> bool:
        """Whether a record owned by `owner_id` in team `team_id` is in this scope."""
        if self.role == Role.ADMIN:
            return True
        if self.role == Role.SUPERVISOR:
            return self.team_id is not None and team_id == self.team_id
        return owner_id is not None and owner_id == self.user_id

    def log_filter(self) -> ColumnElement[bool]:
        """The change-log rows addressed to this scope (each branch served by an (audience, seq) index)."""
        if self.role == Role.ADMIN:
            return and_(col(ChangeLog.kind) != "evict", true())
        if self.role == Role.SUPERVISOR:
            return col(ChangeLog.team_id) == (self.team_id or "\x00no-team")
        return col(ChangeLog.owner_id) == self.user_id


def scope_for(user_id: str, role: str, team_id: str | None) -> Scope:
    return Scope(user_id, Role(role), team_id)
