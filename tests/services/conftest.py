"""A fresh encrypted workspace for each service test (floor KDF parameters keep it quick)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from linkdesk.paths import AppPaths
from linkdesk.services.context import ServiceContext
from linkdesk.services.workspace import Workspace, create_workspace
from linkdesk.vault import KDF_FLOOR

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 3, 3, 15, 0, tzinfo=UTC)


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = create_workspace(
        AppPaths(data_dir), PASSPHRASE, keyring=None, passphrase_only=True, kdf=KDF_FLOOR, user_id="worker-1"
    )
    yield ws
    ws.lock()


@pytest.fixture
def ctx(workspace: Workspace) -> ServiceContext:
    """The workspace's context with a fixed clock: 3 March 2026, 15:00 UTC."""
    return replace(workspace.ctx, now=lambda: NOW, today=lambda: date(2026, 3, 3))
