"""Directory search: prefix and accent-insensitive matching, safe input, filters, listings and detail."""

from __future__ import annotations

from datetime import time
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from linkdesk.errors import NotFoundError
from linkdesk.interop.hsds import import_directory
from linkdesk.store.directory_search import (
    SNIPPET_END,
    SNIPPET_START,
    get_service_detail,
    list_categories,
    list_communities,
    reindex_services,
    search_services,
)
from linkdesk.store.directory_tables import Service
from linkdesk.store.fts_query import match_query

from .directory_support import FIXTURES

FOOD_BANK = "a0000000-0000-4000-8000-000000000001"
SENIORS_CAFE = "a0000000-0000-4000-8000-000000000002"
MEDICAL_RIDES = "a0000000-0000-4000-8000-000000000003"  # inactive
BASIC_NEEDS, FOOD_SECURITY = "b0000000-0000-4000-8000-000000000001", "b0000000-0000-4000-8000-000000000002"


@pytest.fixture
def bilingual(session: Session) -> Session:
    import_directory(session, FIXTURES / "bilingual-rural")
    return session


def _ids(
    session: Session, query: str, *, category: str | None = None, community: str | None = None
) -> list[str]:
    hits = search_services(session, query, category=category, community=community)
    return [hit.service_id for hit in hits]


def test_a_prefix_finds_the_word_as_it_is_typed(bilingual: Session) -> None:
    assert _ids(bilingual, "alim") == [FOOD_BANK]  # alimentaire
    assert _ids(bilingual, "groc") == [FOOD_BANK]  # Groceries, in the description
    assert _ids(bilingual, "caraq") == [FOOD_BANK]  # the city
    assert _ids(bilingual, "entraide") == [FOOD_BANK]  # the organization's name


def test_accents_are_ignored_both_ways(bilingual: Session) -> None:
    assert _ids(bilingual, "epicerie") == [FOOD_BANK]  # stored as "Épicerie"
    assert _ids(bilingual, "ÉPICERIE") == [FOOD_BANK]
    assert _ids(bilingual, "aines") == [SENIORS_CAFE]  # "aînés"
    assert _ids(bilingual, "securite") == [FOOD_BANK]  # the taxonomy term "Sécurité alimentaire"
    assert _ids(bilingual, "cafe") == [SENIORS_CAFE]
    assert _ids(bilingual, "café") == [SENIORS_CAFE]


@pytest.mark.parametrize(
    "typed",
    [
        '"repas',
        "repas*",
        "repas AND(",
        "repas OR",
        "NEAR(repas",
        "repas)",
        "-repas",
        "repas:",
        "^repas",
        "{repas}",
        "repas'",
        "NOT repas",
    ],
)
def test_fts_syntax_in_what_is_typed_is_plain_text(bilingual: Session, typed: str) -> None:
    assert _ids(bilingual, typed) == [FOOD_BANK]  # "repas chauds"; the inactive service is not listed


def test_all_words_must_match_and_the_name_ranks_first(session: Session, hsds: Path) -> None:
    import_directory(session, hsds / "ohana-sample")
    hits = search_services(session, "meals wheels")
    assert hits[0].name == "Meals on Wheels - South County"
    assert hits[0].organization_name == "Peninsula Volunteers" and hits[0].city == "Menlo Park"
    assert all(a.rank <= b.rank for a, b in pairwise(hits))
    assert _ids(session, "meals zzzz") == []
    assert f"{SNIPPET_START}Meals{SNIPPET_END}" in hits[0].snippet


def test_match_query_quotes_every_word() -> None:
    assert match_query('food "bank" AND( NEAR') == '"food"* "bank"*'
    assert match_query('  *()"  ') is None
    assert match_query("l'aîné") == '"l"* "aîné"*'


def test_category_filter_takes_narrower_terms(bilingual: Session) -> None:
    assert _ids(bilingual, "", category=FOOD_SECURITY) == [FOOD_BANK]
    assert _ids(bilingual, "", category=BASIC_NEEDS) == [FOOD_BANK]  # the food term sits under it
    assert _ids(bilingual, "", category="besoins de base") == [FOOD_BANK]  # by name, case and accents aside
    assert _ids(bilingual, "", category="SOC") == [SENIORS_CAFE]  # by code
    assert _ids(bilingual, "repas", category="SOC") == []
    assert _ids(bilingual, "", category="no such category") == []


