"""Running the report on the local encrypted store and exporting it.

The device holds exactly the people in its user's scope (own caseload, or the team after a supervisor's
sync), so "everyone on this device" is the worker's caseload or the supervisor's team. A worker filter
narrows it to one assigned worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import func, select

from linkdesk.domain.reporting.figures import Report
from linkdesk.domain.reporting.outcome_keys import all_outcome_keys
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.interop.exports.report_csv import write_report_csv
from linkdesk.records.reporting import ReportScope, ReportTables, build_report
from linkdesk.services.context import ServiceContext
from linkdesk.store.tables import (
    Assessment,
    Client,
    ContactNote,
    Goal,
    MeasureAdministration,
    Need,
    Prescription,
    Referral,
    StaffMember,
)

_CLIENT = Client.__table__.c  # type: ignore[attr-defined]
TABLES = ReportTables.from_models(
    [Client, Referral, Assessment, Need, Prescription, Goal, ContactNote, MeasureAdministration]
)


@dataclass(frozen=True)
class WorkerChoice:
    worker_id: str
    display_name: str  # the staff member's name when the device knows it, else ""
    people: int


def local_period(start: date | None, end: date | None) -> ReportPeriod:
    """A period read on this computer's calendar (its UTC offset on the first day of the period)."""
    first = datetime.combine(start or date.today(), time(12)).astimezone()
    offset = first.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return ReportPeriod(start, end, minutes)


def _scope_label(ctx: ServiceContext, worker_id: str | None) -> str:
    if worker_id is not None:
        return "own" if worker_id == ctx.actor.user_id else "worker"
    with ctx.read() as session:
        others = (
            session.connection()
            .execute(
                select(func.count()).where(
                    _CLIENT.deleted.is_(False), _CLIENT.assigned_worker_id != ctx.actor.user_id
                )
            )
            .scalar_one()
        )
    return "team" if others else "own"


def run_report(ctx: ServiceContext, period: ReportPeriod, *, worker_id: str | None = None) -> Report:
    """Every figure for the people on this device (or one worker's), in the period."""
    scope = ReportScope(_scope_label(ctx, worker_id), worker_id=worker_id)
    with ctx.read() as session:
        return build_report(
            session.connection(),
            TABLES,
            period,
            all_outcome_keys(ctx.instruments.values()),
            scope=scope,
            generated_at=ctx.now(),
        )


def workers_on_device(ctx: ServiceContext) -> list[WorkerChoice]:
    """The workers people on this device are assigned to, with how many people each (for the filter)."""
    staff = StaffMember.__table__.c  # type: ignore[attr-defined]
    with ctx.read() as session:
        conn = session.connection()
        counts = conn.execute(
            select(_CLIENT.assigned_worker_id, func.count())
            .where(_CLIENT.deleted.is_(False), _CLIENT.assigned_worker_id.is_not(None))
            .group_by(_CLIENT.assigned_worker_id)
        ).all()
        names = {str(i): str(n) for i, n in conn.execute(select(staff.id, staff.display_name)).all()}
    return sorted(
        (WorkerChoice(str(w), names.get(str(w), ""), int(n)) for w, n in counts),
        key=lambda c: (c.display_name.casefold() or "~", c.worker_id),
    )


def export_report_csv(ctx: ServiceContext, report: Report, path: Path, *, deidentified: bool) -> Path:
    """Writes the report's figures as CSV (aggregates only) and records the export in the audit log."""
    written = write_report_csv(report, path, deidentified=deidentified)
    with ctx.write() as uow:
        uow.audit_access(
            "report.export_deidentified" if deidentified else "report.export", "report", report.scope
        )
    return written
