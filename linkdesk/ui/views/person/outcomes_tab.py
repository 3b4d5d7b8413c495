"""Outcomes: administer an instrument, see each administration and baseline against follow-up."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from linkdesk.domain.enums import Timepoint
from linkdesk.domain.instruments import Direction, Instrument, ScoringKind
from linkdesk.services.ui_person import MeasureRow, PersonRecord
from linkdesk.ui.formatting import date_time, number
from linkdesk.ui.texts import label
from linkdesk.ui.views.person.chart import ChangeChart
from linkdesk.ui.views.person.measure_dialog import MeasureDialog, text_in
from linkdesk.ui.views.person.tab_base import PersonTab
from linkdesk.ui.widgets.common import EmptyState, button, card, subtitle, text_label


def item_max(instrument: Instrument) -> float:
    return float(max((max(i.legal_values()) for i in instrument.items), default=10))


class OutcomesTab(PersonTab):
    def __init__(self, owner) -> None:  # type: ignore[no-untyped-def]
        super().__init__(owner)
        self.toolbar.addStretch(1)
        for instrument in self.owner.instruments().values():
            if instrument.scoring.kind is ScoringKind.EXTERNAL:
                continue
            b = button(self.tr("Administer %1…").replace("%1", instrument.id.upper()), "chart")
            b.setToolTip(text_in(instrument.title, self.owner.language_code()))
            b.clicked.connect(lambda _=False, i=instrument: self._administer(i))
            self.toolbar.addWidget(b)

    def _administer(self, instrument: Instrument) -> None:
        record = self.record
        language = "fr" if record is not None and record.language.startswith("fr") else "en"
        self.owner.open_dialog(
            MeasureDialog(self.owner.session, self, self.owner.client_id, instrument, language)
        )

    def fill(self, record: PersonRecord) -> None:
        if not record.measures:
            self.body.addWidget(
                EmptyState(
                    "chart", self.tr("No outcome measures yet. Start with a baseline using Administer.")
                )
            )
            return
        by_instrument: dict[str, list[MeasureRow]] = {}
        for m in record.measures:
            by_instrument.setdefault(m.instrument_id, []).append(m)
        language = self.owner.language_code()
        for instrument_id, rows in by_instrument.items():
            instrument = self.owner.instruments().get(instrument_id)
            frame, box = card()
            name = text_in(instrument.title, language) if instrument else instrument_id
            box.addWidget(subtitle(name))
            for m in rows:
                text = f"{date_time(m.administered_at)} · {label(m.timepoint)}"
                if m.total is not None:
                    text += " · " + self.tr("total %1").replace("%1", number(m.total))
                box.addWidget(text_label(text, "muted"))
            baseline = next((m for m in rows if m.timepoint is Timepoint.BASELINE), None)
            later = [m for m in rows if m.timepoint is not Timepoint.BASELINE]
            if instrument is not None and baseline is not None and later:
                latest = later[-1]
                lower = self.tr("(lower is better)")
                chart_rows: list[tuple[str, float | None, float | None]] = [
                    (
                        text_in(item.text, language)
                        + (f" {lower}" if item.direction is Direction.LOWER_BETTER else ""),
                        baseline.answers.get(item.id),
                        latest.answers.get(item.id),
                    )
                    for item in instrument.items
                ]
                box.addWidget(ChangeChart(chart_rows, item_max(instrument)))
            elif baseline is not None:
                box.addWidget(
                    text_label(self.tr("A follow-up administration will show the change here."), "muted")
                )
            row = QHBoxLayout()
            box.addLayout(row)
            self.body.addWidget(frame)
