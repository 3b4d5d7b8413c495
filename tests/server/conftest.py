"""Server test fixtures: the app on SQLite and on PostgreSQL (a schema per test), a fake clock, users."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from linkdesk.domain.enums import Role
from linkdesk.server import admin, schema
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import create_server_engine, writing
from linkdesk.server.main import create_app
from linkdesk.server.passwords import Passwords

from .support import Clock, SyncClient, quick_settings

PG_URL = os.environ.get("LINKDESK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("LINKDESK_REQUIRE_POSTGRES") == "1"
PASSWORD = "a long enough password"


def _pg_url() -> str:
    return "postgresql+psycopg://" + PG_URL.split("://", 1)[1]


def _pg_available() -> str | None:
    try:
        engine = create_engine(_pg_url(), connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except OperationalError as exc:
        return (
            f"PostgreSQL at {PG_URL} unreachable ({type(exc.orig).__name__}); set LINKDESK_TEST_POSTGRES_URL"
        )


@pytest.fixture(scope="session")
def pg_skip_reason() -> str | None:
    return _pg_available()


@pytest.fixture
def settings(tmp_path: Path) -> ServerSettings:
    return quick_settings(tmp_path)


def _postgres_engine(pg_skip_reason: str | None) -> Iterator[Engine]:
    if pg_skip_reason is not None:
        if REQUIRE_PG:
            pytest.fail(pg_skip_reason)
        pytest.skip(pg_skip_reason)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(_pg_url())
    with admin_engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    engine = create_engine(_pg_url(), connect_args={"options": f"-csearch_path={name}"}, pool_size=5)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin_engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        admin_engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(
    request: pytest.FixtureRequest, settings: ServerSettings, pg_skip_reason: str | None
) -> Iterator[Engine]:
    if request.param == "sqlite":
        made = create_server_engine(f"sqlite+pysqlite:///{settings.data_dir.parent / 'server.db'}")
        schema.init(made)
        yield made
        made.dispose()
    else:
        for made in _postgres_engine(pg_skip_reason):
            schema.init(made)
            yield made


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def people(engine: Engine, settings: ServerSettings) -> dict[str, str]:
    """Team north (worker w1, w2, supervisor s1), team south (worker w3), admin a1: username -> user id."""
    ids: dict[str, str] = {}
    passwords = Passwords(settings)
    with writing(engine) as session:
        admin.add_team(session, "north")
        admin.add_team(session, "south")
        for name, role, team in (
            ("w1", Role.WORKER, "north"),
            ("w2", Role.WORKER, "north"),
            ("s1", Role.SUPERVISOR, "north"),
            ("w3", Role.WORKER, "south"),
            ("a1", Role.ADMIN, None),
        ):
            user = admin.add_user(session, passwords, username=name, password=PASSWORD, role=role, team=team)
            ids[name] = user.id
    return ids


@pytest.fixture
def http(engine: Engine, settings: ServerSettings, clock: Clock) -> Iterator[TestClient]:
    with TestClient(create_app(settings, engine=engine, now_ms=clock)) as client:
        yield client


@pytest.fixture
def devices(http: TestClient, people: dict[str, str]) -> dict[str, SyncClient]:
    """One enrolled device per user, named after the user ('w1' -> device 'dev-w1')."""
    return {name: SyncClient.enrol(http, name, PASSWORD, f"dev-{name}") for name in people}
