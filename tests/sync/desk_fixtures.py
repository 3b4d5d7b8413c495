"""Fixtures for the desktop's sync tests: the real server app in process (SQLite and PostgreSQL), a
real-time clock, and laptops that were set up offline first (the usual way a worker starts)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkdesk.domain.enums import ReferralSource
from linkdesk.paths import AppPaths
from linkdesk.services import intake
from linkdesk.services.workspace import Workspace, create_workspace
from linkdesk.store.tables import Client
from linkdesk.vault import KDF_FLOOR

from ..server.conftest import (  # noqa: F401 - fixtures re-exported for the desktop sync tests
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
SERVER_URL = "http://127.0.0.1:8443"  # the in-process transport ignores it; it only has to be valid


@pytest.fixture
def clock() -> Clock:
    return Clock(time.time_ns() // 1_000_000)


@pytest.fixture
def transport(http: TestClient, people: dict[str, str]) -> AppTransport:  # noqa: F811 - imported fixtures
    """The server app in process, with team north (w1, w2, s1), team south (w3) and admin a1."""
    return AppTransport(http)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Callable[[str], Workspace]]:
    """laptop("a") -> a workspace set up on this laptop without a server (passphrase-only, fast KDF)."""
    made: list[Workspace] = []

    def _make(name: str) -> Workspace:
        ws = create_workspace(
            AppPaths(tmp_path / f"laptop-{name}"),
            PASSPHRASE,
            keyring=None,
            passphrase_only=True,
            kdf=KDF_FLOOR,
        )
        made.append(ws)
        return ws

    yield _make
    for ws in made:
        if ws.store.is_open:
            ws.lock()


def register(ws: Workspace, given: str = "Ada", family: str = "Lovelace") -> str:
    result = intake.register_referral(
        ws.ctx,
        person=intake.PersonDetails(given_name=given, family_name=family),
        referral=intake.ReferralDetails(source=ReferralSource.SELF, received_on=date(2026, 3, 1)),
    )
    return result.client_id


def edit(ws: Workspace, client_id: str, **changes: object) -> None:
    with ws.ctx.write() as uow:
        client = uow.get(Client, client_id)
        assert client is not None
        uow.update(client, changes)


def local_client(ws: Workspace, client_id: str) -> Client | None:
    with ws.store.reading() as session:
        return session.get(Client, client_id)
