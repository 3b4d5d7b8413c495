"""The fields every synced record carries: device-made id, timestamps and a versioned soft delete."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from linkdesk.records.types import UtcDateTime, new_id, utcnow


class RecordBase(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    deleted: bool = Field(default=False)


class ClientOwned(RecordBase):
    """A record that belongs to one person's case; its scope follows the person's."""

    client_id: str = Field(foreign_key="client.id", index=True, max_length=36)
