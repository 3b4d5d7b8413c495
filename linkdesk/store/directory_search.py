"""Directory search: FTS5 over services (external content, refreshed by reindex_services), filters, detail."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date, time
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam
from sqlalchemy import text as sql_text
from sqlmodel import Session, and_, col, or_, select

from linkdesk.domain.names import fold
from linkdesk.errors import NotFoundError
from linkdesk.store.directory_tables import (
    Address,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceTaxonomy,
    TaxonomyTerm,
)
from linkdesk.store.fts_query import match_query

_DOC_COLUMNS = "name, alternate_name, description, organization, taxonomy, city"
_NEW_VALUES = ", ".join(f"new.{c}" for c in ["doc_id", *_DOC_COLUMNS.split(", ")])
_OLD_VALUES = ", ".join(f"old.{c}" for c in ["doc_id", *_DOC_COLUMNS.split(", ")])
# directory_fts_doc holds one row of search text per service; its INTEGER PRIMARY KEY keeps the ids the index
# points at stable through VACUUM. directory_fts indexes it as external content, kept in step by triggers.
# Alembic autogenerate must skip tables named directory_fts* (the FTS5 shadow tables included).
DIRECTORY_FTS_DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS directory_fts_doc (
        doc_id INTEGER PRIMARY KEY,
        service_id VARCHAR(64) NOT NULL UNIQUE REFERENCES directory_service (id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '', alternate_name TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '', organization TEXT NOT NULL DEFAULT '',
        taxonomy TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '')""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS directory_fts USING fts5(
        name, alternate_name, description, organization, taxonomy, city,
        content = 'directory_fts_doc', content_rowid = 'doc_id',
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')""",
    # Built from the column lists above; nothing else is interpolated.
    f"""CREATE TRIGGER IF NOT EXISTS directory_fts_doc_insert AFTER INSERT ON directory_fts_doc BEGIN
        INSERT INTO directory_fts (rowid, {_DOC_COLUMNS}) VALUES ({_NEW_VALUES});
    END""",  # noqa: S608
    f"""CREATE TRIGGER IF NOT EXISTS directory_fts_doc_delete AFTER DELETE ON directory_fts_doc BEGIN
        INSERT INTO directory_fts (directory_fts, rowid, {_DOC_COLUMNS}) VALUES ('delete', {_OLD_VALUES});
    END""",  # noqa: S608
    f"""CREATE TRIGGER IF NOT EXISTS directory_fts_doc_update AFTER UPDATE ON directory_fts_doc BEGIN
        INSERT INTO directory_fts (directory_fts, rowid, {_DOC_COLUMNS}) VALUES ('delete', {_OLD_VALUES});
        INSERT INTO directory_fts (rowid, {_DOC_COLUMNS}) VALUES ({_NEW_VALUES});
    END""",  # noqa: S608
)
DIRECTORY_FTS_DROP: tuple[str, ...] = (
    *(f"DROP TRIGGER IF EXISTS directory_fts_doc_{event}" for event in ("update", "delete", "insert")),
    "DROP TABLE IF EXISTS directory_fts", "DROP TABLE IF EXISTS directory_fts_doc")
_DOC_INSERT = """
    INSERT INTO directory_fts_doc (service_id, name, alternate_name, description, organization, taxonomy,
        city)
    SELECT s.id, s.name, coalesce(s.alternate_name, ''), coalesce(s.description, ''),
        trim(coalesce(o.name, '') || ' ' || coalesce(o.alternate_name, '')),
        coalesce((SELECT group_concat(t.name, ' ') FROM directory_service_taxonomy st
            JOIN directory_taxonomy_term t ON t.id = st.taxonomy_term_id WHERE st.service_id = s.id), ''),
        coalesce((SELECT group_concat(DISTINCT a.city) FROM directory_service_at_location sal
            JOIN directory_address a ON a.location_id = sal.location_id WHERE sal.service_id = s.id), '')
    FROM directory_service s LEFT JOIN directory_organization o ON o.id = s.organization_id"""
# bm25 weights in column order: a word in the name counts most, one deep in a description least.
_MATCHES = """SELECT d.service_id, bm25(directory_fts, 10.0, 5.0, 1.0, 3.0, 4.0, 2.0) AS rank,
        snippet(directory_fts, -1, :start, :end, '…', 12) AS snippet
    FROM directory_fts JOIN directory_fts_doc d ON d.doc_id = directory_fts.rowid
    WHERE directory_fts MATCH :query"""
_BROWSE = """SELECT id AS service_id, 0.0 AS rank, substr(coalesce(description, ''), 1, 160) AS snippet
    FROM directory_service"""
