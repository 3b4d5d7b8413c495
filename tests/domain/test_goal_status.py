from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain import goal_status as gs
from linkdesk.domain.enums import GoalStatus as G
from linkdesk.errors import IllegalTransitionError, ValidationError

CLOSED = {G.ACHIEVED, G.PARTLY_ACHIEVED, G.NOT_ACHIEVED, G.DISCONTINUED}
LEGAL = {(G.ACTIVE, c) for c in CLOSED} | {(c, G.ACTIVE) for c in CLOSED}


@pytest.mark.parametrize(("current", "new"), [(a, b) for a in G for b in G])
def test_transition_matrix(current: G, new: G) -> None:
    if (current, new) in LEGAL:
        gs.check_transition(current, new)
    else:
        with pytest.raises(IllegalTransitionError) as caught:
            gs.check_transition(current, new)
        assert caught.value.details == {"machine": "goal", "current": str(current), "new": str(new)}


def test_closed_goal_cannot_change_outcome_without_reopening() -> None:
    with pytest.raises(IllegalTransitionError):
        gs.check_transition(G.ACHIEVED, G.NOT_ACHIEVED)
    gs.check_transition(G.ACHIEVED, G.ACTIVE)
    gs.check_transition(G.ACTIVE, G.NOT_ACHIEVED)


def test_allowed_next_and_closed() -> None:
    assert gs.allowed_next(G.ACTIVE) == CLOSED
    for status in CLOSED:
        assert gs.allowed_next(status) == {G.ACTIVE}
        assert gs.is_closed(status)
        assert not gs.is_terminal(status)
    assert not gs.is_closed(G.ACTIVE)


@given(st.lists(st.sampled_from(list(G)), max_size=30))
def test_walks_alternate_between_active_and_closed(attempts: list[G]) -> None:
    status = gs.INITIAL
    for wanted in attempts:
        try:
            gs.check_transition(status, wanted)
        except IllegalTransitionError:
            continue
        assert gs.is_closed(status) != gs.is_closed(wanted)
        status = wanted


@pytest.mark.parametrize("value", [-2, -1, 0, 1, 2])
def test_gas_scores_accepted(value: int) -> None:
    assert gs.check_gas_score(value) == value
    assert value in gs.GAS_SCORES


@pytest.mark.parametrize("value", [-3, 3, 10])
def test_gas_scores_refused(value: int) -> None:
    with pytest.raises(ValidationError) as caught:
        gs.check_gas_score(value)
    assert caught.value.details == {"field": "gas_score", "reason": "out_of_range", "min": -2, "max": 2}


def test_gas_refuses_non_integers() -> None:
    with pytest.raises(ValidationError) as caught:
        gs.check_gas_score(True)
    assert caught.value.details["reason"] == "not_an_integer"
    with pytest.raises(ValidationError):
        gs.check_gas_score(1.0)  # type: ignore[arg-type]


@given(st.integers(-50, 50))
def test_importance_and_confidence_0_to_10(value: int) -> None:
    for check, field in ((gs.check_importance, "importance"), (gs.check_confidence, "confidence")):
        if 0 <= value <= 10:
            assert check(value) == value
        else:
            with pytest.raises(ValidationError) as caught:
                check(value)
            assert caught.value.details["field"] == field
            assert caught.value.details["reason"] == "out_of_range"
