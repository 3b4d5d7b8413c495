"""JSON-safe wire values for record fields (dates, enums, nested lists and maps)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any


def to_wire(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_wire(v) for k, v in value.items()}
    return value
