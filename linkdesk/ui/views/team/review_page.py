"""One person of the team, read only, with the review form (checklist, note, sign-off), the person's
review history, their flags (resolve) and the handover button."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from linkdesk.domain.enums import FlagStatus
from linkdesk.domain.review import CHECKLIST, ReviewOutcome, ReviewReason
from linkdesk.services.context import ServiceContext
from linkdesk.services.supervision.handover import Colleague, handover_targets
from linkdesk.services.supervision.review import ReviewEntry, review_history, sign_off_review
from linkdesk.services.ui_person import PersonRecord, load_person
from linkdesk.ui.background import run_in_background
from linkdesk.ui.formatting import date_time, short_date
from linkdesk.ui.session import Session
from linkdesk.ui.texts import error_text, label
from linkdesk.ui.views.team.texts import CHECKLIST_LABELS, OUTCOMES, REASONS, tr
from linkdesk.ui.widgets.common import (
    Chip,
    EmptyState,
    button,
    card,
    clear_layout,
    primary_button,
    scrolling_page,
    subtitle,
    text_label,
    title,
)
from linkdesk.ui.widgets.forms import Field, check, text_area

TIMELINE_ROWS = 15


@dataclass(frozen=True)
class ReviewSubject:
    record: PersonRecord
    history: list[ReviewEntry]
    colleagues: list[Colleague]


def load_subject(ctx: ServiceContext, client_id: str) -> ReviewSubject:
    return ReviewSubject(
        load_person(ctx, client_id=client_id),
        review_history(ctx, client_id=client_id),
        handover_targets(ctx, client_id=client_id),
    )


class ReviewPage(QWidget):
    back = Signal()
    signed = Signal()  # a review was written: the outbox has a change to send
    hand_over = Signal(str)  # client id
    resolve_flag = Signal(str, str)  # flag id, client id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id = ""
        self.reason = ReviewReason.OTHER
        self.flag_id: str | None = None
        self.subject: ReviewSubject | None = None
        layout = scrolling_page(self, spacing=12)
        top = QHBoxLayout()
        self.back_button = button(self.tr("Back to the team"), "back")
        self.back_button.clicked.connect(self.back.emit)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.handover_button = button(self.tr("Hand over to another worker…"), "person")
        self.handover_button.clicked.connect(lambda: self.hand_over.emit(self.client_id))
        top.addWidget(self.handover_button)
        layout.addLayout(top)
        self.heading = title("")
        layout.addWidget(self.heading)
        self.facts = text_label("", "muted")
        layout.addWidget(self.facts)
        layout.addWidget(
            text_label(
                self.tr("Read only: changes to the record are made by the person's link worker."), "muted"
            )
        )
        self.summary = QVBoxLayout()
        layout.addLayout(self.summary)
        layout.addWidget(self._form())
        layout.addWidget(subtitle(self.tr("Earlier reviews of this person")))
        self.history = QVBoxLayout()
        layout.addLayout(self.history)
        layout.addStretch(1)

    # ----- the form

    def _form(self) -> QWidget:
        frame, box = card()
        box.addWidget(subtitle(self.tr("Case review")))
        self.reason_label = text_label("", "muted")
        box.addWidget(self.reason_label)
        self.checks = {item: check(tr(CHECKLIST_LABELS[item])) for item in CHECKLIST}
        for box_item in self.checks.values():
            box.addWidget(box_item)
        self.note = text_area(lines=4)
        self.note_field = Field(
            self.tr("&Note to the worker"),
            self.note,
            hint=self.tr("Required when action is needed. The worker sees it on the person's timeline."),
        )
        box.addWidget(self.note_field)
        outcomes = QHBoxLayout()
        self.outcome_group = QButtonGroup(self)
        self.signed_off = QRadioButton(tr(OUTCOMES["signed_off"]))
        self.action_needed = QRadioButton(tr(OUTCOMES["action_needed"]))
        self.signed_off.setChecked(True)
        for n, radio in enumerate((self.signed_off, self.action_needed)):
            self.outcome_group.addButton(radio, n)
            outcomes.addWidget(radio)
        outcomes.addStretch(1)
        box.addLayout(outcomes)
        self.message = text_label("", "error")
        self.message.hide()
        box.addWidget(self.message)
        row = QHBoxLayout()
        self.done_label = text_label("", "muted")
        row.addWidget(self.done_label, 1)
        self.sign_button = primary_button(self.tr("Sign off review"), "check")
        self.sign_button.clicked.connect(self._sign)
        row.addWidget(self.sign_button)
        box.addLayout(row)
        return frame

    def _reset_form(self) -> None:
        for box in self.checks.values():
            box.setChecked(False)
        self.note.setPlainText("")
        self.signed_off.setChecked(True)
        self.note_field.clear_error()
        self.message.hide()
        self.sign_button.setEnabled(True)
        self.done_label.setText("")

    # ----- showing a person

    def show_person(self, client_id: str, reason: ReviewReason, flag_id: str | None = None) -> None:
        self.client_id, self.reason, self.flag_id = client_id, reason, flag_id
        self._reset_form()
        self.reason_label.setText(
            self.tr("Why this case is reviewed: %1").replace("%1", tr(REASONS[str(reason)]))
        )
        self.reload()

    def reload(self) -> None:
        workspace = self.session.workspace
        if workspace is None or not self.client_id:
            return
        ctx, client_id = workspace.ctx, self.client_id
        run_in_background(lambda: load_subject(ctx, client_id), self._show, self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self.heading.setText(self.tr("This person is no longer on this laptop."))
        self.facts.setText(error_text(exc))
        clear_layout(self.summary)
        self.sign_button.setEnabled(False)
        self.handover_button.setEnabled(False)

    def _show(self, subject: ReviewSubject) -> None:
        self.subject = subject
        r = subject.record
        self.heading.setText(r.display_name)
        self.heading.setAccessibleName(r.display_name)
        facts = [
            self.tr("Worker: %1").replace("%1", r.assigned_worker_name or self.tr("unknown")),
            self.tr("Status: %1").replace("%1", label(r.status)),
            self.tr("Language: %1").replace("%1", label(r.language)),
        ]
        if r.community:
            facts.append(r.community)
        self.facts.setText(" · ".join(facts))
        self.handover_button.setEnabled(bool(subject.colleagues))
        self.handover_button.setToolTip(
            ""
            if subject.colleagues
            else self.tr("Refresh the team from the server to see who can take over.")
        )
        self._fill_summary(r)
        self._fill_history(subject.history)

    def _section(self, heading: str, lines: list[str], empty: str) -> None:
        frame, box = card()
        box.addWidget(subtitle(heading))
        for line in lines or [empty]:
            box.addWidget(text_label(line, None if lines else "muted"))
        self.summary.addWidget(frame)

    def _fill_summary(self, r: PersonRecord) -> None:
        clear_layout(self.summary)
        flags = card()
        flags[1].addWidget(subtitle(self.tr("Flags")))
        open_flags = [f for f in r.flags if f.status != FlagStatus.RESOLVED]
        if not open_flags:
            flags[1].addWidget(text_label(self.tr("No open flags."), "muted"))
        for f in open_flags:
            row = QHBoxLayout()
            kind = "risk" if f.status == FlagStatus.ESCALATED else "attention"
            row.addWidget(Chip(f"{label(f.status)} · {label(f.kind)} · {label(f.severity)}", kind))
            row.addWidget(text_label(f"{f.description} ({short_date(f.raised_at)})"), 1)
            resolve = button(self.tr("Resolve…"), "check")
            resolve.setAccessibleName(self.tr("Resolve flag: %1").replace("%1", label(f.kind)))
            resolve.clicked.connect(self._resolver(f.flag_id))
            row.addWidget(resolve)
            flags[1].addLayout(row)
        self.summary.addWidget(flags[0])
        self._section(
            self.tr("Goals"),
            [f"{g.description} — {label(g.status)}" for g in r.goals],
            self.tr("No goals yet."),
        )
        self._section(
            self.tr("Prescriptions"),
            [
                f"{p.service_name} — {label(p.status)}" + (" · " + self.tr("stalled") if p.is_stalled else "")
                for p in r.prescriptions
            ],
            self.tr("No prescriptions yet."),
        )
        self._section(
            self.tr("Follow-ups"),
            [
                f"{short_date(f.due_on)} · {label(f.mode)} · {label(f.status)} {f.purpose}".strip()
                for f in r.follow_ups
            ],
            self.tr("No follow-ups."),
        )
        self._section(
            self.tr("Recent timeline"),
            [f"{date_time(e.at)} · {label(e.kind)} · {label(e.title)}" for e in r.timeline[:TIMELINE_ROWS]],
            self.tr("Nothing recorded yet."),
        )

    def _resolver(self, flag_id: str) -> Callable[[], None]:
        return lambda: self.resolve_flag.emit(flag_id, self.client_id)

    def _fill_history(self, history: list[ReviewEntry]) -> None:
        clear_layout(self.history)
        if not history:
            self.history.addWidget(EmptyState("check", self.tr("No reviews of this person yet.")))
            return
        for h in history:
            frame, box = card()
            head = self.tr("%1 · %2 · by %3").replace("%1", short_date(h.reviewed_at))
            head = head.replace("%2", tr(OUTCOMES[str(h.outcome)])).replace(
                "%3", h.reviewer_name or self.tr("a supervisor")
            )
            box.addWidget(text_label(head, "subtitle"))
            missing = [
                tr(CHECKLIST_LABELS[k]) for k, v in h.checklist.items() if not v and k in CHECKLIST_LABELS
            ]
            if missing:
                box.addWidget(text_label(self.tr("Not yet: %1").replace("%1", "; ".join(missing)), "muted"))
            if h.note:
                box.addWidget(text_label(h.note))
            self.history.addWidget(frame)

    # ----- signing

    def _sign(self) -> None:
        self.note_field.clear_error()
        self.message.hide()
        workspace = self.session.workspace
        if workspace is None or not self.client_id:
            return
        outcome = ReviewOutcome.ACTION_NEEDED if self.action_needed.isChecked() else ReviewOutcome.SIGNED_OFF
        note = self.note.toPlainText()
        if outcome == ReviewOutcome.ACTION_NEEDED and not note.strip():
            self.note_field.show_error(self.tr("Say what the worker should do."))
            self.note.setFocus()
            return
        answers = {item: box.isChecked() for item, box in self.checks.items()}
        ctx, client_id, reason, flag_id = workspace.ctx, self.client_id, self.reason, self.flag_id
        self.sign_button.setEnabled(False)
        run_in_background(
            lambda: sign_off_review(
                ctx,
                client_id=client_id,
                reason=reason,
                checklist=answers,
                note=note,
                outcome=outcome,
                flag_id=flag_id,
            ),
            self._signed,
            self._sign_failed,
        )

    def _signed(self, _review_id: object) -> None:
        self._reset_form()
        self.sign_button.setEnabled(False)
        self.done_label.setText(self.tr("Review signed. It reaches the worker with the next sync."))
        self.signed.emit()
        self.reload()

    def _sign_failed(self, exc: BaseException) -> None:
        self.sign_button.setEnabled(True)
        self.message.setText(error_text(exc))
        self.message.show()
