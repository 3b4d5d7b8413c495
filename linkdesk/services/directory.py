"""The offline community resource directory: importing an HSDS data set, searching it, a service's detail."""

from __future__ import annotations

from pathlib import Path

from linkdesk.errors import ImportFormatError
from linkdesk.interop.hsds import ImportReport, Severity, import_directory
from linkdesk.services.context import ServiceContext
from linkdesk.store import directory_search
from linkdesk.store.directory_search import Category, Community, ServiceDetail, ServiceHit
from linkdesk.store.store import Store


def import_directory_file(store: Store, path: Path, *, source: str | None = None) -> ImportReport:
    """Import (or re-import: rows update by id) a directory; problems are in the report, not raised."""
    if not path.exists():
        raise ImportFormatError(reason=f"{path} does not exist")
    with store.writing() as session:
        return import_directory(session, path, source=source)


def report_lines(report: ImportReport) -> list[str]:
    """What an import did, table by table, then every warning with where it was found."""
    lines = [f"Imported {report.source} ({report.format}):"]
    for table, counts in sorted(report.counts.items()):
        lines.append(f"  {table}: {counts.inserted} new, {counts.updated} updated")
    by_severity = {s: sum(1 for w in report.warnings if w.severity is s) for s in Severity}
    lines.append(
        f"{by_severity[Severity.ERROR]} errors, {by_severity[Severity.WARNING]} warnings, "
        f"{by_severity[Severity.INFO]} notes"
    )
    for w in report.warnings:
        where = ", ".join(
            part
            for part in (
                w.file,
                f"row {w.row}" if w.row else None,
                f"id {w.record_id}" if w.record_id else None,
                f"field {w.field}" if w.field else None,
            )
            if part
        )
        lines.append(
            f"  {w.severity.value.upper()} {w.code} [{w.table}{': ' + where if where else ''}] {w.detail}"
        )
    return lines


def search_directory(
    ctx: ServiceContext,
    *,
    text: str,
    category: str | None = None,
    community: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[ServiceHit]:
    with ctx.read() as session:
        return directory_search.search_services(
            session, text, category=category, community=community, limit=limit, offset=offset
        )


def service_detail(ctx: ServiceContext, *, service_id: str) -> ServiceDetail:
    with ctx.read() as session:
        return directory_search.get_service_detail(session, service_id)


def directory_categories(ctx: ServiceContext) -> list[Category]:
    with ctx.read() as session:
        return directory_search.list_categories(session)


def directory_communities(ctx: ServiceContext) -> list[Community]:
    with ctx.read() as session:
        return directory_search.list_communities(session)
