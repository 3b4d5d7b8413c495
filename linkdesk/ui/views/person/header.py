"""The person's header card: names, pronouns, language, consent chips, flags, status and actions."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from linkdesk.domain.enums import ClientStatus, ConsentPurpose, FlagStatus
from linkdesk.services.ui_person import PersonRecord
from linkdesk.ui.formatting import short_date
from linkdesk.ui.texts import label
from linkdesk.ui.widgets.common import Chip, button, clear_layout, text_label, title
from linkdesk.ui.widgets.flow_layout import FlowLayout


class PersonHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        self.back = button(self.tr("Back"), "back")
        top.addWidget(self.back)
        self.name = title("")
        top.addWidget(self.name, 1)
        layout.addLayout(top)
        self.edit_button = button(self.tr("Edit details…"), "person")
        self.consent_button = button(self.tr("Consent…"), "shield")
        self.flag_button = button(self.tr("Raise flag…"), "flag")
        self.close_button = button(self.tr("Close case…"), "close_case", "danger")
        self.reopen_button = button(self.tr("Reopen case"), "close_case")
        self.facts = text_label("", "muted")
        layout.addWidget(self.facts)
        self.chips = FlowLayout()
        layout.addLayout(self.chips)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for b in (
            self.edit_button,
            self.consent_button,
            self.flag_button,
            self.close_button,
            self.reopen_button,
        ):
            actions.addWidget(b)
        layout.addLayout(actions)

    def show_record(self, r: PersonRecord) -> None:
        name = r.display_name
        if r.preferred_name and r.preferred_name != r.given_name:
            name = f"{r.preferred_name} {r.family_name} ({r.given_name})".strip()
        self.name.setText(name)
        self.name.setAccessibleName(name)
        self.facts.setText(" · ".join(self._facts(r)))
        clear_layout(self.chips)
        closed = r.status is ClientStatus.CLOSED
        self.chips.addWidget(Chip(label(r.status), "plain" if not closed else "attention", "person"))
        for purpose in ConsentPurpose:
            if purpose in r.active_purposes:
                self.chips.addWidget(Chip(label(purpose), "ok"))
        if ConsentPurpose.STORE_AND_SYNC not in r.active_purposes:
            self.chips.addWidget(Chip(self.tr("No consent to keep and sync"), "attention", "warning"))
        if r.unsynced_changes:
            self.chips.addWidget(
                Chip(self.tr("%n change(s) not yet synced", "", r.unsynced_changes), "plain", "sync")
            )
        else:
            self.chips.addWidget(Chip(self.tr("Synced"), "ok", "sync"))
        for flag in r.flags:
            if flag.status is not FlagStatus.RESOLVED:
                self.chips.addWidget(Chip(f"{label(flag.kind)} · {label(flag.status)}", "risk"))
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)

    def _facts(self, r: PersonRecord) -> list[str]:
        facts = []
        if r.pronouns:
            facts.append(r.pronouns)
        if r.date_of_birth:
            facts.append(self.tr("born %1").replace("%1", short_date(r.date_of_birth)))
        language = label(r.language)
        if QLocale().language() == QLocale.Language.French:
            language = language.lower()  # « parle anglais »
        facts.append(self.tr("speaks %1").replace("%1", language))
        if r.interpreter_needed:
            facts.append(self.tr("needs an interpreter"))
        if r.community:
            facts.append(r.community)
        if r.phone:
            facts.append(r.phone)
        if r.is_mine:
            facts.append(self.tr("in your caseload"))
        elif r.assigned_worker_name:
            facts.append(self.tr("in %1's caseload").replace("%1", r.assigned_worker_name))
        else:
            facts.append(self.tr("assigned to another worker"))
        return facts
