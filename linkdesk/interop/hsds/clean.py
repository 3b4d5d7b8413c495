"""Value cleaners for published directory data: each returns a clean value or raises BadValueError."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import urlsplit

from linkdesk.records.directory import ID_LENGTH


class BadValueError(ValueError):
    """A value that cannot be used; `code` goes into the import report."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(
    r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?\s*(z|[+-]\d{2}:?\d{2})?$", re.I
)
_BYDAY = re.compile(r"^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)$")
STATUSES = frozenset({"active", "inactive", "defunct", "temporarily closed"})


def text(value: Any) -> str | None:
    """Strip text; numbers become text (an extension published as 100); blank is None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise BadValueError("bad_type", f"expected text, got {type(value).__name__}")
    cleaned = str(value).strip()
    return cleaned or None


def ident(value: Any) -> str | None:
    cleaned = text(value)
    if cleaned is not None and len(cleaned) > ID_LENGTH:
        raise BadValueError("bad_id", f"id longer than {ID_LENGTH} characters")
    return cleaned


def url(value: Any) -> str | None:
    cleaned = text(value)
    if cleaned is None:
        return None
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc or " " in cleaned:
        raise BadValueError("bad_url", f"not a web address: {cleaned[:80]!r}")
    return cleaned


def email(value: Any) -> str | None:
    cleaned = text(value)
    if cleaned is None:
        return None
    if not _EMAIL.match(cleaned):
        raise BadValueError("bad_email", f"not an email address: {cleaned[:80]!r}")
    return cleaned


def phone_number(value: Any) -> str | None:
    """Some publishers quote the number inside the field ('"+44 1234 234567"'); the quotes are not data."""
    cleaned = text(value)
    if cleaned is None:
        return None
    return cleaned.strip("\"'").strip() or None


def day(value: Any) -> date | None:
    cleaned = text(value)
    if cleaned is None:
        return None
    try:
        return datetime.fromisoformat(cleaned).date() if len(cleaned) > 10 else date.fromisoformat(cleaned)
    except ValueError:
        raise BadValueError("bad_date", f"not an ISO 8601 date: {cleaned[:40]!r}") from None


def moment(value: Any) -> datetime | None:
    """ISO 8601 date-time; without a zone it is taken as UTC."""
    cleaned = text(value)
    if cleaned is None:
        return None
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        raise BadValueError("bad_date", f"not an ISO 8601 date-time: {cleaned[:40]!r}") from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def clock(value: Any) -> time | None:
    """Opening times as published: '10:00', '10:00:00', '9am', '4:00 PM'."""
    cleaned = text(value)
    if cleaned is None:
        return None
    match = _TIME.match(cleaned)
    if match is None:
        raise BadValueError("bad_time", f"not a time of day: {cleaned[:40]!r}")
    hour, minute, second = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    meridiem = (match[4] or "").lower().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise BadValueError("bad_time", f"not a time of day: {cleaned[:40]!r}")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise BadValueError("bad_time", f"not a time of day: {cleaned[:40]!r}")
    return time(hour, minute, second)


def coordinate(value: Any, limit: float) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise BadValueError("bad_coordinates", "expected a number, got true/false")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BadValueError("bad_coordinates", f"not a number: {str(value)[:40]!r}") from None
    if not -limit <= number <= limit:
        raise BadValueError("bad_coordinates", f"{number} is outside -{limit:g}..{limit:g}")
    return number


def latitude(value: Any) -> float | None:
    return coordinate(value, 90.0)


def longitude(value: Any) -> float | None:
    return coordinate(value, 180.0)


def byday(value: Any) -> str | None:
    cleaned = text(value)
    if cleaned is None:
        return None
    days = [part.strip().upper() for part in cleaned.split(",") if part.strip()]
    if not days or not all(_BYDAY.match(d) for d in days):
        raise BadValueError("bad_value", f"not iCal BYDAY codes: {cleaned[:40]!r}")
    return ",".join(days)


def status(value: Any) -> str | None:
    cleaned = text(value)
    return cleaned.lower() if cleaned else None


def flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    cleaned = (text(value) or "").lower()
    if cleaned in {"true", "t", "yes", "y", "1"}:
        return True
    if cleaned in {"false", "f", "no", "n", "0", ""}:
        return False
    raise BadValueError("bad_value", f"not true/false: {cleaned[:20]!r}")
