"""Loading an initial-sync snapshot file (carried on a USB key) from the desktop app: the outcome in codes
the Sync page words, and the work itself, run by the SyncController on its network lane."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from linkdesk.services.sync_service import import_snapshot
from linkdesk.services.workspace import Workspace
from linkdesk.sync.engine import SyncEngine
from linkdesk.sync.errors import (
    AuthRejectedError,
    OfflineError,
    ServerRefusedError,
    SyncError,
    UpgradeRequiredError,
)
from linkdesk.sync.initial_sync import SnapshotNotNeededError
from linkdesk.sync.report import SyncObserver, SyncReport
from linkdesk.sync.snapshot_download import SnapshotDamagedError, SnapshotGoneError

# Why a snapshot file (USB key) was not loaded: the file, not the connection, so no new retry follows.
NOT_NEEDED, NOT_YOURS, DAMAGED, UNREADABLE = "not_needed", "not_yours", "damaged", "unreadable"
FILE_PROBLEMS_CODES: tuple[tuple[type[Exception], str], ...] = (
    (SnapshotNotNeededError, NOT_NEEDED),  # this laptop already holds synced data
    (SnapshotGoneError, NOT_YOURS),  # the server knows no such snapshot for this user: another's, too old
    (SnapshotDamagedError, DAMAGED),  # altered, truncated, not a snapshot, or another version's
    (OSError, UNREADABLE),  # the USB key was pulled out, or the file cannot be read
)
FILE_PROBLEMS = tuple(kind for kind, _code in FILE_PROBLEMS_CODES)
FILE_PROBLEM_CODES = frozenset(code for _kind, code in FILE_PROBLEMS_CODES)


@dataclass(frozen=True)
class SnapshotImport:
    """How loading a snapshot file went: `items` loaded, or `problem`: one of the file problems above, or
    the engine's code for the connection ("offline", "refused:503", "token_invalid", ...)."""

    items: int = 0
    problem: str | None = None
    complete: bool = False  # the sync that follows the file reached the server's present


def engine_code(exc: SyncError) -> str:
    """The code `SyncEngine.run_once` reports for this failure, so the page and status bar word it alike."""
    if isinstance(exc, AuthRejectedError):
        return exc.reason
    if isinstance(exc, UpgradeRequiredError):
        return "upgrade_required"
    if isinstance(exc, ServerRefusedError):
        return f"refused:{exc.status}"
    if isinstance(exc, OfflineError):
        return "offline"
    return str(exc.code)


def import_file(
    workspace: Workspace, engine: SyncEngine, path: Path, observer: SyncObserver
) -> tuple[SyncReport, SnapshotImport]:
    """Runs on the network lane: the file, then an ordinary sync; failures become a report and a code."""
    try:
        report = import_snapshot(workspace, path, engine=engine, observer=observer)
    except FILE_PROBLEMS as exc:
        problem = next(code for kind, code in FILE_PROBLEMS_CODES if isinstance(exc, kind))
        return SyncReport(), SnapshotImport(problem=problem)
    except SyncError as exc:  # the connection: worded and retried like a failed sync
        code = engine_code(exc)
        retry_after = exc.retry_after_s if isinstance(exc, ServerRefusedError) else None
        failed = SyncReport(error=code, retry_after_s=retry_after)
        return failed, SnapshotImport(problem=code)
    if report.revoked:
        return report, SnapshotImport()
    return report, SnapshotImport(items=report.snapshot_items, complete=report.complete)
