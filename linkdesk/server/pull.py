"""A page of changes after the cursor for one scope, within the byte budget, in delivery (seq) order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from linkdesk.protocol.sync import ConflictInfo, FieldState, PageItem
from linkdesk.protocol.values import to_wire
from linkdesk.server.merge import ZERO_HLC
from linkdesk.server.scopes import Scope
from linkdesk.server.sequence import CHANGE_SEQ, current_value
from linkdesk.server.sync_tables import ChangeLog, Conflict
from linkdesk.server.tables import RECORD_TABLES, writable_fields


@dataclass
class Page:
    items: list[PageItem] = field(default_factory=list)
    next_cursor: int = 0
    has_more: bool = False


def record_item(table: str, row: Any, seq: int) -> PageItem:
    versions = row.field_versions or {}
    fields = {
        name: FieldState(
            value=to_wire(getattr(row, name)),
            version=int((versions.get(name) or [0])[0]),
            hlc=str((versions.get(name) or [0, ZERO_HLC])[1]),
        )
        for name in sorted(writable_fields(table))
    }
    client_id = str(row.id) if table == "client" else getattr(row, "client_id", None)
    return PageItem(
        seq=seq, kind="record", table=table, record_id=str(row.id), client_id=client_id, fields=fields
    )


def _item(session: Session, scope: Scope, entry: ChangeLog, seen: set[tuple[str, str]]) -> PageItem | None:
    if entry.kind in ("evict", "purge"):
        return PageItem(
            seq=entry.seq,
            kind=entry.kind,
            table=entry.table_name,
            record_id=entry.record_id,
            client_id=entry.client_id,
        )
    if entry.kind == "conflict":
        c = session.get(Conflict, entry.record_id)
        if c is None:
            return None
        info = ConflictInfo(
            id=c.id,
            field=c.field,
            winner_value=c.winner_value,
            loser_value=c.loser_value,
            winner_user=c.winner_user,
            loser_user=c.loser_user,
            winner_device=c.winner_device,
            loser_device=c.loser_device,
            winner_hlc=c.winner_hlc,
            loser_hlc=c.loser_hlc,
            at_ms=int(c.at.timestamp() * 1000),
        )
        return PageItem(
            seq=entry.seq,
            kind="conflict",
            table=c.table_name,
            record_id=c.record_id,
            client_id=c.client_id,
            conflict=info,
        )
    key = (entry.table_name, entry.record_id)
    row = session.get(RECORD_TABLES[entry.table_name], entry.record_id)
    if key in seen or row is None or not scope.covers(row.scope_owner_id, row.scope_team_id):
        return None  # already in this page, purged since, or no longer in scope (an eviction follows)
    seen.add(key)
    return record_item(entry.table_name, row, entry.seq)


def build_page(session: Session, scope: Scope, cursor: int, budget: int, rows: int) -> Page:
    """Read the committed high-water mark first, then only log rows at or below it: a transaction that
    commits meanwhile is picked up next time, never skipped."""
    high = current_value(session, CHANGE_SEQ)
    entries = list(
        session.exec(
            select(ChangeLog)
            .where(scope.log_filter(), col(ChangeLog.seq) > cursor, col(ChangeLog.seq) <= high)
            .order_by(col(ChangeLog.seq))
            .limit(rows)
        )
    )
    page = Page(next_cursor=cursor)
    size, seen = 0, set[tuple[str, str]]()
    for entry in entries:
        item = _item(session, scope, entry, seen)
        if item is not None:
            n = len(item.model_dump_json())
            if page.items and size + n > budget:
                page.has_more = True
                return page
            page.items.append(item)
            size += n
        page.next_cursor = entry.seq
    if len(entries) == rows:
        page.has_more = True
    else:
        page.next_cursor = max(cursor, high)
    return page
