"""Two server processes against one PostgreSQL: concurrent pushes, a concurrent puller misses nothing."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.auth import LoginRequest
from linkdesk.protocol.sync import Change, FieldChange, SyncRequest
from linkdesk.sync.transport import HttpTransport

from ..sync import live_server
from .conftest import PG_URL, REQUIRE_PG, _pg_url

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def pg_schema_url(pg_skip_reason: str | None) -> Iterator[str]:
    if pg_skip_reason is not None:
        if REQUIRE_PG:
            pytest.fail(pg_skip_reason)
        pytest.skip(pg_skip_reason)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_pg_url())
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        admin.dispose()


def _insert(device_id: str, seq: int) -> Change:
    stamp = f"{1_772_550_000_000:015d}-00001-dev"
    values = {
        "given_name": f"P{seq}",
        "created_at": "2026-03-03T10:00:00+00:00",
        "updated_at": "2026-03-03T10:00:00+00:00",
        "status_changed_at": "2026-03-03T10:00:00+00:00",
    }
    return Change(
        device_id=device_id,
        device_seq=seq,
        table="client",
        record_id=f"{device_id[:8]}-{seq}",
        op="insert",
        fields={k: FieldChange(value=v, base=0, hlc=stamp) for k, v in values.items()},
    )


def _request(changes: list[Change], cursor: int = 0, budget: int = 4096) -> SyncRequest:
    return SyncRequest(
        protocol_version=PROTOCOL_VERSION,
        schema_version=SCHEMA_VERSION,
        changes=changes,
        cursor=cursor,
        byte_budget=budget,
    )


def test_two_processes_concurrent_writers_and_a_puller_that_skips_nothing(
    pg_schema_url: str, tmp_path: Path
) -> None:
    live_server.prepare(tmp_path / "a", pg_schema_url)
    with (
        live_server.serving(tmp_path / "a", pg_schema_url) as url_a,
        live_server.serving(tmp_path / "b", pg_schema_url) as url_b,
    ):
        a, b = HttpTransport(url_a), HttpTransport(url_b)
        writers = []
        for transport in (a, b, a, b):
            e = transport.login(
                LoginRequest(username="w1", password=live_server.PASSWORD, device_id=str(uuid.uuid4()))
            )
            writers.append((transport, e))
        reader_login = b.login(
            LoginRequest(username="s1", password=live_server.PASSWORD, device_id=str(uuid.uuid4()))
        )
        per_writer, batch = 60, 5
        errors: list[BaseException] = []
        seen: set[str] = set()
        done = threading.Event()

        def write(transport: HttpTransport, e) -> None:
            try:
                for start in range(1, per_writer + 1, batch):
                    changes = [_insert(e.device_id, s) for s in range(start, start + batch)]
                    acks = transport.sync(e.tokens.access_token, _request(changes, cursor=10**12)).acks
                    assert all(ack.status == "applied" for ack in acks)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        def read() -> None:
            cursor = 0
            try:
                while True:
                    finished = done.is_set()
                    resp = a.sync(reader_login.tokens.access_token, _request([], cursor))
                    seen.update(i.record_id for i in resp.items)
                    assert resp.next_cursor >= cursor
                    cursor = resp.next_cursor
                    if finished and not resp.has_more:
                        return
            except BaseException as exc:  # pragma: no cover
                errors.append(exc)

        threads = [threading.Thread(target=write, args=w) for w in writers]
        reader = threading.Thread(target=read)
        reader.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        done.set()
        reader.join(120)
        assert not errors, errors
        expected = {f"{e.device_id[:8]}-{s}" for _, e in writers for s in range(1, per_writer + 1)}
        assert seen == expected
        a.close()
        b.close()
