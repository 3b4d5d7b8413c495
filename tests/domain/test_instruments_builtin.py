from __future__ import annotations

from datetime import date

import pytest

from linkdesk.domain.instrument_licence import check_can_administer
from linkdesk.domain.instrument_loader import BUILTIN_INSTRUMENT_IDS
from linkdesk.domain.instrument_scoring import change, score
from linkdesk.domain.instruments import Direction, Instrument, LicenceKind, ScoringKind, TranslationStatus
from linkdesk.errors import ValidationError

ONS_ITEMS = ["life_satisfaction", "worthwhile", "happiness", "anxiety"]
UCLA_ITEMS = ["lack_companionship", "left_out", "isolated"]
POSITIVE_BANDS = ["low"] * 5 + ["medium"] * 2 + ["high"] * 2 + ["very_high"] * 2  # index = value 0..10
ANXIETY_BANDS = ["very_low"] * 2 + ["low"] * 2 + ["medium"] * 2 + ["high"] * 5


def ons_answers(**overrides: int) -> dict[str, int]:
    return {"life_satisfaction": 5, "worthwhile": 5, "happiness": 5, "anxiety": 5} | overrides


def test_all_builtins_load_free_bilingual_and_marked(builtin: dict[str, Instrument]) -> None:
    assert set(builtin) == set(BUILTIN_INSTRUMENT_IDS) == {"ons4", "ucla3", "belonging"}
    for instrument in builtin.values():
        assert instrument.licence.kind is LicenceKind.FREE
        assert instrument.licence.citation.strip()
        assert instrument.languages == ("en", "fr")
        assert instrument.translation_status == {
            "en": TranslationStatus.ORIGINAL,
            "fr": TranslationStatus.NOT_VALIDATED,
        }
        check_can_administer(instrument, None, date(2030, 1, 1))
        for item in instrument.items:
            assert item.text["fr"] != item.text["en"]


def test_ons4_wording_is_exact(builtin: dict[str, Instrument]) -> None:
    ons4 = builtin["ons4"]
    assert ons4.intro is not None
    assert ons4.intro["en"] == (
        "Next I would like to ask you four questions about your feelings on aspects of your life. There are "
        "no right or wrong answers. For each of these questions I'd like you to give an answer on a scale of "
        "0 to 10, where 0 is 'not at all' and 10 is 'completely'."
    )
    assert [item.text["en"] for item in ons4.items] == [
        "Overall, how satisfied are you with your life nowadays?",
        "Overall, to what extent do you feel that the things you do in your life are worthwhile?",
        "Overall, how happy did you feel yesterday?",
        "On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious', overall, how anxious "
        "did you feel yesterday?",
    ]
    assert [item.id for item in ons4.items] == ONS_ITEMS
    assert ons4.scoring.kind is ScoringKind.PER_ITEM_BANDS
    for item in ons4.items:
        assert item.scale is not None
        assert (item.scale.min, item.scale.max) == (0, 10)
        assert item.required


@pytest.mark.parametrize("item_id", ONS_ITEMS[:3])
@pytest.mark.parametrize("value", range(11))
def test_ons4_positive_item_bands(builtin: dict[str, Instrument], item_id: str, value: int) -> None:
    result = score(builtin["ons4"], ons_answers(**{item_id: value}))
    assert result.items[item_id].value == value
    assert result.items[item_id].band == POSITIVE_BANDS[value]


@pytest.mark.parametrize("value", range(11))
def test_ons4_anxiety_bands(builtin: dict[str, Instrument], value: int) -> None:
    result = score(builtin["ons4"], ons_answers(anxiety=value))
    assert result.items["anxiety"].band == ANXIETY_BANDS[value]


@pytest.mark.parametrize(
    ("value", "band"),
    [(4, "low"), (5, "medium"), (6, "medium"), (7, "high"), (8, "high"), (9, "very_high"), (10, "very_high")],
)
def test_ons4_boundaries_spelled_out(builtin: dict[str, Instrument], value: int, band: str) -> None:
    assert score(builtin["ons4"], ons_answers(happiness=value)).items["happiness"].band == band


@pytest.mark.parametrize(
    ("value", "band"), [(1, "very_low"), (2, "low"), (3, "low"), (4, "medium"), (5, "medium"), (6, "high")]
)
def test_ons4_anxiety_boundaries_spelled_out(builtin: dict[str, Instrument], value: int, band: str) -> None:
    assert score(builtin["ons4"], ons_answers(anxiety=value)).items["anxiety"].band == band


def test_ons4_has_no_total_and_refuses_out_of_range(builtin: dict[str, Instrument]) -> None:
    assert score(builtin["ons4"], ons_answers()).total is None
    for bad in (-1, 11):
        with pytest.raises(ValidationError) as caught:
            score(builtin["ons4"], ons_answers(worthwhile=bad))
        assert caught.value.details["field"] == "worthwhile"
        assert caught.value.details["reason"] == "out_of_range"


def test_ons4_change_per_item_with_anxiety_lower_better(builtin: dict[str, Instrument]) -> None:
    ons4 = builtin["ons4"]
    baseline = score(ons4, {"life_satisfaction": 3, "worthwhile": 6, "happiness": 7, "anxiety": 8})
    follow_up = score(ons4, {"life_satisfaction": 6, "worthwhile": 6, "happiness": 5, "anxiety": 2})
    result = change(ons4, baseline, follow_up)
    assert set(result) == set(ONS_ITEMS)
    assert (result["life_satisfaction"].delta, result["life_satisfaction"].improved) == (3, True)
    assert (result["worthwhile"].delta, result["worthwhile"].improved) == (0, False)
    assert not result["worthwhile"].worsened
    assert (result["happiness"].delta, result["happiness"].improved) == (-2, False)
    assert result["happiness"].worsened
    assert result["anxiety"].delta == -6
    assert result["anxiety"].improved
    assert result["anxiety"].direction is Direction.LOWER_BETTER
    worse = change(ons4, follow_up, baseline)["anxiety"]
    assert (worse.delta, worse.improved, worse.worsened) == (6, False, True)


