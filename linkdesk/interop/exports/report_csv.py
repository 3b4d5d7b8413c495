"""CSV files of a report's figures, in full or de-identified (cells under 5 suppressed, docs/reports.md)."""

from __future__ import annotations

from pathlib import Path

from linkdesk.domain.reporting.csv_text import report_csv_text
from linkdesk.domain.reporting.figures import Report


def write_report_csv(report: Report, path: Path, *, deidentified: bool) -> Path:
    """UTF-8 with a byte order mark (spreadsheet programs then read accents right); written atomically."""
    text = report_csv_text(report, deidentified=deidentified)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8-sig", newline="")
    tmp.replace(path)
    return path
