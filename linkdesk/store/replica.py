"""The local replica: outbox slices out, pulled pages in (no outbox rows), one transaction per sync cycle."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, literal, text
from sqlalchemy import select as core_select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, col, func, select

from linkdesk.domain.hlc import HlcTimestamp
from linkdesk.errors import LinkDeskError
from linkdesk.protocol.sync import Ack, Change, FieldChange, PageItem, SyncResponse
from linkdesk.records.types import UtcDateTime
from linkdesk.store.store import Store
from linkdesk.store.sync_tables import DeviceSetting, FieldVersion, OutboxChange, SentChange
from linkdesk.store.tables import APPEND_ONLY_TABLES, MERGEABLE_TABLES

CURSOR = "sync.cursor"
REJECTED = "sync.rejected"
CONFLICTS = "sync.conflicts"
NOTICES = "sync.notices"
DEFERRED_EVICTIONS = "sync.deferred_evictions"
REPULL = "sync.repull"  # "1" while re-pulling all after a restore: the server sends our own changes too
MAX_KEPT = 500  # newest entries kept in each visible list
SENT_RETENTION = timedelta(days=30)  # how far back a server restored from backup gets our changes again
_KEPT_STATUSES = frozenset({"applied", "duplicate", "conflict"})


# Values typed Any: rows are reached generically by table name.
TABLES: dict[str, Any] = {str(t.__tablename__): t for t in (*MERGEABLE_TABLES, *APPEND_ONLY_TABLES)}
CHILD_TABLES = [n for n in reversed(TABLES) if n != "client"]  # children before parents


def _family(table: type[SQLModel]) -> type[SQLModel]:
    return next(
        b
        for b in table.__mro__[1:]
        if b.__module__.startswith("linkdesk.records") and b.__name__.endswith("Base")
    )


FAMILIES: dict[str, type[SQLModel]] = {name: _family(t) for name, t in TABLES.items()}


class PageApplier:
    """Applies items inside the caller's transaction; foreign keys are checked at commit."""

    def __init__(self, session: Session) -> None:
        self.session = session
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        self._pending: dict[tuple[str, str], set[str]] | None = None
        self._rows: dict[tuple[str, str], Any] = {}  # prefetched rows (None: not on this device yet)
        self._version_rows: list[dict[str, Any]] = []  # written by flush_versions

    def prefetch(self, items: Sequence[PageItem]) -> None:
        """Load the page's existing records with one query per table, so applying a record needs no
        lookup (and no flush) of its own; new rows are then inserted together at the end."""
        wanted: dict[str, set[str]] = {}
        for item in items:
            if item.kind == "record" and item.table in TABLES:
                wanted.setdefault(item.table, set()).add(item.record_id)
        for name, ids in wanted.items():
            table = TABLES[name]
            found = {str(r.id): r for r in self.session.exec(select(table).where(col(table.id).in_(ids)))}
            self._rows.update({(name, rid): found.get(rid) for rid in ids})

    def pending_fields(self) -> dict[tuple[str, str], set[str]]:
        """Fields with local changes still in the outbox: their local values stay on top."""
        if self._pending is None:
            self._pending = {}
            for row in self.session.exec(select(OutboxChange)):
                self._pending.setdefault((row.table_name, row.record_id), set()).update(row.fields)
        return self._pending

    def apply_record(self, item: PageItem) -> bool:
        table = TABLES.get(item.table)
        if table is None:
            return False
        values = {name: state.value for name, state in item.fields.items()}
        try:
            typed = FAMILIES[item.table].model_validate(values | {"id": item.record_id})
        except ValidationError:
            return False  # a newer server schema: skipped and reported, never half-applied
        keep_local = self.pending_fields().get((item.table, item.record_id), set())
        key = (item.table, item.record_id)
        row = self._rows[key] if key in self._rows else self.session.get(table, item.record_id)
        if row is None:
            row = table(**{n: getattr(typed, n) for n in type(typed).model_fields})
            self._rows[key] = row
        else:
            for name in type(typed).model_fields:
                if name != "id" and name not in keep_local and name in item.fields:
                    setattr(row, name, getattr(typed, name))
        self.session.add(row)
        self._versions(item)
        return True

    def _versions(self, item: PageItem) -> None:
        self._version_rows += [
            {"table_name": item.table, "record_id": item.record_id, "field": name, "version": st.version}
            for name, st in item.fields.items()
        ]

    def ack_versions(self, change: Change, versions: Mapping[str, int]) -> None:
        self._version_rows += [
            {"table_name": change.table, "record_id": change.record_id, "field": name, "version": v}
            for name, v in versions.items()
            if name in change.fields
        ]

    def flush_versions(self) -> None:
        """Write the buffered field versions in one upsert; a version only ever rises. (As ORM objects,
        a select and an insert per field, an initial sync of 3,800 records spent 20 s on them.)"""
        if not self._version_rows:
            return
        table = FieldVersion.__table__  # type: ignore[attr-defined]
        stmt = sqlite_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["table_name", "record_id", "field"],
            set_={"version": stmt.excluded.version},
            where=stmt.excluded.version >= table.c.version,
        )
        rows, self._version_rows = self._version_rows, []
        self.session.connection().execute(stmt, rows)

    def _settle(self) -> None:
        """Before rows are removed: buffered versions written, prefetched rows forgotten."""
        self.flush_versions()
        self._rows.clear()

    def remove(self, table_name: str, record_id: str, *, drop_pending: bool) -> None:
        """Delete one record (a person with all their records), its versions and, for purges, its changes."""
        self._settle()  # rows removed here must be looked up again if the page brings them back
        if table_name == "client":
            self._remove_person(record_id, drop_pending=drop_pending)
            return
        table = TABLES.get(table_name)
        if table is None:
            return
        self.session.execute(delete(table).where(table.id == record_id))
        self.session.execute(
            delete(FieldVersion).where(
                col(FieldVersion.table_name) == table_name, col(FieldVersion.record_id) == record_id
            )
        )
        # A record that leaves the device takes its sent copies with it (no out-of-scope data stays).
        self.session.execute(
            delete(SentChange).where(
                col(SentChange.table_name) == table_name, col(SentChange.record_id) == record_id
            )
        )
        if drop_pending:
            self.session.execute(
                delete(OutboxChange).where(
                    col(OutboxChange.table_name) == table_name, col(OutboxChange.record_id) == record_id
                )
            )

    def _remove_person(self, client_id: str, *, drop_pending: bool) -> None:
        for name in CHILD_TABLES:
            table = TABLES[name]
            ids = list(self.session.exec(select(table.id).where(table.client_id == client_id)))
            for rid in ids:
                self.remove(name, str(rid), drop_pending=drop_pending)
        self.remove_single_client(client_id, drop_pending=drop_pending)

    def remove_single_client(self, client_id: str, *, drop_pending: bool) -> None:
        self._settle()
        table = TABLES["client"]
        self.session.execute(delete(table).where(table.id == client_id))
        self.session.execute(
            delete(FieldVersion).where(
                col(FieldVersion.table_name) == "client", col(FieldVersion.record_id) == client_id
            )
        )
        self.session.execute(delete(SentChange).where(col(SentChange.client_id) == client_id))
        if drop_pending:
            self.session.execute(delete(OutboxChange).where(col(OutboxChange.client_id) == client_id))

    def evict_person(self, client_id: str) -> bool:
        """Remove a person who left this device's scope, unless changes of ours for them are pending."""
        self.session.flush()
        pending = self.session.exec(
            select(OutboxChange.device_seq).where(OutboxChange.client_id == client_id)
        ).first()
        if pending is not None:
            return False
        self._remove_person(client_id, drop_pending=False)
        return True


