"""Directory tests run on a plain in-memory SQLite store (foreign keys enforced) with the search table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from .directory_support import SHARED_HSDS, directory_engine


@pytest.fixture
def session() -> Iterator[Session]:
    engine = directory_engine()
    with Session(engine) as session:
        yield session
    engine.dispose()


@pytest.fixture(scope="session")
def hsds() -> Path:
    if not SHARED_HSDS.is_dir():
        pytest.skip(f"shared HSDS sample data not found at {SHARED_HSDS}")
    return SHARED_HSDS.resolve()
