"""Goals in the person's words and their Goal Attainment Scaling reviews."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from linkdesk.domain.enums import GoalStatus, NeedDomain
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type, utcnow


class GoalBase(ClientOwned):
    description: str = Field(max_length=2000)
    domain: NeedDomain = Field(sa_type=enum_type(NeedDomain))
    importance: int | None = Field(default=None, ge=0, le=10)
    confidence: int | None = Field(default=None, ge=0, le=10)
    target_date: date | None = None
    steps: str = Field(default="", max_length=4000)
    status: GoalStatus = Field(default=GoalStatus.ACTIVE, sa_type=enum_type(GoalStatus), index=True)
    status_changed_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class GoalReviewBase(ClientOwned):
    goal_id: str = Field(foreign_key="goal.id", index=True, max_length=36)
    reviewed_on: date
    gas_score: int = Field(ge=-2, le=2)
    note: str = Field(default="", max_length=4000)
    reviewed_by: str = Field(max_length=36)
