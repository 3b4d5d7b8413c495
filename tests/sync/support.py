"""The in-process transport (TestClient) and fault-injecting wrappers for client sync tests."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from fastapi.testclient import TestClient
from pydantic import BaseModel

from linkdesk.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest, TokenPair
from linkdesk.protocol.sync import SyncRequest, SyncResponse
from linkdesk.sync.errors import OfflineError
from linkdesk.sync.ports import SyncTransport
from linkdesk.sync.transport import raise_for_status

M = TypeVar("M", bound=BaseModel)


class AppTransport:
    """SyncTransport over the ASGI app in this process, with the same gzip and error mapping."""

    def __init__(self, http: TestClient) -> None:
        self.http = http
        self.requests = 0

    def _post(self, path: str, body: BaseModel, model: type[M], token: str | None = None) -> M:
        headers = {
            "Content-Encoding": "gzip",
            "Content-Type": "application/json",
            "Accept-Encoding": "gzip",
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.requests += 1
        resp = self.http.post(path, content=gzip.compress(body.model_dump_json().encode()), headers=headers)
        detail = ""
        if resp.status_code >= 400:
            try:
                found = resp.json().get("detail", "")
                detail = found if isinstance(found, str) else "invalid"
            except ValueError:
                detail = ""
        raise_for_status(resp.status_code, detail, resp.headers.get("Retry-After"))
        return model.model_validate_json(resp.content)

    def login(self, request: LoginRequest) -> Enrolment:
        return self._post("/auth/login", request, Enrolment)

    def refresh(self, request: RefreshRequest) -> TokenPair:
        return self._post("/auth/refresh", request, TokenPair)

    def sync(self, access_token: str, request: SyncRequest) -> SyncResponse:
        return self._post("/sync", request, SyncResponse, token=access_token)


@dataclass
class FaultyTransport:
    """Wraps a transport; `plan` entries say what happens to the next sync calls:
    "ok", "drop_request" (never reaches the server) or "drop_response" (server commits, answer lost)."""

    inner: SyncTransport
    plan: list[str] = field(default_factory=list)
    rewrite: Callable[[SyncRequest], SyncRequest] | None = None
    calls: int = 0

    def login(self, request: LoginRequest) -> Enrolment:
        return self.inner.login(request)

    def refresh(self, request: RefreshRequest) -> TokenPair:
        return self.inner.refresh(request)

    def sync(self, access_token: str, request: SyncRequest) -> SyncResponse:
        self.calls += 1
        action = self.plan.pop(0) if self.plan else "ok"
        if self.rewrite is not None:
            request = self.rewrite(request)
        if action == "drop_request":
            raise OfflineError("connection reset before the body was sent")
        response = self.inner.sync(access_token, request)
        if action == "drop_response":
            raise OfflineError("connection reset after the server committed")
        return response
