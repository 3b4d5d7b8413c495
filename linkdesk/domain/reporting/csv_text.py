"""A report as CSV text and as an aligned plain-text table (aggregates only, never personal rows)."""

from __future__ import annotations

import csv
import io

from linkdesk.domain.reporting.cells import csv_rows, report_table
from linkdesk.domain.reporting.figures import Report


def _about(report: Report, deidentified: bool) -> list[list[str]]:
    period = report.period
    return [
        ["report", "period", "start", "date", period.start.isoformat() if period.start else ""],
        ["report", "period", "end", "date", period.end.isoformat() if period.end else ""],
        ["report", "period", "utc_offset_minutes", "minutes", str(period.utc_offset_minutes)],
        ["report", "scope", report.scope, "generated_at", report.generated_at.isoformat(timespec="seconds")],
        ["report", "suppression", "under_5", "applied", "yes" if deidentified else "no"],
    ]


def report_rows(report: Report, *, deidentified: bool) -> list[list[str]]:
    """Header, the rows saying what the report covers, then one row per cell."""
    table = report_table(report)
    rows = csv_rows(table, table.suppressed() if deidentified else None)
    return [rows[0], *_about(report, deidentified), *rows[1:]]


def report_csv_text(report: Report, *, deidentified: bool) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(report_rows(report, deidentified=deidentified))
    return out.getvalue()


def report_text_table(report: Report, *, deidentified: bool) -> str:
    """The same rows as the CSV, in aligned columns with a blank line between figures."""
    rows = report_rows(report, deidentified=deidentified)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines: list[str] = []
    previous = None
    for row in rows:
        if previous is not None and row[0] != previous:
            lines.append("")
        previous = row[0]
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines) + "\n"
