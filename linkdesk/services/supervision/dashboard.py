"""The team dashboard: per worker, the numbers a supervisor watches, and the people behind each number."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, func, select

from linkdesk.domain.enums import ClientStatus, FlagStatus, FollowUpStatus, PrescriptionStatus, Role
from linkdesk.domain.prescription_status import DEFAULT_STALL_DAYS
from linkdesk.services.context import ServiceContext
from linkdesk.services.supervision.team import cached_team
from linkdesk.store.replica import CONFLICTS
from linkdesk.store.sync_tables import DeviceSetting
from linkdesk.store.tables import Client, ContactNote, Flag, FollowUp, Prescription, StaffMember

NO_CONTACT_DAYS = 30
STALE_SYNC_DAYS = 7  # a worker's laptop not synced for this long stands out


class Measure(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"
    OVERDUE = "overdue"
    NO_CONTACT = "no_contact"
    STALLED = "stalled"
    FLAGS = "flags"
    CONFLICTS = "conflicts"


@dataclass(frozen=True)
class WorkerRow:
    worker_id: str
    name: str  # "" when this laptop does not know the worker's name
    counts: dict[Measure, int]
    devices: int | None  # None: the server has not been asked yet
    last_sync_ms: int | None
    stale: bool  # never synced, or not for STALE_SYNC_DAYS
    in_team: bool  # listed by the server (False: people still here from before a move)

    def count(self, measure: Measure) -> int:
        return self.counts.get(measure, 0)


@dataclass(frozen=True)
class TeamDashboard:
    team_name: str
    rows: list[WorkerRow]
    fetched_ms: int  # when the server last told this laptop about the team (0: never)


@dataclass(frozen=True)
class PersonBehind:
    client_id: str
    name: str
    status: ClientStatus
    code: str  # what the number is about: a status, a contact mode, a flag kind, or a conflict count
    on: date | None  # the date that makes it count (due date, last contact, waiting since, raised)


def _name(client: Client) -> str:
    return f"{client.preferred_name or client.given_name} {client.family_name}".strip()


def _live(stmt: Any) -> Any:
    return stmt.where(col(Client.deleted).is_(False), col(Client.assigned_worker_id).is_not(None))


class _Queries:
    """One statement per measure returning (client, detail, since) rows, filterable by worker."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.now = ctx.now()
        self.today = ctx.today()

    def statement(self, measure: Measure) -> Any:
        open_case = Client.status != ClientStatus.CLOSED
        if measure is Measure.ACTIVE:
            return _live(select(Client, col(Client.status), col(Client.status_changed_at)).where(open_case))
        if measure is Measure.CLOSED:
            closed = Client.status == ClientStatus.CLOSED
            return _live(select(Client, col(Client.status), col(Client.status_changed_at)).where(closed))
        if measure is Measure.OVERDUE:
            return _live(
                select(Client, col(FollowUp.mode), col(FollowUp.due_on))
                .join(FollowUp, col(FollowUp.client_id) == col(Client.id))
                .where(
                    open_case,
                    FollowUp.status == FollowUpStatus.SCHEDULED,
                    col(FollowUp.deleted).is_(False),
                    col(FollowUp.due_on) < self.today,
                )
            )
        if measure is Measure.NO_CONTACT:
            last = (
                select(ContactNote.client_id, func.max(ContactNote.occurred_at).label("last_at"))
                .where(col(ContactNote.deleted).is_(False))
                .group_by(col(ContactNote.client_id))
                .subquery()
            )
            cutoff = self.now - timedelta(days=NO_CONTACT_DAYS)
            last_at = func.coalesce(last.c.last_at, Client.status_changed_at)  # never met: since opened
            return _live(
                select(Client, col(Client.status), last_at)
                .outerjoin(last, last.c.client_id == col(Client.id))
                .where(open_case, last_at <= cutoff)
            )
        if measure is Measure.STALLED:
            waiting = (PrescriptionStatus.SENT, PrescriptionStatus.RECEIVED)
            return _live(
                select(Client, col(Prescription.status), col(Prescription.status_changed_at))
                .join(Prescription, col(Prescription.client_id) == col(Client.id))
                .where(
                    col(Prescription.status).in_(waiting),
                    col(Prescription.deleted).is_(False),
                    col(Prescription.status_changed_at) <= self.now - timedelta(days=DEFAULT_STALL_DAYS),
                )
            )
        if measure is Measure.FLAGS:
            return _live(
                select(Client, col(Flag.kind), col(Flag.raised_at))
                .join(Flag, col(Flag.client_id) == col(Client.id))
                .where(Flag.status != FlagStatus.RESOLVED, col(Flag.deleted).is_(False))
            )
        raise ValueError(measure)  # conflicts are not rows of a table: see _conflict_clients


