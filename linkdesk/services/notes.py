"""Contact notes: append-only; a correction is a new note that supersedes the old one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from linkdesk.domain.enums import ContactMode
from linkdesk.domain.validation import clean_text
from linkdesk.errors import ValidationError
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.tables import Client, ContactNote, Referral
from linkdesk.store.unit_of_work import UnitOfWork

MAX_NOTE = 20000


@dataclass(frozen=True)
class NoteAdded:
    note_id: str
    client_id: str
    supersedes_id: str | None = None


def write_note(
    uow: UnitOfWork,
    *,
    client_id: str,
    summary: str,
    mode: ContactMode,
    occurred_at: datetime,
    duration_minutes: int = 0,
    follow_up_id: str | None = None,
    supersedes_id: str | None = None,
) -> ContactNote:
    if not 0 <= duration_minutes <= 24 * 60:
        raise ValidationError(field="duration_minutes", reason="out_of_range")
    if occurred_at > uow.now():
        raise ValidationError(field="occurred_at", reason="in_future")
    note = uow.add(
        ContactNote(
            client_id=client_id,
            occurred_at=occurred_at,
            mode=mode,
            duration_minutes=duration_minutes,
            summary=clean_text(summary, field="summary", max_length=MAX_NOTE),
            author_id=uow.actor.user_id,
            supersedes_id=supersedes_id,
            follow_up_id=follow_up_id,
        )
    )
    _mark_first_contact(uow, client_id, occurred_at)
    return note


def _mark_first_contact(uow: UnitOfWork, client_id: str, occurred_at: datetime) -> None:
    """The first contact after a referral feeds the 'time from referral to first contact' figure."""
    pending = uow.session.exec(
        select(Referral).where(Referral.client_id == client_id, col(Referral.first_contact_at).is_(None))
    )
    for referral in pending:
        uow.update(referral, {"first_contact_at": occurred_at}, action="referral.first_contact")


def add_note(
    ctx: ServiceContext,
    *,
    client_id: str,
    summary: str,
    mode: ContactMode,
    occurred_at: datetime | None = None,
    duration_minutes: int = 0,
) -> NoteAdded:
    with ctx.write() as uow:
        require(uow, Client, client_id)
        note = write_note(
            uow,
            client_id=client_id,
            summary=summary,
            mode=mode,
            occurred_at=occurred_at or ctx.now(),
            duration_minutes=duration_minutes,
        )
        return NoteAdded(note.id, client_id)


def correct_note(
    ctx: ServiceContext, *, note_id: str, summary: str, duration_minutes: int | None = None
) -> NoteAdded:
    """Adds a correcting note; the original stays, marked as superseded by the timeline query."""
    with ctx.write() as uow:
        original = require(uow, ContactNote, note_id)
        if uow.session.exec(select(ContactNote).where(ContactNote.supersedes_id == note_id)).first():
            raise ValidationError(field="note_id", reason="already_superseded")
        note = write_note(
            uow,
            client_id=original.client_id,
            summary=summary,
            mode=ContactMode(original.mode),
            occurred_at=original.occurred_at,
            duration_minutes=original.duration_minutes if duration_minutes is None else duration_minutes,
            follow_up_id=original.follow_up_id,
            supersedes_id=original.id,
        )
        return NoteAdded(note.id, original.client_id, supersedes_id=original.id)
