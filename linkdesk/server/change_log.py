"""Appending to the change log: the next sequence number and the audience the entry is delivered to."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session

from linkdesk.server.scopes import Audience
from linkdesk.server.sequence import CHANGE_SEQ, next_value
from linkdesk.server.sync_tables import ChangeLog


def entry_values(kind: str, table: str, record_id: str, audience: Audience, seq: int) -> dict[str, Any]:
    """One change-log row as column values (a pushed batch writes its rows together, `insert_entries`)."""
    return {
        "seq": seq,
        "kind": kind,
        "table_name": table,
        "record_id": record_id,
        "client_id": audience.client_id,
        "owner_id": audience.owner_id,
        "team_id": audience.team_id,
        "origin_device_id": None,
    }


def insert_entries(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Rows from `entry_values` in one statement, inside the transaction that numbered them."""
    if rows:
        session.execute(insert(ChangeLog.__table__), list(rows))  # type: ignore[attr-defined]


def append_entry(session: Session, kind: str, table: str, record_id: str, audience: Audience) -> ChangeLog:
    """Inside the caller's transaction, which holds the sequence lock (delivery follows commit order)."""
    entry = ChangeLog(**entry_values(kind, table, record_id, audience, next_value(session, CHANGE_SEQ)))
    session.add(entry)
    return entry
