"""Backoff with jitter, the no-progress watchdog, link-scaled timeouts and the lease arithmetic."""

from __future__ import annotations

import random

from linkdesk.sync.backoff import Backoff, Watchdog
from linkdesk.sync.lease import LEASE_MS, Lease, check_lease
from linkdesk.sync.transport import MAX_READ_TIMEOUT_S, MIN_READ_TIMEOUT_S, LinkMeter


def test_backoff_grows_exponentially_within_jittered_bounds_and_resets() -> None:
    b = Backoff(base_s=1.0, cap_s=60.0, rng=random.Random(7))
    delays = [b.next_delay() for _ in range(10)]
    for n, d in enumerate(delays):
        assert 0 <= d <= min(60.0, 2**n)
    assert max(delays[6:]) <= 60.0
    assert b.next_delay(retry_after_s=120) >= 120  # the server's Retry-After is honoured
    b.reset()
    assert b.next_delay() <= 1.0


def test_jitter_spreads_devices_apart() -> None:
    firsts = {round(Backoff(rng=random.Random(seed), attempts=5).next_delay(), 3) for seed in range(20)}
    assert len(firsts) > 15


def test_watchdog_halves_the_page_and_gives_up_after_repeated_stalls() -> None:
    w = Watchdog(budget=256 * 1024, min_budget=4096, max_stalls=3)
    w.observe(False)
    assert w.budget == 128 * 1024 and not w.gave_up
    w.observe(True)
    assert w.stalls == 0
    for _ in range(3):
        w.observe(False)
    assert w.gave_up and w.budget >= 4096


def test_read_timeout_scales_with_the_measured_link() -> None:
    fast, slow = LinkMeter(), LinkMeter()
    for _ in range(10):
        fast.record(1_000_000, 0.1)
        slow.record(100_000, 40.0)  # ~20 kbit/s
    assert fast.read_timeout(256 * 1024) == MIN_READ_TIMEOUT_S
    assert slow.read_timeout(256 * 1024) > fast.read_timeout(256 * 1024)
    assert slow.read_timeout(10**9) == MAX_READ_TIMEOUT_S


def test_lease_counts_from_the_latest_clock_seen() -> None:
    day = 24 * 3600 * 1000
    assert not check_lease(last_server_ms=0, wall_high_ms=0, wall_now_ms=10**13).expired  # never contacted
    assert not check_lease(last_server_ms=1000, wall_high_ms=0, wall_now_ms=1000 + 13 * day).expired
    assert check_lease(last_server_ms=1000, wall_high_ms=0, wall_now_ms=1000 + LEASE_MS + 1).expired
    # B4: the wall clock set back 20 days does not bring the lease back.
    high = 1000 + 15 * day
    assert check_lease(last_server_ms=1000, wall_high_ms=high, wall_now_ms=high - 20 * day).expired
    # Within a run the monotonic clock counts too.
    assert check_lease(
        last_server_ms=1000, wall_high_ms=0, wall_now_ms=0, monotonic_elapsed_ms=15 * day
    ).expired


def test_lease_tracks_monotonic_time_since_contact() -> None:
    now = [0]
    lease = Lease(lambda: now[0])
    assert lease.since_contact_ms() == 0
    lease.contacted()
    now[0] = 5000
    assert lease.since_contact_ms() == 5000
