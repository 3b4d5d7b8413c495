"""Shared helpers for the vault tests (imported by tests/vault/conftest.py and the test modules)."""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.paths import AppPaths
from linkdesk.vault import MemoryKeyring, Vault

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a different long passphrase"
WRONG_PASSPHRASE = "not the right passphrase"
USER_ID = "worker-0042"
START_TIME = 1_760_000_000.0


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: float = START_TIME) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@dataclass(frozen=True)
class Template:
    header_bytes: bytes
    secrets: dict[str, bytes]
    dek: bytes


@dataclass
class Ready:
    """A vault as a test receives it: files in its own data_dir, its own keyring copy, a fake clock."""

    paths: AppPaths
    keyring: MemoryKeyring
    clock: FakeClock
    dek: bytes

    def load(self, keyring: MemoryKeyring | None = None, *, use_keyring: bool = True) -> Vault:
        chosen = (keyring or self.keyring) if use_keyring else None
        return Vault.load(self.paths, keyring=chosen, now=self.clock)
