"""The caseload as a lazily fetched table: pages of 100 arrive from the DB lane as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from linkdesk.services.caseload import (
    PAGE_SIZE,
    CaseloadFilter,
    CaseloadPage,
    CaseloadRow,
    CaseloadSort,
    load_caseload,
)
from linkdesk.ui.background import run_in_background
from linkdesk.ui.formatting import relative_day, short_date
from linkdesk.ui.session import Session
from linkdesk.ui.texts import label
from linkdesk.ui.theme import colours, icon

Index = QModelIndex | QPersistentModelIndex
SORT_BY_COLUMN = {
    0: CaseloadSort.NAME,
    2: CaseloadSort.STATUS,
    3: CaseloadSort.NEXT_DUE,
    4: CaseloadSort.LAST_CONTACT,
}
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseloadModel(QAbstractTableModel):
    loaded = Signal(int)  # total matching people
    busy = Signal(bool)  # a page is being fetched

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[CaseloadRow] = []
        self.total = 0
        self.filter = CaseloadFilter()
        self.sort_key = CaseloadSort.NAME
        self.descending = False
        self._generation = 0
        self._fetching = False
        self.today = date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Community"),
            self.tr("Status"),
            self.tr("Next follow-up"),
            self.tr("Last contact"),
            self.tr("Flags"),
        ]

    # ----- loading

    def reload(self, flt: CaseloadFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        self._generation += 1
        self._fetching = False
        self._request(0, self._generation)

    def _request(self, offset: int, generation: int) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        self.today = ctx.today()
        flt, sort, desc = self.filter, self.sort_key, self.descending
        self._fetching = True
        self.busy.emit(True)
        run_in_background(
            lambda: load_caseload(ctx, flt=flt, sort=sort, descending=desc, offset=offset, limit=PAGE_SIZE),
            lambda page: self._arrived(page, generation),
        )

    def _arrived(self, page: CaseloadPage, generation: int) -> None:
        if generation != self._generation:
            return  # a newer search replaced this one
        self._fetching = False
        self.busy.emit(False)
        if page.offset == 0:
            self.beginResetModel()
            self.rows = list(page.rows)
            self.total = page.total
            self.endResetModel()
            self.loaded.emit(self.total)
            return
        if not page.rows:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.total = page.total
        self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if not self._fetching and self.canFetchMore(parent):
            self._request(len(self.rows), self._generation)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_BY_COLUMN.get(column)
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ----- table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == CLIENT_ID_ROLE:
            return row.client_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.is_overdue:
            return QColor(colours()["attention_text"])
        return None

    def _decoration(self, row: CaseloadRow, column: int) -> Any:
        if column == 3 and row.is_overdue:
            return icon("clock", "attention_text")
        if column == 5 and row.open_flags:
            return icon("warning", "error")
        return None

    def _text(self, row: CaseloadRow, column: int) -> str:
        texts: dict[int, Callable[[CaseloadRow], str]] = {
            0: self._name,
            1: lambda r: r.community or "",
            2: lambda r: label(r.status),
            3: self._next_due,
            4: lambda r: short_date(r.last_contact_on) if r.last_contact_on else self.tr("No contact yet"),
            5: lambda r: self.tr("%n open", "", r.open_flags) if r.open_flags else "",
        }
        return texts[column](row)

    @staticmethod
    def _name(row: CaseloadRow) -> str:
        name = f"{row.family_name}, {row.given_name}".strip(", ")
        return f"{name} ({row.preferred_name})" if row.preferred_name else name

    def _next_due(self, row: CaseloadRow) -> str:
        if row.next_due_on is None:
            return self.tr("None scheduled")
        when = f"{short_date(row.next_due_on)} · {relative_day(row.next_due_on, self.today)}"
        return self.tr("Overdue") + f": {when}" if row.is_overdue else when
