"""Paired baseline / follow-up change per instrument item or total, aggregated in SQL.

A pair, per person and instrument version: the person's first baseline administration, and their last
follow-up or discharge administration that happened in the period, when it came after that baseline.
Items not answered at both are left out of that item's pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Connection, Float, Table, case, func, select
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import Subquery

from linkdesk.domain.enums import Timepoint
from linkdesk.domain.instruments import TOTAL_KEY, Direction
from linkdesk.domain.reporting.figures import OutcomeRow
from linkdesk.domain.reporting.outcome_keys import OutcomeKey, Source
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.records.reporting.sql import in_period_moment

_PAIR_COLUMNS = ("answers", "scores", "external_total", "administered_at")


def _ranked(people: Select[Any], m: Table, *conditions: ColumnElement[bool], latest: bool) -> Subquery:
    """Per person and instrument version, the first (or, with `latest`, the last) matching administration."""
    order = (m.c.administered_at.desc(), m.c.id.desc()) if latest else (m.c.administered_at, m.c.id)
    rank = func.row_number().over(
        partition_by=(m.c.client_id, m.c.instrument_id, m.c.instrument_version), order_by=order
    )
    columns = [m.c.client_id, m.c.instrument_id, m.c.instrument_version, *(m.c[c] for c in _PAIR_COLUMNS)]
    ranked = people.where(*conditions).add_columns(*columns, rank.label("rank")).subquery()
    return select(*(ranked.c[c.name] for c in columns)).where(ranked.c.rank == 1).subquery()


def _pairs(people: Select[Any], m: Table, period: ReportPeriod) -> Subquery:
    base = _ranked(people, m, m.c.timepoint == Timepoint.BASELINE.value, latest=False)
    later = _ranked(
        people,
        m,
        m.c.timepoint.in_([Timepoint.FOLLOW_UP.value, Timepoint.DISCHARGE.value]),
        *in_period_moment(m.c.administered_at, period),
        latest=True,
    )
    return (
        select(
            base.c.instrument_id,
            base.c.instrument_version,
            *(base.c[c].label(f"b_{c}") for c in _PAIR_COLUMNS),
            *(later.c[c].label(f"f_{c}") for c in _PAIR_COLUMNS),
        )
        .select_from(
            base.join(
                later,
                (later.c.client_id == base.c.client_id)
                & (later.c.instrument_id == base.c.instrument_id)
                & (later.c.instrument_version == base.c.instrument_version),
            )
        )
        .where(later.c.administered_at > base.c.administered_at)
        .subquery()
    )


def _value(pairs: Subquery, prefix: str, key: OutcomeKey) -> ColumnElement[Any]:
    if key.source is Source.ANSWER:
        return cast(ColumnElement[Any], pairs.c[f"{prefix}_answers"][key.key].as_float())
    if key.source is Source.SCORE_TOTAL:
        return cast(ColumnElement[Any], pairs.c[f"{prefix}_scores"][TOTAL_KEY].as_float())
    return pairs.c[f"{prefix}_external_total"].cast(Float)


def _aggregates(pairs: Subquery, key: OutcomeKey) -> list[ColumnElement[Any]]:
    """count, sum of baselines, sum of follow-ups, improved, worsened: over pairs with both values.

    SQL's NULL does the filtering: `after - before` is NULL unless both are there (COUNT and SUM skip
    it), and a comparison with NULL is not true (so CASE gives 0).
    """
    before, after = _value(pairs, "b", key), _value(pairs, "f", key)
    better, worse = (after > before, after < before)
    if key.direction is Direction.LOWER_BETTER:
        better, worse = worse, better
    return [
        func.count(after - before),
        func.sum(before + 0 * after),
        func.sum(after + 0 * before),
        func.sum(case((better, 1), else_=0)),
        func.sum(case((worse, 1), else_=0)),
    ]


def _execute(conn: Connection, stmt: Select[Any]) -> Sequence[Any]:
    """SQLite plans this join quadratically when the period bounds are bound parameters (measured: 1.8 s
    instead of 0.2 s for 300 people); with the values written into the statement it indexes the join.
    Every value here is a date, an enum code or an instrument code (validated, and quoted by SQLAlchemy)."""
    if conn.dialect.name == "sqlite":
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        return conn.exec_driver_sql(sql).all()
    return conn.execute(stmt).all()


def outcome_rows(
    conn: Connection, people: Select[Any], measures: Table, period: ReportPeriod, keys: Sequence[OutcomeKey]
) -> tuple[OutcomeRow, ...]:
    """One grouped query for every key. (Filtering the pairs by instrument instead would stop SQLite
    from indexing the join of the two ranked sets, making it quadratic.)"""
    if not keys:
        return ()
    pairs = _pairs(people, measures, period)
    group = (pairs.c.instrument_id, pairs.c.instrument_version)
    columns = [column for key in keys for column in _aggregates(pairs, key)]
    found = {(str(r[0]), str(r[1])): r[2:] for r in _execute(conn, select(*group, *columns).group_by(*group))}
    rows = []
    for index, key in enumerate(keys):
        sums = found.get((key.instrument_id, key.instrument_version))
        n, b_sum, f_sum, improved, worsened = sums[5 * index : 5 * index + 5] if sums else (0, 0, 0, 0, 0)
        rows.append(
            OutcomeRow(
                key.instrument_id,
                key.instrument_version,
                key.key,
                key.direction,
                n=int(n or 0),
                baseline_sum=float(b_sum or 0),
                follow_up_sum=float(f_sum or 0),
                improved=int(improved or 0),
                worsened=int(worsened or 0),
            )
        )
    return tuple(rows)
