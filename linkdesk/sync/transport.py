"""HTTP transport (requests): gzip both ways, TLS always verified, plain HTTP only to loopback."""

from __future__ import annotations

import gzip
import ipaddress
import time
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ValidationError

from linkdesk.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest, TokenPair
from linkdesk.protocol.snapshot import SnapshotInfo, etag
from linkdesk.protocol.sync import SyncRequest, SyncResponse
from linkdesk.protocol.team import HandoverRequest, HandoverResult, TeamOverview
from linkdesk.sync.errors import (
    AuthRejectedError,
    InsecureTransportError,
    OfflineError,
    ServerRefusedError,
    UpgradeRequiredError,
)
from linkdesk.sync.snapshot_ports import SnapshotSink

M = TypeVar("M", bound=BaseModel)
CONNECT_TIMEOUT_S = 15.0
MIN_READ_TIMEOUT_S = 20.0
MAX_READ_TIMEOUT_S = 600.0
SNAPSHOT_BLOCK = 8 * 1024  # read size: what a dropped download can lose (and fetch again), at most


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url.rstrip("/")
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return url.rstrip("/")
    raise InsecureTransportError(
        "only https, or http to this machine for development", url_scheme=parts.scheme
    )


# Page sizing (sync.md): a page's reply is about ten bandwidth-delay products on the wire, so the round
# trip's latency is a small part of its time, but at most PAGE_SECONDS of transfer, which is what a drop
# can cost. Budgets count JSON bytes; gzip makes pulled pages about 3.3x smaller than their JSON.
PAGE_BDPS = 10
PAGE_SECONDS = 30.0
JSON_PER_WIRE_BYTE = 3


@dataclass
class LinkMeter:
    """Measured link: smoothed throughput (bytes/s) and round-trip time, for timeouts and page sizes."""

    bytes_per_s: float = 2_000.0  # pessimistic start: ~16 kbit/s
    rtt_s: float = 1.0

    def record(self, total_bytes: int, elapsed_s: float) -> None:
        elapsed_s = max(elapsed_s, 0.001)
        if total_bytes < 2048:
            self.rtt_s = 0.7 * self.rtt_s + 0.3 * elapsed_s
        else:
            # The round trip's own latency is not transfer time; never credit more than 10x the raw rate.
            transfer_s = max(elapsed_s - self.rtt_s, elapsed_s / 10)
            self.bytes_per_s = 0.7 * self.bytes_per_s + 0.3 * (total_bytes / transfer_s)

    def read_timeout(self, expected_bytes: int) -> float:
        estimate = self.rtt_s + expected_bytes / max(self.bytes_per_s, 100.0)
        return min(MAX_READ_TIMEOUT_S, max(MIN_READ_TIMEOUT_S, 4 * estimate))

    def page_budget(self, floor: int, ceiling: int) -> int:
        """The JSON byte budget to ask the server for, sized to this link and bounded by floor/ceiling."""
        wire = min(PAGE_BDPS * self.bytes_per_s * self.rtt_s, PAGE_SECONDS * self.bytes_per_s)
        return int(min(ceiling, max(floor, wire * JSON_PER_WIRE_BYTE)))


