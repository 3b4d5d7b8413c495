"""Hostile bodies are refused fast, before any state change (C8); bad input never gives a 500."""

from __future__ import annotations

import gzip
import json
import time

from sqlalchemy import Engine, func, select

from linkdesk.server.db import reading
from linkdesk.server.tables import Client

from .support import SyncClient, person_fields


def _count(engine: Engine) -> int:
    with reading(engine) as session:
        return int(session.execute(select(func.count()).select_from(Client)).scalar_one())


def test_c8_oversized_bodies_are_413(devices: dict[str, SyncClient], engine: Engine) -> None:
    w1 = devices["w1"]
    started = time.monotonic()
    huge = json.dumps(w1.body([w1.change("client", "c-1", op="insert", **person_fields("x" * 10_000_000))]))
    r = w1.http.post(
        "/sync", content=huge.encode(), headers={**w1.headers(), "Content-Type": "application/json"}
    )
    assert r.status_code == 413
    bomb = gzip.compress(b"[" + b"0," * 20_000_000 + b"0]")
    r = w1.http.post("/sync", content=bomb, headers={**w1.headers(), "Content-Encoding": "gzip"})
    assert r.status_code == 413
    assert time.monotonic() - started < 10
    assert _count(engine) == 0


def test_c8_too_many_changes_is_422(devices: dict[str, SyncClient], engine: Engine) -> None:
    w1 = devices["w1"]
    changes = [w1.change("client", f"c-{i}", phone="1") for i in range(501)]
    assert w1.raw_sync(w1.body(changes)).status_code == 422
    assert _count(engine) == 0


def test_c8_deep_nesting_and_garbage_are_422(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    deep = "[" * 10_000 + "]" * 10_000
    for content in (deep.encode(), b"{not json", b"\xff\xfe", b"null", b"[]", b'{"changes": "x"}'):
        r = w1.http.post("/sync", content=content, headers=w1.headers())
        assert r.status_code == 422, content[:20]
    r = w1.http.post(
        "/sync", content=b"\x1f\x8b garbage", headers={**w1.headers(), "Content-Encoding": "gzip"}
    )
    assert r.status_code == 422


def test_c8_deeply_nested_field_values_do_not_break_the_server(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    value: object = 1
    for _ in range(200):
        value = [value]
    ack = w1.sync([w1.change("client", "c-1", op="insert", **person_fields(), phone=value)]).acks[0]
    assert ack.status == "rejected" and ack.reason == "invalid:phone"


def test_login_body_is_validated(devices: dict[str, SyncClient]) -> None:
    http = devices["w1"].http
    assert http.post("/auth/login", json={"username": "w1"}).status_code == 422
    assert (
        http.post(
            "/auth/login", json={"username": "w1", "password": "x", "device_id": "d", "is_admin": True}
        ).status_code
        == 422
    )
    assert http.post("/auth/login", content=b"x" * 100_000).status_code == 413


def test_out_of_range_numbers_are_422_not_500(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    for body in (
        w1.body(cursor=2**63),
        w1.body([w1.change("client", "c-1", seq=2**63, phone="1")]),
        w1.body([w1.change("client", "c-1", base=2**70, phone="1")]),
    ):
        assert w1.raw_sync(body).status_code == 422
