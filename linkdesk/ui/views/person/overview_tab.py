"""Overview: the timeline of the case, newest first, with corrected notes marked."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from linkdesk.services.ui_person import PersonRecord
from linkdesk.ui.formatting import date_time
from linkdesk.ui.texts import label
from linkdesk.ui.views.person.safety_section import SafetySection
from linkdesk.ui.views.person.tab_base import PersonTab
from linkdesk.ui.widgets.common import Chip, EmptyState, card, subtitle, text_label

LABELLED_TITLES = frozenset(
    {"referral", "consent", "consent_withdrawn", "note", "flag", "closure", "measure", "case_review"}
)


class OverviewTab(PersonTab):
    def fill(self, record: PersonRecord) -> None:
        SafetySection(self.owner, self).add_to(self.body, record)
        self.body.addWidget(subtitle(self.tr("Timeline")))
        if not record.timeline:
            self.body.addWidget(EmptyState("today", self.tr("Nothing recorded yet.")))
            return
        for entry in record.timeline:
            frame, box = card()
            head = QHBoxLayout()
            head.addWidget(text_label(label(entry.kind), "subtitle"), 1)
            if entry.superseded:
                head.addWidget(Chip(self.tr("Corrected by a later note"), "attention", "note"))
            head.addWidget(text_label(date_time(entry.at), "muted", wrap=False))
            box.addLayout(head)
            heading = label(entry.title) if entry.kind in LABELLED_TITLES else entry.title
            if entry.kind == "measure":
                heading = self.owner.instrument_title(entry.title)
            box.addWidget(text_label(heading))
            detail = (
                label(entry.detail)
                if entry.kind in ("goal", "prescription", "follow_up", "flag", "measure")
                else entry.detail
            )
            if detail:
                box.addWidget(text_label(detail, "muted"))
            self.body.addWidget(frame)
