"""seed_demo_workspace: create or open a demo workspace, load the directory, seed it once."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import select

from linkdesk.paths import AppPaths
from linkdesk.services.demo.caseload import seed_demo
from linkdesk.services.demo.directory import has_directory, load_demo_directory
from linkdesk.services.demo.staff import demo_staff
from linkdesk.services.demo.summary import DemoSummary, summarise
from linkdesk.services.workspace import Workspace, create_workspace, open_workspace
from linkdesk.store.tables import Client
from linkdesk.vault import KdfParams, KeyringPort, Vault


def seed_demo_workspace(paths: AppPaths, passphrase: str, *, clients: int = 150, seed: int = 7,
                        keyring: KeyringPort | None = None, today: date | None = None,
                        kdf: KdfParams | None = None) -> tuple[Workspace, DemoSummary]:
    """The demo workspace at `paths`, ready to use; the caller locks it.

    Creates a passphrase-only workspace whose user is the first demo worker (or opens the existing one
    with `passphrase`), imports the demo directory if the directory is empty, and seeds `clients` people
    if the store has none. Running it again adds nothing (summary.seeded is then False).
    """
    if Vault.exists(paths):
        workspace = open_workspace(paths, passphrase, keyring=keyring)
    else:
        workspace = create_workspace(paths, passphrase, keyring=keyring, passphrase_only=True, kdf=kdf,
                                     user_id=demo_staff(seed).first_worker_id)
    day = today or datetime.now().astimezone().date()
    try:
        store = workspace.store
        if not has_directory(store):
            load_demo_directory(store)
        with store.reading() as session:
            empty = session.exec(select(Client.id).limit(1)).first() is None
        if empty:
            summary = seed_demo(store, clients=clients, seed=seed, today=day, actor=workspace.ctx.actor,
                                instruments=workspace.ctx.instruments)
        else:
            summary = summarise(store, today=day)
    except BaseException:
        workspace.lock()
        raise
    return workspace, summary
