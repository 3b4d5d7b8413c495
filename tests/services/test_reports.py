"""Report figures on the local encrypted store, checked against numbers worked out by hand.

The data set is tests/reports_dataset.py (built through the services); each expected number below is
written out literally from the comments there, never computed by the report code.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from linkdesk.domain.reporting.figures import Report
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.errors import ValidationError
from linkdesk.services.reports import export_report_csv, run_report, workers_on_device
from linkdesk.services.workspace import Workspace
from linkdesk.store.tables import AuditEvent
from tests.reports_dataset import PERIOD_END, PERIOD_START, Clock, build, clocked

FEB = ReportPeriod(PERIOD_START, PERIOD_END)


@pytest.fixture
def seeded(workspace: Workspace):  # -> (worker context, dataset)
    clock = Clock()
    worker = clocked(workspace.ctx, workspace.store, clock)
    other = clocked(workspace.ctx, workspace.store, clock, user_id="worker-2")
    return worker, build(worker, other, clock)


@pytest.fixture
def report(seeded) -> Report:
    return run_report(seeded[0], FEB)


def counts(items) -> dict[str, int]:
    return {c.key: c.value for c in items}


def test_referrals_by_source_count_referrals_received_in_the_period(report: Report) -> None:
    assert counts(report.referrals.by_source) == {
        "physician": 2,
        "nurse_practitioner": 0,
        "nurse": 1,
        "pharmacist": 0,  # P5 was received on 15 January
        "dietitian": 0,
        "social_service_agency": 0,
        "community_organisation": 1,
        "self": 1,
    }
    assert report.referrals.total == 5


def test_time_from_referral_to_first_contact(report: Report) -> None:
    fc = report.first_contact
    assert fc.day_counts == {0: 1, 2: 1, 7: 1, 17: 1}
    assert (fc.referrals, fc.contacted, fc.not_contacted) == (5, 4, 1)
    assert fc.median_days == 4.5  # (2 + 7) / 2
    assert counts(fc.buckets) == {
        "same_day": 1,
        "1_3_days": 1,
        "4_7_days": 1,
        "8_14_days": 0,
        "15_30_days": 1,
        "over_30_days": 0,
    }


def test_needs_by_domain_use_each_persons_latest_assessment_in_the_period(report: Report) -> None:
    needs = report.needs
    assert needs.people_assessed == 3  # P1, P2, P5 (P3's assessment is from January)
    rows = {r.domain: (r.high, r.medium, r.low) for r in needs.rows if r.total}
    assert rows == {
        "housing": (0, 2, 0),  # P1's 20 Feb assessment replaces the 3 Feb one; P5
        "income": (0, 0, 1),
        "social_isolation": (1, 0, 1),  # P1's "none" is not a need
        "mental_wellbeing": (1, 0, 0),
    }
    assert len(needs.rows) == 14  # every domain is listed, with zeros


def test_prescriptions_by_kind_status_and_completion(report: Report) -> None:
    p = report.prescriptions
    assert p.total == 5  # P5's January prescription is outside
    nonzero = {(c.kind, c.status): c.count for c in p.cells if c.count}
    assert nonzero == {
        ("referral", "completed"): 1,
        ("referral", "declined"): 1,
        ("referral", "drafted"): 1,
        ("referral", "cancelled"): 1,
        ("signpost", "sent"): 1,
    }
    completion = {c.kind: (c.made, c.sent, c.completed, c.completion_rate) for c in p.completion}
    assert completion == {"referral": (4, 2, 1, 0.5), "signpost": (1, 1, 0, 0.0)}


def test_goals_set_and_achieved(report: Report) -> None:
    g = report.goals
    assert counts(g.by_status) == {
        "active": 1,
        "achieved": 1,
        "partly_achieved": 1,  # G3 was set in February, partly achieved on 2 March
        "not_achieved": 0,
        "discontinued": 1,
    }
    assert g.set_total == 4
    assert g.achieved_in_period == 2  # G1 (set in February) and G4 (set in January)
    assert g.partly_achieved_in_period == 0


def test_contacts_and_time_spent_count_a_corrected_note_once(report: Report) -> None:
    c = report.contacts
    assert counts(c.by_mode) == {"phone": 2, "home_visit": 1, "clinic": 1, "video": 1, "text": 0}
    assert (c.contacts, c.people, c.with_duration, c.without_duration) == (5, 4, 4, 1)
    assert c.minutes == 110  # 30 + 45 (the corrected visit) + 20 + 15
    assert c.mean_minutes == 27.5


def outcome(report: Report, instrument: str, key: str):
    return next(r for r in report.outcomes if (r.instrument_id, r.key) == (instrument, key))


def test_ucla3_total_paired_change(report: Report) -> None:
    row = outcome(report, "ucla3", "total")
    assert row.direction.value == "lower_better"
    assert (row.n, row.improved, row.worsened, row.unchanged) == (4, 2, 1, 1)
    assert row.mean_baseline == 6.75  # (9 + 6 + 4 + 8) / 4
    assert row.mean_follow_up == 5.0  # (6 + 7 + 4 + 3) / 4
    assert row.mean_change == -1.75
    assert row.share_improved == 0.5
    assert outcome(report, "ucla3", "lonely_direct").n == 0  # the direct question was never asked


@pytest.mark.parametrize(
    ("item", "direction", "n", "mean_change", "improved", "worsened"),
    [
        ("life_satisfaction", "higher_better", 2, 0.5, 1, 1),  # 4 -> 6, 7 -> 6
        ("worthwhile", "higher_better", 2, 0.5, 1, 0),  # 5 -> 5, 7 -> 8
        ("happiness", "higher_better", 2, 1.0, 1, 0),  # 3 -> 5, 7 -> 7
        ("anxiety", "lower_better", 2, -1.5, 1, 1),  # 8 -> 4 (better), 2 -> 3 (worse)
    ],
)
def test_ons4_paired_change_per_item(
    report: Report, item: str, direction: str, n: int, mean_change: float, improved: int, worsened: int
) -> None:
    row = outcome(report, "ons4", item)
    assert (row.direction.value, row.n, row.mean_change, row.improved, row.worsened) == (
        direction,
        n,
        mean_change,
        improved,
        worsened,
    )


def test_the_scope_is_the_team_and_a_worker_filter_narrows_it(seeded) -> None:
    worker, _ds = seeded
    assert run_report(worker, FEB).scope == "team"  # worker-2's person is on this device too
    theirs = run_report(worker, FEB, worker_id="worker-2")
    assert theirs.scope == "worker"
    assert counts(theirs.referrals.by_source)["community_organisation"] == 1
    assert theirs.referrals.total == 1
    assert theirs.first_contact.day_counts == {17: 1}
    assert theirs.contacts.contacts == 0  # their note is on 1 March
    assert outcome(theirs, "ucla3", "total").n == 0
    mine = run_report(worker, FEB, worker_id=worker.actor.user_id)
    assert (mine.scope, mine.referrals.total, mine.contacts.contacts) == ("own", 4, 5)
    choices = {c.worker_id: c.people for c in workers_on_device(worker)}
    assert choices == {"worker-1": 5, "worker-2": 1}


def test_an_open_period_and_a_calendar_offset(seeded) -> None:
    worker, _ds = seeded
    everything = run_report(worker, ReportPeriod())
    assert everything.referrals.total == 6
    assert everything.contacts.contacts == 6
    assert everything.prescriptions.total == 6
    # Read at UTC-5, P5's 00:30 UTC contact on 1 Feb is still 31 January, and P1's 23:30 UTC video call
    # on 27 Feb is the 27th: 4 contacts. P1's first contact (10:00 UTC 2 Feb) is 05:00 on 2 Feb: 0 days.
    eastern = run_report(worker, ReportPeriod(PERIOD_START, PERIOD_END, -300))
    assert eastern.contacts.contacts == 4
    assert eastern.first_contact.day_counts == {0: 1, 2: 1, 7: 1, 17: 1}
    # At UTC+10 the 23:30 UTC call on 27 Feb is already 28 Feb (still inside); P5's 00:30 UTC contact on
    # 1 Feb is 10:30 on 1 Feb (inside).
    assert run_report(worker, ReportPeriod(PERIOD_START, PERIOD_END, 600)).contacts.contacts == 5
    only_first = run_report(worker, ReportPeriod(date(2026, 2, 1), date(2026, 2, 1)))
    assert only_first.contacts.contacts == 1  # P5 at 00:30 UTC


def test_a_period_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError):
        ReportPeriod(PERIOD_END, PERIOD_START)


def test_csv_exports_full_and_deidentified_and_are_audited(seeded, report: Report, tmp_path: Path) -> None:
    worker, _ds = seeded
    full = export_report_csv(worker, report, tmp_path / "full.csv", deidentified=False)
    safe = export_report_csv(worker, report, tmp_path / "safe.csv", deidentified=True)
    read = lambda p: list(csv.reader(p.read_text(encoding="utf-8-sig").splitlines()))  # noqa: E731
    full_rows, safe_rows = read(full), read(safe)
    assert full_rows[0] == ["figure", "group", "category", "measure", "value"]
    assert ["referrals_by_source", "source", "physician", "referrals", "2"] in full_rows
    assert ["contacts", "duration", "recorded", "minutes_total", "110"] in full_rows
    assert ["outcome_change", "ucla3.v1.total", "lower_better", "mean_change", "-1.75"] in full_rows
    assert ["report", "suppression", "under_5", "applied", "no"] in full_rows
    # Every count in this small data set is under 5 except the five referrals and contacts totals.
    assert ["referrals_by_source", "source", "physician", "referrals", "suppressed"] in safe_rows
    assert ["referrals_by_source", "source", "all", "referrals", "5"] in safe_rows
    assert ["contacts", "mode", "all", "contacts", "5"] in safe_rows
    assert ["outcome_change", "ucla3.v1.total", "lower_better", "mean_change", "suppressed"] in safe_rows
    assert ["report", "suppression", "under_5", "applied", "yes"] in safe_rows
    assert len(full_rows) == len(safe_rows)
    with worker.read() as session:
        actions = [e.action for e in session.exec(select(AuditEvent)).all()]
    assert actions.count("report.export") == 1
    assert actions.count("report.export_deidentified") == 1
