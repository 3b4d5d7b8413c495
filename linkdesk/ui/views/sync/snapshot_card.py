"""Start a new laptop from a caseload file on a USB key (`linkdesk-server snapshot export`): offered on the
Sync page until the first sync has brought anything; the file is loaded through the SyncController, as a
sync, and the outcome is said in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QWidget

from linkdesk.ui.snapshot_import import DAMAGED, NOT_NEEDED, NOT_YOURS, UNREADABLE, SnapshotImport
from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.theme import icon
from linkdesk.ui.views.sync.texts import problem_text
from linkdesk.ui.widgets.common import button, card, subtitle, text_label


class SnapshotCard(QWidget):
    """The offer (explanation and button) and, separately, the last outcome (kept after the offer goes)."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, box = card()
        outer.addWidget(frame)
        self.offer = QFrame()
        offer = QHBoxLayout(self.offer)
        offer.setContentsMargins(0, 0, 0, 0)
        box.addWidget(subtitle(self.tr("Start from a file")))
        self.intro = text_label(
            self.tr(
                "This laptop has not received your caseload yet. If your administrator gave you a caseload "
                "file (for example on a USB key), load it here: it is much quicker than downloading "
                "everything over a slow connection. The file is encrypted; this laptop unlocks it with a "
                "key from the server, so it must be connected."
            ),
            "muted",
        )
        box.addWidget(self.intro)
        self.load_button = button(self.tr("Load the caseload from a file (USB key)…"), "directory")
        self.load_button.clicked.connect(self.choose_file)
        offer.addWidget(self.load_button)
        self.busy = text_label("", "muted")
        offer.addWidget(self.busy, 1)
        box.addWidget(self.offer)
        self.outcome = QFrame()
        row = QHBoxLayout(self.outcome)
        row.setContentsMargins(0, 0, 0, 0)
        self.outcome_icon = QLabel()
        row.addWidget(self.outcome_icon)
        self.result = text_label("", "info")
        row.addWidget(self.result, 1)
        self.outcome.hide()
        box.addWidget(self.outcome)
        self.offered = False
        controller.state_changed.connect(self.show_state)
        controller.import_finished.connect(self.show_result)
        self.show_state()

    def show_state(self) -> None:
        state = self.controller.state
        status = state.status
        self.offered = (
            state.connected and status is not None and status.cursor == 0 and not status.last_success_ms
        )
        for w in (self.intro, self.offer):
            w.setVisible(self.offered or self.controller.importing)
        self.load_button.setEnabled(not self.controller.importing)
        self.busy.setText(
            self.tr("Loading the file… This can take a few minutes; keep LinkDesk open.")
            if self.controller.importing
            else ""
        )
        self.setVisible(self.offered or self.controller.importing or self.outcome.isVisibleTo(self))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the caseload file"),
            "",
            self.tr("LinkDesk caseload file (*.snap *.snapshot *.ldsnap);;All files (*)"),
        )
        if not path:
            return
        self.outcome.hide()
        self.controller.load_snapshot(Path(path))
        self.show_state()

    def show_result(self, outcome: SnapshotImport) -> None:
        ok = outcome.problem is None
        self.outcome_icon.setPixmap(
            icon("check" if ok else "warning", "ok_text" if ok else "attention_text").pixmap(QSize(20, 20))
        )
        self.result.setProperty("role", "info" if ok else "banner")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(self.outcome_text(outcome))
        self.outcome.setVisible(True)
        self.show_state()

    def outcome_text(self, outcome: SnapshotImport) -> str:  # noqa: PLR0911 - one answer per outcome
        problem = outcome.problem
        if problem is None:
            if outcome.complete:
                return self.tr(
                    "Loaded %n record(s) from the file; this laptop is now up to date with the server.",
                    "",
                    outcome.items,
                )
            return self.tr(
                "Loaded %n record(s) from the file. What changed on the server since the file was made "
                "will arrive with the next sync; LinkDesk tries again by itself.",
                "",
                outcome.items,
            )
        if problem == "offline":
            return self.tr(
                "The server could not be reached, and this laptop needs it to unlock the file (the key comes "
                "from the server). Connect to the internet, then try again. Nothing was changed."
            )
        if problem == NOT_YOURS:
            return self.tr(
                "The server does not recognise this file for your account: it was made for someone else, "
                "or it is too old. Nothing was changed. Ask your administrator for a new file, or let "
                "LinkDesk download your caseload over the internet."
            )
        if problem == DAMAGED:
            return self.tr(
                "This file is damaged or is not a LinkDesk caseload file. Nothing was changed. Copy it to "
                "the USB key again, or ask your administrator for a new one."
            )
        if problem == UNREADABLE:
            return self.tr(
                "The file could not be read (was the USB key removed?). Nothing was changed. Try again."
            )
        if problem == NOT_NEEDED:
            return self.tr(
                "This laptop already has your caseload from the server, so the file is not needed: "
                "LinkDesk keeps it up to date by syncing. Nothing was changed."
            )
        return self.tr("The file was not loaded: %1. Nothing was changed.").replace(
            "%1", problem_text(problem)
        )
