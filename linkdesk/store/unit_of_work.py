"""Unit of work (the only commit point): a record, its outbox change and its audit event commit together."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Table, insert
from sqlmodel import Session, SQLModel, select

from linkdesk.records.types import utcnow
from linkdesk.store.audit_chain import append_event, chain_head, chained_event
from linkdesk.store.sync_tables import FieldVersion, OutboxChange
from linkdesk.store.tables import AuditEvent
from linkdesk.store.wire_values import record_fields, to_wire

R = TypeVar("R", bound=SQLModel)


@dataclass(frozen=True)
class Actor:
    """Who is writing, from which device; stamps come from the device's hybrid logical clock."""

    user_id: str
    device_id: str
    stamp: Callable[[], str]


@dataclass
class ChangeSummary:
    """What a unit of work changed: (table, record id) pairs, for the UI to refresh from."""

    created: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    outbox_rows: int = 0


def _table(record: SQLModel) -> str:
    return str(type(record).__tablename__)


class UnitOfWork:
    """Collects writes in one session; the store commits them in a single transaction."""

    def __init__(self, session: Session, actor: Actor, now: Callable[[], datetime] = utcnow) -> None:
        self.session = session
        self.actor = actor
        self.now = now
        self.summary = ChangeSummary()

    def get(self, model: type[R], record_id: str) -> R | None:
        return self.session.get(model, record_id)

    def add(self, record: R, *, action: str | None = None) -> R:
        """Insert a new record (editable or append-only): the whole record travels as one change."""
        now = self.now()
        if hasattr(record, "created_at"):
            record.created_at = now
            record.updated_at = now
        self.session.add(record)
        self.session.flush()
        values = record_fields(record)
        self._outbox(record, "insert", {k: (v, 0) for k, v in values.items()})
        self._audit(action or f"{_table(record)}.create", record)
        self.summary.created.append((_table(record), str(getattr(record, "id", ""))))
        return record

    def add_many(self, table: Table, records: Sequence[SQLModel]) -> None:
        """Insert many new records of one table: the same rows as add() gives, one executemany per table.

        For bulk loads (a demo caseload, an import). `records` may be table rows or instances of the
        table's records/ field family; parents must be inserted before their children.
        """
        if not records:
            return
        now = self.now()
        columns = [c.name for c in table.columns]
        rows, outbox, audit = [], [], []
        seq, prev = chain_head(self.session)
        for record in records:
            if hasattr(record, "created_at"):
                record.created_at = now
                record.updated_at = now
            rows.append({name: getattr(record, name) for name in columns})
            values = record_fields(record)
            outbox.append(
                self._outbox_values(table.name, record, "insert", {k: (v, 0) for k, v in values.items()})
            )
            event = chained_event(
                seq,
                prev,
                at=now,
                actor_id=self.actor.user_id,
                device_id=self.actor.device_id,
                action=f"{table.name}.create",
                record_type=table.name,
                record_id=str(getattr(record, "id", "")),
            )
            seq, prev = event.seq, event.hash
            audit.append(event.model_dump())
            self.summary.created.append((table.name, str(getattr(record, "id", ""))))
        self.session.flush()
        self.session.execute(insert(table), rows)
        self.session.execute(insert(OutboxChange.__table__), outbox)  # type: ignore[attr-defined]
        self.session.execute(insert(AuditEvent.__table__), audit)  # type: ignore[attr-defined]
        self.summary.outbox_rows += len(outbox)

    def update(self, record: R, changes: Mapping[str, Any], *, action: str | None = None) -> list[str]:
        """Apply field changes; only fields whose value really changes travel, each with its base version."""
        model_fields = type(record).model_fields
        changed: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in model_fields or name in ("id", "created_at", "updated_at"):
                raise KeyError(name)
            if getattr(record, name) != value:
                setattr(record, name, value)
                changed[name] = value
        if not changed:
            return []
        record.updated_at = self.now()
        self.session.add(record)
        self.session.flush()
        bases = self._base_versions(_table(record), str(getattr(record, "id", "")))
        self._outbox(record, "update", {k: (to_wire(v), bases.get(k, 0)) for k, v in changed.items()})
        self._audit(action or f"{_table(record)}.update", record)
        self.summary.updated.append((_table(record), str(getattr(record, "id", ""))))
        return sorted(changed)

    def soft_delete(self, record: R, *, action: str | None = None) -> None:
        self.update(record, {"deleted": True}, action=action or f"{_table(record)}.delete")

    def audit_access(self, action: str, record_type: str, record_id: str) -> None:
        """Record a read of personal information (an audit event with no outbox change)."""
        append_event(
            self.session,
            at=self.now(),
            actor_id=self.actor.user_id,
            device_id=self.actor.device_id,
            action=action,
            record_type=record_type,
            record_id=record_id,
        )

    def _base_versions(self, table: str, record_id: str) -> dict[str, int]:
        rows = self.session.exec(
            select(FieldVersion).where(FieldVersion.table_name == table, FieldVersion.record_id == record_id)
        )
        return {row.field: row.version for row in rows}

    def _outbox_values(
        self, table: str, record: SQLModel, op: str, fields: Mapping[str, tuple[Any, int]]
    ) -> dict[str, Any]:
        """One outbox change: each field's new value with the version it was based on and a clock stamp."""
        stamp = self.actor.stamp()
        record_id = str(getattr(record, "id", ""))
        return {
            "device_id": self.actor.device_id,
            "table_name": table,
            "record_id": record_id,
            "client_id": getattr(record, "client_id", None) or (record_id if table == "client" else None),
            "op": op,
            "fields": {
                name: {"value": value, "base": base, "hlc": stamp} for name, (value, base) in fields.items()
            },
            "hlc": stamp,
            "created_at": self.now(),
        }

    def _outbox(self, record: SQLModel, op: str, fields: Mapping[str, tuple[Any, int]]) -> None:
        self.session.add(OutboxChange(**self._outbox_values(_table(record), record, op, fields)))
        self.summary.outbox_rows += 1

    def _audit(self, action: str, record: SQLModel) -> None:
        self.audit_access(action, _table(record), str(getattr(record, "id", "")))
