"""POST /sync: gzip both ways; 413/422/426 are answered before any state changes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Header, HTTPException, Request, Response, Security
from fastapi.concurrency import run_in_threadpool

from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.sync import SyncRequest, SyncResponse
from linkdesk.server.api.body import read_json
from linkdesk.server.api.deps import parse, services
from linkdesk.server.api.openapi import BEARER, answers, json_body
from linkdesk.server.api.responses import model_response
from linkdesk.server.sync_handler import handle_sync

router = APIRouter(tags=["sync"])


def check_versions(header: str | None, data: Any) -> None:
    """An old or newer client gets 426 whatever else its body holds."""
    if header is not None and header.strip() != str(PROTOCOL_VERSION):
        raise HTTPException(426, "protocol_mismatch")
    if isinstance(data, dict):
        if "protocol_version" in data and data["protocol_version"] != PROTOCOL_VERSION:
            raise HTTPException(426, "protocol_mismatch")
        if "schema_version" in data and data["schema_version"] != SCHEMA_VERSION:
            raise HTTPException(426, "schema_mismatch")


@router.post(
    "/sync",
    response_model=None,
    dependencies=[Security(BEARER)],
    openapi_extra=json_body(SyncRequest),
    responses=answers(SyncResponse, 401, 413, 415, 422, 426),
)
async def sync(
    request: Request,
    authorization: str | None = Header(default=None, include_in_schema=False),  # documented as BEARER
    linkdesk_protocol: str | None = Header(default=None),
) -> Response:
    svc = services(request)
    if linkdesk_protocol is not None:
        check_versions(linkdesk_protocol, None)
    principal = await run_in_threadpool(svc.auth.authenticate, authorization)
    data = await read_json(request, svc.settings.max_body_bytes, svc.settings.max_inflated_bytes)
    check_versions(None, data)
    req = parse(SyncRequest, data)
    result = await run_in_threadpool(
        handle_sync, svc.engine, principal, req, svc.now_ms(), svc.settings.page_rows
    )
    return model_response(request, result)
