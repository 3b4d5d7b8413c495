"""D4: the server process is killed (SIGKILL) while it applies a pushed batch, on SQLite and PostgreSQL.

The kill lands inside the push transaction, after the batch's records were written and while its change-log
rows are being inserted: a test trigger on change_log holds the transaction there (on PostgreSQL it waits on
an advisory lock the test holds, and the kill follows once the server's backend is seen waiting; on SQLite,
which has no waiting in triggers, it computes for a few seconds while the server holds the write lock).
A push is fast (500 changes in a fraction of a second), so without the trigger the kill would race the
commit. Afterwards nothing of the batch is on the server (the
transaction rolled back), the same batch retried against a restarted server applies exactly once (every
ack "applied"), and a third send only yields duplicates.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest
from linkdesk.protocol.sync import Change, FieldChange, SyncRequest
from linkdesk.sync.errors import OfflineError
from linkdesk.sync.transport import HttpTransport

from ..server.conftest import PG_URL, REQUIRE_PG, _pg_url
from . import live_server

pytestmark = pytest.mark.slow

BATCH = 500  # the protocol's maximum changes per push: the widest window to kill in
TRIGGER_CPU_S = 1.5  # more server CPU than a whole push of BATCH changes takes without the trigger
STAMP = f"{1_772_550_000_000:015d}-00001-dev"


@contextlib.contextmanager
def _server(data_dir: Path, database_url: str | None) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A `linkdesk-server serve` process we may kill ourselves; stopped politely if still alive."""
    port = live_server.free_port()
    extra = ["--database-url", database_url] if database_url else []
    command = [sys.executable, "-m", "linkdesk.server", "--data-dir", str(data_dir), *extra]
    command += ["serve", "--host", "127.0.0.1", "--port", str(port)]
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / f"serve-{port}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, env=live_server._env(), stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + 60
            while not live_server._accepts(port):
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=0.1)
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"server did not start: {log_path.read_text(errors='replace')[-2000:]}"
                    )
            yield proc, f"http://127.0.0.1:{port}"
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def _insert(device_id: str, seq: int) -> Change:
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
        record_id=f"d4-{device_id[:8]}-{seq}",
        op="insert",
        fields={k: FieldChange(value=v, base=0, hlc=STAMP) for k, v in values.items()},
    )


def _request(changes: list[Change], cursor: int) -> SyncRequest:
    return SyncRequest(
        protocol_version=PROTOCOL_VERSION, schema_version=SCHEMA_VERSION, changes=changes, cursor=cursor
    )


def _people_on_server(url: str, prefix: str) -> int:
    """How many of the batch's people the server holds, read by a fresh supervisor device."""
    t = HttpTransport(url)
    e = t.login(LoginRequest(username="s1", password=live_server.PASSWORD, device_id=uuid.uuid4().hex))
    found: set[str] = set()
    cursor, more = 0, True
    while more:
        resp = t.sync(e.tokens.access_token, _request([], cursor))
        found.update(i.record_id for i in resp.items if i.record_id.startswith(prefix))
        cursor, more = resp.next_cursor, resp.has_more
    t.close()
    return len(found)


def _kill_mid_push(
    proc: subprocess.Popen[bytes],
    url: str,
    enrolment: Enrolment,
    in_transaction: Callable[[], bool],
) -> None:
    changes = [_insert(enrolment.device_id, s) for s in range(1, BATCH + 1)]
    outcome: list[BaseException | None] = []

    def push() -> None:
        try:
            HttpTransport(url).sync(enrolment.tokens.access_token, _request(changes, cursor=10**12))
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    pusher = threading.Thread(target=push, daemon=True)
    pusher.start()
    deadline = time.monotonic() + 120
    while not in_transaction():
        assert pusher.is_alive() or not outcome, "the push finished before the kill: no window to test"
        assert time.monotonic() < deadline, "the server never started applying the batch"
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    pusher.join(timeout=60)
    assert len(outcome) == 1 and isinstance(outcome[0], OfflineError), outcome  # the device saw a drop


def _retry_applies_exactly_once(url: str, enrolment: Enrolment) -> None:
    prefix = f"d4-{enrolment.device_id[:8]}-"
    assert _people_on_server(url, prefix) == 0  # the killed transaction rolled back, all of it
    t = HttpTransport(url)
    token = t.refresh(_refresh(enrolment)).access_token
    changes = [_insert(enrolment.device_id, s) for s in range(1, BATCH + 1)]
    acks = t.sync(token, _request(changes, cursor=10**12)).acks
    assert [a.status for a in acks] == ["applied"] * BATCH
    again = t.sync(token, _request(changes, cursor=10**12)).acks
    assert [a.status for a in again] == ["duplicate"] * BATCH
    assert _people_on_server(url, prefix) == BATCH
    t.close()


