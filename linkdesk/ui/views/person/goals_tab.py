"""Goals with their Goal Attainment Scaling reviews, and what matters (the latest assessment)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout

from linkdesk.domain.enums import GoalStatus
from linkdesk.services.ui_person import PersonRecord, ReferralRow
from linkdesk.ui.formatting import short_date
from linkdesk.ui.texts import label
from linkdesk.ui.views.person.care_dialogs import goal_dialog, review_dialog
from linkdesk.ui.views.person.tab_base import PersonTab
from linkdesk.ui.widgets.common import Chip, EmptyState, button, card, primary_button, subtitle, text_label


class GoalsTab(PersonTab):
    def __init__(self, owner) -> None:  # type: ignore[no-untyped-def]
        super().__init__(owner)
        add = primary_button(self.tr("Add goal"), "plus")
        add.clicked.connect(
            lambda: self.owner.open_dialog(goal_dialog(self.owner.session, self, self.owner.client_id))
        )
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(add)

    def fill(self, record: PersonRecord) -> None:
        if not record.goals:
            self.body.addWidget(
                EmptyState("goal", self.tr("No goals yet. Add one in the person's own words with Add goal."))
            )
        for goal in record.goals:
            frame, box = card()
            head = QHBoxLayout()
            head.addWidget(text_label(goal.description, "subtitle"), 1)
            kind = (
                "plain"
                if goal.status is GoalStatus.ACTIVE
                else "ok"
                if goal.status is GoalStatus.ACHIEVED
                else "attention"
            )
            head.addWidget(Chip(label(goal.status), kind, "goal"))
            box.addLayout(head)
            facts = [label(goal.domain)]
            if goal.importance is not None:
                facts.append(self.tr("importance %1/10").replace("%1", str(goal.importance)))
            if goal.confidence is not None:
                facts.append(self.tr("confidence %1/10").replace("%1", str(goal.confidence)))
            if goal.target_date:
                facts.append(self.tr("target %1").replace("%1", short_date(goal.target_date)))
            box.addWidget(text_label(" · ".join(facts), "muted"))
            if goal.steps:
                box.addWidget(text_label(self.tr("Steps: %1").replace("%1", goal.steps)))
            for review in goal.reviews:
                text = self.tr("Review %1: GAS %2").replace("%1", short_date(review.reviewed_on))
                text = text.replace("%2", f"{review.gas_score:+d}")
                box.addWidget(text_label(f"{text}" + (f" — {review.note}" if review.note else ""), "muted"))
            review_button = button(self.tr("Review goal…"), "chart")
            review_button.setAccessibleName(self.tr("Review goal: %1").replace("%1", goal.description[:60]))
            review_button.clicked.connect(
                lambda _=False, g=goal: self.owner.open_dialog(review_dialog(self.owner.session, self, g))
            )
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(review_button)
            box.addLayout(row)
            self.body.addWidget(frame)


class NeedsTab(PersonTab):
    def __init__(self, owner) -> None:  # type: ignore[no-untyped-def]
        super().__init__(owner)
        record = primary_button(self.tr("New assessment"), "plus")
        record.clicked.connect(self.owner.new_assessment)
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(record)

    def fill(self, record: PersonRecord) -> None:
        for ref in record.referrals[:3]:
            self.body.addWidget(self._referral(ref))
        a = record.assessment
        if a is None:
            self.body.addWidget(
                EmptyState("person", self.tr("No assessment yet. Record what matters with New assessment."))
            )
            return
        frame, box = card()
        box.addWidget(text_label(self.tr("Assessed %1").replace("%1", short_date(a.assessed_on)), "muted"))
        for heading, text in (
            (self.tr("What matters to the person"), a.what_matters),
            (self.tr("Strengths"), a.strengths),
            (self.tr("Interests"), a.interests),
        ):
            box.addWidget(subtitle(heading))
            box.addWidget(text_label(text or self.tr("Not recorded")))
        self.body.addWidget(frame)
        frame, box = card()
        box.addWidget(subtitle(self.tr("Needs by domain")))
        if not a.needs:
            box.addWidget(text_label(self.tr("No needs recorded."), "muted"))
        for need in sorted(a.needs, key=lambda n: ("high", "medium", "low", "none").index(n.level.value)):
            line = f"{label(need.domain)} — {label(need.level)}"
            kind = "attention" if need.level.value == "high" else "plain"
            box.addWidget(Chip(line, kind))
            if need.note:
                box.addWidget(text_label(need.note, "muted"))
        self.body.addWidget(frame)

    def _referral(self, ref: ReferralRow) -> QFrame:
        frame, box = card()
        head = QHBoxLayout()
        head.addWidget(subtitle(self.tr("Referral from %1").replace("%1", label(ref.source))), 1)
        head.addWidget(Chip(label(ref.urgency), "attention" if ref.urgency == "urgent" else "plain"))
        box.addLayout(head)
        who = ", ".join(x for x in (ref.referrer_name, ref.referrer_organisation) if x)
        facts = [self.tr("received %1").replace("%1", short_date(ref.received_on))] + ([who] if who else [])
        box.addWidget(text_label(" · ".join(facts), "muted"))
        if ref.reason:
            box.addWidget(text_label(ref.reason))
        return frame