@dataclass
class CycleOutcome:
    """What one local transaction did with an answer."""

    cleared: int = 0
    rejected: int = 0
    purged: int = 0
    conflicts: int = 0
    applied_items: int = 0
    evicted: int = 0
    deferred_evictions: int = 0
    resent: int = 0  # acknowledged changes queued again for a server restored from backup
    cursor: int = 0  # the pull cursor this transaction left
    skipped_items: list[str] = field(default_factory=list)


def _apply_items(
    applier: PageApplier,
    items: Sequence[PageItem],
    deferred: list[str],
    outcome: CycleOutcome,
    conflicts: list[dict[str, Any]],
) -> None:
    """A page's items, in delivery order (a person may leave and come back in one page)."""
    applier.prefetch(items)
    for item in items:
        if item.kind == "record":
            if applier.apply_record(item):
                outcome.applied_items += 1
                if item.client_id in deferred:
                    deferred.remove(item.client_id)  # back in scope: that eviction is void
            else:
                outcome.skipped_items.append(f"{item.table}:{item.record_id}")
        elif item.kind == "evict":
            if applier.evict_person(item.record_id):
                outcome.evicted += 1
            elif item.record_id not in deferred:
                deferred.append(item.record_id)
        elif item.kind == "purge":
            applier.remove(item.table, item.record_id, drop_pending=True)
            outcome.purged += 1
        elif item.kind == "conflict" and item.conflict is not None:
            conflicts.append(
                {
                    "table": item.table,
                    "record_id": item.record_id,
                    "client_id": item.client_id,
                    **item.conflict.model_dump(mode="json"),
                }
            )


