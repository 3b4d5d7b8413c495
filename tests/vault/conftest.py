"""Vault test fixtures: floor KDF parameters, a fake clock, and a pre-built vault copied per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import linkdesk.vault.vault as vault_module
from linkdesk.paths import AppPaths
from linkdesk.vault import KDF_FLOOR, KdfParams, MemoryKeyring, Vault
from linkdesk.vault.kdf import derive_kek

from .vault_support import PASSPHRASE, USER_ID, FakeClock, Ready, Template


@pytest.fixture
def floor() -> KdfParams:
    return KDF_FLOOR


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return AppPaths(data_dir)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """One Argon2 derivation for the whole session; tests get copies of its files."""
    keyring = MemoryKeyring()
    paths = AppPaths(tmp_path_factory.mktemp("vault-template"))
    _vault, dek = Vault.create(
        paths, PASSPHRASE, keyring=keyring, kdf=KDF_FLOOR, user_id=USER_ID, now=FakeClock()
    )
    secrets = {name: keyring.get_secret(name) or b"" for name in keyring.names()}
    return Template(header_bytes=paths.vault_header.read_bytes(), secrets=secrets, dek=dek)


@pytest.fixture
def ready(template: Template, paths: AppPaths, clock: FakeClock) -> Ready:
    paths.ensure()
    paths.vault_header.write_bytes(template.header_bytes)
    os.chmod(paths.vault_header, 0o600)
    return Ready(paths=paths, keyring=MemoryKeyring(template.secrets), clock=clock, dek=template.dek)


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts KEK derivations made by the vault (to prove refusals happen before Argon2 runs)."""
    calls: list[int] = []

    def counting(*args: object, **kwargs: object) -> bytes:
        calls.append(1)
        return derive_kek(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vault_module, "derive_kek", counting)
    yield calls
