"""Hybrid logical clock: the conflict order of field changes (physical ms + counter + node id)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from linkdesk.errors import ValidationError

MAX_PHYSICAL_MS = 10**15 - 1  # 15 digits: good until the year 33658
MAX_COUNTER = 10**5 - 1
MAX_AHEAD_MS = 10 * 60 * 1000  # sync.md: the server clamps clocks more than 10 minutes ahead
CLOCK_SKEW_WARNING_MS = 5 * 60 * 1000  # sync.md: warn when the device clock is off by more than 5 minutes

# ASCII only, so that byte order, code point order and database collation order agree.
_NODE = re.compile(r"[A-Za-z0-9_-]{1,64}")
_ENCODED = re.compile(r"(\d{15})-(\d{5})-([A-Za-z0-9_-]{1,64})")


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    """Totally ordered by (physical_ms, counter, node_id); `encode()` sorts the same way as strings."""

    physical_ms: int
    counter: int
    node_id: str

    def __post_init__(self) -> None:
        if not 0 <= self.physical_ms <= MAX_PHYSICAL_MS:
            raise ValidationError(field="physical_ms", reason="out_of_range")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValidationError(field="counter", reason="out_of_range")
        if not _NODE.fullmatch(self.node_id):
            raise ValidationError(field="node_id", reason="malformed")

    def encode(self) -> str:
        return f"{self.physical_ms:015d}-{self.counter:05d}-{self.node_id}"

    @classmethod
    def parse(cls, text: str) -> HlcTimestamp:
        match = _ENCODED.fullmatch(text)
        if match is None:
            raise ValidationError(field="hlc", reason="malformed")
        return cls(int(match[1]), int(match[2]), match[3])

    def __str__(self) -> str:
        return self.encode()


def _next(physical_ms: int, counter: int, node_id: str) -> HlcTimestamp:
    """A timestamp at (physical_ms, counter), carrying a counter overflow into the next millisecond."""
    if counter > MAX_COUNTER:
        return HlcTimestamp(physical_ms + 1, 0, node_id)
    return HlcTimestamp(physical_ms, counter, node_id)


class HybridClock:
    """One node's clock. Every timestamp it issues is greater than the previous one and than every
    timestamp it has observed, even when the wall clock goes backwards.

    `last` is the latest issued timestamp; persist it and pass it back after a restart.
    """

    def __init__(self, node_id: str, now_ms: Callable[[], int], last: HlcTimestamp | None = None) -> None:
        self._node_id = HlcTimestamp(0, 0, node_id).node_id
        self._now_ms = now_ms
        self._last = last if last is not None else HlcTimestamp(0, 0, node_id)

    @property
    def node_id(self) -> str:
        return self._node_id

    @property
    def last(self) -> HlcTimestamp:
        return self._last

    def tick(self) -> HlcTimestamp:
        """A timestamp for a local event (a field change made on this node)."""
        now, last = self._now_ms(), self._last
        if now > last.physical_ms:
            self._last = _next(now, 0, self._node_id)
        else:
            self._last = _next(last.physical_ms, last.counter + 1, self._node_id)
        return self._last

    def observe(self, remote: HlcTimestamp) -> HlcTimestamp:
        """Merge a received timestamp; the result is greater than both it and anything issued before."""
        now, last = self._now_ms(), self._last
        physical = max(now, last.physical_ms, remote.physical_ms)
        if physical == last.physical_ms == remote.physical_ms:
            counter = max(last.counter, remote.counter) + 1
        elif physical == last.physical_ms:
            counter = last.counter + 1
        elif physical == remote.physical_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._last = _next(physical, counter, self._node_id)
        return self._last


def is_ahead(ts: HlcTimestamp, server_now_ms: int, max_ahead_ms: int = MAX_AHEAD_MS) -> bool:
    return ts.physical_ms > server_now_ms + max_ahead_ms


def clamp(ts: HlcTimestamp, server_now_ms: int, max_ahead_ms: int = MAX_AHEAD_MS) -> HlcTimestamp:
    """Pull a timestamp running more than `max_ahead_ms` ahead of the server back to that limit.

    Counter and node are kept. Two clamped timestamps from one node can become equal; the sync layer
    breaks such ties by change id, never by arrival order.
    """
    if is_ahead(ts, server_now_ms, max_ahead_ms):
        return replace(ts, physical_ms=server_now_ms + max_ahead_ms)
    return ts


def is_clock_off(device_now_ms: int, server_now_ms: int, tolerance_ms: int = CLOCK_SKEW_WARNING_MS) -> bool:
    """True when the device wall clock differs from the server's by more than `tolerance_ms` either way."""
    return abs(device_now_ms - server_now_ms) > tolerance_ms
