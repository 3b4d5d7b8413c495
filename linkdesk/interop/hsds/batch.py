"""Batch: every record one import read, merged by id per table, before it is checked and written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from linkdesk.interop.hsds.fields import TABLE_ORDER
from linkdesk.interop.hsds.report import ImportReport, ImportWarning, Severity
from linkdesk.interop.hsds.rows import Origin, RowBuilder


@dataclass
class Entry:
    table: str
    row: dict[str, Any]
    origin: Origin


class Batch:
    """Rows by table and id. API JSON repeats objects (a location inside every service that uses it), so
    copies of one id merge: the first value of a field wins and later copies only fill what is missing.
    The same id twice at the top level of one file is a publisher error: the first is kept and reported."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[str, Entry]] = {table: {} for table in TABLE_ORDER}
        self._claims: dict[tuple[str, str, str], tuple[int, Origin]] = {}

    def claim(self, table: str, record_id: str, origin: Origin) -> bool:
        """Note a top-level record; False when its id already appeared at the top level of this document."""
        key = (origin.doc, table, record_id)
        count, first = self._claims.get(key, (0, origin))
        self._claims[key] = (count + 1, first)
        return count == 0

    def put(self, table: str, row: dict[str, Any], origin: Origin) -> None:
        rows = self.tables[table]
        entry = rows.get(row["id"])
        if entry is None:
            rows[row["id"]] = Entry(table, dict(row), origin)
            return
        for column, value in row.items():
            if entry.row.get(column) is None and (value is not None or column not in entry.row):
                entry.row[column] = value

    def report_duplicates(self, report: ImportReport) -> None:
        for (_doc, table, record_id), (count, origin) in self._claims.items():
            if count > 1:
                detail = f"the id appears {count} times at the top level of {origin.file}; the first was read"
                report.add(ImportWarning(Severity.WARNING, "duplicate_id", table, detail, origin.file, None,
                                         record_id))

    def ids(self, table: str) -> set[str]:
        return set(self.tables[table])

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


@dataclass
class ParseContext:
    """What every format reader writes into: the report, the row builder and the batch."""

    report: ImportReport
    batch: Batch
    source: str
    builder: RowBuilder = field(init=False)

    def __post_init__(self) -> None:
        self.builder = RowBuilder(self.report)

    def note_once(self, code: str, table: str, detail: str, file: str | None,
                  column: str | None = None) -> None:
        self.report.add_once(ImportWarning(Severity.INFO, code, table, detail, file, None, None, column))

    def problem(self, severity: Severity, code: str, table: str, detail: str, file: str | None) -> None:
        self.report.add(ImportWarning(severity, code, table, detail, file))
