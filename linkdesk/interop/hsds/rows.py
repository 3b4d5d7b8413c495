"""Published HSDS objects or CSV rows -> clean row dicts for one directory table, warning about bad values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from linkdesk.interop.hsds import clean
from linkdesk.interop.hsds.report import ImportReport, ImportWarning, Severity

Cleaner = Callable[[Any], Any]


@dataclass(frozen=True)
class Origin:
    """Where a record was read: the file, the CSV row (header = 1) and the scope duplicates are judged in."""

    file: str | None
    row: int | None = None
    doc: str = ""


@dataclass(frozen=True)
class TableSpec:
    fields: tuple[tuple[str, str, Cleaner], ...]  # (column, published key, cleaner)
    required: tuple[str, ...] = ()  # without these the row is not imported
    expected: tuple[str, ...] = ()  # HSDS requires them, the directory can do without: a warning


def _spec(required: tuple[str, ...], expected: tuple[str, ...], *fields: tuple[str, Cleaner]) -> TableSpec:
    return TableSpec(tuple((name, name, cleaner) for name, cleaner in fields), required, expected)


_T, _I = clean.text, clean.ident
SPECS: dict[str, TableSpec] = {
    "organization": _spec(
        ("id", "name"),
        ("description",),
        ("id", _I),
        ("name", _T),
        ("alternate_name", _T),
        ("description", _T),
        ("email", clean.email),
        ("website", clean.url),
        ("parent_organization_id", _I),
    ),
    "service": _spec(
        ("id", "name"),
        ("status",),
        ("id", _I),
        ("organization_id", _I),
        ("name", _T),
        ("alternate_name", _T),
        ("description", _T),
        ("url", clean.url),
        ("email", clean.email),
        ("status", clean.status),
        ("fees_description", _T),
        ("eligibility_description", _T),
        ("application_process", _T),
        ("interpretation_services", _T),
        ("accreditations", _T),
        ("assured_date", clean.day),
        ("last_modified", clean.moment),
    ),
    "location": _spec(
        ("id",),
        (),
        ("id", _I),
        ("organization_id", _I),
        ("name", _T),
        ("alternate_name", _T),
        ("description", _T),
        ("location_type", _T),
        ("transportation", _T),
        ("url", clean.url),
        ("latitude", clean.latitude),
        ("longitude", clean.longitude),
    ),
    "service_at_location": _spec(
        ("id", "service_id", "location_id"),
        (),
        ("id", _I),
        ("service_id", _I),
        ("location_id", _I),
        ("description", _T),
    ),
    "address": _spec(
        ("id", "location_id"),
        (),
        ("id", _I),
        ("location_id", _I),
        ("attention", _T),
        ("address_1", _T),
        ("address_2", _T),
        ("city", _T),
        ("region", _T),
        ("state_province", _T),
        ("postal_code", _T),
        ("country", _T),
        ("address_type", _T),
    ),
    "phone": _spec(
        ("id", "number"),
        (),
        ("id", _I),
        ("service_id", _I),
        ("location_id", _I),
        ("organization_id", _I),
        ("service_at_location_id", _I),
        ("number", clean.phone_number),
        ("extension", _T),
        ("type", _T),
        ("description", _T),
    ),
    "schedule": _spec(
        ("id",),
        (),
        ("id", _I),
        ("service_id", _I),
        ("location_id", _I),
        ("service_at_location_id", _I),
        ("description", _T),
        ("freq", _T),
        ("byday", clean.byday),
        ("opens_at", clean.clock),
        ("closes_at", clean.clock),
        ("valid_from", clean.day),
        ("valid_to", clean.day),
        ("notes", _T),
        ("closed", clean.flag),
    ),
    "taxonomy_term": _spec(
        ("id", "name"),
        ("description",),
        ("id", _I),
        ("name", _T),
        ("code", _T),
        ("description", _T),
        ("parent_id", _I),
        ("taxonomy", _T),
        ("language", _T),
        ("term_uri", clean.url),
    ),
    "service_taxonomy": _spec(
        ("id", "service_id", "taxonomy_term_id"),
        (),
        ("id", _I),
        ("service_id", _I),
        ("taxonomy_term_id", _I),
    ),
    "language": _spec(
        ("id",),
        (),
        ("id", _I),
        ("service_id", _I),
        ("location_id", _I),
        ("phone_id", _I),
        ("name", _T),
        ("code", _T),
        ("note", _T),
    ),
}


class RowBuilder:
    """Builds rows for one import, reporting into its report. Only keys present in the input are set, so a
    partial copy (a service list's short organization) never blanks what a fuller copy stored."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report

    def warn(
        self,
        severity: Severity,
        code: str,
        table: str,
        detail: str,
        origin: Origin,
        *,
        record_id: str | None = None,
        field: str | None = None,
    ) -> None:
        self.report.add(
            ImportWarning(severity, code, table, detail, origin.file, origin.row, record_id, field)
        )

    def build(
        self,
        table: str,
        raw: Mapping[str, Any],
        origin: Origin,
        extra: Mapping[str, Any] | None = None,
        *,
        hsds: bool = True,
    ) -> dict[str, Any] | None:
        """`hsds=False` (older layouts such as Ohana) skips the check of fields only HSDS 3.0 requires."""
        spec = SPECS[table]
        row: dict[str, Any] = {}
        problems: set[str] = set()
        record_id = _peek_id(raw.get("id"))
        for column, key, cleaner in spec.fields:
            if key not in raw:
                continue
            try:
                row[column] = cleaner(raw[key])
            except clean.BadValueError as error:
                problems.add(error.code)
                self.warn(
                    Severity.WARNING, error.code, table, error.detail, origin, record_id=record_id, field=key
                )
                row[column] = None
        row.update({k: v for k, v in (extra or {}).items() if v is not None})
        _finish(table, raw, row, problems)
        for column in spec.required:
            if row.get(column) is None:
                self.warn(
                    Severity.ERROR,
                    "missing_required",
                    table,
                    f"no {column}; the row was not imported",
                    origin,
                    record_id=record_id,
                    field=column,
                )
                return None
        for column in spec.expected if hsds else ():
            if row.get(column) is None:
                self.warn(
                    Severity.WARNING,
                    "missing_required",
                    table,
                    f"no {column} (HSDS requires one)",
                    origin,
                    record_id=record_id,
                    field=column,
                )
        if table == "service" and row.get("status") not in (None, *clean.STATUSES):
            self.warn(
                Severity.INFO,
                "unknown_status",
                table,
                f"status {row['status']!r} kept as published",
                origin,
                record_id=record_id,
                field="status",
            )
        return row


def _peek_id(value: Any) -> str | None:
    try:
        return clean.text(value)
    except clean.BadValueError:
        return None


def _finish(table: str, raw: Mapping[str, Any], row: dict[str, Any], problems: set[str]) -> None:
    """Rules that span fields."""
    if table == "location" and "bad_coordinates" in problems:
        # Half a position is worse than none: a map pin in the wrong hemisphere.
        row["latitude"] = row["longitude"] = None
    if table == "service":
        if row.get("fees_description") is None and "fees" in raw:
            with suppress(clean.BadValueError):
                row["fees_description"] = clean.text(raw["fees"])  # HSDS 3.0 deprecated `fees` for this
        if "assured_date" in row or "last_modified" in row:
            modified = row.get("last_modified")
            row["last_verified"] = row.get("assured_date") or (modified.date() if modified else None)
