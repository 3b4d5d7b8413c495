"""The shape every person tab shares: a scrolling column of cards rebuilt from the loaded record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from linkdesk.services.ui_person import PersonRecord
from linkdesk.ui.widgets.common import clear_layout

if TYPE_CHECKING:
    from linkdesk.ui.views.person.person_view import PersonView


class PersonTab(QWidget):
    def __init__(self, owner: PersonView) -> None:
        super().__init__()
        self.owner = owner
        self.record: PersonRecord | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        self.toolbar = QHBoxLayout()
        outer.addLayout(self.toolbar)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 4, 10, 4)
        self.body.setSpacing(10)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def show_record(self, record: PersonRecord) -> None:
        self.record = record
        clear_layout(self.body)
        self.fill(record)
        self.body.addStretch(1)

    def fill(self, record: PersonRecord) -> None:
        raise NotImplementedError
