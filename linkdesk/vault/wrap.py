"""Wrapping the data key: AES-256-GCM under the KEK with the vault header as associated data."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
DEK_BYTES = 32
WRAPPED_BYTES = DEK_BYTES + 16  # ciphertext plus the GCM tag


def new_data_key() -> bytes:
    """A fresh 256-bit data key (DEK) from the OS CSPRNG."""
    return os.urandom(DEK_BYTES)


def wrap_key(kek: bytes, dek: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    """Encrypt `dek`; returns (nonce, wrapped). A fresh random nonce per wrap: each KEK wraps once."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, dek, associated_data)


def unwrap_key(kek: bytes, nonce: bytes, wrapped: bytes, associated_data: bytes) -> bytes | None:
    """The DEK, or None when the KEK or the associated data is not the one used to wrap it.

    GCM can not tell a wrong key from an edited header, so neither can the caller.
    """
    try:
        dek = AESGCM(kek).decrypt(nonce, wrapped, associated_data)
    except InvalidTag:
        return None
    return dek if len(dek) == DEK_BYTES else None
