"""GET /team (a supervisor's team and when each device last synced) and POST /team/handover."""

from __future__ import annotations

from fastapi import APIRouter, Header, Request, Response, Security
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from linkdesk.protocol.team import HandoverRequest, HandoverResult, TeamOverview
from linkdesk.server.api.body import read_json
from linkdesk.server.api.deps import parse, services
from linkdesk.server.api.openapi import BEARER, answers, json_body
from linkdesk.server.api.responses import model_response
from linkdesk.server.auth import Principal
from linkdesk.server.db import writing
from linkdesk.server.supervision import hand_over, team_overview

router = APIRouter(prefix="/team", tags=["team"])
SMALL_BODY = 4 * 1024


def _overview(engine: Engine, principal: Principal, now_ms: int) -> TeamOverview:
    with writing(engine) as session:
        return team_overview(session, principal, now_ms)


def _hand_over(engine: Engine, principal: Principal, req: HandoverRequest, now_ms: int) -> HandoverResult:
    with writing(engine) as session:
        outcome = hand_over(session, principal, req, now_ms)
    if outcome.refusal is not None:  # raised after the commit, so a denial stays audited
        raise outcome.refusal
    assert outcome.result is not None
    return outcome.result


@router.get(
    "", response_model=None, dependencies=[Security(BEARER)], responses=answers(TeamOverview, 401, 403)
)
async def get_team(
    request: Request,
    authorization: str | None = Header(default=None, include_in_schema=False),  # documented as BEARER
) -> Response:
    svc = services(request)
    principal = await run_in_threadpool(svc.auth.authenticate, authorization)
    overview = await run_in_threadpool(_overview, svc.engine, principal, svc.now_ms())
    return model_response(request, overview)


@router.post(
    "/handover",
    response_model=None,
    dependencies=[Security(BEARER)],
    openapi_extra=json_body(HandoverRequest),
    responses=answers(HandoverResult, 401, 403, 404, 409, 413, 415, 422),
)
async def post_handover(
    request: Request,
    authorization: str | None = Header(default=None, include_in_schema=False),  # documented as BEARER
) -> Response:
    svc = services(request)
    principal = await run_in_threadpool(svc.auth.authenticate, authorization)
    req = parse(HandoverRequest, await read_json(request, SMALL_BODY, SMALL_BODY))
    result = await run_in_threadpool(_hand_over, svc.engine, principal, req, svc.now_ms())
    return model_response(request, result)
