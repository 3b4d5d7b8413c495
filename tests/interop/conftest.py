"""Directory tests run on a plain in-memory SQLite store (foreign keys enforced) with the search table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from linkdesk.store import directory_tables  # noqa: F401  (registers the directory tables)
from linkdesk.store.base import StoreModel
from linkdesk.store.directory_search import create_directory_fts

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_HSDS = REPO_ROOT / ".." / "shared" / "data" / "hsds"
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "hsds"


def directory_engine() -> Engine:
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    StoreModel.metadata.create_all(engine)
    with engine.begin() as connection:
        create_directory_fts(connection)
    return engine


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
