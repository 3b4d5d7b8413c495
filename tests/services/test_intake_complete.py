"""complete_intake: a whole intake is one transaction, and its draft leaves in that same transaction."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import func, select

from linkdesk.domain.enums import (
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    NeedDomain,
    NeedLevel,
    ReferralSource,
)
from linkdesk.errors import ValidationError
from linkdesk.services.assessment import NeedInput
from linkdesk.services.context import ServiceContext
from linkdesk.services.drafts import list_intake_drafts, save_intake_draft
from linkdesk.services.intake import ConsentGiven, PersonDetails, ReferralDetails
from linkdesk.services.intake_complete import (
    AssessmentInput,
    FollowUpInput,
    GoalInput,
    complete_intake,
)
from linkdesk.store.audit_chain import verify_chain
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import Assessment, Client, Consent, FollowUp, Goal, Need, Referral

TODAY = date(2026, 3, 3)
PERSON = PersonDetails(
    given_name="Rosalie", family_name="Côté", date_of_birth=date(1948, 5, 6), language="fr"
)
REFERRAL = ReferralDetails(source=ReferralSource.NURSE, received_on=TODAY, reason="Isolement")
CONSENTS = [ConsentGiven(ConsentPurpose.STORE_AND_SYNC, ConsentMethod.VERBAL)]


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.read() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def _draft(ctx: ServiceContext) -> str:
    data = {"person": {"given_name": "R"}}
    return save_intake_draft(ctx, draft_id=None, label="R. Côté", step=5, data=data)


def test_a_whole_intake_lands_in_one_save_and_takes_its_draft_with_it(ctx: ServiceContext) -> None:
    draft_id = _draft(ctx)
    outbox_before = _count(ctx, OutboxChange)
    done = complete_intake(
        ctx,
        person=PERSON,
        referral=REFERRAL,
        consents=CONSENTS,
        assessment=AssessmentInput(
            what_matters="Revoir ses amies du club de cartes",
            strengths="Tricote, très sociable",
            needs=[
                NeedInput(NeedDomain.SOCIAL_ISOLATION, NeedLevel.HIGH, priority=1, note="Seule l'hiver"),
                NeedInput(NeedDomain.TRANSPORTATION, NeedLevel.MEDIUM, priority=2),
            ],
        ),
        goals=[
            GoalInput("Aller au club de cartes une fois par semaine", NeedDomain.SOCIAL_ISOLATION, 9, 6),
            GoalInput("   "),  # an empty goal row in the form is not a goal
        ],
        follow_up=FollowUpInput(TODAY + timedelta(days=7), ContactMode.HOME_VISIT, "Premier suivi"),
        draft_id=draft_id,
    )
    assert len(done.goal_ids) == 1 and done.assessment_id and done.follow_up_id
    models = (Client, Referral, Consent, Assessment, Need, Goal, FollowUp)
    counts = {m.__name__: _count(ctx, m) for m in models}
    assert counts == {
        "Client": 1, "Referral": 1, "Consent": 1, "Assessment": 1, "Need": 2, "Goal": 1, "FollowUp": 1,
    }
    assert _count(ctx, OutboxChange) - outbox_before == 8  # one change per record, all to be synced
    assert list_intake_drafts(ctx) == []
    with ctx.read() as session:
        priorities = sorted(n.priority for n in session.exec(select(Need)).all())
        assert priorities == [1, 2]
        chain = verify_chain(session)
        assert chain.events == 8 and chain.first_broken_seq is None


def test_a_failure_late_in_the_intake_leaves_nothing_and_keeps_the_draft(ctx: ServiceContext) -> None:
    draft_id = _draft(ctx)
    outbox_before = _count(ctx, OutboxChange)
    with pytest.raises(ValidationError) as error:
        complete_intake(
            ctx,
            person=PERSON,
            referral=REFERRAL,
            consents=CONSENTS,
            assessment=AssessmentInput(what_matters="Sortir plus"),
            goals=[GoalInput("Marcher", NeedDomain.PHYSICAL_ACTIVITY, importance=42)],  # out of range
            draft_id=draft_id,
        )
    assert error.value.details["field"] == "importance"
    for model in (Client, Referral, Consent, Assessment, Goal):
        assert _count(ctx, model) == 0, model.__name__
    assert _count(ctx, OutboxChange) == outbox_before
    assert [d.draft_id for d in list_intake_drafts(ctx)] == [draft_id]


def test_a_follow_up_in_the_past_is_refused_before_anything_is_written(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as error:
        yesterday = FollowUpInput(TODAY - timedelta(days=1))
        complete_intake(ctx, person=PERSON, referral=REFERRAL, follow_up=yesterday)
    assert error.value.details["field"] == "due_on"
    assert _count(ctx, Client) == 0


def test_a_new_referral_for_someone_already_known_adds_no_person(ctx: ServiceContext) -> None:
    first = complete_intake(ctx, person=PERSON, referral=REFERRAL, consents=CONSENTS)
    again = complete_intake(ctx, person=None, existing_client_id=first.client_id, referral=REFERRAL)
    assert again.client_id == first.client_id and again.referral_id != first.referral_id
    assert again.assessment_id is None and again.goal_ids == () and again.follow_up_id is None
    assert (_count(ctx, Client), _count(ctx, Referral)) == (1, 2)
