"""An outcome measure administration: every raw answer and the computed scores (append-only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field

from linkdesk.domain.enums import Timepoint
from linkdesk.records.common import ClientOwned
from linkdesk.records.types import UtcDateTime, enum_type


class MeasureAdministrationBase(ClientOwned):
    instrument_id: str = Field(max_length=64, index=True)
    instrument_version: str = Field(max_length=32)
    language: str = Field(max_length=16)
    timepoint: Timepoint = Field(sa_type=enum_type(Timepoint), index=True)
    administered_at: datetime = Field(sa_type=UtcDateTime)
    answers: dict[str, int] = Field(default_factory=dict, sa_type=JSON)
    scores: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    external_total: float | None = None
    administered_by: str = Field(max_length=36)
