"""A report as flat cells (figure, group, category, measure, value) with the sums that tie them together.

The CSV exports and the server's table print these; the de-identified export suppresses them first.
"""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.domain.reporting.figures import Report
from linkdesk.domain.reporting.suppression import Cell, CellKind, Relation, Suppressed, suppress

ALL = "all"
SUPPRESSED = "suppressed"


@dataclass(frozen=True)
class ReportTable:
    cells: tuple[Cell, ...]
    relations: tuple[Relation, ...]

    def value(self, key: str) -> float | None:
        return next(cell.value for cell in self.cells if cell.key == key)

    def suppressed(self) -> Suppressed:
        return suppress(self.cells, self.relations)


class _Builder:
    def __init__(self) -> None:
        self.cells: list[Cell] = []
        self.relations: list[Relation] = []

    def count(self, key: str, *where_and_value: str | int) -> str:
        """count(key, figure, group, category, measure, value)"""
        figure, group, category, measure, value = where_and_value
        self.cells.append(Cell(key, str(figure), str(group), str(category), str(measure), int(value)))
        return key

    def stat(self, key: str, where: tuple[str, str, str, str], value: float | None, *bases: str) -> str:
        rounded = None if value is None else round(value, 4)
        self.cells.append(Cell(key, *where, rounded, CellKind.STATISTIC, bases))
        return key

    def sums(self, total: str, parts: list[str]) -> None:
        self.relations.append(Relation(total, tuple(parts)))


def report_table(report: Report) -> ReportTable:
    b = _Builder()
    _referrals_and_first_contact(b, report)
    _needs(b, report)
    _prescriptions(b, report)
    _goals(b, report)
    _contacts(b, report)
    _outcomes(b, report)
    return ReportTable(tuple(b.cells), tuple(b.relations))


def _referrals_and_first_contact(b: _Builder, report: Report) -> None:
    f = "referrals_by_source"
    parts = [
        b.count(f"{f}.{c.key}", f, "source", c.key, "referrals", c.value) for c in report.referrals.by_source
    ]
    total = b.count(f"{f}.total", f, "source", ALL, "referrals", report.referrals.total)
    b.sums(total, parts)
    fc = report.first_contact
    g = "referral_to_first_contact"
    contacted = b.count(f"{g}.contacted", g, "contact", "contacted", "referrals", fc.contacted)
    waiting = b.count(f"{g}.not_contacted", g, "contact", "not_contacted", "referrals", fc.not_contacted)
    b.sums(total, [contacted, waiting])  # the same referrals as the source table
    buckets = [b.count(f"{g}.{c.key}", g, "days", c.key, "referrals", c.value) for c in fc.buckets]
    b.sums(contacted, buckets)
    b.stat(f"{g}.median", (g, "days", ALL, "median_days"), fc.median_days, contacted)


def _needs(b: _Builder, report: Report) -> None:
    f = "needs_by_domain"
    b.count(f"{f}.people_assessed", f, "people", ALL, "people_assessed", report.needs.people_assessed)
    for row in report.needs.rows:
        levels = [
            b.count(f"{f}.{row.domain}.{level}", f, row.domain, level, "people", value)
            for level, value in (("high", row.high), ("medium", row.medium), ("low", row.low))
        ]
        b.sums(b.count(f"{f}.{row.domain}.all", f, row.domain, ALL, "people", row.total), levels)


def _prescriptions(b: _Builder, report: Report) -> None:
    f = "prescriptions"
    p = report.prescriptions
    kind_totals = []
    for completion in p.completion:
        kind = completion.kind
        statuses = [
            b.count(f"{f}.{kind}.{c.status}", f, kind, c.status, "prescriptions", c.count)
            for c in p.cells
            if c.kind == kind
        ]
        made = b.count(f"{f}.{kind}.all", f, kind, ALL, "prescriptions", completion.made)
        b.sums(made, statuses)
        kind_totals.append(made)
        sent = b.count(f"{f}.{kind}.ever_sent", f, kind, "ever_sent", "prescriptions", completion.sent)
        done = f"{f}.{kind}.completed"
        b.stat(
            f"{f}.{kind}.completion_rate",
            (f, kind, "completed", "share_of_sent"),
            completion.completion_rate,
            sent,
            done,
        )
    b.sums(b.count(f"{f}.total", f, ALL, ALL, "prescriptions", p.total), kind_totals)


