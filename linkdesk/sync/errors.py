"""Failures the sync engine reports; codes are stable, the UI turns them into text."""

from __future__ import annotations

from linkdesk.errors import LinkDeskError


class SyncError(LinkDeskError):
    code = "sync"


class OfflineError(SyncError):
    """The server could not be reached or the connection dropped; nothing was lost, retry later."""

    code = "sync_offline"


class InsecureTransportError(SyncError):
    """Plain HTTP to a non-loopback host, or a certificate that does not verify."""

    code = "sync_insecure"


class AuthRejectedError(SyncError):
    """401 from the server; `reason` is the server's code (device_revoked, user_disabled, ...)."""

    code = "sync_auth"

    def __init__(self, reason: str) -> None:
        super().__init__(reason, reason=reason)
        self.reason = reason

    @property
    def is_revoked(self) -> bool:
        return self.reason in ("device_revoked", "user_disabled")


class UpgradeRequiredError(SyncError):
    """426: client and server speak different protocol or schema versions; the outbox is kept."""

    code = "sync_upgrade_required"


class ServerRefusedError(SyncError):
    """Any other refusal (413, 422, 429, 5xx) with its status."""

    code = "sync_refused"

    def __init__(self, status: int, detail: str = "", retry_after_s: float | None = None) -> None:
        super().__init__(f"{status} {detail}", status=status)
        self.status = status
        self.detail = detail  # the server's code, e.g. "not_a_team_worker"
        self.retry_after_s = retry_after_s


class LeaseExpiredError(SyncError):
    code = "sync_lease_expired"
