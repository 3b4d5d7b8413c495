"""Server schema migrations (head equals models, SQLite and PostgreSQL) and the linkdesk-server command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine

from linkdesk.server import schema
from linkdesk.server.cli import main


def test_head_equals_the_models(engine: Engine) -> None:
    assert schema.current_revision(engine) == schema.head_revision()
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), schema.target_metadata()) == []


def test_downgrade_to_base_and_back(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "base")
    schema.init(engine)
    assert schema.current_revision(engine) == schema.head_revision()


def _cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "srv"), *args])


def test_cli_administration_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LINKDESK_SERVER_ARGON2_MEMORY_KIB", "64")
    monkeypatch.setenv("LINKDESK_SERVER_ARGON2_PARALLELISM", "1")
    capsys.readouterr()
    assert _cli(tmp_path, "team", "add", "north") == 1  # not initialised yet: one clear line
    assert "linkdesk-server init" in capsys.readouterr().err
    assert _cli(tmp_path, "init") == 0
    assert _cli(tmp_path, "team", "add", "north") == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert _cli(tmp_path, "user", "add", "Wendy", "--role", "worker", "--team", "north") == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert _cli(tmp_path, "user", "add", "wendy", "--role", "worker") == 1
    assert capsys.readouterr().err.strip() == "linkdesk-server: error: user_exists"
    assert _cli(tmp_path, "device", "revoke", "nope") == 1
    assert _cli(tmp_path, "user", "disable", "wendy") == 0
    assert _cli(tmp_path, "device", "list") == 0
    capsys.readouterr()
    assert _cli(tmp_path, "audit", "export", "--verify") == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all('"hash"' in line for line in lines)


def test_cli_reports_an_unreachable_database_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--database-url", "postgresql://nobody@127.0.0.1:1/none", "init"])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("linkdesk-server: error: database unavailable") and "\n" not in err
