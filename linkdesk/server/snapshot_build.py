"""Building a snapshot: the scope's state as a fresh device would hold it after paging from cursor 0.

The pages come from `pull.build_page` itself, so a snapshot holds exactly what paged pulls deliver (the
latest state of each record in scope, with its field versions, and the conflicts addressed to the
scope). Evictions and purges met on the way are applied here, as the device would, so the file needs
none: it is only ever applied to an empty replica. Its sequence number is the last page's `next_cursor`
(the committed high-water mark read by that page), from which incremental sync continues.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlmodel import Session, col

from linkdesk.protocol import PROTOCOL_VERSION, SCHEMA_VERSION
from linkdesk.protocol.snapshot_file import SnapshotWriter
from linkdesk.protocol.sync import MAX_BUDGET, PageItem
from linkdesk.server import state
from linkdesk.server.db import reading
from linkdesk.server.pull import build_page
from linkdesk.server.scopes import Scope
from linkdesk.server.sequence import CHANGE_SEQ, current_value
from linkdesk.server.snapshot_store import SnapshotMeta, SnapshotStore, snapshot_key
from linkdesk.server.sync_tables import ChangeLog

PAGE_ROWS = 10_000


@dataclass
class ScopeState:
    """Records (latest state by table and id) and conflicts, as a device applying the pages holds them."""

    records: dict[tuple[str, str], PageItem]
    conflicts: list[PageItem]
    seq: int = 0

    def apply(self, items: Iterable[PageItem]) -> None:
        for item in items:
            if item.kind == "record":
                self.records.pop((item.table, item.record_id), None)  # re-inserted: file order = seq order
                self.records[(item.table, item.record_id)] = item
            elif item.kind == "conflict":
                self.conflicts.append(item)
            else:  # evict a person, or purge a record (a purged person: the client row and its children)
                gone = item.record_id
                self.records = {k: v for k, v in self.records.items() if gone not in (k[1], v.client_id)}

    def items(self) -> list[PageItem]:
        return sorted([*self.records.values(), *self.conflicts], key=lambda i: i.seq)


def collect(session: Session, scope: Scope) -> ScopeState:
    found = ScopeState({}, [])
    while True:
        page = build_page(session, scope, found.seq, MAX_BUDGET, PAGE_ROWS)
        found.apply(page.items)
        found.seq = page.next_cursor
        if not page.has_more:
            return found


def worth_a_snapshot(session: Session, scope: Scope, min_rows: int) -> bool:
    """Whether the scope's log holds at least `min_rows` rows (counted through its audience index and no
    further than needed): below that, paged pulls cost about as much and need no file."""
    high = current_value(session, CHANGE_SEQ)
    rows = (
        select(col(ChangeLog.seq))
        .where(scope.log_filter(), col(ChangeLog.seq) <= high)
        .limit(min_rows)
        .subquery()
    )
    return int(session.execute(select(func.count()).select_from(rows)).scalar_one()) >= min_rows


def build(engine: Engine, store: SnapshotStore, scope: Scope, now_ms: int) -> SnapshotMeta:
    """Write a new snapshot of `scope` under `store` and publish it; returns its metadata."""
    snapshot_id = secrets.token_hex(16)
    with reading(engine) as session:
        found = collect(session, scope)
        server_key = state.token_key(session)
        incarnation = state.incarnation(session)
    items = found.items()
    store.ensure()
    path = store.building_path(snapshot_id)
    digest = hashlib.sha256()
    try:
        with path.open("wb") as out:
            writer = SnapshotWriter(
                out,
                snapshot_key(server_key, snapshot_id),
                snapshot_id=snapshot_id,
                seq=found.seq,
                items=len(items),
                protocol=PROTOCOL_VERSION,
                schema=SCHEMA_VERSION,
            )
            for item in items:
                writer.add(item)
            writer.close()
            out.flush()
            os.fsync(out.fileno())
        with path.open("rb") as done:
            for block in iter(lambda: done.read(1 << 20), b""):
                digest.update(block)
        meta = SnapshotMeta(
            id=snapshot_id,
            seq=found.seq,
            size=path.stat().st_size,
            sha256=digest.hexdigest(),
            items=len(items),
            user_id=scope.user_id,
            role=scope.role.value,
            team_id=scope.team_id,
            incarnation=incarnation,
            protocol_version=PROTOCOL_VERSION,
            schema_version=SCHEMA_VERSION,
            created_ms=now_ms,
        )
        store.publish(meta)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return meta
