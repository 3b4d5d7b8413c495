"""A report turned into translated sections (title, what it counts, tables, a chart) for screen and PDF."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from linkdesk.domain.instruments import TOTAL_KEY, Direction, Instrument, ScoringKind
from linkdesk.domain.reporting.figures import OutcomeRow, Report
from linkdesk.ui.formatting import number
from linkdesk.ui.texts import label
from linkdesk.ui.views.reports.charts import BarChart, PairedChart

NONE = "-"  # no value (nothing to average)


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]


@dataclass
class Section:
    key: str
    title: str
    note: str  # which records and which date the figure counts
    tables: list[Table] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    chart: Callable[[], QWidget] | None = None  # a fresh chart each call (screen and PDF)
    empty: bool = False
    empty_text: str = ""  # what to say when empty (default: nothing to count)


def _maximum(instrument: Instrument | None, key: str) -> float:
    if instrument is None:
        return 10.0
    if key == TOTAL_KEY:
        if instrument.scoring.kind is ScoringKind.EXTERNAL and instrument.external_score is not None:
            return instrument.external_score.max
        return float(max(instrument.possible_totals(), default=10))
    return float(max(instrument.item(key).legal_values()))


class ReportSections(QObject):
    """Builds the sections; a QObject so its words are translated in the 'ReportSections' context."""

    def __init__(self, instruments: Mapping[str, Instrument], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.instruments = instruments
        self.language = "fr" if QLocale().name().startswith("fr") else "en"

    # ----- words

    def percent(self, fraction: float | None) -> str:
        return NONE if fraction is None else self.tr("%1%").replace("%1", number(fraction * 100))

    def decimal(self, value: float | None) -> str:
        return NONE if value is None else number(value, 2)

    def bucket(self, code: str) -> str:
        words = {
            "same_day": self.tr("Same day"),
            "1_3_days": self.tr("1 to 3 days"),
            "4_7_days": self.tr("4 to 7 days"),
            "8_14_days": self.tr("8 to 14 days"),
            "15_30_days": self.tr("15 to 30 days"),
            "over_30_days": self.tr("More than 30 days"),
        }
        return words.get(code, code)

    def measure_name(self, key: str) -> str:
        words = {
            "life_satisfaction": self.tr("Life satisfaction"),
            "worthwhile": self.tr("Things done are worthwhile"),
            "happiness": self.tr("Happiness yesterday"),
            "anxiety": self.tr("Anxiety yesterday"),
            TOTAL_KEY: self.tr("Total score"),
            "lonely_direct": self.tr("Direct question: how often lonely"),
            "belonging": self.tr("Sense of belonging"),
        }
        return words.get(key, key)

    def better(self, direction: Direction) -> str:
        if direction is Direction.LOWER_BETTER:
            return self.tr("Lower is better")
        return self.tr("Higher is better")

    def instrument_title(self, instrument_id: str, version: str) -> str:
        inst = self.instruments.get(instrument_id)
        if inst is None:
            return instrument_id
        title = inst.title.get(self.language) or next(iter(inst.title.values()))
        return title if version == inst.version else f"{title} (v{version})"

    # ----- sections

    def build(self, report: Report) -> list[Section]:
        return [
            self.referrals(report),
            self.first_contact(report),
            self.needs(report),
            self.prescriptions(report),
            self.goals(report),
            self.contacts(report),
            *self.outcomes(report),
        ]

    def referrals(self, report: Report) -> Section:
        rows = [(label(c.key), c.value) for c in report.referrals.by_source]
        table = Table(
            [self.tr("Referral source"), self.tr("Referrals")],
            [[name, str(value)] for name, value in rows] + [[self.tr("Total"), str(report.referrals.total)]],
        )
        caption = self.tr("Referrals by source")
        return Section(
            "referrals",
            caption,
            self.tr("Referrals counted by the date each was received."),
            [table],
            chart=lambda: BarChart([(n, float(v)) for n, v in rows], caption),
            empty=report.referrals.total == 0,
        )

    def first_contact(self, report: Report) -> Section:
        fc = report.first_contact
        rows = [(self.bucket(c.key), c.value) for c in fc.buckets]
        caption = self.tr("Time from referral to first contact")
        median = (
            self.tr("Median: %1 days").replace("%1", number(fc.median_days, 1))
            if fc.median_days is not None
            else self.tr("Median: no contact yet")
        )
        return Section(
            "first_contact",
            caption,
            self.tr(
                "Referrals received in the period: whole days from the date received to the first contact "
                "recorded. A contact dated before the referral counts as the same day."
            ),
            [Table([self.tr("Days to first contact"), self.tr("Referrals")], [[n, str(v)] for n, v in rows])],
            summary=[
                median,
                self.tr("Contacted: %1 of %2 referrals; not contacted yet: %3")
                .replace("%1", str(fc.contacted))
                .replace("%2", str(fc.referrals))
                .replace("%3", str(fc.not_contacted)),
            ],
            chart=lambda: BarChart([(n, float(v)) for n, v in rows], caption),
            empty=fc.referrals == 0,
        )

    def needs(self, report: Report) -> Section:
        shown = [r for r in report.needs.rows if r.total]
        caption = self.tr("Needs by domain")
        table = Table(
            [self.tr("Domain"), label("high"), label("medium"), label("low"), self.tr("People")],
            [[label(r.domain), str(r.high), str(r.medium), str(r.low), str(r.total)] for r in shown],
        )
        return Section(
            "needs",
            caption,
            self.tr(
                "People with a need in each domain, from each person's latest assessment dated in the period."
            ),
            [table],
            summary=[self.tr("People assessed: %1").replace("%1", str(report.needs.people_assessed))],
            chart=lambda: BarChart([(label(r.domain), float(r.total)) for r in shown], caption),
            empty=not shown,
        )

    def prescriptions(self, report: Report) -> Section:
        p = report.prescriptions
        kinds = [c.kind for c in p.completion]
        statuses = list(dict.fromkeys(c.status for c in p.cells))
        status_rows = [
            [label(s), *(str(p.count(k, s)) for k in kinds)]
            for s in statuses
            if any(p.count(k, s) for k in kinds)
        ]
        status_rows.append([self.tr("Total"), *(str(c.made) for c in p.completion)])
        completion = Table(
            [
                self.tr("Kind"),
                self.tr("Made"),
                self.tr("Sent"),
                self.tr("Completed"),
                self.tr("Completed of sent"),
            ],
            [
                [label(c.kind), str(c.made), str(c.sent), str(c.completed), self.percent(c.completion_rate)]
                for c in p.completion
            ],
        )
        caption = self.tr("Prescriptions by status")
        totals = [(label(s), float(sum(p.count(k, s) for k in kinds))) for s in statuses]
        return Section(
            "prescriptions",
            caption,
            self.tr("Prescriptions made in the period, by kind and by their status today."),
            [Table([self.tr("Status"), *(label(k) for k in kinds)], status_rows), completion],
            chart=lambda: BarChart([t for t in totals if t[1]], caption),
            empty=p.total == 0,
        )

    def goals(self, report: Report) -> Section:
        g = report.goals
        rows = [(label(c.key), c.value) for c in g.by_status]
        caption = self.tr("Goals set, by status today")
        return Section(
            "goals",
            self.tr("Goals set and achieved"),
            self.tr(
                "Goals set in the period, by their status today; and goals whose status became achieved in "
                "the period (they may have been set earlier)."
            ),
            [
                Table(
                    [self.tr("Status today"), self.tr("Goals")],
                    [[n, str(v)] for n, v in rows] + [[self.tr("Total"), str(g.set_total)]],
                )
            ],
            summary=[
                self.tr("Achieved in the period: %1; partly achieved: %2")
                .replace("%1", str(g.achieved_in_period))
                .replace("%2", str(g.partly_achieved_in_period))
            ],
            chart=lambda: BarChart([(n, float(v)) for n, v in rows], caption),
            empty=g.set_total == 0 and g.achieved_in_period == 0 and g.partly_achieved_in_period == 0,
        )

    def contacts(self, report: Report) -> Section:
        c = report.contacts
        rows = [(label(m.key), m.value) for m in c.by_mode]
        caption = self.tr("Contacts by mode")
        hours, minutes = divmod(c.minutes, 60)
        summary = [
            self.tr("People contacted: %1").replace("%1", str(c.people)),
            self.tr("Time recorded: %1 h %2 min over %3 contacts (mean %4 min)")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
            .replace("%3", str(c.with_duration))
            .replace("%4", NONE if c.mean_minutes is None else number(c.mean_minutes, 1)),
        ]
        if c.without_duration:
            summary.append(
                self.tr("Contacts with no duration recorded (not in the time spent): %1").replace(
                    "%1", str(c.without_duration)
                )
            )
        return Section(
            "contacts",
            self.tr("Contacts and time spent"),
            self.tr("Contacts (notes) that happened in the period; a corrected note counts once."),
            [
                Table(
                    [self.tr("Mode"), self.tr("Contacts")],
                    [[n, str(v)] for n, v in rows] + [[self.tr("Total"), str(c.contacts)]],
                )
            ],
            summary=summary,
            chart=lambda: BarChart([(n, float(v)) for n, v in rows], caption),
            empty=c.contacts == 0,
        )

    def outcomes(self, report: Report) -> list[Section]:
        by_instrument: dict[tuple[str, str], list[OutcomeRow]] = {}
        for row in report.outcomes:
            by_instrument.setdefault((row.instrument_id, row.instrument_version), []).append(row)
        return [self.outcome(inst_id, version, rows) for (inst_id, version), rows in by_instrument.items()]

    def outcome(self, instrument_id: str, version: str, rows: list[OutcomeRow]) -> Section:
        title = self.instrument_title(instrument_id, version)
        table = Table(
            [
                self.tr("Measure"),
                self.tr("Better when"),
                self.tr("Pairs"),
                self.tr("Mean baseline"),
                self.tr("Mean follow-up"),
                self.tr("Mean change"),
                self.tr("Improved"),
            ],
            [
                [
                    self.measure_name(r.key),
                    self.better(r.direction),
                    str(r.n),
                    self.decimal(r.mean_baseline),
                    self.decimal(r.mean_follow_up),
                    self.decimal(r.mean_change),
                    self.percent(r.share_improved),
                ]
                for r in rows
            ],
        )
        paired = [r for r in rows if r.n]
        instrument = self.instruments.get(instrument_id)
        maximum = max((_maximum(instrument, r.key) for r in paired), default=10.0)
        chart_rows = [
            (self.measure_name(r.key), r.mean_baseline or 0.0, r.mean_follow_up or 0.0) for r in paired
        ]
        caption = self.tr("Change in %1").replace("%1", title)
        return Section(
            f"outcome.{instrument_id}.{version}",
            title,
            self.tr(
                "Pairs: each person's first baseline and their last follow-up or discharge in the period. "
                "Change is follow-up minus baseline; improved follows the direction that is better."
            ),
            [table],
            chart=(lambda: PairedChart(chart_rows, maximum, caption)) if paired else None,
            empty=not paired,
            empty_text=self.tr(
                "No one has both a baseline and a follow-up in this period yet. Record a follow-up measure "
                "from a person's Outcomes tab."
            ),
        )
