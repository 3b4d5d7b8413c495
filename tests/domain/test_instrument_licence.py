from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError as PydanticValidationError

from linkdesk.domain.external_score import ExternalScore, check_external_score, external_change
from linkdesk.domain.instrument_licence import LicenceRecord, check_can_administer
from linkdesk.domain.instrument_loader import load_licensed_instrument, parse_instrument
from linkdesk.domain.instrument_scoring import change, score
from linkdesk.domain.instruments import Instrument, LicenceKind
from linkdesk.errors import LicenceRequiredError, ValidationError

from .fakes import FAKE_EXTERNAL_ONLY, FAKE_LICENSED, definition, write

TODAY = date(2025, 6, 15)


def licence_for(
    instrument_id: str = "fake_wellbeing", valid_until: date = date(2026, 3, 31)
) -> LicenceRecord:
    return LicenceRecord(instrument_id, "Northern Link Program", "LIC-2025-0042", valid_until)


@pytest.fixture
def licensed_path(tmp_path: Path) -> Path:
    return write(tmp_path / "fake_wellbeing.json", FAKE_LICENSED)


def test_licensed_definition_without_licence_refused(licensed_path: Path) -> None:
    with pytest.raises(LicenceRequiredError) as caught:
        load_licensed_instrument(licensed_path, None, today=TODAY)
    assert caught.value.code == "licence_required"
    assert caught.value.details == {"instrument_id": "fake_wellbeing", "reason": "no_licence"}


def test_licensed_definition_with_expired_licence_refused(licensed_path: Path) -> None:
    with pytest.raises(LicenceRequiredError) as caught:
        load_licensed_instrument(licensed_path, licence_for(valid_until=date(2025, 6, 14)), today=TODAY)
    assert caught.value.details == {
        "instrument_id": "fake_wellbeing",
        "reason": "licence_expired",
        "valid_until": "2025-06-14",
    }


def test_licence_for_another_instrument_refused(licensed_path: Path) -> None:
    with pytest.raises(LicenceRequiredError) as caught:
        load_licensed_instrument(licensed_path, licence_for("other_scale"), today=TODAY)
    assert caught.value.details["reason"] == "licence_for_other_instrument"


@pytest.mark.parametrize("valid_until", [TODAY, date(2030, 1, 1)])
def test_licensed_definition_with_valid_licence_loads_and_scores(
    licensed_path: Path, valid_until: date
) -> None:
    instrument = load_licensed_instrument(licensed_path, licence_for(valid_until=valid_until), today=TODAY)
    assert instrument.licence.kind is LicenceKind.LICENSED
    assert instrument.licence.holder == "Example Rights Holder Ltd"
    baseline = score(instrument, {"q1": 1, "q2": 2, "q3": 3})
    follow_up = score(instrument, {"q1": 5, "q2": 4, "q3": 4})
    assert (baseline.total, baseline.total_band) == (6, "low")
    assert (follow_up.total, follow_up.total_band) == (13, "high")
    assert change(instrument, baseline, follow_up)["total"].improved


def test_free_definition_needs_no_licence_record(tmp_path: Path) -> None:
    free = definition(
        FAKE_LICENSED, licence={"kind": "free", "holder": "Someone", "citation": "Someone 2020."}
    )
    instrument = load_licensed_instrument(write(tmp_path / "free.json", free), None, today=TODAY)
    assert instrument.licence.kind is LicenceKind.FREE


def test_check_can_administer_each_time() -> None:
    instrument = parse_instrument(json.dumps(FAKE_LICENSED))
    record = licence_for(valid_until=date(2025, 12, 31))
    check_can_administer(instrument, record, date(2025, 12, 31))
    with pytest.raises(LicenceRequiredError):
        check_can_administer(instrument, record, date(2026, 1, 1))
    with pytest.raises(LicenceRequiredError):
        check_can_administer(instrument, None, date(2025, 1, 1))


def test_licence_record_fields_required() -> None:
    with pytest.raises(ValidationError) as caught:
        LicenceRecord("fake_wellbeing", " ", "LIC-1", TODAY)
    assert caught.value.details == {"field": "holder_organisation", "reason": "required"}


@pytest.fixture
def external_only() -> Instrument:
    return parse_instrument(json.dumps(FAKE_EXTERNAL_ONLY))


def test_external_score_within_declared_range(external_only: Instrument) -> None:
    for total in (7, 23.21, 35):
        entered = ExternalScore(instrument_id="fake_external", total=total, entered_by="user-17")
        assert check_external_score(external_only, entered) is entered


@pytest.mark.parametrize(
    ("total", "reason"), [(6.99, "out_of_range"), (35.01, "out_of_range"), (20.125, "too_many_decimals")]
)
def test_external_score_refused(external_only: Instrument, total: float, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_external_score(
            external_only, ExternalScore(instrument_id="fake_external", total=total, entered_by="u")
        )
    assert caught.value.details["field"] == "total"
    assert caught.value.details["reason"] == reason


def test_external_score_shape(external_only: Instrument, builtin: dict[str, Instrument]) -> None:
    with pytest.raises(PydanticValidationError):
        ExternalScore(instrument_id="fake_external", total=float("nan"), entered_by="u")
    with pytest.raises(PydanticValidationError):
        ExternalScore(instrument_id="fake_external", total=10, entered_by=" ")
    wrong = ExternalScore(instrument_id="ucla3", total=10, entered_by="u")
    with pytest.raises(ValidationError) as caught:
        check_external_score(external_only, wrong)
    assert caught.value.details["reason"] == "instrument_mismatch"
    with pytest.raises(ValidationError) as caught:
        check_external_score(builtin["ucla3"], wrong)
    assert caught.value.details["reason"] == "external_score_not_declared"


def test_external_only_instrument_cannot_be_scored_from_answers(external_only: Instrument) -> None:
    with pytest.raises(ValidationError) as caught:
        score(external_only, {})
    assert caught.value.details["reason"] == "external_only"


def test_external_change(external_only: Instrument) -> None:
    before = ExternalScore(instrument_id="fake_external", total=20.1, entered_by="u")
    after = ExternalScore(instrument_id="fake_external", total=23.21, entered_by="u")
    result = external_change(external_only, before, after)
    assert result.delta == pytest.approx(3.11)
    assert result.improved
    assert not external_change(external_only, after, before).improved
    with pytest.raises(ValidationError):
        external_change(
            external_only, before, ExternalScore(instrument_id="fake_external", total=99, entered_by="u")
        )
