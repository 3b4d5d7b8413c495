"""Scenario A5: editing any header field, or downgrading the KDF, makes unlock fail."""

from __future__ import annotations

import base64
import json
import os
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from linkdesk.errors import VaultTamperedError, WrongPassphraseError
from linkdesk.vault import Vault

from .vault_support import PASSPHRASE, Ready

Edit = Callable[[dict[str, Any]], None]


def _edit(ready: Ready, change: Edit) -> None:
    raw = json.loads(ready.paths.vault_header.read_bytes())
    change(raw)
    ready.paths.vault_header.write_text(json.dumps(raw, indent=2))


def _set(dotted: str, value: object) -> Edit:
    keys = dotted.split(".")

    def change(raw: dict[str, Any]) -> None:
        target = raw
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


@pytest.mark.parametrize(
    "change",
    [
        _set("kdf.memory_kib", 8 * 1024),
        _set("kdf.memory_kib", 65535),
        _set("kdf.iterations", 1),
        _set("kdf.lanes", 1),
        _set("kdf.memory_kib", 1 << 30),  # absurdly high: would exhaust memory
    ],
    ids=["memory-8MiB", "memory-just-below", "iterations-1", "lanes-1", "memory-1TiB"],
)
def test_kdf_outside_bounds_is_refused_before_deriving(
    ready: Ready, derivations: list[int], change: Edit
) -> None:
    _edit(ready, change)
    vault = ready.load()
    with pytest.raises(VaultTamperedError):
        vault.unlock(PASSPHRASE)
    assert derivations == []
    assert vault.failed_attempts == 0


@pytest.mark.parametrize(
    "change",
    [
        _set("user_id", "someone-else"),
        _set("user_id", None),
        _set("device_id", str(uuid.uuid4())),
        _set("vault_id", str(uuid.uuid4())),
        _set("mode", "passphrase_only"),
        _set("created_at", "2020-01-01T00:00:00+00:00"),
        _set("kdf.iterations", 4),
        _set("kdf_salt", base64.b64encode(os.urandom(16)).decode()),
        _set("wrapped_key", base64.b64encode(os.urandom(48)).decode()),
    ],
    ids=[
        "user_id",
        "user_id-cleared",
        "device_id",
        "vault_id",
        "mode",
        "created_at",
        "kdf-raised",
        "kdf_salt",
        "wrapped_key",
    ],
)
def test_edited_field_fails_unlock(ready: Ready, change: Edit) -> None:
    _edit(ready, change)
    with pytest.raises((VaultTamperedError, WrongPassphraseError)):
        ready.load().unlock(PASSPHRASE)


def test_mode_flip_to_passphrase_only_opens_nothing_even_without_keyring(ready: Ready) -> None:
    _edit(ready, _set("mode", "passphrase_only"))
    with pytest.raises(WrongPassphraseError):
        ready.load(use_keyring=False).unlock(PASSPHRASE)


@pytest.mark.parametrize(
    "change",
    [
        _set("extra", "field"),
        _set("mode", "plaintext"),
        _set("version", 2),
        _set("format", "something-else"),
        _set("device_id", "not-a-uuid"),
        _set("kdf.algorithm", "pbkdf2"),
        _set("kdf.iterations", 3.0),
        _set("kdf.lanes", True),
        _set("nonce", "!!!"),
        _set("kdf_salt", base64.b64encode(b"short").decode()),
    ],
)
def test_malformed_header_is_refused_at_load(ready: Ready, change: Edit) -> None:
    _edit(ready, change)
    with pytest.raises(VaultTamperedError):
        Vault.load(ready.paths, keyring=ready.keyring)


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b"\xff\xfe", b" " * 70_000])
def test_garbage_header_is_refused(ready: Ready, content: bytes) -> None:
    ready.paths.vault_header.write_bytes(content)
    with pytest.raises(VaultTamperedError):
        Vault.load(ready.paths, keyring=ready.keyring)


def test_untouched_reformatted_header_still_unlocks(ready: Ready) -> None:
    """Whitespace and key order are not fields: the AD is the canonical form, not the file's bytes."""
    _edit(ready, lambda raw: None)
    assert ready.load().unlock(PASSPHRASE) == ready.dek
