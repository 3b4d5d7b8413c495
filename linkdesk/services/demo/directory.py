"""The demo directory: importing resources/demo_directory and picking its services for prescriptions."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlmodel import Session, col, select

from linkdesk.domain.enums import NeedDomain
from linkdesk.interop.hsds import ImportReport, import_directory
from linkdesk.paths import RESOURCES_DIR
from linkdesk.services.demo.settings import ServicePick
from linkdesk.store.directory_tables import (
    Language,
    Organization,
    Phone,
    Service,
    ServiceTaxonomy,
    TaxonomyTerm,
)
from linkdesk.store.store import Store

DEMO_DIRECTORY_DIR = RESOURCES_DIR / "demo_directory"
DEMO_DIRECTORY_SOURCE = "linkdesk-demo-directory"
# Partner organisations named in share-with-partner consents when no directory is loaded.
FALLBACK_PARTNERS = (
    "Pine Narrows Community Food Bank", "Banque alimentaire du Lac-Ombre",
    "Three Lakes Community Legal Clinic", "Proches aidants Trois-Lacs", "Rides North Volunteer Drivers",
)


def load_demo_directory(store: Store, *, path: Path = DEMO_DIRECTORY_DIR) -> ImportReport:
    """Import (or refresh: rows are upserted by id) the synthetic Three Lakes District directory."""
    with store.writing() as session:
        return import_directory(session, path, source=DEMO_DIRECTORY_SOURCE)


def has_directory(store: Store) -> bool:
    with store.reading() as session:
        return session.exec(select(Service.id).limit(1)).first() is not None


def directory_picks(session: Session) -> tuple[dict[NeedDomain, tuple[ServicePick, ...]], tuple[str, ...]]:
    """Active directory services by the need domain their taxonomy terms name, and partner organisations."""
    domains = {d.value: d for d in NeedDomain}
    by_service: dict[str, set[NeedDomain]] = defaultdict(set)
    links = select(ServiceTaxonomy.service_id, TaxonomyTerm.code).join(
        TaxonomyTerm, col(TaxonomyTerm.id) == col(ServiceTaxonomy.taxonomy_term_id))
    for service_id, code in session.exec(links):
        if code in domains:
            by_service[service_id].add(domains[code])
    organisations = {o.id: o.name for o in session.exec(select(Organization))}
    phones: dict[str, str] = {}
    service_phones = select(Phone).where(col(Phone.service_id).is_not(None)).order_by(col(Phone.id))
    for phone in session.exec(service_phones):
        phones.setdefault(str(phone.service_id), phone.number)
    languages: dict[str, set[str]] = defaultdict(set)
    for language in session.exec(select(Language).where(col(Language.service_id).is_not(None))):
        if language.code:
            languages[str(language.service_id)].add(language.code.lower()[:2])
    picks: dict[NeedDomain, list[ServicePick]] = defaultdict(list)
    classified = select(Service).where(col(Service.id).in_(list(by_service))).order_by(col(Service.id))
    services = session.exec(classified)
    for service in services:
        if (service.status or "active") != "active":
            continue
        pick = ServicePick(service.id, service.name, organisations.get(service.organization_id or ""),
                           phones.get(service.id), frozenset(languages[service.id] or {"en"}))
        for domain in sorted(by_service[service.id]):
            picks[domain].append(pick)
    partners = tuple(sorted(organisations.values())) or FALLBACK_PARTNERS
    return {d: tuple(p) for d, p in picks.items()}, partners
