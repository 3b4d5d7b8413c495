"""B6: two accounts on one laptop: separate data directories and keys; neither can open the other's.

Two link workers share a laptop, each with their own OS account (own data directory, own OS keyring), and
also the weaker case of one OS account running two LinkDesk data directories against one keyring. Each
enrols against the server as themselves. Neither passphrase, keyring nor data key opens the other's
workspace, swapping the database files does not help either, and each still opens their own afterwards.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from linkdesk.domain.enums import ReferralSource
from linkdesk.errors import StoreError, VaultError, WrongPassphraseError
from linkdesk.paths import AppPaths
from linkdesk.services import intake
from linkdesk.services.enrolment import Enrolled, enroll
from linkdesk.services.workspace import open_workspace
from linkdesk.store.store import Store
from linkdesk.store.tables import Client
from linkdesk.vault import KDF_FLOOR
from linkdesk.vault.memory_keyring import MemoryKeyring

from .conftest import PASSWORD
from .support import AppTransport

ALICE_PASS = "alice's own long passphrase"
BOB_PASS = "bob keeps a different one"


def _data_dir(home: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """Where LinkDesk puts an OS user's data by default (platformdirs under that user's home)."""
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return AppPaths.default()


def _enrol(paths: AppPaths, user: str, passphrase: str, keyring: MemoryKeyring, t: AppTransport) -> Enrolled:
    enrolled = enroll(
        paths,
        "http://127.0.0.1:8443",
        user,
        PASSWORD,
        passphrase,
        transport=t,
        keyring=keyring,
        kdf=KDF_FLOOR,
    )
    intake.register_referral(
        enrolled.workspace.ctx,
        person=intake.PersonDetails(given_name=f"Client of {user}", family_name="Private"),
        referral=intake.ReferralDetails(source=ReferralSource.SELF, received_on=date(2026, 3, 1)),
    )
    return enrolled


def _refused(attempt: Callable[[], object]) -> None:
    with pytest.raises((VaultError, StoreError)):
        attempt()


@pytest.mark.parametrize("shared_keyring", [False, True], ids=["two-os-users", "one-os-user-two-dirs"])
def test_b6_neither_account_opens_the_others_workspace(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    transport: AppTransport,
    people: dict[str, str],
    shared_keyring: bool,
) -> None:
    alice_ring = MemoryKeyring()
    bob_ring = alice_ring if shared_keyring else MemoryKeyring()
    if shared_keyring:
        alice_paths = AppPaths.at(tmp_path / "alice-data")
        bob_paths = AppPaths.at(tmp_path / "bob-data")
    else:
        alice_paths = _data_dir(tmp_path / "home-alice", monkeypatch)
        bob_paths = _data_dir(tmp_path / "home-bob", monkeypatch)
    alice = _enrol(alice_paths, "w1", ALICE_PASS, alice_ring, transport)
    bob = _enrol(bob_paths, "w2", BOB_PASS, bob_ring, transport)

    # Separate data directories (private to their owner), vaults, devices and keys.
    assert alice_paths.data_dir != bob_paths.data_dir
    for paths in (alice_paths, bob_paths):
        assert paths.data_dir.stat().st_mode & 0o077 == 0
    a_head, b_head = alice.workspace.vault.header, bob.workspace.vault.header
    assert a_head.vault_id != b_head.vault_id and a_head.device_id != b_head.device_id
    assert (
        alice.workspace.ctx.actor.user_id == people["w1"] and bob.workspace.ctx.actor.user_id == people["w2"]
    )
    alice_key = alice.workspace.vault.unlock(ALICE_PASS)
    bob_key = bob.workspace.vault.unlock(BOB_PASS)
    assert alice_key != bob_key
    alice.workspace.lock()
    bob.workspace.lock()

    # Alice, on her own account, tries Bob's workspace: her passphrase, and even Bob's (shoulder-surfed).
    _refused(lambda: open_workspace(bob_paths, ALICE_PASS, keyring=alice_ring))
    if not shared_keyring:
        # Bob's passphrase alone is not enough: his device secret lives only in his own keyring.
        _refused(lambda: open_workspace(bob_paths, BOB_PASS, keyring=alice_ring))
    # Bob, likewise, on Alice's.
    _refused(lambda: open_workspace(alice_paths, BOB_PASS, keyring=bob_ring))
    # The data keys do not cross over: each database opens with its own key only.
    _refused(lambda: Store.open(bob_paths.database, alice_key))
    _refused(lambda: Store.open(alice_paths.database, bob_key))

    # Swapping the database files under the vaults does not help either.
    swapped = AppPaths(tmp_path / "swapped").ensure()
    shutil.copy2(alice_paths.vault_header, swapped.vault_header)
    shutil.copy2(bob_paths.database, swapped.database)
    _refused(lambda: open_workspace(swapped, ALICE_PASS, keyring=alice_ring))

    # A wrong guess is counted on the vault it was made against and reads like any wrong passphrase.
    with pytest.raises(WrongPassphraseError):
        open_workspace(alice_paths, BOB_PASS, keyring=alice_ring)

    # Each still opens their own, and sees only their own person.
    for paths, passphrase, ring, name in (
        (alice_paths, ALICE_PASS, alice_ring, "w1"),
        (bob_paths, BOB_PASS, bob_ring, "w2"),
    ):
        ws = open_workspace(paths, passphrase, keyring=ring)
        try:
            with ws.store.reading() as session:
                names = [c.given_name for c in session.exec(select(Client)).all()]
            assert names == [f"Client of {name}"]
        finally:
            ws.lock()
