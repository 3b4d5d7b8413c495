"""KeyringPort: the small secret-store interface the vault needs from an OS keyring."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class KeyringPort(Protocol):
    """Named binary secrets. Implementations raise KeyringUnavailableError when the store can not answer."""

    @property
    def backend_name(self) -> str:
        """A non-secret name of the backing store, for diagnostics (`linkdesk doctor`)."""
        ...

    def get_secret(self, name: str) -> bytes | None:
        """The secret stored under `name`, or None when there is none."""
        ...

    def set_secret(self, name: str, value: bytes) -> None:
        """Store `value` under `name`, replacing any previous value."""
        ...

    def delete_secret(self, name: str) -> None:
        """Remove the secret under `name`; removing a missing secret is not an error."""
        ...
