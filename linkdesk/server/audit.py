"""The server audit log: append-only, hash-chained, no personal content; verification and export."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, col, select

from linkdesk.records.types import new_id, utcnow
from linkdesk.server.account_tables import AuditEvent
from linkdesk.server.sequence import AUDIT_SEQ, next_value

GENESIS = "0" * 64


def event_hash(prev_hash: str, event: AuditEvent) -> str:
    """SHA-256 over the previous hash and this event's ids, action and time (never personal content)."""
    what = Entry(event.actor_id, event.device_id, event.action, event.record_type, event.record_id)
    return _chain_hash(prev_hash, event.seq, event.at, what)


def _chain_hash(prev_hash: str, seq: int, at: datetime, entry: Entry) -> str:
    body = json.dumps(
        [
            prev_hash,
            seq,
            at.isoformat(),
            entry.actor_id,
            entry.device_id,
            entry.action,
            entry.record_type,
            entry.record_id,
        ],
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


@dataclass(frozen=True)
class Entry:
    """What one audit event says: who, from which device, did what to which record (ids only)."""

    actor_id: str
    device_id: str
    action: str
    record_type: str = ""
    record_id: str = ""


def append(
    session: Session,
    *,
    actor_id: str,
    device_id: str,
    action: str,
    record_type: str = "",
    record_id: str = "",
    at: datetime | None = None,
) -> None:
    """Add one event after the current last one (the counter row serialises concurrent appenders)."""
    append_many(session, [Entry(actor_id, device_id, action, record_type, record_id)], at=at)


def append_many(session: Session, entries: Sequence[Entry], *, at: datetime | None = None) -> None:
    """Add events in order after the current last one: one counter bump, one read of the previous hash
    and one insert for the lot (a pushed batch audits every change)."""
    if not entries:
        return
    last = next_value(session, AUDIT_SEQ, len(entries))
    first = last - len(entries) + 1
    prev = session.exec(select(AuditEvent.hash).where(AuditEvent.seq == first - 1)).first() or GENESIS
    when = at or utcnow()
    rows = []
    for seq, entry in enumerate(entries, start=first):
        clipped = Entry(
            entry.actor_id[:36],
            entry.device_id[:36],
            entry.action[:64],
            entry.record_type[:64],
            entry.record_id[:64],
        )
        digest = _chain_hash(prev, seq, when, clipped)
        rows.append(
            {"id": new_id(), "seq": seq, "at": when, **asdict(clipped), "prev_hash": prev, "hash": digest}
        )
        prev = digest
    session.execute(insert(AuditEvent.__table__), rows)  # type: ignore[attr-defined]


def events(session: Session, batch: int = 1000) -> Iterator[AuditEvent]:
    last = 0
    while True:
        rows = list(
            session.exec(
                select(AuditEvent).where(AuditEvent.seq > last).order_by(col(AuditEvent.seq)).limit(batch)
            )
        )
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify(session: Session) -> int | None:
    """The seq of the first event that breaks the chain, or None when the whole chain verifies."""
    prev, expected_seq = GENESIS, 1
    for ev in events(session):
        recomputed = event_hash(prev, ev)
        if ev.seq != expected_seq or ev.prev_hash != prev or ev.hash != recomputed:
            return ev.seq
        prev, expected_seq = ev.hash, ev.seq + 1
    return None


def export_lines(session: Session) -> Iterator[str]:
    """JSON lines for privacy officers (ids, actions and hashes only)."""
    for ev in events(session):
        yield json.dumps(
            {
                "seq": ev.seq,
                "at": ev.at.isoformat(),
                "actor_id": ev.actor_id,
                "device_id": ev.device_id,
                "action": ev.action,
                "record_type": ev.record_type,
                "record_id": ev.record_id,
                "prev_hash": ev.prev_hash,
                "hash": ev.hash,
            },
            separators=(",", ":"),
        )
