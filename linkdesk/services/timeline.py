"""A person's timeline: every dated event of their case, newest first, with corrections marked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlmodel import Session, SQLModel, col, select

from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.tables import (
    Assessment,
    CaseReview,
    Client,
    Closure,
    Consent,
    ContactNote,
    Flag,
    FollowUp,
    Goal,
    GoalReview,
    MeasureAdministration,
    Prescription,
    Referral,
)


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str
    record_id: str
    title: str
    detail: str = ""
    superseded: bool = False


def _on(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def _rows(session: Session, model: type[SQLModel], client_id: str) -> Iterable[SQLModel]:
    table = model.__table__  # type: ignore[attr-defined]
    return session.exec(select(model).where(table.c.client_id == client_id, table.c.deleted.is_(False)))


def _entries(session: Session, client_id: str) -> Iterable[TimelineEntry]:
    superseded = {
        n.supersedes_id
        for n in session.exec(
            select(ContactNote).where(
                ContactNote.client_id == client_id, col(ContactNote.supersedes_id).is_not(None)
            )
        )
    }
    for r in _rows(session, Referral, client_id):
        assert isinstance(r, Referral)
        yield TimelineEntry(_on(r.received_on), "referral", r.id, str(r.source), r.reason)
    for c in _rows(session, Consent, client_id):
        assert isinstance(c, Consent)
        yield TimelineEntry(c.given_at, "consent", c.id, str(c.purpose))
        if c.withdrawn_at:
            yield TimelineEntry(c.withdrawn_at, "consent_withdrawn", c.id, str(c.purpose))
    for a in _rows(session, Assessment, client_id):
        assert isinstance(a, Assessment)
        yield TimelineEntry(_on(a.assessed_on), "assessment", a.id, a.what_matters[:120])
    for g in _rows(session, Goal, client_id):
        assert isinstance(g, Goal)
        yield TimelineEntry(g.created_at, "goal", g.id, g.description, str(g.status))
    for v in _rows(session, GoalReview, client_id):
        assert isinstance(v, GoalReview)
        yield TimelineEntry(_on(v.reviewed_on), "goal_review", v.id, f"{v.gas_score:+d}", v.note)
    for p in _rows(session, Prescription, client_id):
        assert isinstance(p, Prescription)
        yield TimelineEntry(p.status_changed_at, "prescription", p.id, p.service_name, str(p.status))
    for f in _rows(session, FollowUp, client_id):
        assert isinstance(f, FollowUp)
        yield TimelineEntry(f.completed_at or _on(f.due_on), "follow_up", f.id, f.purpose, str(f.status))
    for n in _rows(session, ContactNote, client_id):
        assert isinstance(n, ContactNote)
        yield TimelineEntry(
            n.occurred_at, "note", n.id, str(n.mode), n.summary, superseded=n.id in superseded
        )
    for m in _rows(session, MeasureAdministration, client_id):
        assert isinstance(m, MeasureAdministration)
        yield TimelineEntry(m.administered_at, "measure", m.id, m.instrument_id, str(m.timepoint))
    for fl in _rows(session, Flag, client_id):
        assert isinstance(fl, Flag)
        yield TimelineEntry(fl.raised_at, "flag", fl.id, str(fl.kind), str(fl.status))
    for cl in _rows(session, Closure, client_id):
        assert isinstance(cl, Closure)
        yield TimelineEntry(cl.closed_at, "closure", cl.id, str(cl.reason), cl.summary)


def _review_entries(session: Session, client_id: str) -> Iterable[TimelineEntry]:
    """A supervisor's case reviews, synced back to the worker."""
    for rv in _rows(session, CaseReview, client_id):
        assert isinstance(rv, CaseReview)
        yield TimelineEntry(rv.reviewed_at, "case_review", rv.id, str(rv.outcome), rv.note)


def person_timeline(ctx: ServiceContext, *, client_id: str) -> list[TimelineEntry]:
    """Reading a person's record is audited (who looked, when; never what)."""
    with ctx.write() as uow:
        require(uow, Client, client_id)
        uow.audit_access("client.view", "client", client_id)
        entries = [*_entries(uow.session, client_id), *_review_entries(uow.session, client_id)]
    return sorted(entries, key=lambda e: (e.at, e.kind), reverse=True)
