"""Offline lease: 14 days without the server locks the app; setting the wall clock back does not help."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

LEASE_MS = 14 * 24 * 3600 * 1000


@dataclass(frozen=True)
class LeaseCheck:
    elapsed_ms: int
    expired: bool
    wall_high_ms: int  # persist this: the highest wall time ever seen


def check_lease(
    *,
    last_server_ms: int,
    wall_high_ms: int,
    wall_now_ms: int,
    monotonic_elapsed_ms: int = 0,
    lease_ms: int = LEASE_MS,
) -> LeaseCheck:
    """Elapsed time since the last server contact, counted from the latest of: the wall clock now, the
    highest wall time ever seen (a clock set back cannot shrink it) and the monotonic time since the
    contact in this run. A device that never reached the server has no lease to expire."""
    high = max(wall_high_ms, wall_now_ms)
    if last_server_ms <= 0:
        return LeaseCheck(0, False, high)
    elapsed = max(high - last_server_ms, monotonic_elapsed_ms)
    return LeaseCheck(elapsed, elapsed > lease_ms, high)


class Lease:
    """Lease bookkeeping for one run: remembers the monotonic time of the last contact."""

    def __init__(self, monotonic_ms: Callable[[], int]) -> None:
        self._monotonic_ms = monotonic_ms
        self._contact_mono: int | None = None

    def contacted(self) -> None:
        self._contact_mono = self._monotonic_ms()

    def since_contact_ms(self) -> int:
        return 0 if self._contact_mono is None else self._monotonic_ms() - self._contact_mono
