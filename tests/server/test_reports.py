"""Region-wide report figures computed in SQL on the server (SQLite and PostgreSQL), and the CLI.

Two workers' devices build the fixed data set of tests/reports_dataset.py through the services and sync
it; the server's figures must equal the numbers worked out by hand (the same as tests/services).
A supervisor's device, after its sync, reports the same team figures with the desktop code.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from linkdesk.domain.reporting.figures import Report
from linkdesk.domain.reporting.period import ReportPeriod
from linkdesk.paths import AppPaths
from linkdesk.server import cli
from linkdesk.server.reports import region_report
from linkdesk.services.enrolment import Enrolled, enroll
from linkdesk.services.reports import run_report
from linkdesk.services.sync_service import sync_now
from linkdesk.vault import KDF_FLOOR
from tests.reports_dataset import PERIOD_END, PERIOD_START, Clock, build, clocked

from ..sync.support import AppTransport
from .conftest import PASSWORD
from .support import Clock as ServerClock

FEB = ReportPeriod(PERIOD_START, PERIOD_END)


@pytest.fixture
def clock() -> ServerClock:
    """The server on real time: device HLC stamps are real, and the server compares them with its own."""
    return ServerClock(time.time_ns() // 1_000_000)


@pytest.fixture
def enrol(tmp_path: Path, http, people) -> Iterator[Callable[[str], Enrolled]]:  # type: ignore[no-untyped-def]
    transport = AppTransport(http)
    made: list[Enrolled] = []

    def _enrol(username: str) -> Enrolled:
        result = enroll(
            AppPaths(tmp_path / f"device-{username}"),
            "http://127.0.0.1:8443",
            username,
            PASSWORD,
            "correct horse battery staple",
            transport=transport,
            passphrase_only=True,
            kdf=KDF_FLOOR,
        )
        made.append(result)
        return result

    yield _enrol
    for result in made:
        if result.workspace.store.is_open:
            result.workspace.lock()


@pytest.fixture
def synced(enrol, http) -> tuple[Enrolled, Enrolled]:  # type: ignore[no-untyped-def]
    """w1 and w2 (team north) built the data set on their own devices and synced it."""
    w1, w2 = enrol("w1"), enrol("w2")
    data_clock = Clock()
    worker = clocked(w1.workspace.ctx, w1.workspace.store, data_clock)
    other = clocked(w2.workspace.ctx, w2.workspace.store, data_clock)
    build(worker, other, data_clock)
    transport = AppTransport(http)
    for device in (w1, w2):
        report = sync_now(device.workspace, transport=transport)
        assert report.complete and report.rejected == 0, report
    return w1, w2


def counts(items) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {c.key: c.value for c in items if c.value}


def check_hand_figures(report: Report) -> None:
    """The figures worked out by hand in tests/reports_dataset.py (see tests/services/test_reports.py)."""
    assert counts(report.referrals.by_source) == {
        "physician": 2,
        "nurse": 1,
        "community_organisation": 1,
        "self": 1,
    }
    fc = report.first_contact
    assert (fc.referrals, fc.contacted, fc.median_days) == (5, 4, 4.5)
    assert fc.day_counts == {0: 1, 2: 1, 7: 1, 17: 1}
    assert report.needs.people_assessed == 3
    assert {r.domain: (r.high, r.medium, r.low) for r in report.needs.rows if r.total} == {
        "housing": (0, 2, 0),
        "income": (0, 0, 1),
        "social_isolation": (1, 0, 1),
        "mental_wellbeing": (1, 0, 0),
    }
    assert {(c.kind, c.status): c.count for c in report.prescriptions.cells if c.count} == {
        ("referral", "completed"): 1,
        ("referral", "declined"): 1,
        ("referral", "drafted"): 1,
        ("referral", "cancelled"): 1,
        ("signpost", "sent"): 1,
    }
    assert {c.kind: (c.made, c.sent, c.completed) for c in report.prescriptions.completion} == {
        "referral": (4, 2, 1),
        "signpost": (1, 1, 0),
    }
    goals = report.goals
    assert counts(goals.by_status) == {"active": 1, "achieved": 1, "partly_achieved": 1, "discontinued": 1}
    assert (goals.achieved_in_period, goals.partly_achieved_in_period) == (2, 0)
    c = report.contacts
    assert counts(c.by_mode) == {"phone": 2, "home_visit": 1, "clinic": 1, "video": 1}
    assert (c.people, c.with_duration, c.minutes) == (4, 4, 110)
    rows = {(r.instrument_id, r.key): r for r in report.outcomes}
    ucla = rows["ucla3", "total"]
    assert (ucla.n, ucla.baseline_sum, ucla.follow_up_sum, ucla.improved, ucla.worsened) == (4, 27, 20, 2, 1)
    assert ucla.mean_change == -1.75
    anxiety = rows["ons4", "anxiety"]
    assert (anxiety.n, anxiety.mean_change, anxiety.improved, anxiety.worsened) == (2, -1.5, 1, 1)
    life = rows["ons4", "life_satisfaction"]
    assert (life.n, life.mean_change, life.improved, life.worsened) == (2, 0.5, 1, 1)
    assert (rows["ons4", "worthwhile"].mean_change, rows["ons4", "happiness"].mean_change) == (0.5, 1.0)
    assert rows["belonging", "belonging"].n == 0


def test_region_report_in_sql_matches_the_hand_figures(engine: Engine, synced) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        report = region_report(conn, FEB)
    assert report.scope == "region"
    check_hand_figures(report)
    with engine.connect() as conn:
        eastern = region_report(conn, ReportPeriod(PERIOD_START, PERIOD_END, -300))
    assert eastern.contacts.contacts == 4  # P5's 00:30 UTC contact on 1 Feb is 31 Jan at UTC-5
    with engine.connect() as conn:
        far_east = region_report(conn, ReportPeriod(PERIOD_START, PERIOD_END, 600))
    # At UTC+10, P2's visit at 14:00 UTC on 5 Feb is midnight on 6 Feb: 3 days after the 3 Feb referral.
    assert far_east.first_contact.day_counts == {0: 1, 3: 1, 7: 1, 17: 1}


def test_a_supervisors_device_reports_the_team_after_sync(enrol, http, synced) -> None:  # type: ignore[no-untyped-def]
    s1 = enrol("s1")
    assert sync_now(s1.workspace, transport=AppTransport(http)).complete
    report = run_report(s1.workspace.ctx, FEB)
    assert report.scope == "team"
    check_hand_figures(report)


def command_url(engine: Engine) -> str:
    """The URL the command line would be given; on PostgreSQL, pointed at this test's schema."""
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        url += f"?options=-csearch_path%3D{schema}"
    return url


