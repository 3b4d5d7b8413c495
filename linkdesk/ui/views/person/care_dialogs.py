"""Dialogs for goals, Goal Attainment Scaling reviews and prescriptions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from linkdesk.domain.enums import (
    Barrier,
    GoalStatus,
    NeedDomain,
    PrescriptionKind,
    PrescriptionStatus,
    SendMethod,
)
from linkdesk.services.goals import add_goal, review_goal
from linkdesk.services.prescriptions import advance_prescription, prescribe
from linkdesk.services.ui_person import GoalRow, PrescriptionRow
from linkdesk.ui.session import Session
from linkdesk.ui.texts import label
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


def goal_dialog(session: Session, parent: QWidget, client_id: str) -> FormDialog:
    d = FormDialog(
        session, translate("PersonDialogs", "New goal"), translate("PersonDialogs", "Save goal"), parent
    )
    description = text_area(lines=3)
    d.add("description", Field(translate("PersonDialogs", "Goal, in the person's words"), description))
    domain = enum_combo(list(NeedDomain))
    d.add("domain", Field(translate("PersonDialogs", "Domain"), domain))
    importance = spin(0, 10, 5)
    d.add("importance", Field(translate("PersonDialogs", "Importance to the person (0-10)"), importance))
    confidence = spin(0, 10, 5)
    d.add("confidence", Field(translate("PersonDialogs", "Confidence (0-10)"), confidence))
    target = date_edit(None, allow_empty=True)
    d.add("target_date", Field(translate("PersonDialogs", "Target date (optional)"), target))
    steps = text_area(lines=3)
    d.add("steps", Field(translate("PersonDialogs", "Steps"), steps))

    def make() -> Any:
        text, dom, imp, conf = (
            description.toPlainText(),
            domain.currentData(),
            importance.value(),
            confidence.value(),
        )
        when, what = date_value(target), steps.toPlainText()
        return lambda ctx: add_goal(
            ctx,
            client_id=client_id,
            description=text,
            domain=dom,
            importance=imp,
            confidence=conf,
            target_date=when,
            steps=what,
        )

    d.make_task = make
    d.finish_form()
    return d


def gas_combo() -> QComboBox:
    combo = QComboBox()
    texts = {
        -2: translate("PersonDialogs", "Much less than expected"),
        -1: translate("PersonDialogs", "Somewhat less than expected"),
        0: translate("PersonDialogs", "As expected"),
        1: translate("PersonDialogs", "Somewhat more than expected"),
        2: translate("PersonDialogs", "Much more than expected"),
    }
    for score in range(-2, 3):
        combo.addItem(f"{score:+d}  {texts[score]}", score)
    combo.setCurrentIndex(2)
    return combo


def review_dialog(session: Session, parent: QWidget, goal: GoalRow) -> FormDialog:
    d = FormDialog(
        session,
        translate("PersonDialogs", "Review goal"),
        translate("PersonDialogs", "Save review"),
        parent,
        intro=goal.description,
    )
    score = gas_combo()
    d.add("gas_score", Field(translate("PersonDialogs", "Goal Attainment Scaling"), score))
    note = text_area(lines=3)
    d.add("note", Field(translate("PersonDialogs", "Note"), note))
    status = QComboBox()
    status.addItem(translate("PersonDialogs", "Keep the goal active"), None)
    for s in (
        GoalStatus.ACHIEVED,
        GoalStatus.PARTLY_ACHIEVED,
        GoalStatus.NOT_ACHIEVED,
        GoalStatus.DISCONTINUED,
    ):
        status.addItem(translate("PersonDialogs", "Close the goal: %1").replace("%1", label(s)), s)
    if goal.status is not GoalStatus.ACTIVE:
        status.clear()
        status.addItem(
            translate("PersonDialogs", "Leave it closed (%1)").replace("%1", label(goal.status)), None
        )
        status.addItem(translate("PersonDialogs", "Reopen the goal"), GoalStatus.ACTIVE)
    d.add("status", Field(translate("PersonDialogs", "Goal status"), status))

    def make() -> Any:
        gas, text, new = score.currentData(), note.toPlainText(), status.currentData()
        return lambda ctx: review_goal(ctx, goal_id=goal.goal_id, gas_score=gas, note=text, new_status=new)

    d.make_task = make
    d.finish_form()
    return d


def prescription_dialog(
    session: Session,
    parent: QWidget,
    client_id: str,
    goals: tuple[GoalRow, ...],
    *,
    service_id: str | None = None,
    service_name: str = "",
    organisation: str = "",
    contact: str = "",
) -> FormDialog:
    d = FormDialog(
        session,
        translate("PersonDialogs", "New prescription"),
        translate("PersonDialogs", "Save as draft"),
        parent,
    )
    if service_id:
        d.add_widget(
            text_label(
                translate("PersonDialogs", "From the directory: %1").replace("%1", service_name), "info"
            )
        )
    name = line_edit(service_name, 300)
    d.add("service_name", Field(translate("PersonDialogs", "Service"), name))
    org = line_edit(organisation, 300)
    d.add("organisation_name", Field(translate("PersonDialogs", "Organisation"), org))
    phone = line_edit(contact, 300)
    d.add("service_contact", Field(translate("PersonDialogs", "Contact (phone, email or person)"), phone))
    kind = enum_combo(list(PrescriptionKind))
    d.add(
        "kind",
        Field(
            translate("PersonDialogs", "Kind"),
            kind,
            hint=translate(
                "PersonDialogs",
                "A signpost gives the person the details; a referral passes their details on"
                " (needs consent).",
            ),
        ),
    )
    goal = QComboBox()
    goal.addItem(translate("PersonDialogs", "Not linked to a goal"), None)
    for g in goals:
        if g.status is GoalStatus.ACTIVE:
            goal.addItem(g.description[:80], g.goal_id)
    d.add("goal_id", Field(translate("PersonDialogs", "For goal"), goal))
    barriers = {b: check(label(b)) for b in Barrier}
    d.add_widget(text_label(translate("PersonDialogs", "Barriers to getting there"), "subtitle"))
    for box in barriers.values():
        d.add_widget(box)
    note = text_area(lines=2)
    d.add("note", Field(translate("PersonDialogs", "Note"), note))

    def make() -> Any:
        values = dict(
            service_id=service_id,
            service_name=name.text(),
            organisation_name=org.text() or None,
            service_contact=phone.text() or None,
            kind=kind.currentData(),
            goal_id=goal.currentData(),
            barriers=[b for b, box in barriers.items() if box.isChecked()],
            note=note.toPlainText(),
        )
        return lambda ctx: prescribe(ctx, client_id=client_id, **values)

    d.make_task = make
    d.finish_form()
    return d


def send_dialog(session: Session, parent: QWidget, p: PrescriptionRow) -> FormDialog:
    d = FormDialog(
        session,
        translate("PersonDialogs", "Send prescription"),
        translate("PersonDialogs", "Mark as sent"),
        parent,
        intro=translate("PersonDialogs", "Sending %1 checks the person's consent first.").replace(
            "%1", p.service_name
        ),
    )
    method = enum_combo(list(SendMethod))
    d.add("send_method", Field(translate("PersonDialogs", "How it was sent"), method))

    def make() -> Any:
        how = method.currentData()
        return lambda ctx: advance_prescription(
            ctx, prescription_id=p.prescription_id, status=PrescriptionStatus.SENT, send_method=how
        )

    d.make_task = make
    d.finish_form()
    return d
