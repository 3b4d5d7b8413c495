"""Field-level merge of one pushed change into a server record (insert, clean update or conflict)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session, SQLModel

from linkdesk.domain.hlc import HlcTimestamp
from linkdesk.protocol.sync import Change
from linkdesk.protocol.values import to_wire
from linkdesk.server.sync_tables import Conflict
from linkdesk.server.tables import FAMILIES, writable_fields


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


def current_values(table: str, row: SQLModel) -> dict[str, Any]:
    return {name: getattr(row, name) for name in writable_fields(table)} | {"id": getattr(row, "id")}


def versions_for_insert(table: str, seq: int, change: Change, hlcs: dict[str, HlcTimestamp],
                        author: Author) -> dict[str, list[Any]]:
    default = max(hlcs.values()).encode() if hlcs else f"{0:015d}-00000-server"
    return {
        name: [seq, hlcs[name].encode() if name in hlcs else default, author.device_id, author.user_id]
        for name in writable_fields(table)
    }


def merge_fields(session: Session, table: str, row: SQLModel, change: Change, typed: dict[str, Any],
                 hlcs: dict[str, HlcTimestamp], author: Author, seq: int,
                 conflict_seq: Any) -> tuple[dict[str, int], int]:
    """Apply each pushed field whose base matches (or that this device wrote last); otherwise the later
    (HLC, device id) wins and a conflict keeps both values. Returns (field versions, conflict count)."""
    versions = dict(getattr(row, "field_versions") or {})
    result: dict[str, int] = {}
    conflicts = 0
    for name, pushed in change.fields.items():
        new, old = typed[name], getattr(row, name)
        version, stored_hlc, writer_device, writer_user = versions.get(name) or [0, f"{0:015d}-00000-server", "", ""]
        if new == old:
            result[name] = int(version)
            continue
        incoming = hlcs[name]
        if pushed.base == version or writer_device == author.device_id:
            setattr(row, name, new)
            versions[name] = [seq, incoming.encode(), author.device_id, author.user_id]
            result[name] = seq
            continue
        incoming_wins = (incoming, author.device_id) > (HlcTimestamp.parse(stored_hlc), writer_device)
        winner = (new, incoming.encode(), author.device_id, author.user_id)
        loser = (old, stored_hlc, writer_device, writer_user)
        if not incoming_wins:
            winner, loser = loser, winner
        session.add(Conflict(
            seq=conflict_seq(), table_name=table, record_id=change.record_id,
            client_id=_client_id(table, row), field=name, winner_value=to_wire(winner[0]),
            loser_value=to_wire(loser[0]), winner_hlc=winner[1], loser_hlc=loser[1],
            winner_device=winner[2], loser_device=loser[2], winner_user=winner[3], loser_user=loser[3],
        ))
        conflicts += 1
        if incoming_wins:
            setattr(row, name, new)
            versions[name] = [seq, incoming.encode(), author.device_id, author.user_id]
        result[name] = int(versions[name][0]) if name in versions else 0
    row.field_versions = versions  # type: ignore[attr-defined]  # a new dict, so the JSON column is dirty
    return result, conflicts


def _client_id(table: str, row: SQLModel) -> str | None:
    return str(getattr(row, "id")) if table == "client" else getattr(row, "client_id", None)
