"""Broken data never aborts an import and is never dropped silently: each problem is a coded warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import Session

from linkdesk.errors import ImportFormatError
from linkdesk.interop.hsds import Severity, import_directory
from linkdesk.store.directory_tables import Location, Schedule, Service

from .directory_support import row_counts

SERVICE_HEADER = "id,organization_id,name,description,status,assured_date,url,email"


def _package(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def test_uk_fail_mock_reports_each_fault_and_keeps_the_rest(session: Session, hsds: Path) -> None:
    report = import_directory(session, hsds / "uk-api-mocks" / "V3.0-UK-Fail")

    codes = report.codes()
    # service_list.json: no names (rows refused), bad urls and emails, email published as `false`,
    # one id twice, an envelope claiming 1 item for 4.
    assert report.codes(Severity.ERROR) == {"missing_required": 3}
    assert {w.field for w in report.of("missing_required") if w.severity is Severity.ERROR} == {"name"}
    assert codes["bad_url"] == 5 and codes["bad_email"] == 2 and codes["bad_type"] == 1
    assert codes["duplicate_id"] == 1 and codes["page_inconsistent"] == 2 and codes["incomplete_page"] == 2
    # taxonomy_term_list.json: a term that is its own parent; taxonomy_term.json: no description.
    assert codes["self_reference"] == 1
    assert ("missing_required", "description") in {(w.code, w.field) for w in report.warnings}
    counts = row_counts(session)
    assert counts["service"] == 1  # the copies in organization_full.json and service_full.json have a name
    service = session.get(Service, "ac148810-d857-441c-9679-408f346de14b")
    # organization_full.json (read first) carries a good url; the broken copies cannot blank it.
    assert service is not None and service.url == "http://example.com/counselling"


def test_uk_warn_mock_gives_warnings_only(session: Session, hsds: Path) -> None:
    report = import_directory(session, hsds / "uk-api-mocks" / "V3.0-UK-Warn")

    assert report.codes(Severity.ERROR) == {}
    assert report.codes(Severity.WARNING) == {
        "bad_coordinates": 1,
        "unknown_reference": 1,
        "incomplete_page": 2,
        "bad_url": 1,
        "missing_required": 1,
        "page_inconsistent": 1,
        "self_reference": 1,
    }
    assert [w.detail for w in report.of("page_inconsistent")] == [
        "marked as the last page but it is page 1 of 2"
    ]
    assert row_counts(session)["taxonomy_term"] == 2


def test_unknown_references_drop_the_link_or_the_row(session: Session, tmp_path: Path) -> None:
    folder = _package(
        tmp_path / "pkg",
        {
            "organizations.csv": "id,name,description\no1,Org,Desc\n",
            "services.csv": f"{SERVICE_HEADER}\ns1,o1,Meals,Hot meals,active,,,\n"
            "s2,o-missing,Rides,,active,,,\n",
            "phones.csv": "id,service_id,location_id,contact_id,number\n"
            "p1,s-missing,,,555-0100\np2,s1,,,555-0101\np3,,,c1,555-0102\n",
            "service_at_location.csv": "id,service_id,location_id\nsal1,s1,l-missing\n",
        },
    )
    report = import_directory(session, folder)

    assert row_counts(session)["service"] == 2
    assert row_counts(session)["phone"] == 1
    assert row_counts(session)["service_at_location"] == 0
    found = {
        (w.severity, w.code, w.table, w.row, w.field)
        for w in report.warnings
        if w.severity is not Severity.INFO
    }
    assert found == {
        (Severity.WARNING, "unknown_reference", "service", 3, "organization_id"),
        # The phone's only owner is unknown: the link goes, and then the phone belongs to nothing.
        (Severity.WARNING, "unknown_reference", "phone", 2, "service_id"),
        (Severity.ERROR, "no_owner", "phone", 2, None),
        (Severity.ERROR, "unknown_reference", "service_at_location", 2, "location_id"),
    }
    # A phone of a contact only: contacts are not kept, so it is noted (info), not an error.
    assert [(w.severity, w.row) for w in report.of("contact_phone")] == [(Severity.INFO, 4)]
    rides = session.get(Service, "s2")
    assert rides is not None and rides.organization_id is None


def test_bad_rows_and_values_are_reported_with_their_row(session: Session, tmp_path: Path) -> None:
    folder = _package(
        tmp_path / "pkg",
        {
            "services.csv": (
                f"{SERVICE_HEADER},x_new_in_3_1\n"
                ",,No id,,active,,,,x\n"
                "s2,,,No name,active,,,,x\n"
                "s3,,Drop-in,,active,2024-13-45,not a url,nobody,x\n"
            ),
            "locations.csv": "id,name,latitude,longitude\n"
            "l1,Hall,45.1,-200\nl2,Barn,north,-64.9\nl3,Shed,45.2,-64.8\n",
            "schedules.csv": "id,location_id,byday,opens_at,closes_at\n"
            "h1,l3,MO,9am,25:00\nh2,l3,Mondays,10:00,4:30 PM\n",
        },
    )
    report = import_directory(session, folder)

    found = {(w.code, w.table, w.row, w.field) for w in report.warnings if w.severity is not Severity.INFO}
    assert found == {
        ("missing_required", "service", 2, "id"),
        ("missing_required", "service", 3, "name"),
        ("bad_date", "service", 4, "assured_date"),
        ("bad_url", "service", 4, "url"),
        ("bad_email", "service", 4, "email"),
        ("bad_coordinates", "location", 2, "longitude"),
        ("bad_coordinates", "location", 3, "latitude"),
        ("bad_time", "schedule", 2, "closes_at"),
        ("bad_value", "schedule", 3, "byday"),
    }
    assert report.of("unknown_field")[0].field == "x_new_in_3_1"
    assert len(report.of("unknown_field")) == 1  # once per field name, not once per row
    counts = row_counts(session)
    assert (counts["service"], counts["location"], counts["schedule"]) == (1, 3, 2)
    hall = session.get(Location, "l1")
    assert hall is not None and (hall.latitude, hall.longitude) == (None, None)  # half a position is dropped
    late = session.get(Schedule, "h2")
    assert late is not None and late.closes_at is not None and late.closes_at.hour == 16


def test_a_broken_json_file_in_a_folder_is_skipped_with_an_error(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "api"
    folder.mkdir()
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "service.json").write_text(json.dumps({"id": "s1", "name": "Meals", "status": "active"}))
    report = import_directory(session, folder)

    assert report.codes(Severity.ERROR) == {"unreadable_file": 1}
    assert row_counts(session)["service"] == 1


def test_a_file_that_cannot_be_read_at_all_raises(session: Session, tmp_path: Path) -> None:
    broken = tmp_path / "services.json"
    broken.write_text("[{", encoding="utf-8")
    with pytest.raises(ImportFormatError) as raised:
        import_directory(session, broken)
    assert raised.value.code == "import_format"
    with pytest.raises(ImportFormatError):
        import_directory(session, tmp_path / "absent")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(ImportFormatError):
        import_directory(session, tmp_path / "notes.txt")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportFormatError):
        import_directory(session, empty)


def test_windows_encoded_csv_is_read_with_a_warning(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "services.csv").write_bytes(f"{SERVICE_HEADER}\ns1,,Café,,active,,,\n".encode("cp1252"))
    report = import_directory(session, folder)

    assert report.codes()["encoding_fallback"] == 1
    service = session.get(Service, "s1")
    assert service is not None and service.name == "Café"


def test_a_parent_loop_is_broken_not_fatal(session: Session, tmp_path: Path) -> None:
    folder = _package(
        tmp_path / "pkg",
        {
            "taxonomy_terms.csv": "id,name,description,parent_id\na,A,x,b\nb,B,x,a\nc,C,x,b\n",
        },
    )
    report = import_directory(session, folder)

    assert row_counts(session)["taxonomy_term"] == 3
    assert report.codes()["reference_cycle"] == 1
