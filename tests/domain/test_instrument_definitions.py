from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from linkdesk.domain.instrument_loader import (
    builtin_instrument_path,
    instruments_dir,
    load_builtin_instruments,
    parse_instrument,
)
from linkdesk.domain.instruments import Instrument, ScoringKind
from linkdesk.errors import ValidationError

from .conftest import RESOURCES_DIR
from .fakes import FAKE_EXTERNAL_ONLY, FAKE_LICENSED, definition, t, write


def parse(data: dict[str, Any]) -> Instrument:
    return parse_instrument(json.dumps(data))


def refusal(data: dict[str, Any] | str) -> dict[str, Any]:
    with pytest.raises(ValidationError) as caught:
        parse_instrument(data if isinstance(data, str) else json.dumps(data))
    assert caught.value.details["reason"] == "invalid_instrument_definition"
    return caught.value.details


def codes(details: dict[str, Any]) -> set[str]:
    return {problem.get("code") or problem["type"] for problem in details["problems"]}


def test_fakes_are_valid() -> None:
    assert parse(FAKE_LICENSED).possible_totals() == frozenset(range(3, 16))
    assert parse(FAKE_EXTERNAL_ONLY).scoring.kind is ScoringKind.EXTERNAL


def test_paths_are_derived_from_the_given_directory(tmp_path: Path) -> None:
    assert instruments_dir(tmp_path) == tmp_path / "instruments"
    assert builtin_instrument_path(tmp_path, "ons4") == tmp_path / "instruments" / "ons4.json"
    assert builtin_instrument_path(RESOURCES_DIR, "ucla3").is_file()


def test_problems_carry_codes_not_prose() -> None:
    bad = definition(FAKE_LICENSED)
    bad["items"][0]["options"] = [*bad["items"][0]["options"], {"value": 1, "label": t("Again")}]
    details = refusal(bad)
    assert details["problems"] == [
        {"loc": "items.0", "type": "value_error", "code": "duplicate_option_value"}
    ]


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda d: d["items"][0].update(scale={"min": 0, "max": 4}), "item_needs_options_or_scale"),
        (lambda d: d["items"][0].pop("options"), "item_needs_options_or_scale"),
        (lambda d: d["items"][0].update(options=[]), "item_without_options"),
        (lambda d: d["items"][1].update(id="q1"), "duplicate_item"),
        (lambda d: d["items"][1].update(id="total"), "reserved_item_id"),
        (lambda d: d["title"].pop("fr"), "text_languages_mismatch"),
        (lambda d: d["items"][2]["text"].update(es="Pregunta"), "text_languages_mismatch"),
        (lambda d: d.update(translation_status={"en": "original"}), "translation_status_languages_mismatch"),
        (lambda d: d.update(languages=["en", "en"]), "duplicate_language"),
        (lambda d: d["scoring"].update(total_items=["q1", "q9"]), "sum_unknown_item"),
        (lambda d: d["scoring"].update(total_items=["q1", "q1"]), "sum_needs_distinct_items"),
        (lambda d: d["scoring"].pop("direction"), "sum_needs_direction"),
        (lambda d: d["items"][0].update(required=False), "sum_item_must_be_required"),
        (lambda d: d["scoring"]["total_bands"][1].update(min=9), "bands_do_not_partition_values"),
        (lambda d: d["scoring"]["total_bands"][1].update(min=7), "bands_do_not_partition_values"),
        (
            lambda d: d["scoring"]["total_bands"].append({"code": "x", "min": 20, "max": 30}),
            "band_outside_values",
        ),
        (lambda d: d["scoring"]["total_bands"][2].update(code="low"), "duplicate_band"),
        (lambda d: d["scoring"].update(kind="per_item_bands", total_items=[]), "total_only_for_sum"),
    ],
)
def test_inconsistent_definitions_refused(mutate: Callable[[dict[str, Any]], object], code: str) -> None:
    data = copy.deepcopy(FAKE_LICENSED)
    mutate(data)
    assert code in codes(refusal(data))


