"""Statistics the figures share: the median of a frequency table and the waiting-time buckets."""

from __future__ import annotations

from collections.abc import Mapping

# Days from referral to first contact, as (code, first day, last day or None for "and more").
DAY_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("same_day", 0, 0),
    ("1_3_days", 1, 3),
    ("4_7_days", 4, 7),
    ("8_14_days", 8, 14),
    ("15_30_days", 15, 30),
    ("over_30_days", 31, None),
)


def bucket_of(days: int) -> str:
    """The bucket code of a waiting time; a contact dated before the referral counts as the same day."""
    days = max(days, 0)
    for code, low, high in DAY_BUCKETS:
        if days >= low and (high is None or days <= high):
            return code
    raise AssertionError("buckets cover every non-negative number")  # pragma: no cover


def bucket_counts(day_counts: Mapping[int, int]) -> dict[str, int]:
    counts = {code: 0 for code, _low, _high in DAY_BUCKETS}
    for days, count in day_counts.items():
        counts[bucket_of(days)] += count
    return counts


def median_from_counts(day_counts: Mapping[int, int]) -> float | None:
    """The exact median of the values behind a frequency table {value: how many}; None when empty."""
    if any(count < 0 for count in day_counts.values()):
        raise ValueError("negative count")
    total = sum(day_counts.values())
    if total == 0:
        return None
    ordered = sorted((value, count) for value, count in day_counts.items() if count)
    wanted = [(total - 1) // 2, total // 2]  # the middle position(s), 0-based
    found: list[float] = []
    seen = 0
    for value, count in ordered:
        while wanted and wanted[0] < seen + count:
            found.append(value)
            wanted.pop(0)
        seen += count
    return sum(found) / 2


def share(part: int, whole: int) -> float | None:
    """part / whole as a fraction (0..1), None when there is nothing to divide."""
    return None if whole == 0 else part / whole
