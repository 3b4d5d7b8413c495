"""Initial-sync snapshots: POST /snapshots (offer), GET /snapshots/{id} (key), GET .../data (Range)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from fastapi import APIRouter, Header, HTTPException, Request, Response, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

from linkdesk.protocol import PROTOCOL_VERSION
from linkdesk.protocol.snapshot import MEDIA_TYPE, SnapshotInfo, etag
from linkdesk.server.api.byte_range import ByteRange, RangeNotSatisfiableError, wanted_range
from linkdesk.server.api.deps import services
from linkdesk.server.api.openapi import BEARER, answers
from linkdesk.server.api.responses import model_response
from linkdesk.server.errors import NotFoundError
from linkdesk.server.snapshots import describe, offer, open_download

router = APIRouter(prefix="/snapshots", tags=["snapshots"])
BLOCK = 64 * 1024


def _check_protocol(header: str | None) -> None:
    if header is not None and header.strip() != str(PROTOCOL_VERSION):
        raise HTTPException(426, "protocol_mismatch")


def _check_id(snapshot_id: str) -> None:
    if len(snapshot_id) != 32 or any(c not in "0123456789abcdef" for c in snapshot_id):
        raise NotFoundError()


@router.post(
    "",
    response_model=None,
    dependencies=[Security(BEARER)],
    responses={
        **answers(SnapshotInfo, 401, 426),
        204: {"description": "The scope is small: sync with POST /sync from cursor 0"},
    },
)
async def post_snapshot(
    request: Request,
    authorization: str | None = Header(default=None, include_in_schema=False),  # documented as BEARER
    linkdesk_protocol: str | None = Header(default=None),
) -> Response:
    """A snapshot of the caller's scope as of the committed high-water mark, with the key of its file
    (each call audited). Incremental sync continues from its `seq`."""
    svc = services(request)
    _check_protocol(linkdesk_protocol)
    principal = await run_in_threadpool(svc.auth.authenticate, authorization)
    info = await run_in_threadpool(offer, svc.engine, svc.settings, principal, svc.now_ms())
    if info is None:
        return Response(status_code=204)
    return model_response(request, info)


@router.get(
    "/{snapshot_id}",
    response_model=None,
    dependencies=[Security(BEARER)],
    responses=answers(SnapshotInfo, 401, 404),
)
async def get_snapshot(
    request: Request,
    snapshot_id: str,
    authorization: str | None = Header(default=None, include_in_schema=False),  # documented as BEARER
) -> Response:
    """An existing snapshot of the caller's scope (e.g. a file carried on a USB key) with its key; 404
    for another scope's snapshot (audited) or one past its keep period."""
    svc = services(request)
    principal = await run_in_threadpool(svc.auth.authenticate, authorization)
    _check_id(snapshot_id)
    info = await run_in_threadpool(describe, svc.engine, svc.settings, principal, snapshot_id)
    return model_response(request, info)


def _blocks(fh: BinaryIO, part: ByteRange) -> Iterator[bytes]:
    with fh:
        fh.seek(part.start)
        left = part.length
        while left > 0:
            block = fh.read(min(BLOCK, left))
            if not block:
                return
            left -= len(block)
            yield block


@router.get(
    "/{snapshot_id}/data",
    response_model=None,
    dependencies=[Security(BEARER)],
    responses={
        **answers(None, 401, 404),
        200: {"description": "The whole encrypted file", "content": {MEDIA_TYPE: {}}},
        206: {"description": "The requested byte range (Content-Range)", "content": {MEDIA_TYPE: {}}},
        416: {"description": "Range not satisfiable (Content-Range: bytes */size)"},
    },
)
async def get_snapshot_data(
    request: Request,
    snapshot_id: str,
    authorization: str | None = Header(default=None, include_in_schema=False),  # documented as BEARER
    range_header: str | None = Header(default=None, alias="Range"),
    if_range: str | None = Header(default=None, alias="If-Range"),
) -> Response:
    """The encrypted snapshot file. Resume with `Range: bytes=N-` and `If-Range: <ETag>`: when the ETag no
    longer names these bytes the whole file is sent (200), never a mix of two files."""
    svc = services(request)
    principal = await run_in_threadpool(svc.auth.authenticate, authorization)
    _check_id(snapshot_id)
    found = await run_in_threadpool(
        open_download, svc.engine, svc.settings, principal, snapshot_id, svc.now_ms()
    )
    tag = etag(found.sha256)
    headers = {"Accept-Ranges": "bytes", "ETag": tag, "Cache-Control": "no-store"}
    try:
        part = wanted_range(range_header, if_range, tag, found.size)
    except RangeNotSatisfiableError:
        return JSONResponse(
            {"detail": "range_not_satisfiable"},
            status_code=416,
            headers=headers | {"Content-Range": f"bytes */{found.size}"},
        )
    status = 206
    if part is None:
        status, part = 200, ByteRange(0, found.size - 1)
    else:
        headers["Content-Range"] = part.content_range(found.size)
    headers["Content-Length"] = str(part.length)
    try:  # opened now: a file expired meanwhile is a 404, not a broken stream
        fh = found.path.open("rb")
    except FileNotFoundError:
        raise NotFoundError("snapshot_expired") from None
    return StreamingResponse(_blocks(fh, part), status_code=status, media_type=MEDIA_TYPE, headers=headers)
