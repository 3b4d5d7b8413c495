"""One POST /sync: push the batch in one transaction, then read a page for the device's scope."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from linkdesk.protocol.sync import Ack, SyncRequest, SyncResponse
from linkdesk.server import audit, state
from linkdesk.server.account_tables import Device
from linkdesk.server.auth import Principal
from linkdesk.server.db import reading, writing
from linkdesk.server.errors import UnauthorizedError
from linkdesk.server.pull import build_page
from linkdesk.server.push import Push, check_shape
from linkdesk.server.scopes import Scope, scope_for
from linkdesk.server.supervision import mark_synced, sync_mark_due


def handle_sync(
    engine: Engine, principal: Principal, req: SyncRequest, now_ms: int, page_rows: int
) -> SyncResponse:
    check_shape(req.changes)
    if any(c.device_id != principal.device_id for c in req.changes):
        raise UnauthorizedError("device_mismatch")
    scope = scope_for(principal.user_id, principal.role, principal.team_id)
    acks = _push(engine, principal, scope, req, now_ms) if req.changes else []
    with reading(engine) as session:
        device = session.get(Device, principal.device_id)
        checkpoint = device.write_checkpoint if device else 0
        mark = device is not None and sync_mark_due(device, now_ms)  # for the supervisor's team view
        incarnation = state.incarnation(session)
        own = None if req.include_own else principal.device_id
        page = build_page(session, scope, req.cursor, req.byte_budget, page_rows, device_id=own)
    if page.items or mark:
        with writing(engine) as session:
            if mark:
                mark_synced(session, principal.device_id, now_ms)
            if page.items:
                # One audit event per page served: the (cursor, next_cursor] range and scope identify
                # each record.
                audit.append(
                    session,
                    actor_id=principal.user_id,
                    device_id=principal.device_id,
                    action="sync.pull",
                    record_type="page",
                    record_id=f"{req.cursor}-{page.next_cursor}",
                )
    return SyncResponse(
        acks=acks,
        write_checkpoint=checkpoint,
        items=page.items,
        next_cursor=page.next_cursor,
        has_more=page.has_more,
        high_water=page.high_water,
        server_time_ms=now_ms,
        incarnation=incarnation,
    )


def _push(engine: Engine, principal: Principal, scope: Scope, req: SyncRequest, now_ms: int) -> list[Ack]:
    """The batch in one transaction; if a database constraint fails it (never by a refusal, those are
    decided before writing), all of it again with a savepoint per change, so only that change is refused."""
    for careful in (False, True):
        try:
            with writing(engine) as session:
                device = session.get(Device, principal.device_id)
                if device is None:
                    raise UnauthorizedError("token_invalid")
                push = Push(session, scope, device, now_ms, req.cursor, careful=careful)
                return push.apply_all(req.changes)
        except IntegrityError:
            if careful:
                raise
    raise AssertionError("unreachable")
