"""SyncController: when to sync (after a save, on network-up, every few minutes, on "Sync now"), with
backoff after failures, and what the status bar and the Sync page show. The engine runs on the network
lane, never on the GUI thread and never twice at once; this object only turns its reports into state.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from linkdesk.paths import AppPaths
from linkdesk.services.connect import Connected, connect_workspace, enroll_new
from linkdesk.services.enrolment import reauthenticate
from linkdesk.services.sync_service import (
    SyncStatus,
    is_locked_by_lease,
    make_engine,
    sync_now,
    sync_status,
)
from linkdesk.services.workspace import Workspace
from linkdesk.sync.backoff import Backoff
from linkdesk.sync.engine import SyncEngine
from linkdesk.sync.errors import (
    SyncError,
)
from linkdesk.sync.report import SyncReport, seconds_left
from linkdesk.ui.background import NETWORK_LANE, run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.snapshot_import import FILE_PROBLEM_CODES, SnapshotImport, import_file

PERIODIC_MS = 5 * 60 * 1000
DEBOUNCE_MS = 3000
PROGRESS_MS = 500
LONG_SYNC_S = 2.0  # progress and the time left are shown once a sync has run this long

NOT_CONNECTED, IDLE, SYNCING, OFFLINE, PROBLEM = "not_connected", "idle", "syncing", "offline", "problem"
SIGN_IN_AGAIN = ("refresh_reused", "token_invalid")  # the device is fine; its token family is not
NO_AUTOMATIC_RETRY = ("upgrade_required", *SIGN_IN_AGAIN)

EngineFactory = Callable[[Workspace], SyncEngine]


@dataclass(frozen=True)
class SyncState:
    phase: str = NOT_CONNECTED
    status: SyncStatus | None = None
    error: str | None = None  # the engine's code, e.g. "offline", "refused:503", "token_reused"
    clock_off: bool = False
    lease_locked: bool = False
    sent: int = 0
    received: int = 0
    seconds_left: float | None = None  # only during long syncs, once a rate has been observed
    retry_in_s: float | None = None

    @property
    def connected(self) -> bool:
        return self.status is not None and self.status.connected

    @property
    def needs_sign_in(self) -> bool:
        return self.phase == PROBLEM and self.error in SIGN_IN_AGAIN

    @property
    def pending(self) -> int:
        return self.status.pending if self.status is not None else 0


class SyncCancelledError(SyncError):
    """Raised by the observer between rounds once the app locks, or when a snapshot file is to be loaded
    instead: the engine stops after a whole cycle (a snapshot download keeps the bytes received)."""

    code = "cancelled"


class _Observer:
    """Called on the network lane after each round; only plain numbers cross to the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.cancelled = False  # set on lock, or when a snapshot file is to be loaded instead
        self.stopped = False
        self.started = time.monotonic()
        self.sent = 0
        self.received = 0
        self.download = (0, 0, 0)  # an initial-sync snapshot: bytes this run, bytes held, file size
        self.pull = (0, 0, 0)  # paged pulls: cursor at the start, cursor now, the server's latest sequence

    def progress(self, report: SyncReport) -> None:
        with self._lock:
            self.sent, self.received = report.pushed, report.pulled_items
            self.download = (report.snapshot_bytes, report.snapshot_held, report.snapshot_size)
            self.pull = (report.pull_from, report.cursor, report.high_water)
        if self.cancelled and not self.stopped:  # once: the engine then ends the run with its report
            self.stopped = True
            raise SyncCancelledError("stopped")

    def snapshot(self) -> tuple[int, int, float]:
        with self._lock:
            return self.sent, self.received, time.monotonic() - self.started

    def pull_left_s(self) -> float | None:
        """Time left to pull up to the server's latest sequence, from how fast the cursor has moved (pages
        skip other people's traffic at the same pace as our own)."""
        with self._lock:
            start, now, high = self.pull
        return seconds_left(high - start, now - start, time.monotonic() - self.started) if high else None

    def download_left_s(self) -> float | None:
        """Time left to download an initial-sync snapshot, from this run's rate (None when none runs)."""
        with self._lock:
            got, held, size = self.download
        return seconds_left(size - held + got, got, time.monotonic() - self.started) if size else None


