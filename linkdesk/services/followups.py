"""Follow-ups: scheduling, completing with a note, marking missed, rescheduling."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from linkdesk.domain.enums import ContactMode, FollowUpStatus
from linkdesk.errors import ValidationError
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.services.notes import write_note
from linkdesk.store.tables import Client, FollowUp
from linkdesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class FollowUpChanged:
    follow_up_id: str
    client_id: str
    status: FollowUpStatus
    note_id: str | None = None
    next_follow_up_id: str | None = None


def new_follow_up(
    uow: UnitOfWork, *, client_id: str, due_on: date, mode: ContactMode, purpose: str = ""
) -> FollowUp:
    return uow.add(
        FollowUp(
            client_id=client_id,
            due_on=due_on,
            mode=mode,
            purpose=purpose.strip(),
            created_by=uow.actor.user_id,
        )
    )


def schedule_follow_up(
    ctx: ServiceContext, *, client_id: str, due_on: date, mode: ContactMode, purpose: str = ""
) -> FollowUpChanged:
    with ctx.write() as uow:
        require(uow, Client, client_id)
        if due_on < ctx.today():
            raise ValidationError(field="due_on", reason="in_past")
        follow_up = new_follow_up(uow, client_id=client_id, due_on=due_on, mode=mode, purpose=purpose)
        return FollowUpChanged(follow_up.id, client_id, FollowUpStatus.SCHEDULED)


def _open(uow: UnitOfWork, follow_up_id: str) -> FollowUp:
    follow_up = require(uow, FollowUp, follow_up_id)
    if follow_up.status != FollowUpStatus.SCHEDULED:
        raise ValidationError(field="status", reason="not_open", status=str(follow_up.status))
    return follow_up


def complete_follow_up(
    ctx: ServiceContext,
    *,
    follow_up_id: str,
    summary: str,
    duration_minutes: int = 0,
    mode: ContactMode | None = None,
    occurred_at: datetime | None = None,
    next_due_on: date | None = None,
    next_mode: ContactMode | None = None,
    next_purpose: str = "",
) -> FollowUpChanged:
    """Done, with its note, and optionally the next follow-up — all in one save."""
    with ctx.write() as uow:
        follow_up = _open(uow, follow_up_id)
        when = occurred_at or ctx.now()
        note = write_note(
            uow,
            client_id=follow_up.client_id,
            summary=summary,
            mode=mode or ContactMode(follow_up.mode),
            occurred_at=when,
            duration_minutes=duration_minutes,
            follow_up_id=follow_up.id,
        )
        uow.update(
            follow_up,
            {"status": FollowUpStatus.DONE, "completed_at": when, "note_id": note.id},
            action="follow_up.complete",
        )
        next_id = None
        if next_due_on is not None:
            if next_due_on < ctx.today():
                raise ValidationError(field="next_due_on", reason="in_past")
            next_id = new_follow_up(
                uow,
                client_id=follow_up.client_id,
                due_on=next_due_on,
                mode=next_mode or ContactMode(follow_up.mode),
                purpose=next_purpose,
            ).id
        return FollowUpChanged(follow_up.id, follow_up.client_id, FollowUpStatus.DONE, note.id, next_id)


def mark_follow_up_missed(ctx: ServiceContext, *, follow_up_id: str, reason: str = "") -> FollowUpChanged:
    with ctx.write() as uow:
        follow_up = _open(uow, follow_up_id)
        changes: dict[str, object] = {"status": FollowUpStatus.MISSED, "completed_at": ctx.now()}
        if reason.strip():
            changes["purpose"] = f"{follow_up.purpose}\n{reason.strip()}".strip()
        uow.update(follow_up, changes, action="follow_up.missed")
        return FollowUpChanged(follow_up.id, follow_up.client_id, FollowUpStatus.MISSED)


def reschedule_follow_up(
    ctx: ServiceContext, *, follow_up_id: str, due_on: date, mode: ContactMode | None = None
) -> FollowUpChanged:
    """The old follow-up is kept as 'rescheduled' (history for reports); a new one takes its place."""
    with ctx.write() as uow:
        follow_up = _open(uow, follow_up_id)
        if due_on < ctx.today():
            raise ValidationError(field="due_on", reason="in_past")
        uow.update(follow_up, {"status": FollowUpStatus.RESCHEDULED}, action="follow_up.reschedule")
        replacement = new_follow_up(
            uow,
            client_id=follow_up.client_id,
            due_on=due_on,
            mode=mode or ContactMode(follow_up.mode),
            purpose=follow_up.purpose,
        )
        return FollowUpChanged(
            follow_up.id, follow_up.client_id, FollowUpStatus.RESCHEDULED, next_follow_up_id=replacement.id
        )
