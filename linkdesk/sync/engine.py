"""SyncEngine.run_once: push a bounded outbox slice, apply the answer in one local transaction, repeat."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from linkdesk.domain.hlc import is_clock_off
from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.auth import RefreshRequest
from linkdesk.protocol.sync import DEFAULT_BUDGET, MAX_BUDGET, MIN_BUDGET, SyncRequest, SyncResponse
from linkdesk.sync import state as keys
from linkdesk.sync.backoff import Watchdog
from linkdesk.sync.errors import (
    AuthRejectedError,
    OfflineError,
    ServerRefusedError,
    SyncError,
    UpgradeRequiredError,
)
from linkdesk.sync.initial_sync import InitialSync
from linkdesk.sync.lease import Lease, LeaseCheck, check_lease
from linkdesk.sync.ports import LinkAware, Replica, SyncTransport
from linkdesk.sync.report import NullObserver, SyncObserver, SyncReport

T = TypeVar("T")


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def _mono_ms() -> int:
    return time.monotonic_ns() // 1_000_000


def lease_expired(replica: Replica, wall_now_ms: int, since_contact_ms: int = 0) -> bool:
    """Whether the offline lease ran out; remembers the highest wall time seen (a clock set back)."""
    lease = _lease(replica.load_state(), wall_now_ms, since_contact_ms)
    replica.save_state({keys.WALL_HIGH_MS: str(lease.wall_high_ms)})
    return lease.expired


def _lease(st: dict[str, str], wall_now_ms: int, since_contact_ms: int) -> LeaseCheck:
    return check_lease(
        last_server_ms=keys.int_value(st, keys.LAST_SERVER_MS),
        wall_high_ms=keys.int_value(st, keys.WALL_HIGH_MS),
        wall_now_ms=wall_now_ms,
        monotonic_elapsed_ms=since_contact_ms,
    )


class SyncEngine:
    """Plain synchronous Python (no Qt); the UI runs it on its network lane and shows the reports."""

    def __init__(
        self,
        replica: Replica,
        transport: SyncTransport,
        *,
        batch_size: int = 200,
        byte_budget: int = DEFAULT_BUDGET,
        max_rounds: int = 1000,
        wall_ms: Callable[[], int] = _wall_ms,
        monotonic_ms: Callable[[], int] = _mono_ms,
        snapshot_dir: Path | None = None,
    ) -> None:
        self.replica = replica
        # Where a first sync downloads its snapshot (None: pull pages from cursor 0; see initial_sync.py).
        self.snapshot_dir = snapshot_dir
        self.transport = transport
        self.batch_size = batch_size
        self.byte_budget = byte_budget
        self.max_rounds = max_rounds
        self.wall_ms = wall_ms
        self.lease = Lease(monotonic_ms)
        self._access_token: str | None = None

    def lease_expired(self) -> bool:
        return lease_expired(self.replica, self.wall_ms(), self.lease.since_contact_ms())

    def _token(self, creds: keys.Credentials, *, renew: bool = False) -> str:
        if self._access_token is None or renew:
            pair = self.transport.refresh(
                RefreshRequest(
                    device_id=creds.device_id,
                    device_secret=creds.device_secret,
                    refresh_token=creds.refresh_token,
                )
            )
            # Saved before use: if the answer to the next request is lost, the new token is still known.
            self.replica.save_state({keys.REFRESH_TOKEN: pair.refresh_token})
            self._access_token = pair.access_token
        return self._access_token

    def use_access_token(self, token: str) -> None:
        self._access_token = token

    def _exchange(self, creds: keys.Credentials, request: SyncRequest) -> SyncResponse:
        try:
            return self.transport.sync(self._token(creds), request)
        except AuthRejectedError as exc:
            if exc.reason != "token_invalid":
                raise
        fresh = keys.Credentials.from_state(self.replica.load_state()) or creds
        return self.transport.sync(self._token(fresh, renew=True), request)

    def authorised(self, call: Callable[[str], T]) -> T:
        """One authorised request outside a sync run (e.g. a supervisor's handover), with this engine's
        access token, renewed once if the server no longer accepts it. Sync errors propagate."""
        creds = keys.Credentials.from_state(self.replica.load_state())
        if creds is None:
            raise SyncError("not enrolled")
        try:
            return call(self._token(creds))
        except AuthRejectedError as exc:
            if exc.reason != "token_invalid":
                raise
        fresh = keys.Credentials.from_state(self.replica.load_state()) or creds
        return call(self._token(fresh, renew=True))

    def run_once(self, observer: SyncObserver | None = None) -> SyncReport:
        observer = observer or NullObserver()
        lease = _lease(self.replica.load_state(), self.wall_ms(), self.lease.since_contact_ms())
        report = SyncReport(lease_expired=lease.expired)
        try:
            self._loop(report, observer)
        except AuthRejectedError as exc:
            report.revoked, report.error = exc.is_revoked, exc.reason
        except UpgradeRequiredError:
            report.error = "upgrade_required"
        except ServerRefusedError as exc:
            report.error, report.retry_after_s = f"refused:{exc.status}", exc.retry_after_s
        except OfflineError:
            report.error = "offline"
        except SyncError as exc:
            report.error = exc.code
        if report.round_trips == 0:
            # The highest wall time seen, kept for a clock set back; an answer stores the server's time.
            self.replica.save_state({keys.WALL_HIGH_MS: str(lease.wall_high_ms)})
        report.pending = self.replica.pending_count()
        observer.progress(report)
        return report

    def _loop(self, report: SyncReport, observer: SyncObserver) -> None:
        st = self.replica.load_state()
        creds = keys.Credentials.from_state(st)
        if creds is None:
            raise SyncError("not enrolled")
        watchdog = Watchdog(self.byte_budget, MIN_BUDGET)
        report.cursor = self.replica.cursor()  # a run that fails before its first answer reports where it is
        if self.snapshot_dir is not None and report.cursor == 0:
            initial = InitialSync(self.replica, self.transport, self.snapshot_dir, self.authorised)
            initial.run(report, observer)
        report.pull_from = cursor = self.replica.cursor()
        while report.round_trips < self.max_rounds:
            changes = self.replica.outbox_slice(creds.device_id, self.batch_size)
            if isinstance(self.transport, LinkAware) and watchdog.stalls == 0:
                # Pages sized to the measured link (never below the configured budget); after a stall the
                # watchdog's halving wins until progress resumes.
                watchdog.budget = self.transport.page_budget(self.byte_budget, MAX_BUDGET)
            request = SyncRequest(
                protocol_version=PROTOCOL_VERSION,
                schema_version=SCHEMA_VERSION,
                incarnation=st.get(keys.INCARNATION) or None,
                changes=changes,
                cursor=cursor,
                byte_budget=watchdog.budget,
                include_own=st.get(keys.REPULL) == "1",
            )
            response = self._exchange(creds, request)
            report.round_trips += 1
            self.lease.contacted()
            known = st.get(keys.INCARNATION)
            new_incarnation = bool(known) and known != response.incarnation
            # The last cycle of a run: nothing more to pull, our own writes all heard, the outbox drained.
            last = (
                not response.has_more
                and max(cursor, response.next_cursor) >= response.write_checkpoint
                and len(changes) < self.batch_size
                and not new_incarnation
            )
            learnt = {
                keys.INCARNATION: response.incarnation,
                keys.LAST_SERVER_MS: str(response.server_time_ms),
                # The server's clock resets the high-water mark of a wall clock once set forward.
                keys.WALL_HIGH_MS: str(response.server_time_ms),
                keys.WRITE_CHECKPOINT: str(response.write_checkpoint),
            }
            if last:  # in the same local transaction as the page
                learnt |= {keys.LAST_SUCCESS_MS: str(self.wall_ms()), keys.REPULL: ""}
            outcome = self.replica.apply_cycle(changes, response, reset_cursor=new_incarnation, state=learnt)
            self._count(report, response, outcome.rejected, outcome.evicted)
            report.resent += outcome.resent
            report.clock_off = is_clock_off(self.wall_ms(), response.server_time_ms)
            new_cursor = outcome.cursor
            report.cursor = new_cursor  # before the progress report, so observers never see a stale cursor
            report.high_water = max(response.high_water, new_cursor)
            observer.progress(report)
            if last:
                report.complete = True
                return
            st = self.replica.load_state()
            watchdog.observe(bool(response.acks) or new_cursor != cursor or new_incarnation)
            if watchdog.gave_up:
                raise SyncError("no progress")
            cursor = new_cursor

    @staticmethod
    def _count(report: SyncReport, response: SyncResponse, rejected: int, evicted: int) -> None:
        report.server_time_ms = response.server_time_ms
        report.pushed += len(response.acks)
        for ack in response.acks:
            if ack.status == "applied":
                report.applied += 1
            elif ack.status == "duplicate":
                report.duplicates += 1
            elif ack.status == "conflict":
                report.conflicts += 1
            elif ack.status == "purged":
                report.purged += 1
        report.rejected += rejected
        report.evicted += evicted
        report.pulled_items += len(response.items)
