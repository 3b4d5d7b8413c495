"""What matters to the person, their strengths and interests, and their needs by domain."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from linkdesk.domain.enums import NeedDomain, NeedLevel
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import enum_type


class AssessmentBase(ClientOwned):
    assessed_on: date
    what_matters: str = Field(default="", max_length=4000)
    strengths: str = Field(default="", max_length=4000)
    interests: str = Field(default="", max_length=4000)
    assessed_by: str = Field(max_length=36)


class NeedBase(ClientOwned):
    assessment_id: str = Field(foreign_key="assessment.id", index=True, max_length=36)
    domain: NeedDomain = Field(sa_type=enum_type(NeedDomain), index=True)
    level: NeedLevel = Field(sa_type=enum_type(NeedLevel))
    priority: int | None = Field(default=None, ge=1, le=20)
    note: str = Field(default="", max_length=2000)
