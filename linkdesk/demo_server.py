"""The demo's local regional server: a `linkdesk-server` process on loopback with demo accounts.

`make demo` starts it next to the app so a newcomer sees sync working. It runs the real server
(SQLite in `<demo data>/server`), started as a separate process exactly as an administrator would run
it; nothing here imports the server package.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linkdesk.services.demo.connected import ServerStaff

# Printed on purpose: the demo server holds invented people only.
DEMO_PASSWORD = "demo password only"  # noqa: S105
DEMO_TEAM = "Pine Narrows - Cedar Hollow"
DEFAULT_PORT = 8765


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    display_name: str


# The laptop is jmckay's; praman's caseload arrives from a second (headless) demo device, so the
# supervisor's team view has two workers to compare.
ACCOUNTS = (
    DemoAccount("jmckay", "worker", "Jordan McKay"),
    DemoAccount("praman", "worker", "Priya Raman"),
    DemoAccount("cfitzgerald", "supervisor", "Colleen Fitzgerald-Roy"),
)


class DemoServerError(RuntimeError):
    pass


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


class DemoServer:
    """Prepare once (database, team, accounts), then start and stop a serving process."""

    def __init__(self, data_dir: Path, *, port: int = DEFAULT_PORT, python: str = sys.executable) -> None:
        self.data_dir = Path(data_dir)
        self.preferred_port = port
        self.python = python
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""

    @property
    def accounts_file(self) -> Path:
        return self.data_dir / "demo-accounts.json"

    def _cli(self, *args: str, stdin: str | None = None) -> str:
        done = subprocess.run(  # noqa: S603 - our own interpreter and module
            [self.python, "-m", "linkdesk.server", "--data-dir", str(self.data_dir), *args],
            input=stdin,
            text=True,
            capture_output=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise DemoServerError(f"linkdesk-server {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout.strip()

    def ids(self) -> dict[str, str]:
        """"team" and each username -> the server's id, as created by prepare()."""
        if not self.accounts_file.exists():
            return {}
        return {str(k): str(v) for k, v in json.loads(self.accounts_file.read_text(encoding="utf-8")).items()}

    def prepare(self) -> dict[str, str]:
        """Create the database and the demo accounts the first time; later runs only upgrade."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._cli("init")
        ids = self.ids()
        if ids:
            return ids
        ids["team"] = self._cli("team", "add", DEMO_TEAM, "--region", "Three Lakes District").splitlines()[-1]
        for account in ACCOUNTS:
            ids[account.username] = self._cli(
                "user", "add", account.username, "--role", account.role, "--team", DEMO_TEAM,
                "--display-name", account.display_name, stdin=DEMO_PASSWORD + "\n",
            ).splitlines()[-1]
        self.accounts_file.write_text(json.dumps(ids, indent=2), encoding="utf-8")
        return ids

    def _pick_port(self) -> int:
        if self.preferred_port and _port_free(self.preferred_port):
            return self.preferred_port
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return int(s.getsockname()[1])

    def start(self, timeout_s: float = 30.0) -> str:
        port = self._pick_port()
        log = (self.data_dir / "serve.log").open("ab")
        try:
            self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                [self.python, "-m", "linkdesk.server", "--data-dir", str(self.data_dir), "serve",
                 "--host", "127.0.0.1", "--port", str(port)],
                stdout=log, stderr=log, env=dict(os.environ),
            )
        finally:
            log.close()
        deadline = time.monotonic() + timeout_s
        while not _accepts(port):
            with suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=0.1)
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = (self.data_dir / "serve.log").read_text(errors="replace")[-1500:]
                raise DemoServerError(f"the demo server did not start:\n{tail}")
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def __enter__(self) -> DemoServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def server_staff(ids: dict[str, str]) -> ServerStaff:
    """The demo team and accounts as the device's reference data (ids as prepare() returned them)."""
    from linkdesk.domain.enums import Role  # noqa: PLC0415
    from linkdesk.services.demo.connected import ServerStaff  # noqa: PLC0415

    return ServerStaff(
        team_id=ids["team"],
        team_name=DEMO_TEAM,
        members=[(ids[a.username], a.username, a.display_name, Role(a.role)) for a in ACCOUNTS],
    )
