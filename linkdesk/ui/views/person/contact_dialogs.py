"""Dialogs for follow-ups, notes, consent, flags and closing a case."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from linkdesk.domain.enums import (
    ClosureReason,
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    FlagKind,
    FlagSeverity,
)
from linkdesk.services.closure import close_case
from linkdesk.services.consent import record_consent
from linkdesk.services.flags import raise_flag
from linkdesk.services.followups import complete_follow_up, reschedule_follow_up, schedule_follow_up
from linkdesk.services.notes import add_note, correct_note
from linkdesk.services.ui_person import FollowUpRow, NoteRow
from linkdesk.ui.session import Session
from linkdesk.ui.widgets.common import text_label
from linkdesk.ui.widgets.form_dialog import FormDialog
from linkdesk.ui.widgets.forms import (
    Field,
    check,
    date_edit,
    date_value,
    enum_combo,
    line_edit,
    spin,
    text_area,
)

translate = QCoreApplication.translate


def schedule_dialog(session: Session, parent: QWidget, client_id: str) -> FormDialog:
    d = FormDialog(
        session,
        translate("PersonDialogs", "Schedule a follow-up"),
        translate("PersonDialogs", "Schedule"),
        parent,
    )
    due = date_edit(session.today() + timedelta(days=7))
    d.add("due_on", Field(translate("PersonDialogs", "Due on"), due))
    mode = enum_combo(list(ContactMode))
    d.add("mode", Field(translate("PersonDialogs", "How"), mode))
    purpose = line_edit(max_length=1000)
    d.add("purpose", Field(translate("PersonDialogs", "Purpose"), purpose))

    def make() -> Any:
        when, how, why = date_value(due) or session.today(), mode.currentData(), purpose.text()
        return lambda ctx: schedule_follow_up(ctx, client_id=client_id, due_on=when, mode=how, purpose=why)

    d.make_task = make
    d.finish_form()
    return d


def complete_dialog(session: Session, parent: QWidget, f: FollowUpRow) -> FormDialog:
    d = FormDialog(
        session,
        translate("PersonDialogs", "Complete follow-up"),
        translate("PersonDialogs", "Save note and complete"),
        parent,
        intro=f.purpose,
    )
    summary = text_area(lines=5)
    d.add("summary", Field(translate("PersonDialogs", "What happened (contact note)"), summary))
    mode = enum_combo(list(ContactMode), current=ContactMode(f.mode))
    d.add("mode", Field(translate("PersonDialogs", "How you were in touch"), mode))
    minutes = spin(0, 24 * 60, 30)
    minutes.setSuffix(" min")
    d.add("duration_minutes", Field(translate("PersonDialogs", "Time spent (minutes)"), minutes))
    again = check(translate("PersonDialogs", "Schedule the next follow-up"), True)
    d.add_widget(again)
    next_due = date_edit(session.today() + timedelta(days=14))
    d.add("next_due_on", Field(translate("PersonDialogs", "Next follow-up on"), next_due))
    again.toggled.connect(next_due.setEnabled)

    def make() -> Any:
        text, how, spent = summary.toPlainText(), mode.currentData(), minutes.value()
        nxt = date_value(next_due) if again.isChecked() else None
        return lambda ctx: complete_follow_up(
            ctx, follow_up_id=f.follow_up_id, summary=text, mode=how, duration_minutes=spent, next_due_on=nxt
        )

    d.make_task = make
    d.finish_form()
    return d


def reschedule_dialog(session: Session, parent: QWidget, f: FollowUpRow) -> FormDialog:
    d = FormDialog(
        session,
        translate("PersonDialogs", "Reschedule follow-up"),
        translate("PersonDialogs", "Reschedule"),
        parent,
    )
    due = date_edit(max(f.due_on, session.today()) + timedelta(days=7))
    d.add("due_on", Field(translate("PersonDialogs", "New date"), due))

    def make() -> Any:
        when = date_value(due) or session.today()
        return lambda ctx: reschedule_follow_up(ctx, follow_up_id=f.follow_up_id, due_on=when)

    d.make_task = make
    d.finish_form()
    return d


def note_dialog(
    session: Session, parent: QWidget, client_id: str, correcting: NoteRow | None = None
) -> FormDialog:
    heading = (
        translate("PersonDialogs", "Correct a note")
        if correcting
        else translate("PersonDialogs", "Add a contact note")
    )
    d = FormDialog(session, heading, translate("PersonDialogs", "Save note"), parent)
    if correcting is not None:
        d.add_widget(
            text_label(
                translate(
                    "PersonDialogs",
                    "Notes are never changed. Your correction is saved as a new note; the original stays in "
                    "the record, marked as corrected.",
                ),
                "info",
            )
        )
    summary = text_area(correcting.summary if correcting else "", lines=6)
    d.add("summary", Field(translate("PersonDialogs", "Note"), summary))
    mode = enum_combo(list(ContactMode))
    minutes = spin(0, 24 * 60, correcting.duration_minutes if correcting else 15)
    if correcting is None:
        d.add("mode", Field(translate("PersonDialogs", "How you were in touch"), mode))
        d.add("duration_minutes", Field(translate("PersonDialogs", "Time spent (minutes)"), minutes))

    def make() -> Any:
        text, how, spent = summary.toPlainText(), mode.currentData(), minutes.value()
        if correcting is not None:
            return lambda ctx: correct_note(ctx, note_id=correcting.note_id, summary=text)
        return lambda ctx: add_note(ctx, client_id=client_id, summary=text, mode=how, duration_minutes=spent)

    d.make_task = make
    d.finish_form()
    return d


def consent_dialog(session: Session, parent: QWidget, client_id: str) -> FormDialog:
    d = FormDialog(
        session,
        translate("PersonDialogs", "Record consent"),
        translate("PersonDialogs", "Record consent"),
        parent,
    )
    purpose = enum_combo(list(ConsentPurpose))
    d.add("purpose", Field(translate("PersonDialogs", "Purpose"), purpose))
    method = enum_combo(list(ConsentMethod))
    d.add("method", Field(translate("PersonDialogs", "How consent was given"), method))
    partner = line_edit()
    d.add(
        "partner_organisation",
        Field(translate("PersonDialogs", "Partner organisation (for sharing with a partner)"), partner),
    )

    def make() -> Any:
        what, how, org = purpose.currentData(), method.currentData(), partner.text()
        return lambda ctx: record_consent(
            ctx, client_id=client_id, purpose=what, method=how, partner_organisation=org or None
        )

    d.make_task = make
    d.finish_form()
    return d


def flag_dialog(session: Session, parent: QWidget, client_id: str) -> FormDialog:
    d = FormDialog(
        session,
        translate("PersonDialogs", "Raise a flag"),
        translate("PersonDialogs", "Raise flag"),
        parent,
        intro=translate(
            "PersonDialogs", "Link workers do not provide crisis care: if someone is in danger, call 911."
        ),
    )
    kind = enum_combo(list(FlagKind))
    d.add("kind", Field(translate("PersonDialogs", "Kind"), kind))
    severity = enum_combo(list(FlagSeverity), current=FlagSeverity.MEDIUM)
    d.add("severity", Field(translate("PersonDialogs", "Severity"), severity))
    description = text_area(lines=4)
    d.add("description", Field(translate("PersonDialogs", "What is the concern?"), description))
    escalate = check(translate("PersonDialogs", "Escalate to my supervisor now"))
    d.add_widget(escalate)

    def make() -> Any:
        k, s, text, up = (
            kind.currentData(),
            severity.currentData(),
            description.toPlainText(),
            escalate.isChecked(),
        )
        return lambda ctx: raise_flag(
            ctx, client_id=client_id, kind=k, severity=s, description=text, escalate=up
        )

    d.make_task = make
    d.finish_form()
    return d


def close_dialog(session: Session, parent: QWidget, client_id: str, open_follow_ups: int) -> FormDialog:
    intro = translate(
        "PersonDialogs",
        "Closing the case moves the person out of the active caseload and cancels %n scheduled follow-up(s). "
        "Their record is kept and the case can be reopened.",
        "",
        open_follow_ups,
    )
    d = FormDialog(
        session,
        translate("PersonDialogs", "Close the case"),
        translate("PersonDialogs", "Close the case"),
        parent,
        intro=intro,
    )
    reason = enum_combo(list(ClosureReason))
    d.add("reason", Field(translate("PersonDialogs", "Reason"), reason))
    summary = text_area(lines=4)
    d.add("summary", Field(translate("PersonDialogs", "Closing summary"), summary))
    d.save_button.setProperty("role", "danger")

    def make() -> Any:
        why, text = reason.currentData(), summary.toPlainText()
        return lambda ctx: close_case(ctx, client_id=client_id, reason=why, summary=text)

    d.make_task = make
    d.finish_form()
    return d
