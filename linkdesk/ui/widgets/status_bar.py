"""The status bar: what was just saved, changes not yet synced, and the connection state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QToolButton, QWidget

from linkdesk.ui.theme import icon
from linkdesk.ui.views.sync.texts import connection_text, last_sync_text


class _IconText(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        self.pic = QLabel()
        self.text = QLabel()
        layout.addWidget(self.pic)
        layout.addWidget(self.text)

    def set(self, icon_name: str, colour: str, text: str) -> None:
        self.pic.setPixmap(icon(icon_name, colour).pixmap(QSize(16, 16)))
        self.text.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)


class AppStatusBar(QStatusBar):
    sync_requested = Signal()
    saved_locally = Signal()  # every "Saved on this laptop": the sync controller syncs a little later

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending = _IconText()
        self.connection = _IconText()
        self.last_sync = QLabel()
        self.last_sync.setContentsMargins(6, 0, 6, 0)
        self.sync_button = QToolButton()
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setIcon(icon("sync", "primary"))
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Sync now (F5)"))
        self.sync_button.clicked.connect(self.sync_requested.emit)
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.connection)
        self.addPermanentWidget(self.last_sync)
        self.addPermanentWidget(self.sync_button)
        self.show_locked()

    def show_locked(self) -> None:
        self.pending.hide()
        self.last_sync.hide()
        self.sync_button.hide()
        self.connection.set("lock", "muted", self.tr("Locked"))
        self.clearMessage()

    def show_unsynced(self, count: int) -> None:
        self.pending.show()
        if count:
            self.pending.set("sync", "muted", self.tr("%n change(s) not yet synced", "", count))
        else:
            self.pending.set("check", "ok_text", self.tr("Everything synced"))

    def show_offline(self) -> None:
        self.connection.set("offline", "muted", self.tr("Working offline — changes are saved on this laptop"))

    def saved(self) -> None:
        self.showMessage(self.tr("Saved on this laptop"), 6000)
        self.saved_locally.emit()

    def show_sync(self, state: Any) -> None:
        """The sync controller's state (ui.sync_controller.SyncState): connection, waiting, last sync."""
        if state.status is not None:
            self.show_unsynced(state.pending)
        icon_name, colour, text = connection_text(state)
        self.connection.set(icon_name, colour, text)
        last = last_sync_text(state)
        self.last_sync.setText(last)
        self.last_sync.setAccessibleName(last)
        self.last_sync.setVisible(bool(last))
        self.sync_button.setVisible(state.connected)
        self.sync_button.setEnabled(state.phase != "syncing")
