"""A whole intake in one save: referral, person, consents, assessment with needs, first goals, first
follow-up, and the removal of the intake draft it came from.

One transaction: an interruption (a crash, a flat battery, a full disk) leaves either the whole intake or
nothing, and the draft is kept until the intake has landed, so resuming can never create the person twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.enums import ContactMode, NeedDomain
from linkdesk.errors import ValidationError
from linkdesk.services.assessment import NeedInput, new_assessment
from linkdesk.services.context import ServiceContext
from linkdesk.services.drafts import DRAFTS_SETTING
from linkdesk.services.followups import new_follow_up
from linkdesk.services.goals import new_goal
from linkdesk.services.intake import ConsentGiven, PersonDetails, ReferralDetails, new_referral
from linkdesk.store.sync_tables import DeviceSetting
from linkdesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AssessmentInput:
    what_matters: str = ""
    strengths: str = ""
    interests: str = ""
    needs: Sequence[NeedInput] = ()

    @property
    def is_empty(self) -> bool:
        texts = (self.what_matters, self.strengths, self.interests)
        return not (any(t.strip() for t in texts) or self.needs)


@dataclass(frozen=True)
class GoalInput:
    description: str
    domain: NeedDomain = NeedDomain.OTHER
    importance: int | None = None
    confidence: int | None = None
    steps: str = ""


@dataclass(frozen=True)
class FollowUpInput:
    due_on: date
    mode: ContactMode = ContactMode.PHONE
    purpose: str = ""


@dataclass(frozen=True)
class IntakeCompleted:
    client_id: str
    referral_id: str
    consent_ids: tuple[str, ...]
    assessment_id: str | None
    goal_ids: tuple[str, ...] = field(default_factory=tuple)
    follow_up_id: str | None = None


def complete_intake(
    ctx: ServiceContext,
    *,
    person: PersonDetails | None,
    referral: ReferralDetails,
    consents: Sequence[ConsentGiven] = (),
    assessment: AssessmentInput | None = None,
    goals: Sequence[GoalInput] = (),
    follow_up: FollowUpInput | None = None,
    existing_client_id: str | None = None,
    draft_id: str | None = None,
) -> IntakeCompleted:
    """Saves the intake as one transaction. `existing_client_id` instead of `person` adds a new referral
    to someone already known (the duplicate warning's "use this person")."""
    if follow_up is not None and follow_up.due_on < ctx.today():
        raise ValidationError(field="due_on", reason="in_past")
    with ctx.write() as uow:
        registered = new_referral(
            uow, ctx, person=person, referral=referral, consents=consents,
            existing_client_id=existing_client_id,
        )
        client_id = registered.client_id
        assessment_id = None
        if assessment is not None and not assessment.is_empty:
            assessment_id = new_assessment(
                uow, ctx, client_id=client_id, what_matters=assessment.what_matters,
                strengths=assessment.strengths, interests=assessment.interests, needs=assessment.needs,
            ).assessment_id
        goal_ids = tuple(
            new_goal(
                uow, client_id=client_id, description=g.description, domain=g.domain,
                importance=g.importance, confidence=g.confidence, steps=g.steps,
            ).id
            for g in goals
            if g.description.strip()
        )
        follow_up_id = None
        if follow_up is not None:
            follow_up_id = new_follow_up(
                uow, client_id=client_id, due_on=follow_up.due_on, mode=follow_up.mode,
                purpose=follow_up.purpose,
            ).id
        if draft_id:
            _drop_draft(uow, draft_id)
        return IntakeCompleted(
            client_id, registered.referral_id, registered.consent_ids, assessment_id, goal_ids, follow_up_id
        )


def _drop_draft(uow: UnitOfWork, draft_id: str) -> None:
    """The draft goes in the same transaction as the records it became."""
    row = uow.session.get(DeviceSetting, DRAFTS_SETTING)
    if row is None or not row.value:
        return
    try:
        drafts = json.loads(row.value)
    except ValueError:
        return
    if isinstance(drafts, dict) and drafts.pop(draft_id, None) is not None:
        row.value = json.dumps(drafts, ensure_ascii=False)
        uow.session.add(row)