class HttpTransport:
    def __init__(
        self, base_url: str, *, ca_bundle: str | None = None, session: requests.Session | None = None
    ) -> None:
        self.base_url = check_url(base_url)
        self.session = session or requests.Session()
        # Certificate verification is never turned off; a private CA may be added.
        self.session.verify = ca_bundle or True
        self.session.trust_env = False
        # Every byte counts on a 20 kbit/s link: a short agent, and no headers that only restate defaults.
        self.session.headers["User-Agent"] = "LinkDesk"
        self.session.headers.pop("Accept", None)
        if self.session.headers.get("Connection") == "keep-alive":  # the HTTP/1.1 default
            del self.session.headers["Connection"]
        self.meter = LinkMeter()

    def _post(
        self,
        path: str,
        body: BaseModel,
        model: type[M],
        *,
        token: str | None = None,
        expected_reply: int = 4096,
    ) -> M:
        raw = body.model_dump_json().encode()
        data = gzip.compress(raw, compresslevel=6, mtime=0)
        headers = {
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            "Accept-Encoding": "gzip",
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        }
        if token:
            headers["Authorization"] = f"Bearer {token}"
        timeout = (CONNECT_TIMEOUT_S, self.meter.read_timeout(len(data) + expected_reply))
        started = time.monotonic()
        try:
            resp = self.session.post(self.base_url + path, data=data, headers=headers, timeout=timeout)
            content = resp.content
        except requests.exceptions.SSLError as exc:
            raise InsecureTransportError("the server certificate did not verify") from exc
        except requests.RequestException as exc:
            raise OfflineError(type(exc).__name__) from exc
        self.meter.record(len(data) + _wire_length(resp, content), time.monotonic() - started)
        _raise_for(resp)
        try:
            return model.model_validate_json(content)
        except ValidationError as exc:
            # In practice a reply cut short on the wire (seen with truncated headers): a drop, retried later.
            raise OfflineError("incomplete_reply") from exc

    def login(self, request: LoginRequest) -> Enrolment:
        return self._post("/auth/login", request, Enrolment)

    def refresh(self, request: RefreshRequest) -> TokenPair:
        return self._post("/auth/refresh", request, TokenPair)

    def sync(self, access_token: str, request: SyncRequest) -> SyncResponse:
        return self._post(
            "/sync", request, SyncResponse, token=access_token, expected_reply=request.byte_budget
        )

    def team(self, access_token: str) -> TeamOverview:
        """A supervisor's team and when each member's devices last synced (403 for other roles)."""
        resp = self._request("get", "/team", access_token, self.meter.read_timeout(4096))
        _raise_for(resp)
        try:
            return TeamOverview.model_validate_json(resp.content)
        except ValidationError as exc:
            raise OfflineError("incomplete_reply") from exc

    def hand_over(self, access_token: str, request: HandoverRequest) -> HandoverResult:
        """Reassign a person to another worker of the supervisor's team (online only)."""
        return self._post("/team/handover", request, HandoverResult, token=access_token)

    # ----- initial-sync snapshots

    def _request(
        self,
        method: str,
        path: str,
        token: str,
        read_timeout_s: float,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> Any:
        """An authorised GET or POST without a body; transport failures become OfflineError (a body that
        is not fully read here is read by the caller, which maps its failures the same way)."""
        sent = {
            "Accept-Encoding": "gzip",
            "Authorization": f"Bearer {token}",
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            **(headers or {}),
        }
        try:
            resp = self.session.request(
                method,
                self.base_url + path,
                headers=sent,
                timeout=(CONNECT_TIMEOUT_S, read_timeout_s),
                **kwargs,
            )
            if not kwargs.get("stream"):
                resp.content  # noqa: B018 - read the body inside the try: a cut reply is "offline"
        except requests.exceptions.SSLError as exc:
            raise InsecureTransportError("the server certificate did not verify") from exc
        except requests.RequestException as exc:
            raise OfflineError(type(exc).__name__) from exc
        return resp

    def _get(self, path: str, token: str, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        return self._request("get", path, token, self.meter.read_timeout(SNAPSHOT_BLOCK), headers, **kwargs)

    def offer_snapshot(self, access_token: str) -> SnapshotInfo | None:
        """POST /snapshots: the server may take a while to build it (no body either way)."""
        resp = self._request("post", "/snapshots", access_token, MAX_READ_TIMEOUT_S)
        content = resp.content
        if resp.status_code in (204, 404, 405):  # small scope, or a server without snapshots: paged pulls
            return None
        _raise_for(resp)
        try:
            return SnapshotInfo.model_validate_json(content)
        except ValidationError as exc:
            raise OfflineError("incomplete_reply") from exc

    def snapshot_info(self, access_token: str, snapshot_id: str) -> SnapshotInfo:
        resp = self._get(f"/snapshots/{snapshot_id}", access_token)
        try:
            content = resp.content
        except requests.RequestException as exc:
            raise OfflineError(type(exc).__name__) from exc
        _raise_for(resp)
        try:
            return SnapshotInfo.model_validate_json(content)
        except ValidationError as exc:
            raise OfflineError("incomplete_reply") from exc

    def download_snapshot(self, access_token: str, info: SnapshotInfo, sink: SnapshotSink) -> None:
        """The rest of the file from `sink.held()`; the bytes already received stay in `sink` on a drop."""
        held = sink.held()
        headers = {"Accept-Encoding": "identity"}
        if held:
            headers |= {"Range": f"bytes={held}-", "If-Range": etag(info.sha256)}
        started, got = time.monotonic(), 0
        resp = self._get(f"/snapshots/{info.id}/data", access_token, headers, stream=True)
        try:
            if resp.status_code == 206:
                if not resp.headers.get("Content-Range", "").startswith(f"bytes {held}-"):
                    raise ServerRefusedError(416, "unexpected_range")
            elif resp.status_code == 200:
                sink.restart()  # the whole file again (If-Range did not match): never mix two files
            else:
                _ = resp.content
                _raise_for(resp)
                raise ServerRefusedError(resp.status_code, "unexpected_status")
            for block in resp.iter_content(SNAPSHOT_BLOCK):
                sink.write(block)
                got += len(block)
        except requests.RequestException as exc:
            raise OfflineError(type(exc).__name__) from exc
        finally:
            resp.close()
            if got:
                self.meter.record(got, time.monotonic() - started)

    def page_budget(self, floor: int, ceiling: int) -> int:
        return self.meter.page_budget(floor, ceiling)

    def close(self) -> None:
        self.session.close()


def _wire_length(resp: Any, content: bytes) -> int:
    """The reply's size on the wire: requests hands back the body already un-gzipped, which would make
    the link look several times faster than it is (and the pages too big)."""
    declared = resp.headers.get("Content-Length", "")
    return int(declared) if declared.isdigit() else len(content)


def _detail(resp: Any) -> str:
    try:
        detail = resp.json().get("detail", "")
    except (ValueError, AttributeError):
        return ""
    return detail if isinstance(detail, str) else "invalid"


def _raise_for(resp: Any) -> None:
    raise_for_status(
        int(resp.status_code),
        _detail(resp) if resp.status_code >= 400 else "",
        resp.headers.get("Retry-After"),
    )


def raise_for_status(status: int, detail: str, retry_after: str | None = None) -> None:
    """The sync error for an HTTP answer (shared with test transports so both map answers alike)."""
    if status < 400:
        return
    if status == 401:
        raise AuthRejectedError(detail or "token_invalid")
    if status == 426:
        raise UpgradeRequiredError(detail)
    retry = float(retry_after) if retry_after and retry_after.isdigit() else None
    raise ServerRefusedError(status, detail, retry)
