"""POST /sync request and response models (unknown keys forbidden, every list and string bounded)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_CHANGES = 500
MAX_FIELDS = 64
MIN_BUDGET = 4 * 1024
MAX_BUDGET = 4 * 1024 * 1024
DEFAULT_BUDGET = 256 * 1024
MAX_SEQ = 2**62  # every sequence, version and cursor fits a signed 64-bit column

Op = Literal["insert", "update"]
AckStatus = Literal["applied", "duplicate", "conflict", "rejected", "purged"]
ItemKind = Literal["record", "evict", "purge", "conflict"]
Id = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
HLC_PATTERN = r"^\d{15}-\d{5}-[A-Za-z0-9_-]{1,64}$"


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldChange(Wire):
    value: Any = None
    base: int = Field(default=0, ge=0, le=MAX_SEQ)
    hlc: str = Field(pattern=HLC_PATTERN, max_length=90)


class Change(Wire):
    device_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    device_seq: int = Field(ge=1, le=MAX_SEQ)
    table: str = Field(min_length=1, max_length=64, pattern=r"^[a-z_]+$")
    record_id: str = Id
    op: Op
    fields: dict[str, FieldChange] = Field(max_length=MAX_FIELDS)


class SyncRequest(Wire):
    protocol_version: int
    schema_version: int
    incarnation: str | None = Field(default=None, max_length=64)
    changes: list[Change] = Field(default_factory=list, max_length=MAX_CHANGES)
    cursor: int = Field(default=0, ge=0, le=MAX_SEQ)
    byte_budget: int = Field(default=DEFAULT_BUDGET, ge=MIN_BUDGET, le=MAX_BUDGET)
    # Re-pulling everything (a server restored from backup): send this device's own changes back too.
    include_own: bool = False


class Ack(Wire):
    device_seq: int
    status: AckStatus
    reason: str | None = None
    fields: dict[str, int] = Field(default_factory=dict)  # the server version each pushed field now has


class FieldState(Wire):
    value: Any = None
    version: int
    hlc: str


class ConflictInfo(Wire):
    id: str
    field: str
    winner_value: Any = None
    loser_value: Any = None
    winner_user: str
    loser_user: str
    winner_device: str
    loser_device: str
    winner_hlc: str
    loser_hlc: str
    at_ms: int


class PageItem(Wire):
    seq: int
    kind: ItemKind
    table: str
    record_id: str
    client_id: str | None = None
    fields: dict[str, FieldState] = Field(default_factory=dict)
    conflict: ConflictInfo | None = None


class SyncResponse(Wire):
    acks: list[Ack] = Field(default_factory=list)
    write_checkpoint: int = 0
    items: list[PageItem] = Field(default_factory=list)
    next_cursor: int = 0
    has_more: bool = False
    # The server's committed high-water sequence when the page was read: with the cursor's progress it
    # gives an estimate of the time a long pull still needs (other scopes' traffic is skipped alike).
    high_water: int = 0
    server_time_ms: int
    incarnation: str
