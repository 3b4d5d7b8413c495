"""One contract suite for both transports: in-process (TestClient) and HttpTransport to a real uvicorn."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkdesk.domain.enums import Role
from linkdesk.paths import AppPaths
from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.auth import LoginRequest, RefreshRequest
from linkdesk.protocol.sync import Change, FieldChange, SyncRequest
from linkdesk.server import admin, schema
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import create_server_engine, resolve_url, writing
from linkdesk.server.main import create_app
from linkdesk.server.passwords import Passwords
from linkdesk.services.enrolment import enroll
from linkdesk.services.sync_service import sync_now
from linkdesk.sync.errors import AuthRejectedError, InsecureTransportError, UpgradeRequiredError
from linkdesk.sync.ports import SyncTransport
from linkdesk.sync.transport import HttpTransport, check_url
from linkdesk.vault import KDF_FLOOR

from . import live_server
from .support import AppTransport
from .test_engine import _register


@dataclass
class Contract:
    transport: SyncTransport
    url: str


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("live-server")
    live_server.prepare(data_dir)
    with live_server.serving(data_dir) as url:
        yield url


@pytest.fixture(params=["in_process", "uvicorn"])
def contract(request: pytest.FixtureRequest) -> Iterator[Contract]:
    if request.param == "uvicorn":
        url = request.getfixturevalue("live_url")
        transport = HttpTransport(url)
        yield Contract(transport, url)
        transport.close()
    else:
        tmp: Path = request.getfixturevalue("tmp_path")
        with _in_process_app(tmp) as http:
            yield Contract(AppTransport(http), "http://127.0.0.1:8443")


@contextmanager
def _in_process_app(tmp: Path) -> Iterator[TestClient]:
    settings = ServerSettings(
        data_dir=tmp / "srv", argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1
    )
    engine = create_server_engine(resolve_url(settings))
    schema.init(engine)
    with writing(engine) as session:
        admin.add_team(session, "north")
        for name, role in (("w1", Role.WORKER), ("s1", Role.SUPERVISOR)):
            admin.add_user(
                session,
                Passwords(settings),
                username=name,
                password=live_server.PASSWORD,
                role=role,
                team="north",
            )
    try:
        with TestClient(create_app(settings, engine=engine)) as http:
            yield http
    finally:
        engine.dispose()


def _login(c: Contract, password: str = live_server.PASSWORD):
    return c.transport.login(LoginRequest(username="w1", password=password, device_id=str(uuid.uuid4())))


def _insert(device_id: str, seq: int, record_id: str) -> Change:
    stamp = f"{1_772_550_000_000:015d}-00001-dev"
    values = {
        "given_name": "Ada",
        "created_at": "2026-03-03T10:00:00+00:00",
        "updated_at": "2026-03-03T10:00:00+00:00",
        "status_changed_at": "2026-03-03T10:00:00+00:00",
    }
    return Change(
        device_id=device_id,
        device_seq=seq,
        table="client",
        record_id=record_id,
        op="insert",
        fields={k: FieldChange(value=v, base=0, hlc=stamp) for k, v in values.items()},
    )


def _request(*changes: Change, cursor: int = 0) -> SyncRequest:
    return SyncRequest(
        protocol_version=PROTOCOL_VERSION, schema_version=SCHEMA_VERSION, changes=list(changes), cursor=cursor
    )


def test_login_and_wrong_password(contract: Contract) -> None:
    enrolment = _login(contract)
    assert enrolment.role == "worker" and enrolment.tokens.access_token
    with pytest.raises(AuthRejectedError) as err:
        _login(contract, "wrong password")
    assert err.value.reason == "invalid_credentials"


def test_refresh_rotates_and_reuse_is_refused(contract: Contract) -> None:
    e = _login(contract)
    first = RefreshRequest(
        device_id=e.device_id, device_secret=e.device_secret, refresh_token=e.tokens.refresh_token
    )
    second = contract.transport.refresh(first)
    assert second.refresh_token != e.tokens.refresh_token
    contract.transport.refresh(first.model_copy(update={"refresh_token": second.refresh_token}))
    with pytest.raises(AuthRejectedError) as err:
        contract.transport.refresh(first)  # an old copy after newer tokens were used
    assert err.value.reason == "refresh_reused"


def test_sync_push_then_duplicate(contract: Contract) -> None:
    e = _login(contract)
    change = _insert(e.device_id, 1, str(uuid.uuid4()))
    first = contract.transport.sync(e.tokens.access_token, _request(change))
    again = contract.transport.sync(e.tokens.access_token, _request(change))
    assert [a.status for a in first.acks] == ["applied"] and [a.status for a in again.acks] == ["duplicate"]
    # The server filled in the person's worker and team: the record comes back to its device.
    assert any(i.record_id == change.record_id for i in first.items)


def test_bad_token_and_version_mismatch(contract: Contract) -> None:
    e = _login(contract)
    with pytest.raises(AuthRejectedError):
        contract.transport.sync("not-a-token", _request())
    newer = _request().model_copy(update={"schema_version": SCHEMA_VERSION + 1})
    with pytest.raises(UpgradeRequiredError):
        contract.transport.sync(e.tokens.access_token, newer)


def test_enrol_register_sync_end_to_end(contract: Contract, tmp_path: Path) -> None:
    enrolled = enroll(
        AppPaths(tmp_path / "device"),
        contract.url,
        "w1",
        live_server.PASSWORD,
        "correct horse battery",
        transport=contract.transport,
        passphrase_only=True,
        kdf=KDF_FLOOR,
    )
    ws = enrolled.workspace
    try:
        _register(ws)
        report = sync_now(ws, transport=contract.transport)
        assert report.error is None and report.applied == 2 and report.pending == 0
    finally:
        ws.lock()


def test_plain_http_only_to_loopback() -> None:
    assert check_url("http://127.0.0.1:8443/") == "http://127.0.0.1:8443"
    assert check_url("http://localhost:1") == "http://localhost:1"
    assert check_url("https://linkdesk.example.org") == "https://linkdesk.example.org"
    for bad in ("http://linkdesk.example.org", "http://10.0.0.5", "ftp://x", "https://"):
        with pytest.raises(InsecureTransportError):
            HttpTransport(bad)
    assert HttpTransport("https://linkdesk.example.org").session.verify is True
