"""Snapshot calls over the in-process app (as HttpTransport makes them) and a download cut after N bytes."""

from __future__ import annotations

from dataclasses import dataclass, field

from linkdesk.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from linkdesk.protocol.snapshot import SnapshotInfo, etag
from linkdesk.sync.errors import OfflineError, ServerRefusedError
from linkdesk.sync.snapshot_ports import SnapshotSink
from linkdesk.sync.transport import raise_for_status

from .support import AppTransport

BLOCK = 4096


class SnapshotAppTransport(AppTransport):
    def __init__(self, http) -> None:  # type: ignore[no-untyped-def]
        super().__init__(http)
        self.ranges: list[str | None] = []  # the Range header of each download request
        self.statuses: list[int] = []

    def _raise(self, resp) -> None:  # type: ignore[no-untyped-def]
        detail = ""
        if resp.status_code >= 400:
            try:
                found = resp.json().get("detail", "")
                detail = found if isinstance(found, str) else "invalid"
            except ValueError:
                detail = ""
        raise_for_status(resp.status_code, detail)

    def offer_snapshot(self, access_token: str) -> SnapshotInfo | None:
        self.requests += 1
        headers = {"Authorization": f"Bearer {access_token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        resp = self.http.post("/snapshots", headers=headers)
        if resp.status_code == 204:
            return None
        self._raise(resp)
        return SnapshotInfo.model_validate_json(resp.content)

    def snapshot_info(self, access_token: str, snapshot_id: str) -> SnapshotInfo:
        self.requests += 1
        resp = self.http.get(f"/snapshots/{snapshot_id}", headers={"Authorization": f"Bearer {access_token}"})
        self._raise(resp)
        return SnapshotInfo.model_validate_json(resp.content)

    def body(self, access_token: str, info: SnapshotInfo, held: int):  # type: ignore[no-untyped-def]
        headers = {"Authorization": f"Bearer {access_token}"}
        if held:
            headers |= {"Range": f"bytes={held}-", "If-Range": etag(info.sha256)}
        self.requests += 1
        self.ranges.append(headers.get("Range"))
        resp = self.http.get(f"/snapshots/{info.id}/data", headers=headers)
        self.statuses.append(resp.status_code)
        if resp.status_code == 206:
            if not resp.headers["content-range"].startswith(f"bytes {held}-"):
                raise ServerRefusedError(416, "unexpected_range")
        elif resp.status_code != 200:
            self._raise(resp)
        return resp

    def download_snapshot(self, access_token: str, info: SnapshotInfo, sink: SnapshotSink) -> None:
        resp = self.body(access_token, info, sink.held())
        if resp.status_code == 200:
            sink.restart()
        for start in range(0, len(resp.content), BLOCK):
            sink.write(resp.content[start : start + BLOCK])


@dataclass
class CuttingTransport(SnapshotAppTransport):
    """Each entry of `cuts` drops the next download after that many body bytes (the rest never arrives)."""

    cuts: list[int] = field(default_factory=list)
    delivered: int = 0

    def __init__(self, http) -> None:  # type: ignore[no-untyped-def]
        super().__init__(http)
        self.cuts = []
        self.delivered = 0

    def download_snapshot(self, access_token: str, info: SnapshotInfo, sink: SnapshotSink) -> None:
        resp = self.body(access_token, info, sink.held())
        if resp.status_code == 200:
            sink.restart()
        limit = self.cuts.pop(0) if self.cuts else None
        data = resp.content if limit is None else resp.content[:limit]
        for start in range(0, len(data), BLOCK):
            sink.write(data[start : start + BLOCK])
            self.delivered += len(data[start : start + BLOCK])
        if limit is not None:
            raise OfflineError("connection reset mid-download")
