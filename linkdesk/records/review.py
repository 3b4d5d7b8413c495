"""A supervisor's case review: checklist, note and sign-off (append-only; a later review supersedes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON
from sqlmodel import Field

from linkdesk.domain.review import ReviewOutcome, ReviewReason
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type


class CaseReviewBase(ClientOwned):
    worker_id: str = Field(max_length=36, index=True)  # whose case it was when reviewed
    reviewer_id: str = Field(max_length=36)
    reviewed_at: datetime = Field(sa_type=UtcDateTime)
    period: str = Field(max_length=7, min_length=7, index=True)  # YYYY-MM of the review queue
    reason: ReviewReason = Field(sa_type=enum_type(ReviewReason))
    checklist: dict[str, bool] = Field(default_factory=dict, sa_type=JSON)
    note: str = Field(default="", max_length=4000)
    outcome: ReviewOutcome = Field(sa_type=enum_type(ReviewOutcome))
    flag_id: str | None = Field(default=None, max_length=36)
