"""The intake's goals step: up to five first goals, in the person's words."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from linkdesk.domain.enums import NeedDomain
from linkdesk.ui.views.intake.steps import Step
from linkdesk.ui.widgets.common import button
from linkdesk.ui.widgets.forms import Field, enum_combo, spin, text_area

MAX_GOALS = 5


class GoalBox(QFrame):
    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        self.description = text_area(lines=2)
        self.description_field = Field(
            self.tr("Goal %1, in the person's words").replace("%1", str(number)), self.description
        )
        layout.addWidget(self.description_field)
        self.domain = enum_combo(list(NeedDomain))
        layout.addWidget(Field(self.tr("Domain of goal %1").replace("%1", str(number)), self.domain))
        self.importance = spin(0, 10, 5)
        layout.addWidget(Field(self.tr("Importance to the person (0-10)"), self.importance))
        self.confidence = spin(0, 10, 5)
        layout.addWidget(Field(self.tr("Confidence (0-10)"), self.confidence))
        self.steps = text_area(lines=2)
        layout.addWidget(Field(self.tr("First steps"), self.steps))

    def values(self) -> dict[str, Any]:
        return {
            "description": self.description.toPlainText(),
            "domain": self.domain.currentData(),
            "importance": self.importance.value(),
            "confidence": self.confidence.value(),
            "steps": self.steps.toPlainText(),
        }

    def load(self, data: dict[str, Any]) -> None:
        self.description.setPlainText(data.get("description", ""))
        index = self.domain.findData(data.get("domain"))
        if index >= 0:
            self.domain.setCurrentIndex(index)
        self.importance.setValue(int(data.get("importance", 5)))
        self.confidence.setValue(int(data.get("confidence", 5)))
        self.steps.setPlainText(data.get("steps", ""))


class GoalsStep(Step):
    key = "goals"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("First goals"),
            self.tr("One to three goals is usual. Leave a goal empty to skip it."),
            parent,
        )
        self.boxes: list[GoalBox] = []
        self.holder = QVBoxLayout()
        self.form.addLayout(self.holder)
        self.more = button(self.tr("&Add another goal"), "plus")
        self.more.clicked.connect(self.add_goal)
        self.form.addWidget(self.more)
        self.form.addStretch(1)
        self.add_goal()

    def add_goal(self) -> GoalBox:
        box = GoalBox(len(self.boxes) + 1)
        self.boxes.append(box)
        self.holder.addWidget(box)
        self.fields.add(f"goal_{len(self.boxes)}", box.description_field)
        self.more.setEnabled(len(self.boxes) < MAX_GOALS)
        if len(self.boxes) > 1:
            box.description.setFocus()
        return box

    def values(self) -> dict[str, Any]:
        return {"goals": [b.values() for b in self.boxes]}

    def load(self, data: dict[str, Any]) -> None:
        goals = data.get("goals", [])[:MAX_GOALS]
        while len(self.boxes) < len(goals):
            self.add_goal()
        for index, box in enumerate(self.boxes):
            box.load(goals[index] if index < len(goals) else {})
