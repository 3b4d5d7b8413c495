"""Fixtures for tests that run the server app in-process on a SQLite file, away from the server test
package (desktop UI and service tests): import `engine` and `clock` next to tests.server.conftest's
`http`, `people` and `settings`."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from linkdesk.server import schema
from linkdesk.server.db import create_server_engine
from tests.server.support import Clock


@pytest.fixture
def engine(settings) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    made = create_server_engine(f"sqlite+pysqlite:///{settings.data_dir.parent / 'server.db'}")
    schema.init(made)
    yield made
    made.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock(time.time_ns() // 1_000_000)
