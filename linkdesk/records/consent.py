"""Consent, one row per purpose; withdrawal is a change like any other."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field

from linkdesk.domain.enums import ConsentMethod, ConsentPurpose
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type


class ConsentBase(ClientOwned):
    purpose: ConsentPurpose = Field(sa_type=enum_type(ConsentPurpose))
    partner_organisation: str | None = Field(default=None, max_length=200)
    method: ConsentMethod = Field(sa_type=enum_type(ConsentMethod))
    given_at: datetime = Field(sa_type=UtcDateTime)
    withdrawn_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    recorded_by: str = Field(max_length=36)
