"""Retry pacing: exponential backoff with full jitter, and a no-progress watchdog that halves pages."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delay before attempt n (0-based): uniform in [0, min(cap, base * 2**n)] ("full jitter")."""

    base_s: float = 2.0
    cap_s: float = 15 * 60.0
    rng: random.Random = field(default_factory=random.Random)
    attempts: int = 0

    def next_delay(self, retry_after_s: float | None = None, *, progressed: bool = False) -> float:
        """`progressed`: the run that just ended moved data before it failed (a link that keeps dropping),
        so the waits start again from the base instead of growing towards the cap."""
        if progressed:
            self.attempts = 0
        ceiling = min(self.cap_s, self.base_s * (2 ** min(self.attempts, 30)))
        self.attempts += 1
        delay = self.rng.uniform(0, ceiling)
        return max(delay, retry_after_s or 0.0)

    def reset(self) -> None:
        self.attempts = 0


@dataclass
class Watchdog:
    """Counts rounds that moved nothing (no ack, cursor unchanged); each halves the page budget."""

    budget: int
    min_budget: int
    max_stalls: int = 4
    stalls: int = 0

    def observe(self, progressed: bool) -> None:
        if progressed:
            self.stalls = 0
            return
        self.stalls += 1
        self.budget = max(self.min_budget, self.budget // 2)

    @property
    def gave_up(self) -> bool:
        return self.stalls >= self.max_stalls
