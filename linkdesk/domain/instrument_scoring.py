"""Scoring one administration of an instrument and the change between two administrations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from linkdesk.domain.instruments import TOTAL_KEY, Direction, Instrument, Item, ScoringKind, band_for
from linkdesk.errors import ValidationError


class ItemScore(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    value: int
    band: str | None = None


class Score(BaseModel):
    """The computed result of one administration; stored next to (never instead of) the raw answers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    instrument_id: str
    instrument_version: str
    items: dict[str, ItemScore]  # answered items only
    total: int | None = None  # SUM instruments only
    total_band: str | None = None


@dataclass(frozen=True)
class ChangeResult:
    """Follow-up minus baseline for one item or the total; `improved` respects the direction."""

    baseline: float
    follow_up: float
    direction: Direction

    @property
    def delta(self) -> float:
        return round(self.follow_up - self.baseline, 6)  # an int stays an int

    @property
    def improved(self) -> bool:
        if self.direction is Direction.HIGHER_BETTER:
            return self.follow_up > self.baseline
        return self.follow_up < self.baseline

    @property
    def worsened(self) -> bool:
        return self.follow_up != self.baseline and not self.improved


def _answer_problem(item: Item, answers: Mapping[str, int]) -> str | None:
    if item.id not in answers:
        return "required_item_missing" if item.required else None
    value = answers[item.id]
    if isinstance(value, bool) or not isinstance(value, int):
        return "not_an_integer"
    if not item.is_legal(value):
        return "not_an_option" if item.options is not None else "out_of_range"
    return None


def score(instrument: Instrument, answers: Mapping[str, int]) -> Score:
    """Validate the answers and compute per-item values and bands, plus the total for SUM instruments.

    Raises ValidationError(field=<first item>, reason=<code>, instrument_id, problems=[{field, reason}])
    listing every bad, missing or unknown answer.
    """
    if instrument.scoring.kind is ScoringKind.EXTERNAL:
        raise ValidationError(field="answers", reason="external_only", instrument_id=instrument.id)
    problems = [
        {"field": item.id, "reason": reason}
        for item in instrument.items
        if (reason := _answer_problem(item, answers)) is not None
    ]
    known = {item.id for item in instrument.items}
    problems += [{"field": key, "reason": "unknown_item"} for key in sorted(set(answers) - known)]
    if problems:
        raise ValidationError(
            field=problems[0]["field"],
            reason=problems[0]["reason"],
            instrument_id=instrument.id,
            problems=problems,
        )
    items = {
        item.id: ItemScore(value=answers[item.id], band=item.band_for(answers[item.id]))
        for item in instrument.items
        if item.id in answers
    }
    total = total_band = None
    if instrument.scoring.kind is ScoringKind.SUM:
        total = sum(items[item_id].value for item_id in instrument.scoring.total_items)
        total_band = band_for(instrument.scoring.total_bands, total)
    return Score(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        items=items,
        total=total,
        total_band=total_band,
    )


def _check_same_instrument(instrument: Instrument, *scores: Score) -> None:
    for each in scores:
        if (each.instrument_id, each.instrument_version) != (instrument.id, instrument.version):
            raise ValidationError(
                field="instrument_id",
                reason="instrument_mismatch",
                instrument_id=instrument.id,
                instrument_version=instrument.version,
            )


def change(instrument: Instrument, baseline: Score, follow_up: Score) -> dict[str, ChangeResult]:
    """Follow-up minus baseline: on the total (key "total") for SUM instruments, else per item.

    Items outside a SUM total that have a direction (e.g. a direct loneliness question) get their own
    entry; summed items never do. Items not answered at both timepoints are left out. Both scores must
    come from this instrument id and version.
    """
    if instrument.scoring.kind is ScoringKind.EXTERNAL:
        raise ValidationError(field="score", reason="external_only", instrument_id=instrument.id)
    _check_same_instrument(instrument, baseline, follow_up)
    results: dict[str, ChangeResult] = {}
    scoring = instrument.scoring
    if scoring.kind is ScoringKind.SUM:
        assert scoring.direction is not None  # guaranteed by the definition's validation
        if baseline.total is None or follow_up.total is None:
            raise ValidationError(field=TOTAL_KEY, reason="total_missing", instrument_id=instrument.id)
        results[TOTAL_KEY] = ChangeResult(baseline.total, follow_up.total, scoring.direction)
    for item in instrument.items:
        if item.id in scoring.total_items or item.direction is None:
            continue
        before, after = baseline.items.get(item.id), follow_up.items.get(item.id)
        if before is not None and after is not None:
            results[item.id] = ChangeResult(before.value, after.value, item.direction)
    return results