class SyncController(QObject):
    state_changed = Signal()
    sync_finished = Signal()
    device_wiped = Signal()  # the server revoked this laptop: keys and files are gone
    signed_out = Signal()  # the user signed out of the server: keys and files are gone
    lease_changed = Signal()  # read state.lease_locked (a Python bool through a signal leaks in PySide6)
    connect_finished = Signal(object)  # a Connected, or the exception
    import_finished = Signal(object)  # a SnapshotImport
    sign_in_finished = Signal(object)  # None, or the exception

    def __init__(
        self,
        session: Session,
        *,
        engine_factory: EngineFactory | None = None,
        periodic_ms: int = PERIODIC_MS,
        debounce_ms: int = DEBOUNCE_MS,
        backoff: Backoff | None = None,
        connect_transport: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.engine_factory = engine_factory or make_engine
        self.connect_transport = connect_transport  # tests: an in-process transport
        self.backoff = backoff or Backoff(base_s=5.0, cap_s=15 * 60.0)
        self.state = SyncState()
        self.last_report: SyncReport | None = None
        self._workspace: Workspace | None = None
        self._engine: SyncEngine | None = None
        self._running: _Observer | None = None
        self._waiting_at_start = 0
        self._again = False
        self._import: Path | None = None  # a snapshot file to load once the sync under way stops
        self._preempted = False  # loading that file stopped a sync, which must run again if the file fails
        self._before: tuple[str, str | None] = (IDLE, None)  # phase and error before the file's run
        self.importing = False  # a snapshot file is being loaded (or waits for the sync under way)
        self._generation = 0  # bumps on every lock/unlock: late answers from an older session are ignored
        self._periodic = self._timer(periodic_ms, lambda: self.request_sync("periodic"), single=False)
        self._debounce = self._timer(debounce_ms, lambda: self.request_sync("local_commit"))
        self._retry = self._timer(0, lambda: self.request_sync("retry"))
        self._progress = self._timer(PROGRESS_MS, self._show_progress, single=False)
        session.unlocked.connect(self._start)
        session.locked.connect(self._stop)
        self._watch_network()

    def _timer(self, ms: int, slot: Callable[[], None], *, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _watch_network(self) -> None:
        """Network-up starts a sync where Qt can tell (NetworkManager and the like); else periodic only."""
        try:
            from PySide6.QtNetwork import QNetworkInformation  # noqa: PLC0415 - optional at run time

            if QNetworkInformation.instance() is None:
                QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
            info = QNetworkInformation.instance()
        except (ImportError, RuntimeError, AttributeError):
            info = None
        if info is not None:
            info.reachabilityChanged.connect(self._on_reachability)

    def _on_reachability(self, reachability: Any) -> None:
        if "Online" in str(reachability) and self.state.phase in (OFFLINE, PROBLEM):
            self.backoff.reset()
            self.request_sync("network_up")

    # ----- lifecycle

    def _start(self) -> None:
        self._generation += 1
        self._workspace = self.session.workspace
        self._engine = None
        self.backoff.reset()
        self.refresh_status(then_sync=True)

    def _stop(self) -> None:
        """Locked: pause every trigger; a sync under way stops after its current cycle."""
        self._generation += 1
        for timer in (self._periodic, self._debounce, self._retry, self._progress):
            timer.stop()
        if self._running is not None:
            self._running.cancelled = True
        self._running = None
        self._workspace = None
        self._engine = None
        self._again = False
        self._import = None
        self._preempted = False
        self.importing = False
        self.state = SyncState()

    @property
    def is_running(self) -> bool:
        return self._running is not None

    def refresh_status(self, *, then_sync: bool = False) -> None:
        workspace, generation = self._workspace, self._generation
        if workspace is None:
            return

        def read() -> tuple[SyncStatus, bool]:
            status = sync_status(workspace)
            return status, status.connected and is_locked_by_lease(workspace)

        def done(result: tuple[SyncStatus, bool]) -> None:
            if generation != self._generation:
                return
            status, lease = result
            self._set_status(status, lease_locked=lease or self.state.lease_locked)
            if status.connected:
                if not self._periodic.isActive():
                    self._periodic.start()
                if then_sync:
                    self.request_sync("unlock")

        run_in_background(read, done, lambda _exc: None)

    def _set_status(self, status: SyncStatus, *, lease_locked: bool) -> None:
        was_locked = self.state.lease_locked
        phase = self.state.phase
        if not status.connected:
            phase = NOT_CONNECTED
        elif phase == NOT_CONNECTED:
            phase = IDLE
        self.state = replace(self.state, status=status, phase=phase, lease_locked=lease_locked)
        if lease_locked != was_locked:
            self.lease_changed.emit()
        self.state_changed.emit()

    # ----- triggers

    def local_commit(self) -> None:
        """A save on this laptop: sync a few seconds later (a burst of saves makes one sync)."""
        if self.state.connected:
            self._debounce.start()
        self.refresh_status()

    def sync_now(self) -> None:
        """The user asked ("Sync now", F5): at once, whatever the backoff said."""
        self.backoff.reset()
        self.request_sync("user")

    def load_snapshot(self, path: Path) -> None:
        """Start this laptop from a snapshot file (USB key) on the network lane, as a sync: the file's key
        comes from the server. A sync under way (e.g. downloading the same caseload over a slow link) stops
        at its next safe point (a partial download is kept) and the file is loaded instead."""
        if self._workspace is None or not self.state.connected or self.importing:
            return
        self.importing = True
        self.backoff.reset()
        # Timers keep running: a trigger during the import queues one more sync, as during any sync.
        self._preempted = self._running is not None
        if self._running is not None:
            self._import = path
            self._running.cancelled = True
            self.state_changed.emit()
            return
        self._run(path)

    def request_sync(self, _reason: str = "") -> None:
        if self._workspace is None or not self.state.connected:
            return
        if self._running is not None:
            self._again = True
            return
        self._retry.stop()
        self._debounce.stop()
        self._run()

    def _run(self, snapshot: Path | None = None) -> None:
        workspace, generation = self._workspace, self._generation
        assert workspace is not None
        observer = _Observer()
        self._running = observer
        self._before = (self.state.phase, self.state.error)
        self._waiting_at_start = self.state.pending
        self.state = replace(
            self.state, phase=SYNCING, sent=0, received=0, seconds_left=None, retry_in_s=None
        )
        self.state_changed.emit()
        self._progress.start()
        engine = self._engine
        factory = self.engine_factory

        if snapshot is not None:

            def load() -> tuple[SyncEngine, SyncReport, SnapshotImport]:
                used = engine or factory(workspace)
                return used, *import_file(workspace, used, snapshot, observer)

            run_in_background(
                load,
                lambda result: self._loaded(generation, result),
                lambda exc: self._failed(generation, exc),
                lane=NETWORK_LANE,
            )
            return

        def task() -> tuple[SyncEngine, SyncReport]:
            used = engine or factory(workspace)
            return used, sync_now(workspace, engine=used, observer=observer)

        run_in_background(
            task,
            lambda result: self._finished(generation, result),
            lambda exc: self._failed(generation, exc),
            lane=NETWORK_LANE,
        )

    def _show_progress(self) -> None:
        observer = self._running
        if observer is None:
            return
        sent, received, elapsed = observer.snapshot()
        left = None
        if elapsed >= LONG_SYNC_S:  # a snapshot download first, else the longer of push and pull
            left = observer.download_left_s()
            if left is None:
                known = [
                    e
                    for e in (seconds_left(self._waiting_at_start, sent, elapsed), observer.pull_left_s())
                    if e is not None
                ]
                left = max(known) if known else None
        self.state = replace(self.state, sent=sent, received=received, seconds_left=left)
        self.state_changed.emit()

    # ----- outcomes

    def _loaded(self, generation: int, result: tuple[SyncEngine, SyncReport, SnapshotImport]) -> None:
        if generation != self._generation:
            return
        engine, report, outcome = result
        self.importing = False
        if outcome.problem in FILE_PROBLEM_CODES:
            # Only the file was wrong: the connection's state is what it was (a retry already waiting
            # stays), and no new one is scheduled.
            self._engine = engine
            self._running = None
            self._progress.stop()
            phase, error = self._before
            if phase == SYNCING:  # it stopped a sync (e.g. a slow download): that sync starts again
                phase, error = IDLE, None
            self._again = self._again or self._preempted
            self.state = replace(self.state, phase=phase, error=error, seconds_left=None)
            self.state_changed.emit()
            self.import_finished.emit(outcome)
            self.sync_finished.emit()
            self._refresh_after(self.state.lease_locked)
            return
        self._finished(generation, (engine, report))
        if not (report.revoked or "wiped" in report.notes):
            self.import_finished.emit(outcome)

    def _start_queued_import(self) -> bool:
        """A snapshot file chosen during a sync: load it now that the sync stopped."""
        path, self._import = self._import, None
        if path is None:
            return False
        self._run(path)
        return True

    def _finished(self, generation: int, result: tuple[SyncEngine, SyncReport]) -> None:
        if generation != self._generation:
            return
        self._engine, report = result
        self._running = None
        self._progress.stop()
        self.last_report = report
        if report.revoked or "wiped" in report.notes:
            self._stop()
            self.device_wiped.emit()
            return
        if self._start_queued_import():
            return
        error = report.error
        if report.complete and error is None:
            self.backoff.reset()
            phase = IDLE
            retry = None
        else:
            phase = OFFLINE if error == "offline" else PROBLEM
            retry = (
                None
                if error in NO_AUTOMATIC_RETRY
                else self.backoff.next_delay(report.retry_after_s, progressed=report.progressed)
            )
        self.state = replace(
            self.state,
            phase=phase,
            error=error,
            clock_off=report.clock_off if report.server_time_ms is not None else self.state.clock_off,
            seconds_left=None,
            retry_in_s=retry,
        )
        # 14 days without the server locks the records (also while the app stays open); a sync lifts it.
        lease = (self.state.lease_locked or report.lease_expired) and not report.complete
        if retry is not None and not self._again:
            self._retry.start(int(retry * 1000))
        self.state_changed.emit()
        self.sync_finished.emit()
        self._refresh_after(lease)

    def _refresh_after(self, lease_locked: bool) -> None:
        workspace, generation = self._workspace, self._generation
        if workspace is None:
            return

        def done(status: SyncStatus) -> None:
            if generation == self._generation:
                self._set_status(status, lease_locked=lease_locked)
                if self._again:
                    self._again = False
                    self.request_sync("again")

        run_in_background(lambda: sync_status(workspace), done, lambda _exc: None)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return  # e.g. the store closed under a sync cancelled by the lock
        self._running = None
        self._progress.stop()
        if self._start_queued_import():
            return
        if self.importing:  # an unexpected failure while loading a file: say so on the Sync page too
            self.importing = False
            self.import_finished.emit(SnapshotImport(problem="unexpected"))
        code = getattr(exc, "code", "unexpected")
        retry = self.backoff.next_delay()
        self.state = replace(self.state, phase=PROBLEM, error=str(code), seconds_left=None, retry_in_s=retry)
        self._retry.start(int(retry * 1000))
        self.state_changed.emit()
        self.sync_finished.emit()
        self._refresh_after(self.state.lease_locked)

    def finish_sign_out(self) -> None:
        self._stop()
        self.signed_out.emit()

    # ----- connecting

    def connect_to_server(self, url: str, username: str, password: str) -> None:
        """Settings: enrol this laptop for the open workspace; connect_finished says how it went."""
        workspace = self._workspace
        if workspace is None:
            return
        transport = self.connect_transport

        def done(result: Connected) -> None:
            self.connect_finished.emit(result)
            self._engine = None
            self.refresh_status(then_sync=True)

        run_in_background(
            lambda: connect_workspace(workspace, url, username, password, transport=transport),
            done,
            self.connect_finished.emit,
            lane=NETWORK_LANE,
        )

    def sign_in_again(self, password: str) -> None:
        """After the server refused this laptop's tokens (e.g. a reused refresh token): log in again as the
        same device; the records and the changes waiting stay as they are."""
        workspace, status = self._workspace, self.state.status
        if workspace is None or status is None:
            return
        transport, username = self.connect_transport, status.username

        def done(_result: object) -> None:
            self.sign_in_finished.emit(None)
            self._engine = None  # its access token belongs to the old family
            self.sync_now()

        run_in_background(
            lambda: reauthenticate(workspace, username, password, transport=transport),
            done,
            self.sign_in_finished.emit,
            lane=NETWORK_LANE,
        )

    def enroll(
        self,
        paths: AppPaths,
        *,
        passphrase: str,
        passphrase_only: bool,
        url: str,
        username: str,
        password: str,
    ) -> None:
        """First run: log in, then create the encrypted workspace with the credential, and open it."""
        transport = self.connect_transport
        run_in_background(
            lambda: enroll_new(
                paths,
                url,
                username,
                password,
                passphrase,
                passphrase_only=passphrase_only,
                transport=transport,
            ),
            self.session.adopt,
            self.session.unlock_failed.emit,
            lane=NETWORK_LANE,
        )
