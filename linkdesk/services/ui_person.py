"""What the person page shows: one read of a person's record, shaped for display (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, SQLModel, col, select
from sqlmodel.sql.expression import SelectOfScalar

from linkdesk.domain import prescription_status
from linkdesk.domain.enums import (
    ClientStatus,
    ConsentPurpose,
    FlagStatus,
    FollowUpStatus,
    GoalStatus,
    NeedDomain,
    NeedLevel,
    PrescriptionKind,
    PrescriptionStatus,
    Timepoint,
)
from linkdesk.services.consent import active_consents
from linkdesk.services.context import ServiceContext
from linkdesk.services.timeline import TimelineEntry, person_timeline
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import (
    Assessment,
    Client,
    Consent,
    ContactNote,
    Flag,
    FollowUp,
    Goal,
    GoalReview,
    MeasureAdministration,
    Need,
    Prescription,
    Referral,
    StaffMember,
)

R = TypeVar("R", bound=SQLModel)
CONTACT_FIELDS = (
    "email",
    "address_line",
    "postal_code",
    "safe_contact_notes",
    "communication_needs",
    "accessibility_needs",
    "emergency_contact_name",
    "emergency_contact_phone",
)


@dataclass(frozen=True)
class ConsentRow:
    consent_id: str
    purpose: ConsentPurpose
    given_at: datetime
    withdrawn_at: datetime | None
    partner_organisation: str | None


@dataclass(frozen=True)
class FlagRow:
    flag_id: str
    kind: str
    severity: str
    status: FlagStatus
    description: str
    raised_at: datetime


@dataclass(frozen=True)
class ReviewRow:
    reviewed_on: date
    gas_score: int
    note: str


@dataclass(frozen=True)
class GoalRow:
    goal_id: str
    description: str
    domain: NeedDomain
    importance: int | None
    confidence: int | None
    target_date: date | None
    steps: str
    status: GoalStatus
    reviews: tuple[ReviewRow, ...]


@dataclass(frozen=True)
class PrescriptionRow:
    prescription_id: str
    service_name: str
    organisation_name: str | None
    service_contact: str | None
    service_id: str | None
    kind: PrescriptionKind
    status: PrescriptionStatus
    status_changed_at: datetime
    allowed_next: tuple[PrescriptionStatus, ...]
    is_stalled: bool
    note: str


@dataclass(frozen=True)
class FollowUpRow:
    follow_up_id: str
    due_on: date
    mode: str
    purpose: str
    status: FollowUpStatus


@dataclass(frozen=True)
class NoteRow:
    note_id: str
    occurred_at: datetime
    mode: str
    duration_minutes: int
    summary: str
    supersedes_id: str | None
    superseded: bool


@dataclass(frozen=True)
class MeasureRow:
    administration_id: str
    instrument_id: str
    timepoint: Timepoint
    administered_at: datetime
    answers: dict[str, int]
    total: float | None


@dataclass(frozen=True)
class NeedRow:
    domain: NeedDomain
    level: NeedLevel
    priority: int | None
    note: str


@dataclass(frozen=True)
class AssessmentView:
    assessed_on: date
    what_matters: str
    strengths: str
    interests: str
    needs: tuple[NeedRow, ...]


@dataclass(frozen=True)
class ReferralRow:
    source: str
    received_on: date
    reason: str
    referrer_name: str | None
    referrer_organisation: str | None
    urgency: str


@dataclass(frozen=True)
class PersonRecord:
    client_id: str
    given_name: str
    family_name: str
    preferred_name: str | None
    pronouns: str | None
    date_of_birth: date | None
    language: str
    interpreter_needed: bool
    phone: str | None
    community: str | None
    status: ClientStatus
    assigned_worker_id: str | None
    active_purposes: frozenset[ConsentPurpose]
    consents: tuple[ConsentRow, ...]
    flags: tuple[FlagRow, ...]
    goals: tuple[GoalRow, ...]
    prescriptions: tuple[PrescriptionRow, ...]
    follow_ups: tuple[FollowUpRow, ...]
    notes: tuple[NoteRow, ...]
    measures: tuple[MeasureRow, ...]
    assessment: AssessmentView | None
    timeline: tuple[TimelineEntry, ...] = field(default=())
    unsynced_changes: int = 0
    is_mine: bool = True
    assigned_worker_name: str | None = None  # from the team list the server sends, when known
    referrals: tuple[ReferralRow, ...] = ()
    contact: dict[str, str | None] = field(default_factory=dict)  # the editable contact fields, as stored

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.given_name} {self.family_name}".strip()


def _staff_name(session: Session, user_id: str | None) -> str | None:
    member = session.get(StaffMember, user_id) if user_id else None
    return member.display_name if member is not None else None


def _live(model: type[R], client_id: str) -> SelectOfScalar[R]:
    table = model.__table__  # type: ignore[attr-defined]
    return select(model).where(table.c.client_id == client_id, table.c.deleted.is_(False))


def _goals(session: Session, client_id: str) -> tuple[GoalRow, ...]:
    reviews: dict[str, list[ReviewRow]] = {}
    for r in session.exec(_live(GoalReview, client_id).order_by(col(GoalReview.reviewed_on))):
        reviews.setdefault(r.goal_id, []).append(ReviewRow(r.reviewed_on, r.gas_score, r.note))
    goals = session.exec(_live(Goal, client_id).order_by(col(Goal.created_at)))
    return tuple(
        GoalRow(
            g.id,
            g.description,
            NeedDomain(g.domain),
            g.importance,
            g.confidence,
            g.target_date,
            g.steps,
            GoalStatus(g.status),
            tuple(reviews.get(g.id, ())),
        )
        for g in goals
    )


def _prescriptions(session: Session, client_id: str, now: datetime) -> tuple[PrescriptionRow, ...]:
    rows = session.exec(_live(Prescription, client_id).order_by(col(Prescription.created_at)))
    result = []
    for p in rows:
        status = PrescriptionStatus(p.status)
        allowed = sorted(prescription_status.allowed_next(status), key=list(PrescriptionStatus).index)
        result.append(
            PrescriptionRow(
                p.id,
                p.service_name,
                p.organisation_name,
                p.service_contact,
                p.service_id,
                PrescriptionKind(p.kind),
                status,
                p.status_changed_at,
                tuple(allowed),
                prescription_status.is_stalled(status, p.status_changed_at, now),
                p.note,
            )
        )
    return tuple(result)


def _notes(session: Session, client_id: str) -> tuple[NoteRow, ...]:
    notes = list(session.exec(_live(ContactNote, client_id).order_by(col(ContactNote.occurred_at).desc())))
    superseded = {n.supersedes_id for n in notes if n.supersedes_id}
    return tuple(
        NoteRow(
            n.id,
            n.occurred_at,
            str(n.mode),
            n.duration_minutes,
            n.summary,
            n.supersedes_id,
            n.id in superseded,
        )
        for n in notes
    )


def _assessment(session: Session, client_id: str) -> AssessmentView | None:
    latest = session.exec(
        _live(Assessment, client_id).order_by(
            col(Assessment.assessed_on).desc(), col(Assessment.created_at).desc()
        )
    ).first()
    if latest is None:
        return None
    needs = session.exec(select(Need).where(Need.assessment_id == latest.id, col(Need.deleted).is_(False)))
    return AssessmentView(
        latest.assessed_on,
        latest.what_matters,
        latest.strengths,
        latest.interests,
        tuple(NeedRow(NeedDomain(n.domain), NeedLevel(n.level), n.priority, n.note) for n in needs),
    )


def load_person(ctx: ServiceContext, *, client_id: str, with_timeline: bool = True) -> PersonRecord:
    """Everything the person page shows; reading it is audited through the timeline query."""
    timeline = tuple(person_timeline(ctx, client_id=client_id)) if with_timeline else ()
    now = ctx.now()
    with ctx.read() as session:
        c = session.get(Client, client_id)
        if c is None or c.deleted:
            from linkdesk.errors import NotFoundError  # noqa: PLC0415 - rare path

            raise NotFoundError(record_type="client", record_id=client_id)
        consents = tuple(
            ConsentRow(x.id, ConsentPurpose(x.purpose), x.given_at, x.withdrawn_at, x.partner_organisation)
            for x in session.exec(_live(Consent, client_id).order_by(col(Consent.given_at)))
        )
        flags = tuple(
            FlagRow(f.id, str(f.kind), str(f.severity), FlagStatus(f.status), f.description, f.raised_at)
            for f in session.exec(_live(Flag, client_id).order_by(col(Flag.raised_at).desc()))
        )
        follow_ups = tuple(
            FollowUpRow(f.id, f.due_on, str(f.mode), f.purpose, FollowUpStatus(f.status))
            for f in session.exec(_live(FollowUp, client_id).order_by(col(FollowUp.due_on).desc()))
        )
        measures = tuple(
            MeasureRow(
                m.id,
                m.instrument_id,
                Timepoint(m.timepoint),
                m.administered_at,
                dict(m.answers or {}),
                m.external_total if m.external_total is not None else (m.scores or {}).get("total"),
            )
            for m in session.exec(
                _live(MeasureAdministration, client_id).order_by(col(MeasureAdministration.administered_at))
            )
        )
        return PersonRecord(
            client_id=c.id,
            given_name=c.given_name,
            family_name=c.family_name,
            preferred_name=c.preferred_name,
            pronouns=c.pronouns,
            date_of_birth=c.date_of_birth,
            language=c.language,
            interpreter_needed=c.interpreter_needed,
            phone=c.phone,
            community=c.community,
            status=ClientStatus(c.status),
            assigned_worker_id=c.assigned_worker_id,
            active_purposes=active_consents(session, client_id, now),
            consents=consents,
            flags=flags,
            goals=_goals(session, client_id),
            prescriptions=_prescriptions(session, client_id, now),
            follow_ups=follow_ups,
            notes=_notes(session, client_id),
            measures=measures,
            assessment=_assessment(session, client_id),
            timeline=timeline,
            unsynced_changes=int(
                session.execute(
                    sa_select(func.count())
                    .select_from(OutboxChange)
                    .where(col(OutboxChange.client_id) == client_id)
                ).scalar_one()
            ),
            is_mine=c.assigned_worker_id in (None, ctx.actor.user_id),
            assigned_worker_name=_staff_name(session, c.assigned_worker_id),
            referrals=tuple(
                ReferralRow(
                    str(r.source),
                    r.received_on,
                    r.reason,
                    r.referrer_name,
                    r.referrer_organisation,
                    str(r.urgency),
                )
                for r in session.exec(_live(Referral, client_id).order_by(col(Referral.received_on).desc()))
            ),
            contact={name: getattr(c, name) for name in CONTACT_FIELDS},
        )
