"""The person: identity, language, contact and accessibility details, assignment and status."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from linkdesk.domain.enums import AgeBand, ClientStatus
from linkdesk.records.common import RecordBase
from linkdesk.records.types import UtcDateTime, enum_type, utcnow


class ClientBase(RecordBase):
    given_name: str = Field(max_length=120)
    family_name: str = Field(default="", max_length=120)
    sort_name: str = Field(default="", max_length=250)  # domain.names.sort_name; the caseload order
    preferred_name: str | None = Field(default=None, max_length=120)
    pronouns: str | None = Field(default=None, max_length=40)
    date_of_birth: date | None = None
    age_band: AgeBand | None = Field(default=None, sa_type=enum_type(AgeBand))
    language: str = Field(default="en", max_length=16)
    interpreter_needed: bool = False
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=200)
    address_line: str | None = Field(default=None, max_length=200)
    community: str | None = Field(default=None, max_length=120, index=True)
    postal_code: str | None = Field(default=None, max_length=10)
    safe_contact_notes: str | None = Field(default=None, max_length=2000)
    communication_needs: str | None = Field(default=None, max_length=2000)
    accessibility_needs: str | None = Field(default=None, max_length=2000)
    emergency_contact_name: str | None = Field(default=None, max_length=200)
    emergency_contact_phone: str | None = Field(default=None, max_length=40)
    assigned_worker_id: str | None = Field(default=None, max_length=36, index=True)
    team_id: str | None = Field(default=None, max_length=36, index=True)
    status: ClientStatus = Field(default=ClientStatus.ACTIVE, sa_type=enum_type(ClientStatus), index=True)
    status_changed_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
