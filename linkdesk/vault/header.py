"""The vault header file: ids, mode, KDF parameters, salts and the wrapped data key, as canonical JSON."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from linkdesk.errors import VaultMissingError, VaultTamperedError
from linkdesk.vault.atomic_file import remove_stale_temps, write_atomic
from linkdesk.vault.kdf import HKDF_SALT_BYTES, KDF_SALT_BYTES, KdfParams
from linkdesk.vault.wrap import NONCE_BYTES, WRAPPED_BYTES

VaultMode = Literal["keyring", "passphrase_only"]
VAULT_MODES: tuple[VaultMode, ...] = ("keyring", "passphrase_only")
FORMAT_NAME = "linkdesk-vault"
FORMAT_VERSION = 1
KDF_ALGORITHM = "argon2id"
CIPHER = "aes-256-gcm"
_MAX_HEADER_BYTES = 64 * 1024
# Everything except these is authenticated as the AEAD's associated data.
_UNAUTHENTICATED = frozenset({"nonce", "wrapped_key"})
_KEYS = frozenset(
    {
        "format", "version", "vault_id", "device_id", "user_id", "created_at", "mode", "kdf",
        "kdf_salt", "hkdf_salt", "cipher", "nonce", "wrapped_key", "destroyed_at",
    }
)
_KDF_KEYS = frozenset({"algorithm", "memory_kib", "iterations", "lanes"})


@dataclass(frozen=True)
class VaultHeader:
    """One device's vault. `device_id` is the sync device id; `wrapped_key` None means destroyed."""

    vault_id: str
    device_id: str
    user_id: str | None
    created_at: str
    mode: VaultMode
    kdf: KdfParams
    kdf_salt: bytes = field(repr=False)
    hkdf_salt: bytes = field(repr=False)
    nonce: bytes | None = field(repr=False)
    wrapped_key: bytes | None = field(repr=False)
    destroyed_at: str | None = None
    version: int = FORMAT_VERSION

    @property
    def is_destroyed(self) -> bool:
        return self.destroyed_at is not None or self.wrapped_key is None or self.nonce is None

    @property
    def uses_keyring(self) -> bool:
        return self.mode == "keyring"

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": self.version,
            "vault_id": self.vault_id,
            "device_id": self.device_id,
            "user_id": self.user_id,
            "created_at": self.created_at,
            "mode": self.mode,
            "kdf": {
                "algorithm": KDF_ALGORITHM,
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
            },
            "kdf_salt": _b64(self.kdf_salt),
            "hkdf_salt": _b64(self.hkdf_salt),
            "cipher": CIPHER,
            "nonce": None if self.nonce is None else _b64(self.nonce),
            "wrapped_key": None if self.wrapped_key is None else _b64(self.wrapped_key),
            "destroyed_at": self.destroyed_at,
        }

    def associated_data(self) -> bytes:
        """Canonical JSON of every field but the nonce and wrapped key: editing any of them fails unwrap."""
        authenticated = {k: v for k, v in self.to_json_dict().items() if k not in _UNAUTHENTICATED}
        return _canonical(authenticated)

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json_dict(), indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> VaultHeader:
        """Parse strictly: unknown, missing or mistyped fields mean the file is not ours as written."""
        if len(data) > _MAX_HEADER_BYTES:
            raise _malformed("too_large")
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _malformed("not_json") from None
        if not isinstance(raw, dict) or set(raw) != _KEYS:
            raise _malformed("fields")
        if raw["format"] != FORMAT_NAME or raw["cipher"] != CIPHER:
            raise _malformed("format")
        if _int(raw["version"]) != FORMAT_VERSION:
            raise VaultTamperedError("unsupported vault header version", reason="unsupported_version")
        kdf = raw["kdf"]
        if not isinstance(kdf, dict) or set(kdf) != _KDF_KEYS or kdf["algorithm"] != KDF_ALGORITHM:
            raise _malformed("kdf")
        mode = raw["mode"]
        if mode not in VAULT_MODES:
            raise _malformed("mode")
        nonce, wrapped = raw["nonce"], raw["wrapped_key"]
        return cls(
            vault_id=_uuid(raw["vault_id"]),
            device_id=_uuid(raw["device_id"]),
            user_id=_optional_str(raw["user_id"]),
            created_at=_str(raw["created_at"]),
            mode=cast(VaultMode, mode),
            kdf=KdfParams(
                memory_kib=_int(kdf["memory_kib"]),
                iterations=_int(kdf["iterations"]),
                lanes=_int(kdf["lanes"]),
            ),
            kdf_salt=_unb64(raw["kdf_salt"], KDF_SALT_BYTES),
            hkdf_salt=_unb64(raw["hkdf_salt"], HKDF_SALT_BYTES),
            nonce=None if nonce is None else _unb64(nonce, NONCE_BYTES),
            wrapped_key=None if wrapped is None else _unb64(wrapped, WRAPPED_BYTES),
            destroyed_at=_optional_str(raw["destroyed_at"]),
        )


def read_header(path: Path) -> VaultHeader:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise VaultMissingError("no vault header") from None
    return VaultHeader.from_bytes(data)


def write_header(path: Path, header: VaultHeader, *, exclusive: bool = False) -> None:
    """Atomically publish `header` (mode 0600); `exclusive` refuses to replace an existing file."""
    remove_stale_temps(path)
    write_atomic(path, header.to_bytes(), mode=0o600, exclusive=exclusive)


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _malformed(reason: str) -> VaultTamperedError:
    return VaultTamperedError("vault header is malformed", reason=f"malformed_{reason}")


def _unb64(value: object, length: int) -> bytes:
    if not isinstance(value, str):
        raise _malformed("base64")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _malformed("base64") from None
    if len(data) != length:
        raise _malformed("length")
    return data


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise _malformed("number")
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise _malformed("string")
    return value


def _optional_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _uuid(value: object) -> str:
    text = _str(value)
    try:
        parsed = uuid.UUID(text)
    except ValueError:
        raise _malformed("uuid") from None
    if str(parsed) != text:
        raise _malformed("uuid")
    return text
