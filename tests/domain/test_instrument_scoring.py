from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkdesk.domain.instrument_scoring import ItemScore, Score, change, score
from linkdesk.domain.instruments import Instrument
from linkdesk.errors import ValidationError

# Legal answers per builtin item, written out from domain.md rather than read from the definitions.
LEGAL = {
    ("ons4", "life_satisfaction"): set(range(11)),
    ("ons4", "worthwhile"): set(range(11)),
    ("ons4", "happiness"): set(range(11)),
    ("ons4", "anxiety"): set(range(11)),
    ("ucla3", "lack_companionship"): {1, 2, 3},
    ("ucla3", "left_out"): {1, 2, 3},
    ("ucla3", "isolated"): {1, 2, 3},
    ("ucla3", "lonely_direct"): {1, 2, 3, 4, 5},
    ("belonging", "belonging"): {1, 2, 3, 4},
}
VALID = {
    "ons4": {"life_satisfaction": 5, "worthwhile": 5, "happiness": 5, "anxiety": 5},
    "ucla3": {"lack_companionship": 2, "left_out": 2, "isolated": 2},
    "belonging": {"belonging": 3},
}


def test_every_builtin_item_is_covered(builtin: dict[str, Instrument]) -> None:
    assert {(i.id, item.id) for i in builtin.values() for item in i.items} == set(LEGAL)


@given(key=st.sampled_from(sorted(LEGAL)), value=st.integers(-20, 20))
def test_scoring_accepts_exactly_the_legal_options(
    builtin: dict[str, Instrument], key: tuple[str, str], value: int
) -> None:
    instrument_id, item_id = key
    answers = VALID[instrument_id] | {item_id: value}
    if value in LEGAL[key]:
        assert score(builtin[instrument_id], answers).items[item_id].value == value
    else:
        with pytest.raises(ValidationError) as caught:
            score(builtin[instrument_id], answers)
        assert caught.value.details["field"] == item_id
        assert caught.value.details["reason"] in {"not_an_option", "out_of_range"}
        assert caught.value.details["instrument_id"] == instrument_id


@given(answers=st.fixed_dictionaries({k: st.sampled_from(range(1, 4)) for k in VALID["ucla3"]}))
def test_ucla3_total_is_the_sum(builtin: dict[str, Instrument], answers: dict[str, int]) -> None:
    result = score(builtin["ucla3"], answers)
    assert result.total == sum(answers.values())
    assert 3 <= result.total <= 9


def test_all_problems_reported_with_codes(builtin: dict[str, Instrument]) -> None:
    with pytest.raises(ValidationError) as caught:
        score(builtin["ons4"], {"life_satisfaction": 12, "happiness": True, "anxiety": 3, "mood": 4})
    details = caught.value.details
    assert (details["field"], details["reason"]) == ("life_satisfaction", "out_of_range")
    assert details["problems"] == [
        {"field": "life_satisfaction", "reason": "out_of_range"},
        {"field": "worthwhile", "reason": "required_item_missing"},
        {"field": "happiness", "reason": "not_an_integer"},
        {"field": "mood", "reason": "unknown_item"},
    ]


def test_non_integer_answers_refused(builtin: dict[str, Instrument]) -> None:
    for bad in (2.0, "2", None):
        with pytest.raises(ValidationError) as caught:
            score(builtin["belonging"], {"belonging": bad})  # type: ignore[dict-item]
        assert caught.value.details["reason"] == "not_an_integer"


def test_score_records_instrument_and_version(builtin: dict[str, Instrument]) -> None:
    result = score(builtin["belonging"], {"belonging": 2})
    assert (result.instrument_id, result.instrument_version) == ("belonging", "1")
    assert result.items == {"belonging": ItemScore(value=2, band="weak")}
    assert Score.model_validate_json(result.model_dump_json()) == result


def test_change_refuses_scores_of_another_instrument(builtin: dict[str, Instrument]) -> None:
    ons = score(builtin["ons4"], VALID["ons4"])
    other_version = ons.model_copy(update={"instrument_version": "2"})
    for baseline, follow_up in ((ons, other_version), (score(builtin["belonging"], {"belonging": 2}), ons)):
        with pytest.raises(ValidationError) as caught:
            change(builtin["ons4"], baseline, follow_up)
        assert caught.value.details["reason"] == "instrument_mismatch"


def test_change_needs_totals_for_sum(builtin: dict[str, Instrument]) -> None:
    real = score(builtin["ucla3"], VALID["ucla3"])
    with pytest.raises(ValidationError) as caught:
        change(builtin["ucla3"], real, real.model_copy(update={"total": None}))
    assert caught.value.details["reason"] == "total_missing"
