"""JSON answers, gzip-compressed when the client accepts it, and the error-to-HTTP mapping."""

from __future__ import annotations

import gzip

from fastapi import Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from linkdesk.server.errors import ServerError, ThrottledError

MIN_GZIP_BYTES = 512


def model_response(request: Request, model: BaseModel, status: int = 200) -> Response:
    body = model.model_dump_json().encode()
    headers = {"Vary": "Accept-Encoding"}
    if len(body) >= MIN_GZIP_BYTES and "gzip" in request.headers.get("accept-encoding", "").lower():
        body = gzip.compress(body, compresslevel=6, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(content=body, status_code=status, media_type="application/json", headers=headers)


def error_response(exc: ServerError) -> JSONResponse:
    headers: dict[str, str] = {}
    if isinstance(exc, ThrottledError):
        headers["Retry-After"] = str(exc.retry_after_s)
    if exc.status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse({"detail": exc.code}, status_code=exc.status, headers=headers)
