"""Prescriptions: each with its status, the next steps the status machine allows, stalled ones marked."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from linkdesk.domain.enums import PrescriptionStatus
from linkdesk.services.prescriptions import advance_prescription
from linkdesk.services.ui_person import PersonRecord, PrescriptionRow
from linkdesk.ui.background import run_in_background
from linkdesk.ui.formatting import short_date
from linkdesk.ui.texts import error_text, label
from linkdesk.ui.views.person.care_dialogs import prescription_dialog, send_dialog
from linkdesk.ui.views.person.tab_base import PersonTab
from linkdesk.ui.widgets.common import Chip, EmptyState, button, card, primary_button, text_label


class PrescriptionsTab(PersonTab):
    def __init__(self, owner) -> None:  # type: ignore[no-untyped-def]
        super().__init__(owner)
        self.toolbar.addStretch(1)
        directory = button(self.tr("Find in directory"), "directory")
        directory.clicked.connect(lambda: self.owner.prescribe_from_directory.emit(self.owner.client_id))
        self.toolbar.addWidget(directory)
        typed = primary_button(self.tr("New prescription"), "plus")
        typed.clicked.connect(self._new)
        self.toolbar.addWidget(typed)
        self.error = text_label("", "error")

    def _new(self) -> None:
        goals = self.record.goals if self.record else ()
        self.owner.open_dialog(prescription_dialog(self.owner.session, self, self.owner.client_id, goals))

    def action_text(self, status: PrescriptionStatus) -> str:
        return {
            PrescriptionStatus.SENT: self.tr("Send…"),
            PrescriptionStatus.RECEIVED: self.tr("Mark received"),
            PrescriptionStatus.ACCEPTED: self.tr("Mark accepted"),
            PrescriptionStatus.DECLINED: self.tr("Mark declined"),
            PrescriptionStatus.ATTENDED: self.tr("Mark attended"),
            PrescriptionStatus.NOT_ATTENDED: self.tr("Mark did not attend"),
            PrescriptionStatus.COMPLETED: self.tr("Mark completed"),
            PrescriptionStatus.CANCELLED: self.tr("Cancel prescription"),
        }[status]

    def fill(self, record: PersonRecord) -> None:
        self.error = text_label("", "error")
        self.error.hide()
        self.body.addWidget(self.error)
        if not record.prescriptions:
            self.body.addWidget(
                EmptyState(
                    "prescription",
                    self.tr("No prescriptions yet. Find a service in the directory, or type one in."),
                )
            )
        for p in record.prescriptions:
            self.body.addWidget(self._card(p))

    def _card(self, p: PrescriptionRow):  # type: ignore[no-untyped-def]
        frame, box = card()
        head = QHBoxLayout()
        head.addWidget(text_label(p.service_name, "subtitle"), 1)
        if p.is_stalled:
            head.addWidget(Chip(self.tr("Stalled: no answer for 14 days or more"), "attention", "warning"))
        head.addWidget(Chip(label(p.status), "ok" if p.status is PrescriptionStatus.COMPLETED else "plain"))
        box.addLayout(head)
        facts = [label(p.kind), self.tr("since %1").replace("%1", short_date(p.status_changed_at))]
        if p.organisation_name:
            facts.insert(0, p.organisation_name)
        if p.service_contact:
            facts.append(p.service_contact)
        box.addWidget(text_label(" · ".join(facts), "muted"))
        if p.note:
            box.addWidget(text_label(p.note))
        row = QHBoxLayout()
        row.addStretch(1)
        for status in p.allowed_next:
            b = button(
                self.action_text(status), None, "danger" if status is PrescriptionStatus.CANCELLED else None
            )
            b.setAccessibleName(f"{self.action_text(status)} — {p.service_name}")
            b.clicked.connect(lambda _=False, s=status, p=p: self._advance(p, s))
            row.addWidget(b)
        box.addLayout(row)
        return frame

    def _advance(self, p: PrescriptionRow, status: PrescriptionStatus) -> None:
        if status is PrescriptionStatus.SENT:
            self.owner.open_dialog(send_dialog(self.owner.session, self, p))
            return
        workspace = self.owner.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(
            lambda: advance_prescription(ctx, prescription_id=p.prescription_id, status=status),
            lambda _r: self.owner.changed(),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
