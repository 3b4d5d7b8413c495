"""D11: 30 days offline with 5,000 changes, then a link that drops every 20 s (time scaled down 10x).

The laptop's lease has run out (it has not reached the server for 30 days). Through the fault proxy to a
real server process, whose connections are all cut every DROP_S seconds, the app's retry policy syncs
until done. The sync moves in bounded chunks (at most one batch of changes per request), every run that
is cut keeps what earlier rounds achieved (the outbox only shrinks, the cursor only grows), and all 5,000
changes land on the server exactly once.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from linkdesk.domain.enums import ReferralSource
from linkdesk.paths import AppPaths
from linkdesk.protocol.sync import SyncRequest, SyncResponse
from linkdesk.services import intake
from linkdesk.services.enrolment import enroll
from linkdesk.services.sync_service import is_locked_by_lease
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.store.tables import Client, Referral
from linkdesk.sync import state as keys
from linkdesk.sync.backoff import Backoff
from linkdesk.sync.report import SyncReport
from linkdesk.vault import KDF_FLOOR
from tests.faults.tcp_proxy import FaultProxy, Faults

from . import live_server
from .link_support import CountingTransport, drive

pytestmark = pytest.mark.slow

PEOPLE = 2_500  # each registration is two changes (person and referral): 5,000 changes
TIME_SCALE = 0.1  # 20 s between drops becomes 2 s; backoff waits shrink alike
DROP_S = 20 * TIME_SCALE
BATCH = 200
DAY_MS = 24 * 3600 * 1000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    data_dir = tmp_path / "server"
    live_server.prepare(data_dir)
    with live_server.serving(data_dir) as url:
        yield data_dir / "server.db", url


@pytest.fixture
def laptop(server: tuple[Path, str], tmp_path: Path) -> Iterator[Workspace]:
    enrolled = enroll(
        AppPaths(tmp_path / "laptop"),
        server[1],
        "w1",
        live_server.PASSWORD,
        "correct horse battery",
        passphrase_only=True,
        kdf=KDF_FLOOR,
    )
    ws = enrolled.workspace
    per_save = 500
    for start in range(0, PEOPLE, per_save):  # a month of intakes: the same rows the intake screen writes
        with ws.ctx.write() as uow:
            people = [
                Client(
                    **intake.person_fields(
                        intake.PersonDetails(given_name=f"Person {n}", family_name="Offline"), ws.ctx.today()
                    ),
                    assigned_worker_id=ws.ctx.actor.user_id,
                    status_changed_at=ws.ctx.now(),
                )
                for n in range(start, start + per_save)
            ]
            uow.add_many(Client.__table__, people)  # type: ignore[attr-defined]
            uow.add_many(
                Referral.__table__,  # type: ignore[attr-defined]
                [
                    Referral(client_id=c.id, source=ReferralSource.SELF, received_on=date(2026, 3, 1))
                    for c in people
                ],
            )
    # Thirty days without reaching the server: the lease ran out.
    month_ago = time.time_ns() // 1_000_000 - 30 * DAY_MS
    StoreReplica(ws.store).save_state({keys.LAST_SERVER_MS: str(month_ago), keys.WALL_HIGH_MS: "0"})
    yield ws
    if ws.store.is_open:
        ws.lock()


class ChunkLog(CountingTransport):
    """Also records the size of every push, to show the sync moves in bounded chunks."""

    def __init__(self, inner: CountingTransport) -> None:
        super().__init__(inner.inner)
        self.pushed_sizes: list[int] = []

    def sync(self, access_token: str, request: SyncRequest) -> SyncResponse:
        self.pushed_sizes.append(len(request.changes))
        return super().sync(access_token, request)


def _ids(ws: Workspace) -> tuple[set[str], set[str]]:
    with ws.store.reading() as session:
        people = {c.id for c in session.exec(select(Client)).all()}
        referrals = {r.id for r in session.exec(select(Referral)).all()}
    return people, referrals


def test_d11_month_offline_5000_changes_over_a_link_that_keeps_dropping(
    server: tuple[Path, str], laptop: Workspace
) -> None:
    db, url = server
    replica = StoreReplica(laptop.store)
    assert replica.pending_count() == 2 * PEOPLE
    assert is_locked_by_lease(laptop)  # 30 days away: locked until it connects (data kept)
    people, referrals = _ids(laptop)
    device_id = replica.load_state()[keys.DEVICE_ID]
    outbox_seen: list[int] = []
    stop = threading.Event()

    with FaultProxy("127.0.0.1", int(url.rsplit(":", 1)[1]), Faults()) as proxy:

        def drop_every_interval() -> None:
            while not stop.wait(DROP_S):
                proxy.cut_all()

        dropper = threading.Thread(target=drop_every_interval, daemon=True)
        dropper.start()
        try:
            result = drive(
                laptop,
                proxy.url,
                max_runs=200,
                deadline_s=240,
                batch_size=BATCH,
                backoff_scale=TIME_SCALE,
                on_run=lambda: outbox_seen.append(replica.pending_count()),
                wrap=ChunkLog,
            )
        finally:
            stop.set()
            dropper.join(timeout=10)
        cuts = proxy.cuts

    reports, t = result.reports, result.transport
    assert result.complete, [r.error for r in reports][-5:]
    assert cuts >= 2, "the link never dropped during the sync: the test proved nothing"
    assert all(r.error in (None, "offline") for r in reports), {r.error for r in reports}
    # Bounded chunks: no request carried more than one batch; cut runs kept what they had done.
    assert isinstance(t, ChunkLog) and max(t.pushed_sizes) <= BATCH
    assert outbox_seen == sorted(outbox_seen, reverse=True) and outbox_seen[-1] == 0
    assert result.cursors == sorted(result.cursors)
    assert t.failures == len(reports) - 1  # one failed request per cut run: no retry storm
    # All 5,000 land exactly once.
    assert sum(r.applied for r in reports) <= 2 * PEOPLE
    assert sum(r.applied + r.duplicates for r in reports) >= 2 * PEOPLE
    with sqlite3.connect(db) as conn:
        statuses = dict(
            conn.execute(
                "SELECT json_extract(ack, '$.status'), count(*) FROM applied_change WHERE device_id = ? "
                "GROUP BY 1",
                (device_id,),
            ).fetchall()
        )
        on_server_people = {r[0] for r in conn.execute("SELECT id FROM client")}
        on_server_referrals = {r[0] for r in conn.execute("SELECT id FROM referral")}
        logged = conn.execute(
            "SELECT count(*), count(DISTINCT record_id) FROM change_log "
            "WHERE table_name IN ('client', 'referral')"
        ).fetchone()
    assert statuses == {"applied": 2 * PEOPLE}
    assert people <= on_server_people and referrals <= on_server_referrals
    assert logged[0] == logged[1]  # each record was sequenced once: nothing applied twice
    assert not is_locked_by_lease(laptop)  # back in contact: the lease starts again


def test_d11_backoff_restarts_after_a_run_that_made_progress() -> None:
    """A link that drops every 20 s cuts most runs; a run that moved data does not push the next wait
    towards the 15-minute cap (the waits would otherwise dwarf the link's good windows)."""
    backoff = Backoff(base_s=5.0, cap_s=900.0, rng=random.Random(4))
    for _ in range(8):
        backoff.next_delay()  # eight fruitless runs: the ceiling is now at the cap
    assert backoff.next_delay(progressed=True) <= 5.0
    assert SyncReport(pushed=200, error="offline").progressed
    assert SyncReport(pulled_items=3, error="offline").progressed
    assert not SyncReport(error="offline").progressed
