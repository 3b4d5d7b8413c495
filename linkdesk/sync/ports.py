"""The engine's ports: the server transport and the local replica (implemented in store.replica)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable

from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest, TokenPair
from linkdesk.protocol.sync import Change, SyncRequest, SyncResponse


class SyncTransport(Protocol):
    def login(self, request: LoginRequest) -> Enrolment: ...

    def refresh(self, request: RefreshRequest) -> TokenPair: ...

    def sync(self, access_token: str, request: SyncRequest) -> SyncResponse: ...


@runtime_checkable
class LinkAware(Protocol):
    """A transport that measures its link and can size pages to it (HttpTransport does)."""

    def page_budget(self, floor: int, ceiling: int) -> int: ...


class CycleCounts(Protocol):
    """What one local transaction did with an answer (the replica's own result type)."""

    @property
    def rejected(self) -> int: ...

    @property
    def evicted(self) -> int: ...

    @property
    def resent(self) -> int: ...

    @property
    def cursor(self) -> int: ...


class Replica(Protocol):
    """The local store as the engine sees it. `apply_cycle` is ONE local transaction: clear acknowledged
    outbox rows, keep rejected ones visible, apply the page without outbox rows, keep still-pending local
    values on top, and advance the cursor (or, for a new server incarnation, reset it and queue the
    changes the server acknowledged recently again)."""

    def outbox_slice(self, device_id: str, limit: int) -> list[Change]: ...

    def pending_count(self) -> int: ...

    def apply_cycle(
        self,
        sent: Sequence[Change],
        response: SyncResponse,
        *,
        reset_cursor: bool = False,
        state: Mapping[str, str] | None = None,
    ) -> CycleCounts: ...

    def cursor(self) -> int: ...

    def load_state(self) -> dict[str, str]: ...

    def save_state(self, values: Mapping[str, str]) -> None: ...
