"""MemoryKeyring: an in-process KeyringPort fake for tests and throwaway demo vaults."""

from __future__ import annotations

from collections.abc import Mapping


class MemoryKeyring:
    """Keeps secrets in a dict; never touches the OS. Not for real data: nothing survives the process."""

    def __init__(self, secrets: Mapping[str, bytes] | None = None, *, backend_name: str = "memory") -> None:
        self._secrets: dict[str, bytes] = dict(secrets or {})
        self._backend_name = backend_name

    def __repr__(self) -> str:
        # Names only: the values are key material.
        return f"MemoryKeyring(names={sorted(self._secrets)!r})"

    @property
    def backend_name(self) -> str:
        return self._backend_name

    def get_secret(self, name: str) -> bytes | None:
        return self._secrets.get(name)

    def set_secret(self, name: str, value: bytes) -> None:
        self._secrets[name] = bytes(value)

    def delete_secret(self, name: str) -> None:
        self._secrets.pop(name, None)

    def names(self) -> list[str]:
        """The stored secret names (never the values)."""
        return sorted(self._secrets)

    def copy(self) -> MemoryKeyring:
        """An independent keyring holding the same secrets (a second device restored from a backup)."""
        return MemoryKeyring(self._secrets, backend_name=self._backend_name)
