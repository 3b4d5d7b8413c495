"""ImportReport: what a directory import wrote (per table) and every problem it met, with stable codes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"  # nothing lost that the directory keeps (an unknown field, a table LinkDesk does not hold)
    WARNING = "warning"  # the row was kept but a value or a link was dropped
    ERROR = "error"  # the row (or file) was not imported


@dataclass(frozen=True)
class ImportWarning:
    """One problem. `row` is the spreadsheet row (header = 1) for CSV; `record_id` the id when known."""

    severity: Severity
    code: str
    table: str
    detail: str
    file: str | None = None
    row: int | None = None
    record_id: str | None = None
    field: str | None = None


@dataclass
class TableCounts:
    inserted: int = 0
    updated: int = 0  # the id was already stored and was written again


@dataclass
class ImportReport:
    source: str
    format: str
    counts: dict[str, TableCounts] = field(default_factory=dict)
    warnings: list[ImportWarning] = field(default_factory=list)
    # Ids of the services whose search entry was refreshed.
    touched_service_ids: frozenset[str] = frozenset()
    _once: set[tuple[str, str, str]] = field(default_factory=set, repr=False)
    _seen: set[tuple[object, ...]] = field(default_factory=set, repr=False)

    def add(self, warning: ImportWarning) -> None:
        """Record a warning. The same problem of the same record met again (API JSON repeats a location in
        every object that uses it, across files too) is reported once, at its first place."""
        w = warning
        key = (w.severity, w.code, w.table, w.record_id, w.field, w.detail) if w.record_id else (w,)
        if key not in self._seen:
            self._seen.add(key)
            self.warnings.append(warning)

    def add_once(self, warning: ImportWarning) -> None:
        """Record a warning only the first time its (code, table, field) is seen, e.g. an unknown column."""
        key = (warning.code, warning.table, warning.field or "")
        if key not in self._once:
            self._once.add(key)
            self.add(warning)

    def table(self, name: str) -> TableCounts:
        return self.counts.setdefault(name, TableCounts())

    def inserted(self, table: str) -> int:
        return self.counts[table].inserted if table in self.counts else 0

    def updated(self, table: str) -> int:
        return self.counts[table].updated if table in self.counts else 0

    def codes(self, severity: Severity | None = None) -> Counter[str]:
        return Counter(w.code for w in self.warnings if severity is None or w.severity is severity)

    def of(self, code: str) -> list[ImportWarning]:
        return [w for w in self.warnings if w.code == code]

    @property
    def has_errors(self) -> bool:
        return any(w.severity is Severity.ERROR for w in self.warnings)
