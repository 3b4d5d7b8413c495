"""Helpers for the directory tests: where the sample data is, a fresh store, row counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session, select

from linkdesk.store import directory_tables
from linkdesk.store.base import StoreModel
from linkdesk.store.directory_search import create_directory_fts

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_HSDS = REPO_ROOT / ".." / "shared" / "data" / "hsds"
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "hsds"


def directory_engine() -> Engine:
    """A plain in-memory SQLite store with the directory tables and search, foreign keys enforced."""
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    StoreModel.metadata.create_all(engine)
    with engine.begin() as connection:
        create_directory_fts(connection)
    return engine


def row_counts(session: Session) -> dict[str, int]:
    """Rows per directory table, keyed like the import report ("service", "phone", ...)."""
    return {
        str(table.__tablename__).removeprefix("directory_"): len(session.exec(select(table)).all())
        for table in directory_tables.DIRECTORY_TABLES
    }
