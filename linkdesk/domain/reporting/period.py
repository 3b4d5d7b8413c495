"""The report period: inclusive calendar days in one time zone, turned into UTC bounds for queries.

Which date each figure filters on (docs/reports.md):
- referrals by source, time to first contact: the referral's date received;
- needs by domain: the assessment date (each person's latest assessment in the period);
- prescriptions: when the prescription was made (created);
- goals set: when the goal was made; goals achieved: when the goal's status became achieved;
- contacts and time spent: when the contact happened;
- outcome change: when the follow-up (or discharge) administration happened; its baseline may be earlier.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from linkdesk.errors import ValidationError

MAX_OFFSET_MINUTES = 14 * 60


@dataclass(frozen=True)
class ReportPeriod:
    """`start`..`end` inclusive (None: open-ended); days are read at `utc_offset_minutes` from UTC."""

    start: date | None = None
    end: date | None = None
    utc_offset_minutes: int = 0

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValidationError(field="period", reason="start_after_end")
        if not -MAX_OFFSET_MINUTES <= self.utc_offset_minutes <= MAX_OFFSET_MINUTES:
            raise ValidationError(field="utc_offset_minutes", reason="out_of_range")

    def _utc(self, day: date) -> datetime:
        local_midnight = datetime.combine(day, time(0), tzinfo=UTC)
        return local_midnight - timedelta(minutes=self.utc_offset_minutes)

    @property
    def start_utc(self) -> datetime | None:
        """The first instant of the period, as an aware UTC datetime."""
        return None if self.start is None else self._utc(self.start)

    @property
    def end_utc(self) -> datetime | None:
        """The first instant after the period (exclusive bound), as an aware UTC datetime."""
        return None if self.end is None else self._utc(self.end + timedelta(days=1))

    def contains_day(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def contains(self, moment: datetime) -> bool:
        start, end = self.start_utc, self.end_utc
        return (start is None or moment >= start) and (end is None or moment < end)
