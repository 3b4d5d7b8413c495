"""My plan: a preview in the person's language, saved to PDF or sent to a printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QTextBrowser

from linkdesk.services.plan import PersonPlan, plan_from_record
from linkdesk.services.ui_person import PersonRecord
from linkdesk.ui.background import run_in_background
from linkdesk.ui.plan_document import plan_html, write_pdf
from linkdesk.ui.texts import error_text
from linkdesk.ui.views.person.tab_base import PersonTab
from linkdesk.ui.widgets.common import button, primary_button, text_label


class PlanTab(PersonTab):
    def __init__(self, owner) -> None:  # type: ignore[no-untyped-def]
        super().__init__(owner)
        self.html = ""
        self.status = text_label("", "muted")
        self.toolbar.addWidget(self.status, 1)
        self.pdf_button = button(self.tr("Save as PDF…"), "pdf")
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.toolbar.addWidget(self.pdf_button)
        self.print_button = primary_button(self.tr("Print…"), "print")
        self.print_button.clicked.connect(self.print_plan)
        self.toolbar.addWidget(self.print_button)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Plan preview"))

    def fill(self, record: PersonRecord) -> None:
        workspace = self.owner.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Plan preview"))
        self.preview.setMinimumHeight(460)
        self.body.addWidget(self.preview)
        run_in_background(lambda: plan_from_record(ctx, record), self._show)

    def _show(self, plan: PersonPlan) -> None:
        self.html = plan_html(plan, self.tr("your link worker"))
        self.preview.setHtml(self.html)

    def ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save plan as PDF"), "plan.pdf", "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        html = self.html
        self.status.setText(self.tr("Saving…"))
        run_in_background(lambda: write_pdf(html, path), self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Plan saved as %1").replace("%1", path.name))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def print_plan(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("LinkDesk plan")
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.preview.document().print_(printer)
