"""Turning record field values into JSON-safe wire values and back (dates, enums, lists)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlmodel import SQLModel


def to_wire(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_wire(v) for k, v in value.items()}
    return value


def record_fields(record: SQLModel) -> dict[str, Any]:
    """Every column value of a record, wire-encoded, the id left out."""
    return {name: to_wire(getattr(record, name)) for name in type(record).model_fields if name != "id"}