def _conflict_clients(session: Session) -> Counter[str]:
    """Open conflicts (the inbox on this laptop) per person."""
    row = session.get(DeviceSetting, CONFLICTS)
    items: list[dict[str, Any]] = json.loads(row.value) if row is not None and row.value else []
    return Counter(str(i["client_id"]) for i in items if i.get("client_id"))


def team_dashboard(ctx: ServiceContext, *, now_ms: int, stale_days: int = STALE_SYNC_DAYS) -> TeamDashboard:
    queries = _Queries(ctx)
    with ctx.read() as session:
        snapshot = cached_team(session)
        counts: dict[str, dict[Measure, int]] = {}
        for measure in Measure:
            if measure is Measure.CONFLICTS:
                continue
            stmt = queries.statement(measure).subquery()
            # People (not rows): a person with two overdue follow-ups counts once.
            grouped = select(stmt.c.assigned_worker_id, func.count(func.distinct(stmt.c.id))).group_by(
                stmt.c.assigned_worker_id
            )
            for worker_id, n in session.exec(grouped):
                counts.setdefault(str(worker_id), {})[measure] = int(n)
        per_client = _conflict_clients(session)
        if per_client:
            owners = session.exec(
                select(Client.id, Client.assigned_worker_id).where(col(Client.id).in_(list(per_client)))
            )
            for client_id, worker_id in owners:
                if worker_id:
                    bucket = counts.setdefault(str(worker_id), {})
                    bucket[Measure.CONFLICTS] = bucket.get(Measure.CONFLICTS, 0) + per_client[client_id]
        members = {m.user_id: m for m in snapshot.overview.members} if snapshot.overview else {}
        worker_ids = [uid for uid, m in members.items() if m.role == Role.WORKER]
        worker_ids += sorted(set(counts) - set(worker_ids))
        staff = {
            s.id: s for s in session.exec(select(StaffMember).where(col(StaffMember.id).in_(worker_ids)))
        }
    rows = []
    for worker_id in worker_ids:
        member = members.get(worker_id)
        last = member.last_sync_ms if member else None
        stale = member is not None and (last is None or now_ms - last > stale_days * 86_400_000)
        known = staff.get(worker_id)
        rows.append(
            WorkerRow(
                worker_id=worker_id,
                name=member.display_name if member else (known.display_name if known else ""),
                counts=counts.get(worker_id, {}),
                devices=member.devices if member else None,
                last_sync_ms=last,
                stale=stale,
                in_team=member is not None,
            )
        )
    rows.sort(key=lambda r: (not r.in_team, r.name.casefold(), r.worker_id))
    team_name = snapshot.overview.team_name if snapshot.overview else ""
    return TeamDashboard(team_name, rows, snapshot.fetched_ms)


def people_behind(ctx: ServiceContext, *, worker_id: str, measure: Measure) -> list[PersonBehind]:
    """The people a dashboard number counts, each once, most pressing first (oldest date first)."""
    with ctx.read() as session:
        if measure is Measure.CONFLICTS:
            per_client = _conflict_clients(session)
            clients = session.exec(
                select(Client).where(
                    col(Client.id).in_(list(per_client)), Client.assigned_worker_id == worker_id
                )
            ).all()
            found = [
                PersonBehind(c.id, _name(c), ClientStatus(c.status), str(per_client[c.id]), None)
                for c in clients
            ]
            return sorted(found, key=lambda p: p.name.casefold())
        stmt = _Queries(ctx).statement(measure).where(Client.assigned_worker_id == worker_id)
        seen: dict[str, PersonBehind] = {}
        for client, code, since in session.exec(stmt):
            day = _day(since)
            known = seen.get(client.id)
            if known is None or (day is not None and (known.on is None or day < known.on)):
                seen[client.id] = PersonBehind(
                    client.id, _name(client), ClientStatus(client.status), str(code), day
                )
    return sorted(seen.values(), key=lambda p: (p.on is None, p.on or date.min, p.name.casefold()))


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.astimezone().date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value).date()
    return None
