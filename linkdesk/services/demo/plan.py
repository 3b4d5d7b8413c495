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
_PRESCRIPTION_STATUSES = tuple(PrescriptionStatus)
_GOAL_STATUSES = tuple(GoalStatus)


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
    flag = None
    if rng.random() < 0.09:
        flag = rng.choices((FlagStatus.OPEN, FlagStatus.ESCALATED, FlagStatus.RESOLVED), weights=(35, 20, 45))[0]
        if status is ClientStatus.CLOSED:
            flag = FlagStatus.RESOLVED
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


def plan_for(index: int, rng: Random) -> Plan:
    """Random, except the first few dozen people, who between them show every status and code."""
    plan = _random_plan(rng)
    active = ClientStatus.ACTIVE
    long_active: dict[str, Any] = {"status": active, "days_since_referral": max(plan.days_since_referral, 75),
                   "closure_reason": None}
    overrides: dict[str, Any] = {}
    if index < len(_SOURCES):
        overrides["source"] = _SOURCES[index]
    if index < len(_PRESCRIPTION_STATUSES):
        overrides |= long_active | {"prescription_status": _PRESCRIPTION_STATUSES[index], "stalled": False}
    elif index < 9 + len(_REASONS):
        reason = _REASONS[index - 9]
        overrides |= {"status": ClientStatus.CLOSED, "closure_reason": reason,
                      "days_since_referral": max(plan.days_since_referral, 150), "overdue": False,
                      "due_today": False, "home_visit_today": False, "stalled": False}
    elif index < 16 + len(_GOAL_STATUSES):
        overrides |= long_active | {"goal_status": _GOAL_STATUSES[index - 16]}
    elif index < 24:
        overrides |= long_active | {"stalled": True}
    elif index < 27:
        overrides |= long_active | {"overdue": True}
    elif index == 27:
        overrides |= long_active | {"due_today": True}
    elif index == 28:
        overrides |= long_active | {"home_visit_today": True}
    elif index < 32:
        overrides |= long_active | {"flag": (FlagStatus.OPEN, FlagStatus.ESCALATED, FlagStatus.RESOLVED)[index - 29]}
    elif index == 32:
        overrides |= {"withdraw_consent": True, "days_since_referral": max(plan.days_since_referral, 60)}
    elif index == 33:
        overrides |= {"correction": True, "days_since_referral": max(plan.days_since_referral, 60)}
    elif index == 34:
        overrides |= {"status": ClientStatus.ON_HOLD, "days_since_referral": max(plan.days_since_referral, 60),
                      "closure_reason": None, "overdue": False, "due_today": False, "home_visit_today": False,
                      "stalled": False}
    plan = replace(plan, **overrides)
    if plan.status is ClientStatus.CLOSED and plan.flag is not None:
        plan = replace(plan, flag=FlagStatus.RESOLVED)
    return plan
