"""The one bridge between the GUI thread and work that touches the database, the disk or the network.

`run_in_background(task, on_done, on_error)` queues `task` on a lane (one worker thread per lane, so the
"db" lane is serial: writes never race and a lock waits for the work before it). `on_done(result)` or
`on_error(exc)` then runs on the GUI thread. A task never touches a widget.

`forget_pending()` drops the callbacks of everything already queued (used when the app locks and the
screens that asked are gone); the tasks themselves still finish on their lane.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

DB_LANE = "db"
NETWORK_LANE = "network"


OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class _Relay(QObject):
    # Only the job id crosses threads through the signal; results wait in Background._results (passing
    # Python objects, None in particular, through queued signals has tripped refcount bugs in PySide6).
    finished = Signal(int)


class _Job(QRunnable):
    def __init__(self, job_id: int, task: Callable[[], Any], background: Background) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._task, self._background = job_id, task, background

    def run(self) -> None:
        try:
            outcome: tuple[bool, Any] = (True, self._task())
        except BaseException as exc:  # handed to on_error on the GUI thread
            outcome = (False, exc)
        self._background._finish(self._id, outcome)


class Background:
    """Lanes of single worker threads; callbacks delivered on the thread that created this object."""

    def __init__(self) -> None:
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._pools: dict[str, QThreadPool] = {}
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None]] = {}
        self._results: dict[int, tuple[bool, Any]] = {}
        self._ids = itertools.count(1)
        self._pending = 0
        self._lock = threading.Lock()
        self.default_on_error: Callable[[BaseException], None] | None = None

    def _pool(self, lane: str) -> QThreadPool:
        pool = self._pools.get(lane)
        if pool is None:
            pool = QThreadPool()
            pool.setMaxThreadCount(1)
            pool.setExpiryTimeout(-1)
            self._pools[lane] = pool
        return pool

    def run(
        self,
        task: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: str = DB_LANE,
    ) -> None:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        with self._lock:
            self._pending += 1
        self._pool(lane).start(_Job(job_id, task, self))

    def _finish(self, job_id: int, outcome: tuple[bool, Any]) -> None:
        """On the worker thread: park the outcome, then wake the GUI thread."""
        with self._lock:
            self._results[job_id] = outcome
        self._relay.finished.emit(job_id)

    def _deliver(self, job_id: int) -> None:
        with self._lock:
            self._pending -= 1
            ok, value = self._results.pop(job_id)
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        try:
            if ok:
                if on_done is not None:
                    on_done(value)
            elif on_error is not None:
                on_error(value)
            elif self.default_on_error is not None:
                self.default_on_error(value)
            else:
                log.error("background task failed: %s", type(value).__name__)
        except RuntimeError as exc:
            # The widget that asked was deleted meanwhile (e.g. the screen was closed): nothing to show.
            log.debug("callback target gone: %s", exc)

    def forget_pending(self) -> None:
        self._callbacks.clear()

    def is_idle(self) -> bool:
        with self._lock:
            return self._pending == 0

    def wait_for_done(self, msecs: int = 30000) -> None:
        """For shutdown only: wait for the lanes to drain (the GUI is no longer shown)."""
        for pool in self._pools.values():
            pool.waitForDone(msecs)


_current: Background | None = None
# Every Background lives as long as the process: if the last reference were dropped by a finishing job on
# a worker thread, its thread pool would be destroyed from one of its own threads.
_kept: list[Background] = []


def install(background: Background) -> Background:
    """The composition root installs the app's Background; widgets then call run_in_background."""
    global _current  # noqa: PLW0603 - the one bridge, created by app.run_gui (and by tests)
    _current = background
    _kept.append(background)
    return background


def current() -> Background:
    if _current is None:
        return install(Background())
    return _current


def run_in_background(
    task: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    lane: str = DB_LANE,
) -> None:
    current().run(task, on_done, on_error, lane=lane)
