"""Caseload filters and paging, today's worklists, a person's timeline, and outcome measures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from linkdesk.domain.enums import (
    ClientStatus,
    ClosureReason,
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    FlagKind,
    NeedDomain,
    NeedLevel,
    PrescriptionKind,
    PrescriptionStatus,
    ReferralSource,
    SendMethod,
    Timepoint,
)
from linkdesk.errors import NotFoundError, ValidationError
from linkdesk.services import assessment, closure, flags, followups, measures, notes, prescriptions, timeline
from linkdesk.services.caseload import CaseloadFilter, CaseloadSort, load_caseload
from linkdesk.services.context import ServiceContext
from linkdesk.services.intake import ConsentGiven, PersonDetails, ReferralDetails, register_referral
from linkdesk.services.worklists import due_follow_ups, open_flags, stalled_prescriptions

TODAY = date(2026, 3, 3)


def _person(ctx: ServiceContext, given: str, family: str) -> str:
    return register_referral(
        ctx,
        person=PersonDetails(given_name=given, family_name=family, community="Lac-Ombre"),
        referral=ReferralDetails(source=ReferralSource.SELF, received_on=TODAY),
        consents=[ConsentGiven(ConsentPurpose.STORE_AND_SYNC, ConsentMethod.VERBAL)],
    ).client_id


def test_caseload_search_filters_sorting_and_paging(ctx: ServiceContext) -> None:
    ids = {
        name: _person(ctx, *name.split())
        for name in ("Émile Gagnon", "Emma Gagné", "Noah Whitebird", "Liam Chen", "Olivia Martin")
    }
    assessment.record_assessment(
        ctx,
        client_id=ids["Liam Chen"],
        what_matters="work",
        needs=[assessment.NeedInput(NeedDomain.EMPLOYMENT_LEARNING, NeedLevel.HIGH)],
    )
    flags.raise_flag(
        ctx, client_id=ids["Noah Whitebird"], kind=FlagKind.RISK, description="Fall risk at home"
    )
    followups.schedule_follow_up(ctx, client_id=ids["Olivia Martin"], due_on=TODAY, mode=ContactMode.PHONE)
    closure.close_case(ctx, client_id=ids["Emma Gagné"], reason=ClosureReason.MOVED)

    page = load_caseload(ctx)
    assert page.total == 5
    assert [r.family_name for r in page.rows] == ["Chen", "Gagné", "Gagnon", "Martin", "Whitebird"]
    assert {r.client_id for r in load_caseload(ctx, flt=CaseloadFilter(text="gag")).rows} == {
        ids["Émile Gagnon"],
        ids["Emma Gagné"],
    }
    assert [r.client_id for r in load_caseload(ctx, flt=CaseloadFilter(text="emile")).rows] == [
        ids["Émile Gagnon"]
    ]
    assert load_caseload(ctx, flt=CaseloadFilter(text='" OR * (')).total == 5  # nothing searchable: no filter
    assert load_caseload(ctx, flt=CaseloadFilter(text='gag" OR *')).total == 2
    assert load_caseload(ctx, flt=CaseloadFilter(status=ClientStatus.CLOSED)).rows[0].family_name == "Gagné"
    assert [
        r.family_name
        for r in load_caseload(ctx, flt=CaseloadFilter(need_domain=NeedDomain.EMPLOYMENT_LEARNING)).rows
    ] == ["Chen"]
    flagged = load_caseload(ctx, flt=CaseloadFilter(flagged_only=True)).rows
    assert [(r.family_name, r.open_flags) for r in flagged] == [("Whitebird", 1)]
    by_due = load_caseload(ctx, sort=CaseloadSort.NEXT_DUE).rows
    assert by_due[0].family_name == "Martin" and by_due[0].next_due_on == TODAY
    assert load_caseload(ctx, descending=True).rows[0].family_name == "Whitebird"
    second = load_caseload(ctx, offset=2, limit=2)
    assert [r.family_name for r in second.rows] == ["Gagnon", "Martin"] and second.total == 5


def test_overdue_and_stalled_relative_to_today(ctx: ServiceContext) -> None:
    a = _person(ctx, "Ava", "Roy")
    followups.schedule_follow_up(ctx, client_id=a, due_on=TODAY, mode=ContactMode.HOME_VISIT, purpose="Visit")
    sent = prescriptions.prescribe(ctx, client_id=a, kind=PrescriptionKind.SIGNPOST, service_name="Food bank")
    prescriptions.advance_prescription(
        ctx,
        prescription_id=sent.prescription_id,
        status=PrescriptionStatus.SENT,
        send_method=SendMethod.PHONE,
    )
    later = replace(ctx, today=lambda: TODAY + timedelta(days=15), now=lambda: ctx.now() + timedelta(days=15))
    due = due_follow_ups(later)
    assert len(due) == 1 and due[0].days_overdue == 15 and due[0].is_overdue
    assert load_caseload(later, flt=CaseloadFilter(overdue_only=True)).rows[0].is_overdue
    stalled = stalled_prescriptions(later)
    assert [(s.service_name, s.waiting_days) for s in stalled] == [("Food bank", 15)]
    assert stalled_prescriptions(ctx) == []
    assert due_follow_ups(replace(ctx, today=lambda: TODAY - timedelta(days=1))) == []


def test_open_flags_and_resolution(ctx: ServiceContext) -> None:
    a = _person(ctx, "Mia", "Cardinal")
    raised = flags.raise_flag(
        ctx, client_id=a, kind=FlagKind.SAFEGUARDING, description="Concern", escalate=True
    )
    assert [f.flag_id for f in open_flags(ctx)] == [raised.flag_id]
    with pytest.raises(ValidationError):
        flags.resolve_flag(ctx, flag_id=raised.flag_id, resolution_note="  ")
    flags.resolve_flag(ctx, flag_id=raised.flag_id, resolution_note="Spoke with supervisor; safe plan")
    assert open_flags(ctx) == []


def test_measures_score_raw_answers_and_refuse_bad_ones(ctx: ServiceContext) -> None:
    a = _person(ctx, "Leo", "Bouchard")
    recorded = measures.administer_measure(
        ctx,
        client_id=a,
        instrument_id="ons4",
        timepoint=Timepoint.BASELINE,
        language="fr",
        answers={"life_satisfaction": 4, "worthwhile": 6, "happiness": 8, "anxiety": 7},
    )
    assert recorded.score is not None
    assert recorded.score.items["life_satisfaction"].band == "low"
    assert recorded.score.items["anxiety"].band == "high"
    ucla = measures.administer_measure(
        ctx,
        client_id=a,
        instrument_id="ucla3",
        timepoint=Timepoint.BASELINE,
        language="en",
        answers={"lack_companionship": 3, "left_out": 2, "isolated": 3},
    )
    assert ucla.score is not None and ucla.score.total == 8
    with pytest.raises(ValidationError):
        measures.administer_measure(
            ctx,
            client_id=a,
            instrument_id="ucla3",
            timepoint=Timepoint.FOLLOW_UP,
            language="en",
            answers={"lack_companionship": 4, "left_out": 2, "isolated": 3},
        )
    with pytest.raises(NotFoundError):
        measures.administer_measure(
            ctx, client_id=a, instrument_id="swemwbs", timepoint=Timepoint.BASELINE, language="en", answers={}
        )


def test_timeline_lists_everything_newest_first_and_marks_corrections(ctx: ServiceContext) -> None:
    a = _person(ctx, "Zoé", "Pelletier")
    note = notes.add_note(
        ctx, client_id=a, summary="Premier appel", mode=ContactMode.PHONE, duration_minutes=10
    )
    notes.correct_note(ctx, note_id=note.note_id, summary="Premier appel (corrigé)")
    entries = timeline.person_timeline(ctx, client_id=a)
    kinds = [e.kind for e in entries]
    assert {"referral", "consent", "note"} <= set(kinds)
    superseded = [e for e in entries if e.kind == "note" and e.superseded]
    assert [e.record_id for e in superseded] == [note.note_id]
    assert entries == sorted(entries, key=lambda e: (e.at, e.kind), reverse=True)


def test_the_demo_caseload_sorts_by_name(workspace) -> None:
    from linkdesk.services.demo import seed_demo

    seed_demo(workspace.store, clients=60, seed=3, today=TODAY)
    rows = load_caseload(workspace.ctx, limit=60).rows
    keys = [(r.family_name, r.given_name) for r in rows]
    from linkdesk.domain.names import sort_name

    assert [sort_name(f, g) for f, g in keys] == sorted(sort_name(f, g) for f, g in keys)
    assert all(sort_name(f, g) != "\t" for f, g in keys)
