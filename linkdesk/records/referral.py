"""An inbound referral: who referred the person, why, and how urgently."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from linkdesk.domain.enums import ReferralSource, Urgency
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type


class ReferralBase(ClientOwned):
    source: ReferralSource = Field(sa_type=enum_type(ReferralSource), index=True)
    referrer_name: str | None = Field(default=None, max_length=200)
    referrer_organisation: str | None = Field(default=None, max_length=200)
    reason: str = Field(default="", max_length=4000)
    received_on: date
    urgency: Urgency = Field(default=Urgency.ROUTINE, sa_type=enum_type(Urgency))
    first_contact_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