def test_per_item_and_single_rules() -> None:
    per_item = definition(FAKE_LICENSED, scoring={"kind": "per_item_bands"})
    assert "item_needs_direction" in codes(refusal(per_item))
    for item in per_item["items"]:
        item["direction"] = "higher_better"
    assert "item_needs_bands" in codes(refusal(per_item))
    for item in per_item["items"]:
        item["bands"] = [{"code": "low", "min": 1, "max": 2}, {"code": "high", "min": 3, "max": 5}]
    assert len(parse(per_item).items) == 3
    partial = copy.deepcopy(per_item)
    partial["items"][0]["bands"] = [{"code": "low", "min": 1, "max": 2}]
    assert "bands_do_not_partition_values" in codes(refusal(partial))

    single = definition(per_item, scoring={"kind": "single"})
    assert "single_needs_one_item" in codes(refusal(single))
    single["items"] = single["items"][1:2]
    assert parse(single).scoring.kind is ScoringKind.SINGLE
    single["items"][0]["required"] = False
    assert "single_item_must_be_required" in codes(refusal(single))


def test_external_kind_rules() -> None:
    english_item = {"id": "q1", "text": {"en": "Invented"}, "scale": {"min": 0, "max": 4}}
    assert "external_needs_range_and_no_items" in codes(
        refusal(definition(FAKE_EXTERNAL_ONLY, items=[english_item]))
    )
    no_range = definition(FAKE_EXTERNAL_ONLY)
    del no_range["external_score"]
    assert "external_needs_range_and_no_items" in codes(refusal(no_range))
    assert "instrument_without_items" in codes(refusal(definition(FAKE_LICENSED, items=[])))
    bad_range = definition(
        FAKE_EXTERNAL_ONLY, external_score={"min": 5, "max": 5, "direction": "higher_better"}
    )
    assert "range_min_not_below_max" in codes(refusal(bad_range))


def test_scale_rules() -> None:
    data = definition(FAKE_LICENSED)
    del data["scoring"]["total_bands"]
    data["items"][0] = {"id": "q1", "text": t("Scale question"), "scale": {"min": 0, "max": 4}}
    assert parse(data).item("q1").legal_values() == frozenset(range(5))
    data["items"][0]["scale"] = {"min": 4, "max": 4}
    assert "scale_min_not_below_max" in codes(refusal(data))
    data["items"][0]["scale"] = {"min": 0, "max": 4, "anchors": [{"value": 5, "label": t("Max")}]}
    assert "anchor_out_of_scale" in codes(refusal(data))


def test_types_are_strict_and_unknown_fields_refused() -> None:
    string_value = definition(FAKE_LICENSED)
    string_value["items"][0]["options"][0]["value"] = "1"
    assert "int_type" in codes(refusal(string_value))
    assert "extra_forbidden" in codes(refusal(definition(FAKE_LICENSED, colour="blue")))
    assert "string_pattern_mismatch" in codes(refusal(definition(FAKE_LICENSED, id="Has Spaces")))
    blank = definition(FAKE_LICENSED)
    blank["items"][0]["text"]["en"] = "   "
    assert "string_pattern_mismatch" in codes(refusal(blank))
    assert "json_invalid" in codes(refusal("{not json"))


def _copy_builtins(tmp_path: Path) -> Path:
    target = instruments_dir(tmp_path)
    target.mkdir()
    for source in instruments_dir(RESOURCES_DIR).glob("*.json"):
        (target / source.name).write_bytes(source.read_bytes())
    return target


def test_builtin_loader_refuses_licensed_or_misnamed_definitions(tmp_path: Path) -> None:
    target = _copy_builtins(tmp_path)
    assert set(load_builtin_instruments(tmp_path)) == {"ons4", "ucla3", "belonging"}

    ons4 = json.loads((target / "ons4.json").read_text(encoding="utf-8"))
    write(target / "ons4.json", definition(ons4, licence=FAKE_LICENSED["licence"]))
    with pytest.raises(ValidationError) as caught:
        load_builtin_instruments(tmp_path)
    assert caught.value.details == {
        "field": "licence",
        "reason": "builtin_must_be_free",
        "instrument_id": "ons4",
    }

    write(target / "ons4.json", definition(ons4, id="ons4_copy"))
    with pytest.raises(ValidationError) as caught:
        load_builtin_instruments(tmp_path)
    assert caught.value.details["reason"] == "id_mismatch"

    (target / "ons4.json").unlink()
    with pytest.raises(FileNotFoundError):
        load_builtin_instruments(tmp_path)
