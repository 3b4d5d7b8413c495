"""`make demo`: a real local server with demo accounts, two enrolled demo devices, data synced both ways."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from linkdesk import demo_launcher
from linkdesk.demo_server import DEMO_PASSWORD, DemoServer
from linkdesk.paths import AppPaths
from linkdesk.services.caseload import load_caseload
from linkdesk.services.enrolment import enroll
from linkdesk.services.sync_service import not_accepted as sync_not_accepted
from linkdesk.services.sync_service import sync_now
from linkdesk.services.workspace import open_workspace
from linkdesk.store.replica import StoreReplica
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
    server_dir = data / "server"
    devices = _devices(server_dir)
    assert len(devices) == 2 and all("\tactive\t" in d for d in devices)

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
    assert len(_devices(server_dir)) == 3  # the two demo laptops and the supervisor's test device


def test_demo_opens_offline_when_asked(tmp_path: Path, capsys) -> None:
    data = tmp_path / "offline"
    assert demo_launcher.main(["--data-dir", str(data), "--clients", "3", "--offline", "--no-gui"]) == 0
    assert "Local regional server" not in capsys.readouterr().out
    assert not (data / "server").exists()
