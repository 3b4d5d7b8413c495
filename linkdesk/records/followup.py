"""A scheduled follow-up with the person: when, how, why, and what became of it."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from linkdesk.domain.enums import ContactMode, FollowUpStatus
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type


class FollowUpBase(ClientOwned):
    due_on: date = Field(index=True)
    mode: ContactMode = Field(sa_type=enum_type(ContactMode))
    purpose: str = Field(default="", max_length=1000)
    status: FollowUpStatus = Field(
        default=FollowUpStatus.SCHEDULED, sa_type=enum_type(FollowUpStatus), index=True
    )
    completed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    note_id: str | None = Field(default=None, max_length=36)
    created_by: str = Field(max_length=36)
