"""Today's work: due and overdue follow-ups, stalled prescriptions, open flags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import col, select

from linkdesk.domain.enums import ClientStatus, ContactMode, FlagStatus, FollowUpStatus, PrescriptionStatus
from linkdesk.domain.prescription_status import DEFAULT_STALL_DAYS
from linkdesk.services.context import ServiceContext
from linkdesk.store.tables import Client, Flag, FollowUp, Prescription


@dataclass(frozen=True)
class DueFollowUp:
    follow_up_id: str
    client_id: str
    client_name: str
    due_on: date
    mode: ContactMode
    purpose: str
    days_overdue: int

    @property
    def is_overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class StalledPrescription:
    prescription_id: str
    client_id: str
    client_name: str
    service_name: str
    status: PrescriptionStatus
    waiting_days: int


@dataclass(frozen=True)
class OpenFlag:
    flag_id: str
    client_id: str
    client_name: str
    kind: str
    severity: str
    status: FlagStatus
    raised_at: datetime


def _name(client: Client) -> str:
    return f"{client.preferred_name or client.given_name} {client.family_name}".strip()


def due_follow_ups(
    ctx: ServiceContext, *, through: date | None = None, worker_id: str | None = None, limit: int = 500
) -> list[DueFollowUp]:
    """Scheduled follow-ups due on or before `through` (default today), overdue first."""
    today = ctx.today()
    stmt = (
        select(FollowUp, Client)
        .join(Client, col(Client.id) == col(FollowUp.client_id))
        .where(
            FollowUp.status == FollowUpStatus.SCHEDULED,
            col(FollowUp.deleted).is_(False),
            col(FollowUp.due_on) <= (through or today),
            col(Client.deleted).is_(False),
            Client.status != ClientStatus.CLOSED,
        )
        .order_by(col(FollowUp.due_on), col(Client.family_name))
        .limit(limit)
    )
    if worker_id is not None:
        stmt = stmt.where(Client.assigned_worker_id == worker_id)
    with ctx.read() as session:
        return [
            DueFollowUp(
                f.id, c.id, _name(c), f.due_on, ContactMode(f.mode), f.purpose, (today - f.due_on).days
            )
            for f, c in session.exec(stmt)
        ]


def stalled_prescriptions(
    ctx: ServiceContext,
    *,
    stall_days: int = DEFAULT_STALL_DAYS,
    worker_id: str | None = None,
    limit: int = 500,
) -> list[StalledPrescription]:
    """Sent or received prescriptions with no response for `stall_days` days, longest waiting first."""
    now = ctx.now()
    cutoff = now - timedelta(days=stall_days)
    waiting = (PrescriptionStatus.SENT, PrescriptionStatus.RECEIVED)
    stmt = (
        select(Prescription, Client)
        .join(Client, col(Client.id) == col(Prescription.client_id))
        .where(
            col(Prescription.status).in_(waiting),
            col(Prescription.status_changed_at) <= cutoff,
            col(Prescription.deleted).is_(False),
            col(Client.deleted).is_(False),
        )
        .order_by(col(Prescription.status_changed_at))
        .limit(limit)
    )
    if worker_id is not None:
        stmt = stmt.where(Client.assigned_worker_id == worker_id)
    with ctx.read() as session:
        return [
            StalledPrescription(
                p.id,
                c.id,
                _name(c),
                p.service_name,
                PrescriptionStatus(p.status),
                (now - p.status_changed_at).days,
            )
            for p, c in session.exec(stmt)
        ]


def open_flags(ctx: ServiceContext, *, worker_id: str | None = None, limit: int = 500) -> list[OpenFlag]:
    stmt = (
        select(Flag, Client)
        .join(Client, col(Client.id) == col(Flag.client_id))
        .where(Flag.status != FlagStatus.RESOLVED, col(Flag.deleted).is_(False))
        .order_by(col(Flag.raised_at).desc())
        .limit(limit)
    )
    if worker_id is not None:
        stmt = stmt.where(Client.assigned_worker_id == worker_id)
    with ctx.read() as session:
        return [
            OpenFlag(f.id, c.id, _name(c), str(f.kind), str(f.severity), FlagStatus(f.status), f.raised_at)
            for f, c in session.exec(stmt)
        ]
