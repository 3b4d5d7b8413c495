"""Helpers for server tests: a settable clock, change builders and a thin sync client over TestClient."""

from __future__ import annotations

import gzip
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.auth import Enrolment
from linkdesk.protocol.sync import SyncResponse
from linkdesk.server.config import ServerSettings

START_MS = 1_772_550_000_000  # 2026-03-03


class Clock:
    def __init__(self, now_ms: int = START_MS) -> None:
        self.now = now_ms

    def __call__(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += int(seconds * 1000)


def quick_settings(tmp_path: Path, **overrides: Any) -> ServerSettings:
    """Server settings for tests: data under tmp_path, a cheap Argon2id (logins in milliseconds)."""
    values: dict[str, Any] = {
        "data_dir": tmp_path / "server",
        "argon2_time_cost": 1,
        "argon2_memory_kib": 64,
        "argon2_parallelism": 1,
        "login_max_failures": 5,
    }
    return ServerSettings(**(values | overrides))


def person_fields(given: str = "Ada", **extra: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "given_name": given,
        "family_name": "Tester",
        "sort_name": f"tester, {given.lower()}",
        "created_at": "2026-03-03T10:00:00+00:00",
        "updated_at": "2026-03-03T10:00:00+00:00",
        "status_changed_at": "2026-03-03T10:00:00+00:00",
    }
    return values | extra


def note_fields(client_id: str, author: str, summary: str = "visit") -> dict[str, Any]:
    return {
        "client_id": client_id,
        "occurred_at": "2026-03-03T10:00:00+00:00",
        "mode": "phone",
        "summary": summary,
        "author_id": author,
        "created_at": "2026-03-03T10:00:00+00:00",
        "updated_at": "2026-03-03T10:00:00+00:00",
    }


@dataclass
class SyncClient:
    """A device as the server sees it: its credential, tokens, device_seq counter, HLC and cursor."""

    http: TestClient
    enrolment: Enrolment
    cursor: int = 0
    seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    tick: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    hlc_ms: int = START_MS

    @classmethod
    def enrol(cls, http: TestClient, username: str, password: str, device_id: str) -> SyncClient:
        r = http.post(
            "/auth/login", json={"username": username, "password": password, "device_id": device_id}
        )
        assert r.status_code == 200, r.text
        return cls(http, Enrolment.model_validate(r.json()))

    @property
    def device_id(self) -> str:
        return self.enrolment.device_id

    @property
    def user_id(self) -> str:
        return self.enrolment.user_id

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.enrolment.tokens.access_token}"}

    def hlc(self, ms: int | None = None) -> str:
        return f"{(ms or self.hlc_ms):015d}-{next(self.tick):05d}-{self.device_id}"

    def change(
        self,
        table: str,
        record_id: str,
        op: str = "update",
        base: int = 0,
        hlc: str | None = None,
        seq: int | None = None,
        **fields: Any,
    ) -> dict[str, Any]:
        stamp = hlc or self.hlc()
        return {
            "device_id": self.device_id,
            "device_seq": seq if seq is not None else next(self.seq),
            "table": table,
            "record_id": record_id,
            "op": op,
            "fields": {k: {"value": v, "base": base, "hlc": stamp} for k, v in fields.items()},
        }

    def body(
        self,
        changes: list[dict[str, Any]] | None = None,
        cursor: int | None = None,
        budget: int = 256 * 1024,
        include_own: bool = False,
    ) -> dict[str, Any]:
        return {
            "protocol_version": PROTOCOL_VERSION,
            "schema_version": SCHEMA_VERSION,
            "incarnation": self.enrolment.incarnation,
            "changes": changes or [],
            "cursor": self.cursor if cursor is None else cursor,
            "byte_budget": budget,
            "include_own": include_own,
        }

    def raw_sync(self, body: Any, gzip_body: bool = True, headers: dict[str, str] | None = None) -> Any:
        data = json.dumps(body).encode()
        extra = {"Content-Type": "application/json", **self.headers(), **(headers or {})}
        if gzip_body:
            data = gzip.compress(data)
            extra["Content-Encoding"] = "gzip"
        return self.http.post("/sync", content=data, headers=extra)

    def sync(
        self,
        changes: list[dict[str, Any]] | None = None,
        budget: int = 256 * 1024,
        advance: bool = True,
        include_own: bool = False,
    ) -> SyncResponse:
        r = self.raw_sync(self.body(changes, budget=budget, include_own=include_own))
        assert r.status_code == 200, r.text
        resp = SyncResponse.model_validate(r.json())
        if advance:
            self.cursor = resp.next_cursor
        return resp

    def pull_all(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Pull from the start until done: the latest state of every record (evicted ones removed). A full
        re-pull, as after a server restore: this device's own changes are included."""
        self.cursor = 0
        state: dict[tuple[str, str], dict[str, Any]] = {}
        while True:
            resp = self.sync(include_own=True)
            for item in resp.items:
                if item.kind == "record":
                    state[(item.table, item.record_id)] = {k: f.value for k, f in item.fields.items()}
                elif item.kind in ("evict", "purge"):
                    state = {
                        k: v for k, v in state.items() if item.record_id not in (k[1], v.get("client_id"))
                    }
            if not resp.has_more:
                return state
