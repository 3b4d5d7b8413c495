"""One person's case as new records: the person, referral, consents, contacts, assessment, closure."""

from __future__ import annotations

from datetime import date, datetime
from random import Random

from sqlmodel import SQLModel

from linkdesk.domain.enums import (
    ClientStatus,
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    FlagKind,
    FlagSeverity,
    FlagStatus,
    FollowUpStatus,
    NeedDomain,
    NeedLevel,
    Urgency,
)
from linkdesk.domain.names import sort_name
from linkdesk.records.assessment import AssessmentBase, NeedBase
from linkdesk.records.client import ClientBase
from linkdesk.records.closure import ClosureBase
from linkdesk.records.consent import ConsentBase
from linkdesk.records.flag import FlagBase
from linkdesk.records.followup import FollowUpBase
from linkdesk.records.note import ContactNoteBase
from linkdesk.records.referral import ReferralBase
from linkdesk.services.demo import phrases as p
from linkdesk.services.demo.clock import at, days
from linkdesk.services.demo.domain_phrases import domain_text
from linkdesk.services.demo.goals import add_goals_and_prescriptions
from linkdesk.services.demo.ids import IdMaker
from linkdesk.services.demo.measures import add_measures
from linkdesk.services.demo.names import Origin
from linkdesk.services.demo.person import Person, make_person
from linkdesk.services.demo.plan import Plan, plan_for
from linkdesk.services.demo.settings import CaseSettings
from linkdesk.services.demo.timeline import ConsentTimeline

_MODES = (ContactMode.PHONE, ContactMode.HOME_VISIT, ContactMode.CLINIC, ContactMode.VIDEO, ContactMode.TEXT)
_MODE_WEIGHTS = (45, 25, 15, 8, 7)
_MINUTES = {ContactMode.PHONE: (8, 35), ContactMode.HOME_VISIT: (45, 100), ContactMode.CLINIC: (30, 60),
            ContactMode.VIDEO: (20, 45), ContactMode.TEXT: (1, 5)}
_ALL_DOMAINS = tuple(d for d in NeedDomain if d is not NeedDomain.OTHER)


def _domains(rng: Random, person: Person) -> list[NeedDomain]:
    """Two to four need domains, most pressing first, shaped by age and circumstances."""
    weights = {d: 4 for d in _ALL_DOMAINS}
    weights[NeedDomain.SOCIAL_ISOLATION] = 22 if person.age >= 65 else 12
    weights[NeedDomain.MENTAL_WELLBEING] = 10
    weights[NeedDomain.PHYSICAL_ACTIVITY] = 9
    weights[NeedDomain.FOOD_SECURITY] = 8
    weights[NeedDomain.TRANSPORTATION] = 8
    weights[NeedDomain.INCOME] = 8
    weights[NeedDomain.CAREGIVER_SUPPORT] = 6 if person.age >= 45 else 2
    weights[NeedDomain.EMPLOYMENT_LEARNING] = 7 if person.age < 65 else 1
    weights[NeedDomain.NEWCOMER_SETTLEMENT] = 60 if person.origin is Origin.NEWCOMER else 0
    chosen: list[NeedDomain] = []
    for _ in range(rng.choice((2, 2, 3, 3, 4))):
        pool = [d for d in _ALL_DOMAINS if d not in chosen and weights[d] > 0]
        chosen.append(rng.choices(pool, weights=[weights[d] for d in pool])[0])
    if rng.random() < 0.03:
        chosen.append(NeedDomain.OTHER)
    return chosen


