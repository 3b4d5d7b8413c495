"""Case review: the month's queue (every flagged case plus a random sample of each worker's caseload), the
review itself (checklist, note, sign-off; an append-only record that syncs back to the worker) and the
review history."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from linkdesk.domain.enums import ClientStatus, FlagStatus, Role
from linkdesk.domain.review import (
    DEFAULT_SAMPLE_SIZE,
    MAX_SAMPLE_SIZE,
    ReviewOutcome,
    ReviewReason,
    clean_checklist,
    is_period,
    monthly_sample,
    period_of,
)
from linkdesk.domain.validation import clean_optional_text
from linkdesk.errors import ValidationError
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.sync_tables import DeviceSetting
from linkdesk.store.tables import CaseReview, Client, Flag, StaffMember
from linkdesk.sync.state import ROLE

SAMPLE_SIZE_SETTING = "supervision.sample_size"


@dataclass(frozen=True)
class QueueItem:
    client_id: str
    name: str
    worker_id: str
    worker_name: str
    reason: ReviewReason
    escalated: bool  # a flag escalated to the supervisor (these come first)
    flag_ids: tuple[str, ...]
    review_id: str | None  # this month's review, once signed
    reviewed_at: datetime | None
    outcome: ReviewOutcome | None

    @property
    def done(self) -> bool:
        return self.review_id is not None


@dataclass(frozen=True)
class ReviewEntry:
    review_id: str
    client_id: str
    person: str  # "" when the person is no longer on this laptop
    worker_name: str
    reviewer_name: str
    reviewed_at: datetime
    period: str
    reason: ReviewReason
    outcome: ReviewOutcome
    checklist: dict[str, bool]
    note: str


def _name(client: Client) -> str:
    return f"{client.preferred_name or client.given_name} {client.family_name}".strip()


def sample_size(ctx: ServiceContext) -> int:
    raw = ctx.store.get_setting(SAMPLE_SIZE_SETTING, str(DEFAULT_SAMPLE_SIZE)) or ""
    return int(raw) if raw.isdigit() else DEFAULT_SAMPLE_SIZE


def set_sample_size(ctx: ServiceContext, size: int) -> int:
    if not 0 <= size <= MAX_SAMPLE_SIZE:
        raise ValidationError(field="sample_size", reason="out_of_range", low=0, high=MAX_SAMPLE_SIZE)
    ctx.store.set_setting(SAMPLE_SIZE_SETTING, str(size))
    return size


def _period(ctx: ServiceContext, period: str | None) -> str:
    chosen = period or period_of(ctx.today())
    if not is_period(chosen):
        raise ValidationError(field="period", reason="not_a_month")
    return chosen


def _staff_names(session: Session, ids: set[str]) -> dict[str, str]:
    rows = session.exec(select(StaffMember).where(col(StaffMember.id).in_(list(ids)))).all()
    return {r.id: r.display_name for r in rows}


def review_queue(
    ctx: ServiceContext, *, period: str | None = None, size: int | None = None
) -> list[QueueItem]:
    """Flagged cases first (escalated ones at the top), then each worker's sample. The sample is drawn
    from the worker's open cases without an unresolved flag, by a hash of (month, worker, person): the
    same list every time it is opened in that month."""
    month = _period(ctx, period)
    per_worker = sample_size(ctx) if size is None else size
    with ctx.read() as session:
        clients = {
            c.id: c
            for c in session.exec(
                select(Client).where(
                    col(Client.deleted).is_(False),
                    col(Client.assigned_worker_id).is_not(None),
                    Client.status != ClientStatus.CLOSED,
                )
            )
        }
        flags: dict[str, list[Flag]] = {}
        for flag in session.exec(
            select(Flag).where(Flag.status != FlagStatus.RESOLVED, col(Flag.deleted).is_(False))
        ):
            if flag.client_id in clients:
                flags.setdefault(flag.client_id, []).append(flag)
        by_worker: dict[str, list[str]] = {}
        for client in clients.values():
            if client.id not in flags:
                by_worker.setdefault(str(client.assigned_worker_id), []).append(client.id)
        reviews = {
            r.client_id: r
            for r in session.exec(
                select(CaseReview)
                .where(CaseReview.period == month, col(CaseReview.deleted).is_(False))
                .order_by(col(CaseReview.reviewed_at))
            )
        }
        names = _staff_names(session, {str(c.assigned_worker_id) for c in clients.values()})

    def item(client_id: str, reason: ReviewReason) -> QueueItem:
        client = clients[client_id]
        worker = str(client.assigned_worker_id)
        own = flags.get(client_id, [])
        review = reviews.get(client_id)
        return QueueItem(
            client_id=client_id,
            name=_name(client),
            worker_id=worker,
            worker_name=names.get(worker, ""),
            reason=reason,
            escalated=any(f.status == FlagStatus.ESCALATED for f in own),
            flag_ids=tuple(f.id for f in own),
            review_id=review.id if review else None,
            reviewed_at=review.reviewed_at if review else None,
            outcome=ReviewOutcome(review.outcome) if review else None,
        )

    flagged = sorted(
        (item(cid, ReviewReason.FLAG) for cid in flags),
        key=lambda q: (not q.escalated, q.worker_name.casefold(), q.name.casefold()),
    )
    sampled = [
        item(cid, ReviewReason.SAMPLE)
        for worker in sorted(by_worker, key=lambda w: (names.get(w, "").casefold(), w))
        for cid in monthly_sample(month, worker, by_worker[worker], per_worker)
    ]
    return flagged + sampled


def sign_off_review(
    ctx: ServiceContext,
    *,
    client_id: str,
    reason: ReviewReason,
    checklist: Mapping[str, bool],
    note: str,
    outcome: ReviewOutcome,
    period: str | None = None,
    flag_id: str | None = None,
) -> str:
    """Write the signed review (record + outbox change + audit event in one transaction)."""
    month = _period(ctx, period)
    try:
        answers = clean_checklist(dict(checklist))
    except ValueError:
        raise ValidationError(field="checklist", reason="unknown_item") from None
    text = clean_optional_text(note, field="note", max_length=4000) or ""
    if outcome == ReviewOutcome.ACTION_NEEDED and not text:
        raise ValidationError(field="note", reason="required_for_action")
    with ctx.write() as uow:
        role = uow.session.get(DeviceSetting, ROLE)
        if role is None or role.value != Role.SUPERVISOR:
            raise ValidationError(field="role", reason="supervisor_only")
        client = require(uow, Client, client_id)
        if client.assigned_worker_id is None:
            raise ValidationError(field="client_id", reason="not_assigned")
        if flag_id is not None and require(uow, Flag, flag_id).client_id != client_id:
            raise ValidationError(field="flag_id", reason="other_person")
        review = uow.add(
            CaseReview(
                client_id=client_id,
                worker_id=client.assigned_worker_id,
                reviewer_id=ctx.actor.user_id,
                reviewed_at=ctx.now(),
                period=month,
                reason=reason,
                checklist=answers,
                note=text,
                outcome=outcome,
                flag_id=flag_id,
            ),
            action="case_review.sign_off",
        )
        return review.id


def review_history(
    ctx: ServiceContext, *, client_id: str | None = None, worker_id: str | None = None, limit: int = 200
) -> list[ReviewEntry]:
    """Signed reviews, newest first, for one person, one worker or the whole team."""
    stmt = select(CaseReview).where(col(CaseReview.deleted).is_(False))
    if client_id is not None:
        stmt = stmt.where(CaseReview.client_id == client_id)
    if worker_id is not None:
        stmt = stmt.where(CaseReview.worker_id == worker_id)
    stmt = stmt.order_by(col(CaseReview.reviewed_at).desc()).limit(limit)
    with ctx.read() as session:
        reviews = session.exec(stmt).all()
        people = {
            c.id: _name(c)
            for c in session.exec(select(Client).where(col(Client.id).in_([r.client_id for r in reviews])))
        }
        names = _staff_names(session, {r.worker_id for r in reviews} | {r.reviewer_id for r in reviews})
    return [
        ReviewEntry(
            review_id=r.id,
            client_id=r.client_id,
            person=people.get(r.client_id, ""),
            worker_name=names.get(r.worker_id, ""),
            reviewer_name=names.get(r.reviewer_id, ""),
            reviewed_at=r.reviewed_at,
            period=r.period,
            reason=ReviewReason(r.reason),
            outcome=ReviewOutcome(r.outcome),
            checklist=dict(r.checklist),
            note=r.note,
        )
        for r in reviews
    ]
