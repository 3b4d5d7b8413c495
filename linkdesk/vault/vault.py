"""Vault: creates, unlocks, re-keys and destroys the wrapped data key described by the vault header."""

from __future__ import annotations

import contextlib
import hmac
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from linkdesk.errors import (
    DeviceSecretMissingError,
    KeyringUnavailableError,
    VaultDestroyedError,
    VaultError,
    VaultExistsError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from linkdesk.paths import AppPaths
from linkdesk.vault.atomic_file import remove_durably
from linkdesk.vault.header import VaultHeader, VaultMode, read_header, write_header
from linkdesk.vault.kdf import (
    HKDF_SALT_BYTES,
    KDF_SALT_BYTES,
    KdfParams,
    calibrate_kdf,
    check_kdf_bounds,
    derive_kek,
    normalise_passphrase,
)
from linkdesk.vault.keyring_port import KeyringPort
from linkdesk.vault.system_keyring import REASON_NO_KEYRING, REASON_READBACK_FAILED
from linkdesk.vault.throttle import DESTROY_AFTER, UnlockThrottle
from linkdesk.vault.wrap import new_data_key, unwrap_key, wrap_key

MIN_PASSPHRASE_CHARS = 10
DEVICE_SECRET_BYTES = 32
Clock = Callable[[], float]


def device_secret_name(vault_id: str) -> str:
    """The keyring entry holding a vault's device secret (one per vault, so re-enrolment never collides)."""
    return f"vault-{vault_id}-device-secret"


def _check_strength(passphrase: str) -> None:
    if len(normalise_passphrase(passphrase).decode("utf-8")) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphraseError("passphrase too short", min_length=MIN_PASSPHRASE_CHARS)


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=UTC).isoformat(timespec="seconds")


