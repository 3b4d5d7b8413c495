"""The status bar: what was just saved, changes not yet synced, and the connection state."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from linkdesk.ui.theme import icon


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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pending = _IconText()
        self.connection = _IconText()
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.connection)
        self.show_locked()

    def show_locked(self) -> None:
        self.pending.hide()
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
