"""New referral: six steps with a visible progress bar, free movement, drafts and a duplicate check."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.services.drafts import load_intake_draft, save_intake_draft
from linkdesk.services.intake import DuplicateCandidate, find_possible_duplicates
from linkdesk.ui.background import run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.texts import error_text
from linkdesk.ui.views.intake.duplicates import DuplicatePanel
from linkdesk.ui.views.intake.goals_step import GoalsStep
from linkdesk.ui.views.intake.steps import (
    ConsentStep,
    FollowUpStep,
    PersonStep,
    ReferralStep,
    Step,
    WhatMattersStep,
    _day,
)
from linkdesk.ui.views.intake.submit import IntakeDone, submit_intake
from linkdesk.ui.widgets.common import button, primary_button, text_label, title

PERSON_STEP = 1


class IntakeView(QWidget):
    open_person = Signal(str)
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("Page")
        self.draft_id: str | None = None
        self.existing: tuple[str, str] | None = None  # (client id, name) when adding to a known person
        self.duplicates_checked = False
        self._saved_snapshot = ""
        self._then_reset = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.addWidget(title(self.tr("New referral")))
        self.progress = QHBoxLayout()
        layout.addLayout(self.progress)
        self.existing_note = text_label("", "info")
        self.existing_note.hide()
        layout.addWidget(self.existing_note)
        self.duplicates = DuplicatePanel()
        self.duplicates.use_existing.connect(self._use_existing)
        self.duplicates.confirmed_new.connect(self._confirmed_new)
        layout.addWidget(self.duplicates)
        self.steps: list[Step] = [
            ReferralStep(),
            PersonStep(),
            ConsentStep(),
            WhatMattersStep(),
            GoalsStep(),
            FollowUpStep(),
        ]
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        holder = QWidget()
        holder.setMaximumWidth(760)
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 12, 0)
        inner.addWidget(self.stack)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.message = text_label("", "error")
        self.message.hide()
        layout.addWidget(self.message)
        self._build_progress()
        self._build_buttons(layout)
        self._reset()

    def _build_progress(self) -> None:
        self.step_group = QButtonGroup(self)
        names = [
            self.tr("Referral"),
            self.tr("Person"),
            self.tr("Consent"),
            self.tr("What matters"),
            self.tr("Goals"),
            self.tr("Follow-up"),
        ]
        for number, name in enumerate(names):
            b = QPushButton(f"{number + 1}. {name}")
            b.setCheckable(True)
            b.setProperty("role", "link")
            b.setAccessibleName(
                self.tr("Step %1 of 6: %2").replace("%1", str(number + 1)).replace("%2", name)
            )
            b.clicked.connect(lambda _=False, n=number: self.go(n))
            self.step_group.addButton(b, number)
            self.progress.addWidget(b)
        self.progress.addStretch(1)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.back_button = button(self.tr("&Back"), "back")
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        row.addWidget(self.back_button)
        self.new_button = button(self.tr("Start another"), "plus")
        self.new_button.setToolTip(self.tr("Keep this intake as a draft and start a new one"))
        self.new_button.clicked.connect(self.start_another)
        row.addWidget(self.new_button)
        row.addStretch(1)
        self.draft_button = button(self.tr("Save draf&t"), "save")
        self.draft_button.setToolTip(self.tr("Keep what is typed and finish later (Ctrl+S)"))
        self.draft_button.clicked.connect(self.save)
        row.addWidget(self.draft_button)
        self.next_button = primary_button(self.tr("&Next"))
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.next_button)
        layout.addLayout(row)

    # ----- navigation

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        self.stack.setCurrentIndex(index)
        self.step_group.button(index).setChecked(True)
        self.back_button.setEnabled(index > 0)
        last = index == len(self.steps) - 1
        self.next_button.setText(self.tr("&Save and finish") if last else self.tr("&Next"))
        first = self.steps[index].first_input()
        if first is not None:
            first.setFocus()

    def _next(self) -> None:
        index = self.stack.currentIndex()
        if index == PERSON_STEP and not self._person_ready():
            return
        if index == len(self.steps) - 1:
            self.finish()
        else:
            self.go(index + 1)

    def _person_ready(self) -> bool:
        """Leaving the person step: a first name is needed, and possible duplicates are checked once."""
        if self.existing is not None:
            return True
        person = self.steps[PERSON_STEP]
        values = person.values()
        person.fields.clear()
        if not values["given_name"].strip():
            person.fields.show_required("given_name", self.tr("Enter the person's first name."))
            return False
        if self.duplicates_checked:
            return True
        workspace = self.session.workspace
        if workspace is None:
            return False
        ctx = workspace.ctx
        run_in_background(
            lambda: find_possible_duplicates(
                ctx,
                given_name=values["given_name"],
                family_name=values["family_name"],
                date_of_birth=_day(values["date_of_birth"]),
            ),
            self._duplicates_found,
            self._failed,
        )
        return False

    def _duplicates_found(self, candidates: list[DuplicateCandidate]) -> None:
        if candidates:
            self.duplicates.show_candidates(candidates)
            return
        self._confirmed_new()

    def _confirmed_new(self) -> None:
        self.duplicates_checked = True
        self.duplicates.hide()
        self.go(PERSON_STEP + 1)

    def _use_existing(self, client_id: str, name: str) -> None:
        self.existing = (client_id, name)
        self.duplicates.hide()
        self.existing_note.setText(
            self.tr("This referral will be added to the existing record of %1.").replace("%1", name)
        )
        self.existing_note.show()
        self.steps[PERSON_STEP].setEnabled(False)
        self.go(PERSON_STEP + 1)

    # ----- drafts

    def draft_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {step.key: step.values() for step in self.steps}
        data["existing_client_id"] = self.existing[0] if self.existing else None
        data["existing_name"] = self.existing[1] if self.existing else None
        data["duplicates_checked"] = self.duplicates_checked
        return data

    def _label(self, data: dict[str, Any]) -> str:
        if self.existing:
            return self.existing[1]
        p = data.get("person", {})
        return f"{p.get('given_name', '')} {p.get('family_name', '')}".strip()

    def has_unsaved_changes(self) -> bool:
        snapshot = json.dumps(self.draft_data(), sort_keys=True)
        return bool(self._saved_snapshot) and snapshot != self._saved_snapshot

    def start(self, draft_id: str | None = None) -> None:
        """A fresh intake, or a saved draft resumed where it was left."""
        if draft_id is None and self.draft_id is None and not self.has_unsaved_changes():
            self._reset()
            return
        if draft_id is None:
            return  # keep the intake in progress on screen
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(
            lambda: load_intake_draft(ctx, draft_id=draft_id),
            lambda loaded: self._resume(draft_id, *loaded),
            self._failed,
        )

    def start_another(self) -> None:
        """Nothing typed is lost: an intake with changes is kept as a draft before the form is cleared."""
        if self.has_unsaved_changes():
            self._then_reset = True
            self.save()
            return
        self._reset()

    def _reset(self) -> None:
        self._then_reset = False
        self.draft_id, self.existing, self.duplicates_checked = None, None, False
        for step in self.steps:
            step.load({})
            step.set_today(self.session.today())
        self._saved_snapshot = json.dumps(self.draft_data(), sort_keys=True)
        self.existing_note.hide()
        self.steps[PERSON_STEP].setEnabled(True)
        self.message.hide()
        self.go(0)

    def _resume(self, draft_id: str, step: int, data: dict[str, Any]) -> None:
        self.draft_id = draft_id
        for s in self.steps:
            s.load(data.get(s.key, {}))
        if data.get("existing_client_id"):
            self._use_existing(data["existing_client_id"], data.get("existing_name") or "")
        self.duplicates_checked = bool(data.get("duplicates_checked"))
        self._saved_snapshot = json.dumps(self.draft_data(), sort_keys=True)
        self.go(step)

    def save(self) -> None:
        """Ctrl+S: keep the intake as a draft in the encrypted store."""
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx, data, step = workspace.ctx, self.draft_data(), self.stack.currentIndex()
        draft_id, label = self.draft_id, self._label(data)
        run_in_background(
            lambda: save_intake_draft(ctx, draft_id=draft_id, label=label, step=step, data=data),
            lambda new_id: self._draft_saved(new_id, data),
            self._failed,
        )

    def _draft_saved(self, draft_id: str, data: dict[str, Any]) -> None:
        self.draft_id = draft_id
        self._saved_snapshot = json.dumps(data, sort_keys=True)
        self.message.hide()
        self.saved.emit()
        if self._then_reset:
            self._reset()

    # ----- finishing

    def finish(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        if self.existing is None and not self.steps[PERSON_STEP].values()["given_name"].strip():
            self.go(PERSON_STEP)
            self.steps[PERSON_STEP].fields.show_required(
                "given_name", self.tr("Enter the person's first name.")
            )
            return
        for step in self.steps:
            step.fields.clear()
        ctx, data, draft_id = workspace.ctx, self.draft_data(), self.draft_id
        self.next_button.setEnabled(False)
        run_in_background(lambda: submit_intake(ctx, data, draft_id), self._finished, self._failed)

    def _finished(self, result: IntakeDone) -> None:
        self.next_button.setEnabled(True)
        self.saved.emit()
        self._reset()
        self.open_person.emit(result.client_id)

    def _failed(self, exc: BaseException) -> None:
        """What was typed stays; the message goes next to its field when there is one."""
        self.next_button.setEnabled(True)
        for index, step in enumerate(self.steps):
            if step.fields.show(exc):
                self.stack.setCurrentIndex(index)
                self.step_group.button(index).setChecked(True)
                self.message.hide()
                return
        self.message.setText(error_text(exc))
        self.message.show()
