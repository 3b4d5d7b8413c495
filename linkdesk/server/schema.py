"""The server schema: all table modules registered, Alembic upgrades, and first-run initialisation."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData

# Imported so every table class is registered on ServerModel.metadata before Alembic compares.
from linkdesk.server import account_tables, handover_tables, sync_tables, tables  # noqa: F401
from linkdesk.server.base import ServerModel
from linkdesk.server.db import writing
from linkdesk.server.state import initialise

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def target_metadata() -> MetaData:
    return ServerModel.metadata


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def init(engine: Engine) -> bool:
    """Migrate to head and create counters, incarnation and token key; idempotent."""
    upgrade(engine)
    with writing(engine) as session:
        return initialise(session)
