"""GET /records/{table}/{id}: one record if it is in the caller's scope, else 404; both audited."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Header, Request, Response, Security
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine, select

from linkdesk.protocol.sync import PageItem
from linkdesk.server import audit
from linkdesk.server.api.deps import services
from linkdesk.server.api.openapi import BEARER, answers
from linkdesk.server.api.responses import model_response
from linkdesk.server.auth import Principal
from linkdesk.server.db import writing
from linkdesk.server.errors import NotFoundError
from linkdesk.server.pull import record_item
from linkdesk.server.scopes import scope_for
from linkdesk.server.tables import RECORD_TABLES

router = APIRouter(prefix="/records", tags=["records"])


def read_record(engine: Engine, principal: Principal, table: str, record_id: str) -> PageItem:
    """Query parameters are never read: scope comes from the principal alone."""
    scope = scope_for(principal.user_id, principal.role, principal.team_id)
    with writing(engine) as session:
        model = RECORD_TABLES.get(table)
        row: Any = None
        if model is not None:
            columns = model.__table__
            row = session.execute(select(columns).where(columns.c.id == record_id[:64])).first()
        allowed = row is not None and scope.covers(row.scope_owner_id, row.scope_team_id)
        audit.append(
            session,
            actor_id=principal.user_id,
            device_id=principal.device_id,
            action="record.read" if allowed else "record.read.denied",
            record_type=table[:64],
            record_id=record_id[:64],
        )
        item = record_item(table, row, int(row.seq)) if allowed else None
    if item is None:
        raise NotFoundError()
    return item


@router.get(
    "/{table}/{record_id}",
    response_model=None,
    dependencies=[Security(BEARER)],
    responses=answers(PageItem, 401, 404),
)
async def get_record(
    request: Request,
    table: str,
    record_id: str,
    authorization: str | None = Header(default=None, include_in_schema=False),  # documented as BEARER
) -> Response:
    svc = services(request)
    principal = await run_in_threadpool(svc.auth.authenticate, authorization)
    item = await run_in_threadpool(read_record, svc.engine, principal, table, record_id)
    return model_response(request, item)