_FILTERS = {  # "listed": what search shows unless asked for more; inactive and defunct services are not
    "listed": "(s.status IS NULL OR s.status NOT IN ('inactive', 'defunct'))",
    "terms": "s.id IN (SELECT service_id FROM directory_service_taxonomy WHERE taxonomy_term_id IN :terms)",
    "places": "s.id IN (SELECT service_id FROM directory_service_at_location WHERE location_id IN :places)",
}
SNIPPET_START, SNIPPET_END = "\x02", "\x03"  # around matched words; ui/ escapes the text, then styles these
_CHUNK = 500
_DAYS = {day: n for n, day in enumerate(("MO", "TU", "WE", "TH", "FR", "SA", "SU"))}
_SCOPES = ("service", "service_at_location", "location", "organization")
_LISTED = or_(col(Service.status).is_(None), col(Service.status).not_in(("inactive", "defunct")))


@dataclass(frozen=True)
class ServiceHit:
    service_id: str
    name: str
    organization_name: str | None
    city: str | None
    snippet: str  # matched words between SNIPPET_START and SNIPPET_END
    rank: float  # bm25: lower is better; 0.0 when browsing without words


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    code: str | None
    taxonomy: str | None
    parent_id: str | None
    service_count: int  # listed services under this term or any narrower term


@dataclass(frozen=True)
class Community:
    name: str
    service_count: int


@dataclass(frozen=True)
class PhoneLine:
    scope: str  # service, service_at_location, location or organization: how directly it reaches the service
    number: str
    extension: str | None
    type: str | None
    description: str | None


@dataclass(frozen=True)
class HoursLine:
    scope: str
    byday: str | None  # iCal codes "MO,WE"
    opens_at: time | None
    closes_at: time | None
    description: str | None
    valid_from: date | None
    valid_to: date | None
    closed: bool
    notes: str | None


@dataclass(frozen=True)
class AddressLine:
    location_id: str
    location_name: str | None
    address_1: str | None
    address_2: str | None
    city: str | None
    state_province: str | None  # or the HSDS region when no state/province is given
    postal_code: str | None
    country: str | None
    address_type: str | None
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class TermRef:
    id: str
    name: str
    taxonomy: str | None


@dataclass(frozen=True)
class OrganizationRef:
    id: str
    name: str
    website: str | None
    email: str | None


@dataclass(frozen=True)
class ServiceDetail:
    service_id: str
    name: str
    alternate_name: str | None
    description: str | None
    url: str | None
    email: str | None
    status: str | None
    eligibility_description: str | None
    fees_description: str | None
    application_process: str | None
    interpretation_services: str | None
    accreditations: str | None
    last_verified: date | None
    source: str
    organization: OrganizationRef | None
    addresses: tuple[AddressLine, ...]
    phones: tuple[PhoneLine, ...]
    hours: tuple[HoursLine, ...]
    languages: tuple[str, ...]
    taxonomy_terms: tuple[TermRef, ...]


# The detail fields copied as stored (the rest are assembled below).
_SERVICE_FIELDS = [f.name for f in fields(ServiceDetail) if f.name in Service.model_fields]
_HOURS_FIELDS = [f.name for f in fields(HoursLine) if f.name != "scope"]


def create_directory_fts(connection: Connection) -> None:
    """Create the search table, its content table and triggers if absent (the directory tables must exist)."""
    for statement in DIRECTORY_FTS_DDL:
        connection.execute(sql_text(statement))


def reindex_services(session: Session, service_ids: Iterable[str] | None = None) -> int:
    """Rebuild the search text of these services (all when None; gone ids drop out). Flushes the session."""
    session.flush()
    connection = session.connection()
    if service_ids is None:
        connection.execute(sql_text("DELETE FROM directory_fts_doc"))
        return connection.execute(sql_text(_DOC_INSERT)).rowcount
    indexed = 0
    delete = sql_text("DELETE FROM directory_fts_doc WHERE service_id IN :ids")
    insert = sql_text(_DOC_INSERT + " WHERE s.id IN :ids")
    for chunk in _chunks(service_ids):
        connection.execute(delete.bindparams(bindparam("ids", expanding=True)), {"ids": chunk})
        result = connection.execute(insert.bindparams(bindparam("ids", expanding=True)), {"ids": chunk})
        indexed += result.rowcount
    return indexed


