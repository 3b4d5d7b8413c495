"""Handing a person over to another worker of the team: online only, decided by the server.

The server moves the person and all their records to the new worker and tells the old worker's laptop to
evict them; that laptop first sends what it still holds for them (merged on the server, scenario C4).
Afterwards this laptop syncs so the new assignment shows here at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from linkdesk.domain.enums import Role
from linkdesk.errors import ValidationError
from linkdesk.protocol.team import HandoverRequest, HandoverResult
from linkdesk.services.context import ServiceContext
from linkdesk.services.supervision.team import TeamTransport, cached_team
from linkdesk.store.tables import Client, StaffMember
from linkdesk.sync.engine import SyncEngine
from linkdesk.sync.report import SyncReport


@dataclass(frozen=True)
class Colleague:
    user_id: str
    name: str


@dataclass(frozen=True)
class HandoverDone:
    result: HandoverResult
    sync: SyncReport  # the sync run right after (its error, if any, does not undo the handover)


def handover_targets(ctx: ServiceContext, *, client_id: str) -> list[Colleague]:
    """The team's workers other than the person's current worker (from the server's last team list;
    before that, the staff list this laptop knows)."""
    with ctx.read() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted:
            return []
        snapshot = cached_team(session)
        if snapshot.overview is not None:
            found = [
                Colleague(m.user_id, m.display_name)
                for m in snapshot.overview.members
                if m.role == Role.WORKER and m.user_id != client.assigned_worker_id
            ]
        else:
            team_id = client.team_id
            staff = session.exec(
                select(StaffMember).where(
                    StaffMember.role == Role.WORKER,
                    StaffMember.team_id == team_id,
                    col(StaffMember.id) != (client.assigned_worker_id or ""),
                )
            ).all()
            found = [Colleague(s.id, s.display_name) for s in staff]
    return sorted(found, key=lambda c: c.name.casefold())


def hand_over(
    ctx: ServiceContext,
    *,
    client_id: str,
    to_user_id: str,
    engine: SyncEngine,
    transport: TeamTransport,
) -> HandoverDone:
    """Ask the server to reassign (raises OfflineError, ServerRefusedError with the server's code, ...)."""
    with ctx.read() as session:
        client = session.get(Client, client_id)
        if client is None or client.deleted:
            raise ValidationError(field="client_id", reason="not_on_this_laptop")
        if client.assigned_worker_id == to_user_id:
            raise ValidationError(field="to_user_id", reason="already_assigned")
    request = HandoverRequest(client_id=client_id, to_user_id=to_user_id)
    result = engine.authorised(lambda token: transport.hand_over(token, request))
    return HandoverDone(result, engine.run_once())
