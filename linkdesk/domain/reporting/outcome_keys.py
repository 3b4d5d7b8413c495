"""Which values of an instrument are reported as paired change, where they are kept, and which way is better.

ONS4: each item apart (anxiety: lower is better, the others higher). UCLA-3: the total of the three items
(lower is better; the items are never split), plus the optional direct loneliness question on its own.
Belonging: its one item. An instrument scored in an external licensed tool: the entered total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from linkdesk.domain.instruments import TOTAL_KEY, Direction, Instrument, ScoringKind


class Source(StrEnum):
    ANSWER = "answer"  # answers[key]: a raw item answer
    SCORE_TOTAL = "score_total"  # scores["total"]: the computed total of a SUM instrument
    EXTERNAL_TOTAL = "external_total"  # the external_total column


@dataclass(frozen=True)
class OutcomeKey:
    instrument_id: str
    instrument_version: str
    key: str
    source: Source
    direction: Direction


def outcome_keys(instrument: Instrument) -> list[OutcomeKey]:
    def make(key: str, source: Source, direction: Direction) -> OutcomeKey:
        return OutcomeKey(instrument.id, instrument.version, key, source, direction)

    scoring = instrument.scoring
    if scoring.kind is ScoringKind.EXTERNAL:
        assert instrument.external_score is not None  # guaranteed by the definition's validation
        return [make(TOTAL_KEY, Source.EXTERNAL_TOTAL, instrument.external_score.direction)]
    keys: list[OutcomeKey] = []
    if scoring.kind is ScoringKind.SUM:
        assert scoring.direction is not None
        keys.append(make(TOTAL_KEY, Source.SCORE_TOTAL, scoring.direction))
    keys += [
        make(item.id, Source.ANSWER, item.direction)
        for item in instrument.items
        if item.direction is not None and item.id not in scoring.total_items
    ]
    return keys


def all_outcome_keys(instruments: Iterable[Instrument]) -> list[OutcomeKey]:
    """Keys of every instrument, ordered by instrument id then as the instrument lists them."""
    return [
        key for inst in sorted(instruments, key=lambda i: (i.id, i.version)) for key in outcome_keys(inst)
    ]
