"""Local sync bookkeeping: the outbox, the server-known version of each field, and device settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, UniqueConstraint
from sqlmodel import Field

from linkdesk.records.types import UtcDateTime
from linkdesk.store.base import StoreModel


class OutboxChange(StoreModel, table=True):
    """One local change waiting for the server's acknowledgement.

    `device_seq` is SQLite AUTOINCREMENT, so it is monotonic and never reused, even after rows are
    cleared. `fields` maps each changed field to {"value", "base", "hlc"}: the new value, the version it
    was based on, and the hybrid-clock stamp of the edit.
    """

    __tablename__ = "outbox_change"
    __table_args__ = {"sqlite_autoincrement": True}

    device_seq: int | None = Field(default=None, primary_key=True, sa_type=Integer)
    device_id: str = Field(max_length=36)
    table_name: str = Field(max_length=64)
    record_id: str = Field(max_length=64, index=True)
    client_id: str | None = Field(default=None, max_length=36, index=True)
    op: str = Field(max_length=16)
    fields: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    hlc: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UtcDateTime)


class SentChange(StoreModel, table=True):
    """A change the server acknowledged, kept for SENT_RETENTION_DAYS after its acknowledgement.

    If the server is restored from a backup (a new incarnation), these go back into the outbox under
    their original device_seq: what the backup still has is acknowledged as a duplicate, what it lost is
    applied again. Nothing the device was told is safe is lost with the server's recent past.
    """

    __tablename__ = "sent_change"

    device_seq: int = Field(primary_key=True, sa_type=Integer, sa_column_kwargs={"autoincrement": False})
    device_id: str = Field(max_length=36)
    table_name: str = Field(max_length=64)
    record_id: str = Field(max_length=64)
    client_id: str | None = Field(default=None, max_length=36)
    op: str = Field(max_length=16)
    fields: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    hlc: str = Field(max_length=64)
    created_at: datetime = Field(sa_type=UtcDateTime)
    acked_at: datetime = Field(sa_type=UtcDateTime, index=True)


class FieldVersion(StoreModel, table=True):
    """The server version each field was last seen at: bounded (one row per field, not per edit)."""

    __tablename__ = "field_version"
    __table_args__ = (UniqueConstraint("table_name", "record_id", "field"),)

    id: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=64)
    record_id: str = Field(max_length=64)
    field: str = Field(max_length=64)
    version: int = 0


class DeviceSetting(StoreModel, table=True):
    """Small per-device values kept inside the encrypted database (cursor, user, clock state)."""

    __tablename__ = "device_setting"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", max_length=4000)
