"""Downloading a snapshot into the device's data directory, resumable at any byte, checked by SHA-256.

The file stays as the server sent it (encrypted); it is decrypted only while it is applied. After a drop
the next attempt asks for the rest (`Range: bytes=N-`, `If-Range: <ETag>`), so at most the bytes in
flight when the link dropped are sent twice; a server answering with the whole file (the ETag no longer
matches) restarts the file from zero rather than mixing two.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.sync.errors import OfflineError, ServerRefusedError, SyncError
from linkdesk.sync.snapshot_ports import SnapshotTransport

# One authorised request (SyncEngine.authorised: the access token, renewed once if refused).
Authorised = Callable[[Callable[[str], Any]], Any]
SYNC_EVERY = 1 << 20  # fsync the partial file every MiB (a crash loses at most that, caught by SHA-256)


class SnapshotGoneError(SyncError):
    """The server no longer has that snapshot (expired, or another scope's): ask for a new one."""

    code = "sync_snapshot_gone"


class SnapshotDamagedError(SyncError):
    """The file does not match what the server described, or does not decrypt."""

    code = "sync_snapshot_damaged"

    def __init__(self, reason: str) -> None:
        super().__init__(reason, reason=reason)


class Watcher(Protocol):
    """Told of every change to the partial file (a reader applying it while it downloads)."""

    def wrote(self, n: int) -> None: ...

    def restarted(self) -> None: ...


class PartialFile:
    """A SnapshotSink over a file created private to this user (0600)."""

    def __init__(
        self, path: Path, on_bytes: Callable[[int], None] | None = None, watcher: Watcher | None = None
    ) -> None:
        self.path = path
        self.on_bytes = on_bytes
        self.watcher = watcher
        self.received = 0  # bytes written in this process, restarts included
        self._fh: BinaryIO | None = None
        self._unsynced = 0

    def held(self) -> int:
        if self._fh is not None:
            return self._fh.tell()
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def _open(self) -> BinaryIO:
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            self._fh = os.fdopen(fd, "ab")
        return self._fh

    def restart(self) -> None:
        fh = self._open()
        fh.seek(0)
        fh.truncate(0)
        if self.watcher is not None:
            self.watcher.restarted()

    def write(self, data: bytes) -> None:
        fh = self._open()
        fh.write(data)
        self.received += len(data)
        self._unsynced += len(data)
        if self._unsynced >= SYNC_EVERY:
            self.sync()
        if self.watcher is not None:
            fh.flush()  # the reader uses its own descriptor
            self.watcher.wrote(len(data))
        if self.on_bytes is not None:
            self.on_bytes(len(data))

    def sync(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._unsynced = 0

    def close(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self.sync()
            self._fh.close()
            self._fh = None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(
    transport: SnapshotTransport, authorised: Authorised, info: SnapshotInfo, sink: PartialFile
) -> None:
    """Complete `sink` to the snapshot's bytes and check them. OfflineError: keep what arrived and resume
    next time. SnapshotGoneError (404): the caller asks for a new snapshot. A 416 or a file that fails
    its check is started again once from zero; SnapshotDamagedError if it fails again."""
    restarted = False
    while True:
        if sink.held() > info.size:
            sink.restart()
        if sink.held() < info.size:
            try:
                authorised(lambda token: transport.download_snapshot(token, info, sink))
            except ServerRefusedError as exc:
                if exc.status == 404:
                    raise SnapshotGoneError("snapshot gone") from exc
                if exc.status != 416 or restarted:
                    raise
                restarted = True
                sink.restart()  # what we hold is not a prefix of these bytes
                continue
        sink.sync()
        if sink.held() < info.size:
            raise OfflineError("incomplete_download")  # a clean close before the end: resume next time
        if sink.held() == info.size and sha256_of(sink.path) == info.sha256:
            return
        if restarted:
            raise SnapshotDamagedError("snapshot does not match its SHA-256")
        restarted = True
        sink.restart()
