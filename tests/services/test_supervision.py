"""Supervisor services on a supervisor's laptop: team dashboard figures checked against a hand-built
team, the people behind each number, the review queue (flagged + stable monthly sample), sign-off,
history and the worker's timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import col, select

from linkdesk.domain.enums import (
    ClosureReason,
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    FlagKind,
    PrescriptionKind,
    PrescriptionStatus,
    ReferralSource,
    Role,
    SendMethod,
)
from linkdesk.domain.review import CHECKLIST, ReviewOutcome, ReviewReason, monthly_sample
from linkdesk.errors import ValidationError
from linkdesk.protocol.team import TeamMember, TeamOverview
from linkdesk.services import closure, flags, followups, notes, prescriptions, timeline
from linkdesk.services.context import ServiceContext
from linkdesk.services.intake import ConsentGiven, PersonDetails, ReferralDetails, register_referral
from linkdesk.services.supervision import review
from linkdesk.services.supervision.dashboard import Measure, people_behind, team_dashboard
from linkdesk.services.supervision.team import store_team
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import CONFLICTS
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.sync.state import ROLE

NOW = datetime(2026, 3, 3, 15, 0, tzinfo=UTC)  # as the ctx fixture's clock
TODAY = date(2026, 3, 3)
NOW_MS = int(NOW.timestamp() * 1000)
DAY_MS = 86_400_000


def _as(ctx: ServiceContext, user: str, *, days_ago: int = 0) -> ServiceContext:
    at = NOW - timedelta(days=days_ago)
    return replace(ctx, actor=replace(ctx.actor, user_id=user), now=lambda: at, today=at.date)


def _person(ctx: ServiceContext, given: str) -> str:
    return register_referral(
        ctx,
        person=PersonDetails(given_name=given, family_name="Test", community="Lac-Ombre"),
        referral=ReferralDetails(source=ReferralSource.SELF, received_on=ctx.today()),
        consents=[
            ConsentGiven(ConsentPurpose.STORE_AND_SYNC, ConsentMethod.VERBAL),
            ConsentGiven(ConsentPurpose.SHARE_WITH_PARTNER, ConsentMethod.VERBAL, "Walking group"),
        ],
    ).client_id


def _overview(last_w1: int | None, last_w2: int | None) -> TeamOverview:
    return TeamOverview(
        team_id="team-north",
        team_name="North",
        server_time_ms=NOW_MS,
        members=[
            TeamMember(
                user_id="w1",
                username="ana",
                display_name="Ana Worker",
                role="worker",
                devices=1,
                last_sync_ms=last_w1,
            ),
            TeamMember(
                user_id="w2",
                username="ben",
                display_name="Ben Worker",
                role="worker",
                devices=1,
                last_sync_ms=last_w2,
            ),
            TeamMember(
                user_id="sup",
                username="sue",
                display_name="Sue Supervisor",
                role="supervisor",
                devices=1,
                last_sync_ms=NOW_MS,
            ),
        ],
    )


@pytest.fixture
def team(ctx: ServiceContext, workspace: Workspace) -> dict[str, str]:
    """w1: Amy (open, overdue follow-up, 40 days without contact), Bea (closed), Cal (stalled
    prescription, escalated flag, a conflict); w2: Dan (recent contact, open flag), Eve (no contact
    for 31 days). The laptop is a supervisor's."""
    w1_old, w2_old = _as(ctx, "w1", days_ago=40), _as(ctx, "w2", days_ago=31)
    w1, w2 = _as(ctx, "w1"), _as(ctx, "w2")
    old = _as(ctx, "w1", days_ago=20)
    ids = {
        "amy": _person(w1_old, "Amy"),
        "bea": _person(w1, "Bea"),
        "cal": _person(old, "Cal"),
        "dan": _person(w2_old, "Dan"),
        "eve": _person(w2_old, "Eve"),
    }
    followups.schedule_follow_up(
        old, client_id=ids["amy"], due_on=TODAY - timedelta(days=2), mode=ContactMode.PHONE
    )
    followups.schedule_follow_up(
        old, client_id=ids["amy"], due_on=TODAY - timedelta(days=9), mode=ContactMode.PHONE
    )
    followups.schedule_follow_up(
        old, client_id=ids["bea"], due_on=TODAY - timedelta(days=1), mode=ContactMode.PHONE
    )
    closure.close_case(w1, client_id=ids["bea"], reason=ClosureReason.MOVED)
    notes.add_note(
        w1, client_id=ids["cal"], summary="call", mode=ContactMode.PHONE, occurred_at=NOW - timedelta(days=5)
    )
    rx = prescriptions.prescribe(
        old, client_id=ids["cal"], kind=PrescriptionKind.REFERRAL, service_name="Walking group"
    )
    prescriptions.advance_prescription(
        old, prescription_id=rx.prescription_id, status=PrescriptionStatus.SENT, send_method=SendMethod.PHONE
    )
    flags.raise_flag(w1, client_id=ids["cal"], kind=FlagKind.SAFEGUARDING, description="Worry", escalate=True)
    notes.add_note(
        w2,
        client_id=ids["dan"],
        summary="visit",
        mode=ContactMode.HOME_VISIT,
        occurred_at=NOW - timedelta(days=2),
    )
    flags.raise_flag(w2, client_id=ids["dan"], kind=FlagKind.RISK, description="Falls")
    workspace.store.set_setting(ROLE, Role.SUPERVISOR)
    workspace.store.set_setting(
        CONFLICTS,
        f'[{{"client_id": "{ids["cal"]}", "id": "k1"}}, {{"client_id": "{ids["cal"]}", "id": "k2"}}]',
    )
    store_team(workspace, _overview(NOW_MS - 2 * DAY_MS, NOW_MS - 9 * DAY_MS), NOW_MS)
    return ids


