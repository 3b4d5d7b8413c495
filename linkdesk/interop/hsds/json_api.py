"""HSDS 3.0 API JSON: single objects, `Page` lists (`contents`) and the tabular JSON, nesting included."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from linkdesk.errors import ImportFormatError
from linkdesk.interop.hsds.batch import ParseContext
from linkdesk.interop.hsds.fields import TABULAR_FILES
from linkdesk.interop.hsds.json_objects import ObjectWalker, guess_kind
from linkdesk.interop.hsds.report import Severity
from linkdesk.interop.hsds.tabular import read_table_rows

_HINT = re.compile(
    r"^(service_at_location|service|organization|taxonomy_term|taxonomy|location)(?:_(?:full|list))?$"
)
_RESOURCE_OF_FILE = {file: resource for resource, file in TABULAR_FILES.items()}


def read_json_file(path: Path, ctx: ParseContext, file: str, *, must_read: bool) -> bool:
    """Read one .json file into the batch. A file that is not JSON raises ImportFormatError when it is the
    whole import (`must_read`), else it is reported and skipped. Returns whether anything was read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        if must_read:
            raise ImportFormatError("not a readable JSON file", path=str(path), reason=str(error)) from error
        ctx.problem(Severity.ERROR, "unreadable_file", "file", f"not a readable JSON file: {error}", file)
        return False
    match = _HINT.match(path.stem)
    return read_document(data, match[1] if match else None, ctx, file)


def read_document(data: Any, hint: str | None, ctx: ParseContext, file: str) -> bool:
    walker = ObjectWalker(ctx, file)
    if isinstance(data, list):
        return _read_items(walker, data, hint)
    if not isinstance(data, dict):
        ctx.problem(Severity.WARNING, "not_hsds", "file", "not HSDS directory data; skipped", file)
        return False
    if "contents" in data:
        contents = data["contents"]
        if not isinstance(contents, list):
            ctx.problem(Severity.ERROR, "bad_page", "page", "`contents` is not a list; file skipped", file)
            return False
        _check_page(data, len(contents), ctx, file)
        return _read_items(walker, contents, hint)
    if data and all(isinstance(key, str) and key.endswith(".csv") for key in data):
        return _read_tabular_json(data, ctx, file)
    return _read_items(walker, [data], hint)


def _read_items(walker: ObjectWalker, items: list[Any], hint: str | None) -> bool:
    read = False
    for item in items:
        kind = hint or (guess_kind(item) if isinstance(item, dict) else None)
        if kind == "metadata":
            walker.ctx.note_once("api_metadata", "file", "API description, not directory data", walker.file)
        elif kind is None:
            walker.ctx.problem(
                Severity.WARNING, "not_hsds", "file", "not HSDS directory data; skipped", walker.file
            )
        else:
            read = walker.walk(kind, item) or read
    return read


def _read_tabular_json(data: Mapping[str, Any], ctx: ParseContext, file: str) -> bool:
    """The spec's tabular.json: {"services.csv": [rows...], ...}, the CSV package as JSON."""
    for name, rows in data.items():
        resource = _RESOURCE_OF_FILE.get(name)
        if resource is None:
            ctx.note_once(
                "table_not_imported",
                name.removesuffix(".csv"),
                "LinkDesk's directory does not keep this table",
                file,
            )
            continue
        good = [row for row in rows if isinstance(row, dict)] if isinstance(rows, list) else []
        if len(good) != (len(rows) if isinstance(rows, list) else -1):
            ctx.problem(
                Severity.WARNING, "bad_type", resource, f"{name}: rows that are not objects skipped", file
            )
        header = sorted({key for row in good for key in row})
        read_table_rows(resource, header, [(None, row) for row in good], file, ctx)
    return True


def _check_page(page: Mapping[str, Any], count: int, ctx: ParseContext, file: str) -> None:
    """The Page envelope: report a partial list (more pages exist) and an envelope that contradicts itself."""
    number, pages = _count(page.get("page_number")), _count(page.get("total_pages"))
    last = page.get("last_page")
    more_pages = number is not None and pages is not None and number < pages
    if last is False or (last is None and more_pages):
        ctx.problem(Severity.WARNING, "incomplete_page", "page",
                    f"page {number} of {pages}: the other pages are not in this file", file)
    elif last is True and more_pages:
        ctx.problem(Severity.WARNING, "page_inconsistent", "page",
                    f"marked as the last page but it is page {number} of {pages}", file)
    for label in ("size", "total_items"):
        limit = _count(page.get(label))
        if limit is not None and count > limit:
            ctx.problem(Severity.WARNING, "page_inconsistent", "page",
                        f"`contents` holds {count} items but {label} is {limit}", file)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def iter_json_files(folder: Path) -> Iterator[Path]:
    return iter(sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".json"))
