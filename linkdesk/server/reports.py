"""Region-wide report figures computed in SQL on the server database (PostgreSQL or SQLite).

The same queries as the desktop (records/reporting) over the server's record tables; every person the
server holds is counted. Outcome change covers the built-in instruments.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from linkdesk.domain.instrument_loader import load_builtin_instruments
from linkdesk.domain.reporting.figures import Report
from linkdesk.domain.reporting.outcome_keys import all_outcome_keys
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.paths import RESOURCES_DIR
from linkdesk.records.reporting import ReportScope, ReportTables, build_report
from linkdesk.records.types import utcnow
from linkdesk.server.tables import (
    Assessment,
    Client,
    ContactNote,
    Goal,
    MeasureAdministration,
    Need,
    Prescription,
    Referral,
)

TABLES = ReportTables.from_models(
    [Client, Referral, Assessment, Need, Prescription, Goal, ContactNote, MeasureAdministration]
)


def region_report(conn: Connection, period: ReportPeriod, *, now: datetime | None = None) -> Report:
    """Every person the server holds, all teams."""
    keys = all_outcome_keys(load_builtin_instruments(RESOURCES_DIR).values())
    return build_report(conn, TABLES, period, keys, scope=ReportScope("region"), generated_at=now or utcnow())
