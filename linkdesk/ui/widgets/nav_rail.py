"""The navigation rail: icon + text for every section (never icon alone), Settings and Lock at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from linkdesk.ui.theme import icon


class NavRail(QFrame):
    selected = Signal(str)
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "rail")
        self.setAccessibleName(self.tr("Sections"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 14, 10, 14)
        self._layout.setSpacing(4)
        brand = QLabel("LinkDesk")
        brand.setProperty("role", "subtitle")
        brand.setContentsMargins(8, 0, 0, 12)
        self._layout.addWidget(brand)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        self._bottom_started = False

    def _button(self, text: str, icon_name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setIcon(icon(icon_name, "primary"))
        button.setIconSize(QSize(22, 22))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setProperty("role", "nav")
        button.setAccessibleName(text.replace("&", ""))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.ensurePolished()  # the style sheet's font decides the width the label needs
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text.replace("&", "")) + 90)
        return button

    def add_section(self, key: str, text: str, icon_name: str, shortcut: str | None = None) -> None:
        button = self._button(text, icon_name)
        button.setCheckable(True)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        self._group.addButton(button)
        button.clicked.connect(lambda: self.selected.emit(key))
        self.buttons[key] = button
        self._layout.addWidget(button)

    def add_bottom(self) -> None:
        if not self._bottom_started:
            self._layout.addStretch(1)
            self._bottom_started = True

    def add_lock(self, text: str) -> None:
        self.add_bottom()
        button = self._button(text, "lock")
        button.clicked.connect(self.lock_requested.emit)
        self._layout.addWidget(button)

    def mark(self, key: str | None) -> None:
        """Show the current section; None when a page outside the rail (a person) is open."""
        if key in self.buttons:
            self.buttons[key].setChecked(True)
        else:
            self._group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
