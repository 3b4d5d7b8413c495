"""Adding goals in the person's words, reviewing them with Goal Attainment Scaling, changing status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from linkdesk.domain import goal_status
from linkdesk.domain.enums import GoalStatus, NeedDomain
from linkdesk.domain.validation import clean_text
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.tables import Client, Goal, GoalReview
from linkdesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class GoalChanged:
    goal_id: str
    client_id: str
    status: GoalStatus


def new_goal(
    uow: UnitOfWork,
    *,
    client_id: str,
    description: str,
    domain: NeedDomain,
    importance: int | None = None,
    confidence: int | None = None,
    target_date: date | None = None,
    steps: str = "",
) -> Goal:
    if importance is not None:
        goal_status.check_importance(importance)
    if confidence is not None:
        goal_status.check_confidence(confidence)
    return uow.add(
        Goal(
            client_id=client_id,
            description=clean_text(description, field="description", max_length=2000),
            domain=domain,
            importance=importance,
            confidence=confidence,
            target_date=target_date,
            steps=steps.strip(),
            status_changed_at=uow.now(),
        )
    )


def add_goal(
    ctx: ServiceContext,
    *,
    client_id: str,
    description: str,
    domain: NeedDomain,
    importance: int | None = None,
    confidence: int | None = None,
    target_date: date | None = None,
    steps: str = "",
) -> GoalChanged:
    with ctx.write() as uow:
        require(uow, Client, client_id)
        goal = new_goal(
            uow,
            client_id=client_id,
            description=description,
            domain=domain,
            importance=importance,
            confidence=confidence,
            target_date=target_date,
            steps=steps,
        )
        return GoalChanged(goal.id, client_id, GoalStatus.ACTIVE)


def change_goal_status(ctx: ServiceContext, *, goal_id: str, status: GoalStatus) -> GoalChanged:
    with ctx.write() as uow:
        goal = require(uow, Goal, goal_id)
        goal_status.check_transition(GoalStatus(goal.status), status)
        uow.update(goal, {"status": status, "status_changed_at": ctx.now()}, action="goal.status")
        return GoalChanged(goal.id, goal.client_id, status)


def review_goal(
    ctx: ServiceContext,
    *,
    goal_id: str,
    gas_score: int,
    note: str = "",
    reviewed_on: date | None = None,
    new_status: GoalStatus | None = None,
) -> GoalChanged:
    """A GAS review (-2..+2) with a note; optionally closes or reopens the goal in the same save."""
    goal_status.check_gas_score(gas_score)
    with ctx.write() as uow:
        goal = require(uow, Goal, goal_id)
        uow.add(
            GoalReview(
                client_id=goal.client_id,
                goal_id=goal.id,
                reviewed_on=reviewed_on or ctx.today(),
                gas_score=gas_score,
                note=note.strip(),
                reviewed_by=ctx.actor.user_id,
            )
        )
        status = GoalStatus(goal.status)
        if new_status is not None and new_status != status:
            goal_status.check_transition(status, new_status)
            uow.update(goal, {"status": new_status, "status_changed_at": ctx.now()}, action="goal.status")
            status = new_status
        return GoalChanged(goal.id, goal.client_id, status)
