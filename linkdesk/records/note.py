"""An encounter note: append-only; a correction is a new note that supersedes the old one."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from linkdesk.domain.enums import ContactMode
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type


class ContactNoteBase(ClientOwned):
    occurred_at: datetime = Field(sa_type=UtcDateTime, index=True)
    mode: ContactMode = Field(sa_type=enum_type(ContactMode))
    duration_minutes: int = Field(default=0, ge=0, le=24 * 60)
    summary: str = Field(max_length=20000)
    author_id: str = Field(max_length=36)
    supersedes_id: str | None = Field(default=None, max_length=36, index=True)
    follow_up_id: str | None = Field(default=None, max_length=36)
