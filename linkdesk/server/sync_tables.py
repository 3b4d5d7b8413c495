"""Server sync bookkeeping: counters, the change log, the dedupe table, conflicts and purges."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index
from sqlmodel import Field

from linkdesk.records.types import UtcDateTime, new_id, utcnow
from linkdesk.server.base import ServerModel


class Counter(ServerModel, table=True):
    """Named counters; `UPDATE counter SET v = v + 1 ... RETURNING v` serialises writers (seq order =
    commit order)."""

    __tablename__ = "counter"

    name: str = Field(primary_key=True, max_length=32)
    v: int = Field(default=0, sa_type=BigInteger)


class ServerState(ServerModel, table=True):
    """Server-wide values: the incarnation id (a restored backup gets a new one) and the token key."""

    __tablename__ = "server_state"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=400)


class ChangeLog(ServerModel, table=True):
    """Delivery order: one row per applied change, conflict, eviction or purge, with its audience."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_owner_seq", "owner_id", "seq"),
        Index("ix_change_log_team_seq", "team_id", "seq"),
    )

    seq: int = Field(primary_key=True, sa_type=BigInteger, sa_column_kwargs={"autoincrement": False})
    kind: str = Field(max_length=16)
    table_name: str = Field(max_length=64)
    record_id: str = Field(max_length=64)
    client_id: str | None = Field(default=None, max_length=36)
    owner_id: str | None = Field(default=None, max_length=36)
    team_id: str | None = Field(default=None, max_length=36)
    # The device whose pushed change this is, when the server stored exactly what it sent (no conflict,
    # no value changed on the way in): that device already holds the result, so its pulls skip the echo.
    origin_device_id: str | None = Field(default=None, max_length=64)


class AppliedChange(ServerModel, table=True):
    """Idempotency: the stored acknowledgement of each (device_id, device_seq) ever received."""

    __tablename__ = "applied_change"

    device_id: str = Field(primary_key=True, max_length=64)
    device_seq: int = Field(primary_key=True, sa_type=BigInteger, sa_column_kwargs={"autoincrement": False})
    ack: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    seq: int | None = Field(default=None, sa_type=BigInteger)
    at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class Conflict(ServerModel, table=True):
    """Both values of a same-field concurrent overwrite, who and when; resolving is an ordinary edit."""

    __tablename__ = "conflict"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    seq: int = Field(sa_type=BigInteger, index=True)
    table_name: str = Field(max_length=64)
    record_id: str = Field(max_length=64, index=True)
    client_id: str | None = Field(default=None, max_length=36)
    field: str = Field(max_length=64)
    winner_value: Any = Field(default=None, sa_type=JSON)
    loser_value: Any = Field(default=None, sa_type=JSON)
    winner_user: str = Field(max_length=36)
    loser_user: str = Field(max_length=36)
    winner_device: str = Field(max_length=64)
    loser_device: str = Field(max_length=64)
    winner_hlc: str = Field(max_length=90)
    loser_hlc: str = Field(max_length=90)
    at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class Purge(ServerModel, table=True):
    """A true erasure, remembered forever by id: a later upsert of it is acknowledged as purged."""

    __tablename__ = "purge"

    table_name: str = Field(primary_key=True, max_length=64)
    record_id: str = Field(primary_key=True, max_length=64)
    seq: int = Field(sa_type=BigInteger)
    at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
