"""Keys of the sync state kept in the encrypted database (DeviceSetting), and typed access to them."""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "sync."
SERVER_URL = "sync.server_url"
DEVICE_ID = "sync.device_id"
DEVICE_SECRET = "sync.device_secret"  # noqa: S105 - a settings key name
REFRESH_TOKEN = "sync.refresh_token"  # noqa: S105 - a settings key name
USER_ID = "sync.user_id"
INCARNATION = "sync.incarnation"
WRITE_CHECKPOINT = "sync.write_checkpoint"
LAST_SERVER_MS = "sync.last_server_ms"
WALL_HIGH_MS = "sync.wall_high_ms"
LAST_SUCCESS_MS = "sync.last_success_ms"
ROLE = "sync.role"  # worker, supervisor or admin, as the server said at enrolment
TEAM_ID = "sync.team_id"
# "1" from a restored server's new incarnation until the re-pull completes (set by the store's replica with
# the cursor reset): meanwhile the server sends this device's own changes back too.
REPULL = "sync.repull"


@dataclass(frozen=True)
class Credentials:
    server_url: str
    device_id: str
    device_secret: str
    refresh_token: str
    user_id: str

    @classmethod
    def from_state(cls, state: dict[str, str]) -> Credentials | None:
        needed = (SERVER_URL, DEVICE_ID, DEVICE_SECRET, REFRESH_TOKEN, USER_ID)
        if not all(state.get(k) for k in needed):
            return None
        return cls(*(state[k] for k in needed))


def int_value(state: dict[str, str], key: str) -> int:
    try:
        return int(state.get(key) or 0)
    except ValueError:
        return 0
