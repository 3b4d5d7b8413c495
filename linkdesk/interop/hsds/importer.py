"""import_directory: detect the format, read it all into a batch, write it through the caller's session."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session

from linkdesk.errors import ImportFormatError
from linkdesk.interop.hsds.batch import Batch, ParseContext
from linkdesk.interop.hsds.detect import DirectoryFormat, detect_format, import_root
from linkdesk.interop.hsds.json_api import iter_json_files, read_json_file
from linkdesk.interop.hsds.loader import load_batch
from linkdesk.interop.hsds.ohana import OhanaReader
from linkdesk.interop.hsds.report import ImportReport
from linkdesk.interop.hsds.tabular import read_package

_SOURCE_LENGTH = 200


def import_directory(
    session: Session, path: Path, *, source: str | None = None, now: datetime | None = None
) -> ImportReport:
    """Import (or re-import: rows are upserted by id) a directory data set into the store.

    `source` names the import set (default: the folder name, or the file name without .json); Ohana ids are
    derived from it, so re-import an Ohana set under the same source. Problems with rows become warnings in
    the report; only a path that cannot be read at all raises ImportFormatError. Flushes, never commits.
    """
    data_format = detect_format(path)
    root = import_root(path)
    name = source or (root.stem if data_format is DirectoryFormat.HSDS_JSON_FILE else root.resolve().name)
    report = ImportReport(source=name[:_SOURCE_LENGTH], format=data_format.value)
    ctx = ParseContext(report, Batch(), report.source)
    if data_format is DirectoryFormat.HSDS_TABULAR:
        read_package(root, ctx)
    elif data_format is DirectoryFormat.OHANA_CSV:
        OhanaReader(root, ctx).read()
    elif data_format is DirectoryFormat.HSDS_JSON_FILE:
        read_json_file(root, ctx, root.name, must_read=True)
    else:
        results = [read_json_file(file, ctx, file.name, must_read=False) for file in iter_json_files(root)]
        if not any(results) and not len(ctx.batch):
            raise ImportFormatError("no readable directory data in the folder", path=str(path))
    ctx.batch.report_duplicates(report)
    load_batch(session, ctx.batch, report, source=report.source, now=now or datetime.now(UTC))
    return report