def search_services(session: Session, text: str, *, category: str | None = None,
                    community: str | None = None, limit: int = 50, offset: int = 0,
                    include_inactive: bool = False) -> list[ServiceHit]:
    """Services matching the words, best first (bm25). `category` is a term id, code or name and takes its
    narrower terms too; `community` is a city (case and accents ignored). Without words, the filtered
    services by name. Inactive and defunct services are left out unless `include_inactive`."""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    filters: list[str] = [] if include_inactive else ["listed"]
    if category is not None:
        params["terms"] = sorted(_category_terms(session, category))
        filters.append("terms")
    if community is not None:
        params["places"] = sorted(_community_locations(session, community))
        filters.append("places")
    if any(name in params and not params[name] for name in filters):
        return []
    query = match_query(text)
    if query is not None:
        params.update(query=query, start=SNIPPET_START, end=SNIPPET_END)
    where = " AND ".join(_FILTERS[name] for name in filters) or "1 = 1"
    # Assembled from the constants above only; what the person typed is always a bound parameter.
    statement = sql_text(f"""SELECT s.id, s.name, o.name, (SELECT min(a.city)
            FROM directory_service_at_location sal JOIN directory_address a ON a.location_id = sal.location_id
            WHERE sal.service_id = s.id), m.snippet, m.rank
        FROM ({_BROWSE if query is None else _MATCHES}) AS m JOIN directory_service s ON s.id = m.service_id
        LEFT JOIN directory_organization o ON o.id = s.organization_id
        WHERE {where} ORDER BY m.rank, s.name LIMIT :limit OFFSET :offset""")  # noqa: S608
    expanding: list[BindParameter[Any]] = [bindparam(n, expanding=True) for n in ("terms", "places")
                                           if n in params]
    rows = session.connection().execute(statement.bindparams(*expanding), params)
    return [ServiceHit(r[0], r[1], r[2], r[3], r[4] or "", float(r[5])) for r in rows]


def list_categories(session: Session) -> list[Category]:
    """Taxonomy terms that classify at least one listed service, directly or through a narrower term."""
    terms = list(session.exec(select(TaxonomyTerm)))
    parents = {t.id: t.parent_id for t in terms}
    under: dict[str, set[str]] = defaultdict(set)
    links = select(ServiceTaxonomy.taxonomy_term_id, ServiceTaxonomy.service_id).join(
        Service, col(Service.id) == col(ServiceTaxonomy.service_id)).where(_LISTED)
    for term_id, service_id in session.exec(links):
        for ancestor in _lineage(term_id, parents):
            under[ancestor].add(service_id)
    found = [Category(t.id, t.name, t.code, t.taxonomy, t.parent_id, len(under[t.id]))
             for t in terms if under.get(t.id)]
    return sorted(found, key=lambda c: (c.taxonomy or "", fold(c.name), c.id))


def list_communities(session: Session) -> list[Community]:
    """Cities with listed services, spelled as most addresses spell them, with how many services each has."""
    rows = session.exec(
        select(Address.city, ServiceAtLocation.service_id)
        .join(ServiceAtLocation, col(ServiceAtLocation.location_id) == col(Address.location_id))
        .join(Service, col(Service.id) == col(ServiceAtLocation.service_id))
        .where(col(Address.city).is_not(None), _LISTED))
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    services: dict[str, set[str]] = defaultdict(set)
    for city, service_id in rows:
        if city and city.strip():
            spellings[fold(city)][city.strip()] += 1
            services[fold(city)].add(service_id)
    found = [Community(spellings[key].most_common(1)[0][0], len(ids)) for key, ids in services.items()]
    return sorted(found, key=lambda c: fold(c.name))


