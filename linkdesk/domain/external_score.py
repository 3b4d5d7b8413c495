"""Totals entered from an external licensed tool, checked against the range its definition declares."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, FiniteFloat, StringConstraints

from linkdesk.domain.instrument_scoring import ChangeResult
from linkdesk.domain.instruments import ExternalScoreRange, Instrument
from linkdesk.errors import ValidationError


class ExternalScore(BaseModel):
    """A total scored elsewhere (e.g. in a licensed vendor tool); `entered_by` is the user id."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    instrument_id: str
    total: FiniteFloat
    entered_by: Annotated[str, StringConstraints(pattern=r"\S")]


def _declared_range(instrument: Instrument) -> ExternalScoreRange:
    if instrument.external_score is None:
        raise ValidationError(
            field="total", reason="external_score_not_declared", instrument_id=instrument.id
        )
    return instrument.external_score


def check_external_score(instrument: Instrument, external: ExternalScore) -> ExternalScore:
    """Raise ValidationError unless the total fits the definition's declared range and precision."""
    declared = _declared_range(instrument)
    if external.instrument_id != instrument.id:
        raise ValidationError(
            field="instrument_id", reason="instrument_mismatch", instrument_id=instrument.id
        )
    if not declared.min <= external.total <= declared.max:
        raise ValidationError(
            field="total",
            reason="out_of_range",
            instrument_id=instrument.id,
            min=declared.min,
            max=declared.max,
        )
    if round(external.total, declared.decimals) != external.total:
        raise ValidationError(
            field="total", reason="too_many_decimals", instrument_id=instrument.id, decimals=declared.decimals
        )
    return external


def external_change(
    instrument: Instrument, baseline: ExternalScore, follow_up: ExternalScore
) -> ChangeResult:
    """Follow-up minus baseline of two externally scored totals, in the declared direction."""
    declared = _declared_range(instrument)
    check_external_score(instrument, baseline)
    check_external_score(instrument, follow_up)
    return ChangeResult(baseline.total, follow_up.total, declared.direction)
