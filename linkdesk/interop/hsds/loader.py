"""Writes a batch into the directory tables: references checked, rows upserted by id, search refreshed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from linkdesk.interop.hsds.batch import Batch, Entry
from linkdesk.interop.hsds.fields import TABLE_ORDER
from linkdesk.interop.hsds.report import ImportReport, ImportWarning, Severity
from linkdesk.store.directory_search import reindex_services
from linkdesk.store.directory_tables import (
    Address,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceTaxonomy,
    TaxonomyTerm,
)

MODELS: dict[str, Any] = {
    "organization": Organization,
    "location": Location,
    "service": Service,
    "service_at_location": ServiceAtLocation,
    "address": Address,
    "phone": Phone,
    "schedule": Schedule,
    "taxonomy_term": TaxonomyTerm,
    "service_taxonomy": ServiceTaxonomy,
    "language": Language,
}
# (column, table it points to, required). A missing required target drops the row; any other only the link.
REFERENCES: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "organization": (("parent_organization_id", "organization", False),),
    "location": (("organization_id", "organization", False),),
    "service": (("organization_id", "organization", False),),
    "service_at_location": (("service_id", "service", True), ("location_id", "location", True)),
    "address": (("location_id", "location", True),),
    "phone": (
        ("service_id", "service", False),
        ("location_id", "location", False),
        ("organization_id", "organization", False),
        ("service_at_location_id", "service_at_location", False),
    ),
    "schedule": (
        ("service_id", "service", False),
        ("location_id", "location", False),
        ("service_at_location_id", "service_at_location", False),
    ),
    "taxonomy_term": (("parent_id", "taxonomy_term", False),),
    "service_taxonomy": (("service_id", "service", True), ("taxonomy_term_id", "taxonomy_term", True)),
    "language": (
        ("service_id", "service", False),
        ("location_id", "location", False),
        ("phone_id", "phone", False),
    ),
}
SELF_PARENT = {"organization": "parent_organization_id", "taxonomy_term": "parent_id"}
# Rows that only make sense hanging off a service, location or organization.
OWNED = frozenset({"phone", "schedule", "language"})
_CHUNK = 500


def load_batch(session: Session, batch: Batch, report: ImportReport, *, source: str, now: datetime) -> None:
    """Upsert every table in dependency order (flushing between tables, parents before children), then
    refresh the search entries of every service the import touched. Never commits."""
    valid: dict[str, set[str]] = {}
    for table in TABLE_ORDER:
        stored = _stored_ids(session, MODELS[table], batch.ids(table))
        entries = _checked(session, table, batch, valid=valid, stored=stored, report=report)
        valid[table] = {str(entry.row["id"]) for entry in entries}
        _write(session, table, entries, stored, report, source=source, now=now)
    touched = _touched_services(session, batch, valid)
    reindex_services(session, touched)
    report.touched_service_ids = frozenset(touched)


def _checked(session: Session, table: str, batch: Batch, *, valid: dict[str, set[str]], stored: set[str],
             report: ImportReport) -> list[Entry]:
    """The table's rows whose references hold, against this import and what the directory already has."""
    entries = list(batch.tables[table].values())
    known: dict[str, set[str]] = {}
    for column, target, _required in REFERENCES[table]:
        known.setdefault(target, valid.get(target, set()) | (batch.ids(table) if target == table else set()))
        wanted = {str(e.row[column]) for e in entries if e.row.get(column) is not None} - known[target]
        known[target] |= _stored_ids(session, MODELS[target], wanted)
    return [entry for entry in entries if _holds(table, entry, known, stored, report)]


