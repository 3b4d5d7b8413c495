"""The SQLCipher engine: raw-key connect hook, durability pragmas and the cipher version check."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from linkdesk.errors import CipherUnavailableError, StoreCorruptError

REQUIRED_CIPHER_MAJOR = "4."
WRITE_OPTION = "linkdesk_write"
CACHE_KIB = 65536  # a 20,000-person caseload keeps its hot pages in memory

# Applied after the key on every connection; tests assert them (scenario D6).
CONNECTION_PRAGMAS: tuple[str, ...] = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)
PLAIN_PRAGMAS = tuple(p for p in CONNECTION_PRAGMAS if "cipher_" not in p)


def cipher_info() -> dict[str, str]:
    """SQLCipher version and crypto provider, read from a throwaway in-memory keyed connection."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        info = {}
        for name in ("cipher_version", "cipher_provider", "cipher_provider_version"):
            row = conn.execute(f"PRAGMA {name}").fetchone()
            info[name] = str(row[0]) if row else ""
        return info
    finally:
        conn.close()


def check_cipher() -> str:
    version = cipher_info()["cipher_version"]
    if not version.startswith(REQUIRED_CIPHER_MAJOR):
        raise CipherUnavailableError(found=version or "none")
    return version


def _keyed_connect(path: Path, key: bytes) -> Any:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    # SQLCipher's own log goes to stderr; our errors say what happened in one line instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # A raw key: no per-connection key stretching. The hex string never leaves this function.
    conn.execute("PRAGMA key = \"x'" + key.hex() + "'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise StoreCorruptError("the database could not be opened with this key") from exc
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(pragma).fetchall()
    return conn


def _plain_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    for pragma in PLAIN_PRAGMAS:
        conn.execute(pragma).fetchall()
    return conn


def create_store_engine(path: Path, key: bytes | None, *, plain: bool = False) -> Engine:
    """An engine over the encrypted database at `path` (or plain SQLite, for benchmarks only)."""
    if not plain:
        check_cipher()
        if key is None:
            raise ValueError("an encrypted store needs its data key")

    def creator() -> Any:
        return _plain_connect(path) if plain else _keyed_connect(path, key or b"")

    engine = create_engine(
        "sqlite+pysqlite://",
        creator=creator,
        module=sqlite3 if plain else sqlcipher,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver runs in autocommit mode (isolation_level=None); SQLAlchemy's BEGIN is ours.
        # Writers take the lock at BEGIN (IMMEDIATE) so two writers never deadlock on lock upgrade.
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
