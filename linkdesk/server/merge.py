"""Field-level merge of one pushed change into a server record (insert, clean update or conflict)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session

from linkdesk.domain import goal_status, prescription_status
from linkdesk.domain.hlc import HlcTimestamp
from linkdesk.protocol.sync import Change
from linkdesk.protocol.values import to_wire
from linkdesk.records.types import new_id
from linkdesk.server.sync_tables import Conflict
from linkdesk.server.tables import FAMILIES, writable_fields

STATUS_RULES: dict[tuple[str, str], Callable[[Any], frozenset[Any]]] = {
    ("prescription", "status"): prescription_status.allowed_next,
    ("goal", "status"): goal_status.allowed_next,
}
ZERO_HLC = f"{0:015d}-00000-server"


class Rejected(Exception):  # noqa: N818 - an outcome, not a failure of the server
    """A change refused with a reason code; the rest of the batch goes on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Author:
    user_id: str
    device_id: str


def validated(table: str, data: dict[str, Any]) -> dict[str, Any]:
    """Typed values of a whole record, validated by its field family; aware datetimes only."""
    try:
        model = FAMILIES[table].model_validate(data)
    except ValidationError as exc:
        loc = exc.errors()[0].get("loc", ("?",))
        raise Rejected(f"invalid:{loc[0] if loc else '?'}") from exc
    values = {name: getattr(model, name) for name in type(model).model_fields}
    for name, value in values.items():
        if isinstance(value, datetime) and value.tzinfo is None:
            raise Rejected(f"invalid:{name}")
    return values


def is_legal_status_change(table: str, name: str, old: Any, new: Any) -> bool:
    """Status machines merge by rule: only a transition the machine allows may apply."""
    rule = STATUS_RULES.get((table, name))
    return rule is None or new in rule(old)


def current_values(table: str, row: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in writable_fields(table)} | {"id": row.id}


def versions_for_insert(
    table: str, seq: int, change: Change, hlcs: dict[str, HlcTimestamp], author: Author
) -> dict[str, list[Any]]:
    default = max(hlcs.values()).encode() if hlcs else ZERO_HLC
    return {
        name: [seq, hlcs[name].encode() if name in hlcs else default, author.device_id, author.user_id]
        for name in writable_fields(table)
    }


def merge_fields(
    session: Session,
    *,
    table: str,
    row: Any,
    change: Change,
    typed: dict[str, Any],
    hlcs: dict[str, HlcTimestamp],
    author: Author,
    seq: int,
    conflict_seq: Callable[[str], int],
) -> tuple[dict[str, int], list[Conflict]]:
    """Apply each pushed field whose base matches (or that this device wrote last); otherwise the later
    (HLC, device id) wins and a conflict keeps both values. Returns (field versions, conflicts)."""
    versions = dict(row.field_versions or {})
    result: dict[str, int] = {}
    conflicts: list[Conflict] = []
    for name, pushed in change.fields.items():
        new, old = typed[name], getattr(row, name)
        version, stored_hlc, writer_device, writer_user = versions.get(name) or [0, ZERO_HLC, "", ""]
        if new == old:
            result[name] = int(version)
            continue
        incoming = hlcs[name]
        legal = is_legal_status_change(table, name, old, new)
        if legal and (pushed.base == version or writer_device == author.device_id):
            setattr(row, name, new)
            versions[name] = [seq, incoming.encode(), author.device_id, author.user_id]
            result[name] = seq
            continue
        # An illegal status transition is flagged (a conflict the current status wins), never applied.
        incoming_wins = legal and (incoming, author.device_id) > (
            HlcTimestamp.parse(stored_hlc),
            writer_device,
        )
        winner = (new, incoming.encode(), author.device_id, author.user_id)
        loser = (old, stored_hlc, writer_device, writer_user)
        if not incoming_wins:
            winner, loser = loser, winner
        conflict_id = new_id()
        conflict = Conflict(
            id=conflict_id,
            seq=conflict_seq(conflict_id),
            table_name=table,
            record_id=change.record_id,
            client_id=_client_id(table, row),
            field=name,
            winner_value=to_wire(winner[0]),
            loser_value=to_wire(loser[0]),
            winner_hlc=winner[1],
            loser_hlc=loser[1],
            winner_device=winner[2],
            loser_device=loser[2],
            winner_user=winner[3],
            loser_user=loser[3],
        )
        session.add(conflict)
        conflicts.append(conflict)
        if incoming_wins:
            setattr(row, name, new)
            versions[name] = [seq, incoming.encode(), author.device_id, author.user_id]
        result[name] = int(versions[name][0]) if name in versions else 0
    row.field_versions = versions  # a new dict, so the JSON column is marked dirty
    return result, conflicts


def deleted_conflicts(
    session: Session,
    *,
    table: str,
    row: Any,
    change: Change,
    typed: dict[str, Any],
    hlcs: dict[str, HlcTimestamp],
    author: Author,
    conflict_seq: Callable[[str], int],
) -> list[Conflict]:
    """An edit of a deleted record is never applied (no resurrection) and never lost: each changed
    field becomes a conflict that the deletion won."""
    versions = dict(row.field_versions or {})
    deleted_version = versions.get("deleted") or [0, ZERO_HLC, "", ""]
    conflicts = []
    for name in change.fields:
        if name == "deleted" or typed[name] == getattr(row, name):
            continue
        conflict_id = new_id()
        conflict = Conflict(
            id=conflict_id,
            seq=conflict_seq(conflict_id),
            table_name=table,
            record_id=change.record_id,
            client_id=_client_id(table, row),
            field=name,
            winner_value=to_wire(getattr(row, name)),
            loser_value=to_wire(typed[name]),
            winner_hlc=deleted_version[1],
            loser_hlc=hlcs[name].encode(),
            winner_device=deleted_version[2],
            loser_device=author.device_id,
            winner_user=deleted_version[3],
            loser_user=author.user_id,
        )
        session.add(conflict)
        conflicts.append(conflict)
    return conflicts


def _client_id(table: str, row: Any) -> str | None:
    return str(row.id) if table == "client" else getattr(row, "client_id", None)
