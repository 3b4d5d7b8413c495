"""The pathway use cases: intake, consent, assessment, goals, prescriptions, follow-ups, closure."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import col, select

from linkdesk.domain.enums import (
    ClientStatus,
    ClosureReason,
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    FollowUpStatus,
    GoalStatus,
    NeedDomain,
    NeedLevel,
    PrescriptionKind,
    PrescriptionStatus,
    ReferralSource,
    SendMethod,
)
from linkdesk.errors import ConsentRequiredError, IllegalTransitionError, NotFoundError, ValidationError
from linkdesk.services import assessment, closure, consent, followups, goals, notes, prescriptions
from linkdesk.services.context import ServiceContext
from linkdesk.services.intake import (
    ConsentGiven,
    PersonDetails,
    ReferralDetails,
    find_possible_duplicates,
    register_referral,
)
from linkdesk.store.audit_chain import verify_chain
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import Client, FollowUp, Referral

TODAY = date(2026, 3, 3)


def _intake(
    ctx: ServiceContext,
    given: str = "Émilie",
    family: str = "Tremblay",
    consents: tuple[ConsentPurpose, ...] = (ConsentPurpose.STORE_AND_SYNC,),
) -> str:
    result = register_referral(
        ctx,
        person=PersonDetails(
            given_name=given,
            family_name=family,
            date_of_birth=date(1950, 1, 2),
            postal_code="p0l 1w0",
            phone="(705) 555-0101",
            language="fr",
        ),
        referral=ReferralDetails(source=ReferralSource.PHYSICIAN, received_on=TODAY, reason="Isolement"),
        consents=[
            ConsentGiven(
                p,
                ConsentMethod.VERBAL,
                "Centre Lac-Ombre" if p is ConsentPurpose.SHARE_WITH_PARTNER else None,
            )
            for p in consents
        ],
    )
    return result.client_id


def test_intake_creates_person_referral_and_consents_normalised(ctx: ServiceContext) -> None:
    client_id = _intake(ctx)
    with ctx.read() as session:
        client = session.get(Client, client_id)
        assert client is not None
        assert client.postal_code == "P0L 1W0"
        assert client.assigned_worker_id == "worker-1"
        assert client.age_band == "65_79"
        referral = session.exec(select(Referral).where(Referral.client_id == client_id)).one()
        assert referral.source == ReferralSource.PHYSICIAN
        assert consent.active_consents(session, client_id, ctx.now()) == {ConsentPurpose.STORE_AND_SYNC}


def test_intake_refuses_bad_input_and_writes_nothing(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as error:
        register_referral(
            ctx,
            person=PersonDetails(given_name="  ", family_name="X"),
            referral=ReferralDetails(source=ReferralSource.SELF, received_on=TODAY),
        )
    assert error.value.details["field"] == "given_name"
    with pytest.raises(ValidationError) as error:
        register_referral(
            ctx,
            person=PersonDetails(given_name="A", date_of_birth=TODAY + timedelta(days=1)),
            referral=ReferralDetails(source=ReferralSource.SELF, received_on=TODAY),
        )
    assert error.value.details["field"] == "date_of_birth"
    with ctx.read() as session:
        assert session.exec(select(Client)).all() == []
        assert session.exec(select(OutboxChange)).all() == []


def test_possible_duplicates_are_found_by_similar_name_and_birth_date(ctx: ServiceContext) -> None:
    client_id = _intake(ctx)
    _intake(ctx, given="Robert", family="Lalonde")
    found = find_possible_duplicates(
        ctx, given_name="Emilie", family_name="Tremblai", date_of_birth=date(1950, 1, 2)
    )
    assert [c.client_id for c in found] == [client_id]
    assert find_possible_duplicates(ctx, given_name="Zoe", family_name="Kowalski", date_of_birth=None) == []


def test_referral_out_needs_partner_consent_and_the_status_machine(ctx: ServiceContext) -> None:
    client_id = _intake(ctx)
    goal = goals.add_goal(
        ctx,
        client_id=client_id,
        description="Rejoindre un club de marche",
        domain=NeedDomain.PHYSICAL_ACTIVITY,
        importance=8,
        confidence=6,
    )
    drafted = prescriptions.prescribe(
        ctx,
        client_id=client_id,
        kind=PrescriptionKind.REFERRAL,
        service_name="Club de marche",
        goal_id=goal.goal_id,
    )
    with pytest.raises(ConsentRequiredError) as refused:
        prescriptions.advance_prescription(
            ctx,
            prescription_id=drafted.prescription_id,
            status=PrescriptionStatus.SENT,
            send_method=SendMethod.PHONE,
        )
    assert refused.value.details["missing"] == ["share_with_partner"]
    consent.record_consent(
        ctx,
        client_id=client_id,
        purpose=ConsentPurpose.SHARE_WITH_PARTNER,
        method=ConsentMethod.WRITTEN,
        partner_organisation="Club de marche",
    )
    for status in (
        PrescriptionStatus.SENT,
        PrescriptionStatus.ACCEPTED,
        PrescriptionStatus.ATTENDED,
        PrescriptionStatus.COMPLETED,
    ):
        prescriptions.advance_prescription(
            ctx, prescription_id=drafted.prescription_id, status=status, send_method=SendMethod.PHONE
        )
    with pytest.raises(IllegalTransitionError):
        prescriptions.advance_prescription(
            ctx,
            prescription_id=drafted.prescription_id,
            status=PrescriptionStatus.SENT,
            send_method=SendMethod.PHONE,
        )


def test_withdrawn_consent_blocks_sending(ctx: ServiceContext) -> None:
    client_id = _intake(ctx, consents=(ConsentPurpose.STORE_AND_SYNC,))
    with ctx.read() as session:
        consent_id = consent.consents_of(session, client_id)[0].id
    consent.withdraw_consent(ctx, consent_id=consent_id)
    signpost = prescriptions.prescribe(
        ctx, client_id=client_id, kind=PrescriptionKind.SIGNPOST, service_name="Food bank"
    )
    with pytest.raises(ConsentRequiredError):
        prescriptions.advance_prescription(
            ctx,
            prescription_id=signpost.prescription_id,
            status=PrescriptionStatus.SENT,
            send_method=SendMethod.PRINTED,
        )
    with pytest.raises(ValidationError):
        consent.withdraw_consent(ctx, consent_id=consent_id)


def test_assessment_goals_and_gas_reviews(ctx: ServiceContext) -> None:
    client_id = _intake(ctx)
    recorded = assessment.record_assessment(
        ctx,
        client_id=client_id,
        what_matters="Voir ma petite-fille",
        strengths="Tricot",
        needs=[
            assessment.NeedInput(NeedDomain.SOCIAL_ISOLATION, NeedLevel.HIGH, 1),
            assessment.NeedInput(NeedDomain.TRANSPORTATION, NeedLevel.MEDIUM, 2),
        ],
    )
    assert len(recorded.need_ids) == 2
    with pytest.raises(ValidationError):
        assessment.record_assessment(
            ctx,
            client_id=client_id,
            what_matters="x",
            needs=[assessment.NeedInput(NeedDomain.LEGAL, NeedLevel.LOW)] * 2,
        )
    goal = goals.add_goal(
        ctx, client_id=client_id, description="Tricoter au centre", domain=NeedDomain.ARTS_CULTURE
    )
    reviewed = goals.review_goal(
        ctx, goal_id=goal.goal_id, gas_score=1, note="Deux visites", new_status=GoalStatus.ACHIEVED
    )
    assert reviewed.status is GoalStatus.ACHIEVED
    with pytest.raises(ValidationError):
        goals.review_goal(ctx, goal_id=goal.goal_id, gas_score=3)
    with pytest.raises(ValidationError):
        goals.add_goal(ctx, client_id=client_id, description="x", domain=NeedDomain.OTHER, importance=11)


def test_follow_up_with_note_next_follow_up_and_note_correction(ctx: ServiceContext) -> None:
    client_id = _intake(ctx)
    first = followups.schedule_follow_up(ctx, client_id=client_id, due_on=TODAY, mode=ContactMode.HOME_VISIT)
    with pytest.raises(ValidationError):
        followups.schedule_follow_up(
            ctx, client_id=client_id, due_on=TODAY - timedelta(days=1), mode=ContactMode.PHONE
        )
    done = followups.complete_follow_up(
        ctx,
        follow_up_id=first.follow_up_id,
        summary="Visite: va mieux",
        duration_minutes=45,
        next_due_on=TODAY + timedelta(days=14),
    )
    assert done.note_id and done.next_follow_up_id
    with pytest.raises(ValidationError):
        followups.complete_follow_up(ctx, follow_up_id=first.follow_up_id, summary="again")
    corrected = notes.correct_note(ctx, note_id=done.note_id, summary="Visite: va beaucoup mieux")
    assert corrected.supersedes_id == done.note_id
    with pytest.raises(ValidationError):
        notes.correct_note(ctx, note_id=done.note_id, summary="second correction of the same note")
    with ctx.read() as session:
        referral = session.exec(select(Referral).where(Referral.client_id == client_id)).one()
        assert referral.first_contact_at is not None


def test_close_cancels_open_follow_ups_and_reopen(ctx: ServiceContext) -> None:
    client_id = _intake(ctx)
    followups.schedule_follow_up(
        ctx, client_id=client_id, due_on=TODAY + timedelta(days=3), mode=ContactMode.PHONE
    )
    closed = closure.close_case(
        ctx, client_id=client_id, reason=ClosureReason.GOALS_MET, summary="Objectifs atteints"
    )
    assert closed.cancelled_follow_ups == 1
    with pytest.raises(ValidationError):
        closure.close_case(ctx, client_id=client_id, reason=ClosureReason.OTHER)
    with ctx.read() as session:
        statuses = {f.status for f in session.exec(select(FollowUp).where(FollowUp.client_id == client_id))}
        assert statuses == {FollowUpStatus.CANCELLED}
    reopened = closure.reopen_case(ctx, client_id=client_id)
    assert reopened.status is ClientStatus.ACTIVE


def test_unknown_records_are_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        goals.add_goal(ctx, client_id="no-such-person", description="x", domain=NeedDomain.OTHER)


def test_every_action_leaves_an_outbox_change_and_an_intact_audit_chain(ctx: ServiceContext) -> None:
    client_id = _intake(ctx)
    goals.add_goal(ctx, client_id=client_id, description="Walk", domain=NeedDomain.PHYSICAL_ACTIVITY)
    with ctx.read() as session:
        changes = list(session.exec(select(OutboxChange).order_by(col(OutboxChange.device_seq))))
        assert [c.table_name for c in changes] == ["client", "referral", "consent", "goal"]
        stamps = [c.hlc for c in changes]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
        assert verify_chain(session).events == 4