def get_service_detail(session: Session, service_id: str) -> ServiceDetail:
    """Everything a link worker needs about one service. Raises NotFoundError for an unknown id.
    Phones and hours come from the service, its places and (phones) its organization, each with a scope."""
    service = session.get(Service, service_id)
    if service is None:
        raise NotFoundError("no such directory service", entity="directory_service", id=service_id)
    organization = session.get(Organization, service.organization_id) if service.organization_id else None
    places = list(session.exec(select(ServiceAtLocation).where(ServiceAtLocation.service_id == service_id)))
    sal_ids, location_ids = {p.id for p in places}, {p.location_id for p in places}
    # A row of another service (at the same place, or of the same organization) is not this service's.
    unowned = (col(Phone.service_id).is_(None), col(Phone.service_at_location_id).is_(None))
    phone_owners = [col(Phone.service_id) == service_id, col(Phone.service_at_location_id).in_(sal_ids),
                    and_(col(Phone.location_id).in_(location_ids), *unowned)]
    if service.organization_id is not None:
        phone_owners.append(and_(col(Phone.organization_id) == service.organization_id,
                                 col(Phone.location_id).is_(None), *unowned))
    phones = list(session.exec(select(Phone).where(or_(*phone_owners))))
    schedules = session.exec(select(Schedule).where(or_(
        col(Schedule.service_id) == service_id, col(Schedule.service_at_location_id).in_(sal_ids),
        and_(col(Schedule.location_id).in_(location_ids), col(Schedule.service_id).is_(None),
             col(Schedule.service_at_location_id).is_(None)))))
    languages = session.exec(select(Language).where(or_(
        col(Language.service_id) == service_id, col(Language.phone_id).in_([p.id for p in phones]),
        and_(col(Language.location_id).in_(location_ids), col(Language.service_id).is_(None)))))
    terms = session.exec(select(TaxonomyTerm).join(
        ServiceTaxonomy, col(ServiceTaxonomy.taxonomy_term_id) == col(TaxonomyTerm.id)).where(
        ServiceTaxonomy.service_id == service_id))
    phone_lines = [PhoneLine(_scope(p, service_id, sal_ids), p.number, p.extension, p.type, p.description)
                   for p in phones]
    hours = [HoursLine(_scope(s, service_id, sal_ids), **{f: getattr(s, f) for f in _HOURS_FIELDS})
             for s in schedules]
    return ServiceDetail(
        service_id=service.id, **{f: getattr(service, f) for f in _SERVICE_FIELDS},
        organization=OrganizationRef(organization.id, organization.name, organization.website,
                                     organization.email) if organization else None,
        addresses=_addresses(session, location_ids),
        phones=tuple(sorted(phone_lines, key=lambda line: (_SCOPES.index(line.scope), line.number))),
        hours=tuple(sorted(hours, key=_hours_order)),
        languages=tuple(sorted({(x.name or x.code or "").strip() for x in languages} - {""}, key=fold)),
        taxonomy_terms=tuple(sorted({TermRef(t.id, t.name, t.taxonomy) for t in terms},
                                    key=lambda t: (fold(t.name), t.id))),
    )


def _lineage(term_id: str, parents: dict[str, str | None]) -> Iterator[str]:
    """The term, its parent, its parent's parent ... (stops at a loop)."""
    seen: set[str] = set()
    node: str | None = term_id
    while node is not None and node not in seen:
        seen.add(node)
        yield node
        node = parents.get(node)


def _category_terms(session: Session, category: str) -> set[str]:
    """The terms a category names (by id, code or folded name) and every term below them."""
    wanted = fold(category)
    terms = list(session.exec(select(TaxonomyTerm.id, TaxonomyTerm.code, TaxonomyTerm.name,
                                     TaxonomyTerm.parent_id)))
    parents = {term_id: parent for term_id, _code, _name, parent in terms}
    roots = {term for term, code, name, _parent in terms if category in (term, code) or fold(name) == wanted}
    return {term_id for term_id in parents if roots & set(_lineage(term_id, parents))}


def _community_locations(session: Session, community: str) -> set[str]:
    wanted = fold(community)
    rows = session.exec(select(Address.location_id, Address.city).where(col(Address.city).is_not(None)))
    return {location_id for location_id, city in rows if city and fold(city) == wanted}


def _addresses(session: Session, location_ids: set[str]) -> tuple[AddressLine, ...]:
    places = {p.id: p for p in session.exec(select(Location).where(col(Location.id).in_(location_ids)))}
    lines = []
    for a in session.exec(select(Address).where(col(Address.location_id).in_(location_ids))):
        place = places.get(a.location_id)
        lines.append(AddressLine(
            a.location_id, place.name if place else None, a.address_1, a.address_2, a.city,
            a.state_province or a.region, a.postal_code, a.country, a.address_type,
            place.latitude if place else None, place.longitude if place else None))
    lines.sort(key=lambda a: (a.address_type != "physical", a.location_name or "", a.city or ""))
    return tuple(lines)


def _scope(row: Phone | Schedule, service_id: str, sal_ids: set[str]) -> str:
    if row.service_id == service_id:
        return "service"
    if row.service_at_location_id in sal_ids:
        return "service_at_location"
    return "location" if row.location_id is not None else "organization"


def _hours_order(line: HoursLine) -> tuple[int, bool, int, time, date]:
    first_day = (line.byday or "").split(",")[0][-2:]
    return (_SCOPES.index(line.scope), line.closed, _DAYS.get(first_day, 7), line.opens_at or time.min,
            line.valid_from or date.min)


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(ids))
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]
