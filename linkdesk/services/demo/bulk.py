"""Bulk inserts inside a unit of work: the same record, outbox and audit rows as UnitOfWork.add, batched."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Table
from sqlmodel import SQLModel

from linkdesk.store.tables import (
    Assessment,
    Client,
    Closure,
    Consent,
    ContactNote,
    Flag,
    FollowUp,
    Goal,
    GoalReview,
    MeasureAdministration,
    Need,
    Prescription,
    Referral,
)
from linkdesk.store.unit_of_work import UnitOfWork

# Parents before children, so foreign keys hold at every statement.
INSERT_ORDER: tuple[type[SQLModel], ...] = (
    Client, Referral, Consent, Assessment, Need, Goal, GoalReview, Prescription, FollowUp, ContactNote,
    MeasureAdministration, Flag, Closure,
)


def _tables_by_class() -> dict[type[SQLModel], Table]:
    """Records may come as table rows or as their records/ field families (validated, ~8x cheaper to make)."""
    found: dict[type[SQLModel], Table] = {}
    for model in INSERT_ORDER:
        table: Table = model.__table__  # type: ignore[attr-defined]
        base: type[SQLModel] = next(b for b in model.__mro__[1:] if b.__name__ == f"{model.__name__}Base")
        if set(base.model_fields) != {c.name for c in table.columns}:
            raise TypeError(f"{base.__name__} fields differ from the {table.name} columns")
        found[model] = found[base] = table
    return found


_TABLE_OF = _tables_by_class()


class BulkWriter:
    """Buffers new records per table and writes them through UnitOfWork.add_many in parent-first order.

    UnitOfWork.add flushes the session and reads the audit head once per record, about 2 ms each; a
    20,000-person caseload has ~500,000 records. add_many writes the same record, outbox and audit rows
    with one executemany per table, inside the same unit of work.
    """

    def __init__(self, uow: UnitOfWork, *, seed: int) -> None:
        self.uow = uow
        self._seed = seed
        self._rows: dict[str, list[SQLModel]] = defaultdict(list)
        self.added = 0

    def add(self, record: SQLModel) -> None:
        sa_table = _TABLE_OF.get(type(record))
        if sa_table is None:
            raise TypeError(f"BulkWriter does not write {type(record).__name__}")
        self._rows[sa_table.name].append(record)
        self.added += 1

    def flush(self) -> None:
        """Write everything added so far, parents before children."""
        for model in INSERT_ORDER:
            sa_table = _TABLE_OF[model]
            self.uow.add_many(sa_table, self._rows.pop(sa_table.name, []))
