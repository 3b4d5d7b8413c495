"""A risk or safeguarding concern, its escalation to a supervisor and its resolution."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from linkdesk.domain.enums import FlagKind, FlagSeverity, FlagStatus
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type


class FlagBase(ClientOwned):
    kind: FlagKind = Field(sa_type=enum_type(FlagKind))
    severity: FlagSeverity = Field(default=FlagSeverity.MEDIUM, sa_type=enum_type(FlagSeverity))
    description: str = Field(max_length=4000)
    status: FlagStatus = Field(default=FlagStatus.OPEN, sa_type=enum_type(FlagStatus), index=True)
    raised_by: str = Field(max_length=36)
    raised_at: datetime = Field(sa_type=UtcDateTime)
    escalated_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    resolved_by: str | None = Field(default=None, max_length=36)
    resolution_note: str = Field(default="", max_length=4000)
