"""The snapshot cache under the server's data directory: encrypted files, their metadata, their keys.

`<id>.snap` holds the encrypted bytes (served for `snapshot_ttl_s`), `<id>.json` what the server knows
about it: scope, sequence, size, digest (kept for `snapshot_keep_s`, so a file carried on a USB key can
still be unlocked). Neither holds personal data in clear. Keys are never stored: each is HKDF-SHA256 of
the server's token key (in the database, shared by all server processes) and the snapshot id.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.protocol.snapshot_file import encode_key
from linkdesk.server.scopes import Scope

_KEY_INFO = b"linkdesk snapshot key v1:"


def snapshot_key(server_key: bytes, snapshot_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_KEY_INFO + snapshot_id.encode()
    ).derive(server_key)


@dataclass(frozen=True)
class SnapshotMeta:
    id: str
    seq: int
    size: int
    sha256: str
    items: int
    user_id: str
    role: str
    team_id: str | None
    incarnation: str
    protocol_version: int
    schema_version: int
    created_ms: int

    def belongs_to(self, scope: Scope) -> bool:
        return (self.user_id, self.role, self.team_id) == (scope.user_id, scope.role.value, scope.team_id)

    def info(self, server_key: bytes, ttl_s: int) -> SnapshotInfo:
        return SnapshotInfo(
            id=self.id,
            seq=self.seq,
            size=self.size,
            sha256=self.sha256,
            items=self.items,
            key=encode_key(snapshot_key(server_key, self.id)),
            incarnation=self.incarnation,
            protocol_version=self.protocol_version,
            schema_version=self.schema_version,
            expires_ms=self.created_ms + ttl_s * 1000,
        )


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


class SnapshotStore:
    def __init__(self, root: Path, *, ttl_s: int, keep_s: int) -> None:
        self.root = root
        self.ttl_ms = ttl_s * 1000
        self.keep_ms = max(keep_s, ttl_s) * 1000

    def ensure(self) -> SnapshotStore:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    def data_path(self, snapshot_id: str) -> Path:
        return self.root / f"{snapshot_id}.snap"

    def _meta_path(self, snapshot_id: str) -> Path:
        return self.root / f"{snapshot_id}.json"

    def building_path(self, snapshot_id: str) -> Path:
        return self.root / f"{snapshot_id}.building"

    def get(self, snapshot_id: str) -> SnapshotMeta | None:
        path = self._meta_path(snapshot_id)
        try:
            return SnapshotMeta(**json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def servable(self, meta: SnapshotMeta, now_ms: int) -> bool:
        return now_ms < meta.created_ms + self.ttl_ms and self.data_path(meta.id).is_file()

    def publish(self, meta: SnapshotMeta) -> None:
        """The built file becomes servable: bytes first (fsynced by the builder), metadata last."""
        self.building_path(meta.id).replace(self.data_path(meta.id))
        _write_atomically(self._meta_path(meta.id), json.dumps(asdict(meta)).encode())

    def all(self) -> list[SnapshotMeta]:
        if not self.root.is_dir():
            return []
        found = (self.get(p.stem) for p in self.root.glob("*.json"))
        return [m for m in found if m is not None]

    def reusable(self, scope: Scope, incarnation: str, now_ms: int, max_age_ms: int) -> SnapshotMeta | None:
        """The newest snapshot of this scope built in the last `max_age_ms` that can still be served."""
        fresh = [
            m
            for m in self.all()
            if m.belongs_to(scope)
            and m.incarnation == incarnation
            and now_ms - m.created_ms <= max_age_ms
            and self.servable(m, now_ms)
        ]
        return max(fresh, key=lambda m: (m.created_ms, m.seq), default=None)

    def sweep(self, now_ms: int) -> int:
        """Expire old files: bytes after the TTL, metadata after the keep period, stale builds after the
        TTL. Returns the number of files removed."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for path in self.root.iterdir():
            try:
                age_ms = now_ms - int(path.stat().st_mtime * 1000)
            except OSError:
                continue
            meta = self.get(path.stem) if path.suffix == ".snap" else None
            born = meta.created_ms if meta is not None else now_ms - age_ms
            limit = self.keep_ms if path.suffix == ".json" else self.ttl_ms
            if now_ms - born > limit:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed

    def clear(self) -> int:
        """Remove every cached snapshot (after a purge: erased people must not stay in any file)."""
        removed = 0
        if self.root.is_dir():
            for path in self.root.iterdir():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed
