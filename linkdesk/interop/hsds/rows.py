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
    fields: tuple[tuple[str, Cleaner], ...]  # published field = column, and how its value is cleaned
    required: tuple[str, ...]  # without these the row is not imported
    expected: tuple[str, ...]  # HSDS requires them, the directory can do without: a warning


def _spec(columns: str, required: str, expected: str = "", **cleaners: Cleaner) -> TableSpec:
    """Columns are text unless named in `cleaners`; `id` and `*_id` columns are ids."""

    def cleaner(name: str) -> Cleaner:
        return cleaners.get(name) or (clean.ident if name == "id" or name.endswith("_id") else clean.text)

    names = columns.split()
    return TableSpec(tuple((name, cleaner(name)) for name in names), tuple(required.split()),
                     tuple(expected.split()))


SPECS: dict[str, TableSpec] = {
    "organization": _spec("id name alternate_name description email website parent_organization_id",
                          "id name", "description", email=clean.email, website=clean.url),
    "service": _spec(
        "id organization_id name alternate_name description url email status fees_description "
        "eligibility_description application_process interpretation_services accreditations assured_date "
        "last_modified", "id name", "status", url=clean.url, email=clean.email, status=clean.status,
        assured_date=clean.day, last_modified=clean.moment),
    "location": _spec(
        "id organization_id name alternate_name description location_type transportation url latitude "
        "longitude", "id", url=clean.url, latitude=clean.latitude, longitude=clean.longitude),
    "service_at_location": _spec("id service_id location_id description", "id service_id location_id"),
    "address": _spec("id location_id attention address_1 address_2 city region state_province postal_code "
                     "country address_type", "id location_id"),
    "phone": _spec("id service_id location_id organization_id service_at_location_id number extension type "
                   "description", "id number", number=clean.phone_number),
    "schedule": _spec(
        "id service_id location_id service_at_location_id description freq byday opens_at closes_at "
        "valid_from valid_to notes closed", "id", byday=clean.byday, opens_at=clean.clock,
        closes_at=clean.clock, valid_from=clean.day, valid_to=clean.day, closed=clean.flag),
    "taxonomy_term": _spec("id name code description parent_id taxonomy language term_uri", "id name",
                           "description", term_uri=clean.url),
    "service_taxonomy": _spec("id service_id taxonomy_term_id", "id service_id taxonomy_term_id"),
    "language": _spec("id service_id location_id phone_id name code note", "id"),
}


_PHONE_OWNERS = ("service_id", "location_id", "organization_id", "service_at_location_id")


class RowBuilder:
    """Builds rows for one import, reporting into its report. Only keys present in the input are set, so a
    partial copy (a service list's short organization) never blanks what a fuller copy stored."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report

    def warn(self, severity: Severity, code: str, table: str, detail: str, origin: Origin, *,
             record_id: str | None = None, field: str | None = None) -> None:
        warning = ImportWarning(severity, code, table, detail, origin.file, origin.row, record_id, field)
        self.report.add(warning)

    def build(self, table: str, raw: Mapping[str, Any], origin: Origin,
              extra: Mapping[str, Any] | None = None, *, hsds: bool = True) -> dict[str, Any] | None:
        """The clean row, or None (reported) when a required value is missing. `extra` holds the links a
        nesting implies. `hsds=False` (older layouts such as Ohana) skips the fields only HSDS requires."""
        spec = SPECS[table]
        row: dict[str, Any] = {}
        problems: set[str] = set()
        record_id = _peek_id(raw.get("id"))
        for column, cleaner in spec.fields:
            if column not in raw:
                continue
            try:
                row[column] = cleaner(raw[column])
            except clean.BadValueError as error:
                problems.add(error.code)
                self.warn(Severity.WARNING, error.code, table, error.detail, origin, record_id=record_id,
                          field=column)
                row[column] = None
        row.update({key: value for key, value in (extra or {}).items() if value is not None})
        _finish(table, raw, row, problems)
        if table == "phone" and raw.get("contact_id") and not any(row.get(c) for c in _PHONE_OWNERS):
            # A named person's line: contacts are outside the directory's subset, like their other fields.
            self.warn(Severity.INFO, "contact_phone", table, "a contact's phone; contacts are not kept",
                      origin, record_id=record_id, field="contact_id")
            return None
        for column in spec.required:
            if row.get(column) is None:
                self.warn(Severity.ERROR, "missing_required", table, f"no {column}; the row was not imported",
                          origin, record_id=record_id, field=column)
                return None
        for column in spec.expected if hsds else ():
            if row.get(column) is None:
                self.warn(Severity.WARNING, "missing_required", table, f"no {column} (HSDS requires one)",
                          origin, record_id=record_id, field=column)
        if table == "service" and row.get("status") not in (None, *clean.STATUSES):
            self.warn(Severity.INFO, "unknown_status", table, f"status {row['status']!r} kept as published",
                      origin, record_id=record_id, field="status")
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
