"""D3: a slow, jittery, lossy link (5 KB/s, round trip 2 s +- 1 s, connections reset at random).

Through the fault proxy to a real server process, the app's retry policy runs sync until it completes.
Every run either completes or stops cleanly as "offline" (nothing raised, nothing half-applied); the
cursor only moves forward; each failure costs exactly one request and is followed by a backoff wait
(no retry storm); in the end both sides hold everything exactly once.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from linkdesk.domain.enums import ReferralSource
from linkdesk.paths import AppPaths
from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.auth import LoginRequest
from linkdesk.protocol.sync import Change, FieldChange, SyncRequest
from linkdesk.services import intake
from linkdesk.services.enrolment import enroll
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.store.tables import Client
from linkdesk.sync.transport import HttpTransport
from linkdesk.vault import KDF_FLOOR
from tests.faults.tcp_proxy import FaultProxy, Faults

from . import live_server
from .link_support import drive

pytestmark = pytest.mark.slow

LOCAL_PEOPLE = 12  # 24 changes to push (person + referral each)
PEER_PEOPLE = 30  # made on the worker's other laptop, to pull over the bad link
STAMP = f"{1_772_550_000_000:015d}-00001-peer"


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("d3-server")
    live_server.prepare(data_dir)
    with live_server.serving(data_dir) as url:
        yield url


def _peer_push(url: str, count: int) -> set[str]:
    t = HttpTransport(url)
    e = t.login(LoginRequest(username="w1", password=live_server.PASSWORD, device_id=uuid.uuid4().hex))
    changes = [
        Change(
            device_id=e.device_id,
            device_seq=n,
            table="client",
            record_id=f"peer-{e.device_id[:8]}-{n}",
            op="insert",
            fields={
                k: FieldChange(value=v, base=0, hlc=STAMP)
                for k, v in {
                    "given_name": f"Peer {n}",
                    "family_name": "Remote",
                    "safe_contact_notes": f"call after five, {n}" * 8,  # some bytes for the slow link
                    "created_at": "2026-03-03T10:00:00+00:00",
                    "updated_at": "2026-03-03T10:00:00+00:00",
                    "status_changed_at": "2026-03-03T10:00:00+00:00",
                }.items()
            },
        )
        for n in range(1, count + 1)
    ]
    req = SyncRequest(
        protocol_version=PROTOCOL_VERSION, schema_version=SCHEMA_VERSION, changes=changes, cursor=10**12
    )
    assert all(a.status == "applied" for a in t.sync(e.tokens.access_token, req).acks)
    t.close()
    return {c.record_id for c in changes}


def _server_people(url: str) -> list[str]:
    """Every person id the server holds for team north, read by a supervisor's fresh device."""
    t = HttpTransport(url)
    e = t.login(LoginRequest(username="s1", password=live_server.PASSWORD, device_id=uuid.uuid4().hex))
    ids: set[str] = set()
    cursor, more = 0, True
    while more:
        req = SyncRequest(protocol_version=PROTOCOL_VERSION, schema_version=SCHEMA_VERSION, cursor=cursor)
        resp = t.sync(e.tokens.access_token, req)
        for item in resp.items:
            if item.table == "client" and item.kind == "record":
                ids.add(item.record_id)
        cursor, more = resp.next_cursor, resp.has_more
    t.close()
    return sorted(ids)


def _local_people(ws: Workspace) -> set[str]:
    with ws.store.reading() as session:
        return {c.id for c in session.exec(select(Client)).all()}


@pytest.fixture
def device(server_url: str, tmp_path: Path) -> Iterator[Workspace]:
    enrolled = enroll(
        AppPaths(tmp_path / "laptop"),
        server_url,
        "w1",
        live_server.PASSWORD,
        "correct horse battery",
        passphrase_only=True,
        kdf=KDF_FLOOR,
    )
    ws = enrolled.workspace
    for n in range(LOCAL_PEOPLE):
        intake.register_referral(
            ws.ctx,
            person=intake.PersonDetails(given_name=f"Local {n}", family_name="Offline"),
            referral=intake.ReferralDetails(source=ReferralSource.SELF, received_on=date(2026, 3, 1)),
        )
    yield ws
    if ws.store.is_open:
        ws.lock()


def test_d3_slow_jittery_lossy_link_completes_cleanly_without_a_retry_storm(
    server_url: str, device: Workspace
) -> None:
    peer_ids = _peer_push(server_url, PEER_PEOPLE)
    local_ids = _local_people(device)
    assert StoreReplica(device.store).pending_count() == 2 * LOCAL_PEOPLE
    port = int(server_url.rsplit(":", 1)[1])
    faults = Faults(
        one_way_delay_s=1.0,  # round trip 2 s
        jitter_s=0.5,  # +- 0.5 s each way: round trip 2 s +- 1 s
        bandwidth_bps=5_000 * 8,  # 5 KB/s each way
        cut_chance=0.12,  # lossy: about one chunk in eight resets its connection
        seed=5,
    )
    with FaultProxy("127.0.0.1", port, faults) as proxy:
        # Small pushes and pages, so the sync takes several round trips that the losses can hit.
        result = drive(
            device,
            proxy.url,
            max_runs=25,
            deadline_s=150,
            batch_size=8,
            backoff_scale=0.02,
        )
        connections = proxy.counters.connections
        cuts = proxy.cuts

    reports, t = result.reports, result.transport
    assert result.complete, [r.error for r in reports]
    assert cuts >= 1, "the link never lost anything: the test proved nothing"
    # Every unfinished run stopped cleanly, as offline, and nothing else went wrong.
    assert all(r.error == "offline" for r in reports[:-1]), [r.error for r in reports]
    # The cursor only moves forward, across rounds, failures and runs.
    assert result.cursors == sorted(result.cursors) and result.cursors[-1] > 0
    # No retry storm: a failed request ends its run (one failure per failed run), then a backoff wait.
    failed_runs = len(reports) - 1
    assert t.failures == failed_runs
    assert len(result.waits) == failed_runs and all(w >= 0 for w in result.waits)
    useful = sum(r.round_trips for r in reports)
    assert t.sync_calls <= useful + failed_runs
    assert t.refresh_calls <= failed_runs + 1  # the access token is kept between runs
    assert connections <= t.requests  # the HTTP stack did not retry behind our back
    # Both sides hold everything, exactly once.
    assert StoreReplica(device.store).pending_count() == 0
    on_server = _server_people(server_url)
    assert set(on_server) >= local_ids | peer_ids
    assert _local_people(device) >= peer_ids
    # Exactly once: the server acknowledged each change as applied at most once; a change whose answer
    # was lost came back as a duplicate.
    assert sum(r.applied for r in reports) <= 2 * LOCAL_PEOPLE
    assert sum(r.applied + r.duplicates for r in reports) >= 2 * LOCAL_PEOPLE
