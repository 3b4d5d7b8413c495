"""create_app(settings): the FastAPI application; the engine is made here, never at import time."""

from __future__ import annotations

import time
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine

from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.server.api.deps import Services
from linkdesk.server.api.responses import error_response
from linkdesk.server.api.routes import auth, records, snapshots, sync, team
from linkdesk.server.auth import Auth
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import create_server_engine, resolve_url
from linkdesk.server.errors import ServerError


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def create_app(
    settings: ServerSettings, *, engine: Engine | None = None, now_ms: Callable[[], int] = _wall_ms
) -> FastAPI:
    engine = engine or create_server_engine(resolve_url(settings))
    app = FastAPI(title="LinkDesk regional server", version=f"{PROTOCOL_VERSION}.{SCHEMA_VERSION}")
    app.state.services = Services(settings, engine, Auth(engine, settings, now_ms), now_ms)

    @app.exception_handler(ServerError)
    async def _server_error(_request: Request, exc: ServerError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": "invalid_request"}, status_code=422)

    @app.get("/health", response_model=None)
    async def health() -> Response:
        return JSONResponse({"status": "ok", "protocol": PROTOCOL_VERSION, "schema": SCHEMA_VERSION})

    app.include_router(auth.router)
    app.include_router(sync.router)
    app.include_router(records.router)
    app.include_router(team.router)
    app.include_router(snapshots.router)
    return app
