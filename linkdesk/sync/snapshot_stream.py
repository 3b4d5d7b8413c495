"""Reading a snapshot file while it is still being downloaded, so applying it overlaps the download.

On a slow link the file takes many seconds to arrive and applying it takes a few more (3,900 records:
about 3 s on the reference laptop). `GrowingFile` lets the apply read the frames already on disk and wait
for the rest, so the apply runs during the download's last seconds instead of after it. The apply's write
transaction is opened only when the download is about to end (`wait_for_tail`), so the database is never
held for the whole download: a person edited meanwhile is saved as usual.

Nothing is committed unless the download finished and passed its SHA-256 check: `outcome()` is checked
after the last item, inside the transaction. A download that stops or starts the file again after the
apply has read from it aborts the apply (rolled back); the caller then reports the download's error or
applies the complete file afterwards.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from linkdesk.sync.report import seconds_left

WAIT_S = 0.5  # re-check the estimate at least this often while bytes trickle in


class DownloadStoppedError(Exception):
    """The download failed, or started the file again, under a reader that had already used its bytes."""


class GrowingFile:
    """A reader over `path` while one writer appends to it; the writer reports through wrote/restarted/
    finish. Reads block until the bytes asked for are on disk or the download has ended."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cond = threading.Condition()
        try:
            self._size = path.stat().st_size  # bytes on disk (a download resumed keeps what it had)
        except FileNotFoundError:
            self._size = 0
        self._pos = 0
        self._used = False  # the reader has consumed bytes (a restart now invalidates them)
        self._aborted = False
        self._finished = False
        self._error: BaseException | None = None
        self._fd: int | None = None
        self._first: tuple[float, int] | None = None  # (time, size) when this download's bytes began

    # ----- the writer's side (the downloading thread)

    def wrote(self, n: int) -> None:
        with self._cond:
            if self._first is None:
                self._first = (time.monotonic(), self._size)
            self._size += n
            self._cond.notify_all()

    def restarted(self) -> None:
        with self._cond:
            self._size, self._first = 0, None
            if self._used:
                self._aborted = True
            self._cond.notify_all()

    def finish(self, error: BaseException | None) -> None:
        """The download ended (`error` None: complete and checked); only the first call counts."""
        with self._cond:
            if self._finished:
                return
            self._finished, self._error = True, error
            self._cond.notify_all()

    # ----- the reader's side (the applying thread)

    def _seconds_left(self, total: int) -> float | None:
        """The download's remaining time at its rate so far (None before there is a rate)."""
        if self._first is None:
            return None
        started, at = self._first
        return seconds_left(total - at, self._size - at, time.monotonic() - started)

    def wait_for_tail(self, total: int, lead_s: float) -> None:
        """Block until the download has ended or should end within `lead_s` seconds."""
        with self._cond:
            while not self._finished and not self._aborted:
                left = self._seconds_left(total)
                if self._size >= total or (left is not None and left <= lead_s):
                    return
                self._cond.wait(WAIT_S)

    def seek(self, pos: int) -> None:
        self._pos = pos

    def read(self, size: int = -1) -> bytes:
        with self._cond:
            while True:
                if self._aborted or self._error is not None:
                    raise DownloadStoppedError("the download stopped under the apply")
                if (size >= 0 and self._size >= self._pos + size) or self._finished:
                    break
                self._cond.wait(WAIT_S)
            end = self._size if size < 0 else min(self._size, self._pos + size)
            self._used = True
        data = self._pread(end - self._pos) if end > self._pos else b""
        self._pos += len(data)
        return data

    def _pread(self, n: int) -> bytes:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDONLY)
        return os.pread(self._fd, n, self._pos)

    def outcome(self) -> None:
        """Wait for the download (and its SHA-256 check) to end; raise unless it succeeded with the very
        bytes this reader used."""
        with self._cond:
            while not self._finished:
                self._cond.wait(WAIT_S)
            if self._aborted or self._error is not None:
                raise DownloadStoppedError("the download did not finish cleanly")

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
