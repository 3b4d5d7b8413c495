"""Vault create / load / unlock / change_passphrase round trips and factor checks."""

from __future__ import annotations

import base64
import json
import os
import stat
import uuid

import pytest

import linkdesk.vault.vault as vault_module
from linkdesk.errors import (
    DeviceSecretMissingError,
    KeyringUnavailableError,
    VaultExistsError,
    VaultMissingError,
    VaultTamperedError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from linkdesk.paths import AppPaths
from linkdesk.vault import KDF_FLOOR, KdfParams, MemoryKeyring, Vault
from linkdesk.vault.vault import device_secret_name

from .vault_support import NEW_PASSPHRASE, PASSPHRASE, USER_ID, WRONG_PASSPHRASE, FakeClock, Ready


def test_create_then_load_and_unlock_round_trip(paths: AppPaths, floor: KdfParams, clock: FakeClock) -> None:
    keyring = MemoryKeyring()
    vault, dek = Vault.create(paths, PASSPHRASE, keyring=keyring, kdf=floor, user_id=USER_ID, now=clock)

    assert len(dek) == 32
    assert Vault.exists(paths)
    reloaded = Vault.load(paths, keyring=keyring, now=clock)
    assert reloaded.unlock(PASSPHRASE) == dek
    assert reloaded.header == vault.header
    header = reloaded.header
    assert uuid.UUID(header.vault_id).version == 4
    assert uuid.UUID(header.device_id).version == 4
    assert header.device_id != header.vault_id
    assert header.user_id == USER_ID
    assert header.mode == "keyring"
    assert header.kdf == floor
    assert header.created_at.startswith("2025-")
    assert keyring.names() == [device_secret_name(header.vault_id)]
    assert Vault.read_header(paths).device_id == header.device_id


def test_passphrase_only_round_trip_calibrates_when_no_params_given(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    calibrations: list[int] = []

    def fake_calibrate() -> KdfParams:
        calibrations.append(1)
        return KDF_FLOOR

    monkeypatch.setattr(vault_module, "calibrate_kdf", fake_calibrate)
    vault, dek = Vault.create(paths, PASSPHRASE, keyring=None, passphrase_only=True)

    assert calibrations == [1]
    assert vault.header.mode == "passphrase_only"
    assert vault.has_device_secret()
    assert Vault.load(paths, keyring=None).unlock(PASSPHRASE) == dek


def test_passphrase_only_ignores_a_given_keyring(paths: AppPaths, floor: KdfParams) -> None:
    keyring = MemoryKeyring()
    # No unlock here: the mode is what matters, and the keyring must stay empty.
    vault, _ = Vault.create(paths, PASSPHRASE, keyring=keyring, passphrase_only=True, kdf=floor)
    assert vault.header.mode == "passphrase_only"
    assert keyring.names() == []


def test_create_refuses_existing_vault(ready: Ready, floor: KdfParams) -> None:
    before = ready.paths.vault_header.read_bytes()
    with pytest.raises(VaultExistsError):
        Vault.create(ready.paths, PASSPHRASE, keyring=MemoryKeyring(), kdf=floor)
    assert ready.paths.vault_header.read_bytes() == before


@pytest.mark.parametrize("passphrase", ["", "short", "123456789"])
def test_create_refuses_short_passphrase(paths: AppPaths, floor: KdfParams, passphrase: str) -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        Vault.create(paths, passphrase, keyring=MemoryKeyring(), kdf=floor)
    assert caught.value.details == {"min_length": 10}
    assert not Vault.exists(paths)


def test_keyring_mode_without_keyring_is_refused(paths: AppPaths, floor: KdfParams) -> None:
    with pytest.raises(KeyringUnavailableError):
        Vault.create(paths, PASSPHRASE, keyring=None, kdf=floor)
    assert not Vault.exists(paths)


def test_create_refuses_params_below_floor(paths: AppPaths) -> None:
    weak = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    with pytest.raises(VaultTamperedError):
        Vault.create(paths, PASSPHRASE, keyring=MemoryKeyring(), kdf=weak)
    assert not Vault.exists(paths)


def test_load_missing_vault(paths: AppPaths) -> None:
    assert not Vault.exists(paths)
    with pytest.raises(VaultMissingError):
        Vault.load(paths, keyring=MemoryKeyring())


def test_header_file_is_private_and_holds_no_secret(paths: AppPaths, floor: KdfParams) -> None:
    keyring = MemoryKeyring()
    vault, dek = Vault.create(paths, PASSPHRASE, keyring=keyring, kdf=floor)
    raw = paths.vault_header.read_bytes()
    device_secret = keyring.get_secret(device_secret_name(vault.header.vault_id))
    assert device_secret is not None

    if os.name != "nt":
        assert stat.S_IMODE(paths.vault_header.stat().st_mode) == 0o600
    for secret in (dek, device_secret):
        b64 = base64.b64encode(secret)
        for encoding in (secret, secret.hex().encode(), b64, b64[:16], base64.urlsafe_b64encode(secret)):
            assert encoding not in raw
    assert PASSPHRASE.encode() not in raw
    assert set(json.loads(raw)) >= {"vault_id", "device_id", "user_id", "mode", "kdf", "wrapped_key"}
    assert PASSPHRASE not in repr(vault) + repr(vault.header) + repr(keyring)
    assert not list(paths.data_dir.glob(".*.tmp"))


def test_wrong_passphrase_counts_and_success_resets(ready: Ready) -> None:
    vault = ready.load()
    for attempt in (1, 2):
        with pytest.raises(WrongPassphraseError) as caught:
            vault.unlock(WRONG_PASSPHRASE)
        assert caught.value.details == {"failed_attempts": attempt, "attempts_left": 10 - attempt}
        assert vault.failed_attempts == attempt
    assert vault.unlock(PASSPHRASE) == ready.dek
    assert vault.failed_attempts == 0
    assert not ready.paths.unlock_state.exists()


def test_wrong_or_missing_device_secret_fails_like_a_wrong_passphrase(ready: Ready) -> None:
    name = device_secret_name(ready.load().header.vault_id)
    other_device = MemoryKeyring({name: os.urandom(32)})
    no_secret = MemoryKeyring()

    outcomes = []
    for vault, passphrase in (
        (ready.load(), WRONG_PASSPHRASE),
        (ready.load(other_device), PASSPHRASE),
        (ready.load(no_secret), PASSPHRASE),
    ):
        ready.paths.unlock_state.unlink(missing_ok=True)  # compare each at the same attempt count
        with pytest.raises(WrongPassphraseError) as caught:
            vault.unlock(passphrase)
        outcomes.append((type(caught.value), str(caught.value), caught.value.code, caught.value.details))
    assert outcomes[0] == outcomes[1] == outcomes[2]


def test_has_device_secret_is_the_only_place_that_names_the_factor(ready: Ready) -> None:
    assert ready.load().has_device_secret()
    ready.load().require_device_secret()

    missing = ready.load(MemoryKeyring())
    assert not missing.has_device_secret()
    with pytest.raises(DeviceSecretMissingError):
        missing.require_device_secret()
    with pytest.raises(KeyringUnavailableError):
        ready.load(use_keyring=False).has_device_secret()


def test_unlock_without_keyring_is_not_a_failed_attempt(ready: Ready, derivations: list[int]) -> None:
    vault = ready.load(use_keyring=False)
    with pytest.raises(KeyringUnavailableError):
        vault.unlock(PASSPHRASE)
    assert vault.failed_attempts == 0
    assert derivations == []


def test_change_passphrase(ready: Ready) -> None:
    stale = ready.paths.data_dir / f".{ready.paths.vault_header.name}.0123abcd.tmp"
    stale.write_bytes(b"left by a crash")
    vault = ready.load()
    before = vault.header

    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    after = Vault.read_header(ready.paths)
    assert after == vault.header
    assert (after.vault_id, after.device_id, after.user_id, after.mode, after.kdf) == (
        before.vault_id,
        before.device_id,
        before.user_id,
        before.mode,
        before.kdf,
    )
    assert after.kdf_salt != before.kdf_salt
    assert after.hkdf_salt != before.hkdf_salt
    assert not stale.exists()
    fresh = ready.load()
    assert fresh.unlock(NEW_PASSPHRASE) == ready.dek
    with pytest.raises(WrongPassphraseError):
        fresh.unlock(PASSPHRASE)


def test_change_passphrase_with_wrong_old_changes_nothing(ready: Ready) -> None:
    before = ready.paths.vault_header.read_bytes()
    vault = ready.load()
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase(WRONG_PASSPHRASE, NEW_PASSPHRASE)
    assert ready.paths.vault_header.read_bytes() == before
    assert vault.failed_attempts == 1


def test_change_passphrase_refuses_weak_new_before_deriving(ready: Ready, derivations: list[int]) -> None:
    with pytest.raises(WeakPassphraseError):
        ready.load().change_passphrase(PASSPHRASE, "too short")
    assert derivations == []


def test_erase_allows_enrolling_again(ready: Ready, floor: KdfParams) -> None:
    vault = ready.load()
    vault.erase()
    assert not Vault.exists(ready.paths)
    assert ready.keyring.names() == []
    _, dek = Vault.create(ready.paths, PASSPHRASE, keyring=ready.keyring, kdf=floor)
    assert dek != ready.dek


def test_erase_works_even_when_the_header_was_mangled(ready: Ready) -> None:
    vault = ready.load()
    ready.paths.vault_header.write_bytes(b"{ mangled")
    vault.erase()
    assert not Vault.exists(ready.paths)
    assert ready.keyring.names() == []


def test_failed_create_leaves_no_device_secret_behind(
    paths: AppPaths, floor: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = MemoryKeyring()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault_module, "write_header", disk_full)
    with pytest.raises(OSError, match="No space"):
        Vault.create(paths, PASSPHRASE, keyring=keyring, kdf=floor)
    assert keyring.names() == []
    assert not Vault.exists(paths)
