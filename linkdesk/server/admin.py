"""Administration use cases behind the linkdesk-server command: users, teams, devices, people, purges."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from linkdesk.domain.enums import Role
from linkdesk.records.types import utcnow
from linkdesk.server import audit
from linkdesk.server.account_tables import Device, RefreshToken, Team, User
from linkdesk.server.change_log import append_entry
from linkdesk.server.errors import ConflictError, NotFoundError
from linkdesk.server.handover_tables import Handover
from linkdesk.server.merge import ZERO_HLC
from linkdesk.server.passwords import Passwords
from linkdesk.server.scopes import Audience
from linkdesk.server.sequence import CHANGE_SEQ, next_value
from linkdesk.server.sync_tables import Purge
from linkdesk.server.tables import RECORD_TABLES, Client

SERVER_ACTOR = "server-admin"


def add_team(session: Session, name: str, region: str = "") -> Team:
    if session.exec(select(Team).where(Team.name == name)).first() is not None:
        raise ConflictError("team_exists")
    team = Team(name=name, region=region)
    session.add(team)
    audit.append(
        session, actor_id=SERVER_ACTOR, device_id="", action="team.add", record_type="team", record_id=team.id
    )
    return team


def team_by_name(session: Session, name: str) -> Team:
    team = session.exec(select(Team).where(Team.name == name)).first()
    if team is None:
        raise NotFoundError("no_such_team")
    return team


def add_user(
    session: Session,
    passwords: Passwords,
    *,
    username: str,
    password: str,
    role: Role,
    team: str | None = None,
    display_name: str | None = None,
) -> User:
    name = username.strip().lower()
    if session.exec(select(User).where(User.username == name)).first() is not None:
        raise ConflictError("user_exists")
    team_id = team_by_name(session, team).id if team else None
    user = User(
        username=name,
        display_name=display_name or name,
        role=role,
        team_id=team_id,
        password_hash=passwords.hash(password),
    )
    session.add(user)
    audit.append(
        session, actor_id=SERVER_ACTOR, device_id="", action="user.add", record_type="user", record_id=user.id
    )
    return user


def user_by_name(session: Session, username: str) -> User:
    user = session.exec(select(User).where(User.username == username.strip().lower())).first()
    if user is None:
        raise NotFoundError("no_such_user")
    return user


def disable_user(session: Session, username: str) -> User:
    user = user_by_name(session, username)
    user.disabled = True
    session.add(user)
    session.execute(update(RefreshToken).where(col(RefreshToken.user_id) == user.id).values(revoked=True))
    audit.append(
        session,
        actor_id=SERVER_ACTOR,
        device_id="",
        action="user.disable",
        record_type="user",
        record_id=user.id,
    )
    return user


def list_devices(session: Session) -> list[Device]:
    return list(session.exec(select(Device).order_by(col(Device.enrolled_at))))


def revoke_device(session: Session, device_id: str, at: datetime | None = None) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise NotFoundError("no_such_device")
    device.revoked_at = device.revoked_at or at or utcnow()
    session.add(device)
    session.execute(update(RefreshToken).where(col(RefreshToken.device_id) == device_id).values(revoked=True))
    audit.append(
        session,
        actor_id=SERVER_ACTOR,
        device_id=device_id,
        action="device.revoke",
        record_type="device",
        record_id=device_id,
    )
    return device


def _log(session: Session, kind: str, table: str, record_id: str, audience: Audience) -> int:
    return append_entry(session, kind, table, record_id, audience).seq


def _person_rows(session: Session, client_id: str) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for name, table in RECORD_TABLES.items():
        if name == "client":
            continue
        rows += [(name, r) for r in session.exec(select(table).where(table.client_id == client_id))]
    return rows


def reassign_person(
    session: Session,
    client_id: str,
    to_username: str,
    *,
    actor_id: str = SERVER_ACTOR,
    device_id: str = "",
    evict_team: bool = False,
) -> Client:
    """Move a person (and every record of theirs) to another worker: move-in snapshots for the new
    audience, an eviction for the old one (and, with `evict_team`, for the old team's supervisors when
    the team changes). The handover is remembered so the old worker's late edits still land."""
    next_value(session, CHANGE_SEQ)  # take the sequence lock before reading
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError("no_such_person")
    worker = user_by_name(session, to_username)
    old_owner, old_team = client.scope_owner_id, client.scope_team_id
    new = Audience(client.id, worker.id, worker.team_id)
    seq = _log(session, "record", "client", client.id, new)
    versions = dict(client.field_versions)
    for name, value in (("assigned_worker_id", worker.id), ("team_id", worker.team_id)):
        setattr(client, name, value)
        versions[name] = [seq, ZERO_HLC, "server", SERVER_ACTOR]
    client.field_versions, client.scope_owner_id, client.scope_team_id, client.seq = (
        versions,
        worker.id,
        worker.team_id,
        seq,
    )
    session.add(client)
    for table, row in _person_rows(session, client.id):
        row_seq = _log(session, "record", table, str(row.id), new)
        row.scope_owner_id, row.scope_team_id, row.seq = worker.id, worker.team_id, row_seq
        session.add(row)
    old_team_audience = old_team if old_team != worker.team_id else None
    if old_owner != worker.id:
        evict_seq = _log(
            session, "evict", "client", client.id, Audience(client.id, old_owner, old_team_audience)
        )
        session.add(
            Handover(
                client_id=client.id,
                from_user_id=old_owner,
                to_user_id=worker.id,
                by_user_id=actor_id,
                seq=evict_seq,
            )
        )
    elif evict_team and old_team_audience is not None:
        _log(session, "evict", "client", client.id, Audience(client.id, None, old_team_audience))
    audit.append(
        session,
        actor_id=actor_id,
        device_id=device_id,
        action="person.reassign",
        record_type="client",
        record_id=client.id,
    )
    return client


def purge_person(session: Session, client_id: str) -> int:
    """True erasure of a person and all their records; each id is remembered forever."""
    next_value(session, CHANGE_SEQ)
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError("no_such_person")
    audience = Audience(client.id, client.scope_owner_id, client.scope_team_id)
    rows = [*reversed(_person_rows(session, client.id)), ("client", client)]  # children first
    for table, row in rows:
        seq = _log(session, "purge", table, str(row.id), audience)
        session.add(Purge(table_name=table, record_id=str(row.id), seq=seq))
        session.delete(row)
        session.flush()
    audit.append(
        session,
        actor_id=SERVER_ACTOR,
        device_id="",
        action="person.purge",
        record_type="client",
        record_id=client_id,
    )
    return len(rows)
