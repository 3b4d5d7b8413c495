"""A person's record: the header card and the tabs of their case, refreshed after every save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from linkdesk.domain.enums import FollowUpStatus, NeedDomain, NeedLevel
from linkdesk.domain.instruments import Instrument
from linkdesk.services.assessment import NeedInput, record_assessment
from linkdesk.services.closure import reopen_case
from linkdesk.services.intake import update_person
from linkdesk.services.ui_person import PersonRecord, load_person
from linkdesk.ui.background import run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.texts import error_text
from linkdesk.ui.views.intake.steps import PersonStep, WhatMattersStep
from linkdesk.ui.views.intake.submit import person_details
from linkdesk.ui.views.person.contact_dialogs import close_dialog, consent_dialog, flag_dialog
from linkdesk.ui.views.person.followups_tab import FollowUpsTab
from linkdesk.ui.views.person.goals_tab import GoalsTab, NeedsTab
from linkdesk.ui.views.person.header import PersonHeader
from linkdesk.ui.views.person.outcomes_tab import OutcomesTab
from linkdesk.ui.views.person.overview_tab import OverviewTab
from linkdesk.ui.views.person.plan_tab import PlanTab
from linkdesk.ui.views.person.prescriptions_tab import PrescriptionsTab
from linkdesk.ui.views.person.tab_base import PersonTab
from linkdesk.ui.widgets.common import text_label
from linkdesk.ui.widgets.form_dialog import FormDialog


class PersonView(QWidget):
    back = Signal()
    saved = Signal()
    loaded = Signal()
    prescribe_from_directory = Signal(str)

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.session = session
        self.client_id = client_id
        self.record: PersonRecord | None = None
        self.last_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        self.header = PersonHeader()
        self.header.back.clicked.connect(self.back.emit)
        self.header.consent_button.clicked.connect(
            lambda: self.open_dialog(consent_dialog(session, self, client_id))
        )
        self.header.flag_button.clicked.connect(
            lambda: self.open_dialog(flag_dialog(session, self, client_id))
        )
        self.header.close_button.clicked.connect(self._close_case)
        self.header.reopen_button.clicked.connect(self._reopen)
        self.header.edit_button.clicked.connect(self.edit_details)
        layout.addWidget(self.header)
        self.error = text_label("", "error")
        self.error.hide()
        layout.addWidget(self.error)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the record"))
        self.overview = OverviewTab(self)
        self.needs = NeedsTab(self)
        self.goals = GoalsTab(self)
        self.prescriptions = PrescriptionsTab(self)
        self.follow_ups = FollowUpsTab(self)
        self.outcomes = OutcomesTab(self)
        self.plan = PlanTab(self)
        self.all_tabs: list[PersonTab] = [
            self.overview,
            self.needs,
            self.goals,
            self.prescriptions,
            self.follow_ups,
            self.outcomes,
            self.plan,
        ]
        for tab, caption in zip(
            self.all_tabs,
            (
                self.tr("Overview"),
                self.tr("What matters && needs"),
                self.tr("Goals"),
                self.tr("Prescriptions"),
                self.tr("Follow-ups && notes"),
                self.tr("Outcomes"),
                self.tr("My plan"),
            ),
            strict=True,
        ):
            self.tabs.addTab(tab, caption)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # ----- for the tabs

    def instruments(self) -> dict[str, Instrument]:
        workspace = self.session.workspace
        return dict(workspace.ctx.instruments) if workspace else {}

    def instrument_title(self, instrument_id: str) -> str:
        inst = self.instruments().get(instrument_id)
        if inst is None:
            return instrument_id
        return inst.title.get(self.language_code(), inst.title.get("en", instrument_id))

    def language_code(self) -> str:
        return "fr" if self.session.settings.language.startswith("fr") else "en"

    def today(self) -> date:
        workspace = self.session.workspace
        return workspace.ctx.today() if workspace else date.today()

    def open_dialog(self, dialog: QDialog) -> None:
        self.last_dialog = dialog  # the dialog now open (tests drive it)
        dialog.accepted.connect(self.changed)
        dialog.open()

    def changed(self) -> None:
        self.saved.emit()
        self.reload()

    # ----- loading

    def reload(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx, client_id = workspace.ctx, self.client_id
        run_in_background(lambda: load_person(ctx, client_id=client_id), self._show, self._failed)

    def _show(self, record: PersonRecord) -> None:
        self.record = record
        self.error.hide()
        self.header.show_record(record)
        for tab in self.all_tabs:
            tab.show_record(record)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()

    # ----- case actions

    def _close_case(self) -> None:
        scheduled = (
            sum(f.status is FollowUpStatus.SCHEDULED for f in self.record.follow_ups) if self.record else 0
        )
        self.open_dialog(close_dialog(self.session, self, self.client_id, scheduled))

    def _reopen(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx, client_id = workspace.ctx, self.client_id
        run_in_background(
            lambda: reopen_case(ctx, client_id=client_id), lambda _r: self.changed(), self._failed
        )

    def new_assessment(self) -> None:
        d = FormDialog(self.session, self.tr("New assessment"), self.tr("Save assessment"), self)
        step = WhatMattersStep()
        if self.record is not None and self.record.assessment is not None:
            a = self.record.assessment
            step.load(
                {
                    "what_matters": a.what_matters,
                    "strengths": a.strengths,
                    "interests": a.interests,
                    "needs": {n.domain.value: n.level.value for n in a.needs},
                }
            )
        d.add_widget(step)
        d.fields = step.fields
        client_id = self.client_id

        def make() -> Any:
            v = step.values()
            needs = [NeedInput(NeedDomain(k), NeedLevel(level)) for k, level in v["needs"].items()]
            return lambda ctx: record_assessment(
                ctx,
                client_id=client_id,
                what_matters=v["what_matters"],
                strengths=v["strengths"],
                interests=v["interests"],
                needs=needs,
            )

        d.make_task = make
        self.open_dialog(d)
        step.what_matters.setFocus()

    def edit_details(self) -> None:
        """The person's details, in the same fields as the intake; a failed save keeps what was typed."""
        if self.record is None:
            return
        r = self.record
        d = FormDialog(self.session, self.tr("Edit details"), self.tr("Save details"), self)
        step = PersonStep()
        step.load(
            {
                "given_name": r.given_name,
                "family_name": r.family_name,
                "preferred_name": r.preferred_name,
                "pronouns": r.pronouns,
                "date_of_birth": r.date_of_birth.isoformat() if r.date_of_birth else None,
                "language": r.language,
                "interpreter_needed": r.interpreter_needed,
                "phone": r.phone,
                "community": r.community,
                "postal_code": r.contact.get("postal_code"),
                "safe_contact_notes": r.contact.get("safe_contact_notes"),
            }
        )
        d.add_widget(step)
        d.fields = step.fields
        client_id, kept = self.client_id, dict(r.contact)

        def make() -> Any:
            values = step.values()
            if not values["given_name"].strip():
                step.fields.show_required("given_name", self.tr("Enter the person's first name."))
                return None
            details = replace(
                person_details(values),
                email=kept.get("email"),
                address_line=kept.get("address_line"),
                communication_needs=kept.get("communication_needs"),
                accessibility_needs=kept.get("accessibility_needs"),
                emergency_contact_name=kept.get("emergency_contact_name"),
                emergency_contact_phone=kept.get("emergency_contact_phone"),
            )
            return lambda ctx: update_person(ctx, client_id=client_id, person=details)

        d.make_task = make
        self.open_dialog(d)
        step.given.setFocus()
