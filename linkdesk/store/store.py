"""Store: an open encrypted database — sessions for reading, units of work for writing, and closing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from linkdesk.errors import DiskFullError, StoreCorruptError, StoreLockedError
from linkdesk.records.types import utcnow
from linkdesk.store import schema
from linkdesk.store.engine import WRITE_OPTION, create_store_engine
from linkdesk.store.sync_tables import DeviceSetting
from linkdesk.store.unit_of_work import Actor, UnitOfWork


def _translate(exc: DatabaseError) -> Exception:
    message = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "full" in message:
        return DiskFullError("the disk is full; nothing was saved")
    if "not a database" in message or "malformed" in message or "hmac" in message:
        return StoreCorruptError("the database failed its integrity check")
    if "locked" in message or "busy" in message:
        return StoreLockedError("the database is busy")
    return exc


class Store:
    """One open database. Closing disposes the engine, so no pooled connection keeps the key."""

    def __init__(self, engine: Engine, path: Path, now: Callable[[], datetime] = utcnow) -> None:
        self._engine: Engine | None = engine
        self.path = path
        self.now = now

    @classmethod
    def open(cls, path: Path, key: bytes | None, *, plain: bool = False, migrate: bool = True) -> Store:
        engine = create_store_engine(path, key, plain=plain)
        store = cls(engine, path)
        if migrate:
            try:
                schema.upgrade(engine)
            except DatabaseError as exc:
                engine.dispose()
                raise _translate(exc) from exc
        return store

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreLockedError("the store is closed")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def session(self) -> Session:
        """A read session; reads need no transaction of their own beyond SQLite's snapshot."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.session()
        try:
            yield session
        except DatabaseError as exc:
            raise _translate(exc) from exc
        finally:
            session.close()

    @contextmanager
    def unit_of_work(self, actor: Actor) -> Iterator[UnitOfWork]:
        """The only commit point for synced records: a record, its outbox change and its audit event
        commit together or not at all."""
        with self.writing() as session:
            yield UnitOfWork(session, actor, self.now)

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): commits on success, rolls back on any failure. Used bare
        only for data that does not sync from the device (the published directory, device settings)."""
        session = Session(self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        try:
            yield session
            session.commit()
        except DatabaseError as exc:
            session.rollback()
            raise _translate(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as session:
            row = session.get(DeviceSetting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.writing() as session:
            row = session.get(DeviceSetting, key) or DeviceSetting(key=key)
            row.value = value
            session.add(row)

    def integrity_problems(self) -> list[str]:
        """Page-level checks: SQLCipher's HMAC check (encrypted) and SQLite's quick_check."""
        problems: list[str] = []
        try:
            with self.engine.connect() as conn:
                dialect_module = conn.dialect.dbapi
                if dialect_module is not None and dialect_module.__name__.startswith("sqlcipher3"):
                    problems += [str(r[0]) for r in conn.execute(text("PRAGMA cipher_integrity_check"))]
                rows = [str(r[0]) for r in conn.execute(text("PRAGMA quick_check"))]
                problems += [r for r in rows if r != "ok"]
        except DatabaseError as exc:
            problems.append(str(_translate(exc)))
        return problems

    def pragma(self, name: str) -> str:
        with self.engine.connect() as conn:
            row = conn.execute(text(f"PRAGMA {name}")).fetchone()
            return str(row[0]) if row else ""

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
