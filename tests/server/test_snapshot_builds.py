"""Snapshots built when a laptop logs in, ready for its first sync; one build per scope at a time."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from linkdesk.domain.enums import Role
from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.server import snapshot_builds, state
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import reading
from linkdesk.server.scopes import Scope
from linkdesk.server.sequence import CHANGE_SEQ, current_value
from linkdesk.server.snapshot_builds import latest_or_build, store_for

from .conftest import PASSWORD
from .support import SyncClient, person_fields, quick_settings

MIN_ROWS = 5


@pytest.fixture
def settings(tmp_path: Path) -> ServerSettings:
    return quick_settings(tmp_path, login_max_failures=10, snapshot_min_rows=MIN_ROWS)


def _fill(device: SyncClient, count: int) -> None:
    changes = [
        device.change("client", f"{device.device_id}-{i}", op="insert", **person_fields(f"Person {i}"))
        for i in range(count)
    ]
    assert device.sync(changes).next_cursor > 0


def _offer(device: SyncClient) -> SnapshotInfo:
    r = device.http.post("/snapshots", headers=device.headers())
    assert r.status_code == 200, r.text
    return SnapshotInfo.model_validate(r.json())


def _filled_w1(devices: dict[str, SyncClient], engine: Engine) -> tuple[Scope, str]:
    """w1's scope with enough people for a snapshot, and the server's incarnation."""
    _fill(devices["w1"], MIN_ROWS + 2)
    with reading(engine) as session:
        incarnation = state.incarnation(session)
    return Scope(devices["w1"].user_id, Role.WORKER, devices["w1"].enrolment.team_id), incarnation


def _high(engine: Engine) -> int:
    with reading(engine) as session:
        return current_value(session, CHANGE_SEQ)


def test_a_login_builds_the_snapshot_its_first_sync_is_offered(
    devices: dict[str, SyncClient], settings: ServerSettings, engine: Engine, http: TestClient
) -> None:
    store = store_for(settings)
    assert store.all() == []  # the first logins met empty scopes: nothing worth building
    _fill(devices["w1"], MIN_ROWS + 2)
    laptop = SyncClient.enrol(http, "w1", PASSWORD, "w1-new-laptop")
    [built] = store.all()  # built after the login was answered (the test client waits for it)
    assert built.user_id == devices["w1"].user_id and built.seq == _high(engine)
    assert _offer(laptop).id == built.id  # the first sync finds it ready: no second build
    SyncClient.enrol(http, "w1", PASSWORD, "w1-third-laptop")
    SyncClient.enrol(http, "w2", PASSWORD, "w2-new-laptop")  # w2's scope is too small for one
    assert [m.id for m in store.all()] == [built.id]  # a fresh one exists: a login builds nothing more


def test_builds_at_login_can_be_turned_off(
    devices: dict[str, SyncClient], settings: ServerSettings, http: TestClient
) -> None:
    _fill(devices["w1"], MIN_ROWS + 2)
    settings.snapshot_build_on_login = False
    laptop = SyncClient.enrol(http, "w1", PASSWORD, "w1-new-laptop")
    assert store_for(settings).all() == []
    assert _offer(laptop).seq > 0  # built on the offer instead


def test_an_offer_waits_for_the_build_already_running(
    devices: dict[str, SyncClient], settings: ServerSettings, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    scope, incarnation = _filled_w1(devices, engine)
    original, calls = snapshot_builds.build, []
    inside, release = threading.Event(), threading.Event()

    def held_build(*args: Any) -> Any:
        calls.append(threading.current_thread().name)
        inside.set()
        assert release.wait(10)
        return original(*args)

    monkeypatch.setattr(snapshot_builds, "build", held_build)
    got: dict[str, str] = {}

    def ask(name: str) -> None:
        got[name] = latest_or_build(engine, settings, scope, incarnation, 1_000).id

    first = threading.Thread(target=ask, args=("first",), name="first")
    first.start()
    assert inside.wait(10)
    second = threading.Thread(target=ask, args=("second",), name="second")
    second.start()
    second.join(0.3)
    assert second.is_alive()  # waiting for the first build, not starting its own
    release.set()
    first.join(10)
    second.join(10)
    assert got["first"] == got["second"] and calls == ["first"]


def test_a_failed_build_is_retried_by_the_offer_that_waited(
    devices: dict[str, SyncClient], settings: ServerSettings, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    scope, incarnation = _filled_w1(devices, engine)
    original, failures = snapshot_builds.build, [RuntimeError("disk full")]

    def failing_once(*args: Any) -> Any:
        if failures:
            raise failures.pop()
        return original(*args)

    monkeypatch.setattr(snapshot_builds, "build", failing_once)
    snapshot_builds.warm(engine, settings, scope, 1_000)  # logged, not raised
    assert store_for(settings).all() == []
    assert latest_or_build(engine, settings, scope, incarnation, 1_000).seq == _high(engine)