def test_community_filter_matches_the_city(bilingual: Session) -> None:
    assert _ids(bilingual, "", community="shippagan") == [SENIORS_CAFE]
    assert _ids(bilingual, "", community=" CARAQUET ") == [FOOD_BANK]
    with_inactive = search_services(bilingual, "", community="Caraquet", include_inactive=True)
    assert [hit.service_id for hit in with_inactive] == [FOOD_BANK, MEDICAL_RIDES]
    assert _ids(bilingual, "repas", community="Shippagan") == []
    assert _ids(bilingual, "", community="Nowhere") == []


def test_browsing_without_words_lists_by_name_with_paging(bilingual: Session) -> None:
    assert _ids(bilingual, "") == [FOOD_BANK, SENIORS_CAFE]
    assert [h.service_id for h in search_services(bilingual, "", limit=1, offset=1)] == [SENIORS_CAFE]
    assert [h.service_id for h in search_services(bilingual, "", include_inactive=True)] == [
        FOOD_BANK,
        SENIORS_CAFE,
        MEDICAL_RIDES,
    ]


def test_categories_and_communities_are_listed_with_counts(bilingual: Session) -> None:
    categories = {c.name: c.service_count for c in list_categories(bilingual)}
    assert categories == {"Besoins de base": 1, "Isolement social": 1, "Sécurité alimentaire": 1}
    assert [(c.name, c.service_count) for c in list_communities(bilingual)] == [
        ("Caraquet", 1),
        ("Shippagan", 1),
    ]


def test_detail_assembles_phones_hours_address_and_more(bilingual: Session) -> None:
    detail = get_service_detail(bilingual, FOOD_BANK)

    assert detail.name == "Banque alimentaire communautaire"
    assert detail.organization is not None and detail.organization.name == "Centre d'entraide de Caraquet"
    assert detail.eligibility_description and detail.fees_description == "Gratuit / free"
    assert detail.last_verified is not None and detail.last_verified.isoformat() == "2024-05-01"
    assert [(p.scope, p.number, p.type) for p in detail.phones] == [
        ("service", "506-555-0101", "voice"),
        ("location", "506-555-0199", "fax"),
    ]
    assert [(h.scope, h.byday, h.opens_at, h.closes_at) for h in detail.hours] == [
        ("service", "MO,WE", time(9), time(12)),
        ("location", "FR", time(13), time(16)),
    ]
    assert [(a.address_1, a.city, a.postal_code) for a in detail.addresses] == [
        ("12 rue du Quai", "Caraquet", "E1W 1A1")
    ]
    assert detail.addresses[0].latitude == pytest.approx(47.79)
    assert detail.languages == ("English", "Français")  # the service's and its phone line's
    assert [t.name for t in detail.taxonomy_terms] == ["Sécurité alimentaire"]


def test_detail_of_ohana_service_uses_location_hours(session: Session, hsds: Path) -> None:
    import_directory(session, hsds / "ohana-sample")
    passport = next(h for h in search_services(session, "passport photos"))
    detail = get_service_detail(session, passport.service_id)

    assert [h.byday for h in detail.hours if h.scope == "location" and h.byday] == [
        "MO",
        "TU",
        "WE",
        "TH",
        "FR",
        "SA",
        "SU",
    ]
    assert {h.byday for h in detail.hours if h.scope == "service"} >= {"MO", "WE"}
    assert any(h.closed for h in detail.hours)  # the holiday closures
    assert {p.description for p in detail.phones if p.scope == "service"} >= {"Passport Photos"}
    assert len(detail.taxonomy_terms) == 6 and "Spanish" in detail.languages


def test_unknown_service_detail_raises(session: Session) -> None:
    with pytest.raises(NotFoundError):
        get_service_detail(session, "nope")


def test_reindex_drops_deleted_services_and_rebuilds_all(bilingual: Session) -> None:
    service = bilingual.get(Service, SENIORS_CAFE)
    assert service is not None
    bilingual.delete(service)
    bilingual.flush()
    # The foreign key cascade removes the search text with the service.
    assert _ids(bilingual, "aines") == []
    assert reindex_services(bilingual, [SENIORS_CAFE]) == 0
    assert reindex_services(bilingual) == 2
    assert _ids(bilingual, "repas") == [FOOD_BANK]
    # FTS5 compares its index with the content table and raises if they disagree.
    bilingual.connection().execute(
        text("INSERT INTO directory_fts (directory_fts, rank) VALUES ('integrity-check', 1)")
    )
