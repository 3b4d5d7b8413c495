from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain.enums import AgeBand
from linkdesk.domain.validation import (
    age_band,
    age_on,
    check_date_of_birth,
    clean_optional_text,
    clean_text,
    normalise_phone,
    normalise_postal_code,
)
from linkdesk.errors import ValidationError

TODAY = date(2025, 6, 15)


def reason_of(call: Callable[[], object]) -> dict[str, Any]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.details


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("K1A 0B1", "K1A 0B1"),
        ("k1a0b1", "K1A 0B1"),
        ("  h3z  2y7 ", "H3Z 2Y7"),
        ("T2P-1J9", "T2P 1J9"),
        ("X0A 0H0", "X0A 0H0"),
        ("V6B 4Y8", "V6B 4Y8"),
    ],
)
def test_postal_codes_normalised(raw: str, normal: str) -> None:
    assert normalise_postal_code(raw) == normal


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "K1A 0B",
        "K1A 0B12",
        "D1A 0B1",
        "W1A 0B1",
        "Z1A 0B1",
        "K1O 0B1",
        "K1A 0U1",
        "12345",
        "SW1A 1AA",
        "K1A_0B1",
    ],
)
def test_bad_postal_codes_refused(raw: str) -> None:
    assert reason_of(lambda: normalise_postal_code(raw)) == {
        "field": "postal_code",
        "reason": "postal_code_format",
    }


def test_postal_code_field_name_passed_through() -> None:
    assert reason_of(lambda: normalise_postal_code("nope", field="emergency_postal_code"))["field"] == (
        "emergency_postal_code"
    )


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("613-555-0100", "613-555-0100"),
        (" (613)  555-0100 ", "(613) 555-0100"),
        ("+1 613 555 0100", "+1 613 555 0100"),
        ("5550100", "5550100"),
        ("613.555.0100 ext. 204", "613.555.0100 ext. 204"),
        ("613 555 0100 poste 12", "613 555 0100 poste 12"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("123456789012345", "123456789012345"),
    ],
)
def test_phones_accepted(raw: str, normal: str) -> None:
    assert normalise_phone(raw) == normal


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("555-010", "phone_digit_count"),
        ("1234567890123456", "phone_digit_count"),
        ("", "phone_characters"),
        ("call me", "phone_characters"),
        ("613+555+0100", "phone_characters"),
        ("123 ext 4567", "phone_digit_count"),
    ],
)
def test_bad_phones_refused(raw: str, reason: str) -> None:
    assert reason_of(lambda: normalise_phone(raw))["reason"] == reason


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_phone_digit_count_property(digits: str) -> None:
    if 7 <= len(digits) <= 15:
        assert normalise_phone(digits) == digits
    else:
        assert reason_of(lambda: normalise_phone(digits))["reason"] == "phone_digit_count"


def test_age_on_birthdays() -> None:
    assert age_on(date(2000, 6, 15), TODAY) == 25
    assert age_on(date(2000, 6, 16), TODAY) == 24
    assert age_on(date(2004, 2, 29), date(2025, 2, 28)) == 20
    assert age_on(date(2004, 2, 29), date(2025, 3, 1)) == 21


def test_date_of_birth_rules() -> None:
    assert check_date_of_birth(TODAY, TODAY) == TODAY
    assert check_date_of_birth(date(1904, 6, 16), TODAY) == date(1904, 6, 16)  # 120, 121 tomorrow
    assert reason_of(lambda: check_date_of_birth(date(1904, 6, 15), TODAY)) == {  # 121 today
        "field": "date_of_birth",
        "reason": "too_old",
        "max_age": 120,
    }
    assert reason_of(lambda: check_date_of_birth(date(2025, 6, 16), TODAY)) == {
        "field": "date_of_birth",
        "reason": "in_future",
    }


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (0, AgeBand.UNDER_18),
        (17, AgeBand.UNDER_18),
        (18, AgeBand.AGE_18_29),
        (29, AgeBand.AGE_18_29),
        (30, AgeBand.AGE_30_44),
        (44, AgeBand.AGE_30_44),
        (45, AgeBand.AGE_45_64),
        (64, AgeBand.AGE_45_64),
        (65, AgeBand.AGE_65_79),
        (79, AgeBand.AGE_65_79),
        (80, AgeBand.AGE_80_PLUS),
        (120, AgeBand.AGE_80_PLUS),
    ],
)
def test_age_bands(age: int, band: AgeBand) -> None:
    assert age_band(age) is band


def test_negative_age_refused() -> None:
    assert reason_of(lambda: age_band(-1))["reason"] == "negative"


def test_clean_text() -> None:
    assert clean_text("  Mary  ", field="name", max_length=4) == "Mary"
    assert reason_of(lambda: clean_text("   ", field="name", max_length=10)) == {
        "field": "name",
        "reason": "required",
    }
    assert reason_of(lambda: clean_text("Mary Ann", field="name", max_length=4)) == {
        "field": "name",
        "reason": "too_long",
        "max_length": 4,
    }
    assert reason_of(lambda: clean_text(None, field="name", max_length=4))["reason"] == "not_text"  # type: ignore[arg-type]


def test_clean_optional_text() -> None:
    assert clean_optional_text(None, field="notes", max_length=5) is None
    assert clean_optional_text("  ", field="notes", max_length=5) is None
    assert clean_optional_text(" hi ", field="notes", max_length=5) == "hi"
    assert (
        reason_of(lambda: clean_optional_text("toolong", field="notes", max_length=5))["reason"] == "too_long"
    )
