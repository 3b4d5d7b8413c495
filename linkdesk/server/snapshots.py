"""Snapshot use cases: offer one to a device, describe one (its key) to its scope, open its bytes, export.

Every release of a key is an access to personal data and is audited (`snapshot.key`, with the id and
sequence); so is every refused attempt at another scope's snapshot (`snapshot.denied`). The bytes alone
are useless without the key, so serving them is not audited per range request.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.server import audit, state
from linkdesk.server.account_tables import User
from linkdesk.server.auth import Principal
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import reading, writing
from linkdesk.server.errors import NotFoundError, ServerError
from linkdesk.server.scopes import Scope, scope_for
from linkdesk.server.snapshot_build import build, worth_a_snapshot
from linkdesk.server.snapshot_builds import latest_or_build, store_for
from linkdesk.server.snapshot_store import SnapshotMeta

SERVER_ACTOR = "server-admin"


def _audit(
    engine: Engine, actor: str, device: str, action: str, meta: SnapshotMeta | None, *, sid: str
) -> None:
    record = f"{sid}@{meta.seq}" if meta is not None else sid
    with writing(engine) as session:
        audit.append(
            session, actor_id=actor, device_id=device, action=action, record_type="snapshot", record_id=record
        )


def _release(
    engine: Engine, settings: ServerSettings, principal: Principal, meta: SnapshotMeta
) -> SnapshotInfo:
    with reading(engine) as session:
        server_key = state.token_key(session)
    _audit(engine, principal.user_id, principal.device_id, "snapshot.key", meta, sid=meta.id)
    return meta.info(server_key, settings.snapshot_ttl_s)


def offer(engine: Engine, settings: ServerSettings, principal: Principal, now_ms: int) -> SnapshotInfo | None:
    """A snapshot of the caller's scope as of the committed high-water mark (a recent one of the same
    scope, such as the one started when this laptop logged in, is offered again), or None when the
    scope is small enough for paged pulls."""
    scope = scope_for(principal.user_id, principal.role, principal.team_id)
    store = store_for(settings)
    store.sweep(now_ms)
    with reading(engine) as session:
        if not worth_a_snapshot(session, scope, settings.snapshot_min_rows):
            return None
        incarnation = state.incarnation(session)
    meta = latest_or_build(engine, settings, scope, incarnation, now_ms)
    return _release(engine, settings, principal, meta)


def _owned(engine: Engine, settings: ServerSettings, principal: Principal, snapshot_id: str) -> SnapshotMeta:
    """The snapshot if it exists and belongs to the caller's scope; else 404 (a denial is audited)."""
    scope = scope_for(principal.user_id, principal.role, principal.team_id)
    meta = store_for(settings).get(snapshot_id)
    if meta is None or not meta.belongs_to(scope):
        if meta is not None:
            _audit(engine, principal.user_id, principal.device_id, "snapshot.denied", None, sid=snapshot_id)
        raise NotFoundError()
    return meta


def describe(
    engine: Engine, settings: ServerSettings, principal: Principal, snapshot_id: str
) -> SnapshotInfo:
    """What a device needs to check and apply a file it holds (e.g. from a USB key), with its key."""
    return _release(engine, settings, principal, _owned(engine, settings, principal, snapshot_id))


@dataclass(frozen=True)
class Download:
    path: Path
    size: int
    sha256: str


def open_download(
    engine: Engine, settings: ServerSettings, principal: Principal, snapshot_id: str, now_ms: int
) -> Download:
    meta = _owned(engine, settings, principal, snapshot_id)
    store = store_for(settings)
    if not store.servable(meta, now_ms):
        raise NotFoundError("snapshot_expired")
    return Download(store.data_path(meta.id), meta.size, meta.sha256)


def export_for(
    engine: Engine, settings: ServerSettings, username: str, out: Path, now_ms: int
) -> SnapshotMeta:
    """`linkdesk-server snapshot export`: a new snapshot of the user's scope, copied to `out` (e.g. a USB
    key). The copy stays encrypted; the device fetches its key with GET /snapshots/{id}."""
    with reading(engine) as session:
        user = session.exec(select(User).where(User.username == username.strip().lower())).first()
    if user is None or user.disabled:
        raise ServerError(f"no_such_active_user: {username}")
    scope = Scope(user.id, user.role, user.team_id)
    store = store_for(settings)
    store.sweep(now_ms)
    meta = build(engine, store, scope, now_ms)
    tmp = out.with_name(out.name + ".part")
    try:
        with store.data_path(meta.id).open("rb") as src, tmp.open("wb") as dst:
            for block in iter(lambda: src.read(1 << 20), b""):
                dst.write(block)
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _audit(engine, SERVER_ACTOR, "", "snapshot.export", meta, sid=meta.id)
    return meta