def _goals(b: _Builder, report: Report) -> None:
    f = "goals"
    g = report.goals
    parts = [b.count(f"{f}.set.{c.key}", f, "set_in_period", c.key, "goals", c.value) for c in g.by_status]
    b.sums(b.count(f"{f}.set.all", f, "set_in_period", ALL, "goals", g.set_total), parts)
    b.count(
        f"{f}.achieved_in_period", f, "status_changed_in_period", "achieved", "goals", g.achieved_in_period
    )
    b.count(
        f"{f}.partly_achieved_in_period",
        f,
        "status_changed_in_period",
        "partly_achieved",
        "goals",
        g.partly_achieved_in_period,
    )


def _contacts(b: _Builder, report: Report) -> None:
    f = "contacts"
    c = report.contacts
    modes = [b.count(f"{f}.{m.key}", f, "mode", m.key, "contacts", m.value) for m in c.by_mode]
    total = b.count(f"{f}.all", f, "mode", ALL, "contacts", c.contacts)
    b.sums(total, modes)
    b.count(f"{f}.people", f, "people", ALL, "people_contacted", c.people)
    timed = b.count(f"{f}.with_duration", f, "duration", "recorded", "contacts", c.with_duration)
    untimed = b.count(f"{f}.without_duration", f, "duration", "not_recorded", "contacts", c.without_duration)
    b.sums(total, [timed, untimed])
    b.stat(f"{f}.minutes", (f, "duration", "recorded", "minutes_total"), c.minutes, timed)
    b.stat(f"{f}.mean_minutes", (f, "duration", "recorded", "mean_minutes"), c.mean_minutes, timed)


def _outcomes(b: _Builder, report: Report) -> None:
    f = "outcome_change"
    for row in report.outcomes:
        group = f"{row.instrument_id}.v{row.instrument_version}.{row.key}"
        key = f"{f}.{row.instrument_id}.{row.instrument_version}.{row.key}"
        n = b.count(f"{key}.n", f, group, row.direction.value, "pairs", row.n)
        improved = b.count(f"{key}.improved", f, group, row.direction.value, "improved", row.improved)
        worsened = b.count(f"{key}.worsened", f, group, row.direction.value, "worsened", row.worsened)
        same = b.count(f"{key}.unchanged", f, group, row.direction.value, "unchanged", row.unchanged)
        b.sums(n, [improved, worsened, same])
        for measure, value in (
            ("mean_baseline", row.mean_baseline),
            ("mean_follow_up", row.mean_follow_up),
            ("mean_change", row.mean_change),
        ):
            b.stat(f"{key}.{measure}", (f, group, row.direction.value, measure), value, n)
        b.stat(
            f"{key}.share_improved",
            (f, group, row.direction.value, "share_improved"),
            row.share_improved,
            n,
            improved,
        )


def csv_rows(table: ReportTable, suppressed: Suppressed | None = None) -> list[list[str]]:
    """Header plus one row per cell; with `suppressed`, hidden values read "suppressed"."""
    hidden = suppressed.all if suppressed is not None else frozenset()
    rows = [["figure", "group", "category", "measure", "value"]]
    for cell in table.cells:
        if cell.key in hidden:
            text = SUPPRESSED
        elif cell.value is None:
            text = ""
        elif cell.kind is CellKind.COUNT:
            text = str(int(cell.value))
        else:
            text = f"{cell.value:.4f}".rstrip("0").rstrip(".")
        rows.append([cell.figure, cell.group, cell.category, cell.measure, text])
    return rows