def _newer(stamp: str, than: str) -> bool:
    try:
        return HlcTimestamp.parse(stamp) > HlcTimestamp.parse(than)
    except (LinkDeskError, ValueError):
        return False


def _settled_elsewhere(session: Session, items: Sequence[PageItem]) -> list[dict[str, Any]]:
    """Inbox conflicts whose field was written again after both of its values (someone settled it on
    another laptop, or edited it since): they leave the inbox, with a notice."""
    latest: dict[tuple[str, str, str], str] = {}
    for item in items:
        if item.kind == "record":
            for name, state in item.fields.items():
                latest[(item.table, item.record_id, name)] = state.hlc
    if not latest:
        return []
    entries = json.loads(_get(session, CONFLICTS, "[]"))
    settled: list[dict[str, Any]] = []
    kept: list[dict[str, Any]] = []
    for entry in entries:
        stamp = latest.get((entry.get("table"), entry.get("record_id"), entry.get("field")))
        later = stamp is not None and all(
            _newer(stamp, str(entry.get(k) or "")) for k in ("winner_hlc", "loser_hlc")
        )
        (settled if later else kept).append(entry)
    if settled:
        _put(session, CONFLICTS, json.dumps(kept))
    return [
        {
            "kind": "conflict_settled",
            "table": e.get("table"),
            "record_id": e.get("record_id"),
            "field": e.get("field"),
            "conflict_id": e.get("id"),
        }
        for e in settled
    ]


def _requeue_sent(session: Session) -> int:
    """Back into the outbox under their own device_seq (the server deduplicates what it still has)."""
    session.flush()
    moved = 0
    for sent in session.exec(select(SentChange).order_by(col(SentChange.device_seq))).all():
        if session.get(OutboxChange, sent.device_seq) is None:
            session.add(OutboxChange(**sent.model_dump(exclude={"acked_at"})))
            moved += 1
        session.delete(sent)
    session.flush()
    return moved


def _keep_sent(session: Session, device_seqs: list[int], acked_at: datetime) -> None:
    """Copy these outbox rows to sent_change, stamped `acked_at`, without reading them into Python."""
    outbox = OutboxChange.__table__  # type: ignore[attr-defined]
    sent = SentChange.__table__  # type: ignore[attr-defined]
    names = [c.name for c in outbox.c]
    rows = core_select(*outbox.c, literal(acked_at, UtcDateTime()).label("acked_at")).where(
        outbox.c.device_seq.in_(device_seqs)
    )
    session.execute(sqlite_insert(sent).prefix_with("OR REPLACE").from_select([*names, "acked_at"], rows))


