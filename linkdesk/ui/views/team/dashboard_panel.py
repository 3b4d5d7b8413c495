"""The team dashboard: a row per worker, a column per figure; a figure opens the people behind it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.services.supervision.dashboard import Measure, PersonBehind, TeamDashboard, WorkerRow
from linkdesk.ui.formatting import short_date
from linkdesk.ui.texts import label
from linkdesk.ui.theme import icon
from linkdesk.ui.views.team.texts import measure_text
from linkdesk.ui.widgets.common import EmptyState, subtitle, text_label
from linkdesk.ui.widgets.row_list import RowList

MEASURES = list(Measure)
DAY_MS = 86_400_000


def sync_age(row: WorkerRow, now_ms: int) -> str:
    """'Synced today', 'Stale: last synced 9 days ago', 'Stale: never synced', with words, not colour."""
    if row.devices is None:
        return QCoreApplication.translate("TeamTexts", "Not known yet")
    if row.last_sync_ms is None:
        return (
            QCoreApplication.translate("TeamTexts", "Stale: never synced")
            if row.devices
            else QCoreApplication.translate("TeamTexts", "Stale: no laptop enrolled")
        )
    days = max(0, (now_ms - row.last_sync_ms) // DAY_MS)
    if days == 0:
        text = QCoreApplication.translate("TeamTexts", "Synced today")
    else:
        text = QCoreApplication.translate("TeamTexts", "last synced %n day(s) ago", "", days)
    return QCoreApplication.translate("TeamTexts", "Stale: %1").replace("%1", text) if row.stale else text


def behind_text(person: PersonBehind, measure: Measure) -> str:
    if measure is Measure.CONFLICTS:
        return (
            QCoreApplication.translate("TeamTexts", "%1 — conflicts to settle: %2")
            .replace("%1", person.name)
            .replace("%2", person.code)
        )
    parts = [person.name]
    if measure in (Measure.ACTIVE, Measure.CLOSED, Measure.STALLED, Measure.FLAGS):
        parts.append(label(person.code))
    if person.on is not None:
        if measure is Measure.OVERDUE:
            parts.append(
                QCoreApplication.translate("TeamTexts", "due %1").replace("%1", short_date(person.on))
            )
        elif measure is Measure.NO_CONTACT:
            parts.append(
                QCoreApplication.translate("TeamTexts", "last contact %1").replace(
                    "%1", short_date(person.on)
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("TeamTexts", "since %1").replace("%1", short_date(person.on))
            )
    return " — ".join(parts)


class DashboardPanel(QWidget):
    drill = Signal(str, str)  # worker id, measure
    open_person = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        self.table = QTableWidget(0, len(MEASURES) + 2)
        self.table.setAccessibleName(self.tr("Team dashboard"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # Figures get the width of their longest heading word (headings wrap onto two or three lines);
        # the last-synced column takes the rest and wraps its text rather than being cut off.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(MEASURES) + 1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        self.table.cellClicked.connect(self._clicked)
        self.table.cellActivated.connect(self._clicked)
        layout.addWidget(self.table)
        self.empty = EmptyState(
            "person",
            self.tr("No workers to show yet. Sync this laptop and refresh the team from the server."),
        )
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addWidget(text_label(self.tr("Choose a number to see the people behind it."), "muted"))
        self.drill_heading = subtitle("")
        self.drill_heading.hide()
        layout.addWidget(self.drill_heading)
        self.people = RowList(self.tr("People behind the number"))
        self.people.activated_key.connect(self.open_person.emit)
        self.people.hide()
        layout.addWidget(self.people)
        layout.addStretch(1)
        self.board: TeamDashboard | None = None

    def retitle(self) -> None:
        headings = [self.tr("Worker"), *(measure_text(m) for m in MEASURES), self.tr("Laptop last synced")]
        self.table.setHorizontalHeaderLabels(headings)
        header = self.table.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)  # the theme draws headings in bold
        metrics = QFontMetrics(font)
        lines = 1
        for column, heading in enumerate(headings[1:-1], start=1):
            widest = max(metrics.horizontalAdvance(word) for word in heading.split())
            width = max(widest, metrics.horizontalAdvance("0000")) + 8
            self.table.setColumnWidth(column, width + 20)
            wrapped = metrics.boundingRect(QRect(0, 0, width, 2000), Qt.TextFlag.TextWordWrap, heading)
            lines = max(lines, round(wrapped.height() / metrics.lineSpacing()))
        header.setFixedHeight(lines * metrics.lineSpacing() + 18)

    def show_board(self, board: TeamDashboard, now_ms: int) -> None:
        self.board = board
        self.retitle()
        self.table.setRowCount(len(board.rows))
        for r, row in enumerate(board.rows):
            name = row.name or self.tr("Unknown worker")
            if not row.in_team:
                name = self.tr("%1 (no longer in the team)").replace("%1", name)
            who = QTableWidgetItem(name)
            who.setIcon(icon("person", "primary"))
            self.table.setItem(r, 0, who)
            for c, measure in enumerate(MEASURES, start=1):
                n = row.count(measure)
                item = QTableWidgetItem(str(n))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{measure_text(measure)}: {n}")
                if n:
                    item.setToolTip(self.tr("Show the people"))
                self.table.setItem(r, c, item)
            age = QTableWidgetItem(sync_age(row, now_ms))
            if row.stale:
                age.setIcon(icon("warning", "attention_text"))
            self.table.setItem(r, len(MEASURES) + 1, age)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(board.rows))
        self.empty.setVisible(not board.rows)
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(i) for i in range(self.table.rowCount())
        )
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def _clicked(self, row: int, column: int) -> None:
        if self.board is None or not 1 <= column <= len(MEASURES) or row >= len(self.board.rows):
            return
        worker = self.board.rows[row]
        measure = MEASURES[column - 1]
        if worker.count(measure) == 0:
            return
        self.drill.emit(worker.worker_id, measure.value)

    def show_people(self, worker: str, measure: Measure, people: list[PersonBehind]) -> None:
        self.drill_heading.setText(f"{worker} — {measure_text(measure)} ({len(people)})")
        self.drill_heading.show()
        self.people.clear()
        for person in people:
            self.people.add_row(behind_text(person, measure), person.client_id, "person")
        self.people.fit()
        if not people:
            self.people.hide()
