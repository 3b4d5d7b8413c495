"""Client sync fixtures: the server app (SQLite and PostgreSQL) and enrolled workspaces on it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkdesk.paths import AppPaths
from linkdesk.services.enrolment import Enrolled, enroll
from linkdesk.vault import KDF_FLOOR

# The server fixtures (engine per database, settings, clock, people, http) are shared with tests/server.
from ..server.conftest import (  # noqa: F401 - fixtures re-exported for this package
    PASSWORD,
    engine,
    http,
    people,
    pg_skip_reason,
    settings,
)
from ..server.support import Clock
from .support import AppTransport

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def clock() -> Clock:
    """The server runs on real time here: device clocks are real, and HLC clamping compares the two."""
    return Clock(time.time_ns() // 1_000_000)


@pytest.fixture
def transport(http: TestClient) -> AppTransport:  # noqa: F811 - uses the imported fixture
    return AppTransport(http)


@pytest.fixture
def enrol(
    tmp_path: Path,
    transport: AppTransport,
    people: dict[str, str],  # noqa: F811 - uses the imported fixture
) -> Iterator[Callable[[str], Enrolled]]:
    """enrol("w1") -> a fresh encrypted workspace enrolled as w1 (each call a new device)."""
    made: list[Enrolled] = []

    def _enrol(username: str) -> Enrolled:
        paths = AppPaths(tmp_path / f"device-{username}-{len(made)}")
        result = enroll(
            paths,
            "http://127.0.0.1:8443",
            username,
            PASSWORD,
            PASSPHRASE,
            transport=transport,
            passphrase_only=True,
            kdf=KDF_FLOOR,
        )
        made.append(result)
        return result

    yield _enrol
    for result in made:
        if result.workspace.store.is_open:
            result.workspace.lock()
