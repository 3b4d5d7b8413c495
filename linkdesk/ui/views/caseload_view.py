"""Caseload: search as you type, filters and sorting over a lazily fetched table (fast at 20,000)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import ClientStatus, NeedDomain
from linkdesk.services.caseload import CaseloadFilter
from linkdesk.ui.models.caseload_model import CLIENT_ID_ROLE, CaseloadModel
from linkdesk.ui.session import Session
from linkdesk.ui.theme import icon
from linkdesk.ui.widgets.common import EmptyState, text_label, title
from linkdesk.ui.widgets.forms import Field, check, enum_combo

SEARCH_DELAY_MS = 200


class CaseloadView(QWidget):
    open_person = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(10)
        layout.addWidget(title(self.tr("Caseload")))
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, preferred name or community"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition)
        filters.addWidget(Field(self.tr("&Search"), self.search), 3)
        self.status = enum_combo(list(ClientStatus), empty=self.tr("Any status"))
        filters.addWidget(Field(self.tr("S&tatus"), self.status), 1)
        self.domain = enum_combo(list(NeedDomain), empty=self.tr("Any need"))
        filters.addWidget(Field(self.tr("&Need domain"), self.domain), 2)
        checks = QVBoxLayout()
        self.overdue = check(self.tr("&Overdue only"))
        self.flagged = check(self.tr("F&lagged only"))
        checks.addWidget(self.overdue)
        checks.addWidget(self.flagged)
        filters.addLayout(checks)
        layout.addLayout(filters)
        counts = QHBoxLayout()
        self.count = text_label("", "muted")
        self.count.setAccessibleName(self.tr("Number of people found"))
        counts.addWidget(self.count)
        self.loading = text_label(self.tr("Loading…"), "muted")
        self.loading.hide()
        counts.addWidget(self.loading)
        counts.addStretch(1)
        layout.addLayout(counts)

        self.model = CaseloadModel(session, self)
        self._build_table(layout)
        self._connect()

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People in the caseload"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # QHeaderView starts with a descending indicator; set A-Z before enabling sorting, which sorts once.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        for column, width in enumerate((260, 160, 110, 250, 140)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            "caseload",
            self.tr("No one matches. Clear the search or filters, or start a new referral with Ctrl+N."),
        )
        self.empty.hide()
        layout.addWidget(self.empty, 1)

    def _connect(self) -> None:

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._focus_table)
        for combo in (self.status, self.domain):
            combo.currentIndexChanged.connect(self.refresh)
        for box in (self.overdue, self.flagged):
            box.toggled.connect(self.refresh)
        self.model.loaded.connect(self._loaded)
        self.model.busy.connect(self._busy)

    def current_filter(self) -> CaseloadFilter:
        return CaseloadFilter(
            text=self.search.text(),
            status=self.status.currentData(),
            need_domain=self.domain.currentData(),
            overdue_only=self.overdue.isChecked(),
            flagged_only=self.flagged.isChecked(),
        )

    def refresh(self) -> None:
        self.model.reload(self.current_filter())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _busy(self, busy: bool) -> None:
        self.loading.setVisible(busy)

    def _loaded(self, total: int) -> None:
        self.count.setText(self.tr("%n person(s)", "", total))
        self.table.setVisible(total > 0)
        self.empty.setVisible(total == 0)

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        client_id = self.model.data(index, CLIENT_ID_ROLE)
        if client_id:
            self.open_person.emit(client_id)
