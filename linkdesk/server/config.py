"""Server settings: defaults < optional TOML config file < LINKDESK_SERVER_* environment < arguments."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LINKDESK_SERVER_", extra="forbid")

    data_dir: Path = Path("linkdesk-server-data")
    database_url: str | None = None  # None: embedded SQLite in data_dir
    host: str = "127.0.0.1"
    port: int = Field(default=8443, ge=1, le=65535)
    access_token_ttl_s: int = Field(default=900, ge=10)
    refresh_token_ttl_s: int = Field(default=30 * 24 * 3600, ge=60)
    # A refresh whose answer was lost may be retried with the same token (and device secret) this long.
    refresh_retry_grace_s: int = Field(default=300, ge=0)
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)
    max_inflated_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)
    login_max_failures: int = Field(default=10, ge=1)
    login_window_s: int = Field(default=60, ge=1)
    # Argon2id cost for password hashes (argon2-cffi's RFC 9106 low-memory profile by default).
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_kib: int = Field(default=65536, ge=8)
    argon2_parallelism: int = Field(default=4, ge=1)
    # TLS for `serve` (deployments usually terminate TLS at a reverse proxy instead).
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    page_rows: int = Field(default=1000, ge=1, le=10000)
    # Initial-sync snapshots (docs/sync.md): offered to a new device when its scope's change log holds at
    # least this many rows; one built in the last `snapshot_reuse_s` for the same scope is offered again;
    # its bytes are served for `snapshot_ttl_s`, and its key is given out for `snapshot_keep_s` (a file
    # carried on a USB key). `snapshot_build_on_login`: a login starts building the scope's snapshot, so a
    # new laptop's first sync finds it ready.
    snapshot_build_on_login: bool = True
    snapshot_min_rows: int = Field(default=1000, ge=1)
    snapshot_reuse_s: int = Field(default=600, ge=0)
    snapshot_ttl_s: int = Field(default=24 * 3600, ge=60)
    snapshot_keep_s: int = Field(default=14 * 24 * 3600, ge=60)

    def sqlite_path(self) -> Path:
        return self.data_dir / "server.db"

    def snapshot_dir(self) -> Path:
        return self.data_dir / "snapshots"


def load_settings(config_file: Path | None = None, **overrides: Any) -> ServerSettings:
    """Settings from the environment, with a TOML file below it and explicit arguments above it."""
    from_env = ServerSettings()
    values: dict[str, Any] = {}
    if config_file is not None:
        with config_file.open("rb") as fh:
            values.update(tomllib.load(fh))
    values.update(from_env.model_dump(include=from_env.model_fields_set))
    values.update({k: v for k, v in overrides.items() if v is not None})
    return ServerSettings(**values)
