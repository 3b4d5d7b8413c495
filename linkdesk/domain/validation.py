"""Field checks shared by services: postal code, phone, date of birth, bounded text. Errors carry codes."""

from __future__ import annotations

import re
from datetime import date

from linkdesk.domain.enums import AgeBand
from linkdesk.errors import ValidationError

MAX_AGE_YEARS = 120
PHONE_MIN_DIGITS = 7
PHONE_MAX_DIGITS = 15  # E.164

# Canada Post: no D, F, I, O, Q or U anywhere; no W or Z as the first letter.
_POSTAL_CODE = re.compile(r"([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])-?(\d[ABCEGHJ-NPRSTV-Z]\d)")
_PHONE = re.compile(r"(\+?[0-9 ().\-]+?)(?:\s*(?:x|ext\.?|poste)\s*(\d{1,6}))?", re.IGNORECASE)


def normalise_postal_code(value: str, field: str = "postal_code") -> str:
    """A Canadian postal code as 'A1A 1A1' (upper case, one space); accepts any case and spacing."""
    match = _POSTAL_CODE.fullmatch(re.sub(r"\s+", "", value).upper())
    if match is None:
        raise ValidationError(field=field, reason="postal_code_format")
    return f"{match[1]} {match[2]}"


def normalise_phone(value: str, field: str = "phone") -> str:
    """A loosely checked phone number: digits with + ( ) - . and spaces, 7-15 digits, optional extension
    ('x', 'ext', 'poste'). Returns it trimmed with whitespace runs collapsed, otherwise as written.
    """
    text = " ".join(value.split())
    match = _PHONE.fullmatch(text)
    if match is None:
        raise ValidationError(field=field, reason="phone_characters")
    digits = sum(char.isdigit() for char in match[1])
    if not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS:
        raise ValidationError(
            field=field, reason="phone_digit_count", min=PHONE_MIN_DIGITS, max=PHONE_MAX_DIGITS
        )
    return text


def age_on(date_of_birth: date, today: date) -> int:
    """Completed years; someone born on 29 February turns a year older on 1 March in common years."""
    before_birthday = (today.month, today.day) < (date_of_birth.month, date_of_birth.day)
    return today.year - date_of_birth.year - before_birthday


def check_date_of_birth(date_of_birth: date, today: date, field: str = "date_of_birth") -> date:
    if date_of_birth > today:
        raise ValidationError(field=field, reason="in_future")
    if age_on(date_of_birth, today) > MAX_AGE_YEARS:
        raise ValidationError(field=field, reason="too_old", max_age=MAX_AGE_YEARS)
    return date_of_birth


def age_band(age: int) -> AgeBand:
    if age < 0:
        raise ValidationError(field="age", reason="negative")
    for upper, band in (
        (17, AgeBand.UNDER_18),
        (29, AgeBand.AGE_18_29),
        (44, AgeBand.AGE_30_44),
        (64, AgeBand.AGE_45_64),
        (79, AgeBand.AGE_65_79),
    ):
        if age <= upper:
            return band
    return AgeBand.AGE_80_PLUS


def clean_text(value: str, *, field: str, max_length: int) -> str:
    """Trimmed, non-empty text of at most `max_length` characters."""
    if not isinstance(value, str):
        raise ValidationError(field=field, reason="not_text")
    text = value.strip()
    if not text:
        raise ValidationError(field=field, reason="required")
    if len(text) > max_length:
        raise ValidationError(field=field, reason="too_long", max_length=max_length)
    return text


def clean_optional_text(value: str | None, *, field: str, max_length: int) -> str | None:
    """Like clean_text, but None or blank gives None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return clean_text(value, field=field, max_length=max_length)
