"""A small fixed data set for the report figures, built through the services layer.

Period under test: 1-28 February 2026. Expected figures are written out BY HAND in the tests that use
this module (test_reports*.py), from the comments below, never by re-running the report code.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from linkdesk.domain.enums import (
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    GoalStatus,
    NeedDomain,
    NeedLevel,
    PrescriptionKind,
    PrescriptionStatus,
    ReferralSource,
    SendMethod,
    Timepoint,
)
from linkdesk.services import assessment, goals, measures, notes, prescriptions
from linkdesk.services.assessment import NeedInput
from linkdesk.services.context import ServiceContext
from linkdesk.services.intake import ConsentGiven, PersonDetails, ReferralDetails, register_referral
from linkdesk.store.store import Store

PERIOD_START = date(2026, 2, 1)
PERIOD_END = date(2026, 2, 28)
CONSENTS = (
    ConsentGiven(ConsentPurpose.STORE_AND_SYNC, ConsentMethod.VERBAL),
    ConsentGiven(ConsentPurpose.SHARE_WITH_PARTNER, ConsentMethod.VERBAL, "Partner"),
)


def at(month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@dataclass
class Clock:
    """One settable clock for the context (status changes, sent_at) and the store (created_at)."""

    moment: datetime = field(default_factory=lambda: at(3, 10))

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def set(self, moment: datetime) -> None:
        self.moment = moment


@dataclass
class Dataset:
    people: dict[str, str] = field(default_factory=dict)  # P1..P6 -> client id


def clocked(ctx: ServiceContext, store: Store, clock: Clock, user_id: str | None = None) -> ServiceContext:
    store.now = clock.now
    actor = ctx.actor if user_id is None else replace(ctx.actor, user_id=user_id)
    return replace(ctx, now=clock.now, today=clock.today, actor=actor)


def _person(ctx: ServiceContext, name: str, source: ReferralSource, received: date) -> str:
    return register_referral(
        ctx,
        person=PersonDetails(given_name=name, family_name="Report"),
        referral=ReferralDetails(source=source, received_on=received),
        consents=CONSENTS,
        given_at=at(1, 1),
    ).client_id


def _note(ctx: ServiceContext, client_id: str, when: datetime, mode: ContactMode, minutes: int) -> str:
    return notes.add_note(
        ctx, client_id=client_id, summary="Talked", mode=mode, occurred_at=when, duration_minutes=minutes
    ).note_id


def _ucla(ctx: ServiceContext, client_id: str, tp: Timepoint, when: datetime, a: int, b: int, c: int) -> None:
    answers = {"lack_companionship": a, "left_out": b, "isolated": c}
    measures.administer_measure(
        ctx,
        client_id=client_id,
        instrument_id="ucla3",
        timepoint=tp,
        answers=answers,
        language="en",
        administered_at=when,
    )


def _ons4(
    ctx: ServiceContext, client_id: str, tp: Timepoint, when: datetime, values: tuple[int, ...]
) -> None:
    answers = dict(zip(("life_satisfaction", "worthwhile", "happiness", "anxiety"), values, strict=True))
    measures.administer_measure(
        ctx,
        client_id=client_id,
        instrument_id="ons4",
        timepoint=tp,
        answers=answers,
        language="en",
        administered_at=when,
    )


def _prescription(
    ctx: ServiceContext,
    clock: Clock,
    client_id: str,
    kind: PrescriptionKind,
    made: datetime,
    path: tuple[PrescriptionStatus, ...],
) -> None:
    clock.set(made)
    p = prescriptions.prescribe(ctx, client_id=client_id, kind=kind, service_name="Walking group")
    for status in path:
        method = SendMethod.PHONE if status is PrescriptionStatus.SENT else None
        prescriptions.advance_prescription(
            ctx, prescription_id=p.prescription_id, status=status, send_method=method
        )


def _goal(
    ctx: ServiceContext,
    clock: Clock,
    client_id: str,
    made: datetime,
    outcome: tuple[GoalStatus, datetime] | None,
) -> None:
    clock.set(made)
    g = goals.add_goal(
        ctx, client_id=client_id, description="Get out more", domain=NeedDomain.SOCIAL_ISOLATION
    )
    if outcome is not None:
        clock.set(outcome[1])
        goals.change_goal_status(ctx, goal_id=g.goal_id, status=outcome[0])


def build(worker: ServiceContext, other: ServiceContext, clock: Clock) -> Dataset:
    """worker: the device user's context (worker-1); other: the same device acting as worker-2."""
    S, P, T = ReferralSource, PrescriptionStatus, Timepoint  # noqa: N806 - short enum aliases keep the data readable
    ds = Dataset()
    clock.set(at(3, 10))
    # Referrals (received_on) and first contacts (the person's first note):
    # P1 physician 2 Feb, first contact 2 Feb (0 days); P2 physician 3 Feb, 5 Feb (2 days);
    # P3 nurse 10 Feb, 17 Feb (7 days); P4 self 20 Feb, never contacted;
    # P5 pharmacist 15 Jan (outside the period); P6 community organisation 12 Feb (worker-2), 1 Mar (17 days).
    ds.people["P1"] = _person(worker, "One", S.PHYSICIAN, date(2026, 2, 2))
    ds.people["P2"] = _person(worker, "Two", S.PHYSICIAN, date(2026, 2, 3))
    ds.people["P3"] = _person(worker, "Three", S.NURSE, date(2026, 2, 10))
    ds.people["P4"] = _person(worker, "Four", S.SELF, date(2026, 2, 20))
    ds.people["P5"] = _person(worker, "Five", S.PHARMACIST, date(2026, 1, 15))
    ds.people["P6"] = _person(other, "Six", S.COMMUNITY_ORGANISATION, date(2026, 2, 12))
    p1, p2, p3, p5, p6 = (ds.people[k] for k in ("P1", "P2", "P3", "P5", "P6"))

    # Contacts (occurred_at): P1 phone 30 min 2 Feb; P2 home visit 60 min 5 Feb, corrected to 45 min;
    # P3 phone, no duration, 17 Feb; P5 clinic 20 min 1 Feb 00:30 UTC; P1 video 15 min 27 Feb 23:30 UTC;
    # P6 phone 10 min 1 Mar (outside the period).
    _note(worker, p1, at(2, 2, 10), ContactMode.PHONE, 30)
    visit = _note(worker, p2, at(2, 5, 14), ContactMode.HOME_VISIT, 60)
    notes.correct_note(worker, note_id=visit, summary="Visited at home", duration_minutes=45)
    _note(worker, p3, at(2, 17, 9), ContactMode.PHONE, 0)
    _note(worker, p5, at(2, 1, 0, 30), ContactMode.CLINIC, 20)
    _note(worker, p1, at(2, 27, 23, 30), ContactMode.VIDEO, 15)
    _note(other, p6, at(3, 1, 11), ContactMode.PHONE, 10)

    # Needs: P1 3 Feb housing high, food medium, isolation none; P1 again 20 Feb (the latest counts):
    # housing medium, income low. P2 6 Feb isolation high, mental wellbeing high. P3 20 Jan (outside)
    # housing high. P5 25 Feb isolation low, housing medium.
    D, L = NeedDomain, NeedLevel  # noqa: N806 - short enum aliases keep the data readable
    for client, day, needs in (
        (
            p1,
            date(2026, 2, 3),
            [(D.HOUSING, L.HIGH), (D.FOOD_SECURITY, L.MEDIUM), (D.SOCIAL_ISOLATION, L.NONE)],
        ),
        (p1, date(2026, 2, 20), [(D.HOUSING, L.MEDIUM), (D.INCOME, L.LOW)]),
        (p2, date(2026, 2, 6), [(D.SOCIAL_ISOLATION, L.HIGH), (D.MENTAL_WELLBEING, L.HIGH)]),
        (p3, date(2026, 1, 20), [(D.HOUSING, L.HIGH)]),
        (p5, date(2026, 2, 25), [(D.SOCIAL_ISOLATION, L.LOW), (D.HOUSING, L.MEDIUM)]),
    ):
        assessment.record_assessment(
            worker,
            client_id=client,
            what_matters="Family",
            assessed_on=day,
            needs=[NeedInput(domain, level) for domain, level in needs],
        )

    # Prescriptions (made = created): P1 referral 4 Feb completed; P1 signpost 5 Feb sent; P2 referral 10 Feb
    # declined; P2 referral 11 Feb drafted; P3 referral 12 Feb cancelled before sending; P5 referral 20 Jan
    # completed (outside the period).
    K = PrescriptionKind  # noqa: N806 - short enum aliases keep the data readable
    _prescription(worker, clock, p1, K.REFERRAL, at(2, 4), (P.SENT, P.ACCEPTED, P.ATTENDED, P.COMPLETED))
    _prescription(worker, clock, p1, K.SIGNPOST, at(2, 5), (P.SENT,))
    _prescription(worker, clock, p2, K.REFERRAL, at(2, 10), (P.SENT, P.DECLINED))
    _prescription(worker, clock, p2, K.REFERRAL, at(2, 11), ())
    _prescription(worker, clock, p3, K.REFERRAL, at(2, 12), (P.CANCELLED,))
    _prescription(worker, clock, p5, K.REFERRAL, at(1, 20), (P.SENT, P.ACCEPTED, P.ATTENDED, P.COMPLETED))

    # Goals (set = created; achieved = status changed): G1 P1 3 Feb, achieved 25 Feb; G2 P1 4 Feb active;
    # G3 P2 7 Feb, partly achieved 2 Mar; G4 P3 25 Jan, achieved 15 Feb; G5 P5 26 Feb, discontinued 27 Feb.
    G = GoalStatus  # noqa: N806 - short enum aliases keep the data readable
    _goal(worker, clock, p1, at(2, 3), (G.ACHIEVED, at(2, 25)))
    _goal(worker, clock, p1, at(2, 4), None)
    _goal(worker, clock, p2, at(2, 7), (G.PARTLY_ACHIEVED, at(3, 2)))
    _goal(worker, clock, p3, at(1, 25), (G.ACHIEVED, at(2, 15)))
    _goal(worker, clock, p5, at(2, 26), (G.DISCONTINUED, at(2, 27)))
    clock.set(at(3, 10))

    # UCLA-3 (total of three items; lower is better):
    # P1 baseline 2 Feb 9 -> follow-up 26 Feb 6; P2 baseline 10 Jan 6 -> follow-up 20 Feb 7;
    # P3 baseline 10 Feb 4 -> follow-up 18 Feb 4, and 5 Mar 3 (outside; the 18 Feb one pairs);
    # P5 baseline 1 Feb 8 (and a second baseline 5 Feb 6, ignored) -> discharge 27 Feb 3;
    # P6 baseline only.
    _ucla(worker, p1, T.BASELINE, at(2, 2), 3, 3, 3)
    _ucla(worker, p1, T.FOLLOW_UP, at(2, 26), 2, 2, 2)
    _ucla(worker, p2, T.BASELINE, at(1, 10), 2, 2, 2)
    _ucla(worker, p2, T.FOLLOW_UP, at(2, 20), 2, 2, 3)
    _ucla(worker, p3, T.BASELINE, at(2, 10), 1, 2, 1)
    _ucla(worker, p3, T.FOLLOW_UP, at(2, 18), 1, 1, 2)
    _ucla(worker, p3, T.FOLLOW_UP, at(3, 5), 1, 1, 1)
    _ucla(worker, p5, T.BASELINE, at(2, 1), 3, 3, 2)
    _ucla(worker, p5, T.BASELINE, at(2, 5), 2, 2, 2)
    _ucla(worker, p5, T.DISCHARGE, at(2, 27), 1, 1, 1)
    _ucla(other, p6, T.BASELINE, at(2, 12), 3, 2, 2)

    # ONS4 (life satisfaction, worthwhile, happiness, anxiety; anxiety lower is better):
    # P1 2 Feb (4, 5, 3, 8) -> 26 Feb (6, 5, 5, 4); P2 6 Feb (7, 7, 7, 2) -> 20 Feb (6, 8, 7, 3);
    # P5 1 Feb (2, 3, 2, 9) -> 3 Mar (outside: no pair); P3 baseline only.
    _ons4(worker, p1, T.BASELINE, at(2, 2), (4, 5, 3, 8))
    _ons4(worker, p1, T.FOLLOW_UP, at(2, 26), (6, 5, 5, 4))
    _ons4(worker, p2, T.BASELINE, at(2, 6), (7, 7, 7, 2))
    _ons4(worker, p2, T.FOLLOW_UP, at(2, 20), (6, 8, 7, 3))
    _ons4(worker, p5, T.BASELINE, at(2, 1), (2, 3, 2, 9))
    _ons4(worker, p5, T.FOLLOW_UP, at(3, 3), (3, 3, 3, 8))
    _ons4(worker, p3, T.BASELINE, at(2, 10), (5, 5, 5, 5))
    return ds
