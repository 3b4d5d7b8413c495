"""The local audit log: append-only events without personal content, each hashing its predecessor."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from linkdesk.store.tables import AuditEvent

GENESIS_HASH = "0" * 64


def event_hash(
    prev_hash: str,
    *,
    seq: int,
    at: datetime,
    actor_id: str,
    device_id: str,
    action: str,
    record_type: str,
    record_id: str,
) -> str:
    body = json.dumps(
        [prev_hash, seq, at.isoformat(), actor_id, device_id, action, record_type, record_id],
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def chain_head(session: Session) -> tuple[int, str]:
    """The last event's seq and hash (0 and the genesis hash for an empty log)."""
    last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    return (last.seq, last.hash) if last else (0, GENESIS_HASH)


def chained_event(
    prev_seq: int,
    prev_hash: str,
    *,
    at: datetime,
    actor_id: str,
    device_id: str,
    action: str,
    record_type: str,
    record_id: str,
) -> AuditEvent:
    """The event that follows (prev_seq, prev_hash); its own seq and hash are computed here."""
    seq = prev_seq + 1
    return AuditEvent(
        seq=seq,
        at=at,
        actor_id=actor_id,
        device_id=device_id,
        action=action,
        record_type=record_type,
        record_id=record_id,
        prev_hash=prev_hash,
        hash=event_hash(
            prev_hash,
            seq=seq,
            at=at,
            actor_id=actor_id,
            device_id=device_id,
            action=action,
            record_type=record_type,
            record_id=record_id,
        ),
    )


def append_event(
    session: Session,
    *,
    at: datetime,
    actor_id: str,
    device_id: str,
    action: str,
    record_type: str,
    record_id: str,
) -> AuditEvent:
    """Append one event; the caller's transaction holds the write lock, so seq has no race."""
    event = chained_event(
        *chain_head(session),
        at=at,
        actor_id=actor_id,
        device_id=device_id,
        action=action,
        record_type=record_type,
        record_id=record_id,
    )
    session.add(event)
    return event


@dataclass(frozen=True)
class ChainCheck:
    events: int
    first_broken_seq: int | None

    @property
    def is_intact(self) -> bool:
        return self.first_broken_seq is None


def verify_chain(session: Session) -> ChainCheck:
    prev = GENESIS_HASH
    count = 0
    for event in session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))):
        count += 1
        expected = event_hash(
            prev,
            seq=event.seq,
            at=event.at,
            actor_id=event.actor_id,
            device_id=event.device_id,
            action=event.action,
            record_type=event.record_type,
            record_id=event.record_id,
        )
        if event.prev_hash != prev or event.hash != expected:
            return ChainCheck(count, event.seq)
        prev = event.hash
    return ChainCheck(count, None)
