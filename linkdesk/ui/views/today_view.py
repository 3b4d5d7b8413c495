"""Today: overdue and due follow-ups (visits first among today's), stalled prescriptions, open flags."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from linkdesk.domain.enums import ContactMode
from linkdesk.services.context import ServiceContext
from linkdesk.services.drafts import DraftSummary, list_intake_drafts
from linkdesk.services.worklists import (
    DueFollowUp,
    OpenFlag,
    StalledPrescription,
    due_follow_ups,
    open_flags,
    stalled_prescriptions,
)
from linkdesk.ui.background import run_in_background
from linkdesk.ui.formatting import date_time, long_date, relative_day
from linkdesk.ui.session import Session
from linkdesk.ui.texts import label
from linkdesk.ui.widgets.common import (
    EmptyState,
    card,
    primary_button,
    scrolling_page,
    subtitle,
    text_label,
    title,
)
from linkdesk.ui.widgets.row_list import RowList

VISIT_MODES = frozenset({ContactMode.HOME_VISIT, ContactMode.CLINIC})


@dataclass(frozen=True)
class TodayData:
    follow_ups: list[DueFollowUp]
    stalled: list[StalledPrescription]
    flags: list[OpenFlag]
    drafts: list[DraftSummary]


def load_today(ctx: ServiceContext) -> TodayData:
    return TodayData(
        due_follow_ups(ctx), stalled_prescriptions(ctx), open_flags(ctx), list_intake_drafts(ctx)
    )


ROWS_SHOWN = 100  # per list; the rest are one click away in Caseload (a long list is slow to build and read)


class TodayView(QWidget):
    open_person = Signal(str)
    show_in_caseload = Signal(str)  # "overdue", "flagged" or "" (no filter)
    new_referral = Signal()
    resume_draft = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = scrolling_page(self)
        head = QHBoxLayout()
        self.heading = title(self.tr("Today"))
        head.addWidget(self.heading, 1)
        start = primary_button(self.tr("New referral"), "new_referral")
        start.clicked.connect(self.new_referral.emit)
        head.addWidget(start, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.date_label = text_label("", "muted")
        layout.addWidget(self.date_label)

        def section(heading: str, empty: str, icon_name: str) -> tuple[RowList, EmptyState]:
            frame, box = card()
            box.addWidget(subtitle(heading))
            rows = RowList(heading)
            box.addWidget(rows)
            note = EmptyState(icon_name, empty)
            box.addWidget(note)
            layout.addWidget(frame)
            rows.activated_key.connect(self._activated)
            return rows, note

        self.overdue, self.overdue_empty = section(
            self.tr("Overdue follow-ups"), self.tr("Nothing overdue. Well done."), "check"
        )
        self.due, self.due_empty = section(
            self.tr("Due today, with today's visits first"),
            self.tr("No follow-ups due today. Schedule one from a person's record."),
            "today",
        )
        self.stalled, self.stalled_empty = section(
            self.tr("Stalled prescriptions"),
            self.tr("No prescription has waited more than 14 days for an answer."),
            "prescription",
        )
        self.flags, self.flags_empty = section(
            self.tr("Open flags"), self.tr("No open risk or safeguarding flags."), "flag"
        )
        self.drafts, self.drafts_empty = section(
            self.tr("Unfinished intakes"),
            self.tr("No unfinished intakes. Start one with New referral (Ctrl+N)."),
            "new_referral",
        )
        self.drafts.activated_key.disconnect()
        self.drafts.activated_key.connect(self.resume_draft.emit)
        layout.addStretch(1)

    def _activated(self, key: str) -> None:
        if key.startswith("more:"):
            self.show_in_caseload.emit(key.removeprefix("more:"))
        else:
            self.open_person.emit(key)

    def _more(self, rows: RowList, total: int, caseload_filter: str) -> None:
        """A last row standing for what is not listed: it opens Caseload with the matching filter."""
        if total > ROWS_SHOWN:
            text = self.tr("%n more — show them all in Caseload", "", total - ROWS_SHOWN)
            rows.add_row(text, f"more:{caseload_filter}", "caseload")

    def refresh(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        self.date_label.setText(long_date(ctx.today()))
        run_in_background(lambda: load_today(ctx), self._show)

    def _show(self, data: TodayData) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        today = workspace.ctx.today()
        for rows in (self.overdue, self.due, self.stalled, self.flags, self.drafts):
            rows.clear()
        due_today = sorted(
            (f for f in data.follow_ups if not f.is_overdue),
            key=lambda f: ContactMode(f.mode) not in VISIT_MODES,
        )
        overdue = [f for f in data.follow_ups if f.is_overdue]
        for f in overdue[:ROWS_SHOWN]:
            text = self.tr("Overdue") + f" · {f.client_name} — {label(f.mode)}"
            text += f" · {relative_day(f.due_on, today)}" + (f"\n{f.purpose}" if f.purpose else "")
            self.overdue.add_row(text, f.client_id, "clock", "attention_text", tinted=True)
        self._more(self.overdue, len(overdue), "overdue")
        for f in due_today[:ROWS_SHOWN]:
            visit = ContactMode(f.mode) in VISIT_MODES
            text = f"{f.client_name} — {label(f.mode)}" + (f"\n{f.purpose}" if f.purpose else "")
            self.due.add_row(text, f.client_id, "visit" if visit else "today")
        self._more(self.due, len(due_today), "")
        for p in data.stalled[:ROWS_SHOWN]:
            text = self.tr("Stalled") + f" · {p.client_name} — {p.service_name}\n"
            text += self.tr("%1 for %n day(s) with no answer", "", p.waiting_days).replace(
                "%1", label(p.status)
            )
            self.stalled.add_row(text, p.client_id, "warning", "attention_text")
        self._more(self.stalled, len(data.stalled), "")
        for fl in data.flags[:ROWS_SHOWN]:
            text = f"{label(fl.kind)} · {label(fl.status)} · {fl.client_name}\n"
            text += self.tr("Raised %1").replace("%1", date_time(fl.raised_at))
            self.flags.add_row(text, fl.client_id, "warning", "error")
        self._more(self.flags, len(data.flags), "flagged")
        for d in data.drafts:
            name = d.label or self.tr("Unnamed person")
            text = self.tr("%1 — saved %2").replace("%1", name).replace("%2", date_time(d.saved_at))
            self.drafts.add_row(text, d.draft_id, "new_referral")
        for rows, empty in (
            (self.overdue, self.overdue_empty),
            (self.due, self.due_empty),
            (self.stalled, self.stalled_empty),
            (self.flags, self.flags_empty),
            (self.drafts, self.drafts_empty),
        ):
            rows.fit()
            empty.setVisible(rows.count() == 0)
