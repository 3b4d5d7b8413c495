"""Re-importing updates rows in place (upsert by id): no duplicates, updates reported, search kept in step."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from linkdesk.interop.hsds import import_directory
from linkdesk.interop.hsds.ids import derived_id
from linkdesk.store.directory_search import search_services
from linkdesk.store.directory_tables import Organization, Service

from .directory_support import FIXTURES, row_counts

BILINGUAL = FIXTURES / "bilingual-rural"
FOOD_BANK = "a0000000-0000-4000-8000-000000000001"


@pytest.mark.parametrize(
    "data_set",
    [
        "spec-3.0/examples/csv",
        "spec-3.0/examples",
        "ohana-sample",
        "uk-api-mocks/V3.0-UK-Default",
        "uk-api-mocks/V3.0-UK-Test",
        "uk-api-mocks/V3.0-UK-Fail",
    ],
)
def test_reimport_gives_the_same_rows_and_reports_updates(
    session: Session, hsds: Path, data_set: str
) -> None:
    first = import_directory(session, hsds / data_set)
    before = row_counts(session)
    second = import_directory(session, hsds / data_set)

    assert row_counts(session) == before
    for table, counts in first.counts.items():
        assert second.counts[table].inserted == 0
        assert second.counts[table].updated == counts.inserted
    assert second.updated("service") == before["service"] > 0


def test_changed_data_updates_values_and_search(session: Session, tmp_path: Path) -> None:
    folder = shutil.copytree(BILINGUAL, tmp_path / "set")
    import_directory(session, folder, now=datetime(2024, 1, 1, tzinfo=UTC))
    page = json.loads((folder / "service_list.json").read_text(encoding="utf-8"))
    page["contents"][0]["name"] = "Comptoir alimentaire"
    (folder / "service_list.json").write_text(json.dumps(page), encoding="utf-8")

    report = import_directory(session, folder, now=datetime(2024, 6, 1, tzinfo=UTC))

    assert report.updated("service") == 3 and report.inserted("service") == 0
    service = session.get(Service, FOOD_BANK)
    assert service is not None and service.name == "Comptoir alimentaire"
    assert service.imported_at == datetime(2024, 6, 1, tzinfo=UTC)
    assert [hit.service_id for hit in search_services(session, "comptoir")] == [FOOD_BANK]
    assert search_services(session, "Banque") == []


def test_a_partial_copy_does_not_blank_stored_fields(session: Session, tmp_path: Path) -> None:
    import_directory(session, BILINGUAL)
    short = tmp_path / "short.json"
    short.write_text(json.dumps({"id": FOOD_BANK, "name": "Banque alimentaire", "status": "active"}))

    import_directory(session, short)

    service = session.get(Service, FOOD_BANK)
    assert service is not None and service.name == "Banque alimentaire"
    assert service.description is not None and service.description.startswith("Épicerie")
    assert service.organization_id == "c0000000-0000-4000-8000-000000000001"
    assert service.source == "short"  # the last import that wrote the row


def test_ohana_ids_are_stable_per_source(session: Session, hsds: Path) -> None:
    import_directory(session, hsds / "ohana-sample", source="san-mateo")
    import_directory(session, hsds / "ohana-sample", source="san-mateo")

    assert row_counts(session)["organization"] == 8
    organization = session.get(Organization, derived_id("san-mateo", "organization", "1"))
    assert organization is not None and organization.name == "Peninsula Family Service"
    assert organization.source == "san-mateo"


def test_derived_ids_are_uuid5_of_source_table_and_id() -> None:
    first = derived_id("ohana-sample", "service", "1")
    assert first == derived_id("ohana-sample", "service", " 1 ")
    assert len({first, derived_id("other", "service", "1"), derived_id("ohana-sample", "location", "1")}) == 3
    assert first[14] == "5"  # the UUID version digit
