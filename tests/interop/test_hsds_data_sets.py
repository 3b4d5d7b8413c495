"""Every conformant sample set in ../shared/data/hsds imports with exact counts and the expected warnings."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from linkdesk.interop.hsds import DirectoryFormat, ImportReport, Severity, import_directory
from linkdesk.store.directory_tables import Location, Phone, Service, TaxonomyTerm

from .directory_support import FIXTURES, row_counts

ONE_OF_EACH = {
    "organization": 1,
    "service": 1,
    "location": 1,
    "service_at_location": 1,
    "address": 1,
    "phone": 1,
    "schedule": 1,
    "taxonomy_term": 1,
    "service_taxonomy": 1,
    "language": 1,
}
COUNSELLING = "ac148810-d857-441c-9679-408f346de14b"
CIVIC_CENTER = "3a19ff88-4620-4d17-9830-ac1d859eb5d5"


def _problems(report: ImportReport) -> set[tuple[str, str, str | None, str | None]]:
    """Warnings and errors (info left out) as (code, table, record id, field)."""
    return {
        (w.code, w.table, w.record_id, w.field) for w in report.warnings if w.severity is not Severity.INFO
    }


def test_spec_csv_package_imports_with_its_known_foreign_key_errors(session: Session, hsds: Path) -> None:
    report = import_directory(session, hsds / "spec-3.0" / "examples" / "csv")

    assert report.format == DirectoryFormat.HSDS_TABULAR
    # The attribute links an unknown service, so no classification row survives.
    assert row_counts(session) == {**ONE_OF_EACH, "service_taxonomy": 0}
    assert _problems(report) == {
        (
            "unknown_reference",
            "organization",
            "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
            "parent_organization_id",
        ),
        ("unknown_reference", "location", CIVIC_CENTER, "organization_id"),
        ("unknown_reference", "taxonomy_term", "3f7b145d-84af-42d7-8fae-eaca714b02b2", "parent_id"),
        ("unknown_reference", "service_taxonomy", "ae58cc39-8b70-4ab1-8aea-786882e5ac8e", "service_id"),
        ("bad_coordinates", "location", CIVIC_CENTER, "latitude"),  # latitude 100
    }
    assert [w.row for w in report.of("unknown_reference")] == [2, 2, 2, 2]
    assert [w.severity for w in report.of("unknown_reference")][-1] is Severity.ERROR
    # examples/csv/datapackage.json is a git symlink checked out as text; it is followed, and said so.
    assert report.codes(Severity.INFO)["descriptor_link"] == 1
    assert report.codes(Severity.INFO)["table_not_imported"] == 11


def test_spec_csv_values_are_cleaned(session: Session, hsds: Path) -> None:
    import_directory(session, hsds / "spec-3.0" / "examples" / "csv")

    location = session.get(Location, CIVIC_CENTER)
    assert location is not None and location.latitude is None and location.longitude is None
    phone = session.get(Phone, "1554f2e2-a373-45db-a3fa-9fc48a61c15e")
    assert phone is not None and phone.number == "+44 1234 234567"  # published wrapped in quotes
    service = session.get(Service, COUNSELLING)
    assert service is not None and service.last_verified is not None
    assert service.last_verified.isoformat() == "2005-01-01"


def test_spec_json_examples_import_including_page_lists(session: Session, hsds: Path) -> None:
    report = import_directory(session, hsds / "spec-3.0" / "examples")

    assert report.format == DirectoryFormat.HSDS_JSON_FOLDER
    assert row_counts(session) == ONE_OF_EACH
    assert report.codes()["incomplete_page"] == 5  # every *_list.json is page 1 of 10
    assert report.codes(Severity.ERROR) == {}
    assert ("bad_coordinates", "location", CIVIC_CENTER, "latitude") in _problems(report)


def test_spec_service_list_page_alone(session: Session, hsds: Path) -> None:
    report = import_directory(session, hsds / "spec-3.0" / "examples" / "service_list.json")

    assert report.format == DirectoryFormat.HSDS_JSON_FILE
    assert report.source == "service_list"
    counts = row_counts(session)
    assert (counts["service"], counts["organization"], counts["location"]) == (1, 1, 0)
    assert report.codes() == {"incomplete_page": 1, "unknown_reference": 1, "table_not_imported": 1}


def test_spec_service_full_nests_everything(session: Session, hsds: Path) -> None:
    import_directory(session, hsds / "spec-3.0" / "examples" / "service_full.json")

    assert row_counts(session) == ONE_OF_EACH
    phone = session.get(Phone, "1554f2e2-a373-45db-a3fa-9fc48a61c15e")
    # The same phone appears under the service, its location and its service_at_location: links merge.
    assert phone is not None and phone.service_id == COUNSELLING and phone.location_id == CIVIC_CENTER
    assert phone.service_at_location_id == "e94c9f38-1e8f-4564-91d4-d53501ab1765"


def test_ohana_sample_imports_every_service(session: Session, hsds: Path) -> None:
    folder = hsds / "ohana-sample"
    report = import_directory(session, folder)

    services_csv_rows = len((folder / "services.csv").read_text(encoding="utf-8").splitlines()) - 1
    assert report.format == DirectoryFormat.OHANA_CSV
    assert services_csv_rows == 23
    assert row_counts(session) == {
        "organization": 8,
        "service": 23,
        "location": 22,
        "service_at_location": 23,
        "address": 42,  # 21 street + 21 mailing addresses
        "phone": 48,
        "schedule": 15,
        "taxonomy_term": 290,
        "service_taxonomy": 6,
        "language": 32,
    }
    # Six phones belong only to contacts, which the directory does not keep: noted, not silently lost.
    assert report.codes(Severity.ERROR) == {} and report.codes(Severity.WARNING) == {}
    assert {w.row for w in report.of("contact_phone")} == {41, 42, 47, 49, 50, 55}
    food = session.exec(select(TaxonomyTerm).where(TaxonomyTerm.name == "Food")).one()
    assert food.code == "102" and food.taxonomy == "Open Eligibility"


def test_uk_default_mock_imports(session: Session, hsds: Path) -> None:
    report = import_directory(session, hsds / "uk-api-mocks" / "V3.0-UK-Default")

    assert row_counts(session) == {**ONE_OF_EACH, "phone": 0}
    assert report.codes(Severity.ERROR) == {}
    # The dashboard mocks in the folder are not HSDS; HSDS-UK's extra `term` field is noted, not fatal.
    assert report.codes()["not_hsds"] == 2
    assert ("unknown_field", "taxonomy_term", "term") in {(w.code, w.table, w.field) for w in report.warnings}


def test_uk_test_mock_holds_one_service_repeated(session: Session, hsds: Path) -> None:
    """The README speaks of 31 services; the file's envelope says 31 but `contents` holds 128 copies of one
    service id (in service_list.json and again in service_list_data.json). Upsert by id keeps one."""
    report = import_directory(session, hsds / "uk-api-mocks" / "V3.0-UK-Test")

    assert row_counts(session) == {**ONE_OF_EACH, "phone": 0}
    assert report.codes(Severity.ERROR) == {}
    duplicates = report.of("duplicate_id")
    assert {(w.file, w.record_id) for w in duplicates} == {
        ("service_list.json", COUNSELLING),
        ("service_list_data.json", COUNSELLING),
    }
    assert all("128 times" in w.detail for w in duplicates)
    assert sorted(w.detail for w in report.of("page_inconsistent")) == [
        "`contents` holds 128 items but size is 31",
        "`contents` holds 128 items but total_items is 31",
    ]
    service = session.get(Service, COUNSELLING)
    assert service is not None and service.description is not None  # the first, complete copy was kept


def test_extension_fields_are_noted_once_and_ignored(session: Session) -> None:
    """HSDS 3.1 or a national profile may add fields; they are ignored with one info note per name."""
    report = import_directory(session, FIXTURES / "bilingual-rural")

    assert report.codes(Severity.ERROR) == {} and report.codes(Severity.WARNING) == {}
    assert {(w.table, w.field) for w in report.of("unknown_field")} == {
        ("service", "ca_region_code"),
        ("location", "x_source_note"),
    }
    assert row_counts(session)["service"] == 3
