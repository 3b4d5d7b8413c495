"""Licence records for licensed instruments and the rule that gates administering an instrument."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from linkdesk.domain.instruments import Instrument, LicenceKind
from linkdesk.errors import LicenceRequiredError, ValidationError


@dataclass(frozen=True)
class LicenceRecord:
    """A deployment's licence to use one instrument; valid up to and including `valid_until`."""

    instrument_id: str
    holder_organisation: str
    licence_reference: str
    valid_until: date

    def __post_init__(self) -> None:
        for field in ("instrument_id", "holder_organisation", "licence_reference"):
            if not getattr(self, field).strip():
                raise ValidationError(field=field, reason="required")

    def is_valid_on(self, today: date) -> bool:
        return today <= self.valid_until


def check_can_administer(instrument: Instrument, licence: LicenceRecord | None, today: date) -> None:
    """Free instruments always pass; a licensed one needs an unexpired licence record for its id.

    Raises LicenceRequiredError(instrument_id, reason="no_licence" | "licence_for_other_instrument" |
    "licence_expired"[, valid_until=<ISO date>]).
    """
    if instrument.licence.kind is LicenceKind.FREE:
        return
    if licence is None:
        raise LicenceRequiredError(instrument_id=instrument.id, reason="no_licence")
    if licence.instrument_id != instrument.id:
        raise LicenceRequiredError(instrument_id=instrument.id, reason="licence_for_other_instrument")
    if not licence.is_valid_on(today):
        raise LicenceRequiredError(
            instrument_id=instrument.id, reason="licence_expired", valid_until=licence.valid_until.isoformat()
        )
