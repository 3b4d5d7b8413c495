"""Value cleaners and format detection, one rule at a time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from linkdesk.interop.hsds import DirectoryFormat, clean, detect_format
from linkdesk.interop.hsds.json_objects import guess_kind


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("10:00", time(10)),
        ("10:00:00", time(10)),
        ("9am", time(9)),
        ("4:00 PM", time(16)),
        ("3pm", time(15)),
        ("12am", time(0)),
        ("12 p.m.", time(12)),
        ("08:30:15.5", time(8, 30, 15)),
        ("18:00Z", time(18)),
        ("", None),
    ],
)
def test_clock_reads_common_time_spellings(published: str, expected: time | None) -> None:
    assert clean.clock(published) == expected


@pytest.mark.parametrize("published", ["25:00", "13pm", "noon", "10:75", "1000"])
def test_clock_rejects_what_is_not_a_time(published: str) -> None:
    with pytest.raises(clean.BadValueError) as raised:
        clean.clock(published)
    assert raised.value.code == "bad_time"


def test_dates_and_datetimes() -> None:
    assert clean.day("2005-01-01") == date(2005, 1, 1)
    assert clean.day("2023-03-15T10:30:45.123Z") == date(2023, 3, 15)
    assert clean.moment("2023-03-15T10:30:45Z") == datetime(2023, 3, 15, 10, 30, 45, tzinfo=UTC)
    assert clean.moment("2023-03-15") == datetime(2023, 3, 15, tzinfo=UTC)
    for bad in ("15/03/2023", "2023-02-30", "soon"):
        with pytest.raises(clean.BadValueError):
            clean.day(bad)


@pytest.mark.parametrize(
    ("cleaner", "value", "code"),
    [
        (clean.url, "example_com", "bad_url"),
        (clean.url, "ftp://example.com", "bad_url"),
        (clean.email, "email-example_com", "bad_email"),
        (clean.text, False, "bad_type"),
        (clean.text, [], "bad_type"),
        (clean.latitude, "91", "bad_coordinates"),
        (clean.longitude, "west", "bad_coordinates"),
        (clean.byday, "Mondays", "bad_value"),
        (clean.ident, "x" * 65, "bad_id"),
        (clean.flag, "maybe", "bad_value"),
    ],
)
def test_bad_values_carry_a_code(cleaner: Any, value: Any, code: str) -> None:
    with pytest.raises(clean.BadValueError) as raised:
        cleaner(value)
    assert raised.value.code == code


def test_good_values_are_normalised() -> None:
    assert clean.text(100) == "100"  # an extension published as a number
    assert clean.text("  ") is None
    assert clean.phone_number('"+44 1234 234567"') == "+44 1234 234567"
    assert clean.byday("mo, 1FR") == "MO,1FR"
    assert clean.status("Temporarily Closed") == "temporarily closed"
    assert clean.latitude("-45.5") == -45.5
    assert clean.flag("TRUE") is True


@pytest.mark.parametrize(
    ("keys", "kind"),
    [
        ({"id": 1, "name": "x", "status": "active"}, "service"),
        ({"id": 1, "name": "x", "organization": {}}, "service"),
        ({"id": 1, "name": "x", "website": "http://x"}, "organization"),
        ({"id": 1, "service": {"id": 2}, "location": {"id": 3}}, "service_at_location"),
        ({"id": 1, "latitude": 1.0}, "location"),
        ({"id": 1, "name": "x", "taxonomy_detail": {}}, "taxonomy_term"),
        ({"id": 1, "name": "x", "version": "1"}, "taxonomy"),
        ({"version": "3.0", "openapi_url": "x"}, "metadata"),
        ({"service": {}, "definitions": {}}, None),
    ],
)
def test_guess_kind_from_keys(keys: dict[str, Any], kind: str | None) -> None:
    assert guess_kind(keys) == kind


def test_detect_format(tmp_path: Path, hsds: Path) -> None:
    assert detect_format(hsds / "spec-3.0" / "examples" / "csv") is DirectoryFormat.HSDS_TABULAR
    assert detect_format(hsds / "spec-3.0" / "datapackage.json") is DirectoryFormat.HSDS_TABULAR
    assert detect_format(hsds / "ohana-sample") is DirectoryFormat.OHANA_CSV
    assert detect_format(hsds / "uk-api-mocks" / "V3.0-UK-Test") is DirectoryFormat.HSDS_JSON_FOLDER
    assert (
        detect_format(hsds / "spec-3.0" / "examples" / "service_full.json") is DirectoryFormat.HSDS_JSON_FILE
    )
    (tmp_path / "services.csv").write_text("id,location_id,name\n1,1,x\n", encoding="utf-8")
    assert detect_format(tmp_path) is DirectoryFormat.OHANA_CSV  # services under locations
    (tmp_path / "services.csv").write_text("id,organization_id,name\n1,1,x\n", encoding="utf-8")
    assert detect_format(tmp_path) is DirectoryFormat.HSDS_TABULAR
