"""An audit event: who did what to which record when; never personal content; hash-chained."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from linkdesk.records.types import UtcDateTime, new_id


class AuditEventBase(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    seq: int = Field(index=True, unique=True)
    at: datetime = Field(sa_type=UtcDateTime)
    actor_id: str = Field(max_length=36)
    device_id: str = Field(max_length=36)
    action: str = Field(max_length=64)
    record_type: str = Field(max_length=64)
    record_id: str = Field(max_length=64)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
