"""Volume for the GUI benchmark and the GUI scale test: people and follow-ups written straight into the
tables (the measurement needs rows, not outbox changes or audit events)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from linkdesk.domain.enums import FlagKind, FlagSeverity, FlagStatus, FollowUpStatus
from linkdesk.domain.names import sort_name
from linkdesk.store.store import Store
from linkdesk.store.tables import Client, Flag, FollowUp

GIVEN = ["Marie", "Jean", "Aiyana", "Robert", "Priya", "Lucie", "Gord", "Nadia", "Kateri", "Omar"]
FAMILY = ["Tremblay", "Whitehorse", "Gagnon", "MacDonald", "Bear", "Roy", "Singh", "Cote", "Fraser", "Martin"]


def bulk_people(store: Store, today: date, people: int) -> None:
    """`people` active people in 40 communities, one scheduled follow-up each (a third of them overdue),
    and an open flag on every 50th person."""
    now = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    clients, follow_ups, flags = [], [], []
    for n in range(people):
        given, family = GIVEN[n % 10], f"{FAMILY[(n // 10) % 10]}{n // 100}"
        cid = str(uuid.uuid4())
        stamp = {"created_at": now, "updated_at": now, "deleted": False}
        clients.append(
            {
                "id": cid, **stamp, "given_name": given, "family_name": family,
                "sort_name": sort_name(family, given), "language": "en", "interpreter_needed": False,
                "status": "active", "status_changed_at": now, "community": f"Community {n % 40}",
            }
        )
        follow_ups.append(
            {
                "id": str(uuid.uuid4()), **stamp, "client_id": cid,
                "due_on": today + timedelta(days=(n % 60) - 20), "mode": "phone", "purpose": "",
                "status": FollowUpStatus.SCHEDULED.value, "created_by": "worker-1",
            }
        )
        if n % 50 == 0:
            flags.append(
                {
                    "id": str(uuid.uuid4()), **stamp, "client_id": cid, "kind": FlagKind.RISK.value,
                    "severity": FlagSeverity.MEDIUM.value, "description": "Check in",
                    "status": FlagStatus.OPEN.value, "raised_by": "worker-1", "raised_at": now,
                    "resolution_note": "",
                }
            )
    with store.writing() as session:
        session.execute(Client.__table__.insert(), clients)  # type: ignore[attr-defined]
        session.execute(FollowUp.__table__.insert(), follow_ups)  # type: ignore[attr-defined]
        session.execute(Flag.__table__.insert(), flags)  # type: ignore[attr-defined]
