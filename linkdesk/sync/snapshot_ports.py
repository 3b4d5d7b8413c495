"""What initial sync from a snapshot needs from the transport and the replica (optional capabilities)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.protocol.sync import PageItem
from linkdesk.sync.ports import CycleCounts


class SnapshotSink(Protocol):
    """Where downloaded bytes go: a partial file that survives a dropped connection."""

    def held(self) -> int: ...

    def restart(self) -> None: ...

    def write(self, data: bytes) -> None: ...


@runtime_checkable
class SnapshotTransport(Protocol):
    def offer_snapshot(self, access_token: str) -> SnapshotInfo | None:
        """POST /snapshots: a snapshot of this device's scope, or None when paged pulls are as good."""
        ...

    def snapshot_info(self, access_token: str, snapshot_id: str) -> SnapshotInfo:
        """GET /snapshots/{id}: an existing snapshot of this scope (a file carried on a USB key)."""
        ...

    def download_snapshot(self, access_token: str, info: SnapshotInfo, sink: SnapshotSink) -> None:
        """GET /snapshots/{id}/data from `sink.held()` on (Range + If-Range); `sink.restart()` first when
        the server sends the whole file. A dropped connection raises OfflineError; what arrived stays."""
        ...


@runtime_checkable
class SnapshotReplica(Protocol):
    def apply_snapshot(
        self, items: Iterable[PageItem], seq: int, *, forget: Sequence[str] = (), batch: int = 500
    ) -> CycleCounts | None: ...
