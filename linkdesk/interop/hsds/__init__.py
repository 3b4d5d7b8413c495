"""Open Referral HSDS directory import (3.0 tabular package, 3.0 API JSON, Ohana CSV) into the local store."""

from __future__ import annotations

from linkdesk.interop.hsds.detect import DirectoryFormat, detect_format
from linkdesk.interop.hsds.importer import import_directory
from linkdesk.interop.hsds.report import ImportReport, ImportWarning, Severity, TableCounts

__all__ = [
    "DirectoryFormat",
    "ImportReport",
    "ImportWarning",
    "Severity",
    "TableCounts",
    "detect_format",
    "import_directory",
]
