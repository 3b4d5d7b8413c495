"""A real `linkdesk-server serve` process on loopback (SQLite), with one team and users w1 and s1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

PASSWORD = "a long enough password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "LINKDESK_SERVER_ARGON2_MEMORY_KIB": "64",
            "LINKDESK_SERVER_ARGON2_PARALLELISM": "1",
            "LINKDESK_SERVER_ARGON2_TIME_COST": "1",
        }
    )
    return env


def _cli(data_dir: Path, *args: str, stdin: str | None = None, database_url: str | None = None) -> None:
    extra = ["--database-url", database_url] if database_url else []
    subprocess.run(
        [sys.executable, "-m", "linkdesk.server", "--data-dir", str(data_dir), *extra, *args],
        input=stdin,
        text=True,
        check=True,
        env=_env(),
        capture_output=True,
        timeout=60,
    )


def prepare(data_dir: Path, database_url: str | None = None) -> None:
    _cli(data_dir, "init", database_url=database_url)
    _cli(data_dir, "team", "add", "north", database_url=database_url)
    for name, role in (("w1", "worker"), ("s1", "supervisor")):
        _cli(
            data_dir,
            "user",
            "add",
            name,
            "--role",
            role,
            "--team",
            "north",
            stdin=PASSWORD + "\n",
            database_url=database_url,
        )


@contextmanager
def serving(
    data_dir: Path, database_url: str | None = None, tls: tuple[Path, Path] | None = None
) -> Iterator[str]:
    port = free_port()
    extra = ["--database-url", database_url] if database_url else []
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / f"serve-{port}.log"
    scheme = "https" if tls else "http"
    tls_args = ["--ssl-certfile", str(tls[0]), "--ssl-keyfile", str(tls[1])] if tls else []
    command = [
        sys.executable,
        "-m",
        "linkdesk.server",
        "--data-dir",
        str(data_dir),
        *extra,
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        *tls_args,
    ]
    # Output goes to a file, not a pipe: a chatty server must never block on a full pipe.
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, env=_env(), stdout=log, stderr=log)
        url = f"{scheme}://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while not _accepts(port):
                # Readiness is the port accepting connections: no TLS here, so the tests alone decide what
                # the client trusts. Waiting on the process (not sleeping) also notices a server that died.
                with suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=0.1)
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"server did not start: {log_path.read_text(errors='replace')[-2000:]}"
                    )
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False
