"""The LinkDesk error tree: each error has a stable code; user-facing text is made from it in ui/ or cli."""

from __future__ import annotations

from typing import Any


class LinkDeskError(Exception):
    """Base of every expected failure. `code` is stable; `details` carries non-personal parameters."""

    code = "error"

    def __init__(self, message: str = "", **details: Any) -> None:
        super().__init__(message or self.code)
        self.details: dict[str, Any] = details


class ValidationError(LinkDeskError):
    code = "validation"


class NotFoundError(LinkDeskError):
    code = "not_found"


class IllegalTransitionError(ValidationError):
    code = "illegal_transition"


class ConsentRequiredError(ValidationError):
    code = "consent_required"


class LicenceRequiredError(ValidationError):
    code = "licence_required"


class VaultError(LinkDeskError):
    code = "vault"


class VaultMissingError(VaultError):
    code = "vault_missing"


class VaultExistsError(VaultError):
    code = "vault_exists"


class WrongPassphraseError(VaultError):
    """The passphrase or the device secret did not open the vault (deliberately not saying which)."""

    code = "wrong_passphrase"


class UnlockThrottledError(VaultError):
    code = "unlock_throttled"


class VaultDestroyedError(VaultError):
    code = "vault_destroyed"


class VaultTamperedError(VaultError):
    code = "vault_tampered"


class KeyringUnavailableError(VaultError):
    code = "keyring_unavailable"


class DeviceSecretMissingError(VaultError):
    code = "device_secret_missing"


class WeakPassphraseError(VaultError):
    code = "weak_passphrase"


class StoreError(LinkDeskError):
    code = "store"


class StoreCorruptError(StoreError):
    code = "store_corrupt"


class StoreLockedError(StoreError):
    code = "store_locked"


class DiskFullError(StoreError):
    code = "disk_full"


class CipherUnavailableError(StoreError):
    code = "cipher_unavailable"


class ImportFormatError(LinkDeskError):
    code = "import_format"
