"""The intake steps: each is one column of labelled fields that can be read to and from a draft dict."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from linkdesk.domain.enums import (
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    NeedDomain,
    NeedLevel,
    ReferralSource,
    Urgency,
)
from linkdesk.ui.texts import label
from linkdesk.ui.widgets.common import subtitle, text_label
from linkdesk.ui.widgets.forms import (
    Field,
    FieldSet,
    check,
    date_edit,
    date_value,
    enum_combo,
    line_edit,
    text_area,
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _set_combo(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value) if value is not None else 0
    if index >= 0:
        combo.setCurrentIndex(index)


class Step(QWidget):
    key = ""

    def __init__(self, heading: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = FieldSet()
        self.form = QVBoxLayout(self)
        self.form.setSpacing(6)
        self.form.addWidget(subtitle(heading))
        if intro:
            self.form.addWidget(text_label(intro, "muted"))

    def add(self, name: str, field: Field) -> Field:
        self.form.addWidget(field)
        return self.fields.add(name, field)

    def set_today(self, today: date) -> None:
        """Default dates follow the workspace clock."""

    def first_input(self) -> QWidget | None:
        first: QWidget | None = next((f.editor for f in self.fields.fields.values()), None)
        return first

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def load(self, data: dict[str, Any]) -> None:
        raise NotImplementedError


class ReferralStep(Step):
    key = "referral"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Referral"), self.tr("Who referred the person, and why."), parent)
        self.source = enum_combo(list(ReferralSource))
        self.add("source", Field(self.tr("Referral &source"), self.source))
        self.received = date_edit(date.today())
        self.add("received_on", Field(self.tr("Date &received"), self.received))
        self.referrer = line_edit()
        self.add("referrer_name", Field(self.tr("Referrer's n&ame (optional)"), self.referrer))
        self.organisation = line_edit()
        self.add(
            "referrer_organisation", Field(self.tr("Referrer's &organisation (optional)"), self.organisation)
        )
        self.reason = text_area()
        self.add("reason", Field(self.tr("Reason for referral"), self.reason))
        self.urgency = enum_combo(list(Urgency))
        self.add("urgency", Field(self.tr("&Urgency"), self.urgency))
        self.form.addStretch(1)

    def set_today(self, today: date) -> None:
        self.received.setDate(date_edit(today).date())

    def values(self) -> dict[str, Any]:
        return {
            "source": self.source.currentData(),
            "received_on": _iso(date_value(self.received)),
            "referrer_name": self.referrer.text(),
            "referrer_organisation": self.organisation.text(),
            "reason": self.reason.toPlainText(),
            "urgency": self.urgency.currentData(),
        }

    def load(self, data: dict[str, Any]) -> None:
        _set_combo(self.source, data.get("source"))
        if _day(data.get("received_on")):
            self.received.setDate(date_edit(_day(data.get("received_on"))).date())
        self.referrer.setText(data.get("referrer_name", ""))
        self.organisation.setText(data.get("referrer_organisation", ""))
        self.reason.setPlainText(data.get("reason", ""))
        _set_combo(self.urgency, data.get("urgency"))


class PersonStep(Step):
    key = "person"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The person"),
            self.tr("Only the first name is required; add what the person is happy to share."),
            parent,
        )
        self.given = line_edit(max_length=120)
        self.add("given_name", Field(self.tr("Fi&rst name"), self.given))
        self.family = line_edit(max_length=120)
        self.add("family_name", Field(self.tr("&Last name"), self.family))
        self.preferred = line_edit(max_length=120)
        self.add("preferred_name", Field(self.tr("&Preferred name"), self.preferred))
        self.pronouns = line_edit(max_length=40)
        self.add("pronouns", Field(self.tr("Pronoun&s"), self.pronouns))
        self.dob = date_edit(None, allow_empty=True)
        self.add(
            "date_of_birth",
            Field(
                self.tr("&Date of birth"),
                self.dob,
                hint=self.tr("Leave blank if the person prefers not to say."),
            ),
        )
        self.language = QComboBox()
        for code in ("en", "fr", "other"):
            self.language.addItem(label(code), code)
        self.add("language", Field(self.tr("Preferred l&anguage"), self.language))
        self.interpreter = check(self.tr("Needs an &interpreter"))
        self.form.addWidget(self.interpreter)
        self.phone = line_edit(max_length=40)
        self.add("phone", Field(self.tr("Phon&e"), self.phone))
        self.community = line_edit(max_length=120)
        self.add("community", Field(self.tr("&Community"), self.community))
        self.postal = line_edit(max_length=10)
        self.add("postal_code", Field(self.tr("Postal c&ode"), self.postal))
        self.safe_contact = text_area(lines=2)
        self.add(
            "safe_contact_notes",
            Field(
                self.tr("Safe contact notes"),
                self.safe_contact,
                hint=self.tr("For example: do not leave messages."),
            ),
        )
        self.form.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {
            "given_name": self.given.text(),
            "family_name": self.family.text(),
            "preferred_name": self.preferred.text(),
            "pronouns": self.pronouns.text(),
            "date_of_birth": _iso(date_value(self.dob)),
            "language": self.language.currentData(),
            "interpreter_needed": self.interpreter.isChecked(),
            "phone": self.phone.text(),
            "community": self.community.text(),
            "postal_code": self.postal.text(),
            "safe_contact_notes": self.safe_contact.toPlainText(),
        }

    def load(self, data: dict[str, Any]) -> None:
        for edit, key in (
            (self.given, "given_name"),
            (self.family, "family_name"),
            (self.preferred, "preferred_name"),
            (self.pronouns, "pronouns"),
            (self.phone, "phone"),
            (self.community, "community"),
            (self.postal, "postal_code"),
        ):
            edit.setText(data.get(key) or "")
        dob = _day(data.get("date_of_birth"))
        self.dob.setDate(date_edit(dob, allow_empty=True).date())
        _set_combo(self.language, data.get("language"))
        self.interpreter.setChecked(bool(data.get("interpreter_needed")))
        self.safe_contact.setPlainText(data.get("safe_contact_notes") or "")


class ConsentStep(Step):
    key = "consents"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Consent"),
            self.tr(
                "Ask about each purpose separately. Without consent to keep and sync, the record stays on "
                "this laptop only and nothing can be sent to a service."
            ),
            parent,
        )
        self.boxes: dict[ConsentPurpose, QCheckBox] = {}
        self.methods: dict[ConsentPurpose, QComboBox] = {}
        for purpose in ConsentPurpose:
            box = check(label(purpose))
            method = enum_combo(list(ConsentMethod))
            method.setEnabled(False)
            box.toggled.connect(method.setEnabled)
            self.boxes[purpose], self.methods[purpose] = box, method
            self.form.addWidget(box)
            self.fields.add(
                purpose.value,
                Field(self.tr("How consent was given: %1").replace("%1", label(purpose)), method),
            )
            self.form.addWidget(self.fields.fields[purpose.value])
        self.partner = line_edit()
        self.add(
            "partner_organisation",
            Field(self.tr("&Partner organisation (for sharing with a partner)"), self.partner),
        )
        self.form.addStretch(1)

    def first_input(self) -> QWidget | None:
        return self.boxes[ConsentPurpose.STORE_AND_SYNC]

    def values(self) -> dict[str, Any]:
        given = {p.value: self.methods[p].currentData() for p, box in self.boxes.items() if box.isChecked()}
        return {"given": given, "partner_organisation": self.partner.text()}

    def load(self, data: dict[str, Any]) -> None:
        given = data.get("given", {})
        for purpose, box in self.boxes.items():
            box.setChecked(purpose.value in given)
            _set_combo(self.methods[purpose], given.get(purpose.value))
        self.partner.setText(data.get("partner_organisation", ""))


class WhatMattersStep(Step):
    key = "assessment"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What matters"), self.tr("In the person's own words where you can."), parent)
        self.what_matters = text_area(lines=3)
        self.add("what_matters", Field(self.tr("What &matters to you?"), self.what_matters))
        self.strengths = text_area(lines=2)
        self.add("strengths", Field(self.tr("&Strengths"), self.strengths))
        self.interests = text_area(lines=2)
        self.add("interests", Field(self.tr("&Interests"), self.interests))
        self.form.addWidget(subtitle(self.tr("Needs by domain")))
        grid = QGridLayout()
        self.levels: dict[NeedDomain, QComboBox] = {}
        for row, domain in enumerate(NeedDomain):
            caption = QLabel(label(domain))
            combo = enum_combo(list(NeedLevel))
            combo.setAccessibleName(self.tr("Level of need: %1").replace("%1", label(domain)))
            caption.setBuddy(combo)
            grid.addWidget(caption, row // 2, (row % 2) * 2)
            grid.addWidget(combo, row // 2, (row % 2) * 2 + 1)
            self.levels[domain] = combo
        self.form.addLayout(grid)
        self.top_need = QComboBox()
        self.top_need.addItem(self.tr("Not chosen"), "")
        for domain in NeedDomain:
            self.top_need.addItem(label(domain), domain.value)
        self.add("top_need", Field(self.tr("Most &pressing need for the person"), self.top_need))
        self.fields.add("needs", Field(self.tr("Notes on needs (optional)"), text_area(lines=2)))
        self.form.addWidget(self.fields.fields["needs"])
        self.form.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {
            "what_matters": self.what_matters.toPlainText(),
            "strengths": self.strengths.toPlainText(),
            "interests": self.interests.toPlainText(),
            "needs": {
                d.value: c.currentData() for d, c in self.levels.items() if c.currentData() != NeedLevel.NONE
            },
            "needs_note": self.fields.fields["needs"].editor.toPlainText(),  # type: ignore[attr-defined]
            "top_need": self.top_need.currentData() or "",
        }

    def load(self, data: dict[str, Any]) -> None:
        self.what_matters.setPlainText(data.get("what_matters", ""))
        self.strengths.setPlainText(data.get("strengths", ""))
        self.interests.setPlainText(data.get("interests", ""))
        needs = data.get("needs", {})
        for domain, combo in self.levels.items():
            _set_combo(combo, needs.get(domain.value, NeedLevel.NONE.value))
        _set_combo(self.top_need, data.get("top_need", ""))
        self.fields.fields["needs"].editor.setPlainText(data.get("needs_note", ""))  # type: ignore[attr-defined]


class FollowUpStep(Step):
    key = "follow_up"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("First follow-up"), self.tr("When and how you will next be in touch."), parent
        )
        self.due = date_edit(date.today())
        self.add("due_on", Field(self.tr("&Due on"), self.due))
        self.mode = enum_combo(list(ContactMode))
        self.add("mode", Field(self.tr("Ho&w"), self.mode))
        self.purpose = line_edit(max_length=1000)
        self.add("purpose", Field(self.tr("&Purpose"), self.purpose))
        self.form.addStretch(1)

    def set_today(self, today: date) -> None:
        self.due.setDate(date_edit(today + timedelta(days=7)).date())

    def values(self) -> dict[str, Any]:
        return {
            "due_on": _iso(date_value(self.due)),
            "mode": self.mode.currentData(),
            "purpose": self.purpose.text(),
        }

    def load(self, data: dict[str, Any]) -> None:
        due = _day(data.get("due_on"))
        if due:
            self.due.setDate(date_edit(due).date())
        _set_combo(self.mode, data.get("mode"))
        self.purpose.setText(data.get("purpose", ""))
