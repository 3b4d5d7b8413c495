"""The conflicts inbox and the "not accepted" list: what the server reported, and settling each item.

Resolving a conflict is an ordinary edit through the unit of work (record + outbox change + audit event),
so it syncs like any other change; its base is the version this laptop last pulled, which already covers
both values, so the resolution never makes a new conflict. A resolved item leaves the inbox in the same
transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlmodel import Session, col, select

from linkdesk.domain.hlc import HlcTimestamp
from linkdesk.errors import LinkDeskError, NotFoundError, ValidationError
from linkdesk.services.context import ServiceContext
from linkdesk.store.replica import CONFLICTS, FAMILIES, REJECTED, TABLES
from linkdesk.store.sync_tables import DeviceSetting
from linkdesk.store.tables import Client, StaffMember
from linkdesk.sync.state import DEVICE_ID

NOT_EDITABLE = frozenset({"id", "created_at", "updated_at", "client_id"})


@dataclass(frozen=True)
class ConflictItem:
    id: str
    table: str
    record_id: str
    client_id: str | None
    person: str  # the person's name on this laptop ("" if they are not here)
    field: str
    winner_value: Any
    loser_value: Any
    current_value: Any  # what this laptop shows now
    winner_user: str
    loser_user: str
    winner_name: str  # display name when this laptop knows the staff member, else ""
    loser_name: str
    winner_device: str
    loser_device: str
    winner_hlc: str
    loser_hlc: str
    at_ms: int  # when the server recorded the conflict
    record_deleted: bool  # a deletion won: the edit cannot be applied, only acknowledged
    record_missing: bool

    @property
    def winner_at_ms(self) -> int:
        return _stamp_ms(self.winner_hlc)

    @property
    def loser_at_ms(self) -> int:
        return _stamp_ms(self.loser_hlc)

    @property
    def can_choose(self) -> bool:
        return not (self.record_deleted or self.record_missing or self.field in NOT_EDITABLE)


@dataclass(frozen=True)
class NotAcceptedItem:
    device_seq: int
    table: str
    record_id: str
    client_id: str | None
    person: str
    reason: str  # the server's code, e.g. "out_of_scope" or "invalid:postal_code"
    fields: dict[str, Any]  # the values that were sent


def _stamp_ms(hlc: str) -> int:
    """When a value was written, from its hybrid-clock stamp (0 when unknown)."""
    try:
        return HlcTimestamp.parse(hlc).physical_ms
    except (LinkDeskError, ValueError):
        return 0


def _load(session: Session, key: str) -> list[dict[str, Any]]:
    row = session.get(DeviceSetting, key)
    loaded: list[dict[str, Any]] = json.loads(row.value) if row is not None and row.value else []
    return loaded


def _save(session: Session, key: str, entries: list[dict[str, Any]]) -> None:
    row = session.get(DeviceSetting, key) or DeviceSetting(key=key)
    row.value = json.dumps(entries)
    session.add(row)


def _names(session: Session, user_ids: set[str]) -> dict[str, str]:
    if not user_ids:
        return {}
    rows = session.exec(select(StaffMember).where(col(StaffMember.id).in_(user_ids))).all()
    return {r.id: r.display_name for r in rows}


def _people(session: Session, client_ids: set[str]) -> dict[str, str]:
    if not client_ids:
        return {}
    rows = session.exec(select(Client).where(col(Client.id).in_(client_ids))).all()
    return {r.id: " ".join(p for p in (r.preferred_name or r.given_name, r.family_name) if p) for r in rows}


def _row(session: Session, table: str, record_id: str) -> Any:
    model = TABLES.get(table)
    return None if model is None else session.get(model, record_id)


def server_device_id(ctx: ServiceContext) -> str:
    """This laptop's device id on the server ("" before connecting), to tell its writes from others'."""
    with ctx.read() as session:
        row = session.get(DeviceSetting, DEVICE_ID)
        return row.value if row is not None else ""


def list_conflicts(ctx: ServiceContext) -> list[ConflictItem]:
    """Open conflicts, newest first, each once (a re-pulled conflict is not shown twice)."""
    with ctx.read() as session:
        entries = list({e["id"]: e for e in _load(session, CONFLICTS) if e.get("id")}.values())
        people = _people(session, {e["client_id"] for e in entries if e.get("client_id")})
        names = _names(
            session, {e.get("winner_user", "") for e in entries} | {e.get("loser_user", "") for e in entries}
        )
        items = []
        for e in entries:
            row = _row(session, e["table"], e["record_id"])
            items.append(
                ConflictItem(
                    id=e["id"],
                    table=e["table"],
                    record_id=e["record_id"],
                    client_id=e.get("client_id"),
                    person=people.get(e.get("client_id") or "", ""),
                    field=e["field"],
                    winner_value=e.get("winner_value"),
                    loser_value=e.get("loser_value"),
                    current_value=_wire(getattr(row, e["field"], None)) if row is not None else None,
                    winner_user=e.get("winner_user", ""),
                    loser_user=e.get("loser_user", ""),
                    winner_name=names.get(e.get("winner_user", ""), ""),
                    loser_name=names.get(e.get("loser_user", ""), ""),
                    winner_device=e.get("winner_device", ""),
                    loser_device=e.get("loser_device", ""),
                    winner_hlc=e.get("winner_hlc", ""),
                    loser_hlc=e.get("loser_hlc", ""),
                    at_ms=int(e.get("at_ms") or 0),
                    record_deleted=bool(getattr(row, "deleted", False)),
                    record_missing=row is None,
                )
            )
    items.sort(key=lambda i: i.at_ms, reverse=True)
    return items


def _wire(value: Any) -> Any:
    """A local value as it travels (dates as ISO text, enums as their value) to compare with the server's."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    iso = getattr(value, "isoformat", None)
    return iso() if iso is not None else str(value)


