"""The key hierarchy: Argon2id + device secret -> KEK, AES-GCM wrapped data key, vault header, OS keyring."""

from linkdesk.vault.header import VaultHeader, VaultMode
from linkdesk.vault.kdf import KDF_FLOOR, KdfParams, calibrate_kdf
from linkdesk.vault.keyring_port import KeyringPort
from linkdesk.vault.memory_keyring import MemoryKeyring
from linkdesk.vault.system_keyring import (
    REASON_NO_SECURE_KEYRING,
    REASON_TIMEOUT,
    SystemKeyring,
    describe_keyring,
    os_keyring,
)
from linkdesk.vault.vault import MIN_PASSPHRASE_CHARS, Vault

__all__ = [
    "KDF_FLOOR",
    "MIN_PASSPHRASE_CHARS",
    "REASON_NO_SECURE_KEYRING",
    "REASON_TIMEOUT",
    "KdfParams",
    "KeyringPort",
    "MemoryKeyring",
    "SystemKeyring",
    "Vault",
    "VaultHeader",
    "VaultMode",
    "calibrate_kdf",
    "describe_keyring",
    "os_keyring",
]
