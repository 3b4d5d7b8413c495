"""One snapshot build per scope at a time in this process, and builds started ahead of the first sync.

A laptop's first sync follows its enrolment by the time it takes to choose a passphrase and create the
encrypted database, so the server starts building the scope's snapshot when the laptop logs in (`warm`,
after the login has been answered). The laptop's offer then finds it ready, or waits for the build already
running (`latest_or_build`) instead of starting a second one; a failed build is retried by the waiter.
A build is started only for a scope worth a snapshot with none built in the reuse window, so a login
costs nothing more on a small scope or when a fresh snapshot exists.

Coordination is per process: two server processes behind a load balancer may each build one (both are
valid; the newer is offered).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from sqlalchemy import Engine

from linkdesk.server import state
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import reading
from linkdesk.server.scopes import Scope
from linkdesk.server.snapshot_build import build, worth_a_snapshot
from linkdesk.server.snapshot_store import SnapshotMeta, SnapshotStore

log = logging.getLogger(__name__)

WAIT_S = 300.0  # an offer waits this long for a running build before building its own

_lock = threading.Lock()
_running: dict[tuple[Path, str, str, str | None], threading.Event] = {}


def store_for(settings: ServerSettings) -> SnapshotStore:
    return SnapshotStore(
        settings.snapshot_dir(), ttl_s=settings.snapshot_ttl_s, keep_s=settings.snapshot_keep_s
    )


def _key(store: SnapshotStore, scope: Scope) -> tuple[Path, str, str, str | None]:
    return (store.root, scope.user_id, scope.role.value, scope.team_id)


def latest_or_build(
    engine: Engine, settings: ServerSettings, scope: Scope, incarnation: str, now_ms: int
) -> SnapshotMeta:
    """A snapshot of `scope` built in the reuse window: an existing one, the one being built now, or a
    new one."""
    store = store_for(settings)
    key = _key(store, scope)
    while True:
        with _lock:
            meta = store.reusable(scope, incarnation, now_ms, settings.snapshot_reuse_s * 1000)
            if meta is not None:
                return meta
            running = _running.get(key)
            mine = running is None
            if running is None:
                running = _running[key] = threading.Event()
        if not mine:
            running.wait(WAIT_S)
            continue  # built (reusable now), or failed: then this caller builds
        try:
            return build(engine, store, scope, now_ms)
        finally:
            with _lock:
                _running.pop(key, None)
            running.set()


def warm(engine: Engine, settings: ServerSettings, scope: Scope, now_ms: int) -> None:
    """Build the scope's snapshot ahead of the laptop's first sync, if it is worth one and none is fresh
    or being built. Runs after the login was answered; a failure is logged and left to the offer."""
    if not settings.snapshot_build_on_login:
        return
    store = store_for(settings)
    try:
        with reading(engine) as session:
            if not worth_a_snapshot(session, scope, settings.snapshot_min_rows):
                return
            incarnation = state.incarnation(session)
        with _lock:
            if _key(store, scope) in _running:
                return
        latest_or_build(engine, settings, scope, incarnation, now_ms)
    except Exception:
        # Nobody waits for this build (the login was answered): the error goes to the server log, and the
        # laptop's offer builds again and gets any error itself, as a 4xx/5xx answer it reports.
        log.exception("building a snapshot ahead of a first sync failed; the offer will build it")
