"""A case's goals (with Goal Attainment Scaling reviews) and the social prescriptions that serve them."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from linkdesk.domain.consent_rules import required_to_send
from linkdesk.domain.enums import (
    Barrier,
    ClientStatus,
    ClosureReason,
    ConsentPurpose,
    GoalStatus,
    NeedDomain,
    PrescriptionKind,
    SendMethod,
)
from linkdesk.domain.enums import PrescriptionStatus as P
from linkdesk.records.goal import GoalBase, GoalReviewBase
from linkdesk.records.prescription import PrescriptionBase
from linkdesk.services.demo import phrases as p
from linkdesk.services.demo.clock import at, days
from linkdesk.services.demo.domain_phrases import domain_text
from linkdesk.services.demo.settings import ServicePick
from linkdesk.services.demo.timeline import ConsentTimeline

if TYPE_CHECKING:
    from linkdesk.services.demo.case import CaseBuilder

_CLOSED_OUTCOMES: dict[ClosureReason, tuple[tuple[GoalStatus, ...], tuple[int, ...]]] = {
    ClosureReason.GOALS_MET: ((GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED), (70, 30)),
    ClosureReason.DECLINED: ((GoalStatus.NOT_ACHIEVED, GoalStatus.DISCONTINUED), (50, 50)),
    ClosureReason.UNREACHABLE: ((GoalStatus.NOT_ACHIEVED, GoalStatus.DISCONTINUED), (40, 60)),
}
_OTHER_CLOSED = (
    (GoalStatus.DISCONTINUED, GoalStatus.PARTLY_ACHIEVED, GoalStatus.NOT_ACHIEVED, GoalStatus.ACHIEVED),
    (45, 25, 15, 15),
)
# Goal Attainment Scaling at the last review, by the goal's outcome (0 = the expected level).
_FINAL_GAS = {
    GoalStatus.ACHIEVED: (0, 1, 2), GoalStatus.PARTLY_ACHIEVED: (-1, 0), GoalStatus.NOT_ACHIEVED: (-2, -1),
    GoalStatus.DISCONTINUED: (-2, -1), GoalStatus.ACTIVE: (-1, 0, 1),
}
_LATE = (P.ACCEPTED, P.DECLINED, P.ATTENDED, P.NOT_ATTENDED, P.COMPLETED, P.CANCELLED, P.DRAFTED)
_LATE_WEIGHTS = (15, 10, 20, 6, 35, 8, 3)
_CLOSED_CASE = (P.COMPLETED, P.DECLINED, P.CANCELLED, P.ATTENDED, P.NOT_ATTENDED)
_CLOSED_WEIGHTS = (40, 15, 15, 15, 15)


def add_goals_and_prescriptions(case: CaseBuilder, assessed_on: date, domains: list[NeedDomain],
                                consents: ConsentTimeline) -> None:
    rng = case.rng
    count = min(len(domains), 1 + (rng.random() < 0.6) + (rng.random() < 0.25))
    prescriptions = 0
    used: set[str] = set()
    for number, domain in enumerate(domains[:count]):
        goal_id = _goal(case, assessed_on, domain, number)
        wanted = 1 if number == 0 and (case.plan.prescription_status or case.plan.stalled) else 0
        wanted = max(wanted, int(rng.random() < 0.75) + int(number == 0 and rng.random() < 0.2))
        for _ in range(wanted):
            if prescriptions < 3:
                used.add(_prescription(case, assessed_on, domain, goal_id, consents, used=used,
                                       first=prescriptions == 0))
                prescriptions += 1


def _goal_status(case: CaseBuilder, assessed_on: date, number: int) -> tuple[GoalStatus, date]:
    rng, plan = case.rng, case.plan
    if number == 0 and plan.goal_status is not None:
        if plan.goal_status is GoalStatus.ACTIVE:
            return GoalStatus.ACTIVE, assessed_on
        return plan.goal_status, assessed_on + days(rng.randint(0, max(0, (case.end - assessed_on).days)))
    if plan.status is ClientStatus.CLOSED and case.closed_on is not None and plan.closure_reason is not None:
        options, weights = _CLOSED_OUTCOMES.get(plan.closure_reason, _OTHER_CLOSED)
        return rng.choices(options, weights=weights)[0], case.closed_on
    span = (case.end - assessed_on).days
    if span > 90 and rng.random() < 0.35:
        status = rng.choices((GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED, GoalStatus.NOT_ACHIEVED,
                              GoalStatus.DISCONTINUED), weights=(50, 25, 10, 15))[0]
        return status, assessed_on + days(rng.randint(60, span))
    return GoalStatus.ACTIVE, assessed_on


def _goal(case: CaseBuilder, assessed_on: date, domain: NeedDomain, number: int) -> str:
    rng = case.rng
    text = domain_text(case.lang, domain)
    status, changed_on = _goal_status(case, assessed_on, number)
    goal_id = case.new_id()
    case.add(GoalBase(
        id=goal_id, client_id=case.client_id, description=case.say(rng.choice(text.goals)),
        domain=domain,
        importance=rng.randint(6, 10), confidence=rng.randint(2, 8),
        target_date=assessed_on + days(rng.randint(60, 150)),
        steps=case.say("\n".join(rng.sample(text.steps, k=min(2, len(text.steps))))),
        status=status,
        status_changed_at=at(changed_on, 14),
    ))
    last = changed_on if status is not GoalStatus.ACTIVE else case.end
    span = (last - assessed_on).days
    if span >= 45 and rng.random() < 0.6:
        reviews = min(2, span // 45)
        final = rng.choice(_FINAL_GAS[status])
        start = min(final, rng.choice((-2, -1, -1)))
        for k in range(1, reviews + 1):
            score = round(start + (final - start) * k / reviews)
            case.add(GoalReviewBase(
                id=case.new_id(), client_id=case.client_id, goal_id=goal_id,
                reviewed_on=assessed_on + days(span * k // reviews), gas_score=score,
                note=case.pick(p.GAS_NOTES[score]), reviewed_by=case.worker,
            ))
    return goal_id


def _service(case: CaseBuilder, domain: NeedDomain, used: set[str]) -> ServicePick:
    """A directory service for the domain in the person's language (one not already prescribed), else a
    typed-in one."""
    rng = case.rng
    listed = [s for s in case.s.services.get(domain, ()) if s.name not in used]
    if listed:
        suits = [s for s in listed if case.lang in s.languages] or listed
        return rng.choice(suits)
    typed = [t for t in domain_text(case.lang, domain).services if t.split("|")[0] not in used]
    name, _, organisation = rng.choice(typed or domain_text(case.lang, domain).services).partition("|")
    contact = f"{case.person.community.area_code}-555-01{rng.randint(0, 99):02d}"
    return ServicePick(None, name, organisation or None, contact, frozenset({case.lang}))


def _status(case: CaseBuilder, created: date, first: bool) -> tuple[P, bool]:
    """The prescription's status and whether it is stalled (waiting for a response over 14 days)."""
    rng, plan = case.rng, case.plan
    if first and plan.prescription_status is not None:
        return plan.prescription_status, False
    if first and plan.stalled and (case.s.today - created).days >= 17:
        return rng.choice((P.SENT, P.RECEIVED)), True
    if plan.status is ClientStatus.CLOSED:
        return rng.choices(_CLOSED_CASE, weights=_CLOSED_WEIGHTS)[0], False
    age = (case.end - created).days
    if age < 3:
        return P.DRAFTED, False
    if age < 12:
        return rng.choice((P.SENT, P.RECEIVED, P.ACCEPTED)), False
    return rng.choices(_LATE, weights=_LATE_WEIGHTS)[0], False


