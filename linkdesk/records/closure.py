"""The closure of a case: why, a summary, and whether it was later reopened."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from linkdesk.domain.enums import ClosureReason
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type


class ClosureBase(ClientOwned):
    closed_at: datetime = Field(sa_type=UtcDateTime)
    reason: ClosureReason = Field(sa_type=enum_type(ClosureReason))
    summary: str = Field(default="", max_length=4000)
    closed_by: str = Field(max_length=36)
    reopened_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    reopened_by: str | None = Field(default=None, max_length=36)