def _typed(table: str, row: Any, field: str, value: Any) -> Any:
    family = FAMILIES[table]
    current = {name: getattr(row, name) for name in type(row).model_fields}
    try:
        typed = family.model_validate(current | {field: value})
    except Exception as exc:  # pydantic's ValidationError: the chosen or typed value does not fit the field
        raise ValidationError("invalid value", field=field, reason="out_of_range") from exc
    return getattr(typed, field)


def resolve_conflict(
    ctx: ServiceContext, conflict_id: str, value: Any | None = None, *, keep: bool = False
) -> bool:
    """Settle one conflict: `keep` leaves the record as it is now; otherwise `value` (one of the two
    values or an edited one, as wire text) is written as a normal change. Returns True when a change
    was written (and will sync). The item leaves the inbox either way."""
    with ctx.write() as uow:
        session = uow.session
        entries = _load(session, CONFLICTS)
        found = [e for e in entries if e.get("id") == conflict_id]
        if not found:
            raise NotFoundError("conflict already settled", kind="conflict")
        entry = found[0]
        _save(session, CONFLICTS, [e for e in entries if e.get("id") != conflict_id])
        if keep:
            return False
        row = _row(session, entry["table"], entry["record_id"])
        field = entry["field"]
        if row is None or getattr(row, "deleted", False) or field in NOT_EDITABLE:
            return False  # nothing to write: acknowledged only
        changed = uow.update(
            row, {field: _typed(entry["table"], row, field, value)}, action="sync.conflict.resolve"
        )
        return bool(changed)


def list_not_accepted(ctx: ServiceContext) -> list[NotAcceptedItem]:
    with ctx.read() as session:
        entries = _load(session, REJECTED)
        client_ids: dict[int, str | None] = {}
        for e in entries:
            row = _row(session, e["table"], e["record_id"])
            cid = e["record_id"] if e["table"] == "client" else (e.get("fields") or {}).get("client_id")
            client_ids[int(e["device_seq"])] = cid or getattr(row, "client_id", None)
        people = _people(session, {c for c in client_ids.values() if c})
    return [
        NotAcceptedItem(
            device_seq=int(e["device_seq"]),
            table=e["table"],
            record_id=e["record_id"],
            client_id=client_ids[int(e["device_seq"])],
            person=people.get(client_ids[int(e["device_seq"])] or "", ""),
            reason=str(e.get("reason") or ""),
            fields=dict(e.get("fields") or {}),
        )
        for e in reversed(entries)
    ]


def dismiss_not_accepted(ctx: ServiceContext, device_seq: int) -> None:
    with ctx.write() as uow:
        entries = _load(uow.session, REJECTED)
        _save(uow.session, REJECTED, [e for e in entries if int(e["device_seq"]) != device_seq])