def _holds(table: str, entry: Entry, known: dict[str, set[str]], stored: set[str],
           report: ImportReport) -> bool:
    """Drop broken links (a warning) or the whole row when a required one is broken (an error). A broken
    link is removed from the row rather than nulled, so a stored row keeps the link it had."""
    row, record_id = entry.row, str(entry.row["id"])
    for column, target, required in REFERENCES[table]:
        value = row.get(column)
        if value is None:
            continue
        if SELF_PARENT.get(table) == column and value == record_id:
            _warn(report, entry, Severity.WARNING, "self_reference", column=column,
                  detail=f"{column} is the record's own id; dropped")
            row.pop(column)
        elif value not in known[target]:
            if required:
                _warn(report, entry, Severity.ERROR, "unknown_reference", column=column,
                      detail=f"{column} {value!r} matches no {target}; the row was not imported")
                return False
            _warn(report, entry, Severity.WARNING, "unknown_reference", column=column,
                  detail=f"{column} {value!r} matches no {target}; the link was dropped")
            row.pop(column)
    owners = [column for column, _target, _required in REFERENCES[table]]
    if table in OWNED and record_id not in stored and not any(row.get(column) for column in owners):
        _warn(report, entry, Severity.ERROR, "no_owner", column=None,
              detail="belongs to no service, location or organization in the directory; not imported")
        return False
    return True


def _write(session: Session, table: str, entries: list[Entry], stored: set[str], report: ImportReport, *,
           source: str, now: datetime) -> None:
    model = MODELS[table]
    current = {obj.id: obj for chunk in _chunks(stored)
               for obj in session.scalars(select(model).where(model.id.in_(chunk)))}
    counts = report.table(table)
    for wave in _waves(table, entries, report):
        for entry in wave:
            values = {**entry.row, "source": source, "imported_at": now}
            existing = current.get(entry.row["id"])
            if existing is None:
                session.add(model(**values))
                counts.inserted += 1
            else:
                for column, value in values.items():
                    setattr(existing, column, value)
                counts.updated += 1
        session.flush()


def _waves(table: str, entries: list[Entry], report: ImportReport) -> list[list[Entry]]:
    """Rows of a self-referencing table in waves, parents first, so no row points at one not yet written.
    A loop of parents (A under B under A) is broken where it closes, with a warning."""
    column = SELF_PARENT.get(table)
    if column is None:
        return [entries]
    by_id = {str(e.row["id"]): e for e in entries}
    depth: dict[str, int] = {}
    for start in by_id:
        chain: list[str] = []
        node: str | None = start
        while node is not None and node in by_id and node not in depth:
            if node in chain:
                looping = by_id[chain[-1]]
                _warn(report, looping, Severity.WARNING, "reference_cycle", column=column,
                      detail=f"{column} loops back to this record; dropped")
                looping.row.pop(column, None)
                base = 0
                break
            chain.append(node)
            node = by_id[node].row.get(column)
        else:
            base = depth[node] + 1 if node is not None and node in depth else 0
        for offset, member in enumerate(reversed(chain)):
            depth[member] = base + offset
    waves: list[list[Entry]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for record_id, entry in by_id.items():
        waves[depth[record_id]].append(entry)
    return waves


def _touched_services(session: Session, batch: Batch, valid: dict[str, set[str]]) -> set[str]:
    """Services whose search text may have changed: their own rows, organizations, places or terms."""
    touched = set(valid["service"])
    touched |= {
        str(e.row["service_id"])
        for t in ("service_at_location", "service_taxonomy")
        for e in batch.tables[t].values()
        if str(e.row["id"]) in valid[t] and e.row.get("service_id")
    }
    locations = valid["location"] | {
        str(e.row["location_id"])
        for e in batch.tables["address"].values()
        if str(e.row["id"]) in valid["address"]
    }
    for owner, column, ids in (
        (col(Service.id), col(Service.organization_id), valid["organization"]),
        (col(ServiceAtLocation.service_id), col(ServiceAtLocation.location_id), locations),
        (col(ServiceTaxonomy.service_id), col(ServiceTaxonomy.taxonomy_term_id), valid["taxonomy_term"]),
    ):
        for chunk in _chunks(ids):
            touched |= {str(sid) for sid in session.scalars(select(owner).where(column.in_(chunk)))}
    return touched


def _stored_ids(session: Session, model: Any, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found |= {str(value) for value in session.scalars(select(model.id).where(model.id.in_(chunk)))}
    return found


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(ids)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _warn(report: ImportReport, entry: Entry, severity: Severity, code: str, *, column: str | None,
          detail: str) -> None:
    report.add(ImportWarning(severity, code, entry.table, detail, entry.origin.file, entry.origin.row,
                             str(entry.row["id"]), column))
