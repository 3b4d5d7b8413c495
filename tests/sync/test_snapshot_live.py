"""Initial-sync snapshots against a real `linkdesk-server serve` process: a download cut on a real socket
resumes from the byte it reached; a snapshot exported to a file (USB key) starts a laptop from the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlmodel import select

from linkdesk.paths import AppPaths
from linkdesk.protocol.auth import LoginRequest
from linkdesk.services.enrolment import enroll
from linkdesk.services.sync_service import make_engine, sync_now
from linkdesk.services.workspace import open_workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.store.tables import Client
from linkdesk.sync.transport import SNAPSHOT_BLOCK, HttpTransport
from linkdesk.vault import KDF_FLOOR

from . import live_server
from .tcp_proxy import Cut, FaultProxy
from .test_engine import _register

pytestmark = pytest.mark.slow
PASSPHRASE = "correct horse battery"
PEOPLE = 200


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The server (snapshots offered from the first log row) with w1's caseload of 200 people."""
    data_dir = tmp_path_factory.mktemp("snapshot-server")
    saved = os.environ.get("LINKDESK_SERVER_SNAPSHOT_MIN_ROWS")
    os.environ["LINKDESK_SERVER_SNAPSHOT_MIN_ROWS"] = "1"
    try:
        live_server.prepare(data_dir)
        with live_server.serving(data_dir) as url:
            seeded = enroll(
                AppPaths(tmp_path_factory.mktemp("seed")),
                url,
                "w1",
                live_server.PASSWORD,
                PASSPHRASE,
                passphrase_only=True,
                kdf=KDF_FLOOR,
            )
            for i in range(PEOPLE):
                _register(seeded.workspace, f"Zebediah{i}")
            assert sync_now(seeded.workspace).complete
            seeded.workspace.lock()
            yield url, data_dir
    finally:
        if saved is None:
            os.environ.pop("LINKDESK_SERVER_SNAPSHOT_MIN_ROWS", None)
        else:
            os.environ["LINKDESK_SERVER_SNAPSHOT_MIN_ROWS"] = saved


def _closing(url: str) -> HttpTransport:
    session = requests.Session()
    session.headers["Connection"] = "close"  # one request per connection: each plan entry hits one request
    return HttpTransport(url, session=session)


def test_a_download_cut_on_the_socket_resumes_from_the_byte_it_reached(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    url, _ = server
    direct = HttpTransport(url)
    token = direct.login(
        LoginRequest(username="w1", password=live_server.PASSWORD, device_id="probe")
    ).tokens.access_token
    offered = direct.offer_snapshot(token)  # the same snapshot is offered again for a while
    assert offered is not None and offered.size > 3 * SNAPSHOT_BLOCK
    proxy = FaultProxy(int(url.rsplit(":", 1)[1]))
    try:
        fresh = enroll(
            AppPaths(tmp_path / "fresh"),
            proxy.url,
            "w1",
            live_server.PASSWORD,
            PASSPHRASE,
            transport=_closing(proxy.url),
            passphrase_only=True,
            kdf=KDF_FLOOR,
        ).workspace
        cut_at = offered.size // 2
        proxy.plan = [None, None, Cut("down", cut_at)]  # refresh, offer, then the download is cut
        first = make_engine(fresh, transport=_closing(proxy.url), initial_snapshot=True).run_once()
        assert first.error == "offline" and StoreReplica(fresh.store).cursor() == 0
        [part] = list(fresh.paths.snapshots_dir.glob("*.part"))
        held = part.stat().st_size
        assert cut_at - 1024 - SNAPSHOT_BLOCK <= held < cut_at  # only bytes in flight were lost
        assert first.snapshot_bytes == held
        second = make_engine(fresh, transport=_closing(proxy.url), initial_snapshot=True).run_once()
        assert second.error is None and second.complete and second.snapshot_items == offered.items
        assert second.snapshot_bytes == offered.size - held  # the rest only: nothing from zero
        with fresh.store.reading() as session:
            assert len(session.exec(select(Client)).all()) == PEOPLE
        assert list(fresh.paths.snapshots_dir.glob("*")) == []
        fresh.lock()
    finally:
        proxy.close()


def _linkdesk(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linkdesk", "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _server_cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linkdesk.server", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_snapshot_carried_on_a_usb_key_starts_a_laptop_from_the_command_line(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    url, data_dir = server
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = _server_cli(data_dir, "snapshot", "export", "--username", "w1", "--out", str(usb / "w1.snap"))
    assert exported.returncode == 0, exported.stderr
    assert "wrote" in exported.stdout and "sha256" in exported.stdout
    for name in ("Zebediah", "Lovelace"):
        assert name.encode() not in (usb / "w1.snap").read_bytes()

    laptop = tmp_path / "laptop"
    enrolled = _linkdesk(
        laptop,
        "enroll",
        url,
        "--username",
        "w1",
        "--passphrase-stdin",
        "--passphrase-only",
        stdin=f"{live_server.PASSWORD}\n{PASSPHRASE}\n",
    )
    assert enrolled.returncode == 0, enrolled.stderr
    synced = _linkdesk(
        laptop, "sync", "--snapshot", str(usb / "w1.snap"), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert synced.returncode == 0, synced.stderr
    assert "Started from a snapshot of" in synced.stdout
    ws = open_workspace(AppPaths(laptop), PASSPHRASE)
    try:
        with ws.store.reading() as session:
            assert len(session.exec(select(Client)).all()) == PEOPLE
    finally:
        ws.lock()

    again = _linkdesk(
        laptop, "sync", "--snapshot", str(usb / "w1.snap"), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "already holds synced data" in again.stderr
    missing = _linkdesk(
        laptop, "sync", "--snapshot", str(usb / "nope"), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1

    s1_laptop = tmp_path / "s1"
    assert (
        _linkdesk(
            s1_laptop,
            "enroll",
            url,
            "--username",
            "s1",
            "--passphrase-stdin",
            "--passphrase-only",
            stdin=f"{live_server.PASSWORD}\n{PASSPHRASE}\n",
        ).returncode
        == 0
    )
    foreign = _linkdesk(
        s1_laptop, "sync", "--snapshot", str(usb / "w1.snap"), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert foreign.returncode == 1 and foreign.stderr.count("\n") == 1
    assert "does not know this snapshot" in foreign.stderr

    nobody = _server_cli(data_dir, "snapshot", "export", "--username", "nobody", "--out", str(usb / "x"))
    assert (
        nobody.returncode == 1 and nobody.stderr.count("\n") == 1 and "no_such_active_user" in nobody.stderr
    )
    assert not (usb / "x").exists()