def test_report_command_prints_table_and_csv(
    engine: Engine,
    synced,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    base = ["--database-url", command_url(engine), "report", "--from", "2026-02-01", "--to", "2026-02-28"]
    assert cli.main(base) == 0
    table = capsys.readouterr().out.splitlines()
    assert ["referrals_by_source", "source", "physician", "referrals", "2"] in [
        line.split() for line in table
    ]
    assert cli.main([*base, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert ["referral_to_first_contact", "days", "all", "median_days", "4.5"] in rows
    assert ["contacts", "duration", "recorded", "minutes_total", "110"] in rows
    assert rows[4][:4] == ["report", "scope", "region", "generated_at"]
    assert cli.main([*base, "--format", "csv", "--deidentified"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert ["referrals_by_source", "source", "physician", "referrals", "suppressed"] in rows
    assert ["referrals_by_source", "source", "all", "referrals", "5"] in rows


def test_report_command_refuses_bad_dates(engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    url = command_url(engine)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--database-url", url, "report", "--from", "2026-13-01"])
    assert exit_info.value.code == 2
    assert "not a date (YYYY-MM-DD)" in capsys.readouterr().err
    assert cli.main(["--database-url", url, "report", "--from", "2026-03-01", "--to", "2026-02-01"]) == 1
    assert "invalid_period: start_after_end" in capsys.readouterr().err
