"""Failed-unlock throttling: growing delays after 5 failures, destruction of the wrap after 10."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from linkdesk.errors import UnlockThrottledError
from linkdesk.vault.atomic_file import remove_durably, write_atomic

FREE_ATTEMPTS = 5
DESTROY_AFTER = 10
MAX_DELAY_S = 15 * 60.0


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` consecutive failures: 0 up to 5, then 1, 2, 4, ... (capped)."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(float(2 ** (failures - FREE_ATTEMPTS)), MAX_DELAY_S)


@dataclass(frozen=True)
class ThrottleState:
    failures: int = 0
    not_before: float = 0.0


class UnlockThrottle:
    """Persists consecutive failures in `path` so restarting the app does not reset them.

    An attempt is counted *before* the derivation runs and forgiven on success, so killing the process
    mid-attempt can not buy free guesses.
    """

    def __init__(self, path: Path, now: Callable[[], float]) -> None:
        self._path = path
        self._now = now

    def state(self) -> ThrottleState:
        try:
            raw = json.loads(self._path.read_bytes())
            failures, not_before = raw["failures"], raw["not_before"]
        except (OSError, ValueError, TypeError, KeyError):
            # Missing or unreadable: deleting the file would reset it anyway, so start fresh.
            return ThrottleState()
        if not isinstance(failures, int) or not isinstance(not_before, int | float) or failures < 0:
            return ThrottleState()
        return ThrottleState(failures=failures, not_before=float(not_before))

    @property
    def failures(self) -> int:
        return self.state().failures

    def retry_after(self) -> float:
        """Seconds until the next attempt is allowed (0 when allowed now).

        Bounded by the delay itself so winding the wall clock back can not lock the user out for longer.
        """
        state = self.state()
        remaining = state.not_before - self._now()
        return max(0.0, min(remaining, delay_after(state.failures)))

    def check(self) -> None:
        wait = self.retry_after()
        if wait > 0:
            raise UnlockThrottledError(
                "unlock throttled", retry_after_s=wait, failed_attempts=self.failures
            )

    def record_attempt(self) -> int:
        """Count one more failure (provisionally); returns the new count."""
        failures = self.state().failures + 1
        state = {"failures": failures, "not_before": self._now() + delay_after(failures)}
        write_atomic(self._path, json.dumps(state).encode("ascii"), mode=0o600)
        return failures

    def reset(self) -> None:
        remove_durably(self._path)
