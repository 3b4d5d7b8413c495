"""Scenarios D5 and D7: a killed process or a full disk leaves the database and outbox consistent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from linkdesk.errors import DiskFullError
from linkdesk.store.store import Store
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import AuditEvent, Client
from linkdesk.store.unit_of_work import Actor


def _count(store: Store, model: Any) -> int:
    with store.reading() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from linkdesk.store.store import Store
    from linkdesk.store.tables import Client
    from linkdesk.store.unit_of_work import Actor
    store = Store.open(Path(sys.argv[1]), bytes.fromhex(os.environ["TEST_KEY"]))
    actor = Actor("w", "d", lambda: "000000000000001-00000-d")
    with store.unit_of_work(actor) as uow:
        for i in range(400):
            uow.add(Client(given_name=f"Batch{i}", family_name="Killed"))
            if i == 200:
                print("midway", flush=True)
                sys.stdin.readline()  # the parent kills us here
""")


def test_d5_killed_mid_transaction_leaves_no_partial_write(
    store: Store, actor: Actor, db_path: Path, key: bytes
) -> None:
    with store.unit_of_work(actor) as uow:
        uow.add(Client(given_name="Before", family_name="Kill"))
    store.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "TEST_KEY": key.hex()},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"midway"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reopened = Store.open(db_path, key)
    try:
        assert reopened.integrity_problems() == []
        assert _count(reopened, Client) == 1
        assert _count(reopened, OutboxChange) == 1
        assert _count(reopened, AuditEvent) == 1
    finally:
        reopened.close()


def test_d7_disk_full_during_a_save_is_clear_and_loses_nothing(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        uow.add(Client(given_name="Saved", family_name="Earlier"))
    before = (_count(store, Client), _count(store, OutboxChange), _count(store, AuditEvent))
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    # Every pooled connection gets a hard page limit just above the current size: a disk that is full.
    @event.listens_for(store.engine, "connect")
    def _limit(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {int(pages) + 2}")

    store.engine.dispose()
    long_text = "x" * 200_000
    with pytest.raises(DiskFullError), store.unit_of_work(actor) as uow:
        uow.add(
            Client(
                given_name="Too",
                family_name="Big",
                safe_contact_notes=long_text[:2000],
                communication_needs=long_text[:2000],
            )
        )
        for i in range(200):
            uow.add(Client(given_name=f"Filler{i}", family_name="Row", accessibility_needs=long_text[:2000]))
    event.remove(store.engine, "connect", _limit)
    store.engine.dispose()
    assert (_count(store, Client), _count(store, OutboxChange), _count(store, AuditEvent)) == before
    assert store.integrity_problems() == []