def test_dashboard_figures_per_worker(ctx: ServiceContext, team: dict[str, str]) -> None:
    board = team_dashboard(ctx, now_ms=NOW_MS)
    assert board.team_name == "North" and board.fetched_ms == NOW_MS
    assert [r.name for r in board.rows] == ["Ana Worker", "Ben Worker"]  # workers only, by name
    ana, ben = board.rows
    assert ana.counts == {
        Measure.ACTIVE: 2,
        Measure.CLOSED: 1,
        Measure.OVERDUE: 1,
        Measure.NO_CONTACT: 1,
        Measure.STALLED: 1,
        Measure.FLAGS: 1,
        Measure.CONFLICTS: 2,
    }
    assert ben.counts == {Measure.ACTIVE: 2, Measure.NO_CONTACT: 1, Measure.FLAGS: 1}
    assert (ana.stale, ben.stale) == (False, True)  # 2 days vs 9 days since the last sync
    assert ana.last_sync_ms == NOW_MS - 2 * DAY_MS and ana.in_team


def test_people_behind_each_number(ctx: ServiceContext, team: dict[str, str]) -> None:
    def ids(worker: str, measure: Measure) -> list[str]:
        return [p.client_id for p in people_behind(ctx, worker_id=worker, measure=measure)]

    assert ids("w1", Measure.ACTIVE) == [team["amy"], team["cal"]]
    assert ids("w1", Measure.CLOSED) == [team["bea"]]
    overdue = people_behind(ctx, worker_id="w1", measure=Measure.OVERDUE)
    assert [(p.client_id, p.on) for p in overdue] == [
        (team["amy"], TODAY - timedelta(days=9))
    ]  # once, oldest
    assert ids("w1", Measure.NO_CONTACT) == [team["amy"]]
    assert ids("w1", Measure.STALLED) == [team["cal"]]
    assert [(p.client_id, p.code) for p in people_behind(ctx, worker_id="w1", measure=Measure.FLAGS)] == [
        (team["cal"], "safeguarding")
    ]
    assert [(p.client_id, p.code) for p in people_behind(ctx, worker_id="w1", measure=Measure.CONFLICTS)] == [
        (team["cal"], "2")
    ]
    assert ids("w2", Measure.NO_CONTACT) == [team["eve"]]
    assert ids("w2", Measure.OVERDUE) == []


def test_a_worker_who_left_the_team_is_listed_apart_until_their_people_leave(
    ctx: ServiceContext, workspace: Workspace, team: dict[str, str]
) -> None:
    overview = _overview(NOW_MS, NOW_MS)
    store_team(
        workspace,
        overview.model_copy(update={"members": overview.members[:1] + overview.members[2:]}),
        NOW_MS,
    )
    rows = team_dashboard(ctx, now_ms=NOW_MS).rows
    assert [(r.worker_id, r.in_team) for r in rows] == [("w1", True), ("w2", False)]
    assert rows[1].name == "Ben Worker"  # still known by name from the staff list


