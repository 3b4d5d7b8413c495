"""Which directory format a path holds: HSDS tabular package, HSDS API JSON (file or folder) or Ohana CSV."""

from __future__ import annotations

import csv
from enum import StrEnum
from pathlib import Path

from linkdesk.errors import ImportFormatError
from linkdesk.interop.hsds.fields import TABULAR_FILES
from linkdesk.interop.hsds.ohana import MARKER_FILES


class DirectoryFormat(StrEnum):
    HSDS_TABULAR = "hsds_tabular"  # a folder with datapackage.json and/or the HSDS CSV files
    HSDS_JSON_FILE = "hsds_json_file"
    HSDS_JSON_FOLDER = "hsds_json_folder"
    OHANA_CSV = "ohana_csv"


def detect_format(path: Path) -> DirectoryFormat:
    """Raises ImportFormatError when the path is missing or holds nothing the importer reads."""
    if not path.exists():
        raise ImportFormatError("no such file or folder", path=str(path))
    if path.is_file():
        if path.name.lower() == "datapackage.json":
            return DirectoryFormat.HSDS_TABULAR
        if path.suffix.lower() == ".json":
            return DirectoryFormat.HSDS_JSON_FILE
        raise ImportFormatError("not a directory data file (expected .json or a folder)", path=str(path))
    if (path / "datapackage.json").is_file():
        return DirectoryFormat.HSDS_TABULAR
    if any((path / name).is_file() for name in MARKER_FILES) or _has_ohana_services(path):
        return DirectoryFormat.OHANA_CSV
    if any((path / name).is_file() for name in TABULAR_FILES.values()):
        return DirectoryFormat.HSDS_TABULAR
    if any(child.is_file() and child.suffix.lower() == ".json" for child in path.iterdir()):
        return DirectoryFormat.HSDS_JSON_FOLDER
    raise ImportFormatError("the folder holds no directory data", path=str(path))


def _has_ohana_services(folder: Path) -> bool:
    """Ohana services hang off locations (location_id) where HSDS services name an organization_id."""
    services = folder / "services.csv"
    if not services.is_file():
        return False
    try:
        with services.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            header = {name.strip() for name in next(csv.reader(handle), [])}
    except OSError:
        return False
    return "location_id" in header and "organization_id" not in header


def import_root(path: Path) -> Path:
    """The folder a tabular import reads from (the user may pick datapackage.json itself)."""
    return path.parent if path.is_file() and path.name.lower() == "datapackage.json" else path
