"""An encrypted store opened on a fresh file with a random key, plus a fixed actor."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkdesk.store.store import Store
from linkdesk.store.unit_of_work import Actor


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "linkdesk.db"


@pytest.fixture
def store(db_path: Path, key: bytes) -> Iterator[Store]:
    opened = Store.open(db_path, key)
    yield opened
    opened.close()


@pytest.fixture
def actor() -> Actor:
    counter = iter(range(1, 10**9))
    return Actor(
        user_id="worker-1", device_id="device-1", stamp=lambda: f"{next(counter):015d}-00000-device-1"
    )
