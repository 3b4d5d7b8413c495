"""Scenarios A1, A3 and D6: nothing readable at rest, damaged pages reported, durable settings."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from linkdesk.domain.enums import ContactMode
from linkdesk.errors import StoreCorruptError
from linkdesk.records.types import utcnow
from linkdesk.store.store import Store
from linkdesk.store.tables import Client, ContactNote
from linkdesk.store.unit_of_work import Actor

NAME = "Wolfgang Quixotebury"
NOTE = "Discussed the zebrafish aquarium club on Thursdays"


def _write_person(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        client = uow.add(Client(given_name="Wolfgang", family_name="Quixotebury", community="Pine Narrows"))
        uow.add(
            ContactNote(
                client_id=client.id,
                occurred_at=utcnow(),
                mode=ContactMode.PHONE,
                summary=NOTE,
                author_id=actor.user_id,
            )
        )


def _all_bytes(directory: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in directory.rglob("*") if p.is_file()]


def test_a1_no_name_or_note_anywhere_under_the_data_directory(
    store: Store, actor: Actor, data_dir: Path
) -> None:
    _write_person(store, actor)
    # While open, the WAL holds the latest pages: it must be encrypted too.
    files = _all_bytes(data_dir)
    assert any(p.name.endswith("-wal") for p, _ in files), "the test must cover the WAL"
    store.close()
    files += _all_bytes(data_dir)
    for needle in ("Quixotebury", "zebrafish", "Pine Narrows"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            for path, data in files:
                assert needle.encode(encoding) not in data, f"{needle!r} found in {path.name}"


def test_a1_plain_sqlite_cannot_open_the_database(store: Store, actor: Actor, db_path: Path) -> None:
    _write_person(store, actor)
    store.close()
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_a1_another_key_cannot_open_the_database(store: Store, actor: Actor, db_path: Path) -> None:
    _write_person(store, actor)
    store.close()
    with pytest.raises(StoreCorruptError):
        Store.open(db_path, os.urandom(32))


def test_a3_flipped_byte_is_reported_as_an_integrity_error(
    store: Store, actor: Actor, db_path: Path, key: bytes
) -> None:
    for _ in range(30):
        _write_person(store, actor)
    store.close()
    data = bytearray(db_path.read_bytes())
    page_size = 4096
    assert len(data) > 4 * page_size
    data[3 * page_size + 100] ^= 0xFF  # inside page 4: a data page, not the header
    db_path.write_bytes(bytes(data))
    reopened = Store.open(db_path, key)
    try:
        problems = reopened.integrity_problems()
        assert problems, "a flipped byte must be detected"
        assert any("hmac" in p.lower() or "page" in p.lower() or "integrity" in p.lower() for p in problems)
    finally:
        reopened.close()


def test_d6_every_connection_is_durable_and_encrypted(store: Store) -> None:
    assert store.pragma("synchronous") == "2"  # FULL
    assert store.pragma("journal_mode") == "wal"
    assert store.pragma("foreign_keys") == "1"
    assert store.pragma("cipher_memory_security") == "1"
    assert store.pragma("cipher_version").startswith("4.")
    # every pooled connection, not just the first
    with store.engine.connect() as a, store.engine.connect() as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
