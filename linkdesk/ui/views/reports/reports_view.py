"""Reports: the figures for a date range on the people this laptop holds, as tables and charts.

A worker sees their own caseload; a supervisor's laptop holds the team after a sync, so the same screen
reports the team (and can narrow to one worker). Exports: CSV (full or de-identified) and PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.reporting.figures import Report
from linkdesk.services.context import ServiceContext
from linkdesk.services.reports import (
    WorkerChoice,
    export_report_csv,
    local_period,
    run_report,
    workers_on_device,
)
from linkdesk.ui.background import run_in_background
from linkdesk.ui.formatting import date_time, long_date
from linkdesk.ui.session import Session
from linkdesk.ui.texts import error_text
from linkdesk.ui.views.reports.report_document import chart_image, report_html, write_report_pdf
from linkdesk.ui.views.reports.sections import ReportSections, Section, Table
from linkdesk.ui.widgets.common import (
    button,
    card,
    primary_button,
    scrolling_page,
    subtitle,
    text_label,
    title,
)
from linkdesk.ui.widgets.forms import date_edit, date_value


@dataclass(frozen=True)
class Loaded:
    report: Report
    workers: list[WorkerChoice]


def load(ctx: ServiceContext, start: date, end: date, worker_id: str | None) -> Loaded:
    return Loaded(run_report(ctx, local_period(start, end), worker_id=worker_id), workers_on_device(ctx))


def default_start(today: date) -> date:
    """The first day of the month two months back: this month and the two before it."""
    month = today.month - 2
    year = today.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


def figure_table(table: Table, name: str) -> QTableWidget:
    widget = QTableWidget(len(table.rows), len(table.headers))
    widget.setHorizontalHeaderLabels(table.headers)
    widget.verticalHeader().setVisible(False)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    widget.setAccessibleName(name)
    for r, row in enumerate(table.rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, c, item)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(table.headers)):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    height = header.sizeHint().height() + sum(widget.rowHeight(r) for r in range(len(table.rows))) + 4
    widget.setFixedHeight(height)
    return widget


class ReportsView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: Report | None = None
        self.sections: list[Section] = []
        layout = scrolling_page(self)
        layout.addWidget(title(self.tr("Reports")))
        layout.addWidget(
            text_label(
                self.tr(
                    "Figures for the people on this laptop: your own caseload, or your team's once a "
                    "supervisor's laptop has synced. Exports hold numbers only, never names."
                ),
                "muted",
            )
        )
        layout.addWidget(self._filters())
        self.status = text_label("", "muted")
        self.status.setAccessibleName(self.tr("Report status"))
        layout.addWidget(self.status)
        self.content = QVBoxLayout()
        self.content.setSpacing(14)
        layout.addLayout(self.content)
        layout.addStretch(1)

    def _filters(self) -> QWidget:
        frame, box = card()
        row = QHBoxLayout()
        today = self.session.today()
        self.start = date_edit(default_start(today))
        self.end = date_edit(today)
        self.worker = QComboBox()
        self.worker.setAccessibleName(self.tr("Whose people"))
        self.worker.addItem(self.tr("Everyone on this laptop"), None)
        for caption, widget in (
            (self.tr("From"), self.start),
            (self.tr("To"), self.end),
            (self.tr("Whose people"), self.worker),
        ):
            column = QVBoxLayout()
            heading = QLabel(caption)
            heading.setBuddy(widget)
            widget.setAccessibleName(caption)
            column.addWidget(heading)
            column.addWidget(widget)
            row.addLayout(column)
        row.addStretch(1)
        self.show_button = primary_button(self.tr("Show figures"), "chart")
        self.show_button.clicked.connect(self.run)
        row.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignBottom)
        box.addLayout(row)
        exports = QHBoxLayout()
        self.csv_button = button(self.tr("Export CSV…"), "save")
        self.safe_button = button(self.tr("Export de-identified CSV…"), "shield")
        self.pdf_button = button(self.tr("Export PDF…"), "pdf")
        self.csv_button.clicked.connect(lambda: self.ask_csv(deidentified=False))
        self.safe_button.clicked.connect(lambda: self.ask_csv(deidentified=True))
        self.pdf_button.clicked.connect(self.ask_pdf)
        for b in (self.csv_button, self.safe_button, self.pdf_button):
            b.setEnabled(False)
            exports.addWidget(b)
        exports.addStretch(1)
        box.addLayout(exports)
        box.addWidget(
            text_label(
                self.tr(
                    "The de-identified CSV hides every count under 5, and any other count that would let "
                    "someone work a hidden one out from a total."
                ),
                "muted",
            )
        )
        return frame

    # ----- running

    def refresh(self) -> None:
        if self.report is None:
            self.run()

    def run(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        start, end = date_value(self.start), date_value(self.end)
        if start is None or end is None or start > end:
            self.status.setText(self.tr("The start date must be on or before the end date."))
            return
        ctx, worker_id = workspace.ctx, self.worker.currentData()
        self.status.setText(self.tr("Counting…"))
        run_in_background(lambda: load(ctx, start, end, worker_id), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def _show(self, loaded: Loaded) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        self.report = loaded.report
        self._fill_workers(loaded.workers)
        self.sections = ReportSections(workspace.ctx.instruments, self).build(loaded.report)
        while self.content.count():  # the old cards leave the page now, not at the next event loop turn
            item = self.content.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.setParent(None)
                old.deleteLater()
        for section in self.sections:
            self.content.addWidget(self._card(section))
        for b in (self.csv_button, self.safe_button, self.pdf_button):
            b.setEnabled(True)
        self.status.setText("  ".join(self.about(loaded.report)))

    def _fill_workers(self, workers: list[WorkerChoice]) -> None:
        current = self.worker.currentData()
        self.worker.blockSignals(True)
        while self.worker.count() > 1:
            self.worker.removeItem(1)
        me = self.session.workspace.ctx.actor.user_id if self.session.workspace else None
        for w in workers:
            name = self.tr("My caseload") if w.worker_id == me else (w.display_name or w.worker_id[:8])
            self.worker.addItem(
                self.tr("%1 (people: %2)").replace("%1", name).replace("%2", str(w.people)), w.worker_id
            )
        self.worker.setCurrentIndex(max(self.worker.findData(current), 0))
        self.worker.blockSignals(False)

    def about(self, report: Report) -> list[str]:
        period = report.period
        scope = {
            "own": self.tr("Your own caseload."),
            "team": self.tr("Everyone on this laptop (your team)."),
            "worker": self.tr("One worker's people."),
            "region": self.tr("The whole region."),
        }.get(report.scope, report.scope)
        span = (
            self.tr("From %1 to %2.")
            .replace("%1", long_date(period.start))
            .replace("%2", long_date(period.end))
        )
        return [span, scope, self.tr("Counted: %1").replace("%1", date_time(report.generated_at))]

    def _card(self, section: Section) -> QWidget:
        frame, box = card()
        box.addWidget(subtitle(section.title))
        box.addWidget(text_label(section.note, "muted"))
        if section.empty:
            box.addWidget(text_label(section.empty_text or self.tr("Nothing to count in this period.")))
            return frame
        for line in section.summary:
            box.addWidget(text_label(line))
        for table in section.tables:
            box.addWidget(figure_table(table, section.title))
        if section.chart is not None:
            box.addWidget(section.chart())
        return frame

    # ----- exports

    def ask_csv(self, *, deidentified: bool) -> None:
        suggested = "linkdesk-report-deidentified.csv" if deidentified else "linkdesk-report.csv"
        caption = self.tr("Save de-identified CSV") if deidentified else self.tr("Save CSV")
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, "CSV (*.csv)")
        if path:
            self.export_csv(Path(path), deidentified=deidentified)

    def export_csv(self, path: Path, *, deidentified: bool) -> None:
        workspace, report = self.session.workspace, self.report
        if workspace is None or report is None:
            return
        ctx = workspace.ctx
        self.status.setText(self.tr("Saving…"))
        run_in_background(
            lambda: export_report_csv(ctx, report, path, deidentified=deidentified), self._saved, self._failed
        )

    def ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), "linkdesk-report.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        if self.report is None:
            return
        images = {s.key: chart_image(s.chart()) for s in self.sections if s.chart is not None and not s.empty}
        html = report_html(
            self.tr("LinkDesk report"),
            self.about(self.report),
            self.sections,
            self.tr("Nothing to count in this period."),
        )
        self.status.setText(self.tr("Saving…"))
        run_in_background(lambda: write_report_pdf(html, images, path), self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved as %1").replace("%1", path.name))
