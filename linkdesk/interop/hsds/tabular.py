"""The HSDS tabular data package: datapackage.json plus one CSV file per table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from linkdesk.interop.hsds.batch import ParseContext
from linkdesk.interop.hsds.fields import KNOWN_FIELDS, TABULAR_FILES
from linkdesk.interop.hsds.report import Severity
from linkdesk.interop.hsds.rows import Origin

CsvRows = list[tuple[int, dict[str, Any]]]
# A link target is a short relative path; a git checkout without symlink support stores it as the file's text.
_MAX_LINK_LENGTH = 300


def read_csv(path: Path, ctx: ParseContext, table: str, file: str) -> tuple[list[str], CsvRows] | None:
    """Rows numbered as a spreadsheet shows them (header = 1). None when the file cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as error:
        ctx.problem(Severity.ERROR, "unreadable_file", table, f"cannot read the file: {error.strerror}", file)
        return None
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = data.decode("cp1252", errors="replace")
        ctx.problem(Severity.WARNING, "encoding_fallback", table, "not UTF-8; read as Windows-1252", file)
    try:
        reader = csv.DictReader(io.StringIO(content, newline=""))
        header = [name.strip() for name in reader.fieldnames or []]
        reader.fieldnames = header
        rows = [(number, row) for number, row in enumerate(reader, start=2)]
    except csv.Error as error:
        ctx.problem(Severity.ERROR, "unreadable_file", table, f"not a readable CSV file: {error}", file)
        return None
    return header, rows


def read_package(folder: Path, ctx: ParseContext) -> None:
    for resource, relative in _resources(folder, ctx).items():
        if resource not in TABULAR_FILES:
            if (folder / relative).is_file():
                ctx.note_once(
                    "table_not_imported", resource, "LinkDesk's directory does not keep this table", relative
                )
            continue
        path = folder / relative
        if not path.is_file():
            ctx.problem(
                Severity.WARNING,
                "missing_file",
                resource,
                "the package lists this file but it is absent",
                relative,
            )
            continue
        parsed = read_csv(path, ctx, resource, relative)
        if parsed is not None:
            read_table_rows(resource, parsed[0], parsed[1], relative, ctx)


def read_table_rows(
    resource: str,
    header: Iterable[str],
    rows: Iterable[tuple[int | None, Mapping[str, Any]]],
    file: str,
    ctx: ParseContext,
) -> None:
    """Rows of one tabular resource (from CSV, or from the tabular JSON example) into the batch."""
    known = KNOWN_FIELDS[resource]
    for column in header:
        if column not in known:
            ctx.note_once("unknown_field", resource, "not an HSDS 3.0 column; ignored", file, column)
    table = "service_taxonomy" if resource == "attribute" else resource
    for number, published in rows:
        raw = published
        origin = Origin(file, number, doc=f"{file}#{resource}")
        if None in raw:
            ctx.builder.warn(
                Severity.WARNING, "ragged_row", table, "more values than columns; extras ignored", origin
            )
        if resource == "attribute":
            link = _attribute_link(raw, ctx, file)
            if link is None:
                continue
            raw = link
        record_id = raw.get("id")
        if (
            isinstance(record_id, str)
            and record_id.strip()
            and not ctx.batch.claim(table, record_id.strip(), origin)
        ):
            continue
        row = ctx.builder.build(table, raw, origin)
        if row is not None:
            ctx.batch.put(table, row, origin)


# Attributes also classify organizations, locations and others; the directory keeps service links only.
_OTHER_ENTITIES = frozenset(
    {
        "organization",
        "location",
        "service_at_location",
        "phone",
        "contact",
        "schedule",
        "address",
        "program",
        "language",
        "accessibility",
        "funding",
        "service_area",
        "required_document",
        "cost_option",
    }
)


def _attribute_link(raw: Mapping[str, Any], ctx: ParseContext, file: str) -> dict[str, Any] | None:
    entity = str(raw.get("link_entity") or "").strip().lower()
    if entity in _OTHER_ENTITIES:
        ctx.note_once(
            "table_not_imported",
            "attribute",
            f"classifications of {entity} rows are not kept",
            file,
            f"link_entity={entity}",
        )
        return None
    # "service", blank or unrecognised: read as a service link; an unknown link_id is reported by the loader.
    return {
        "id": raw.get("id"),
        "service_id": raw.get("link_id"),
        "taxonomy_term_id": raw.get("taxonomy_term_id"),
    }


def _resources(folder: Path, ctx: ParseContext) -> dict[str, str]:
    """Resource name -> file path relative to the folder, from datapackage.json or the conventional names."""
    descriptor = _descriptor(folder, ctx)
    resources = descriptor.get("resources") if descriptor else None
    if not isinstance(resources, list):
        # No usable descriptor: the conventional names, and only the files that are there.
        return {name: file for name, file in TABULAR_FILES.items() if (folder / file).is_file()}
    found: dict[str, str] = {}
    for resource in resources:
        if not isinstance(resource, dict):
            continue
        name, path = resource.get("name"), resource.get("path")
        if not isinstance(name, str) or not isinstance(path, str):
            continue
        if "://" in path:
            ctx.problem(
                Severity.ERROR, "remote_resource", name, "the file is online; import works offline", path
            )
            continue
        found[name] = path
    return found


def _descriptor(folder: Path, ctx: ParseContext) -> dict[str, Any] | None:
    path = folder / "datapackage.json"
    if not path.is_file():
        ctx.note_once(
            "no_descriptor", "datapackage", "no datapackage.json; conventional file names used", None
        )
        return None
    content = path.read_text(encoding="utf-8-sig", errors="replace")
    try:
        loaded = json.loads(content)
    except json.JSONDecodeError:
        loaded = _follow_link(folder, content.strip(), ctx)
    if isinstance(loaded, dict):
        return loaded
    ctx.problem(
        Severity.WARNING,
        "bad_descriptor",
        "datapackage",
        "datapackage.json is not a JSON object; conventional file names used",
        "datapackage.json",
    )
    return None


def _follow_link(folder: Path, content: str, ctx: ParseContext) -> Any:
    if not content or len(content) > _MAX_LINK_LENGTH or "\n" in content or not content.endswith(".json"):
        return None
    target = folder / content
    try:
        loaded = json.loads(target.read_text(encoding="utf-8-sig"))
    except (OSError, json.JSONDecodeError):
        return None
    ctx.note_once(
        "descriptor_link",
        "datapackage",
        f"datapackage.json points to {content}; read that file",
        "datapackage.json",
    )
    return loaded
