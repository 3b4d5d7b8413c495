"""The goal status machine, Goal Attainment Scaling scores and importance / confidence ratings."""

from __future__ import annotations

from collections.abc import Mapping

from linkdesk.domain.enums import GoalStatus as G
from linkdesk.domain.state_machine import StatusMachine
from linkdesk.errors import ValidationError

CLOSED = frozenset({G.ACHIEVED, G.PARTLY_ACHIEVED, G.NOT_ACHIEVED, G.DISCONTINUED})

# An active goal closes with one outcome; a closed goal can only be reopened (never moved between
# outcomes directly, so the history shows the reopening).
TRANSITIONS: Mapping[G, frozenset[G]] = {
    G.ACTIVE: CLOSED,
    **{status: frozenset({G.ACTIVE}) for status in CLOSED},
}

MACHINE: StatusMachine[G] = StatusMachine("goal", TRANSITIONS)

INITIAL = G.ACTIVE

GAS_SCORES = range(-2, 3)
RATING_SCORES = range(0, 11)


def allowed_next(status: G) -> frozenset[G]:
    return MACHINE.allowed_next(status)


def check_transition(current: G, new: G) -> None:
    """Raise IllegalTransitionError (details machine/current/new) unless `current -> new` is allowed."""
    MACHINE.check_transition(current, new)


def is_closed(status: G) -> bool:
    return status in CLOSED


def is_terminal(status: G) -> bool:
    """Always False: every closed goal can be reopened. Kept for the same shape as the prescription API."""
    return MACHINE.is_terminal(status)


def _check_int_in(value: int, allowed: range, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field=field, reason="not_an_integer")
    if value not in allowed:
        raise ValidationError(field=field, reason="out_of_range", min=allowed[0], max=allowed[-1])
    return value


def check_gas_score(value: int, field: str = "gas_score") -> int:
    """Goal Attainment Scaling: -2 (much less than expected) .. +2 (much more than expected)."""
    return _check_int_in(value, GAS_SCORES, field)


def check_importance(value: int, field: str = "importance") -> int:
    return _check_int_in(value, RATING_SCORES, field)


def check_confidence(value: int, field: str = "confidence") -> int:
    return _check_int_in(value, RATING_SCORES, field)
