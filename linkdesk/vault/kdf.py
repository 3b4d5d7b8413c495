"""Key derivation: Argon2id parameters, their floor and ceiling, calibration, and the KEK derivation."""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from linkdesk.errors import VaultTamperedError

KEY_BYTES = 32
KDF_SALT_BYTES = 16
HKDF_SALT_BYTES = 32
_HKDF_INFO = b"linkdesk/vault/kek/v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters as stored in the vault header."""

    memory_kib: int
    iterations: int
    lanes: int


# The security design's minimum (64 MiB, 3 passes, 4 lanes); a header asking for less is a downgrade.
KDF_FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# Far above anything calibration produces; a header asking for more is tampering meant to exhaust memory.
KDF_CEILING = KdfParams(memory_kib=4 * 1024 * 1024, iterations=64, lanes=64)
# Calibration stops here even on fast machines so an ordinary laptop can always unlock.
CALIBRATION_MAX_MEMORY_KIB = 1024 * 1024
CALIBRATION_MAX_ITERATIONS = 10


def check_kdf_bounds(params: KdfParams) -> None:
    """Refuse parameters outside [floor, ceiling] before any derivation is attempted."""
    fields = ("memory_kib", "iterations", "lanes")
    if any(getattr(params, f) < getattr(KDF_FLOOR, f) for f in fields):
        raise VaultTamperedError("KDF parameters below the floor", reason="kdf_below_floor")
    if any(getattr(params, f) > getattr(KDF_CEILING, f) for f in fields):
        raise VaultTamperedError("KDF parameters above the ceiling", reason="kdf_above_ceiling")


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so the same passphrase typed through different input methods gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def argon2id(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The stretched passphrase: 32 bytes of Argon2id output."""
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(normalise_passphrase(passphrase))


def derive_kek(
    passphrase: str, *, kdf_salt: bytes, hkdf_salt: bytes, params: KdfParams, device_secret: bytes | None
) -> bytes:
    """KEK = HKDF-SHA256(Argon2id(passphrase) || device_secret); passphrase-only vaults pass None."""
    stretched = argon2id(passphrase, kdf_salt, params)
    material = stretched + (device_secret or b"")
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=hkdf_salt, info=_HKDF_INFO).derive(material)


def _time_one_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    argon2id("calibration", os.urandom(KDF_SALT_BYTES), params)
    return time.perf_counter() - start


def _memory_cap_kib(requested: int) -> int:
    """At most `requested`, and at most an eighth of physical memory where the OS tells us."""
    try:
        physical_kib = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 1024
    except (AttributeError, ValueError, OSError):
        return requested
    return max(KDF_FLOOR.memory_kib, min(requested, physical_kib // 8))


def calibrate_kdf(
    target_seconds: float = 0.5,
    *,
    max_memory_kib: int = CALIBRATION_MAX_MEMORY_KIB,
    max_iterations: int = CALIBRATION_MAX_ITERATIONS,
    measure: Callable[[KdfParams], float] = _time_one_derivation,
) -> KdfParams:
    """Raise memory (then passes) from the floor until one derivation takes at least `target_seconds`.

    Memory doubles first (memory hardness is what hurts GPU attackers), then passes grow. The result
    takes between `target_seconds` and roughly twice that, unless a cap stops it earlier.
    """
    if target_seconds <= 0:
        raise ValueError("target_seconds must be positive")
    memory_cap = _memory_cap_kib(max_memory_kib)
    params = KDF_FLOOR
    while measure(params) < target_seconds:
        if params.memory_kib < memory_cap:
            params = replace(params, memory_kib=min(memory_cap, params.memory_kib * 2))
        elif params.iterations < max_iterations:
            params = replace(params, iterations=params.iterations + 1)
        else:
            break
    return params