class CaseBuilder:
    """Builds the records of person number `index`; the same seed and index always give the same case."""

    def __init__(self, index: int, settings: CaseSettings) -> None:
        self.s = settings
        # Demo data, not secrets (S311). A string seed hashes the same on every platform and Python run.
        self.rng = Random(f"linkdesk-demo:{settings.seed}:{index}")  # noqa: S311
        self.new_id = IdMaker(settings.seed, f"person/{index}")
        self.records: list[SQLModel] = []
        self.person = make_person(self.rng, settings.today)
        self.plan: Plan = plan_for(index, self.rng)
        self.lang = self.person.text_language
        team = self.person.community.team
        workers = settings.worker_ids or settings.staff.worker_ids_by_team[team]
        self.worker = self.rng.choice(workers)
        self.team_id = settings.team_id or settings.staff.team_ids[team]
        self.client_id = self.new_id()
        today = settings.today
        self.received = today - days(self.plan.days_since_referral)
        self.closed_on: date | None = None
        if self.plan.status is ClientStatus.CLOSED:
            # Most programmes last three to six months; a few run longer.
            longest = min(self.plan.days_since_referral - 3, 150 if self.rng.random() < 0.8 else 300)
            self.closed_on = self.received + days(self.rng.randint(min(30, longest), max(30, longest)))
        self.end = self.closed_on or today - days(1)  # the last day with history
        self.first_contact: date | None = None
        self.first_contact_at: datetime | None = None
        if self.plan.days_since_referral >= 2:
            wait = self.rng.randint(1, min(10, self.plan.days_since_referral - 1))
            self.first_contact = self.received + days(wait)
            minute = self.rng.choice((0, 15, 30, 45))
            self.first_contact_at = at(self.first_contact, self.rng.randint(9, 15), minute)

    def build(self) -> list[SQLModel]:
        rng, plan = self.rng, self.plan
        domains = _domains(rng, self.person)
        self._client()
        self._referral(domains[0])
        consents = ConsentTimeline()
        contacts: list[date] = []
        if self.first_contact is not None:
            consents = self._consents()
            contacts = self._contact_days()
        assessed_on = contacts[1] if len(contacts) >= 2 else None
        notes = self._contacts(contacts)
        if assessed_on is not None:
            self._assessment(assessed_on, domains)
            add_goals_and_prescriptions(self, assessed_on, domains, consents)
            add_measures(self, assessed_on)
        self._open_follow_ups(contacts)
        if plan.correction and len(notes) >= 2:
            self._correction(rng.choice(notes[1:]))
        if plan.flag is not None:
            self._flag(plan.flag, contacts)
        if self.closed_on is not None and plan.closure_reason is not None:
            self.add(ClosureBase(
                id=self.new_id(), client_id=self.client_id, closed_at=at(self.closed_on, 15),
                reason=plan.closure_reason, summary=self.pick(p.CLOSURES[plan.closure_reason]),
                closed_by=self.worker,
            ))
        return self.records

    def add(self, record: SQLModel) -> None:
        self.records.append(record)

    def say(self, text: str) -> str:
        """A phrase in agreement with the person's gender."""
        return p.agree(text, self.person.gender)

    def pick(self, pool: p.Pool) -> str:
        return p.pick(self.rng, pool, self.lang, self.person.gender)

    def mode(self) -> ContactMode:
        return self.rng.choices(_MODES, weights=_MODE_WEIGHTS)[0]

    def _client(self) -> None:
        person, plan = self.person, self.plan
        if plan.status is ClientStatus.CLOSED and self.closed_on is not None:
            changed = at(self.closed_on, 15)
        elif plan.status is ClientStatus.ON_HOLD:
            paused = self.s.today - days(self.rng.randint(3, 40))
            changed = at(max(self.first_contact or self.received, paused), 11)
        else:
            changed = at(self.first_contact or self.received, 10)
        self.add(ClientBase(
            id=self.client_id, given_name=person.given_name, family_name=person.family_name,
            sort_name=sort_name(person.family_name, person.given_name),
            preferred_name=person.preferred_name, pronouns=person.pronouns,
            date_of_birth=person.date_of_birth, age_band=person.age_band, language=person.language,
            interpreter_needed=person.interpreter_needed, phone=person.phone, email=person.email,
            address_line=person.address_line, community=person.community.name,
            postal_code=person.community.postal_code, safe_contact_notes=person.safe_contact_notes,
            communication_needs=person.communication_needs, accessibility_needs=person.accessibility_needs,
            emergency_contact_name=person.emergency_contact_name,
            emergency_contact_phone=person.emergency_contact_phone, assigned_worker_id=self.worker,
            team_id=self.team_id, status=plan.status, status_changed_at=changed,
        ))

    def _referral(self, primary: NeedDomain) -> None:
        rng = self.rng
        name, _, organisation = self.pick(p.REFERRERS[self.plan.source]).partition("|")
        self.add(ReferralBase(
            id=self.new_id(), client_id=self.client_id, source=self.plan.source, referrer_name=name or None,
            referrer_organisation=organisation or None,
            reason=self.say(rng.choice(domain_text(self.lang, primary).reasons)),
            received_on=self.received, urgency=rng.choices(tuple(Urgency), weights=(75, 20, 5))[0],
            first_contact_at=self.first_contact_at,
        ))

    def _consents(self) -> ConsentTimeline:
        rng, plan = self.rng, self.plan
        assert self.first_contact is not None and self.first_contact_at is not None
        given = self.first_contact_at  # consent is asked for on the first call
        needs_sending = plan.prescription_status is not None or plan.stalled
        wanted = [ConsentPurpose.STORE_AND_SYNC] if needs_sending or rng.random() < 0.97 else []
        if rng.random() < 0.55:
            wanted.append(ConsentPurpose.SHARE_WITH_REFERRER)
        if needs_sending or rng.random() < 0.45:
            wanted.append(ConsentPurpose.SHARE_WITH_PARTNER)
        if rng.random() < 0.5 or plan.withdraw_consent:
            wanted.append(ConsentPurpose.EVALUATION)
        method = rng.choices(tuple(ConsentMethod), weights=(60, 32, 8))[0]
        timeline = ConsentTimeline()
        withdrawn_purpose = ConsentPurpose.EVALUATION if plan.withdraw_consent else None
        span = (self.end - self.first_contact).days
        for purpose in wanted:
            withdrawn: datetime | None = None
            if purpose is withdrawn_purpose and span >= 7:
                withdrawn = at(self.first_contact + days(rng.randint(7, span)), 13)
            partner = rng.choice(self.s.partners) if purpose is ConsentPurpose.SHARE_WITH_PARTNER else None
            self.add(ConsentBase(
                id=self.new_id(), client_id=self.client_id, purpose=purpose, partner_organisation=partner,
                method=method, given_at=given, withdrawn_at=withdrawn, recorded_by=self.worker,
            ))
            timeline.add(purpose, given, withdrawn)
        return timeline

    def _contact_days(self) -> list[date]:
        assert self.first_contact is not None
        found = [self.first_contact]
        while len(found) < 10:
            gap = self.rng.randint(10, 30) if len(found) < 5 else self.rng.randint(30, 60)
            nxt = found[-1] + days(gap)
            if nxt > self.end:
                break
            found.append(nxt)
        return found

    def _contacts(self, contact_days: list[date]) -> list[ContactNoteBase]:
        """A note for each contact; every contact after the first was a planned follow-up."""
        rng, notes = self.rng, []
        for number, day in enumerate(contact_days):
            mode = ContactMode.PHONE if number == 0 else (
                rng.choice((ContactMode.HOME_VISIT, ContactMode.CLINIC)) if number == 1 else self.mode())
            when = (self.first_contact_at if number == 0 and self.first_contact_at
                    else at(day, rng.randint(9, 16), rng.choice((0, 15, 30, 45))))
            note_id, follow_up_id = self.new_id(), None
            missed = number >= 2 and rng.random() < 0.07
            if number >= 1:
                follow_up_id = self.new_id()
                if rng.random() < 0.05:  # first booked a few days earlier, then moved to this day
                    self.add(FollowUpBase(
                        id=self.new_id(), client_id=self.client_id, due_on=day - days(rng.randint(2, 5)),
                        mode=mode, purpose=self.pick(p.FOLLOW_UP_PURPOSE),
                        status=FollowUpStatus.RESCHEDULED, created_by=self.worker,
                    ))
                self.add(FollowUpBase(
                    id=follow_up_id, client_id=self.client_id, due_on=day, mode=mode,
                    purpose=self.pick(p.FOLLOW_UP_PURPOSE),
                    status=FollowUpStatus.MISSED if missed else FollowUpStatus.DONE,
                    completed_at=None if missed else when, note_id=note_id, created_by=self.worker,
                ))
            if number == 0:
                summary = self.pick(p.FIRST_CONTACT)
            elif missed:
                summary = self.pick(p.MISSED)
            else:
                summary = self.pick(p.NOTES[mode])
            low, high = _MINUTES[mode]
            note = ContactNoteBase(
                id=note_id, client_id=self.client_id, occurred_at=when, mode=mode,
                duration_minutes=2 if missed else rng.randint(low, high), summary=summary,
                author_id=self.worker, follow_up_id=follow_up_id,
            )
            self.add(note)
            notes.append(note)
        return notes

    def _correction(self, original: ContactNoteBase) -> None:
        self.add(ContactNoteBase(
            id=self.new_id(), client_id=self.client_id, occurred_at=original.occurred_at, mode=original.mode,
            duration_minutes=original.duration_minutes, summary=self.pick(p.CORRECTION),
            author_id=self.worker, supersedes_id=original.id, follow_up_id=original.follow_up_id,
        ))

    def _assessment(self, assessed_on: date, domains: list[NeedDomain]) -> None:
        rng = self.rng
        assessment_id = self.new_id()
        self.add(AssessmentBase(
            id=assessment_id, client_id=self.client_id, assessed_on=assessed_on,
            what_matters=self.pick(p.WHAT_MATTERS),
            strengths=self.pick(p.STRENGTHS), interests=self.pick(p.INTERESTS),
            assessed_by=self.worker,
        ))
        for priority, domain in enumerate(domains, start=1):
            level = rng.choices((NeedLevel.HIGH, NeedLevel.MEDIUM, NeedLevel.LOW),
                                weights=(50, 35, 15) if priority == 1 else (20, 45, 35))[0]
            self.add(NeedBase(
                id=self.new_id(), client_id=self.client_id, assessment_id=assessment_id, domain=domain,
                level=level, priority=priority,
                note=self.say(rng.choice(domain_text(self.lang, domain).need_notes)),
            ))

    def _open_follow_ups(self, contact_days: list[date]) -> None:
        """What is still to come: the next contact, plus any overdue or due-today work the plan asks for."""
        rng, plan, today = self.rng, self.plan, self.s.today
        last = contact_days[-1] if contact_days else self.received
        if plan.status is ClientStatus.CLOSED:
            # Closing a case cancels what was still booked (as close_case does).
            if self.closed_on is not None and rng.random() < 0.4:
                self._book(self.closed_on + days(rng.randint(7, 21)), self.mode(), FollowUpStatus.CANCELLED)
            return
        if plan.status is ClientStatus.ON_HOLD:
            self._book(today + days(rng.randint(14, 60)), ContactMode.PHONE)
            return
        if plan.overdue:
            due = max(last + days(1), today - days(rng.randint(1, 21)))
            self._book(min(today - days(1), due), self.mode())
        if plan.due_today:
            self._book(today, rng.choice((ContactMode.PHONE, ContactMode.CLINIC, ContactMode.VIDEO)))
        if plan.home_visit_today:
            self._book(today, ContactMode.HOME_VISIT)
        if not (plan.overdue or plan.due_today or plan.home_visit_today) and rng.random() < 0.92:
            first_call = not contact_days  # a new referral: the introductory call
            self._book(today + days(rng.randint(1, 3 if first_call else 28)),
                       ContactMode.PHONE if first_call else self.mode())

    def _book(self, due: date, mode: ContactMode, status: FollowUpStatus = FollowUpStatus.SCHEDULED) -> None:
        self.add(FollowUpBase(
            id=self.new_id(), client_id=self.client_id, due_on=due, mode=mode,
            purpose=self.pick(p.FOLLOW_UP_PURPOSE), status=status, created_by=self.worker,
        ))

    def _flag(self, status: FlagStatus, contact_days: list[date]) -> None:
        rng, today = self.rng, self.s.today
        kinds = (FlagKind.RISK, FlagKind.SAFEGUARDING, FlagKind.LONE_WORKER)
        kind = rng.choices(kinds, weights=(40, 25, 35))[0]
        start = contact_days[0] if contact_days else self.received
        if status is FlagStatus.RESOLVED:
            raised_day = start + days(rng.randint(0, max(0, (self.end - start).days - 3)))
        else:
            raised_day = max(start, today - days(rng.randint(1, 30)))
        raised = at(min(raised_day, today - days(1)), rng.randint(9, 16))
        escalated = None
        if status is FlagStatus.ESCALATED or (status is FlagStatus.RESOLVED and rng.random() < 0.5):
            escalated = min(raised + days(rng.randint(0, 1)), max(raised, at(today - days(1), 17)))
        resolved = None
        if status is FlagStatus.RESOLVED:
            resolved = min(raised + days(rng.randint(2, 30)), at(self.end, 17))
            resolved = max(resolved, escalated or raised)
        self.add(FlagBase(
            id=self.new_id(), client_id=self.client_id, kind=kind,
            severity=rng.choices(tuple(FlagSeverity), weights=(30, 50, 20))[0],
            description=self.pick(p.FLAGS[kind]), status=status, raised_by=self.worker,
            raised_at=raised, escalated_at=escalated, resolved_at=resolved,
            resolved_by=self.s.staff.supervisor_id if resolved else None,
            resolution_note=self.pick(p.RESOLUTIONS) if resolved else "",
        ))
