from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain import prescription_status as ps
from linkdesk.domain.enums import PrescriptionStatus as P
from linkdesk.errors import IllegalTransitionError, ValidationError

# The specification, written out independently of the module's table.
LEGAL = {
    (P.DRAFTED, P.SENT),
    (P.DRAFTED, P.CANCELLED),
    (P.SENT, P.RECEIVED),
    (P.SENT, P.ACCEPTED),
    (P.SENT, P.DECLINED),
    (P.SENT, P.CANCELLED),
    (P.RECEIVED, P.ACCEPTED),
    (P.RECEIVED, P.DECLINED),
    (P.RECEIVED, P.CANCELLED),
    (P.ACCEPTED, P.ATTENDED),
    (P.ACCEPTED, P.NOT_ATTENDED),
    (P.ACCEPTED, P.CANCELLED),
    (P.NOT_ATTENDED, P.ACCEPTED),
    (P.ATTENDED, P.COMPLETED),
}
ALL_PAIRS = [(a, b) for a in P for b in P]
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("current", "new"), sorted(LEGAL))
def test_legal_transitions_pass(current: P, new: P) -> None:
    ps.check_transition(current, new)
    assert new in ps.allowed_next(current)


@pytest.mark.parametrize(("current", "new"), [pair for pair in ALL_PAIRS if pair not in LEGAL])
def test_illegal_transitions_refused_with_details(current: P, new: P) -> None:
    with pytest.raises(IllegalTransitionError) as caught:
        ps.check_transition(current, new)
    assert caught.value.code == "illegal_transition"
    assert caught.value.details == {"machine": "prescription", "current": str(current), "new": str(new)}
    assert new not in ps.allowed_next(current)


def test_allowed_next_matches_spec_exactly() -> None:
    for status in P:
        assert ps.allowed_next(status) == {b for a, b in LEGAL if a == status}


def test_notable_refusals() -> None:
    for current, new in [
        (P.DRAFTED, P.ACCEPTED),
        (P.COMPLETED, P.CANCELLED),
        (P.ATTENDED, P.CANCELLED),
        (P.DECLINED, P.ACCEPTED),
        (P.SENT, P.SENT),
        (P.NOT_ATTENDED, P.CANCELLED),
        (P.CANCELLED, P.DRAFTED),
    ]:
        with pytest.raises(IllegalTransitionError):
            ps.check_transition(current, new)


def test_terminal_statuses() -> None:
    assert {s for s in P if ps.is_terminal(s)} == {P.DECLINED, P.COMPLETED, P.CANCELLED}


def test_awaiting_response() -> None:
    assert {s for s in P if ps.awaiting_response(s)} == {P.SENT, P.RECEIVED}


@pytest.mark.parametrize("status", [P.SENT, P.RECEIVED])
def test_stalled_from_fourteen_days(status: P) -> None:
    assert not ps.is_stalled(status, NOW - timedelta(days=14) + timedelta(seconds=1), NOW)
    assert ps.is_stalled(status, NOW - timedelta(days=14), NOW)
    assert ps.is_stalled(status, NOW - timedelta(days=40), NOW)


@pytest.mark.parametrize("status", [s for s in P if s not in (P.SENT, P.RECEIVED)])
def test_never_stalled_unless_awaiting(status: P) -> None:
    assert not ps.is_stalled(status, NOW - timedelta(days=400), NOW)


def test_stall_days_configurable_and_positive() -> None:
    assert ps.is_stalled(P.SENT, NOW - timedelta(days=3), NOW, stall_days=3)
    assert not ps.is_stalled(P.SENT, NOW - timedelta(days=2), NOW, stall_days=3)
    with pytest.raises(ValidationError) as caught:
        ps.is_stalled(P.SENT, NOW, NOW, stall_days=0)
    assert caught.value.details == {"field": "stall_days", "reason": "not_positive"}


def _reachable_from_drafted() -> set[P]:
    seen, frontier = {P.DRAFTED}, [P.DRAFTED]
    while frontier:
        current = frontier.pop()
        for nxt in {b for a, b in LEGAL if a == current} - seen:
            seen.add(nxt)
            frontier.append(nxt)
    return seen


def test_every_status_reachable_from_drafted() -> None:
    assert _reachable_from_drafted() == set(P)


@given(st.lists(st.sampled_from(list(P)), max_size=40))
def test_any_walk_from_drafted_only_takes_allowed_steps(attempts: list[P]) -> None:
    status = ps.INITIAL
    path = [status]
    for wanted in attempts:
        try:
            ps.check_transition(status, wanted)
        except IllegalTransitionError:
            assert (status, wanted) not in LEGAL
            continue
        assert (status, wanted) in LEGAL
        status = wanted
        path.append(status)
    assert all(step in LEGAL for step in itertools.pairwise(path))
    assert path[0] is P.DRAFTED


@given(st.sampled_from(list(P)), st.sampled_from(list(P)))
def test_check_transition_agrees_with_allowed_next(current: P, new: P) -> None:
    allowed = new in ps.allowed_next(current)
    try:
        ps.check_transition(current, new)
    except IllegalTransitionError:
        assert not allowed
    else:
        assert allowed
