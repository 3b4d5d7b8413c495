"""Shared test fixtures: every test runs with its own home, data directory and in-memory keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point HOME and the XDG directories at tmp_path so no test touches the real home directory."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    yield home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def memory_keyring():  # -> linkdesk.vault.MemoryKeyring
    """The per-test keyring that `linkdesk.vault.os_keyring()` returns under test."""
    # Local imports (PLC0415): this section was appended and leaves the module's import block alone.
    from linkdesk.vault import MemoryKeyring

    return MemoryKeyring()


@pytest.fixture(autouse=True)
def _memory_os_keyring(memory_keyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches the real OS keyring: os_keyring() hands out the per-test MemoryKeyring.

    The real adapter (linkdesk.vault.SystemKeyring) is untouched and still refuses plaintext backends.
    """
    import linkdesk.vault
    import linkdesk.vault.system_keyring

    def fake_os_keyring(timeout_s: float = 5.0):
        return memory_keyring

    monkeypatch.setattr(linkdesk.vault, "os_keyring", fake_os_keyring)
    monkeypatch.setattr(linkdesk.vault.system_keyring, "os_keyring", fake_os_keyring)
