"""Applying a pushed batch in one transaction: dedupe, authorise, merge, sequence, log, acknowledge.

Every refusal (`Rejected`) is decided before the change writes anything, so a batch normally runs without a
savepoint per change and is flushed once, at commit. Only a database constraint can fail after a change
has written: then the caller rolls the whole batch back and runs it again `careful`, each change in its own
savepoint, so that one change is refused ("integrity") and the rest are applied."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from linkdesk.domain.enums import Role
from linkdesk.domain.hlc import HlcTimestamp, clamp
from linkdesk.protocol.sync import Ack, Change
from linkdesk.protocol.values import to_wire
from linkdesk.records.types import utcnow
from linkdesk.server import audit
from linkdesk.server.account_tables import Device, User
from linkdesk.server.change_log import entry_values, insert_entries
from linkdesk.server.errors import BadInputError
from linkdesk.server.handover_tables import late_edit_allowed
from linkdesk.server.merge import (
    Author,
    Rejected,
    current_values,
    deleted_conflicts,
    merge_fields,
    validated,
    versions_for_insert,
)
from linkdesk.server.scopes import Audience, Scope
from linkdesk.server.sequence import CHANGE_SEQ
from linkdesk.server.sync_tables import AppliedChange, Counter, Purge
from linkdesk.server.tables import APPEND_ONLY, RECORD_TABLES, SUPERVISOR_ONLY, writable_fields

PARENT_FIELDS = {"goal_review": ("goal_id", "goal"), "need": ("assessment_id", "assessment")}


def check_shape(changes: Sequence[Change]) -> None:
    """Before any state change: known tables and only device-writable fields (else 422)."""
    for change in changes:
        if change.table not in RECORD_TABLES:
            raise BadInputError(f"unknown_table:{change.table}")
        unknown = set(change.fields) - writable_fields(change.table)
        if unknown:
            raise BadInputError(f"unknown_or_server_owned_field:{change.table}.{sorted(unknown)[0]}")
        if change.op == "insert" and change.table != "client" and "client_id" not in change.fields:
            raise BadInputError(f"missing_field:{change.table}.client_id")


class Push:
    """One device's batch inside one write transaction."""

    def __init__(
        self,
        session: Session,
        scope: Scope,
        device: Device,
        now_ms: int,
        cursor: int | None = None,
        *,
        careful: bool = False,
    ) -> None:
        self.session = session
        self.careful = careful  # a savepoint per change (after a constraint failed the batch once)
        self.cursor = cursor  # the device's pull cursor: what it had heard of when it sent the batch
        self.scope = scope
        self.device = device
        self.author = Author(scope.user_id, device.id)
        self.now_ms = now_ms
        self._now = utcnow()
        self._late: dict[str, bool] = {}  # person id -> this user handed them over recently (late edits)
        self._late_seqs: set[int] = set()
        # Rows this batch writes, as column values, inserted together at its end (model instances per row
        # cost more than the rest of a push): change-log entries by seq, acknowledgements to store.
        self._entries: dict[int, dict[str, Any]] = {}
        self._new_acks: list[dict[str, Any]] = []
        self._applied: dict[int, dict[str, Any]] = {}  # device_seq -> stored acknowledgement
        self._absent: set[tuple[str, str]] = set()  # (table, id) not on the server when the batch began
        self._stamps: dict[str, HlcTimestamp] = {}
        self._new: dict[tuple[str, str], Any] = {}  # records this batch created (not flushed yet)
        self._purged: set[tuple[str, str]] = set()
        self._held: list[Any] = []
        self._audit: list[audit.Entry] = []  # one per change, written together at the end of the batch
        # Take the sequence lock first: every writer reads records only after earlier writers committed.
        # Holding it, the batch numbers its entries itself and stores the counter once, at the end.
        counter = session.exec(select(Counter).where(Counter.name == CHANGE_SEQ).with_for_update()).first()
        if counter is None:
            raise LookupError(f"counter {CHANGE_SEQ} missing; run `linkdesk-server init`")
        self._first_seq = self._last_seq = int(counter.v)

    def _seq(self, kind: str, table: str, record_id: str, audience: Audience) -> int:
        self._last_seq += 1
        self._entries[self._last_seq] = entry_values(kind, table, record_id, audience, self._last_seq)
        return self._last_seq

    def _clamped(self, hlc: str) -> HlcTimestamp:
        """A pushed clock stamp, parsed and held to the server's clock (the fields of a change share one)."""
        stamp = self._stamps.get(hlc)
        if stamp is None:
            stamp = self._stamps[hlc] = clamp(HlcTimestamp.parse(hlc), self.now_ms)
        return stamp

    def _get(self, table: str, record_id: str) -> Any:
        """A record as this batch sees it: created by an earlier change, known absent, or from the session
        (prefetched rows are in its identity map, so most lookups cost no query)."""
        key = (table, record_id)
        if key in self._new:
            return self._new[key]
        if key in self._absent:
            return None
        return self.session.get(RECORD_TABLES[table], record_id)

    def _mark_own(self, seq: int, change: Change, row: Any) -> None:
        """The row now holds exactly what the device sent: its own pulls need not bring it back. A new
        record counts only when every field was sent (the server may fill the ones left out)."""
        if change.op == "insert" and not writable_fields(change.table) <= set(change.fields):
            return
        if all(to_wire(getattr(row, name)) == pushed.value for name, pushed in change.fields.items()):
            self._entries[seq]["origin_device_id"] = self.device.id

    def apply_all(self, changes: Sequence[Change]) -> list[Ack]:
        # Acknowledgements already given to this device for any of these (a re-sent batch): one query.
        self._applied = {
            int(seq): dict(ack)
            for seq, ack in self.session.exec(
                select(AppliedChange.device_seq, AppliedChange.ack).where(
                    AppliedChange.device_id == self.device.id,
                    col(AppliedChange.device_seq).in_([c.device_seq for c in changes]),
                )
            )
        }
        self._prefetch(changes)
        acks = [self._one(change) for change in changes]
        if self._last_seq != self._first_seq:
            counter = Counter.__table__  # type: ignore[attr-defined]
            self.session.execute(update(counter).where(counter.c.name == CHANGE_SEQ).values(v=self._last_seq))
            self.device.write_checkpoint = max(self.device.write_checkpoint, self._last_seq)
        insert_entries(self.session, [self._entries[seq] for seq in sorted(self._entries)])
        if self._new_acks:
            self.session.execute(insert(AppliedChange.__table__), self._new_acks)  # type: ignore[attr-defined]
        audit.append_many(self.session, self._audit)
        self.session.add(self.device)
        return acks

    def _prefetch(self, changes: Sequence[Change]) -> None:
        """The batch's records and the people and parents its new records name (into the session, so each
        lookup is free), which of them do not exist yet, and which were purged: a query per table instead
        of two per change."""
        wanted: dict[str, set[str]] = {}
        for change in changes:
            wanted.setdefault(change.table, set()).add(change.record_id)
            if change.op != "insert":
                continue
            named = [("client", "client_id")]
            if change.table in PARENT_FIELDS:
                name, parent_table = PARENT_FIELDS[change.table]
                named.append((parent_table, name))
            for table_name, field in named:
                pushed = change.fields.get(field)
                if pushed is not None and isinstance(pushed.value, str):
                    wanted.setdefault(table_name, set()).add(pushed.value)
        for name, ids in wanted.items():
            table = RECORD_TABLES[name]
            rows = list(self.session.exec(select(table).where(col(table.id).in_(ids))))
            self._held += rows  # the session's identity map holds rows weakly: keep them for the batch
            self._absent |= {(name, rid) for rid in ids - {str(r.id) for r in rows}}
        every = {rid for ids in wanted.values() for rid in ids}
        self._purged = {
            (p.table_name, p.record_id)
            for p in self.session.exec(select(Purge).where(col(Purge.record_id).in_(every)))
        }

    def _one(self, change: Change) -> Ack:
        stored = self._applied.get(change.device_seq)
        if stored is not None:
            ack = Ack.model_validate(stored)
            return ack.model_copy(update={"status": "duplicate"}) if ack.status == "applied" else ack
        try:
            ack = self._apply_careful(change) if self.careful else self._apply(change)
        except Rejected as exc:
            ack = Ack(device_seq=change.device_seq, status="rejected", reason=exc.reason)
            self._resend(change)
        action = "sync.push.denied" if ack.status == "rejected" else f"sync.push.{ack.status}"
        if change.device_seq in self._late_seqs and ack.status != "rejected":
            action += ".late"
        self._audit.append(
            audit.Entry(self.author.user_id, self.author.device_id, action, change.table, change.record_id)
        )
        stored = ack.model_dump(mode="json")
        self._new_acks.append(
            {
                "device_id": change.device_id,
                "device_seq": change.device_seq,
                "ack": stored,
                "seq": None,
                "at": self._now,
            }
        )
        self._applied[change.device_seq] = stored
        return ack

    def _apply_careful(self, change: Change) -> Ack:
        """`_apply` in a savepoint: a constraint failure undoes this change only (its sequence numbers too,
        so the log keeps no gap) and refuses it."""
        key, seq = (change.table, change.record_id), self._last_seq
        created = key in self._new
        try:
            with self.session.begin_nested():
                return self._apply(change)
        except IntegrityError as exc:
            for undone in range(seq + 1, self._last_seq + 1):
                self._entries.pop(undone, None)
            self._last_seq = seq
            if not created and self._new.pop(key, None) is not None:
                self._absent.add(key)
            raise Rejected("integrity") from exc

    def _resend(self, change: Change) -> None:
        """After a refusal, send the record's server state back to the devices that see it, so the
        refused device converges (the refusal itself stays listed on that device)."""
        row = self._get(change.table, change.record_id)
        if row is None or not self.scope.covers(row.scope_owner_id, row.scope_team_id):
            return
        client_id = change.record_id if change.table == "client" else row.client_id
        row.seq = self._seq(
            "record",
            change.table,
            change.record_id,
            Audience(client_id, row.scope_owner_id, row.scope_team_id),
        )
        self.session.add(row)

    def _apply(self, change: Change) -> Ack:
        key = (change.table, change.record_id)
        if key in self._purged:
            return Ack(device_seq=change.device_seq, status="purged")
        hlcs = {n: self._clamped(f.hlc) for n, f in change.fields.items()}
        row = self._get(change.table, change.record_id)
        if row is None:
            if change.op == "update":
                raise Rejected("not_found")
            return self._insert(change, hlcs)
        owner, team = row.scope_owner_id, row.scope_team_id
        person = change.record_id if change.table == "client" else getattr(row, "client_id", None)
        if not self.scope.covers(owner, team) and not self._late_edit(change, person):
            raise Rejected("out_of_scope")
        values = current_values(change.table, row)
        typed = validated(change.table, values | {n: f.value for n, f in change.fields.items()})
        versions = row.field_versions
        if change.table in APPEND_ONLY:
            if any(typed[n] != values[n] for n in change.fields):
                raise Rejected("append_only")
            return Ack(
                device_seq=change.device_seq,
                status="applied",
                fields={n: int(versions[n][0]) for n in change.fields if n in versions},
            )
        for name in ("client_id", "assigned_worker_id", "team_id"):
            if name in change.fields and typed[name] != values.get(name):
                raise Rejected(f"server_owned_field:{name}")
        client_id = change.record_id if change.table == "client" else getattr(row, "client_id", None)

        audience = Audience(client_id, owner, team)

        def conflict_seq(conflict_id: str) -> int:
            return self._seq("conflict", change.table, conflict_id, audience)

        if row.deleted and typed["deleted"]:  # still deleted after this change: it edits a deleted record
            conflicts = deleted_conflicts(
                self.session,
                table=change.table,
                row=row,
                change=change,
                typed=typed,
                hlcs=hlcs,
                author=self.author,
                conflict_seq=conflict_seq,
            )
            if not conflicts:
                return Ack(device_seq=change.device_seq, status="applied")
            row.seq = self._seq("record", change.table, change.record_id, audience)  # the device re-pulls it
            self.session.add(row)
            return Ack(device_seq=change.device_seq, status="conflict", reason="deleted")
        seq = self._seq("record", change.table, change.record_id, audience)
        result, conflicts = merge_fields(
            self.session,
            table=change.table,
            row=row,
            change=change,
            typed=typed,
            hlcs=hlcs,
            author=self.author,
            seq=seq,
            conflict_seq=conflict_seq,
        )
        row.seq = seq
        self.session.add(row)
        if not conflicts:
            self._mark_own(seq, change, row)
        return Ack(device_seq=change.device_seq, status="conflict" if conflicts else "applied", fields=result)

    def _insert_scope(self, change: Change, values: dict[str, Any]) -> tuple[str | None, str | None]:
        """Owner and team of a new record: a new person belongs to its creator (or, for supervisors and
        admins, to the worker they name); anything else follows its person."""
        if change.table == "client":
            named = values.get("assigned_worker_id") or self.scope.user_id
            owner = self.session.get(User, named) if isinstance(named, str) else None
            if owner is None or not (
                named == self.scope.user_id or self.scope.covers(owner.id, owner.team_id)
            ):
                raise Rejected("server_owned_field:assigned_worker_id")
            if values.get("team_id") not in (None, owner.team_id):
                raise Rejected("server_owned_field:team_id")
            values["assigned_worker_id"], values["team_id"] = owner.id, owner.team_id
            return owner.id, owner.team_id
        client = self._get("client", str(values.get("client_id")))
        if client is None:
            raise Rejected("missing_parent:client_id")
        if change.table in SUPERVISOR_ONLY:
            if self.scope.role == Role.WORKER:
                raise Rejected("supervisor_only")
            if values.get("reviewer_id") != self.scope.user_id:
                raise Rejected("server_owned_field:reviewer_id")
        if not self.scope.covers(client.scope_owner_id, client.scope_team_id) and not self._late_edit(
            change, client.id
        ):
            raise Rejected("out_of_scope")
        if change.table in PARENT_FIELDS:
            name, parent_table = PARENT_FIELDS[change.table]
            parent = self._get(parent_table, str(values.get(name)))
            if parent is None or parent.client_id != client.id:
                raise Rejected(f"missing_parent:{name}")
        return client.scope_owner_id, client.scope_team_id

    def _late_edit(self, change: Change, client_id: str | None) -> bool:
        """A change for a person this user handed over recently: written before the device learned of the
        handover (scenario C4), so it is merged rather than lost; supervisors' records are not."""
        if client_id is None or self.cursor is None or change.table in SUPERVISOR_ONLY:
            return False
        if client_id not in self._late:
            user = self.scope.user_id
            self._late[client_id] = late_edit_allowed(self.session, client_id, user, self.now_ms, self.cursor)
        if self._late[client_id]:
            self._late_seqs.add(change.device_seq)
        return self._late[client_id]

    def _insert(self, change: Change, hlcs: dict[str, HlcTimestamp]) -> Ack:
        values = {n: f.value for n, f in change.fields.items()}
        owner, team = self._insert_scope(change, values)
        typed = validated(change.table, values | {"id": change.record_id})
        client_id = change.record_id if change.table == "client" else str(typed["client_id"])
        seq = self._seq("record", change.table, change.record_id, Audience(client_id, owner, team))
        row = RECORD_TABLES[change.table](
            **typed,
            scope_owner_id=owner,
            scope_team_id=team,
            seq=seq,
            field_versions=versions_for_insert(change.table, seq, change, hlcs, self.author),
        )
        self.session.add(row)
        self._new[(change.table, change.record_id)] = row
        self._mark_own(seq, change, row)
        return Ack(
            device_seq=change.device_seq,
            status="applied",
            fields=dict.fromkeys(writable_fields(change.table), seq),
        )