class Vault:
    """One device's key hierarchy. Holds no key: `unlock` hands the DEK over; the caller drops it to lock."""

    def __init__(
        self, paths: AppPaths, header: VaultHeader, *, keyring: KeyringPort | None, now: Clock = time.time
    ) -> None:
        self._paths = paths
        self._header = header
        self._keyring = keyring
        self._now = now
        self._throttle = UnlockThrottle(paths.unlock_state, now)

    def __repr__(self) -> str:
        return f"Vault(vault_id={self._header.vault_id!r}, mode={self._header.mode!r})"

    # ----- construction

    @staticmethod
    def exists(paths: AppPaths) -> bool:
        return paths.vault_header.exists()

    @staticmethod
    def read_header(paths: AppPaths) -> VaultHeader:
        """The header as on disk (VaultMissingError / VaultTamperedError), e.g. for the sync device id."""
        return read_header(paths.vault_header)

    @classmethod
    def load(cls, paths: AppPaths, *, keyring: KeyringPort | None, now: Clock = time.time) -> Vault:
        return cls(paths, read_header(paths.vault_header), keyring=keyring, now=now)

    @classmethod
    def create(
        cls,
        paths: AppPaths,
        passphrase: str,
        *,
        keyring: KeyringPort | None,
        passphrase_only: bool = False,
        kdf: KdfParams | None = None,
        user_id: str | None = None,
        now: Clock = time.time,
    ) -> tuple[Vault, bytes]:
        """Enrol this device: a new DEK, device secret (unless passphrase-only) and header."""
        if cls.exists(paths):
            raise VaultExistsError("a vault already exists")
        _check_strength(passphrase)
        if not passphrase_only and keyring is None:
            raise KeyringUnavailableError("keyring mode needs a keyring", reason=REASON_NO_KEYRING)
        params = kdf if kdf is not None else calibrate_kdf()
        check_kdf_bounds(params)
        paths.ensure()

        mode: VaultMode = "passphrase_only" if passphrase_only else "keyring"
        vault_id = str(uuid.uuid4())
        device_secret: bytes | None = None
        if keyring is not None and not passphrase_only:
            device_secret = os.urandom(DEVICE_SECRET_BYTES)
            _store_device_secret(keyring, device_secret_name(vault_id), device_secret)

        unwrapped = VaultHeader(
            vault_id=vault_id,
            device_id=str(uuid.uuid4()),
            user_id=user_id,
            created_at=_iso(now()),
            mode=mode,
            kdf=params,
            kdf_salt=os.urandom(KDF_SALT_BYTES),
            hkdf_salt=os.urandom(HKDF_SALT_BYTES),
            nonce=None,
            wrapped_key=None,
        )
        dek = new_data_key()
        try:
            header = _wrapped(unwrapped, passphrase, device_secret, dek)
            write_header(paths.vault_header, header, exclusive=True)
        except FileExistsError:
            _forget_device_secret_quietly(keyring, unwrapped)
            raise VaultExistsError("a vault already exists") from None
        except BaseException:
            _forget_device_secret_quietly(keyring, unwrapped)
            raise
        remove_durably(paths.unlock_state)  # a stale counter from an earlier vault must not carry over
        return cls(paths, header, keyring=keyring, now=now), dek

    # ----- state

    @property
    def header(self) -> VaultHeader:
        return self._header

    @property
    def failed_attempts(self) -> int:
        return self._throttle.failures

    @property
    def is_destroyed(self) -> bool:
        return self._header.is_destroyed

    def has_device_secret(self) -> bool:
        """True when unlock has every factor but the passphrase (always, for passphrase-only vaults)."""
        if not self._header.uses_keyring:
            return True
        if self._keyring is None:
            raise KeyringUnavailableError("keyring mode needs a keyring", reason=REASON_NO_KEYRING)
        secret = self._keyring.get_secret(device_secret_name(self._header.vault_id))
        return secret is not None and len(secret) == DEVICE_SECRET_BYTES

    def require_device_secret(self) -> None:
        """The explicit check that may say which factor is missing: DeviceSecretMissingError."""
        if not self.has_device_secret():
            raise DeviceSecretMissingError("device secret missing from the keyring")

    # ----- unlock and re-key

    def unlock(self, passphrase: str) -> bytes:
        """The DEK; else WrongPassphrase-, UnlockThrottled-, VaultDestroyed- or VaultTamperedError."""
        dek, _header, _secret = self._unlock(passphrase)
        return dek

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same DEK under `new` with fresh salts, replacing the header atomically.

        A crash at any point leaves either the old header (old passphrase works) or the new one.
        """
        _check_strength(new)
        if kdf is not None:
            check_kdf_bounds(kdf)
        dek, header, secret = self._unlock(old)
        rekeyed = replace(
            header,
            kdf=kdf if kdf is not None else header.kdf,
            kdf_salt=os.urandom(KDF_SALT_BYTES),
            hkdf_salt=os.urandom(HKDF_SALT_BYTES),
            nonce=None,
            wrapped_key=None,
        )
        rekeyed = _wrapped(rekeyed, new, secret, dek)
        write_header(self._paths.vault_header, rekeyed)
        self._header = rekeyed

    def _unlock(self, passphrase: str) -> tuple[bytes, VaultHeader, bytes | None]:
        header = read_header(self._paths.vault_header)
        self._header = header
        if header.is_destroyed:
            raise VaultDestroyedError("the everyday wrap was destroyed")
        check_kdf_bounds(header.kdf)
        if self._throttle.failures >= DESTROY_AFTER:
            # A crash after the tenth failure was counted but before the wrap went.
            self.destroy()
            raise VaultDestroyedError("the everyday wrap was destroyed", failed_attempts=DESTROY_AFTER)
        self._throttle.check()
        secret = self._device_secret_for_unlock(header)
        attempts = self._throttle.record_attempt()
        dek = _unwrap(header, passphrase, secret)
        if dek is None:
            if attempts >= DESTROY_AFTER:
                self.destroy()
                raise VaultDestroyedError("the everyday wrap was destroyed", failed_attempts=attempts)
            raise WrongPassphraseError(
                "unlock failed", failed_attempts=attempts, attempts_left=DESTROY_AFTER - attempts
            )
        self._throttle.reset()
        return dek, header, secret

    def _device_secret_for_unlock(self, header: VaultHeader) -> bytes | None:
        """The device secret, or random bytes when missing so unlock fails exactly like a wrong passphrase."""
        if not header.uses_keyring:
            return None
        if self._keyring is None:
            raise KeyringUnavailableError("keyring mode needs a keyring", reason=REASON_NO_KEYRING)
        secret = self._keyring.get_secret(device_secret_name(header.vault_id))
        if secret is None or len(secret) != DEVICE_SECRET_BYTES:
            return os.urandom(DEVICE_SECRET_BYTES)
        return secret

    # ----- destruction

    def destroy(self) -> None:
        """Remove the everyday wrap (the data stays encrypted) and the device secret. Not reversible."""
        current = read_header(self._paths.vault_header)
        if not current.is_destroyed:
            current = replace(current, nonce=None, wrapped_key=None, destroyed_at=_iso(self._now()))
            write_header(self._paths.vault_header, current)
        self._header = current
        # The wrap is gone; a device secret the keyring fails to delete opens nothing on its own.
        _forget_device_secret_quietly(self._keyring, current)

    def erase(self) -> None:
        """Destroy, then remove the header and unlock state so this device can enrol again.

        Works on an unreadable header too (the ids known from loading it are used for the keyring).
        """
        with contextlib.suppress(VaultError):
            self.destroy()
        _forget_device_secret_quietly(self._keyring, self._header)
        remove_durably(self._paths.vault_header)
        remove_durably(self._paths.unlock_state)


def _wrapped(header: VaultHeader, passphrase: str, device_secret: bytes | None, dek: bytes) -> VaultHeader:
    kek = derive_kek(
        passphrase,
        kdf_salt=header.kdf_salt,
        hkdf_salt=header.hkdf_salt,
        params=header.kdf,
        device_secret=device_secret,
    )
    nonce, wrapped = wrap_key(kek, dek, header.associated_data())
    return replace(header, nonce=nonce, wrapped_key=wrapped)


def _unwrap(header: VaultHeader, passphrase: str, device_secret: bytes | None) -> bytes | None:
    if header.nonce is None or header.wrapped_key is None:
        raise VaultDestroyedError("the everyday wrap was destroyed")
    kek = derive_kek(
        passphrase,
        kdf_salt=header.kdf_salt,
        hkdf_salt=header.hkdf_salt,
        params=header.kdf,
        device_secret=device_secret,
    )
    return unwrap_key(kek, header.nonce, header.wrapped_key, header.associated_data())


def _store_device_secret(keyring: KeyringPort, name: str, secret: bytes) -> None:
    """Store and read back: some backends accept a write and keep nothing."""
    keyring.set_secret(name, secret)
    stored = keyring.get_secret(name)
    if stored is None or not hmac.compare_digest(stored, secret):
        raise KeyringUnavailableError(
            "keyring did not keep the device secret",
            backend=keyring.backend_name,
            reason=REASON_READBACK_FAILED,
        )


def _forget_device_secret_quietly(keyring: KeyringPort | None, header: VaultHeader) -> None:
    """Best effort: only ever called once the secret can no longer open anything."""
    if keyring is not None and header.uses_keyring:
        with contextlib.suppress(KeyringUnavailableError):
            keyring.delete_secret(device_secret_name(header.vault_id))
