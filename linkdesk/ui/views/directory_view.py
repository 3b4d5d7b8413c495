"""Directory: offline search by keyword, category and community; a service's detail; prescribe; suggest."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from linkdesk.services.context import ServiceContext
from linkdesk.services.directory import (
    directory_categories,
    directory_communities,
    search_directory,
    service_detail,
)
from linkdesk.services.ui_directory_feedback import suggest_correction
from linkdesk.ui.background import run_in_background
from linkdesk.ui.session import Session
from linkdesk.ui.theme import icon
from linkdesk.ui.views.person.care_dialogs import prescription_dialog
from linkdesk.ui.views.person_picker import PersonPicker
from linkdesk.ui.views.service_detail import ServiceDetailPanel
from linkdesk.ui.widgets.common import (
    EmptyState,
    button,
    card,
    clear_layout,
    primary_button,
    text_label,
    title,
)
from linkdesk.ui.widgets.form_dialog import FormDialog
from linkdesk.ui.widgets.forms import Field, text_area
from linkdesk.ui.widgets.row_list import RowList


@dataclass(frozen=True)
class Facets:
    categories: list[Any]
    communities: list[Any]


def load_facets(ctx: ServiceContext) -> Facets:
    return Facets(directory_categories(ctx), directory_communities(ctx))


class DirectoryView(QWidget):
    open_person = Signal(str)
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("Page")
        self.for_client: str | None = None
        self.detail: Any = None
        self._facets_loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.addWidget(title(self.tr("Directory")))
        self.for_note = text_label("", "info")
        self.for_note.hide()
        layout.addWidget(self.for_note)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("For example: food bank, walking group, income tax"))
        self.search.addAction(icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition)
        filters.addWidget(Field(self.tr("&Search services"), self.search), 3)
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), None)
        filters.addWidget(Field(self.tr("Cate&gory"), self.category), 2)
        self.community = QComboBox()
        self.community.addItem(self.tr("Any community"), None)
        filters.addWidget(Field(self.tr("Co&mmunity"), self.community), 2)
        layout.addLayout(filters)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.count = text_label("", "muted")
        left.addWidget(self.count)
        self.results = RowList(self.tr("Services found"))
        self.results.setVerticalScrollBarPolicy(self.results.verticalScrollBarPolicy().ScrollBarAsNeeded)
        self.results.activated_key.connect(self.show_service)
        left.addWidget(self.results, 1)
        self.empty = EmptyState(
            "directory", self.tr("No services match. Try fewer words, or another category or community.")
        )
        self.empty.hide()
        left.addWidget(self.empty, 1)
        body.addLayout(left, 2)
        self._build_detail(body)
        layout.addLayout(body, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.results.setFocus)
        self.category.currentIndexChanged.connect(self.refresh)
        self.community.currentIndexChanged.connect(self.refresh)

    def _build_detail(self, body: QHBoxLayout) -> None:
        frame, box = card()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.panel = ServiceDetailPanel()
        scroll.setWidget(self.panel)
        box.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.suggest_button = button(self.tr("Suggest a correction…"), "note")
        self.suggest_button.clicked.connect(self._suggest)
        self.prescribe_button = primary_button(self.tr("Prescribe for a person…"), "prescription")
        self.prescribe_button.clicked.connect(self._prescribe)
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        row.addWidget(self.prescribe_button)
        box.addLayout(row)
        self.no_detail = EmptyState("directory", self.tr("Choose a service to see its details."))
        self.panel.box.addWidget(self.no_detail)
        self.suggest_button.setEnabled(False)
        self.prescribe_button.setEnabled(False)
        body.addWidget(frame, 3)

    def set_person(self, client_id: str | None) -> None:
        """Prescribing from a person's record: the chosen service goes straight to them."""
        self.for_client = client_id
        self.for_note.setText(self.tr("Choose a service to prescribe for the person you came from."))
        self.for_note.setVisible(client_id is not None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        if not self._facets_loaded:
            self._facets_loaded = True
            run_in_background(lambda: load_facets(ctx), self._facets)
        text, cat, com = self.search.text(), self.category.currentData(), self.community.currentData()
        run_in_background(
            lambda: search_directory(ctx, text=text, category=cat, community=com, limit=200), self._results
        )

    def _facets(self, facets: Facets) -> None:
        for c in facets.categories:
            if c.service_count:
                self.category.addItem(f"{c.name} ({c.service_count})", c.id)
        for c in facets.communities:
            self.community.addItem(f"{c.name} ({c.service_count})", c.name)

    def _results(self, hits: list[Any]) -> None:
        self.results.clear()
        for hit in hits:
            org = f" — {hit.organization_name}" if hit.organization_name else ""
            where = f" ({hit.city})" if hit.city else ""
            self.results.add_row(f"{hit.name}{org}{where}", hit.service_id, "directory")
        self.count.setText(self.tr("%n service(s)", "", len(hits)))
        self.results.setVisible(bool(hits))
        self.empty.setVisible(not hits)

    def show_service(self, service_id: str) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(lambda: service_detail(ctx, service_id=service_id), self._detail)

    def _detail(self, detail: Any) -> None:
        self.detail = detail
        clear_layout(self.panel.box)
        self.panel.show_service(detail)
        self.panel.box.addStretch(1)
        self.suggest_button.setEnabled(True)
        self.prescribe_button.setEnabled(True)

    def _prescribe(self) -> None:
        if self.detail is None:
            return
        if self.for_client:
            self._prescribe_for(self.for_client)
            return
        picker = PersonPicker(self.session, self)
        picker.picked.connect(self._prescribe_for)
        picker.open()

    def _prescribe_for(self, client_id: str) -> None:
        s = self.detail
        phone = s.phones[0].number if s.phones else ""
        org = s.organization.name if s.organization else ""
        dialog = prescription_dialog(
            self.session,
            self,
            client_id,
            (),
            service_id=s.service_id,
            service_name=s.name,
            organisation=org,
            contact=phone,
        )
        dialog.accepted.connect(lambda: self._prescribed(client_id))
        dialog.open()

    def _prescribed(self, client_id: str) -> None:
        self.saved.emit()
        self.set_person(None)
        self.open_person.emit(client_id)

    def _suggest(self) -> None:
        s = self.detail
        if s is None:
            return
        d = FormDialog(
            self.session,
            self.tr("Suggest a correction"),
            self.tr("Send to the directory steward"),
            self,
            intro=self.tr("Your suggestion about %1 is kept for the directory steward to check.").replace(
                "%1", s.name
            ),
        )
        text = text_area(lines=5)
        d.add("suggestion", Field(self.tr("What should change?"), text))
        service_id, name = s.service_id, s.name

        def make() -> Any:
            value = text.toPlainText()
            return lambda ctx: suggest_correction(
                ctx, service_id=service_id, service_name=name, field="general", suggestion=value
            )

        d.make_task = make
        d.finish_form()
        d.accepted.connect(self.saved.emit)
        d.open()
