"""DemoSummary: what a demo caseload holds, read back from the store, with a short plain summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from linkdesk.domain.enums import ClientStatus, FlagStatus, FollowUpStatus
from linkdesk.domain.prescription_status import AWAITING_RESPONSE, DEFAULT_STALL_DAYS
from linkdesk.services.demo.bulk import INSERT_ORDER
from linkdesk.store.directory_tables import Service
from linkdesk.store.store import Store
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import Client, Flag, FollowUp, Prescription


@dataclass(frozen=True)
class DemoSummary:
    records: dict[str, int] = field(default_factory=dict)  # table -> rows
    people_by_status: dict[str, int] = field(default_factory=dict)
    overdue_follow_ups: int = 0
    due_today: int = 0
    stalled_prescriptions: int = 0
    open_flags: int = 0
    directory_services: int = 0
    outbox_changes: int = 0
    seeded: bool = False  # False when the store already had people and nothing was added

    @property
    def people(self) -> int:
        return self.records.get("client", 0)

    def lines(self) -> list[str]:
        status = ", ".join(f"{self.people_by_status.get(s.value, 0)} {s.value.replace('_', ' ')}" for s in ClientStatus)
        others = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in self.records.items() if t != "client" and n)
        return [
            f"{self.people} people ({status})" + ("" if self.seeded else " - already there, nothing added"),
            f"records: {others}",
            f"today: {self.overdue_follow_ups} follow-ups overdue, {self.due_today} due today, "
            f"{self.stalled_prescriptions} stalled prescriptions, {self.open_flags} open flags",
            f"directory: {self.directory_services} services; outbox: {self.outbox_changes} changes waiting to sync",
        ]


def _count(session: Session, model: type, *where: object) -> int:
    stmt = select(func.count()).select_from(model)
    for condition in where:
        stmt = stmt.where(condition)  # type: ignore[arg-type]
    return int(session.exec(stmt).one())


def summarise(store: Store, *, today: date, seeded: bool = False) -> DemoSummary:
    """Counts as the worklists see them on `today` (stalled: waiting since before midday `stall` days ago)."""
    cutoff = datetime.combine(today, time(12), tzinfo=UTC) - timedelta(days=DEFAULT_STALL_DAYS)
    with store.reading() as session:
        records = {str(m.__tablename__): _count(session, m) for m in INSERT_ORDER}
        by_status = dict(session.exec(select(Client.status, func.count()).group_by(col(Client.status))).all())
        not_closed = col(FollowUp.client_id).in_(select(Client.id).where(Client.status != ClientStatus.CLOSED))
        scheduled = FollowUp.status == FollowUpStatus.SCHEDULED
        return DemoSummary(
            records=records,
            people_by_status={str(getattr(k, "value", k)): int(v) for k, v in by_status.items()},
            overdue_follow_ups=_count(session, FollowUp, scheduled, col(FollowUp.due_on) < today, not_closed),
            due_today=_count(session, FollowUp, scheduled, FollowUp.due_on == today, not_closed),
            stalled_prescriptions=_count(session, Prescription, col(Prescription.status).in_(AWAITING_RESPONSE),
                                         col(Prescription.status_changed_at) <= cutoff),
            open_flags=_count(session, Flag, Flag.status != FlagStatus.RESOLVED),
            directory_services=_count(session, Service),
            outbox_changes=_count(session, OutboxChange),
            seeded=seeded,
        )
