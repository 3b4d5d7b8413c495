"""Help > Keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from linkdesk.ui.widgets.common import title


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Keyboard shortcuts")))
        rows = [
            ("Ctrl+N", self.tr("Start a new referral")),
            ("Ctrl+F", self.tr("Search the caseload (or the directory when it is open)")),
            ("Ctrl+S", self.tr("Save the form you are in (an intake is kept as a draft)")),
            ("Ctrl+L", self.tr("Lock LinkDesk now")),
            ("F5", self.tr("Refresh and sync now")),
            ("Alt+1 … Alt+5", self.tr("Go to Today, Caseload, New referral, Directory, Settings")),
            ("Alt+6", self.tr("Go to Reports")),
            ("Alt+7", self.tr("Go to Team (supervisors)")),
            ("Alt+9", self.tr("Go to Sync")),
            ("Tab / Shift+Tab", self.tr("Move between fields")),
            ("Enter", self.tr("Open the selected person or service")),
            ("Esc", self.tr("Close a dialog without saving")),
        ]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        table.verticalHeader().hide()
        for row, (keys, what) in enumerate(rows):
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys
            table.setItem(row, 0, QTableWidgetItem(native))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setMinimumSize(560, 340)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
