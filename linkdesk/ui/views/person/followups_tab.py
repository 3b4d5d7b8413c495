"""Follow-ups (complete with a note, missed, reschedule) and the append-only contact notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout

from linkdesk.domain.enums import FollowUpStatus
from linkdesk.services.followups import mark_follow_up_missed
from linkdesk.services.ui_person import FollowUpRow, NoteRow, PersonRecord
from linkdesk.ui.background import run_in_background
from linkdesk.ui.formatting import date_time, long_date, relative_day, short_date
from linkdesk.ui.texts import label
from linkdesk.ui.views.person.contact_dialogs import (
    complete_dialog,
    note_dialog,
    reschedule_dialog,
    schedule_dialog,
)
from linkdesk.ui.views.person.tab_base import PersonTab
from linkdesk.ui.widgets.common import Chip, EmptyState, button, card, primary_button, subtitle, text_label


class FollowUpsTab(PersonTab):
    def __init__(self, owner) -> None:  # type: ignore[no-untyped-def]
        super().__init__(owner)
        self.toolbar.addStretch(1)
        note = button(self.tr("Add note"), "note")
        note.clicked.connect(
            lambda: self.owner.open_dialog(note_dialog(self.owner.session, self, self.owner.client_id))
        )
        self.toolbar.addWidget(note)
        schedule = primary_button(self.tr("Schedule follow-up"), "plus")
        schedule.clicked.connect(
            lambda: self.owner.open_dialog(schedule_dialog(self.owner.session, self, self.owner.client_id))
        )
        self.toolbar.addWidget(schedule)

    def fill(self, record: PersonRecord) -> None:
        today = self.owner.today()
        open_ones = sorted(
            (f for f in record.follow_ups if f.status is FollowUpStatus.SCHEDULED), key=lambda f: f.due_on
        )
        self.body.addWidget(subtitle(self.tr("Scheduled follow-ups")))
        if not open_ones:
            self.body.addWidget(
                EmptyState(
                    "today", self.tr("Nothing scheduled. Use Schedule follow-up to plan the next contact.")
                )
            )
        for f in open_ones:
            self.body.addWidget(self._follow_up(f, today))
        self.body.addWidget(subtitle(self.tr("Contact notes")))
        if not record.notes:
            self.body.addWidget(EmptyState("note", self.tr("No notes yet. Add one after each contact.")))
        for n in record.notes:
            self.body.addWidget(self._note(n))
        past = [f for f in record.follow_ups if f.status is not FollowUpStatus.SCHEDULED]
        if past:
            self.body.addWidget(subtitle(self.tr("Earlier follow-ups")))
            for f in past[:20]:
                text = f"{short_date(f.due_on)} · {label(f.mode)} · {label(f.status)}" + (
                    f" — {f.purpose}" if f.purpose else ""
                )
                self.body.addWidget(text_label(text, "muted"))

    def _follow_up(self, f: FollowUpRow, today: date):  # type: ignore[no-untyped-def]
        frame, box = card()
        head = QHBoxLayout()
        head.addWidget(text_label(f"{long_date(f.due_on)} — {label(f.mode)}", "subtitle"), 1)
        if f.due_on < today:
            head.addWidget(Chip(self.tr("Overdue") + " · " + relative_day(f.due_on, today), "attention"))
        else:
            head.addWidget(Chip(relative_day(f.due_on, today)))
        box.addLayout(head)
        if f.purpose:
            box.addWidget(text_label(f.purpose))
        row = QHBoxLayout()
        row.addStretch(1)
        missed = button(self.tr("Missed"))
        missed.clicked.connect(lambda: self._missed(f))
        reschedule = button(self.tr("Reschedule…"))
        reschedule.clicked.connect(
            lambda: self.owner.open_dialog(reschedule_dialog(self.owner.session, self, f))
        )
        complete = primary_button(self.tr("Complete with note…"), "check")
        complete.clicked.connect(lambda: self.owner.open_dialog(complete_dialog(self.owner.session, self, f)))
        for b in (missed, reschedule, complete):
            b.setAccessibleName(f"{b.text()} — {short_date(f.due_on)}")
            row.addWidget(b)
        box.addLayout(row)
        return frame

    def _note(self, n: NoteRow):  # type: ignore[no-untyped-def]
        frame, box = card()
        head = QHBoxLayout()
        when = f"{date_time(n.occurred_at)} · {label(n.mode)}"
        if n.duration_minutes:
            when += " · " + self.tr("%n minute(s)", "", n.duration_minutes)
        head.addWidget(text_label(when, "muted"), 1)
        if n.superseded:
            head.addWidget(Chip(self.tr("Corrected by a later note"), "attention", "note"))
        if n.supersedes_id:
            head.addWidget(Chip(self.tr("Correction"), "plain", "note"))
        box.addLayout(head)
        box.addWidget(text_label(n.summary))
        if not n.superseded:
            row = QHBoxLayout()
            row.addStretch(1)
            correct = button(self.tr("Correct…"), "note")
            correct.clicked.connect(
                lambda: self.owner.open_dialog(note_dialog(self.owner.session, self, self.owner.client_id, n))
            )
            row.addWidget(correct)
            box.addLayout(row)
        return frame

    def _missed(self, f: FollowUpRow) -> None:
        workspace = self.owner.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(
            lambda: mark_follow_up_missed(ctx, follow_up_id=f.follow_up_id),
            lambda _r: self.owner.changed(),
        )
