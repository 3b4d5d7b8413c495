"""The desktop schema: every table module imported, Alembic run on a live connection."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData

# Imported so every table class is registered on StoreModel.metadata before Alembic compares.
from linkdesk.store import directory_tables, sync_tables, tables  # noqa: F401
from linkdesk.store.base import StoreModel

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def target_metadata() -> MetaData:
    return StoreModel.metadata


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """FTS5 tables and their shadow tables are made by raw DDL in the migrations and have no models."""
    return not (type_ == "table" and name is not None and "_fts" in name)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
