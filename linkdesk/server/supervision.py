"""Supervisor use cases on the server: the team's members and device sync times, handing a person over,
and moving a worker to another team. Scope comes from the authenticated principal only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from linkdesk.domain.enums import Role
from linkdesk.protocol.team import HandoverRequest, HandoverResult, TeamMember, TeamOverview
from linkdesk.server import admin, audit
from linkdesk.server.account_tables import Device, Team, User
from linkdesk.server.auth import Principal
from linkdesk.server.errors import BadInputError, ConflictError, ForbiddenError, NotFoundError, ServerError
from linkdesk.server.scopes import scope_for
from linkdesk.server.tables import Client

SYNC_MARK_S = 60  # a device's last sync time is written at most once a minute


def _ms(at: datetime | None) -> int | None:
    return None if at is None else int(at.timestamp() * 1000)


def team_overview(session: Session, principal: Principal, now_ms: int) -> TeamOverview:
    """The supervisor's team as it is now: a worker moved to another team is no longer listed."""
    if principal.role != Role.SUPERVISOR or principal.team_id is None:
        raise ForbiddenError("not_a_supervisor")
    team = session.get(Team, principal.team_id)
    if team is None:
        raise ForbiddenError("not_a_supervisor")
    users = session.exec(
        select(User)
        .where(User.team_id == team.id, col(User.disabled).is_(False))
        .order_by(col(User.display_name))
    ).all()
    devices = session.exec(
        select(Device).where(col(Device.user_id).in_([u.id for u in users]), col(Device.revoked_at).is_(None))
    ).all()
    members = []
    for user in users:
        own = [d for d in devices if d.user_id == user.id]
        seen = [ms for ms in (_ms(d.last_seen_at) for d in own) if ms is not None]
        members.append(
            TeamMember(
                user_id=user.id,
                username=user.username,
                display_name=user.display_name,
                role=str(user.role),
                devices=len(own),
                last_sync_ms=max(seen) if seen else None,
            )
        )
    audit.append(
        session,
        actor_id=principal.user_id,
        device_id=principal.device_id,
        action="team.view",
        record_type="team",
        record_id=team.id,
    )
    return TeamOverview(team_id=team.id, team_name=team.name, members=members, server_time_ms=now_ms)


@dataclass(frozen=True)
class HandoverOutcome:
    """A refusal is returned, not raised, so its audit event commits with the transaction."""

    result: HandoverResult | None = None
    refusal: ServerError | None = None


def hand_over(session: Session, principal: Principal, req: HandoverRequest, now_ms: int) -> HandoverOutcome:
    """Reassign a person of the supervisor's team to another worker of the same team (an administrator:
    to any worker). The old worker's device evicts the person once its pending edits for them are in."""
    role = Role(principal.role)
    if role == Role.WORKER:
        return HandoverOutcome(refusal=ForbiddenError("not_a_supervisor"))
    scope = scope_for(principal.user_id, principal.role, principal.team_id)
    client = session.get(Client, req.client_id)
    allowed = client is not None and scope.covers(client.scope_owner_id, client.scope_team_id)
    if client is None or not allowed:
        audit.append(
            session,
            actor_id=principal.user_id,
            device_id=principal.device_id,
            action="person.reassign.denied",
            record_type="client",
            record_id=req.client_id,
        )
        return HandoverOutcome(refusal=NotFoundError("no_such_person"))
    target = session.get(User, req.to_user_id)
    if (
        target is None
        or target.disabled
        or target.role != Role.WORKER
        or (role == Role.SUPERVISOR and target.team_id != principal.team_id)
    ):
        return HandoverOutcome(refusal=BadInputError("not_a_team_worker"))
    if client.scope_owner_id == target.id:
        return HandoverOutcome(refusal=ConflictError("already_assigned"))
    previous = client.scope_owner_id
    admin.reassign_person(
        session,
        client.id,
        target.username,
        actor_id=principal.user_id,
        device_id=principal.device_id,
        evict_team=True,
    )
    return HandoverOutcome(
        HandoverResult(
            client_id=client.id, from_user_id=previous, to_user_id=target.id, server_time_ms=now_ms
        )
    )


def move_to_team(session: Session, username: str, team_name: str) -> User:
    """Move a worker (with their caseload) to another team: the old team's supervisors stop seeing them
    and their people; the new team's supervisors receive them."""
    user = admin.user_by_name(session, username)
    team = admin.team_by_name(session, team_name)
    if user.team_id == team.id:
        raise ConflictError("already_in_team")
    user.team_id = team.id
    session.add(user)
    session.flush()
    owned = session.exec(select(Client.id).where(Client.scope_owner_id == user.id)).all()
    for client_id in owned:
        admin.reassign_person(session, str(client_id), user.username, evict_team=True)
    audit.append(
        session,
        actor_id=admin.SERVER_ACTOR,
        device_id="",
        action="user.move",
        record_type="user",
        record_id=user.id,
    )
    return user


def mark_synced(session: Session, device_id: str, now_ms: int) -> None:
    """Remember when a device last synced (for the team view); written at most once a minute."""
    device = session.get(Device, device_id)
    if device is not None and sync_mark_due(device, now_ms):
        device.last_seen_at = datetime.fromtimestamp(now_ms / 1000, UTC)
        session.add(device)


def sync_mark_due(device: Device, now_ms: int) -> bool:
    seen = _ms(device.last_seen_at)
    return seen is None or abs(now_ms - seen) >= SYNC_MARK_S * 1000
