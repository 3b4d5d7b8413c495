"""Choose a person from the caseload (used to prescribe a directory service for someone)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from linkdesk.services.caseload import CaseloadFilter, CaseloadPage, load_caseload
from linkdesk.ui.background import run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.widgets.common import button, title
from linkdesk.ui.widgets.forms import Field
from linkdesk.ui.widgets.row_list import RowList


class PersonPicker(QDialog):
    picked = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Choose a person"))
        self.setMinimumSize(520, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(title(self.tr("Who is this for?")))
        self.search = QLineEdit()
        layout.addWidget(Field(self.tr("&Search the caseload"), self.search))
        self.results = RowList(self.tr("People found"))
        self.results.setVerticalScrollBarPolicy(self.results.verticalScrollBarPolicy().ScrollBarAsNeeded)
        self.results.activated_key.connect(self._pick)
        layout.addWidget(self.results, 1)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.results.setFocus)
        self._search()

    def _search(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx, flt = workspace.ctx, CaseloadFilter(text=self.search.text())
        run_in_background(lambda: load_caseload(ctx, flt=flt, limit=30), self._show)

    def _show(self, page: CaseloadPage) -> None:
        self.results.clear()
        for row in page.rows:
            name = f"{row.preferred_name or row.given_name} {row.family_name}".strip()
            self.results.add_row(
                name + (f" — {row.community}" if row.community else ""), row.client_id, "person"
            )
        if self.results.count():
            self.results.setCurrentRow(0)

    def _pick(self, client_id: str) -> None:
        self.picked.emit(client_id)
        self.accept()
