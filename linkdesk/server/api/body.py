"""Reading request bodies with hard limits: 413 before buffering too much, 422 for malformed JSON."""

from __future__ import annotations

import json
import zlib
from typing import Any

from fastapi import HTTPException, Request

MAX_DEPTH_HINT = "nesting_too_deep"


async def read_bytes(request: Request, max_bytes: int, max_inflated: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > max_bytes):
        raise HTTPException(413, "body_too_large")
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > max_bytes:
            raise HTTPException(413, "body_too_large")
        chunks.append(chunk)
    raw = b"".join(chunks)
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding == "identity":
        return raw
    if encoding != "gzip":
        raise HTTPException(415, "unsupported_content_encoding")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        body = inflater.decompress(raw, max_inflated + 1)
    except zlib.error as exc:
        raise HTTPException(422, "bad_gzip") from exc
    if len(body) > max_inflated or inflater.unconsumed_tail:
        raise HTTPException(413, "body_too_large")
    if not inflater.eof:
        raise HTTPException(422, "bad_gzip")
    return body


async def read_json(request: Request, max_bytes: int, max_inflated: int) -> Any:
    body = await read_bytes(request, max_bytes, max_inflated)
    try:
        return json.loads(body)
    except RecursionError as exc:
        raise HTTPException(422, MAX_DEPTH_HINT) from exc
    except ValueError as exc:
        raise HTTPException(422, "malformed_json") from exc
