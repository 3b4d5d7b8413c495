"""As an administrator and a link worker would do it: a real server process, `enroll`, then `sync`."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from linkdesk.domain.enums import ReferralSource
from linkdesk.paths import AppPaths
from linkdesk.services.intake import PersonDetails, ReferralDetails, register_referral
from linkdesk.services.workspace import open_workspace

PASSWORD = "worker password 123"
PASSPHRASE = "a long enough passphrase"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server(data: Path, *args: str, stdin: str = "") -> str:
    result = subprocess.run(
        [sys.executable, "-m", "linkdesk.server", "--data-dir", str(data), *args],
        input=stdin, capture_output=True, text=True, timeout=60, check=True,
    )
    return result.stdout


def _linkdesk(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "linkdesk", "--data-dir", str(data), *args],
        input=stdin, capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    data = tmp_path / "server"
    _server(data, "init")
    _server(data, "team", "add", "North")
    _server(data, "user", "add", "alice", "--role", "worker", "--team", "North", stdin=PASSWORD + "\n")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "linkdesk.server", "--data-dir", str(data), "serve", "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{url}/health", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                process.wait(timeout=0.05) if process.poll() is not None else None
                continue
        else:
            pytest.fail("the server did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_enroll_then_sync_sends_a_new_referral(server_url: str, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop"
    enrolled = _linkdesk(laptop, "enroll", server_url, "--username", "alice", "--passphrase-stdin",
                         "--passphrase-only", stdin=f"{PASSWORD}\n{PASSPHRASE}\n")
    assert enrolled.returncode == 0, enrolled.stderr
    assert "Enrolled this laptop as alice" in enrolled.stdout

    ws = open_workspace(AppPaths(laptop), PASSPHRASE)
    register_referral(ws.ctx, person=PersonDetails(given_name="Rose", family_name="Whitehead"),
                      referral=ReferralDetails(source=ReferralSource.NURSE, received_on=date.today()))
    ws.lock()

    synced = _linkdesk(laptop, "sync", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert synced.returncode == 0, synced.stderr
    assert "Sent 2 change(s): 2 applied" in synced.stdout and "0 still pending" in synced.stdout

    again = _linkdesk(laptop, "sync", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert again.returncode == 0 and "Sent 0 change(s)" in again.stdout


def test_enroll_with_a_wrong_password_is_one_line(server_url: str, tmp_path: Path) -> None:
    result = _linkdesk(tmp_path / "laptop", "enroll", server_url, "--username", "alice", "--passphrase-stdin",
                       "--passphrase-only", stdin=f"wrong password\n{PASSPHRASE}\n")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
