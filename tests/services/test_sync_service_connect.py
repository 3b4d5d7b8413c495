"""Connecting a laptop that was set up offline: nothing saved on failure; offline-created people sync."""

# ruff: noqa: F811 - pytest fixtures imported from tests.sync.desk_fixtures
from __future__ import annotations

import socket
from collections.abc import Callable

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.server.db import reading
from linkdesk.server.tables import Client as ServerClient
from linkdesk.server.tables import Referral as ServerReferral
from linkdesk.services.connect import AlreadyConnectedError, connect_workspace, is_connected
from linkdesk.services.sync_service import sign_out, sync_now, sync_status
from linkdesk.services.workspace import LOCAL_USER, Workspace, open_workspace, workspace_exists
from linkdesk.store.replica import StoreReplica
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import ContactNote
from linkdesk.sync.errors import AuthRejectedError, InsecureTransportError, OfflineError
from linkdesk.sync.transport import HttpTransport
from tests.sync.desk_fixtures import (  # noqa: F401 - fixtures
    PASSPHRASE,
    PASSWORD,
    SERVER_URL,
    clock,
    engine,
    http,
    laptop,
    local_client,
    people,
    pg_skip_reason,
    register,
    settings,
    transport,
)
from tests.sync.support import AppTransport


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_people_created_before_connecting_sync_as_the_worker(
    laptop: Callable[[str], Workspace],
    transport: AppTransport,
    engine: Engine,
    people: dict[str, str],
) -> None:
    ws = laptop("a")
    assert ws.ctx.actor.user_id == LOCAL_USER
    offline_ids = [register(ws, "Ada"), register(ws, "Grace", "Hopper")]
    waiting = StoreReplica(ws.store).pending_count()
    assert waiting >= 4  # two people and their referrals and consents

    connected = connect_workspace(ws, SERVER_URL, " w1 ", PASSWORD, transport=transport)

    assert connected.user_id == people["w1"] and connected.username == "w1" and connected.role == "worker"
    assert connected.claimed_records >= 2
    assert ws.ctx.actor.user_id == people["w1"]
    assert local_client(ws, offline_ids[0]).assigned_worker_id == people["w1"]  # type: ignore[union-attr]
    with ws.store.reading() as session:
        assert all(LOCAL_USER not in str(r.fields) for r in session.exec(select(OutboxChange)))

    report = sync_now(ws, transport=transport)

    assert report.complete and report.error is None
    assert report.rejected == 0 and report.applied == waiting
    with reading(engine) as session:
        for cid in offline_ids:
            row = session.get(ServerClient, cid)
            assert row is not None
            assert row.assigned_worker_id == people["w1"] and row.scope_owner_id == people["w1"]
        assert len(session.exec(select(ServerReferral)).all()) == 2
    status = sync_status(ws)
    assert status.connected and status.pending == 0 and status.username == "w1" and status.last_success_ms > 0

    # A new record written after connecting is authored by the server user, also after unlocking again.
    paths = ws.paths
    ws.lock()
    again = open_workspace(paths, PASSPHRASE)
    try:
        assert again.ctx.actor.user_id == people["w1"]
        register(again, "Katherine", "Johnson")
        assert sync_now(again, transport=transport).rejected == 0
    finally:
        again.lock()


def test_a_worker_sees_the_people_another_laptop_created_offline(
    laptop: Callable[[str], Workspace], transport: AppTransport, people: dict[str, str]
) -> None:
    first, second = laptop("first"), laptop("second")
    cid = register(first, "Ada")
    connect_workspace(first, SERVER_URL, "w1", PASSWORD, transport=transport)
    assert sync_now(first, transport=transport).complete
    connect_workspace(second, SERVER_URL, "w1", PASSWORD, transport=transport)
    assert sync_now(second, transport=transport).complete
    pulled = local_client(second, cid)
    assert pulled is not None and pulled.given_name == "Ada"


def test_wrong_password_saves_nothing(laptop: Callable[[str], Workspace], transport: AppTransport) -> None:
    ws = laptop("a")
    register(ws)
    with pytest.raises(AuthRejectedError):
        connect_workspace(ws, SERVER_URL, "w1", "not the password", transport=transport)
    with pytest.raises(AuthRejectedError):
        connect_workspace(ws, SERVER_URL, "nobody", PASSWORD, transport=transport)
    assert not is_connected(ws)
    assert StoreReplica(ws.store).load_state() == {}
    assert ws.ctx.actor.user_id == LOCAL_USER
    assert not sync_status(ws).connected


def test_bad_address_and_no_connection(laptop: Callable[[str], Workspace]) -> None:
    ws = laptop("a")
    for url in ("ftp://example.org", "http://example.org", "not a url", ""):
        with pytest.raises(InsecureTransportError):
            connect_workspace(ws, url, "w1", PASSWORD)
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(OfflineError):
        connect_workspace(ws, url, "w1", PASSWORD, transport=HttpTransport(url))
    assert StoreReplica(ws.store).load_state() == {}


def test_connecting_twice_is_refused_and_sign_out_erases_the_laptop(
    laptop: Callable[[str], Workspace], transport: AppTransport, people: dict[str, str]
) -> None:
    ws = laptop("a")
    connect_workspace(ws, SERVER_URL, "w1", PASSWORD, transport=transport)
    with pytest.raises(AlreadyConnectedError):
        connect_workspace(ws, SERVER_URL, "w1", PASSWORD, transport=transport)
    paths = ws.paths
    sign_out(ws)
    assert not workspace_exists(paths)
    assert not paths.database.exists()


def test_notes_written_offline_keep_their_author_after_connecting(
    laptop: Callable[[str], Workspace], transport: AppTransport, engine: Engine, people: dict[str, str]
) -> None:
    from datetime import UTC, datetime

    from linkdesk.domain.enums import ContactMode
    from linkdesk.services.notes import add_note

    ws = laptop("a")
    cid = register(ws)
    add_note(
        ws.ctx,
        client_id=cid,
        occurred_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
        mode=ContactMode.PHONE,
        summary="Called",
    )
    connect_workspace(ws, SERVER_URL, "w1", PASSWORD, transport=transport)
    assert sync_now(ws, transport=transport).rejected == 0
    with ws.store.reading() as session:
        note = session.exec(select(ContactNote)).one()
    assert note.author_id == people["w1"]


@pytest.mark.slow
def test_offline_people_reach_a_real_server_process_after_connecting(
    laptop: Callable[[str], Workspace], tmp_path
) -> None:
    """End to end over HTTP on loopback: `linkdesk-server serve`, a laptop used offline, then connected."""
    from tests.sync.live_server import PASSWORD as LIVE_PASSWORD
    from tests.sync.live_server import prepare, serving

    data = tmp_path / "server"
    prepare(data)
    ws = laptop("field")
    offline = [register(ws, "Ada"), register(ws, "Grace", "Hopper")]
    with serving(data) as url:
        connected = connect_workspace(ws, url, "w1", LIVE_PASSWORD)
        report = sync_now(ws)
        assert report.complete and report.rejected == 0 and report.pending == 0
        second = laptop("office")
        connect_workspace(second, url, "w1", LIVE_PASSWORD)
        assert sync_now(second).complete
        for cid in offline:
            pulled = local_client(second, cid)
            assert pulled is not None and pulled.assigned_worker_id == connected.user_id
        # A supervisor of the team sees them too; nobody else's laptop is involved.
        boss = laptop("supervisor")
        connect_workspace(boss, url, "s1", LIVE_PASSWORD)
        assert sync_now(boss).complete
        assert all(local_client(boss, cid) is not None for cid in offline)
