"""Closing a case (with reason and summary) and reopening it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from linkdesk.domain.enums import ClientStatus, ClosureReason, FollowUpStatus
from linkdesk.errors import ValidationError
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.tables import Client, Closure, FollowUp


@dataclass(frozen=True)
class CaseChanged:
    client_id: str
    status: ClientStatus
    closure_id: str | None = None
    cancelled_follow_ups: int = 0


def close_case(
    ctx: ServiceContext, *, client_id: str, reason: ClosureReason, summary: str = ""
) -> CaseChanged:
    """Closes the case and cancels its open follow-ups (they would otherwise show as overdue)."""
    with ctx.write() as uow:
        client = require(uow, Client, client_id)
        if client.status == ClientStatus.CLOSED:
            raise ValidationError(field="status", reason="already_closed")
        now = ctx.now()
        closure = uow.add(
            Closure(
                client_id=client_id,
                closed_at=now,
                reason=reason,
                summary=summary.strip(),
                closed_by=ctx.actor.user_id,
            )
        )
        uow.update(client, {"status": ClientStatus.CLOSED, "status_changed_at": now}, action="client.close")
        open_follow_ups = uow.session.exec(
            select(FollowUp).where(
                FollowUp.client_id == client_id,
                FollowUp.status == FollowUpStatus.SCHEDULED,
                col(FollowUp.deleted).is_(False),
            )
        )
        cancelled = 0
        for follow_up in open_follow_ups:
            uow.update(follow_up, {"status": FollowUpStatus.CANCELLED}, action="follow_up.cancel")
            cancelled += 1
        return CaseChanged(client_id, ClientStatus.CLOSED, closure.id, cancelled)


def reopen_case(ctx: ServiceContext, *, client_id: str) -> CaseChanged:
    with ctx.write() as uow:
        client = require(uow, Client, client_id)
        if client.status != ClientStatus.CLOSED:
            raise ValidationError(field="status", reason="not_closed")
        now = ctx.now()
        latest = uow.session.exec(
            select(Closure).where(Closure.client_id == client_id).order_by(col(Closure.closed_at).desc())
        ).first()
        if latest is not None and latest.reopened_at is None:
            uow.update(
                latest, {"reopened_at": now, "reopened_by": ctx.actor.user_id}, action="closure.reopen"
            )
        uow.update(client, {"status": ClientStatus.ACTIVE, "status_changed_at": now}, action="client.reopen")
        return CaseChanged(client_id, ClientStatus.ACTIVE, latest.id if latest else None)
