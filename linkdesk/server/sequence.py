"""Counters allocated inside the writing transaction, so allocation order equals commit order."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlmodel import Session

from linkdesk.server.sync_tables import Counter

CHANGE_SEQ = "change_seq"
AUDIT_SEQ = "audit_seq"


def next_value(session: Session, name: str) -> int:
    """Bump and return counter `name`. The row stays locked until commit, so later writers wait."""
    row = session.execute(
        text("UPDATE counter SET v = v + 1 WHERE name = :name RETURNING v"), {"name": name}
    ).first()
    if row is None:
        raise LookupError(f"counter {name} missing; run `linkdesk-server init`")
    return int(row[0])


def current_value(session: Session, name: str) -> int:
    value = session.execute(select(Counter.v).where(Counter.name == name)).scalar_one_or_none()  # type: ignore[arg-type]
    return int(value or 0)
