"""A page of changes after the cursor for one scope, within the byte budget, in delivery (seq) order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlmodel import Session, col, select

from linkdesk.protocol.sync import ConflictInfo, PageItem
from linkdesk.protocol.values import to_wire
from linkdesk.server.merge import ZERO_HLC
from linkdesk.server.scopes import Scope
from linkdesk.server.sequence import CHANGE_SEQ, current_value
from linkdesk.server.sync_tables import ChangeLog, Conflict
from linkdesk.server.tables import RECORD_TABLES, field_order


@dataclass
class Page:
    items: list[PageItem] = field(default_factory=list)
    next_cursor: int = 0
    has_more: bool = False
    high_water: int = 0


_PLAIN = frozenset({str, int, float, bool, type(None)})  # already wire values: to_wire is skipped


@cache
def _positions(table: str) -> tuple[tuple[str, int], ...]:
    """(field, index in the row) for a table's page fields: rows (`select` of the whole table, columns in
    table order) are read by position, not by name."""
    columns = list(RECORD_TABLES[table].__table__.columns.keys())
    return tuple((name, columns.index(name)) for name in field_order(table))


def record_item(table: str, row: Any, seq: int) -> PageItem:
    """A stored record as a page item, validated in one call from plain values (27 FieldState objects
    built one by one were most of a page's cost; then per-field attribute lookups and conversions)."""
    versions = row.field_versions or {}
    fields = {}
    for name, index in _positions(table):
        value = row[index]
        if type(value) not in _PLAIN:
            value = to_wire(value)
        stamp = versions.get(name) or (0, ZERO_HLC)
        fields[name] = {"value": value, "version": stamp[0], "hlc": stamp[1]}
    client_id = str(row.id) if table == "client" else getattr(row, "client_id", None)
    return PageItem.model_validate(
        {
            "seq": seq,
            "kind": "record",
            "table": table,
            "record_id": str(row.id),
            "client_id": client_id,
            "fields": fields,
        }
    )


def _item(
    session: Session,
    scope: Scope,
    entry: Any,  # a change_log row (columns as attributes)
    seen: dict[tuple[str, str], str | None],
    rows: dict[tuple[str, str], Any],
    *,
    own: str | None = None,
) -> PageItem | None:
    if entry.kind in ("evict", "purge"):
        # The device drops the person here; if they come back later in this page, send them again.
        gone = entry.client_id or entry.record_id
        for key in [k for k, person in seen.items() if gone in (person, k[1])]:
            del seen[key]
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
    if own is not None and entry.origin_device_id == own:
        return None  # this device's own change, stored as it sent it: it already holds the result
    key = (entry.table_name, entry.record_id)
    row = rows.get(key)
    if key in seen or row is None or not scope.covers(row.scope_owner_id, row.scope_team_id):
        return None  # already in this page, purged since, or no longer in scope (an eviction follows)
    item = record_item(entry.table_name, row, entry.seq)
    seen[key] = item.client_id
    return item


def _load_rows(session: Session, entries: Sequence[Any]) -> dict[tuple[str, str], Any]:
    """The current rows of the record entries: one query per table, not one per entry. Plain rows (columns
    as attributes, values typed), not ORM objects: a page only reads them, and building a few hundred
    model instances per page cost more than the queries."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        if entry.kind == "record" and entry.table_name in RECORD_TABLES:
            wanted.setdefault(entry.table_name, set()).add(entry.record_id)
    found: dict[tuple[str, str], Any] = {}
    for name, ids in wanted.items():
        table = RECORD_TABLES[name]
        columns = table.__table__
        for row in session.execute(select(columns).where(columns.c.id.in_(ids))).all():
            found[(name, str(row.id))] = row
    return found


def first_chunk(budget: int, rows: int) -> int:
    """Log rows to read first: about what the budget holds (records are rarely under 2 KB as JSON)."""
    return max(16, min(rows, budget // 2048))


def build_page(
    session: Session,
    scope: Scope,
    cursor: int,
    budget: int,
    rows: int,
    *,
    device_id: str | None = None,
) -> Page:
    """Read the committed high-water mark first, then only log rows at or below it: a transaction that
    commits meanwhile is picked up next time, never skipped. At most `rows` log rows are read, in chunks
    that start near what the byte budget holds, so a page costs the same whatever the log's length.
    With `device_id`, that device's own changes the server stored exactly as sent are skipped (the echo)."""
    high = current_value(session, CHANGE_SEQ)
    page = Page(next_cursor=cursor, high_water=high)
    size, seen = 0, dict[tuple[str, str], str | None]()
    after, read, chunk = cursor, 0, first_chunk(budget, rows)
    while True:
        limit = min(chunk, rows - read)
        entries = session.execute(
            select(ChangeLog.__table__)  # type: ignore[attr-defined]
            .where(scope.log_filter(), col(ChangeLog.seq) > after, col(ChangeLog.seq) <= high)
            .order_by(col(ChangeLog.seq))
            .limit(limit)
        ).all()
        read += len(entries)
        loaded = _load_rows(session, entries)
        for entry in entries:
            item = _item(session, scope, entry, seen, loaded, own=device_id)
            if item is not None:
                n = len(item.model_dump_json())
                if page.items and size + n > budget:
                    page.has_more = True
                    return page
                page.items.append(item)
                size += n
            page.next_cursor = entry.seq
        if len(entries) < limit:
            page.next_cursor = max(cursor, high)
            return page
        if read >= rows:
            page.has_more = True
            return page
        after, chunk = entries[-1].seq, chunk * 2
