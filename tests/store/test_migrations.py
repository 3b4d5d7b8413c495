"""Migrations tested like code: head equals the models; a populated database upgrades from 0001."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from linkdesk.records.types import utcnow
from linkdesk.store import schema
from linkdesk.store.engine import create_store_engine
from linkdesk.store.store import Store
from linkdesk.store.tables import Client
from linkdesk.store.unit_of_work import Actor

FIRST = "0001"


def _diff(engine_url_path: Path, key: bytes) -> list[object]:
    engine = create_store_engine(engine_url_path, key)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": schema.include_object}
            )
            diffs = compare_metadata(context, schema.target_metadata())
    finally:
        engine.dispose()
    return list(diffs)


def test_head_equals_the_models(db_path: Path, key: bytes) -> None:
    Store.open(db_path, key).close()
    assert _diff(db_path, key) == []


def test_the_migration_chain_is_linear_and_ends_at_head(db_path: Path, key: bytes) -> None:
    store = Store.open(db_path, key)
    try:
        with store.engine.connect() as conn:
            assert schema.current_revision(conn) == schema.head_revision()
    finally:
        store.close()


def test_a_populated_database_upgrades_from_the_first_revision(
    db_path: Path, key: bytes, actor: Actor
) -> None:
    engine = create_store_engine(db_path, key)
    schema.upgrade(engine, FIRST)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO client (id, created_at, updated_at, deleted, given_name, family_name, sort_name,"
                " language, interpreter_needed, status, status_changed_at)"
                " VALUES ('c1', :t, :t, 0, 'Marie', 'Côté', 'cote\tmarie', 'fr', 0, 'active', :t)"
            ),
            {"t": utcnow().replace(tzinfo=None)},
        )
    engine.dispose()
    store = Store.open(db_path, key)  # upgrades to head
    try:
        with store.reading() as session:
            assert session.execute(select(func.count()).select_from(Client)).scalar_one() == 1
            client = session.get(Client, "c1")
            assert client is not None and client.family_name == "Côté"
        with store.unit_of_work(actor) as uow:  # and the upgraded database takes writes
            loaded = uow.get(Client, "c1")
            assert loaded is not None
            uow.update(loaded, {"preferred_name": "Mimi"})
    finally:
        store.close()
