"""A keyboard-friendly list of rows, each one click (or Enter) from what it names."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from linkdesk.ui.theme import colours, icon


class RowList(QListWidget):
    activated_key = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setIconSize(QSize(20, 20))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)  # every row has the same size hint: layout without measuring text
        self.setSpacing(2)
        self.itemClicked.connect(self._emit)
        self.itemActivated.connect(self._emit)

    def _emit(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.activated_key.emit(str(key))

    def add_row(
        self,
        text: str,
        key: str,
        icon_name: str | None = None,
        colour: str = "primary",
        *,
        tinted: bool = False,
    ) -> None:
        """`tinted` draws the text in the icon's colour too (the words still say what it means)."""
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setSizeHint(QSize(0, max(40, self.fontMetrics().height() * 2 + 8)))
        if icon_name:
            item.setIcon(icon(icon_name, colour))
        if tinted:
            item.setForeground(QColor(colours().get(colour, colour)))
        self.addItem(item)

    def fit(self) -> None:
        """Grow to show every row (the page scrolls, not each list)."""
        height = sum(self.sizeHintForRow(i) + 2 * self.spacing() for i in range(self.count()))
        self.setFixedHeight(max(height + 2 * self.frameWidth() + 4, 0))
        self.setVisible(self.count() > 0)
