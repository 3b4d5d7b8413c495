"""Appending to the change log: the next sequence number and the audience the entry is delivered to."""

from __future__ import annotations

from sqlmodel import Session

from linkdesk.server.scopes import Audience
from linkdesk.server.sequence import CHANGE_SEQ, next_value
from linkdesk.server.sync_tables import ChangeLog


def append_entry(
    session: Session, kind: str, table: str, record_id: str, audience: Audience, *, seq: int | None = None
) -> ChangeLog:
    """Inside the caller's transaction, which holds the sequence lock (delivery follows commit order). `seq`:
    a number the caller took from the counter itself (a batch stores the counter once, at its end)."""
    entry = ChangeLog(
        seq=next_value(session, CHANGE_SEQ) if seq is None else seq,
        kind=kind,
        table_name=table,
        record_id=record_id,
        client_id=audience.client_id,
        owner_id=audience.owner_id,
        team_id=audience.team_id,
    )
    session.add(entry)
    return entry