def _get(session: Session, key: str, default: str = "") -> str:
    row = session.get(DeviceSetting, key)
    return row.value if row is not None else default


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(DeviceSetting, key) or DeviceSetting(key=key)
    row.value = value
    session.add(row)


def _append_json(session: Session, key: str, entries: list[dict[str, Any]]) -> None:
    if entries:
        kept = json.loads(_get(session, key, "[]")) + entries
        _put(session, key, json.dumps(kept[-MAX_KEPT:]))


class StoreReplica:
    """Implements linkdesk.sync.ports.Replica over an open Store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ----- outbox

    def outbox_slice(self, device_id: str, limit: int) -> list[Change]:
        """The oldest pending changes in device_seq order, sent under the server-side device id."""
        with self.store.reading() as session:
            rows = session.exec(
                select(OutboxChange).order_by(col(OutboxChange.device_seq)).limit(limit)
            ).all()
        return [
            Change(
                device_id=device_id,
                device_seq=int(r.device_seq or 0),
                table=r.table_name,
                record_id=r.record_id,
                op="insert" if r.op == "insert" else "update",
                fields={k: FieldChange.model_validate(v) for k, v in r.fields.items()},
            )
            for r in rows
        ]

    def pending_count(self) -> int:
        with self.store.reading() as session:
            return int(session.exec(select(func.count()).select_from(OutboxChange)).one())

    # ----- state

    def cursor(self) -> int:
        return int(self.store.get_setting(CURSOR, "0") or 0)

    def load_state(self) -> dict[str, str]:
        with self.store.reading() as session:
            rows = session.exec(select(DeviceSetting).where(col(DeviceSetting.key).startswith("sync."))).all()
            return {r.key: r.value for r in rows}

    def save_state(self, values: Mapping[str, str]) -> None:
        with self.store.writing() as session:
            for key, value in values.items():
                _put(session, key, value)

    def visible(self, key: str) -> list[dict[str, Any]]:
        """The 'not accepted' (REJECTED), conflicts (CONFLICTS) or notices (NOTICES) list."""
        loaded: list[dict[str, Any]] = json.loads(self.store.get_setting(key, "[]") or "[]")
        return loaded

    # ----- one cycle

    def apply_cycle(
        self,
        sent: Sequence[Change],
        response: SyncResponse,
        *,
        reset_cursor: bool = False,
        state: Mapping[str, str] | None = None,
    ) -> CycleOutcome:
        """One local transaction: acknowledgements, the page, the cursor, and `state` (sync settings learnt
        from this answer, so they can never disagree with the cursor after a crash)."""
        outcome = CycleOutcome()
        by_seq = {c.device_seq: c for c in sent}
        with self.store.writing() as session:
            # The sync settings in one query, held in the session: every read and write below is then free.
            _settings = list(
                session.exec(select(DeviceSetting).where(col(DeviceSetting.key).startswith("sync.")))
            )
            for key, value in (state or {}).items():
                _put(session, key, value)
            applier = PageApplier(session)
            self._settle_acks(
                session, applier, [a for a in response.acks if a.device_seq in by_seq], by_seq, outcome
            )
            deferred = json.loads(_get(session, DEFERRED_EVICTIONS, "[]"))
            if reset_cursor:
                _put(session, CURSOR, "0")  # a restored server: pull everything again, after our own acks
                _put(session, REPULL, "1")
                applier.flush_versions()
                _put(session, DEFERRED_EVICTIONS, json.dumps(deferred))
                outcome.resent = _requeue_sent(session)
                return outcome
            conflicts: list[dict[str, Any]] = []
            _apply_items(applier, response.items, deferred, outcome, conflicts)
            applier.flush_versions()
            outcome.conflicts = len(conflicts)
            _append_json(session, CONFLICTS, conflicts)
            _append_json(session, NOTICES, _settled_elsewhere(session, response.items))
            # A person leaves this device only once none of our changes for them is pending.
            still = [cid for cid in deferred if not applier.evict_person(cid)]
            outcome.evicted += len(deferred) - len(still)
            outcome.deferred_evictions = len(still)
            _put(session, DEFERRED_EVICTIONS, json.dumps(still))
            current = int(_get(session, CURSOR, "0") or 0)
            outcome.cursor = max(current, response.next_cursor)  # never goes back
            _put(session, CURSOR, str(outcome.cursor))
        return outcome

    def apply_snapshot(
        self, items: Iterable[PageItem], seq: int, *, forget: Sequence[str] = (), batch: int = 500
    ) -> CycleOutcome | None:
        """A snapshot into an empty replica (cursor 0) in ONE transaction, applied like pages (pending local
        values stay on top), the cursor set to `seq` and the `forget` settings deleted in the same commit.
        None, with nothing changed, when the cursor is no longer 0. An exception from `items` (a damaged
        file) rolls everything back."""
        outcome = CycleOutcome()
        with self.store.writing() as session:
            if int(_get(session, CURSOR, "0") or 0) != 0:
                return None
            applier = PageApplier(session)
            deferred: list[str] = json.loads(_get(session, DEFERRED_EVICTIONS, "[]"))
            conflicts: list[dict[str, Any]] = []
            chunk: list[PageItem] = []
            for item in items:
                chunk.append(item)
                if len(chunk) >= batch:
                    _apply_items(applier, chunk, deferred, outcome, conflicts)
                    applier.flush_versions()
                    chunk = []
            _apply_items(applier, chunk, deferred, outcome, conflicts)
            applier.flush_versions()
            outcome.conflicts = len(conflicts)
            _append_json(session, CONFLICTS, conflicts)
            _put(session, DEFERRED_EVICTIONS, json.dumps(deferred))
            _put(session, CURSOR, str(seq))
            for key in forget:
                row = session.get(DeviceSetting, key)
                if row is not None:
                    session.delete(row)
        return outcome

    def _settle_acks(
        self,
        session: Session,
        applier: PageApplier,
        acks: list[Ack],
        sent: dict[int, Change],
        outcome: CycleOutcome,
    ) -> None:
        rejected: list[dict[str, Any]] = []
        notices: list[dict[str, Any]] = []
        now = datetime.now(UTC)
        # Set-wise, inside SQLite (one INSERT ... SELECT, one delete for the batch): row by row cost 2 ms
        # an ack, and loading the rows into Python to write them back cost most of the rest.
        seqs = [ack.device_seq for ack in acks]
        kept = [ack.device_seq for ack in acks if ack.status in _KEPT_STATUSES]
        if kept:
            _keep_sent(session, kept, now)
        if seqs:
            session.execute(delete(OutboxChange).where(col(OutboxChange.device_seq).in_(seqs)))
        for ack in acks:
            change = sent[ack.device_seq]
            outcome.cleared += 1
            if ack.status == "rejected":
                # Kept visible with its reason and values; the local record is not reverted silently.
                rejected.append(
                    {
                        "device_seq": ack.device_seq,
                        "table": change.table,
                        "record_id": change.record_id,
                        "reason": ack.reason or "",
                        "fields": {k: f.value for k, f in change.fields.items()},
                    }
                )
                outcome.rejected += 1
            elif ack.status == "purged":
                applier.remove(change.table, change.record_id, drop_pending=True)
                notices.append({"kind": "purged", "table": change.table, "record_id": change.record_id})
            elif ack.status in ("applied", "duplicate"):
                # The versions the server gave our fields: the server does not echo a change it stored as
                # sent, so the next edit of these fields must start from them.
                applier.ack_versions(change, ack.fields)
        session.execute(delete(SentChange).where(col(SentChange.acked_at) < now - SENT_RETENTION))
        session.flush()
        _append_json(session, REJECTED, rejected)
        _append_json(session, NOTICES, notices)
