"""Baseline, follow-up and discharge administrations of ONS4 and UCLA-3, scored by the domain rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from linkdesk.domain.enums import ClientStatus, ClosureReason, Timepoint
from linkdesk.domain.instrument_scoring import score
from linkdesk.records.measure import MeasureAdministrationBase
from linkdesk.services.demo.clock import at, days

if TYPE_CHECKING:
    from random import Random

    from linkdesk.services.demo.case import CaseBuilder


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _ons4_baseline(rng: Random) -> dict[str, int]:
    return {"life_satisfaction": rng.randint(2, 7), "worthwhile": rng.randint(3, 8),
            "happiness": rng.randint(2, 7), "anxiety": rng.randint(3, 9)}


def _ons4_later(rng: Random, baseline: Mapping[str, int], gain: int) -> dict[str, int]:
    """Wellbeing items rise with `gain` and anxiety falls, each with a little noise."""
    return {item: _clamp(value + (-gain if item == "anxiety" else gain) + rng.randint(-1, 1), 0, 10)
            for item, value in baseline.items()}


def _ucla3_baseline(rng: Random, direct: bool) -> dict[str, int]:
    answers = {item: rng.choices((1, 2, 3), weights=(15, 40, 45))[0]
               for item in ("lack_companionship", "left_out", "isolated")}
    if direct:
        answers["lonely_direct"] = rng.randint(3, 5)
    return answers


def _ucla3_later(rng: Random, baseline: Mapping[str, int], gain: int) -> dict[str, int]:
    """Lonelier answers drop a step with a chance that grows with `gain` (and sometimes rise)."""
    later = {}
    for item, value in baseline.items():
        high = 5 if item == "lonely_direct" else 3
        step = -1 if rng.random() < 0.25 * gain else (1 if rng.random() < 0.08 else 0)
        later[item] = _clamp(value + step, 1, high)
    return later


def _administer(case: CaseBuilder, instrument_id: str, timepoint: Timepoint, when: datetime,
                answers: Mapping[str, int]) -> None:
    instrument = case.s.instruments[instrument_id]
    case.add(MeasureAdministrationBase(
        id=case.new_id(), client_id=case.client_id, instrument_id=instrument.id,
        instrument_version=instrument.version, language="fr" if case.lang == "fr" else "en",
        timepoint=timepoint,
        administered_at=when, answers=dict(answers),
        scores=score(instrument, answers).model_dump(mode="json"), administered_by=case.worker,
    ))


def add_measures(case: CaseBuilder, assessed_on: date) -> None:
    rng = case.rng
    if "ons4" not in case.s.instruments or "ucla3" not in case.s.instruments or rng.random() >= 0.8:
        return
    ons4 = _ons4_baseline(rng)
    ucla3 = _ucla3_baseline(rng, direct=rng.random() < 0.5)
    when = at(assessed_on, rng.randint(9, 15), 30)
    _administer(case, "ons4", Timepoint.BASELINE, when, ons4)
    _administer(case, "ucla3", Timepoint.BASELINE, when + timedelta(minutes=5), ucla3)
    timepoints = []
    span = (case.end - assessed_on).days
    if span >= 90 and rng.random() < 0.7:
        timepoints.append((Timepoint.FOLLOW_UP, assessed_on + days(rng.randint(90, min(150, span))),
                           rng.choice((-1, 0, 1, 1, 2, 2, 3))))
    plan = case.plan
    if (plan.status is ClientStatus.CLOSED and plan.closure_reason is ClosureReason.GOALS_MET
            and case.closed_on is not None and rng.random() < 0.6):
        timepoints.append((Timepoint.DISCHARGE, case.closed_on, rng.choice((1, 2, 2, 3))))
    for timepoint, day, gain in timepoints:
        when = at(day, rng.randint(9, 15), 30)
        _administer(case, "ons4", timepoint, when, _ons4_later(rng, ons4, gain))
        _administer(case, "ucla3", timepoint, when + timedelta(minutes=5), _ucla3_later(rng, ucla3, gain))
