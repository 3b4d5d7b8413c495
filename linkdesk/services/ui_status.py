"""The status bar's facts: how many local changes wait for the server."""

from __future__ import annotations

from sqlalchemy import func, select

from linkdesk.services.context import ServiceContext
from linkdesk.store.sync_tables import OutboxChange


def unsynced_change_count(ctx: ServiceContext) -> int:
    with ctx.read() as session:
        return int(session.execute(select(func.count()).select_from(OutboxChange)).scalar_one())