def test_review_queue_holds_flagged_cases_and_a_stable_monthly_sample(
    ctx: ServiceContext, team: dict[str, str]
) -> None:
    queue = review.review_queue(ctx, size=1)
    flagged = [q for q in queue if q.reason is ReviewReason.FLAG]
    assert [q.client_id for q in flagged] == [team["cal"], team["dan"]]  # escalated first
    assert flagged[0].escalated and not flagged[1].escalated
    sampled = [q for q in queue if q.reason is ReviewReason.SAMPLE]
    assert [q.worker_id for q in sampled] == ["w1", "w2"]
    assert sampled[0].client_id == team["amy"]  # w1's only open case without a flag
    assert sampled[1].client_id == monthly_sample("2026-03", "w2", [team["eve"]], 1)[0]
    assert review.review_queue(ctx, size=1) == queue  # the same when opened again
    everyone = review.review_queue(ctx, size=5)
    assert {q.client_id for q in everyone} == {team["amy"], team["cal"], team["dan"], team["eve"]}  # not Bea
    assert review.review_queue(ctx, size=0) == flagged


def test_the_sample_changes_with_the_month_and_not_with_order() -> None:
    people = [f"p{i}" for i in range(40)]
    march = monthly_sample("2026-03", "w1", people, 3)
    assert march == monthly_sample("2026-03", "w1", list(reversed(people)), 3)
    assert len(set(march)) == 3
    assert march != monthly_sample("2026-04", "w1", people, 3)
    assert march != monthly_sample("2026-03", "w2", people, 3)


def test_sample_size_setting(ctx: ServiceContext, team: dict[str, str]) -> None:
    assert review.sample_size(ctx) == 2
    review.set_sample_size(ctx, 4)
    assert review.sample_size(ctx) == 4
    with pytest.raises(ValidationError):
        review.set_sample_size(ctx, 21)


def test_sign_off_writes_a_synced_review_shown_in_history_queue_and_timeline(
    ctx: ServiceContext, workspace: Workspace, team: dict[str, str]
) -> None:
    sup = _as(ctx, "sup")
    checklist = dict.fromkeys(CHECKLIST, True) | {"follow_up_planned": False}
    review_id = review.sign_off_review(
        sup,
        client_id=team["amy"],
        reason=ReviewReason.SAMPLE,
        checklist=checklist,
        note="Please book the overdue call.",
        outcome=ReviewOutcome.ACTION_NEEDED,
    )
    with workspace.store.reading() as session:
        change = session.exec(select(OutboxChange).order_by(col(OutboxChange.device_seq).desc())).first()
    assert change is not None and change.table_name == "case_review" and change.record_id == review_id
    assert change.fields["reviewer_id"]["value"] == "sup" and change.fields["worker_id"]["value"] == "w1"
    done = next(q for q in review.review_queue(sup, size=1) if q.client_id == team["amy"])
    assert done.done and done.outcome is ReviewOutcome.ACTION_NEEDED
    history = review.review_history(sup, worker_id="w1")
    assert [(h.person, h.worker_name, h.outcome) for h in history] == [
        ("Amy Test", "Ana Worker", ReviewOutcome.ACTION_NEEDED)
    ]
    assert history[0].checklist["follow_up_planned"] is False
    entries = timeline.person_timeline(ctx, client_id=team["amy"])
    assert [(e.kind, e.title, e.detail) for e in entries if e.kind == "case_review"] == [
        ("case_review", "action_needed", "Please book the overdue call.")
    ]


def test_sign_off_refusals(ctx: ServiceContext, workspace: Workspace, team: dict[str, str]) -> None:
    sup = _as(ctx, "sup")
    ok = dict.fromkeys(CHECKLIST, True)

    def sign(**kw: object) -> str:
        args: dict[str, object] = {
            "client_id": team["amy"],
            "reason": ReviewReason.SAMPLE,
            "checklist": ok,
            "note": "",
            "outcome": ReviewOutcome.SIGNED_OFF,
        }
        return review.sign_off_review(sup, **(args | kw))  # type: ignore[arg-type]

    with pytest.raises(ValidationError) as exc:
        sign(outcome=ReviewOutcome.ACTION_NEEDED)
    assert exc.value.details["reason"] == "required_for_action"
    with pytest.raises(ValidationError):
        sign(checklist={"made_up": True})
    with pytest.raises(ValidationError):
        sign(period="2026-13")
    with pytest.raises(ValidationError):
        sign(flag_id=next(iter(review.review_queue(sup)[0].flag_ids)))  # Cal's flag, not Amy's
    workspace.store.set_setting(ROLE, Role.WORKER)
    with pytest.raises(ValidationError) as exc:
        sign()
    assert exc.value.details["reason"] == "supervisor_only"
    workspace.store.set_setting(ROLE, Role.SUPERVISOR)
    assert sign()  # an empty note is fine for a plain sign-off
