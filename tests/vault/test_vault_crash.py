"""Scenario A8 and atomic writes: a crash at any step of change_passphrase leaves exactly one passphrase."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from linkdesk.errors import WrongPassphraseError
from linkdesk.vault.atomic_file import write_atomic

from .vault_support import NEW_PASSPHRASE, PASSPHRASE, Ready

# The durability steps of a write: data, flush, rename, unlink, directory flush.
STEPS = ("write", "fsync", "replace", "link", "unlink")


class SimulatedCrashError(Exception):
    pass


class CrashInjector:
    """Wraps os.<step> and raises at call number `crash_at` (counting all steps), recording the calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, crash_at: int | None) -> None:
        self.calls: list[str] = []
        self.crash_at = crash_at
        for step in STEPS:
            monkeypatch.setattr(os, step, self._wrap(step, getattr(os, step)))

    def _wrap(self, step: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(step)
            if self.crash_at is not None and len(self.calls) - 1 == self.crash_at:
                raise SimulatedCrashError(step)
            return real(*args, **kwargs)

        return wrapper


def _works(ready: Ready, passphrase: str) -> bool:
    ready.paths.unlock_state.unlink(missing_ok=True)
    try:
        return ready.load().unlock(passphrase) == ready.dek
    except WrongPassphraseError:
        return False


class Outcomes:
    """Which passphrases open the header now on disk, memoised by its bytes.

    Unlock is a function of the header bytes, the keyring and the passphrase once the throttle state is
    cleared, so an unchanged header need not pay for two more Argon2 derivations per crash point.
    """

    def __init__(self, ready: Ready) -> None:
        self.ready = ready
        self.known: dict[bytes, tuple[bool, bool]] = {}

    def now(self) -> tuple[bool, bool]:
        header = self.ready.paths.vault_header.read_bytes()
        if header not in self.known:
            self.known[header] = (_works(self.ready, PASSPHRASE), _works(self.ready, NEW_PASSPHRASE))
        return self.known[header]


def _step_count(ready: Ready) -> tuple[int, int]:
    """How many steps a successful change takes, and the index of the header's os.replace."""
    with pytest.MonkeyPatch.context() as patch:
        injector = CrashInjector(patch, crash_at=None)
        vault = ready.load()
        before = ready.paths.vault_header.read_bytes()
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    replaces = [i for i, step in enumerate(injector.calls) if step == "replace"]
    ready.paths.vault_header.write_bytes(before)
    return len(injector.calls), replaces[-1]


@pytest.fixture
def step_plan(ready: Ready) -> Iterator[tuple[int, int]]:
    yield _step_count(ready)


def test_a8_crash_at_every_step_leaves_exactly_one_passphrase(
    ready: Ready, monkeypatch: pytest.MonkeyPatch, step_plan: tuple[int, int]
) -> None:
    total, header_replace = step_plan
    assert total >= 8  # state record, state reset and header write each have several steps
    original = ready.paths.vault_header.read_bytes()
    passphrases_that_work = Outcomes(ready)
    outcomes = []
    for crash_at in range(total):
        ready.paths.vault_header.write_bytes(original)
        ready.paths.unlock_state.unlink(missing_ok=True)
        with pytest.MonkeyPatch.context() as patch:
            injector = CrashInjector(patch, crash_at=crash_at)
            with pytest.raises(SimulatedCrashError):
                ready.load().change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
        old_works, new_works = passphrases_that_work.now()
        outcomes.append((crash_at, injector.calls[-1], old_works, new_works))
        assert old_works != new_works, outcomes[-1]
        assert new_works == (crash_at > header_replace), outcomes[-1]
        assert not list(ready.paths.data_dir.glob(".*.tmp")), outcomes[-1]
    # The last crash point (directory fsync after the rename) must have left the new passphrase.
    assert outcomes[-1][3]


def test_write_atomic_replaces_and_keeps_mode(data_dir: Path) -> None:
    target = data_dir / "file.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    if os.name != "nt":
        assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in data_dir.iterdir()] == ["file.json"]


def test_write_atomic_exclusive_refuses_existing(data_dir: Path) -> None:
    target = data_dir / "file.json"
    write_atomic(target, b"one", exclusive=True)
    with pytest.raises(FileExistsError):
        write_atomic(target, b"two", exclusive=True)
    assert target.read_bytes() == b"one"
    assert [p.name for p in data_dir.iterdir()] == ["file.json"]


@pytest.mark.parametrize("crash_at", range(3))
def test_write_atomic_crash_keeps_old_content(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, crash_at: int
) -> None:
    target = data_dir / "file.json"
    write_atomic(target, b"old")
    CrashInjector(monkeypatch, crash_at=crash_at)
    with pytest.raises(SimulatedCrashError):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in data_dir.iterdir()] == ["file.json"]
