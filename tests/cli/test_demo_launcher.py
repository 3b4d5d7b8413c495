"""`make demo`: a real local server with demo accounts, two enrolled demo devices, data synced both ways."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from linkdesk import demo_launcher
from linkdesk.demo_server import DEMO_PASSWORD, DemoServer
from linkdesk.paths import AppPaths
from linkdesk.services.caseload import load_caseload
from linkdesk.services.enrolment import enroll
from linkdesk.services.sync_service import not_accepted as sync_not_accepted
from linkdesk.services.sync_service import sync_now
from linkdesk.services.workspace import open_workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.store.tables import CaseReview, Client
from linkdesk.sync import state as keys


@pytest.fixture(autouse=True)
def _fast_server_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("MEMORY_KIB", "64"), ("PARALLELISM", "1"), ("TIME_COST", "1")):
        monkeypatch.setenv(f"LINKDESK_SERVER_ARGON2_{name}", value)


def _devices(server_dir: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "linkdesk.server", "--data-dir", str(server_dir), "device", "list"],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    return [line for line in out.splitlines() if line.strip()]


def test_demo_prepares_a_live_server_and_an_enrolled_synced_laptop(tmp_path: Path, capsys) -> None:
    data = tmp_path / "demo"
    assert demo_launcher.main(["--data-dir", str(data), "--clients", "6", "--no-gui"]) == 0
    out = capsys.readouterr().out
    assert "Local regional server: http://127.0.0.1:" in out
    assert out.count("first sync complete") == 2
    assert out.count(" 0 not accepted, 0 waiting") == 2
    assert "4 reviews of 3 team members' people synced (4 of 4 changes accepted)" in out
    server_dir = data / "server"
    devices = _devices(server_dir)
    assert len(devices) == 3 and all("\tactive\t" in d for d in devices)

    # The demo supervisor's reviews reach the worker whose people they are about.
    jmckay = DemoServer(server_dir).ids()["jmckay"]
    boss = open_workspace(AppPaths.at(server_dir / "devices" / "cfitzgerald"), demo_launcher.DEMO_PASSPHRASE)
    try:
        with boss.store.session() as session:
            reviewed = {r.client_id for r in session.exec(select(CaseReview))}
            mine = {c.id for c in session.exec(select(Client)) if c.assigned_worker_id == jmckay}
        assert len(reviewed) == 4 and reviewed & mine  # some of them are this laptop's people
    finally:
        boss.lock()

    laptop = open_workspace(AppPaths.at(data), demo_launcher.DEMO_PASSPHRASE)
    try:
        replica = StoreReplica(laptop.store)
        assert replica.pending_count() == 0
        assert sync_not_accepted(laptop) == []
        state = replica.load_state()
        assert state[keys.USER_ID] == DemoServer(server_dir).ids()["jmckay"]
        page = load_caseload(laptop.ctx, limit=50)
        assert page.total == 6  # only this worker's people: the other worker's stay on the server
    finally:
        laptop.lock()

    # The supervisor sees the whole team on the server: both workers' people arrive on a new device.
    with DemoServer(server_dir) as server:
        server.prepare()
        url = server.start()
        demo_launcher._point_at(AppPaths.at(data), url)
        laptop = open_workspace(AppPaths.at(data), demo_launcher.DEMO_PASSPHRASE)
        try:
            assert sync_now(laptop).error is None
            with laptop.store.session() as session:
                assert {r.client_id for r in session.exec(select(CaseReview))} == reviewed & mine
        finally:
            laptop.lock()
        supervisor = enroll(AppPaths.at(tmp_path / "supervisor"), url, "cfitzgerald", DEMO_PASSWORD,
                            "a supervisor passphrase", passphrase_only=True)
        try:
            report = sync_now(supervisor.workspace)
            assert report.complete and report.error is None and report.rejected == 0
            team = load_caseload(supervisor.workspace.ctx, limit=50)
            assert team.total == 6 + 2  # jmckay's 6 and praman's 6 // 3
        finally:
            supervisor.workspace.lock()

    # A second launch reuses everything: no new devices, no reseeding.
    assert demo_launcher.main(["--data-dir", str(data), "--clients", "6", "--no-gui"]) == 0
    assert "Seeding" not in capsys.readouterr().out
    assert len(_devices(server_dir)) == 4  # three demo laptops and the supervisor's test device


def test_demo_opens_offline_when_asked(tmp_path: Path, capsys) -> None:
    data = tmp_path / "offline"
    assert demo_launcher.main(["--data-dir", str(data), "--clients", "3", "--offline", "--no-gui"]) == 0
    assert "Local regional server" not in capsys.readouterr().out
    assert not (data / "server").exists()
