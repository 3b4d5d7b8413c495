"""Shown instead of the records after 14 days without reaching the server (the data stays on the laptop)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.views.sync.texts import connection_text
from linkdesk.ui.widgets.common import button, card, primary_button, text_label, title


class LeaseView(QWidget):
    lock_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("Page")
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        frame, box = card()
        frame.setMaximumWidth(620)
        outer.addWidget(frame)
        box.addWidget(title(self.tr("Connect to keep using LinkDesk")))
        box.addWidget(
            text_label(
                self.tr(
                    "This laptop has not reached the regional server for more than 14 days, so LinkDesk "
                    "keeps the records closed until it does. Nothing has been lost: everything is still "
                    "saved on this laptop. Connect to the internet; LinkDesk syncs and opens again by itself."
                )
            )
        )
        self.state = text_label("", "muted")
        box.addWidget(self.state)
        row = QHBoxLayout()
        lock = button(self.tr("Lock"), "lock")
        lock.clicked.connect(self.lock_requested.emit)
        row.addWidget(lock)
        row.addStretch(1)
        self.try_button = primary_button(self.tr("Try to connect now"), "sync")
        self.try_button.clicked.connect(controller.sync_now)
        row.addWidget(self.try_button)
        box.addLayout(row)
        controller.state_changed.connect(self._show)
        self._show()

    def _show(self) -> None:
        state = self.controller.state
        self.state.setText(connection_text(state)[2] if state.phase != "idle" else "")
        self.try_button.setEnabled(state.phase != "syncing")
