"""Real sockets cut mid-request (D2) and mid-response (D1) between HttpTransport and uvicorn."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from linkdesk.paths import AppPaths
from linkdesk.services.enrolment import enroll
from linkdesk.services.sync_service import sync_now
from linkdesk.services.workspace import Workspace
from linkdesk.sync.transport import HttpTransport
from linkdesk.vault import KDF_FLOOR

from . import live_server
from .tcp_proxy import Cut, FaultProxy
from .test_engine import _outbox, _register

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultProxy]:
    data_dir = tmp_path_factory.mktemp("proxied-server")
    live_server.prepare(data_dir)
    with live_server.serving(data_dir) as url:
        proxy = FaultProxy(int(url.rsplit(":", 1)[1]))
        yield proxy
        proxy.close()


def _transport(proxy: FaultProxy) -> HttpTransport:
    session = requests.Session()
    session.headers["Connection"] = "close"  # one request per connection, so each plan entry hits one request
    return HttpTransport(proxy.url, session=session)


def _server_people(proxy: FaultProxy, username: str) -> list[str]:
    from linkdesk.protocol.auth import LoginRequest
    from linkdesk.protocol.sync import SyncRequest

    t = _transport(proxy)
    e = t.login(LoginRequest(username=username, password=live_server.PASSWORD, device_id=str(uuid.uuid4())))
    ids: list[str] = []
    cursor, more = 0, True
    while more:
        resp = t.sync(e.tokens.access_token, SyncRequest(protocol_version=1, schema_version=1, cursor=cursor))
        ids += [i.record_id for i in resp.items if i.table == "referral"]
        cursor, more = resp.next_cursor, resp.has_more
    return ids


@pytest.fixture
def device(proxied: FaultProxy, tmp_path: Path) -> Iterator[Workspace]:
    proxied.plan = []
    enrolled = enroll(
        AppPaths(tmp_path / "dev"),
        proxied.url,
        "w1",
        live_server.PASSWORD,
        "correct horse battery",
        transport=_transport(proxied),
        passphrase_only=True,
        kdf=KDF_FLOOR,
    )
    yield enrolled.workspace
    if enrolled.workspace.store.is_open:
        enrolled.workspace.lock()


@pytest.mark.parametrize("after", [10, 150, 300, 500, 700])
def test_d2_request_cut_mid_body_applies_nothing(proxied: FaultProxy, device: Workspace, after: int) -> None:
    before = len(_server_people(proxied, "s1"))
    _register(device)
    proxied.plan = [None, Cut("up", after)]  # the token refresh passes, the sync request is cut
    report = sync_now(device, transport=_transport(proxied))
    assert report.error == "offline" and _outbox(device) == 2
    assert len(_server_people(proxied, "s1")) == before
    assert sync_now(device, transport=_transport(proxied)).applied == 2 and _outbox(device) == 0
    assert len(_server_people(proxied, "s1")) == before + 1


@pytest.mark.parametrize("after", [0, 20, 150, 400, 800])
def test_d1_response_cut_after_commit_is_applied_exactly_once(
    proxied: FaultProxy, device: Workspace, after: int
) -> None:
    before = len(_server_people(proxied, "s1"))
    _register(device)
    proxied.plan = [None, Cut("down", after)]
    report = sync_now(device, transport=_transport(proxied))
    assert report.error == "offline" and _outbox(device) == 2  # cleared only after an acknowledgement
    retry = sync_now(device, transport=_transport(proxied))
    assert retry.duplicates == 2 and retry.applied == 0 and _outbox(device) == 0
    assert len(_server_people(proxied, "s1")) == before + 1
