"""SQL pieces the report queries share: the period as conditions and day differences on both databases."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.records.types import UtcDateTime


class days_between(FunctionElement[int]):  # noqa: N801 - an SQL function, named like one
    """days_between(day, moment, offset_minutes): whole days from `day` to the local date of `moment`.

    `moment` is stored as UTC; its local date is read `offset_minutes` from UTC.
    """

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    day, moment, offset = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(julianday(date({moment}, ({offset}) || ' minutes')) - julianday({day}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_between_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    day, moment, offset = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"(CAST({moment} + make_interval(mins => CAST({offset} AS INTEGER)) AS DATE) - {day})"


def offset_param(period: ReportPeriod) -> ColumnElement[int]:
    return bindparam("utc_offset_minutes", period.utc_offset_minutes, type_=Integer())


def in_period_moment(column: ColumnElement[datetime], period: ReportPeriod) -> list[ColumnElement[bool]]:
    """`column` (an aware UTC datetime column) falls inside the period."""
    conditions: list[ColumnElement[bool]] = []
    if period.start_utc is not None:
        conditions.append(column >= bindparam(None, period.start_utc, type_=UtcDateTime()))
    if period.end_utc is not None:
        conditions.append(column < bindparam(None, period.end_utc, type_=UtcDateTime()))
    return conditions


def in_period_day(column: ColumnElement[date], period: ReportPeriod) -> list[ColumnElement[bool]]:
    """`column` (a calendar date) falls inside the period."""
    conditions: list[ColumnElement[bool]] = []
    if period.start is not None:
        conditions.append(column >= period.start)
    if period.end is not None:
        conditions.append(column <= period.end)
    return conditions
