"""The possible-duplicate warning shown before a new person is created."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from linkdesk.services.intake import DuplicateCandidate
from linkdesk.ui.formatting import short_date
from linkdesk.ui.widgets.common import Chip, button, card, clear_layout, text_label


class DuplicatePanel(QWidget):
    use_existing = Signal(str, str)  # client id, display name
    confirmed_new = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.frame, self.box = card()
        layout.addWidget(self.frame)
        self.hide()

    def show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        clear_layout(self.box)
        self.box.addWidget(Chip(self.tr("Possible duplicate"), "attention", "warning"))
        self.box.addWidget(
            text_label(
                self.tr(
                    "Someone with a similar name and date of birth is already on this laptop. Check before "
                    "creating a new record."
                )
            )
        )
        first = None
        for c in candidates[:5]:
            row = QHBoxLayout()
            born = short_date(c.date_of_birth) if c.date_of_birth else self.tr("date of birth not recorded")
            details = f"{c.display_name} — {born}" + (f" — {c.community}" if c.community else "")
            row.addWidget(text_label(details), 1)
            use = button(self.tr("Use this person"), "person")
            use.setAccessibleName(self.tr("Use this person: %1").replace("%1", c.display_name))
            use.clicked.connect(lambda _=False, c=c: self.use_existing.emit(c.client_id, c.display_name))
            row.addWidget(use)
            self.box.addLayout(row)
            first = first or use
        new = button(self.tr("No, this is a new person"), "new_referral")
        new.clicked.connect(self.confirmed_new.emit)
        self.box.addWidget(new)
        self.show()
        if first is not None:
            first.setFocus()
