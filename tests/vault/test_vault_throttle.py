"""Scenario A2: failed unlocks are throttled after 5 and destroy the everyday wrap after 10."""

from __future__ import annotations

import json
import os

import pytest

from linkdesk.errors import UnlockThrottledError, VaultDestroyedError, WrongPassphraseError
from linkdesk.vault import MemoryKeyring, Vault
from linkdesk.vault.throttle import DESTROY_AFTER, MAX_DELAY_S, UnlockThrottle, delay_after
from linkdesk.vault.vault import device_secret_name

from .vault_support import PASSPHRASE, WRONG_PASSPHRASE, FakeClock, Ready


def test_delays_grow_after_five_failures_and_are_capped() -> None:
    assert [delay_after(n) for n in range(11)] == [0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32]
    assert delay_after(40) == MAX_DELAY_S


def test_a2_ten_failures_throttle_then_destroy(ready: Ready, derivations: list[int]) -> None:
    """Alternates the failing factor; the shared counter and identical errors show neither is revealed."""
    name = device_secret_name(ready.load().header.vault_id)
    attempts = [
        (ready.load(), WRONG_PASSPHRASE),  # right device secret, wrong passphrase
        (ready.load(MemoryKeyring({name: os.urandom(32)})), PASSPHRASE),  # wrong device secret
        (ready.load(MemoryKeyring()), PASSPHRASE),  # device secret missing
    ]
    seen: set[tuple[type[Exception], str, str, tuple[str, ...]]] = set()
    waits: list[float] = []

    for failure in range(1, DESTROY_AFTER):
        vault, passphrase = attempts[failure % len(attempts)]
        with pytest.raises(WrongPassphraseError) as caught:
            vault.unlock(passphrase)
        error = caught.value
        assert error.details == {"failed_attempts": failure, "attempts_left": DESTROY_AFTER - failure}
        seen.add((type(error), str(error), error.code, tuple(sorted(error.details))))
        assert derivations == [1] * failure

        if failure < 5:
            continue
        # Even the right passphrase is refused before Argon2 runs until the delay has passed.
        for _ in range(2):
            with pytest.raises(UnlockThrottledError) as throttled:
                ready.load().unlock(PASSPHRASE)
        wait = throttled.value.details["retry_after_s"]
        waits.append(wait)
        assert derivations == [1] * failure
        assert ready.load().failed_attempts == failure
        ready.clock.advance(wait / 2)
        with pytest.raises(UnlockThrottledError):
            ready.load().unlock(PASSPHRASE)
        ready.clock.advance(wait / 2)

    assert len(seen) == 1, seen
    assert waits == [1, 2, 4, 8, 16]

    vault, passphrase = attempts[0]  # the vault holding the real keyring, so its secret goes too
    with pytest.raises(VaultDestroyedError):
        vault.unlock(passphrase)
    assert len(derivations) == DESTROY_AFTER

    raw = json.loads(ready.paths.vault_header.read_bytes())
    assert raw["wrapped_key"] is None and raw["nonce"] is None and raw["destroyed_at"]
    assert ready.keyring.names() == []
    for _ in range(2):
        with pytest.raises(VaultDestroyedError):
            ready.load().unlock(PASSPHRASE)
        ready.clock.advance(3600)
    assert Vault.load(ready.paths, keyring=ready.keyring).is_destroyed
    assert len(derivations) == DESTROY_AFTER


def test_counter_survives_restart_and_success_before_ten_resets_it(
    ready: Ready, derivations: list[int]
) -> None:
    for _ in range(5):
        with pytest.raises(WrongPassphraseError):
            ready.load().unlock(WRONG_PASSPHRASE)
    ready.clock.advance(1)
    assert ready.load().unlock(PASSPHRASE) == ready.dek
    assert ready.load().failed_attempts == 0
    with pytest.raises(WrongPassphraseError) as caught:
        ready.load().unlock(WRONG_PASSPHRASE)
    assert caught.value.details["failed_attempts"] == 1


def test_crash_after_tenth_failure_was_counted_still_destroys(ready: Ready, derivations: list[int]) -> None:
    state = {"failures": DESTROY_AFTER, "not_before": ready.clock() - 1}
    ready.paths.unlock_state.write_text(json.dumps(state))
    with pytest.raises(VaultDestroyedError):
        ready.load().unlock(PASSPHRASE)
    assert derivations == []
    assert Vault.read_header(ready.paths).is_destroyed


def test_winding_the_clock_back_does_not_extend_the_wait(ready: Ready) -> None:
    throttle = UnlockThrottle(ready.paths.unlock_state, ready.clock)
    for _ in range(6):
        throttle.record_attempt()
    assert throttle.retry_after() == 2
    ready.clock.advance(-86_400)
    assert throttle.retry_after() == 2
    ready.clock.advance(86_400 + 2)
    assert throttle.retry_after() == 0
    throttle.check()


@pytest.mark.parametrize("content", [b"", b"not json", b"[]", b'{"failures": "x", "not_before": 0}'])
def test_unreadable_state_counts_as_fresh(ready: Ready, content: bytes) -> None:
    ready.paths.unlock_state.write_bytes(content)
    assert UnlockThrottle(ready.paths.unlock_state, FakeClock()).failures == 0


def test_state_file_is_private(ready: Ready) -> None:
    UnlockThrottle(ready.paths.unlock_state, ready.clock).record_attempt()
    if os.name != "nt":
        assert ready.paths.unlock_state.stat().st_mode & 0o777 == 0o600