def _cpu_s(pid: int) -> float:
    """CPU time (user + system) a process has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _refresh(enrolment: Enrolment) -> RefreshRequest:
    return RefreshRequest(
        device_id=enrolment.device_id,
        device_secret=enrolment.device_secret,
        refresh_token=enrolment.tokens.refresh_token,
    )


def _login_w1(url: str) -> Enrolment:
    t = HttpTransport(url)
    try:
        return t.login(LoginRequest(username="w1", password=live_server.PASSWORD, device_id=uuid.uuid4().hex))
    finally:
        t.close()


def test_d4_sqlite_server_killed_while_applying_a_batch(tmp_path: Path) -> None:
    data_dir = tmp_path / "server"
    live_server.prepare(data_dir)
    db = data_dir / "server.db"

    def writer_holds_lock() -> bool:
        # The server takes SQLite's write lock at BEGIN IMMEDIATE: if we cannot, its push is under way.
        probe = sqlite3.connect(db, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError as exc:
            return "locked" in str(exc) or "busy" in str(exc)
        finally:
            probe.close()

    cpu_at_lock: list[float] = []

    def inside_the_trigger() -> bool:
        # Holding the lock, then more CPU than a whole push costs: the trigger's long statement is running.
        if not cpu_at_lock:
            if writer_holds_lock():
                cpu_at_lock.append(_cpu_s(proc.pid))
            return False
        return _cpu_s(proc.pid) - cpu_at_lock[0] >= TRIGGER_CPU_S

    with sqlite3.connect(db, isolation_level=None) as gate:
        # Some seconds of computing per change-log insert: the kill lands inside it.
        gate.execute(
            "CREATE TRIGGER d4_hold BEFORE INSERT ON change_log BEGIN "
            "SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
            "WHERE x < 20000000) SELECT x FROM c); END"
        )
    with _server(data_dir, None) as (proc, url):
        enrolment = _login_w1(url)
        _kill_mid_push(proc, url, enrolment, inside_the_trigger)
    with sqlite3.connect(db, isolation_level=None) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        check.execute("DROP TRIGGER d4_hold")
    with _server(data_dir, None) as (_, url):
        _retry_applies_exactly_once(url, enrolment)


@pytest.fixture
def pg_schema(pg_skip_reason: str | None) -> Iterator[str]:
    if pg_skip_reason is not None:
        if REQUIRE_PG:
            pytest.fail(pg_skip_reason)
        pytest.skip(pg_skip_reason)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_pg_url())
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    try:
        yield name
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        admin.dispose()


@pytest.mark.postgres
def test_d4_postgres_server_killed_while_applying_a_batch(pg_schema: str, tmp_path: Path) -> None:
    url_with_schema = f"{PG_URL}?options=-csearch_path%3D{pg_schema}"
    data_dir = tmp_path / "server"
    live_server.prepare(data_dir, url_with_schema)
    watcher = create_engine(_pg_url())

    key = int(uuid.uuid4().int % 2**31)  # the advisory lock the trigger waits on, held by the test
    holder = watcher.connect()
    holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": key})
    holder.commit()
    with watcher.begin() as conn:
        conn.execute(
            text(
                f"CREATE FUNCTION {pg_schema}.d4_hold() RETURNS trigger AS $$ BEGIN "
                f"PERFORM pg_advisory_lock_shared({key}); PERFORM pg_advisory_unlock_shared({key}); "
                "RETURN NULL; END $$ LANGUAGE plpgsql"
            )
        )
        conn.execute(
            text(
                f"CREATE TRIGGER d4_hold BEFORE INSERT ON {pg_schema}.change_log "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {pg_schema}.d4_hold()"
            )
        )

    def waiting_inside_the_batch() -> bool:
        # The server's backend waits on the test's advisory lock: its batch has written its records and is
        # inserting its change-log rows, uncommitted.
        with watcher.connect() as conn:
            return bool(
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                        "AND objid = :k AND pid <> pg_backend_pid()"
                    ),
                    {"k": key},
                ).scalar()
            )

    try:
        with _server(data_dir, url_with_schema) as (proc, url):
            enrolment = _login_w1(url)
            _kill_mid_push(proc, url, enrolment, waiting_inside_the_batch)
        # Let the orphaned backend go on: it finds its client gone and rolls back (before that it still
        # holds its locks, so the trigger cannot be dropped).
        holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
        holder.commit()
        with watcher.begin() as conn:
            conn.execute(text(f"DROP TRIGGER d4_hold ON {pg_schema}.change_log"))
        with _server(data_dir, url_with_schema) as (_, url):
            _retry_applies_exactly_once(url, enrolment)
    finally:
        holder.close()
        watcher.dispose()