def test_ucla3_wording_and_options(builtin: dict[str, Instrument]) -> None:
    ucla = builtin["ucla3"]
    assert [item.text["en"] for item in ucla.items[:3]] == [
        "How often do you feel that you lack companionship?",
        "How often do you feel left out?",
        "How often do you feel isolated from others?",
    ]
    for item in ucla.items[:3]:
        assert item.options is not None
        assert [(o.value, o.label["en"]) for o in item.options] == [
            (1, "Hardly ever"),
            (2, "Some of the time"),
            (3, "Often"),
        ]
    direct = ucla.item("lonely_direct")
    assert direct.text["en"] == "How often do you feel lonely?"
    assert not direct.required
    assert direct.options is not None
    assert [o.label["en"] for o in direct.options] == [
        "Often/always",
        "Some of the time",
        "Occasionally",
        "Hardly ever",
        "Never",
    ]
    assert ucla.scoring.kind is ScoringKind.SUM
    assert ucla.scoring.total_items == tuple(UCLA_ITEMS)
    assert ucla.scoring.direction is Direction.LOWER_BETTER
    assert ucla.possible_totals() == frozenset(range(3, 10))


def test_ucla3_total_extremes(builtin: dict[str, Instrument]) -> None:
    ucla = builtin["ucla3"]
    assert score(ucla, dict.fromkeys(UCLA_ITEMS, 1)).total == 3
    assert score(ucla, dict.fromkeys(UCLA_ITEMS, 3)).total == 9
    assert score(ucla, {"lack_companionship": 1, "left_out": 2, "isolated": 3}).total == 6


def test_ucla3_direct_item_is_not_in_the_total(builtin: dict[str, Instrument]) -> None:
    ucla = builtin["ucla3"]
    with_direct = score(ucla, dict.fromkeys(UCLA_ITEMS, 1) | {"lonely_direct": 5})
    assert with_direct.total == 3
    assert with_direct.items["lonely_direct"].value == 5


@pytest.mark.parametrize("missing", UCLA_ITEMS)
def test_ucla3_is_never_split(builtin: dict[str, Instrument], missing: str) -> None:
    answers = {item_id: 2 for item_id in UCLA_ITEMS if item_id != missing}
    with pytest.raises(ValidationError) as caught:
        score(builtin["ucla3"], answers)
    assert caught.value.details["field"] == missing
    assert caught.value.details["reason"] == "required_item_missing"


def test_ucla3_refuses_zero_and_four(builtin: dict[str, Instrument]) -> None:
    for bad in (0, 4):
        with pytest.raises(ValidationError) as caught:
            score(builtin["ucla3"], dict.fromkeys(UCLA_ITEMS, 2) | {"left_out": bad})
        assert caught.value.details["reason"] == "not_an_option"


def test_ucla3_change_on_total_never_per_summed_item(builtin: dict[str, Instrument]) -> None:
    ucla = builtin["ucla3"]
    baseline = score(ucla, dict.fromkeys(UCLA_ITEMS, 3) | {"lonely_direct": 5})
    follow_up = score(ucla, {"lack_companionship": 2, "left_out": 1, "isolated": 2, "lonely_direct": 3})
    result = change(ucla, baseline, follow_up)
    assert set(result) == {"total", "lonely_direct"}
    assert (result["total"].baseline, result["total"].follow_up, result["total"].delta) == (9, 5, -4)
    assert result["total"].improved
    assert result["lonely_direct"].improved
    without_direct = score(ucla, dict.fromkeys(UCLA_ITEMS, 3))
    assert set(change(ucla, without_direct, follow_up)) == {"total"}
    lonelier = change(ucla, follow_up, baseline)["total"]
    assert (lonelier.delta, lonelier.improved, lonelier.worsened) == (4, False, True)


def test_belonging_values_and_direction(builtin: dict[str, Instrument]) -> None:
    belonging = builtin["belonging"]
    assert belonging.scoring.kind is ScoringKind.SINGLE
    (item,) = belonging.items
    assert item.options is not None
    assert [(o.value, o.label["en"]) for o in item.options] == [
        (4, "Very strong"),
        (3, "Somewhat strong"),
        (2, "Somewhat weak"),
        (1, "Very weak"),
    ]
    assert item.direction is Direction.HIGHER_BETTER
    assert [score(belonging, {"belonging": v}).items["belonging"].band for v in (1, 2, 3, 4)] == [
        "weak",
        "weak",
        "strong",
        "strong",
    ]
    assert score(belonging, {"belonging": 4}).total is None
    result = change(belonging, score(belonging, {"belonging": 1}), score(belonging, {"belonging": 3}))
    assert set(result) == {"belonging"}
    assert result["belonging"].delta == 2
    assert result["belonging"].improved
    with pytest.raises(ValidationError):
        score(belonging, {"belonging": 0})
    with pytest.raises(ValidationError):
        score(belonging, {})


def test_unknown_item_lookup_refused(builtin: dict[str, Instrument]) -> None:
    with pytest.raises(ValidationError) as caught:
        builtin["ons4"].item("mood")
    assert caught.value.details == {"field": "item_id", "reason": "unknown_item", "instrument_id": "ons4"}
