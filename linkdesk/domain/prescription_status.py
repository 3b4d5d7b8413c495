"""The prescription (referral out) status machine and its stall rule."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from linkdesk.domain.enums import PrescriptionStatus as P
from linkdesk.domain.state_machine import StatusMachine
from linkdesk.errors import ValidationError

DEFAULT_STALL_DAYS = 14

# domain.md: drafted -> sent -> received -> accepted / declined -> attended / not attended -> completed.
# A provider may answer without a separate receipt (sent -> accepted/declined); a missed appointment may
# be rebooked (not_attended -> accepted); anything not yet attended may be cancelled.
TRANSITIONS: Mapping[P, frozenset[P]] = {
    P.DRAFTED: frozenset({P.SENT, P.CANCELLED}),
    P.SENT: frozenset({P.RECEIVED, P.ACCEPTED, P.DECLINED, P.CANCELLED}),
    P.RECEIVED: frozenset({P.ACCEPTED, P.DECLINED, P.CANCELLED}),
    P.ACCEPTED: frozenset({P.ATTENDED, P.NOT_ATTENDED, P.CANCELLED}),
    P.NOT_ATTENDED: frozenset({P.ACCEPTED}),
    P.ATTENDED: frozenset({P.COMPLETED}),
    P.DECLINED: frozenset(),
    P.COMPLETED: frozenset(),
    P.CANCELLED: frozenset(),
}

MACHINE: StatusMachine[P] = StatusMachine("prescription", TRANSITIONS)

INITIAL = P.DRAFTED
AWAITING_RESPONSE = frozenset({P.SENT, P.RECEIVED})


def allowed_next(status: P) -> frozenset[P]:
    return MACHINE.allowed_next(status)


def check_transition(current: P, new: P) -> None:
    """Raise IllegalTransitionError (details machine/current/new) unless `current -> new` is allowed."""
    MACHINE.check_transition(current, new)


def is_terminal(status: P) -> bool:
    return MACHINE.is_terminal(status)


def awaiting_response(status: P) -> bool:
    """True while the provider has not yet accepted or declined."""
    return status in AWAITING_RESPONSE


def is_stalled(
    status: P, status_changed_at: datetime, now: datetime, stall_days: int = DEFAULT_STALL_DAYS
) -> bool:
    """True once a prescription has waited `stall_days` or more for a response.

    Pass both datetimes timezone-aware (UTC); mixing naive and aware values raises TypeError.
    """
    if stall_days < 1:
        raise ValidationError(field="stall_days", reason="not_positive")
    return awaiting_response(status) and now - status_changed_at >= timedelta(days=stall_days)
