"""Consent by purpose (with withdrawal) and open flags (escalate, resolve) at the top of the overview."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QWidget

from linkdesk.domain.enums import ConsentPurpose, FlagStatus
from linkdesk.services.consent import withdraw_consent
from linkdesk.services.flags import escalate_flag, resolve_flag
from linkdesk.services.ui_person import ConsentRow, FlagRow, PersonRecord
from linkdesk.ui.background import run_in_background
from linkdesk.ui.formatting import date_time
from linkdesk.ui.texts import error_text, label
from linkdesk.ui.widgets.common import Chip, button, card, subtitle, text_label
from linkdesk.ui.widgets.form_dialog import FormDialog
from linkdesk.ui.widgets.forms import Field, text_area

if TYPE_CHECKING:
    from linkdesk.ui.views.person.person_view import PersonView

translate = QCoreApplication.translate


def effect_text(purpose: ConsentPurpose) -> str:
    texts = {
        ConsentPurpose.STORE_AND_SYNC: translate(
            "SafetySection",
            "No more changes to this record will be sent to the program, and nothing can be sent to a"
            " service for this person.",
        ),
        ConsentPurpose.SHARE_WITH_REFERRER: translate(
            "SafetySection", "No more updates will be shared with the person who referred them."
        ),
        ConsentPurpose.SHARE_WITH_PARTNER: translate(
            "SafetySection", "Referrals that pass on this person's details can no longer be sent."
        ),
        ConsentPurpose.EVALUATION: translate(
            "SafetySection", "This person will be left out of evaluation and research exports."
        ),
    }
    return texts[purpose]


class SafetySection:
    """Builds the consent and flag cards into a tab's body."""

    def __init__(self, owner: PersonView, host: QWidget) -> None:
        self.owner, self.host = owner, host
        self.error = text_label("", "error")

    def add_to(self, body: Any, record: PersonRecord) -> None:
        self.error = text_label("", "error")
        self.error.hide()
        body.addWidget(self.error)
        frame, box = card()
        box.addWidget(subtitle(translate("SafetySection", "Consent")))
        active = [c for c in record.consents if c.withdrawn_at is None]
        if not active:
            box.addWidget(Chip(translate("SafetySection", "No consent recorded"), "attention", "warning"))
        for c in active:
            box.addLayout(self._consent_row(c))
        body.addWidget(frame)
        flags = [f for f in record.flags if f.status is not FlagStatus.RESOLVED]
        if flags:
            frame, box = card()
            box.addWidget(subtitle(translate("SafetySection", "Open flags")))
            for f in flags:
                box.addLayout(self._flag_row(f))
            body.addWidget(frame)

    def _consent_row(self, c: ConsentRow) -> QHBoxLayout:
        row = QHBoxLayout()
        text = label(c.purpose) + (f" — {c.partner_organisation}" if c.partner_organisation else "")
        row.addWidget(Chip(text, "ok"))
        row.addWidget(
            text_label(translate("SafetySection", "given %1").replace("%1", date_time(c.given_at)), "muted"),
            1,
        )
        withdraw = button(translate("SafetySection", "Withdraw…"))
        withdraw.setAccessibleName(
            translate("SafetySection", "Withdraw consent: %1").replace("%1", label(c.purpose))
        )
        withdraw.clicked.connect(lambda: self._withdraw(c))
        row.addWidget(withdraw)
        return row

    def _flag_row(self, f: FlagRow) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(Chip(f"{label(f.kind)} · {label(f.severity)} · {label(f.status)}", "risk"))
        row.addWidget(text_label(f.description), 1)
        if f.status is FlagStatus.OPEN:
            escalate = button(translate("SafetySection", "Escalate"))
            escalate.clicked.connect(lambda: self._run(lambda ctx: escalate_flag(ctx, flag_id=f.flag_id)))
            row.addWidget(escalate)
        resolve = button(translate("SafetySection", "Resolve…"))
        resolve.clicked.connect(lambda: self._resolve(f))
        row.addWidget(resolve)
        return row

    def _withdraw(self, c: ConsentRow) -> None:
        answer = QMessageBox.question(
            self.host,
            translate("SafetySection", "Withdraw consent"),
            translate("SafetySection", "Withdraw consent to “%1”?").replace("%1", label(c.purpose))
            + "\n\n"
            + effect_text(c.purpose),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda ctx: withdraw_consent(ctx, consent_id=c.consent_id))

    def _resolve(self, f: FlagRow) -> None:
        d = FormDialog(
            self.owner.session,
            translate("SafetySection", "Resolve flag"),
            translate("SafetySection", "Resolve flag"),
            self.host,
            intro=f.description,
        )
        note = text_area(lines=4)
        d.add("resolution_note", Field(translate("SafetySection", "How it was resolved"), note))

        def make() -> Any:
            text = note.toPlainText()
            return lambda ctx: resolve_flag(ctx, flag_id=f.flag_id, resolution_note=text)

        d.make_task = make
        d.finish_form()
        self.owner.open_dialog(d)

    def _run(self, task: Any) -> None:
        workspace = self.owner.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(lambda: task(ctx), lambda _r: self.owner.changed(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
