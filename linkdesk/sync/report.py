"""SyncReport: what one run_once did, for the UI (via an observer) and for tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass
class SyncReport:
    round_trips: int = 0
    pushed: int = 0
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    purged: int = 0
    pulled_items: int = 0
    evicted: int = 0
    resent: int = 0  # acknowledged changes sent again to a server restored from backup
    snapshot_items: int = 0  # items of an initial-sync snapshot applied in this run
    snapshot_bytes: int = 0  # snapshot bytes received in this run (a resumed download: only the rest)
    snapshot_size: int = 0  # the whole snapshot file being downloaded (0: none)
    snapshot_held: int = 0  # of which this laptop holds so far (a resumed download starts above 0)
    pending: int = 0
    cursor: int = 0
    pull_from: int = 0  # the cursor when this run's paged pulls began
    high_water: int = 0  # the server's latest sequence, as of this run's last answer
    server_time_ms: int | None = None
    clock_off: bool = False
    complete: bool = False
    revoked: bool = False
    lease_expired: bool = False
    error: str | None = None
    retry_after_s: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def progressed(self) -> bool:
        """Whether this run moved anything: changes acknowledged or records pulled."""
        return self.pushed > 0 or self.pulled_items > 0


class SyncObserver(Protocol):
    def progress(self, report: SyncReport) -> None: ...


class NullObserver:
    def progress(self, report: SyncReport) -> None:
        return None


def seconds_left(waiting_at_start: int, sent: int, elapsed_s: float) -> float | None:
    """Time left to send what was waiting, from the rate observed so far (None until there is one)."""
    remaining = waiting_at_start - sent
    if sent <= 0 or remaining <= 0 or elapsed_s <= 0:
        return None
    return remaining / (sent / elapsed_s)
