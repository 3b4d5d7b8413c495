"""DemoSummary: what a demo caseload holds, read back from the store, with a short plain summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

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
    records: dict[str, int] = field(default_factory=dict)  # table name -> rows
    people_by_status: dict[str, int] = field(default_factory=dict)
    overdue_follow_ups: int = 0
    due_today: int = 0
    stalled_prescriptions: int = 0
    open_flags: int = 0  # open or escalated
    directory_services: int = 0
    outbox_changes: int = 0
    seeded: bool = False  # False when the store already had people and nothing was added

    @property
    def people(self) -> int:
        return self.records.get("client", 0)

    def lines(self) -> list[str]:
        statuses = ", ".join(f"{self.people_by_status.get(s.value, 0)} {s.value.replace('_', ' ')}"
                             for s in ClientStatus)
        others = ", ".join(f"{n} {t.replace('_', ' ')}"
                           for t, n in self.records.items() if t != "client" and n)
        return [
            f"{self.people} people ({statuses})" + ("" if self.seeded else "; already there, nothing added"),
            f"records: {others}",
            f"today: {self.overdue_follow_ups} follow-ups overdue, {self.due_today} due today, "
            f"{self.stalled_prescriptions} stalled prescriptions, {self.open_flags} open flags",
            f"directory: {self.directory_services} services; outbox: {self.outbox_changes} changes to sync",
        ]


def _count(session: Session, model: type[Any], *where: Any) -> int:
    return int(session.exec(select(func.count()).select_from(model).where(*where)).one())


def summarise(store: Store, *, today: date, seeded: bool = False) -> DemoSummary:
    """Counts as the worklists see them on `today` (stalled: waiting since before midday 14 days ago)."""
    cutoff = datetime.combine(today, time(12), tzinfo=UTC) - timedelta(days=DEFAULT_STALL_DAYS)
    with store.reading() as session:
        by_status = session.exec(select(Client.status, func.count()).group_by(col(Client.status))).all()
        open_cases = select(Client.id).where(Client.status != ClientStatus.CLOSED)
        due = (FollowUp.status == FollowUpStatus.SCHEDULED, col(FollowUp.client_id).in_(open_cases))
        return DemoSummary(
            records={str(m.__tablename__): _count(session, m) for m in INSERT_ORDER},
            people_by_status={str(getattr(s, "value", s)): int(n) for s, n in by_status},
            overdue_follow_ups=_count(session, FollowUp, *due, col(FollowUp.due_on) < today),
            due_today=_count(session, FollowUp, *due, FollowUp.due_on == today),
            stalled_prescriptions=_count(session, Prescription,
                                         col(Prescription.status).in_(AWAITING_RESPONSE),
                                         col(Prescription.status_changed_at) <= cutoff),
            open_flags=_count(session, Flag, Flag.status != FlagStatus.RESOLVED),
            directory_services=_count(session, Service),
            outbox_changes=_count(session, OutboxChange),
            seeded=seeded,
        )
