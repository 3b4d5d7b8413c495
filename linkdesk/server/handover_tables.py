"""Handovers: a person moved from one worker to another, kept so the old device's late edits land."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import BigInteger, Index
from sqlmodel import Field, Session, col, select

from linkdesk.records.types import UtcDateTime, new_id, utcnow
from linkdesk.server.base import ServerModel


class Handover(ServerModel, table=True):
    """One reassignment. For LATE_EDIT_DAYS the previous worker's devices may still push what they wrote
    before they learned of it (merged like any edit: a concurrent change becomes a conflict)."""

    __tablename__ = "handover"
    __table_args__ = (Index("ix_handover_client_from", "client_id", "from_user_id"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    client_id: str = Field(max_length=36)
    from_user_id: str | None = Field(default=None, max_length=36)
    to_user_id: str = Field(max_length=36)
    by_user_id: str = Field(max_length=64)  # a supervisor's user id, or the server administrator
    at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    seq: int = Field(default=0, sa_type=BigInteger)  # the eviction's sequence number


LATE_EDIT_DAYS = 30  # as long as devices keep acknowledged changes; the offline lease is 14 days


def late_edit_allowed(session: Session, client_id: str, user_id: str, now_ms: int, cursor: int) -> bool:
    """Whether `user_id` handed this person over within LATE_EDIT_DAYS and the pushing device had not yet
    pulled the eviction (its cursor is before it): the change was written before the device could know."""
    since = datetime.fromtimestamp(now_ms / 1000, UTC) - timedelta(days=LATE_EDIT_DAYS)
    found = session.exec(
        select(Handover.id).where(
            Handover.client_id == client_id,
            Handover.from_user_id == user_id,
            col(Handover.at) >= since,
            col(Handover.seq) > cursor,
        )
    ).first()
    return found is not None
