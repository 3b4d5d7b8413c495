"""POST /auth/login (enrols the device) and POST /auth/refresh (rotates the refresh token)."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Request, Response
from fastapi.concurrency import run_in_threadpool

from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest, TokenPair
from linkdesk.server.api.body import read_json
from linkdesk.server.api.deps import parse, services
from linkdesk.server.api.openapi import answers, json_body
from linkdesk.server.api.responses import model_response
from linkdesk.server.scopes import scope_for
from linkdesk.server.snapshot_builds import warm

router = APIRouter(prefix="/auth", tags=["auth"])
SMALL_BODY = 16 * 1024


@router.post(
    "/login",
    response_model=None,
    openapi_extra=json_body(LoginRequest),
    responses=answers(Enrolment, 401, 413, 415, 422, 429),
)
async def login(request: Request, background: BackgroundTasks) -> Response:
    svc = services(request)
    req = parse(LoginRequest, await read_json(request, SMALL_BODY, SMALL_BODY))
    enrolment = await run_in_threadpool(svc.auth.login, req)
    # The laptop's first sync comes next: its snapshot is built while the laptop sets itself up.
    scope = scope_for(enrolment.user_id, enrolment.role, enrolment.team_id)
    background.add_task(warm, svc.engine, svc.settings, scope, svc.now_ms())
    return model_response(request, enrolment)


@router.post(
    "/refresh",
    response_model=None,
    openapi_extra=json_body(RefreshRequest),
    responses=answers(TokenPair, 401, 413, 415, 422),
)
async def refresh(request: Request) -> Response:
    svc = services(request)
    req = parse(RefreshRequest, await read_json(request, SMALL_BODY, SMALL_BODY))
    return model_response(request, await run_in_threadpool(svc.auth.refresh, req))
