"""Report period, statistics, outcome keys, flat cells and CSV: checked against hand-worked values."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from linkdesk.domain.instruments import Direction
from linkdesk.domain.reporting.cells import report_table
from linkdesk.domain.reporting.csv_text import report_csv_text, report_text_table
from linkdesk.domain.reporting.figures import (
    Completion,
    ContactsFigure,
    Count,
    FirstContactFigure,
    GoalsFigure,
    NeedRow,
    NeedsFigure,
    OutcomeRow,
    PrescriptionCell,
    PrescriptionsFigure,
    ReferralsFigure,
    Report,
)
from linkdesk.domain.reporting.outcome_keys import Source, outcome_keys
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.domain.reporting.stats import bucket_of, median_from_counts
from linkdesk.errors import ValidationError


def test_period_bounds_in_utc_at_an_offset() -> None:
    period = ReportPeriod(date(2026, 2, 1), date(2026, 2, 28), utc_offset_minutes=-300)
    assert period.start_utc == datetime(2026, 2, 1, 5, 0, tzinfo=UTC)
    assert period.end_utc == datetime(2026, 3, 1, 5, 0, tzinfo=UTC)
    assert period.contains(datetime(2026, 3, 1, 4, 59, tzinfo=UTC))
    assert not period.contains(datetime(2026, 3, 1, 5, 0, tzinfo=UTC))
    assert not period.contains(datetime(2026, 2, 1, 4, 59, tzinfo=UTC))
    assert period.contains_day(date(2026, 2, 28)) and not period.contains_day(date(2026, 3, 1))
    open_ended = ReportPeriod()
    assert open_ended.start_utc is None and open_ended.end_utc is None
    assert open_ended.contains(datetime(1990, 1, 1, tzinfo=UTC))


def test_period_refuses_bad_input() -> None:
    with pytest.raises(ValidationError) as err:
        ReportPeriod(date(2026, 3, 1), date(2026, 2, 1))
    assert err.value.details == {"field": "period", "reason": "start_after_end"}
    with pytest.raises(ValidationError):
        ReportPeriod(utc_offset_minutes=15 * 60)


@pytest.mark.parametrize(
    ("counts", "median"),
    [
        ({}, None),
        ({3: 1}, 3.0),
        ({1: 2, 5: 1}, 1.0),  # 1 1 5
        ({0: 1, 2: 1, 7: 1, 17: 1}, 4.5),  # 0 2 | 7 17
        ({1: 1, 2: 1, 10: 2}, 6.0),  # 1 2 | 10 10
        ({4: 3, 9: 0}, 4.0),  # a zero count is no value
    ],
)
def test_median_from_a_frequency_table(counts: dict[int, int], median: float | None) -> None:
    assert median_from_counts(counts) == median


def test_median_refuses_negative_counts() -> None:
    with pytest.raises(ValueError, match="negative"):
        median_from_counts({1: -1})


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-2, "same_day"),
        (0, "same_day"),
        (1, "1_3_days"),
        (3, "1_3_days"),
        (4, "4_7_days"),
        (7, "4_7_days"),
        (8, "8_14_days"),
        (14, "8_14_days"),
        (15, "15_30_days"),
        (30, "15_30_days"),
        (31, "over_30_days"),
        (400, "over_30_days"),
    ],
)
def test_waiting_time_buckets(days: int, bucket: str) -> None:
    assert bucket_of(days) == bucket


def test_outcome_keys_follow_the_instrument_definitions(builtin) -> None:  # type: ignore[no-untyped-def]
    ons4 = [(k.key, k.source, k.direction) for k in outcome_keys(builtin["ons4"])]
    assert ons4 == [
        ("life_satisfaction", Source.ANSWER, Direction.HIGHER_BETTER),
        ("worthwhile", Source.ANSWER, Direction.HIGHER_BETTER),
        ("happiness", Source.ANSWER, Direction.HIGHER_BETTER),
        ("anxiety", Source.ANSWER, Direction.LOWER_BETTER),
    ]
    ucla = [(k.key, k.source, k.direction) for k in outcome_keys(builtin["ucla3"])]
    # The three summed items are never reported apart; the direct question is its own item.
    assert ucla == [
        ("total", Source.SCORE_TOTAL, Direction.LOWER_BETTER),
        ("lonely_direct", Source.ANSWER, Direction.LOWER_BETTER),
    ]
    assert [(k.key, k.direction) for k in outcome_keys(builtin["belonging"])] == [
        ("belonging", Direction.HIGHER_BETTER)
    ]


def _counts(codes: list[str], values: dict[str, int]) -> tuple[Count, ...]:
    return tuple(Count(code, values.get(code, 0)) for code in codes)


def small_report() -> Report:
    """22 referrals: physician 12, nurse 3, self 7; 20 contacted (6 same day, 8 in 1-3 days, 6 in 4-7)."""
    sources = ["physician", "nurse", "self"]
    return Report(
        period=ReportPeriod(date(2026, 1, 1), date(2026, 3, 31)),
        generated_at=datetime(2026, 4, 1, 9, 0, tzinfo=UTC),
        scope="region",
        referrals=ReferralsFigure(_counts(sources, {"physician": 12, "nurse": 3, "self": 7})),
        needs=NeedsFigure(9, (NeedRow("housing", 6, 2, 1),)),
        prescriptions=PrescriptionsFigure(
            (PrescriptionCell("referral", "completed", 8), PrescriptionCell("referral", "declined", 6)),
            (Completion("referral", made=14, sent=14, completed=8),),
        ),
        first_contact=FirstContactFigure(22, {0: 6, 2: 5, 3: 3, 5: 6}),
        goals=GoalsFigure(_counts(["active", "achieved"], {"active": 9, "achieved": 6}), 6, 0),
        contacts=ContactsFigure(_counts(["phone", "video"], {"phone": 30, "video": 10}), 18, 36, 900),
        outcomes=(OutcomeRow("ucla3", "1", "total", Direction.LOWER_BETTER, 12, 84.0, 66.0, 8, 1),),
    )


def test_flat_cells_carry_the_figures_and_statistics() -> None:
    table = report_table(small_report())
    assert table.value("referrals_by_source.total") == 22
    assert table.value("referral_to_first_contact.not_contacted") == 2
    assert table.value("referral_to_first_contact.1_3_days") == 8
    assert table.value("referral_to_first_contact.median") == 2.0  # 0x6, 2x5 -> 11th and 12th values: 2, 2
    assert table.value("needs_by_domain.housing.all") == 9
    assert table.value("prescriptions.referral.completion_rate") == round(8 / 14, 4)
    assert table.value("contacts.mean_minutes") == 25.0  # 900 / 36
    assert table.value("outcome_change.ucla3.1.total.mean_change") == -1.5  # (66 - 84) / 12
    assert table.value("outcome_change.ucla3.1.total.unchanged") == 3  # 12 - 8 - 1


def test_deidentified_table_hides_small_cells_and_what_would_reveal_them() -> None:
    table = report_table(small_report())
    hidden = table.suppressed()
    assert "referrals_by_source.nurse" in hidden.primary  # 3
    # 22 referrals of which 20 contacted would reveal the 2 not contacted: "contacted" is hidden too,
    # and with it the median that is based on it.
    assert "referral_to_first_contact.not_contacted" in hidden.primary
    assert "referral_to_first_contact.contacted" in hidden.secondary
    assert "referral_to_first_contact.median" in hidden.statistics
    # Nurse (3) is the only small source: the smallest other source (self, 7) is hidden with it.
    assert "referrals_by_source.self" in hidden.secondary
    assert "referrals_by_source.physician" not in hidden.all
    # UCLA-3: 1 worsened and 3 unchanged are hidden; 8 improved stays, so the share improved stays.
    assert {
        "outcome_change.ucla3.1.total.worsened",
        "outcome_change.ucla3.1.total.unchanged",
    } <= hidden.primary
    assert "outcome_change.ucla3.1.total.share_improved" not in hidden.all
    assert "outcome_change.ucla3.1.total.mean_change" not in hidden.all
    text = report_csv_text(small_report(), deidentified=True)
    assert "referrals_by_source,source,nurse,referrals,suppressed\n" in text
    assert "referrals_by_source,source,physician,referrals,12\n" in text
    assert "outcome_change,ucla3.v1.total,lower_better,mean_change,-1.5\n" in text


def test_text_table_aligns_the_same_rows() -> None:
    text = report_text_table(small_report(), deidentified=False)
    lines = text.splitlines()
    assert lines[0].split() == ["figure", "group", "category", "measure", "value"]
    assert any(
        line.split() == ["referrals_by_source", "source", "physician", "referrals", "12"] for line in lines
    )
    assert "" in lines  # a blank line between figures
