"""Outcome instrument definitions as data: items, answer options, bands, scoring rule, licence, languages."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, FiniteFloat, StrictInt, StringConstraints, model_validator

from linkdesk.errors import ValidationError

TOTAL_KEY = "total"

Code = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")]
Text = Annotated[str, StringConstraints(pattern=r"\S")]
LocalText = dict[LanguageCode, Text]  # language code -> wording in that language


class Direction(StrEnum):
    HIGHER_BETTER = "higher_better"
    LOWER_BETTER = "lower_better"


class ScoringKind(StrEnum):
    PER_ITEM_BANDS = "per_item_bands"  # each item reported (and banded) separately, no total
    SUM = "sum"  # the listed items are summed into a total and never reported apart
    SINGLE = "single"  # one item is the whole instrument
    EXTERNAL = "external"  # scored in an external licensed tool; only the total is entered here


class LicenceKind(StrEnum):
    FREE = "free"
    LICENSED = "licensed"


class TranslationStatus(StrEnum):
    ORIGINAL = "original"
    VALIDATED = "validated"
    NOT_VALIDATED = "not_validated"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Option(_Model):
    value: StrictInt
    label: LocalText


class Anchor(_Model):
    """A label for one point of a numeric scale, e.g. 0 = 'not at all'."""

    value: StrictInt
    label: LocalText


class Scale(_Model):
    """An integer answer from `min` to `max` inclusive."""

    min: StrictInt
    max: StrictInt
    anchors: tuple[Anchor, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Scale:
        if self.min >= self.max:
            raise ValueError("scale_min_not_below_max")
        values = [anchor.value for anchor in self.anchors]
        if len(set(values)) != len(values):
            raise ValueError("duplicate_anchor")
        if any(not self.min <= value <= self.max for value in values):
            raise ValueError("anchor_out_of_scale")
        return self


class Band(_Model):
    """A named interval `min..max` (inclusive) of an item value or a total."""

    code: Code
    min: StrictInt
    max: StrictInt
    label: LocalText | None = None

    @model_validator(mode="after")
    def _check(self) -> Band:
        if self.min > self.max:
            raise ValueError("band_min_above_max")
        return self

    def contains(self, value: float) -> bool:
        return self.min <= value <= self.max


def band_for(bands: tuple[Band, ...], value: float) -> str | None:
    return next((band.code for band in bands if band.contains(value)), None)


def _check_bands_partition(bands: tuple[Band, ...], values: frozenset[int]) -> None:
    """Every possible value falls in exactly one band, and every band holds some possible value."""
    if not bands:
        return
    codes = [band.code for band in bands]
    if len(set(codes)) != len(codes):
        raise ValueError("duplicate_band")
    for value in values:
        if sum(band.contains(value) for band in bands) != 1:
            raise ValueError("bands_do_not_partition_values")
    if any(not any(band.contains(value) for value in values) for band in bands):
        raise ValueError("band_outside_values")


class Item(_Model):
    """One question: either a list of `options` or a numeric `scale`."""

    id: Code
    text: LocalText
    options: tuple[Option, ...] | None = None
    scale: Scale | None = None
    required: bool = True
    direction: Direction | None = None
    bands: tuple[Band, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Item:
        if (self.options is None) == (self.scale is None):
            raise ValueError("item_needs_options_or_scale")
        if self.options is not None:
            values = [option.value for option in self.options]
            if not values:
                raise ValueError("item_without_options")
            if len(set(values)) != len(values):
                raise ValueError("duplicate_option_value")
        if self.id == TOTAL_KEY:
            raise ValueError("reserved_item_id")
        _check_bands_partition(self.bands, self.legal_values())
        return self

    def legal_values(self) -> frozenset[int]:
        if self.options is not None:
            return frozenset(option.value for option in self.options)
        assert self.scale is not None  # guaranteed by _check
        return frozenset(range(self.scale.min, self.scale.max + 1))

    def is_legal(self, value: int) -> bool:
        return value in self.legal_values()

    def band_for(self, value: int) -> str | None:
        return band_for(self.bands, value)


class Scoring(_Model):
    kind: ScoringKind
    total_items: tuple[Code, ...] = ()  # SUM only: the items added into the total
    direction: Direction | None = None  # SUM only: the direction of the total
    total_bands: tuple[Band, ...] = ()  # SUM only, optional


class ExternalScoreRange(_Model):
    """The declared range of a total entered from an external licensed tool."""

    min: FiniteFloat
    max: FiniteFloat
    decimals: int = Field(default=0, ge=0, le=4)
    direction: Direction

    @model_validator(mode="after")
    def _check(self) -> ExternalScoreRange:
        if self.min >= self.max:
            raise ValueError("range_min_not_below_max")
        return self


class Licence(_Model):
    kind: LicenceKind
    holder: Text  # the rights holder
    reference: Text | None = None  # where the terms are published
    citation: Text


class Instrument(_Model):
    id: Code
    version: Code
    languages: tuple[LanguageCode, ...] = Field(min_length=1)
    title: LocalText
    intro: LocalText | None = None
    items: tuple[Item, ...] = ()
    scoring: Scoring
    licence: Licence
    translation_status: dict[LanguageCode, TranslationStatus]
    external_score: ExternalScoreRange | None = None

    @model_validator(mode="after")
    def _check(self) -> Instrument:
        if len(set(self.languages)) != len(self.languages):
            raise ValueError("duplicate_language")
        languages = set(self.languages)
        if set(self.translation_status) != languages:
            raise ValueError("translation_status_languages_mismatch")
        for text in self._texts():
            if set(text) != languages:
                raise ValueError("text_languages_mismatch")
        ids = [item.id for item in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate_item")
        _check_scoring(self)
        return self

    def _texts(self) -> Iterator[dict[str, str]]:
        yield self.title
        if self.intro is not None:
            yield self.intro
        bands = list(self.scoring.total_bands)
        for item in self.items:
            yield item.text
            yield from (option.label for option in item.options or ())
            yield from (anchor.label for anchor in (item.scale.anchors if item.scale else ()))
            bands.extend(item.bands)
        yield from (band.label for band in bands if band.label is not None)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise ValidationError(field="item_id", reason="unknown_item", instrument_id=self.id)

    def possible_totals(self) -> frozenset[int]:
        """Every total a SUM instrument can produce (empty for other kinds)."""
        totals = {0} if self.scoring.kind is ScoringKind.SUM else set()
        for item_id in self.scoring.total_items:
            values = self.item(item_id).legal_values()
            totals = {total + value for total in totals for value in values}
        return frozenset(totals)


def _check_scoring(instrument: Instrument) -> None:
    scoring, items = instrument.scoring, instrument.items
    is_sum = scoring.kind is ScoringKind.SUM
    if not is_sum and (scoring.total_items or scoring.direction or scoring.total_bands):
        raise ValueError("total_only_for_sum")
    if scoring.kind is ScoringKind.EXTERNAL:
        if items or instrument.external_score is None:
            raise ValueError("external_needs_range_and_no_items")
        return
    if not items:
        raise ValueError("instrument_without_items")
    if scoring.kind is ScoringKind.SINGLE and len(items) != 1:
        raise ValueError("single_needs_one_item")
    if scoring.kind is ScoringKind.SUM:
        _check_sum(instrument)
        return
    for item in items:
        if item.direction is None:
            raise ValueError("item_needs_direction")
        if scoring.kind is ScoringKind.PER_ITEM_BANDS and not item.bands:
            raise ValueError("item_needs_bands")
        if scoring.kind is ScoringKind.SINGLE and not item.required:
            raise ValueError("single_item_must_be_required")


def _check_sum(instrument: Instrument) -> None:
    scoring = instrument.scoring
    by_id = {item.id: item for item in instrument.items}
    if not scoring.total_items or len(set(scoring.total_items)) != len(scoring.total_items):
        raise ValueError("sum_needs_distinct_items")
    if any(item_id not in by_id for item_id in scoring.total_items):
        raise ValueError("sum_unknown_item")
    if any(not by_id[item_id].required for item_id in scoring.total_items):
        raise ValueError("sum_item_must_be_required")  # the summed items are never split
    if scoring.direction is None:
        raise ValueError("sum_needs_direction")
    _check_bands_partition(scoring.total_bands, instrument.possible_totals())
