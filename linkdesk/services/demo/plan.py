"""The shape of one person's case (status, age, what is due or stuck), with every code covered early."""

from __future__ import annotations

from dataclasses import dataclass, replace
from random import Random
from typing import Any

from linkdesk.domain.enums import (
    ClientStatus,
    ClosureReason,
    FlagStatus,
    GoalStatus,
    PrescriptionStatus,
    ReferralSource,
)

_SOURCES = tuple(ReferralSource)
_SOURCE_WEIGHTS = (28, 14, 12, 6, 4, 12, 10, 14)
_REASONS = tuple(ClosureReason)
_REASON_WEIGHTS = (40, 8, 12, 15, 10, 5, 10)
_FLAGS = (FlagStatus.OPEN, FlagStatus.ESCALATED, FlagStatus.RESOLVED)


@dataclass(frozen=True)
class Plan:
    days_since_referral: int
    status: ClientStatus
    source: ReferralSource
    closure_reason: ClosureReason | None = None
    prescription_status: PrescriptionStatus | None = None  # the first prescription's status, when forced
    goal_status: GoalStatus | None = None  # the first goal's status, when forced
    stalled: bool = False
    overdue: bool = False
    due_today: bool = False
    home_visit_today: bool = False
    flag: FlagStatus | None = None
    withdraw_consent: bool = False
    correction: bool = False


def _random_plan(rng: Random) -> Plan:
    # A steady trickle of new referrals, over a caseload built up across some eighteen months.
    days = rng.randint(0, 20) if rng.random() < 0.08 else int(rng.triangular(0, 545, 110))
    status = ClientStatus.ACTIVE
    if days >= 45 and rng.random() < min(0.8, (days - 30) / 420):
        status = ClientStatus.CLOSED
    elif days >= 30 and rng.random() < 0.08:
        status = ClientStatus.ON_HOLD
    active = status is ClientStatus.ACTIVE
    flag = rng.choices(_FLAGS, weights=(35, 20, 45))[0] if rng.random() < 0.09 else None
    return Plan(
        days_since_referral=days, status=status,
        source=rng.choices(_SOURCES, weights=_SOURCE_WEIGHTS)[0],
        closure_reason=rng.choices(_REASONS, weights=_REASON_WEIGHTS)[0]
        if status is ClientStatus.CLOSED else None,
        stalled=active and days >= 25 and rng.random() < 0.08,
        overdue=active and days >= 20 and rng.random() < 0.12,
        due_today=active and days >= 7 and rng.random() < 0.05,
        home_visit_today=active and days >= 7 and rng.random() < 0.025,
        flag=flag,
        withdraw_consent=days >= 20 and rng.random() < 0.04,
        correction=rng.random() < 0.08,
    )


_NOTHING_DUE: dict[str, Any] = {"overdue": False, "due_today": False, "home_visit_today": False,
                                "stalled": False}
# Person number -> what their case must show, so that even a small caseload has every status and code.
_FORCED: dict[int, dict[str, Any]] = {
    **{i: {"prescription_status": s, "stalled": False} for i, s in enumerate(PrescriptionStatus)},  # 0-8
    **{9 + i: {"status": ClientStatus.CLOSED, "closure_reason": r, **_NOTHING_DUE}
       for i, r in enumerate(ClosureReason)},  # 9-15
    **{16 + i: {"goal_status": g} for i, g in enumerate(GoalStatus)},  # 16-20
    21: {"stalled": True}, 22: {"stalled": True}, 23: {"stalled": True},
    24: {"overdue": True}, 25: {"overdue": True}, 26: {"overdue": True},
    27: {"due_today": True}, 28: {"home_visit_today": True},
    29: {"flag": FlagStatus.OPEN}, 30: {"flag": FlagStatus.ESCALATED}, 31: {"flag": FlagStatus.RESOLVED},
    32: {"withdraw_consent": True, "status": ClientStatus.ON_HOLD, **_NOTHING_DUE},
    33: {"correction": True},
}


def plan_for(index: int, rng: Random) -> Plan:
    """Random, except the first few dozen people, who between them show every status and code."""
    plan = _random_plan(rng)
    overrides: dict[str, Any] = {}
    if index < len(_SOURCES):
        overrides["source"] = _SOURCES[index]
    if index in _FORCED:
        forced = _FORCED[index]
        closed = forced.get("status") is ClientStatus.CLOSED
        overrides |= {"status": ClientStatus.ACTIVE, "closure_reason": None,
                      "days_since_referral": max(plan.days_since_referral, 150 if closed else 75)} | forced
    plan = replace(plan, **overrides)
    if plan.status is ClientStatus.CLOSED and plan.flag is not None:
        plan = replace(plan, flag=FlagStatus.RESOLVED)  # nothing stays open on a closed case
    return plan
