"""Bad-link scenarios (D3, D11): a counting transport, and the app's retry policy driven without Qt.

`drive` does what the desktop's SyncController does between runs: keep one engine (and access token),
run, and after an unfinished run wait Backoff.next_delay() (scaled down here) before the next one. It
records every cursor the engine reports, so tests can check that the cursor never goes back.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest, TokenPair
from linkdesk.protocol.sync import SyncRequest, SyncResponse
from linkdesk.services.sync_service import make_engine, sync_now
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.sync.backoff import Backoff
from linkdesk.sync.errors import SyncError
from linkdesk.sync.report import SyncReport
from linkdesk.sync.transport import HttpTransport


@dataclass
class CountingTransport:
    """HttpTransport that counts requests and failed requests (per kind)."""

    inner: HttpTransport
    requests: int = 0
    failures: int = 0
    sync_calls: int = 0
    refresh_calls: int = 0

    def _call(self, fn, *args):  # type: ignore[no-untyped-def]
        self.requests += 1
        try:
            return fn(*args)
        except SyncError:
            self.failures += 1
            raise

    def login(self, request: LoginRequest) -> Enrolment:
        result: Enrolment = self._call(self.inner.login, request)
        return result

    def refresh(self, request: RefreshRequest) -> TokenPair:
        self.refresh_calls += 1
        result: TokenPair = self._call(self.inner.refresh, request)
        return result

    def sync(self, access_token: str, request: SyncRequest) -> SyncResponse:
        self.sync_calls += 1
        result: SyncResponse = self._call(self.inner.sync, access_token, request)
        return result


@dataclass
class CursorLog:
    seen: list[int] = field(default_factory=list)

    def progress(self, report: SyncReport) -> None:
        self.seen.append(report.cursor)


@dataclass
class Drive:
    reports: list[SyncReport]
    cursors: list[int]
    waits: list[float]
    transport: CountingTransport

    @property
    def complete(self) -> bool:
        return bool(self.reports) and self.reports[-1].complete


def drive(
    ws: Workspace,
    url: str,
    *,
    max_runs: int,
    deadline_s: float,
    batch_size: int = 200,
    byte_budget: int | None = None,
    backoff_scale: float = 0.01,
    seed: int = 1,
    on_run: Callable[[], None] = lambda: None,
    wrap: Callable[[CountingTransport], CountingTransport] = lambda t: t,
) -> Drive:
    """Sync until complete (or max_runs / deadline); `on_run` is called before the first run and after
    each one; `wrap` may replace the counting transport with a subclass that records more."""
    transport = wrap(CountingTransport(HttpTransport(url)))
    engine = make_engine(ws, transport=transport)
    engine.batch_size = batch_size
    if byte_budget is not None:
        engine.byte_budget = byte_budget
    # The controller's policy (5 s base, 15 min cap), scaled down so the test waits in proportion.
    backoff = Backoff(base_s=5.0 * backoff_scale, cap_s=900.0 * backoff_scale, rng=random.Random(seed))
    log = CursorLog()
    reports: list[SyncReport] = []
    waits: list[float] = []
    replica = StoreReplica(ws.store)
    end = time.monotonic() + deadline_s
    on_run()
    for _ in range(max_runs):
        log.seen.append(replica.cursor())
        report = sync_now(ws, engine=engine, observer=log)
        log.seen.append(replica.cursor())
        reports.append(report)
        on_run()
        if report.complete and report.error is None:
            backoff.reset()
            break
        if time.monotonic() > end:
            break
        wait = backoff.next_delay(report.retry_after_s, progressed=report.progressed)
        waits.append(wait)
        time.sleep(wait)
    transport.inner.close()
    return Drive(reports, log.seen, waits, transport)
