"""A social prescription (referral out) to a directory service or a typed-in one, with its status."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON
from sqlmodel import Field

from linkdesk.domain.enums import PrescriptionKind, PrescriptionStatus, SendMethod
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type, utcnow


class PrescriptionBase(ClientOwned):
    goal_id: str | None = Field(default=None, max_length=36)
    service_id: str | None = Field(default=None, max_length=64)
    service_name: str = Field(max_length=300)
    organisation_name: str | None = Field(default=None, max_length=300)
    service_contact: str | None = Field(default=None, max_length=300)
    kind: PrescriptionKind = Field(sa_type=enum_type(PrescriptionKind), index=True)
    status: PrescriptionStatus = Field(
        default=PrescriptionStatus.DRAFTED, sa_type=enum_type(PrescriptionStatus), index=True
    )
    status_changed_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime, index=True)
    send_method: SendMethod | None = Field(default=None, sa_type=enum_type(SendMethod))
    sent_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    barriers: list[str] = Field(default_factory=list, sa_type=JSON)
    note: str = Field(default="", max_length=4000)
    created_by: str = Field(max_length=36)