def _prescription(case: CaseBuilder, assessed_on: date, domain: NeedDomain, goal_id: str,
                  consents: ConsentTimeline, *, used: set[str], first: bool) -> str:
    """Add one prescription and return the name of the service it went to."""
    rng, today = case.rng, case.s.today
    created = min(assessed_on + days(rng.randint(0, 10)), case.end)
    status, stalled = _status(case, created, first)
    created_at = at(created, rng.randint(9, 16))
    active = consents.active(created_at)
    partner = ConsentPurpose.SHARE_WITH_PARTNER in active
    kind = PrescriptionKind.REFERRAL if partner and rng.random() < 0.65 else PrescriptionKind.SIGNPOST
    if not required_to_send(kind) <= active:
        kind = PrescriptionKind.SIGNPOST
    can_send = required_to_send(kind) <= active
    if not can_send and status not in (P.DRAFTED, P.CANCELLED):
        status, stalled = P.DRAFTED, False  # sending is refused without consent: it stays a draft
    sent: datetime | None = None
    if status is P.DRAFTED:
        changed = created_at
    elif status in (P.SENT, P.RECEIVED):
        waited = rng.randint(16, 45) if stalled else rng.randint(1, 10)
        changed = max(created_at, at(today - days(waited), rng.randint(9, 16)))
        sent = max(created_at, changed - days(0 if status is P.SENT else rng.randint(0, 3)))
    else:
        sent_day = min(created + days(rng.randint(0, 3)), case.end)
        if can_send and (status is not P.CANCELLED or rng.random() < 0.5):
            sent = max(created_at, at(sent_day, rng.randint(9, 16)))
        changed = max(sent or created_at, at(min(sent_day + days(rng.randint(3, 40)), case.end), 16))
    pick = _service(case, domain, used)
    barriers: list[str] = []
    if rng.random() < 0.3:
        barriers = sorted(b.value for b in rng.sample(tuple(Barrier), k=rng.randint(1, 2)))
    case.add(PrescriptionBase(
        id=case.new_id(), client_id=case.client_id, goal_id=goal_id, service_id=pick.service_id,
        service_name=pick.name, organisation_name=pick.organisation, service_contact=pick.contact, kind=kind,
        status=status, status_changed_at=changed,
        send_method=rng.choices(tuple(SendMethod), weights=(35, 25, 15, 10, 15))[0] if sent else None,
        sent_at=sent, barriers=barriers, note="", created_by=case.worker,
    ))
    return pick.name
