"""Initial sync from a snapshot: a device with cursor 0 downloads its scope's snapshot (resumably), applies
it in one local transaction like a pulled page (started during the download's last seconds, committed
only once the whole file has arrived and passed its SHA-256 check), and incremental sync continues from its
sequence number.

The offer (id, size, SHA-256 and the file's key) is kept in the encrypted database until the snapshot is
applied, so a download cut by a drop, a lock or a closed laptop resumes where it stopped on the next run.
The same code applies a snapshot file carried on a USB key (`import_file`).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.protocol.snapshot_file import Readable, SnapshotFileError, decode_key, iter_items, read_header
from linkdesk.protocol.sync import PageItem
from linkdesk.sync import state as keys
from linkdesk.sync.errors import SyncError
from linkdesk.sync.ports import CycleCounts, Replica, SyncTransport
from linkdesk.sync.report import SyncObserver, SyncReport
from linkdesk.sync.snapshot_download import (
    Authorised,
    PartialFile,
    SnapshotDamagedError,
    SnapshotGoneError,
    fetch,
    sha256_of,
)
from linkdesk.sync.snapshot_ports import SnapshotReplica, SnapshotTransport
from linkdesk.sync.snapshot_stream import DownloadStoppedError, GrowingFile

PENDING = "sync.snapshot"  # the offer being downloaded (JSON of SnapshotInfo, with its key)
PROGRESS_EVERY = 64 * 1024
# The apply starts this long before the download should end: about its own length (1 ms an item on the
# reference laptop), so both end together; the database's write lock is held no longer than that.
APPLY_S_PER_ITEM = 0.001
MIN_LEAD_S, MAX_LEAD_S = 1.0, 15.0


class Source(Readable, Protocol):
    """A snapshot file to apply: read from the start again after its header was checked."""

    def seek(self, pos: int, /) -> Any: ...


class SnapshotNotNeededError(SyncError):
    """This laptop already holds synced data; a snapshot only starts an empty one."""

    code = "sync_snapshot_not_needed"


class InitialSync:
    def __init__(
        self, replica: Replica, transport: SyncTransport, directory: Path, authorised: Authorised
    ) -> None:
        self.replica = replica
        self.transport = transport
        self.directory = directory
        self.authorised = authorised

    def available(self) -> bool:
        return isinstance(self.transport, SnapshotTransport) and isinstance(self.replica, SnapshotReplica)

    # ----- over the network

    def run(self, report: SyncReport, observer: SyncObserver) -> bool:
        """Download and apply a snapshot if this replica is empty and the server offers one; True when one
        was applied. Errors propagate (OfflineError keeps the partial file for the next run)."""
        if not self.available() or self.replica.cursor() != 0:
            return False
        if self.replica.load_state().get(keys.REPULL) == "1":
            return False  # re-pulling from a restored server: this replica is not empty, pages evict
        info = self._pending() or self._offer()
        if info is None:
            return False
        try:
            try:
                self._download_and_apply(info, report, observer)
            except SnapshotGoneError:
                self._forget(info)
                info = self._offer()  # expired before we finished: one new offer, from zero
                if info is None:
                    return False
                self._download_and_apply(info, report, observer)
        except (SnapshotGoneError, SnapshotDamagedError):
            # Never stuck on a bad file: this run goes on with paged pulls from cursor 0.
            self._forget(info)
            report.notes.append("snapshot_unusable")
            return False
        observer.progress(report)
        return True

    def _part(self, info: SnapshotInfo) -> Path:
        return self.directory / f"{info.id}.part"

    def _pending(self) -> SnapshotInfo | None:
        raw = self.replica.load_state().get(PENDING)
        if not raw:
            return None
        try:
            return SnapshotInfo.model_validate_json(raw)
        except ValidationError:
            self.replica.save_state({PENDING: ""})
            return None

    def _offer(self) -> SnapshotInfo | None:
        assert isinstance(self.transport, SnapshotTransport)
        transport = self.transport
        info: SnapshotInfo | None = self.authorised(transport.offer_snapshot)
        known = self.replica.load_state().get(keys.INCARNATION)
        if info is None or not self._usable(info) or (known and known != info.incarnation):
            return None  # paged pulls (they also handle a server restored since enrolment)
        self._clean(keep=None)
        self.replica.save_state({PENDING: info.model_dump_json()})
        return info

    @staticmethod
    def _usable(info: SnapshotInfo) -> bool:
        return info.protocol_version == PROTOCOL_VERSION and info.schema_version == SCHEMA_VERSION

    def _download_and_apply(self, info: SnapshotInfo, report: SyncReport, observer: SyncObserver) -> None:
        """Download the file, applying it during the download's last seconds (snapshot_stream.py); if that
        apply could not be used (the file started again, or is damaged), the complete file is applied
        after, which also decides whether it is damaged."""
        stream = GrowingFile(self._part(info))
        applier = _StreamApply(self, stream, info)
        applier.start()
        try:
            self._download(info, report, observer, stream)
        except BaseException as exc:
            stream.finish(exc)
            raise
        finally:
            stream.finish(None)  # after a failure, the first finish stands
            applier.join()
            stream.close()
        if applier.error is not None:
            raise applier.error  # nothing was committed; the downloaded file is kept for the next run
        if applier.outcome is None:
            self._apply(self._part(info), info, report, delete=True)
            return
        self._applied(applier.outcome, info, report, self._part(info), delete=True)

    def _download(
        self, info: SnapshotInfo, report: SyncReport, observer: SyncObserver, watcher: GrowingFile
    ) -> None:
        assert isinstance(self.transport, SnapshotTransport)
        unreported = 0

        def on_bytes(n: int) -> None:
            nonlocal unreported
            report.snapshot_bytes += n
            report.snapshot_held = sink.held()
            unreported += n
            if unreported >= PROGRESS_EVERY:
                unreported = 0
                observer.progress(report)

        self._clean(keep=info.id)
        sink = PartialFile(self._part(info), on_bytes, watcher)
        report.snapshot_size, report.snapshot_held = info.size, sink.held()
        try:
            fetch(self.transport, self.authorised, info, sink)
        finally:
            sink.close()

    def _forget(self, info: SnapshotInfo | None) -> None:
        self.replica.save_state({PENDING: ""})
        if info is not None:
            self._part(info).unlink(missing_ok=True)

    def _clean(self, keep: str | None) -> None:
        """Leftover partial files of other snapshots (an offer replaced, a crash after applying)."""
        if self.directory.is_dir():
            for path in self.directory.glob("*.part"):
                if path.stem != keep:
                    with contextlib.suppress(OSError):
                        path.unlink()

    # ----- applying

    def _apply(self, path: Path, info: SnapshotInfo, report: SyncReport, *, delete: bool) -> None:
        try:
            with path.open("rb") as fh:
                outcome = self.apply_from(fh, info)
        except SnapshotFileError as exc:
            if delete:
                self._forget(info)
            raise SnapshotDamagedError(str(exc)) from exc
        self._applied(outcome, info, report, path, delete=delete)

    def apply_from(
        self, src: Source, info: SnapshotInfo, *, before_commit: Callable[[], None] | None = None
    ) -> CycleCounts | None:
        """Check the file's header against the server's description, then apply its items in one
        transaction; `before_commit` runs after the last item, inside it (raising rolls back)."""
        assert isinstance(self.replica, SnapshotReplica)
        header = read_header(src)
        if (header.id, header.seq, header.items) != (info.id, info.seq, info.items):
            raise SnapshotDamagedError("the file is not the snapshot the server described")
        src.seek(0)

        def items() -> Iterator[PageItem]:
            yield from iter_items(src, decode_key(info.key))
            if before_commit is not None:
                before_commit()

        return self.replica.apply_snapshot(items(), info.seq, forget=[PENDING])

    def _applied(
        self, outcome: CycleCounts | None, info: SnapshotInfo, report: SyncReport, path: Path, *, delete: bool
    ) -> None:
        if delete:
            self._forget(None)
            path.unlink(missing_ok=True)
        if outcome is None:  # the replica is no longer empty (synced meanwhile): nothing was applied
            raise SnapshotNotNeededError("this laptop already holds synced data")
        report.snapshot_items += info.items
        report.pulled_items += info.items
        report.rejected += outcome.rejected
        report.cursor = self.replica.cursor()

    # ----- from a file (USB key)

    def import_file(self, path: Path, report: SyncReport) -> SnapshotInfo:
        """Check a carried file against the server's description (one small request, which also brings
        its key) and apply it. The file itself is left where it is (it stays encrypted)."""
        if not self.available():
            raise SyncError("the server connection does not support snapshots")
        if self.replica.cursor() != 0:
            raise SnapshotNotNeededError("this laptop already holds synced data")
        try:
            with path.open("rb") as fh:
                header = read_header(fh)
        except SnapshotFileError as exc:
            raise SnapshotDamagedError(str(exc)) from exc
        transport = self.transport
        assert isinstance(transport, SnapshotTransport)
        try:
            info: SnapshotInfo = self.authorised(lambda token: transport.snapshot_info(token, header.id))
        except SyncError as exc:
            if getattr(exc, "status", None) == 404:
                raise SnapshotGoneError("the server does not know this snapshot for this user") from exc
            raise
        if not self._usable(info):
            raise SnapshotDamagedError("the snapshot was made for another LinkDesk version")
        if path.stat().st_size != info.size or sha256_of(path) != info.sha256:
            raise SnapshotDamagedError("the file does not match the server's SHA-256")
        self._apply(path, info, report, delete=False)
        return info


class _StreamApply(threading.Thread):
    """Applies the snapshot from the growing file on its own thread; `outcome` is set only when the
    transaction committed (after the download passed its SHA-256 check)."""

    def __init__(self, owner: InitialSync, stream: GrowingFile, info: SnapshotInfo) -> None:
        super().__init__(name="snapshot-apply", daemon=True)
        self.owner, self.stream, self.info = owner, stream, info
        self.outcome: CycleCounts | None = None
        self.error: Exception | None = None  # any other failure: raised by the caller after the download

    def run(self) -> None:
        lead_s = min(MAX_LEAD_S, max(MIN_LEAD_S, self.info.items * APPLY_S_PER_ITEM))
        self.stream.wait_for_tail(self.info.size, lead_s)
        try:
            self.outcome = self.owner.apply_from(self.stream, self.info, before_commit=self.stream.outcome)
        except (DownloadStoppedError, SnapshotFileError, SnapshotDamagedError):
            return  # nothing committed: the caller reports the download's error, or applies the whole file
            # after the download, which decides whether it is damaged
        except Exception as exc:  # e.g. the database: handed to the caller's thread, raised there
            self.error = exc
