from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain.hlc import (
    MAX_AHEAD_MS,
    MAX_COUNTER,
    HlcTimestamp,
    HybridClock,
    clamp,
    is_ahead,
    is_clock_off,
)
from linkdesk.errors import ValidationError

NODES = st.text(alphabet="abcdefABCDEF0123456789-_", min_size=1, max_size=12)
TIMESTAMPS = st.builds(HlcTimestamp, st.integers(0, 10**15 - 1), st.integers(0, MAX_COUNTER), NODES)
T0 = 1_740_000_000_000


class WallClock:
    """A fake wall clock that tests move freely, backwards included."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_encode_is_fixed_width_and_parses_back() -> None:
    ts = HlcTimestamp(T0, 7, "device-a")
    assert ts.encode() == "001740000000000-00007-device-a"
    assert str(ts) == ts.encode()
    assert HlcTimestamp.parse(ts.encode()) == ts


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1-2-a",
        "001740000000000-00007-",
        "001740000000000-0007-a",
        "x" * 30,
        "001740000000000-00007-bad node",
    ],
)
def test_parse_refuses_malformed(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        HlcTimestamp.parse(text)
    assert caught.value.details == {"field": "hlc", "reason": "malformed"}


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((-1, 0, "a"), "physical_ms"),
        ((10**15, 0, "a"), "physical_ms"),
        ((0, 10**5, "a"), "counter"),
        ((0, -1, "a"), "counter"),
        ((0, 0, ""), "node_id"),
        ((0, 0, "é"), "node_id"),
        ((0, 0, "a b"), "node_id"),
    ],
)
def test_timestamp_fields_validated(args: tuple[int, int, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        HlcTimestamp(*args)
    assert caught.value.details["field"] == field


@given(TIMESTAMPS)
def test_round_trip(ts: HlcTimestamp) -> None:
    assert HlcTimestamp.parse(ts.encode()) == ts


@given(TIMESTAMPS, TIMESTAMPS)
def test_total_order_matches_string_order(a: HlcTimestamp, b: HlcTimestamp) -> None:
    assert sum((a < b, a == b, a > b)) == 1
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())
    assert (a < b) == ((a.physical_ms, a.counter, a.node_id) < (b.physical_ms, b.counter, b.node_id))


def test_tick_uses_wall_clock_when_it_moves_forward() -> None:
    wall = WallClock(T0)
    clock = HybridClock("a", wall)
    assert clock.tick() == HlcTimestamp(T0, 0, "a")
    assert clock.tick() == HlcTimestamp(T0, 1, "a")
    wall.ms = T0 + 5
    assert clock.tick() == HlcTimestamp(T0 + 5, 0, "a")


def test_tick_stays_monotonic_when_wall_clock_goes_back() -> None:
    wall = WallClock(T0)
    clock = HybridClock("a", wall)
    first = clock.tick()
    wall.ms = T0 - 3_600_000
    assert clock.tick() == HlcTimestamp(T0, 1, "a") > first


def test_observe_follows_a_remote_clock_ahead() -> None:
    clock = HybridClock("a", WallClock(T0))
    remote = HlcTimestamp(T0 + 1000, 4, "b")
    assert clock.observe(remote) == HlcTimestamp(T0 + 1000, 5, "a")
    assert clock.tick() == HlcTimestamp(T0 + 1000, 6, "a")


def test_observe_same_millisecond_takes_the_larger_counter() -> None:
    clock = HybridClock("a", WallClock(T0), last=HlcTimestamp(T0, 9, "a"))
    assert clock.observe(HlcTimestamp(T0, 3, "b")) == HlcTimestamp(T0, 10, "a")
    assert clock.observe(HlcTimestamp(T0, 20, "b")) == HlcTimestamp(T0, 21, "a")


def test_observe_old_remote_with_wall_clock_ahead_resets_counter() -> None:
    clock = HybridClock("a", WallClock(T0 + 50), last=HlcTimestamp(T0, 9, "a"))
    assert clock.observe(HlcTimestamp(T0 - 10, 99, "b")) == HlcTimestamp(T0 + 50, 0, "a")


def test_resumes_from_persisted_last_after_restart_with_clock_behind() -> None:
    persisted = HlcTimestamp(T0, 3, "a")
    clock = HybridClock("a", WallClock(T0 - 10_000), last=persisted)
    assert clock.last == persisted
    assert clock.tick() == HlcTimestamp(T0, 4, "a")


def test_counter_overflow_carries_into_the_next_millisecond() -> None:
    clock = HybridClock("a", WallClock(T0), last=HlcTimestamp(T0, MAX_COUNTER, "a"))
    assert clock.tick() == HlcTimestamp(T0 + 1, 0, "a")
    clock = HybridClock("a", WallClock(T0), last=HlcTimestamp(T0, 5, "a"))
    assert clock.observe(HlcTimestamp(T0, MAX_COUNTER, "b")) == HlcTimestamp(T0 + 1, 0, "a")


def test_clock_refuses_a_bad_node_id() -> None:
    with pytest.raises(ValidationError):
        HybridClock("not valid", WallClock(T0))


EVENTS = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.integers(-(10**9), 10**9)),
        st.tuples(st.just("observe"), st.integers(-(10**9), 10**9), st.integers(0, 500), NODES),
    ),
    max_size=60,
)


@given(EVENTS)
def test_monotonic_under_random_clock_jumps_and_remote_timestamps(events: list[tuple[Any, ...]]) -> None:
    wall = WallClock(T0)
    clock = HybridClock("local", wall)
    previous = clock.last
    for event in events:
        wall.ms = max(0, wall.ms + event[1])
        if event[0] == "tick":
            current = clock.tick()
        else:
            remote = HlcTimestamp(max(0, T0 + event[1] + event[2]), event[2], event[3])
            current = clock.observe(remote)
            assert (current.physical_ms, current.counter) > (remote.physical_ms, remote.counter)
            assert current > remote or current.node_id < remote.node_id
        assert current > previous
        assert current.encode() > previous.encode()
        assert current.node_id == "local"
        assert current == clock.last
        assert current.physical_ms >= wall.ms
        previous = current


@given(
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(-60_000, 60_000)), max_size=60),
)
def test_causality_across_nodes(messages: list[tuple[int, int, int]]) -> None:
    walls = [WallClock(T0), WallClock(T0 + 30_000), WallClock(T0 - 30_000)]
    clocks = [HybridClock(f"n{i}", walls[i]) for i in range(3)]
    issued: list[HlcTimestamp] = []
    for sender, receiver, jump in messages:
        walls[sender].ms = max(0, walls[sender].ms + jump)
        sent = clocks[sender].tick()
        received = clocks[receiver].observe(sent)
        assert received > sent or sender == receiver
        assert (received.physical_ms, received.counter) > (sent.physical_ms, sent.counter)
        issued += [sent, received]
    assert len(set(issued)) == len(issued)  # no two events share a timestamp


def test_clamp_pulls_far_future_back_to_the_limit() -> None:
    server_now = T0
    near = HlcTimestamp(T0 + MAX_AHEAD_MS, 2, "a")
    far = HlcTimestamp(T0 + MAX_AHEAD_MS + 1, 2, "a")
    assert clamp(near, server_now) is near
    assert not is_ahead(near, server_now)
    assert is_ahead(far, server_now)
    assert clamp(far, server_now) == HlcTimestamp(T0 + MAX_AHEAD_MS, 2, "a")
    assert clamp(HlcTimestamp(T0 + 10**9, 0, "a"), server_now, max_ahead_ms=0) == HlcTimestamp(T0, 0, "a")
    past = HlcTimestamp(T0 - 10**9, 0, "a")
    assert clamp(past, server_now) is past


@given(TIMESTAMPS, st.integers(0, 10**14))
def test_clamp_never_exceeds_limit_and_never_moves_forward(ts: HlcTimestamp, server_now: int) -> None:
    clamped = clamp(ts, server_now)
    assert clamped <= ts
    assert clamped.physical_ms <= max(ts.physical_ms, server_now + MAX_AHEAD_MS)
    assert clamped.physical_ms <= server_now + MAX_AHEAD_MS or clamped == ts
    assert (clamped.counter, clamped.node_id) == (ts.counter, ts.node_id)


def test_clock_skew_warning() -> None:
    assert not is_clock_off(T0 + 5 * 60 * 1000, T0)
    assert is_clock_off(T0 + 5 * 60 * 1000 + 1, T0)
    assert is_clock_off(T0 - 5 * 60 * 1000 - 1, T0)
