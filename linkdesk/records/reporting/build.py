"""The report's figures, each one SQL aggregate over the record tables (see domain/reporting/period.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, case, exists, func, select
from sqlalchemy.sql import ColumnElement, Select

from linkdesk.domain.enums import (
    ContactMode,
    GoalStatus,
    NeedDomain,
    NeedLevel,
    PrescriptionKind,
    PrescriptionStatus,
    ReferralSource,
)
from linkdesk.domain.reporting.figures import (
    Completion,
    ContactsFigure,
    Count,
    FirstContactFigure,
    GoalsFigure,
    NeedRow,
    NeedsFigure,
    PrescriptionCell,
    PrescriptionsFigure,
    ReferralsFigure,
    Report,
)
from linkdesk.domain.reporting.outcome_keys import OutcomeKey
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.records.reporting.pairs import outcome_rows
from linkdesk.records.reporting.sql import days_between, in_period_day, in_period_moment, offset_param

TABLE_NAMES = (
    "client",
    "referral",
    "assessment",
    "need",
    "prescription",
    "goal",
    "contact_note",
    "measure_administration",
)


@dataclass(frozen=True)
class ReportTables:
    """The record tables of one database (desktop store or server), by table name."""

    tables: Mapping[str, Table]

    @classmethod
    def from_models(cls, models: Sequence[Any]) -> ReportTables:
        found = {model.__tablename__: model.__table__ for model in models}
        missing = [name for name in TABLE_NAMES if name not in found]
        if missing:
            raise ValueError(f"report tables missing: {missing}")
        return cls({name: found[name] for name in TABLE_NAMES})

    def __getitem__(self, name: str) -> Table:
        return self.tables[name]


@dataclass(frozen=True)
class ReportScope:
    """Whose people: everyone in the database, or one worker's or one team's assigned people."""

    label: str  # "own", "team" or "region"
    worker_id: str | None = None
    team_id: str | None = None


class _Query:
    def __init__(self, conn: Connection, tables: ReportTables, scope: ReportScope, period: ReportPeriod):
        self.conn, self.t, self.scope, self.period = conn, tables, scope, period

    def people(self, table: Table) -> Select[Any]:
        """FROM `table` joined to its (not deleted, in scope) person, leaving deleted rows out."""
        client = self.t["client"]
        conditions: list[ColumnElement[bool]] = [client.c.deleted.is_(False), table.c.deleted.is_(False)]
        if self.scope.worker_id is not None:
            conditions.append(client.c.assigned_worker_id == self.scope.worker_id)
        if self.scope.team_id is not None:
            conditions.append(client.c.team_id == self.scope.team_id)
        return select().select_from(table.join(client, client.c.id == table.c.client_id)).where(*conditions)

    def rows(self, stmt: Select[Any]) -> list[Any]:
        return list(self.conn.execute(stmt).all())


def _counts(found: Mapping[str, int], codes: Sequence[str]) -> tuple[Count, ...]:
    return tuple(Count(code, int(found.get(code, 0))) for code in codes)


def _referrals(q: _Query) -> tuple[ReferralsFigure, FirstContactFigure]:
    r = q.t["referral"]
    base = q.people(r).where(*in_period_day(r.c.received_on, q.period))
    by_source = dict(q.rows(base.add_columns(r.c.source, func.count()).group_by(r.c.source)))
    referrals = ReferralsFigure(_counts(by_source, [s.value for s in ReferralSource]))
    days = days_between(r.c.received_on, r.c.first_contact_at, offset_param(q.period)).label("days")
    waited = q.rows(
        base.where(r.c.first_contact_at.is_not(None)).add_columns(days, func.count()).group_by(days)
    )
    first = FirstContactFigure(referrals.total, {int(d): int(n) for d, n in waited})
    return referrals, first


def _needs(q: _Query) -> NeedsFigure:
    a, n = q.t["assessment"], q.t["need"]
    rank = (
        func.row_number()
        .over(
            partition_by=a.c.client_id,
            order_by=(a.c.assessed_on.desc(), a.c.created_at.desc(), a.c.id.desc()),
        )
        .label("rank")
    )
    ranked = q.people(a).where(*in_period_day(a.c.assessed_on, q.period)).add_columns(a.c.id, rank).subquery()
    latest = select(ranked.c.id).where(ranked.c.rank == 1).subquery()
    assessed = q.conn.execute(select(func.count()).select_from(latest)).scalar_one()
    found = q.rows(
        select(n.c.domain, n.c.level, func.count(n.c.client_id.distinct()))
        .select_from(n.join(latest, latest.c.id == n.c.assessment_id))
        .where(n.c.deleted.is_(False), n.c.level != NeedLevel.NONE.value)
        .group_by(n.c.domain, n.c.level)
    )
    cells = {(str(domain), str(level)): int(count) for domain, level, count in found}
    rows = tuple(
        NeedRow(
            d.value,
            cells.get((d.value, NeedLevel.HIGH.value), 0),
            cells.get((d.value, NeedLevel.MEDIUM.value), 0),
            cells.get((d.value, NeedLevel.LOW.value), 0),
        )
        for d in NeedDomain
    )
    return NeedsFigure(int(assessed), rows)


def _prescriptions(q: _Query) -> PrescriptionsFigure:
    p = q.t["prescription"]
    sent = func.sum(case((p.c.sent_at.is_not(None), 1), else_=0))
    found = q.rows(
        q.people(p)
        .where(*in_period_moment(p.c.created_at, q.period))
        .add_columns(p.c.kind, p.c.status, func.count(), sent)
        .group_by(p.c.kind, p.c.status)
    )
    counts = {(str(k), str(s)): (int(c), int(x or 0)) for k, s, c, x in found}
    cells = tuple(
        PrescriptionCell(k.value, s.value, counts.get((k.value, s.value), (0, 0))[0])
        for k in PrescriptionKind
        for s in PrescriptionStatus
    )
    completion = tuple(
        Completion(
            k.value,
            made=sum(c for (kind, _s), (c, _x) in counts.items() if kind == k.value),
            sent=sum(x for (kind, _s), (_c, x) in counts.items() if kind == k.value),
            completed=counts.get((k.value, PrescriptionStatus.COMPLETED.value), (0, 0))[0],
        )
        for k in PrescriptionKind
    )
    return PrescriptionsFigure(cells, completion)


def _goals(q: _Query) -> GoalsFigure:
    g = q.t["goal"]
    made = dict(
        q.rows(
            q.people(g)
            .where(*in_period_moment(g.c.created_at, q.period))
            .add_columns(g.c.status, func.count())
            .group_by(g.c.status)
        )
    )
    reached = dict(
        q.rows(
            q.people(g)
            .where(
                g.c.status.in_([GoalStatus.ACHIEVED.value, GoalStatus.PARTLY_ACHIEVED.value]),
                *in_period_moment(g.c.status_changed_at, q.period),
            )
            .add_columns(g.c.status, func.count())
            .group_by(g.c.status)
        )
    )
    return GoalsFigure(
        _counts(made, [s.value for s in GoalStatus]),
        int(reached.get(GoalStatus.ACHIEVED.value, 0)),
        int(reached.get(GoalStatus.PARTLY_ACHIEVED.value, 0)),
    )


def _contacts(q: _Query) -> ContactsFigure:
    note = q.t["contact_note"]
    newer = note.alias("newer")
    current = ~exists().where(newer.c.supersedes_id == note.c.id, newer.c.deleted.is_(False))
    base = q.people(note).where(current, *in_period_moment(note.c.occurred_at, q.period))
    timed = func.sum(case((note.c.duration_minutes > 0, 1), else_=0))
    found = q.rows(
        base.add_columns(note.c.mode, func.count(), timed, func.sum(note.c.duration_minutes)).group_by(
            note.c.mode
        )
    )
    people = q.conn.execute(base.add_columns(func.count(note.c.client_id.distinct()))).scalar_one()
    by_mode = _counts({str(m): int(c) for m, c, _t, _s in found}, [m.value for m in ContactMode])
    return ContactsFigure(
        by_mode,
        people=int(people),
        with_duration=sum(int(t or 0) for _m, _c, t, _s in found),
        minutes=sum(int(s or 0) for _m, _c, _t, s in found),
    )


def build_report(
    conn: Connection,
    tables: ReportTables,
    period: ReportPeriod,
    outcome_keys: Sequence[OutcomeKey],
    *,
    scope: ReportScope,
    generated_at: datetime,
) -> Report:
    q = _Query(conn, tables, scope, period)
    referrals, first_contact = _referrals(q)
    measures = q.t["measure_administration"]
    return Report(
        period=period,
        generated_at=generated_at,
        scope=scope.label,
        referrals=referrals,
        needs=_needs(q),
        prescriptions=_prescriptions(q),
        first_contact=first_contact,
        goals=_goals(q),
        contacts=_contacts(q),
        outcomes=outcome_rows(q.conn, q.people(measures), measures, period, outcome_keys),
    )
