"""A workspace: the vault unlocked, the encrypted store open, and the context every use case runs in."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

import linkdesk.vault as vault_pkg
from linkdesk.domain.hlc import HlcTimestamp, HybridClock
from linkdesk.domain.instrument_loader import load_builtin_instruments
from linkdesk.paths import RESOURCES_DIR, AppPaths
from linkdesk.services.context import ServiceContext
from linkdesk.store.store import Store
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.unit_of_work import Actor
from linkdesk.sync.state import USER_ID as SYNC_USER_ID
from linkdesk.vault import KdfParams, KeyringPort, Vault

LOCAL_USER = "local-user"
HLC_SETTING = "hlc_last"


@dataclass
class Workspace:
    paths: AppPaths
    vault: Vault
    store: Store
    ctx: ServiceContext
    clock: HybridClock

    @property
    def device_id(self) -> str:
        return self.vault.header.device_id

    def lock(self) -> None:
        """Persist the clock, dispose the engine (dropping the pooled keyed connections)."""
        if self.store.is_open:
            self.store.set_setting(HLC_SETTING, self.clock.last.encode())
            self.store.close()


def _restored_clock(store: Store, device_id: str, now_ms: Callable[[], int]) -> HybridClock:
    """The clock resumes after the newest stamp it ever issued, so a wall clock set back cannot reorder."""
    stamps: list[HlcTimestamp] = []
    saved = store.get_setting(HLC_SETTING)
    if saved:
        stamps.append(HlcTimestamp.parse(saved))
    with store.reading() as session:
        newest = session.exec(select(func.max(OutboxChange.hlc))).one()
    if newest:
        stamps.append(HlcTimestamp.parse(str(newest)))
    return HybridClock(device_id, now_ms, last=max(stamps) if stamps else None)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _assemble(paths: AppPaths, vault: Vault, key: bytes) -> Workspace:
    store = Store.open(paths.database, key)
    header = vault.header
    clock = _restored_clock(store, header.device_id, _now_ms)
    # A laptop connected after it was set up writes as its server user (services.connect saves it).
    user_id = store.get_setting(SYNC_USER_ID) or header.user_id or LOCAL_USER
    actor = Actor(user_id=user_id, device_id=header.device_id, stamp=lambda: clock.tick().encode())
    ctx = ServiceContext(store=store, actor=actor, instruments=load_builtin_instruments(RESOURCES_DIR))
    return Workspace(paths, vault, store, ctx, clock)


def system_keyring() -> KeyringPort:
    """The OS keyring, or KeyringUnavailableError when this machine has no acceptable one."""
    return vault_pkg.os_keyring()


def workspace_exists(paths: AppPaths) -> bool:
    return Vault.exists(paths)


def create_workspace(
    paths: AppPaths,
    passphrase: str,
    *,
    keyring: KeyringPort | None = None,
    passphrase_only: bool = False,
    kdf: KdfParams | None = None,
    user_id: str | None = None,
) -> Workspace:
    """Enrol this device: a new vault (data key wrapped) and an empty encrypted store.

    Without `passphrase_only`, the device secret goes to `keyring` or, when none is given, the OS keyring.
    """
    if not passphrase_only and keyring is None:
        keyring = system_keyring()
    vault, key = Vault.create(
        paths.ensure(), passphrase, keyring=keyring, passphrase_only=passphrase_only, kdf=kdf, user_id=user_id
    )
    return _assemble(paths, vault, key)


def open_workspace(paths: AppPaths, passphrase: str, *, keyring: KeyringPort | None = None) -> Workspace:
    header = Vault.read_header(paths)
    if keyring is None and header.mode == "keyring":
        keyring = system_keyring()
    vault = Vault.load(paths, keyring=keyring)
    key = vault.unlock(passphrase)
    return _assemble(paths, vault, key)
