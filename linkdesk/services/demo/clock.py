"""Demo time: local wall-clock moments in the district (Eastern time) as aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

# A fixed offset (not a tz database zone) keeps the demo identical on every platform and in every season.
DISTRICT_TIME = timezone(timedelta(hours=-5), "EST")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=DISTRICT_TIME).astimezone(UTC)


def days(n: int) -> timedelta:
    return timedelta(days=n)
