"""Risk and safeguarding flags: raising, escalating to a supervisor, resolving."""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.domain.enums import FlagKind, FlagSeverity, FlagStatus
from linkdesk.domain.validation import clean_text
from linkdesk.errors import ValidationError
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.tables import Client, Flag


@dataclass(frozen=True)
class FlagChanged:
    flag_id: str
    client_id: str
    status: FlagStatus


def raise_flag(
    ctx: ServiceContext,
    *,
    client_id: str,
    kind: FlagKind,
    description: str,
    severity: FlagSeverity = FlagSeverity.MEDIUM,
    escalate: bool = False,
) -> FlagChanged:
    with ctx.write() as uow:
        require(uow, Client, client_id)
        now = ctx.now()
        status = FlagStatus.ESCALATED if escalate else FlagStatus.OPEN
        flag = uow.add(
            Flag(
                client_id=client_id,
                kind=kind,
                severity=severity,
                description=clean_text(description, field="description", max_length=4000),
                status=status,
                raised_by=ctx.actor.user_id,
                raised_at=now,
                escalated_at=now if escalate else None,
            )
        )
        return FlagChanged(flag.id, client_id, status)


def escalate_flag(ctx: ServiceContext, *, flag_id: str) -> FlagChanged:
    with ctx.write() as uow:
        flag = require(uow, Flag, flag_id)
        if flag.status != FlagStatus.OPEN:
            raise ValidationError(field="status", reason="not_open", status=str(flag.status))
        uow.update(flag, {"status": FlagStatus.ESCALATED, "escalated_at": ctx.now()}, action="flag.escalate")
        return FlagChanged(flag.id, flag.client_id, FlagStatus.ESCALATED)


def resolve_flag(ctx: ServiceContext, *, flag_id: str, resolution_note: str) -> FlagChanged:
    with ctx.write() as uow:
        flag = require(uow, Flag, flag_id)
        if flag.status == FlagStatus.RESOLVED:
            raise ValidationError(field="status", reason="already_resolved")
        uow.update(
            flag,
            {
                "status": FlagStatus.RESOLVED,
                "resolved_at": ctx.now(),
                "resolved_by": ctx.actor.user_id,
                "resolution_note": clean_text(resolution_note, field="resolution_note", max_length=4000),
            },
            action="flag.resolve",
        )
        return FlagChanged(flag.id, flag.client_id, FlagStatus.RESOLVED)
