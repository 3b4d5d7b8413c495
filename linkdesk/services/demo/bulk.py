"""Bulk inserts inside a unit of work: the same record, outbox and audit rows as UnitOfWork.add, batched."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Table, insert
from sqlmodel import SQLModel, col, select

from linkdesk.services.demo.ids import demo_id
from linkdesk.store.audit_chain import GENESIS_HASH, event_hash
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import (
    Assessment,
    AuditEvent,
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
from linkdesk.store.wire_values import record_fields

# Parents before children, so foreign keys hold at every statement.
INSERT_ORDER: tuple[type[SQLModel], ...] = (
    Client, Referral, Consent, Assessment, Need, Goal, GoalReview, Prescription, FollowUp, ContactNote,
    MeasureAdministration, Flag, Closure,
)
# Records may come as table rows or as their records/ field families (validated, and ~8x cheaper to make).
_TABLE_OF: dict[type[SQLModel], Table] = {}
for _model in INSERT_ORDER:
    _TABLE_OF[_model] = _model.__table__  # type: ignore[attr-defined]
    _base = next(b for b in _model.__mro__[1:] if b.__name__ == f"{_model.__name__}Base")
    if set(_base.model_fields) != {c.name for c in _model.__table__.columns}:  # type: ignore[attr-defined]
        raise TypeError(f"{_base.__name__} fields differ from the {_model.__tablename__} columns")
    _TABLE_OF[_base] = _model.__table__  # type: ignore[attr-defined]


class BulkWriter:
    """Writes new records through an open unit of work, one executemany per table per flush.

    UnitOfWork.add flushes the session and reads the audit head once per record, about 2 ms each; a
    20,000-person caseload has ~500,000 records. This writer produces exactly what add() would (the
    record with created_at/updated_at = now, an "insert" outbox change carrying every field at base 0
    with the actor's clock stamp, a "<table>.create" audit event chained onto the log) in the same
    transaction, so the unit of work still commits or rolls back everything together. The contract test
    in tests/services/test_demo_seed.py compares its rows with add()'s.
    """

    def __init__(self, uow: UnitOfWork, *, seed: int) -> None:
        self.uow = uow
        self._seed = seed
        self._rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._outbox: list[dict[str, Any]] = []
        self._audit: list[dict[str, Any]] = []
        last = uow.session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
        self._seq = last.seq if last else 0
        self._hash = last.hash if last else GENESIS_HASH
        self.added = 0

    def add(self, record: SQLModel) -> None:
        sa_table = _TABLE_OF.get(type(record))
        if sa_table is None:
            raise TypeError(f"BulkWriter does not write {type(record).__name__}")
        table = sa_table.name
        now = self.uow.now()
        actor = self.uow.actor
        record.created_at = now  # type: ignore[attr-defined]
        record.updated_at = now  # type: ignore[attr-defined]
        record_id = str(record.id)  # type: ignore[attr-defined]
        self._rows[table].append({c.name: getattr(record, c.name) for c in sa_table.columns})
        stamp = actor.stamp()
        self._outbox.append({
            "device_id": actor.device_id, "table_name": table, "record_id": record_id,
            "client_id": getattr(record, "client_id", None) or (record_id if table == "client" else None),
            "op": "insert",
            "fields": {name: {"value": value, "base": 0, "hlc": stamp}
                       for name, value in record_fields(record).items()},
            "hlc": stamp, "created_at": now,
        })
        self._seq += 1
        action = f"{table}.create"
        prev = self._hash
        self._hash = event_hash(prev, seq=self._seq, at=now, actor_id=actor.user_id, device_id=actor.device_id,
                                action=action, record_type=table, record_id=record_id)
        self._audit.append({
            "id": demo_id(self._seed, f"audit/{actor.device_id}", self._seq), "seq": self._seq, "at": now,
            "actor_id": actor.user_id, "device_id": actor.device_id, "action": action, "record_type": table,
            "record_id": record_id, "prev_hash": prev, "hash": self._hash,
        })
        self.uow.summary.created.append((table, record_id))
        self.uow.summary.outbox_rows += 1
        self.added += 1

    def flush(self) -> None:
        """Write everything added so far (records, then outbox changes in creation order, then audit)."""
        session = self.uow.session
        for model in INSERT_ORDER:
            sa_table = _TABLE_OF[model]
            rows = self._rows.pop(sa_table.name, None)
            if rows:
                session.execute(insert(sa_table), rows)
        if self._outbox:
            session.execute(insert(OutboxChange.__table__), self._outbox)  # type: ignore[attr-defined]
        if self._audit:
            session.execute(insert(AuditEvent.__table__), self._audit)  # type: ignore[attr-defined]
        self._outbox, self._audit = [], []
