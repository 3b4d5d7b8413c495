"""The report's figures as plain values; the queries fill them, the screens and exports read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from linkdesk.domain.instruments import Direction
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.domain.reporting.stats import bucket_counts, median_from_counts, share


@dataclass(frozen=True)
class Count:
    key: str  # a stable code (an enum value or a bucket code)
    value: int


def total_of(counts: tuple[Count, ...]) -> int:
    return sum(c.value for c in counts)


@dataclass(frozen=True)
class ReferralsFigure:
    """Referrals received in the period, by source (every source listed, zeros included)."""

    by_source: tuple[Count, ...]

    @property
    def total(self) -> int:
        return total_of(self.by_source)


@dataclass(frozen=True)
class NeedRow:
    domain: str
    high: int
    medium: int
    low: int

    @property
    def total(self) -> int:
        return self.high + self.medium + self.low


@dataclass(frozen=True)
class NeedsFigure:
    """People per need domain and level, from each person's latest assessment in the period."""

    people_assessed: int
    rows: tuple[NeedRow, ...]


@dataclass(frozen=True)
class PrescriptionCell:
    kind: str
    status: str
    count: int


@dataclass(frozen=True)
class Completion:
    """Of the prescriptions of one kind made in the period: how many were sent and how many completed."""

    kind: str
    made: int
    sent: int
    completed: int

    @property
    def completion_rate(self) -> float | None:
        """Completed out of sent (a draft never sent cannot be completed)."""
        return share(self.completed, self.sent)


@dataclass(frozen=True)
class PrescriptionsFigure:
    """Prescriptions made in the period by kind and current status, and their completion."""

    cells: tuple[PrescriptionCell, ...]
    completion: tuple[Completion, ...]

    @property
    def total(self) -> int:
        return sum(c.count for c in self.cells)

    def count(self, kind: str, status: str) -> int:
        return sum(c.count for c in self.cells if c.kind == kind and c.status == status)


@dataclass(frozen=True)
class FirstContactFigure:
    """Referrals received in the period: days until the first contact (on the report's calendar)."""

    referrals: int
    day_counts: dict[int, int]  # days waited -> number of referrals (negative: contact dated earlier)

    @property
    def contacted(self) -> int:
        return sum(self.day_counts.values())

    @property
    def not_contacted(self) -> int:
        return self.referrals - self.contacted

    @property
    def median_days(self) -> float | None:
        return median_from_counts({max(d, 0): n for d, n in self.day_counts.items()})

    @property
    def buckets(self) -> tuple[Count, ...]:
        return tuple(Count(code, n) for code, n in bucket_counts(self.day_counts).items())


@dataclass(frozen=True)
class GoalsFigure:
    """Goals set (made) in the period by their current status, and goals achieved in the period."""

    by_status: tuple[Count, ...]  # goals set in the period, by current status
    achieved_in_period: int  # status became achieved in the period (the goal may be older)
    partly_achieved_in_period: int

    @property
    def set_total(self) -> int:
        return total_of(self.by_status)


@dataclass(frozen=True)
class ContactsFigure:
    """Contacts (notes, a corrected note counted once) that happened in the period and time spent."""

    by_mode: tuple[Count, ...]
    people: int  # distinct people contacted
    with_duration: int  # contacts with a duration recorded (more than 0 minutes)
    minutes: int  # total minutes recorded

    @property
    def contacts(self) -> int:
        return total_of(self.by_mode)

    @property
    def without_duration(self) -> int:
        return self.contacts - self.with_duration

    @property
    def mean_minutes(self) -> float | None:
        """Mean minutes per contact, over the contacts that have a duration recorded."""
        return None if self.with_duration == 0 else self.minutes / self.with_duration


@dataclass(frozen=True)
class OutcomeRow:
    """Paired change for one instrument item (or total): baseline and follow-up of the same people."""

    instrument_id: str
    instrument_version: str
    key: str  # an item id, or "total"
    direction: Direction
    n: int
    baseline_sum: float
    follow_up_sum: float
    improved: int
    worsened: int

    @property
    def unchanged(self) -> int:
        return self.n - self.improved - self.worsened

    @property
    def mean_baseline(self) -> float | None:
        return None if self.n == 0 else self.baseline_sum / self.n

    @property
    def mean_follow_up(self) -> float | None:
        return None if self.n == 0 else self.follow_up_sum / self.n

    @property
    def mean_change(self) -> float | None:
        """Mean of follow-up minus baseline (negative is better when lower is better)."""
        return None if self.n == 0 else (self.follow_up_sum - self.baseline_sum) / self.n

    @property
    def share_improved(self) -> float | None:
        return share(self.improved, self.n)


@dataclass(frozen=True)
class Report:
    period: ReportPeriod
    generated_at: datetime
    scope: str  # "own", "team" or "region": whose records the figures cover
    referrals: ReferralsFigure
    needs: NeedsFigure
    prescriptions: PrescriptionsFigure
    first_contact: FirstContactFigure
    goals: GoalsFigure
    contacts: ContactsFigure
    outcomes: tuple[OutcomeRow, ...]
