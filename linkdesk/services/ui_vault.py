"""Vault questions the desktop screens ask: is there a usable OS keyring, change the passphrase."""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.paths import AppPaths
from linkdesk.services.workspace import Workspace
from linkdesk.vault import MIN_PASSPHRASE_CHARS, Vault, describe_keyring


@dataclass(frozen=True)
class KeyringStatus:
    backend: str
    is_acceptable: bool


def keyring_status() -> KeyringStatus:
    """Whether this machine has an OS keyring the vault accepts (runs with a timeout; never raises)."""
    backend, acceptable = describe_keyring()
    return KeyringStatus(backend, acceptable)


def vault_mode(paths: AppPaths) -> str:
    """'keyring' or 'passphrase_only' for an existing vault."""
    return str(Vault.read_header(paths).mode)


def min_passphrase_chars() -> int:
    return MIN_PASSPHRASE_CHARS


def change_passphrase(workspace: Workspace, *, old: str, new: str) -> None:
    """Re-wraps the data key under the new passphrase (WrongPassphrase-/WeakPassphraseError on failure)."""
    workspace.vault.change_passphrase(old, new)
