"""Counters allocated inside the writing transaction, so allocation order equals commit order."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from linkdesk.server.sync_tables import Counter

CHANGE_SEQ = "change_seq"
AUDIT_SEQ = "audit_seq"


def next_value(session: Session, name: str, by: int = 1) -> int:
    """Bump counter `name` by `by` and return its new value (the last of the `by` numbers taken). The row
    stays locked until commit, so later writers wait."""
    row = session.execute(
        text("UPDATE counter SET v = v + :by WHERE name = :name RETURNING v"), {"name": name, "by": by}
    ).first()
    if row is None:
        raise LookupError(f"counter {name} missing; run `linkdesk-server init`")
    return int(row[0])


def current_value(session: Session, name: str) -> int:
    row = session.get(Counter, name)
    value = row.v if row is not None else 0
    return int(value)
