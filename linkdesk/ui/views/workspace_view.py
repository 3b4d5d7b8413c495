"""The unlocked workspace: the navigation rail, the section pages and the person page."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from linkdesk.services.supervision.team import role_of
from linkdesk.services.ui_status import unsynced_change_count
from linkdesk.ui.background import run_in_background
from linkdesk.ui.i18n import Languages
from linkdesk.ui.session import Session
from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.views.caseload_view import CaseloadView
from linkdesk.ui.views.directory_view import DirectoryView
from linkdesk.ui.views.intake.intake_view import IntakeView
from linkdesk.ui.views.person.person_view import PersonView
from linkdesk.ui.views.reports.reports_view import ReportsView
from linkdesk.ui.views.settings_view import SettingsView
from linkdesk.ui.views.sync_view import SyncView
from linkdesk.ui.views.team.team_view import TeamView
from linkdesk.ui.views.today_view import TodayView
from linkdesk.ui.widgets.nav_rail import NavRail
from linkdesk.ui.widgets.status_bar import AppStatusBar


class WorkspaceView(QWidget):
    """Owns the pages; every page gets the Session and asks services through the background lane."""

    language_changed = Signal()

    def __init__(
        self,
        session: Session,
        status: AppStatusBar,
        languages: Languages,
        parent: QWidget | None = None,
        *,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.status = status
        self.languages = languages
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.idle_banner = QLabel()
        self.idle_banner.setProperty("role", "banner")
        self.idle_banner.setWordWrap(True)
        self.idle_banner.hide()
        outer.addWidget(self.idle_banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        outer.addLayout(body, 1)
        self.rail = NavRail()
        body.addWidget(self.rail)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)

        self.today = TodayView(session)
        self.caseload = CaseloadView(session)
        self.intake = IntakeView(session)
        self.directory = DirectoryView(session)
        self.settings = SettingsView(session, languages, sync=sync)
        self.pages: dict[str, QWidget] = {
            "today": self.today,
            "caseload": self.caseload,
            "intake": self.intake,
            "directory": self.directory,
            "settings": self.settings,
        }
        self.reports = ReportsView(session)
        self.pages["reports"] = self.reports
        self.sync_view: SyncView | None = None
        if sync is not None:
            self.sync_view = SyncView(session, sync)
            self.pages["sync"] = self.sync_view
            self.sync_view.open_person.connect(self.open_person)
            self.sync_view.open_settings.connect(lambda: self.show_section("settings"))
        # Team (supervisors only): the rail shows it once the server has said this user supervises.
        self.team = TeamView(session, sync)
        self.pages["team"] = self.team
        self.team.saved.connect(self.data_changed)
        self._team_connected: bool | None = None
        if sync is not None:
            sync.state_changed.connect(lambda: self._connection_changed(sync.state.connected))
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.person: PersonView | None = None
        self._return_to = "today"
        self.current = "today"

        self._build_rail()
        self._connect()

    def _build_rail(self) -> None:
        self.rail.add_section("today", self.tr("Today"), "today", "Alt+1")
        self.rail.add_section("caseload", self.tr("Caseload"), "caseload", "Alt+2")
        self.rail.add_section("intake", self.tr("New referral"), "new_referral", "Alt+3")
        self.rail.add_section("directory", self.tr("Directory"), "directory", "Alt+4")
        self.rail.add_section("reports", self.tr("Reports"), "chart", "Alt+6")
        self.rail.add_section("team", self.tr("Team"), "person", "Alt+7")
        self.rail.buttons["team"].hide()
        if self.sync_view is not None:
            self.rail.add_section("sync", self.tr("Sync"), "sync", "Alt+9")
        self.rail.add_bottom()
        self.rail.add_section("settings", self.tr("Settings"), "settings", "Alt+5")
        self.rail.add_lock(self.tr("Lock"))
        self.rail.selected.connect(self.show_section)
        self.rail.lock_requested.connect(self.session.lock)

    def _connect(self) -> None:
        session = self.session

        for page in (self.today, self.caseload, self.directory):
            page.open_person.connect(self.open_person)
        self.today.new_referral.connect(self.new_referral)
        self.today.show_in_caseload.connect(self.show_caseload_filtered)
        self.today.resume_draft.connect(self.new_referral)
        self.intake.open_person.connect(self.open_person)
        self.intake.saved.connect(self.data_changed)
        self.directory.saved.connect(self.data_changed)
        self.settings.language_changed.connect(self.language_changed.emit)
        session.idle_warning.connect(self._idle_warning)
        session.activity_resumed.connect(self.idle_banner.hide)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(30_000)
        self._status_timer.timeout.connect(self.update_status)

    def start(self, section: str = "today") -> None:
        self.show_section(section)
        self.update_status()
        self.update_team_section()
        self._status_timer.start()

    def update_team_section(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        run_in_background(lambda: role_of(workspace), self._show_team_section, lambda _e: None)

    def _connection_changed(self, connected: bool) -> None:
        """Connecting (or signing out) may change the role; progress updates do not."""
        if connected != self._team_connected:
            self._team_connected = connected
            self.update_team_section()

    def _show_team_section(self, role: str) -> None:
        self.rail.buttons["team"].setVisible(role == "supervisor")
        if role != "supervisor" and self.current == "team":
            self.show_section("today")

    # ----- navigation

    def show_caseload_filtered(self, caseload_filter: str) -> None:
        """From Today's "more" rows: Caseload with the overdue or flagged filter (or none)."""
        self.caseload.overdue.setChecked(caseload_filter == "overdue")
        self.caseload.flagged.setChecked(caseload_filter == "flagged")
        self.show_section("caseload")

    def show_section(self, key: str) -> None:
        self.current = key
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        self.rail.mark(key)
        refresh = getattr(page, "refresh", None)
        if refresh is not None and key != "intake":
            refresh()
        page.setFocus()

    def open_person(self, client_id: str) -> None:
        if self.person is not None:
            self.stack.removeWidget(self.person)
            self.person.deleteLater()
        self.person = PersonView(self.session, client_id)
        self.person.back.connect(lambda: self.show_section(self._return_to))
        self.person.saved.connect(self.data_changed)
        self.person.prescribe_from_directory.connect(self._prescribe_from_directory)
        self._return_to = self.current if self.current != "person" else "caseload"
        self.stack.addWidget(self.person)
        self.stack.setCurrentWidget(self.person)
        self.rail.mark(None)
        self.current = "person"

    def _prescribe_from_directory(self, client_id: str) -> None:
        self.directory.set_person(client_id)
        self.show_section("directory")

    def new_referral(self, draft_id: str | None = None) -> None:
        self.show_section("intake")
        self.intake.start(draft_id)

    # ----- shortcuts

    def focus_find(self) -> None:
        if self.current == "directory":
            self.directory.focus_search()
            return
        self.show_section("caseload")
        self.caseload.focus_search()

    def save(self) -> None:
        page = self.stack.currentWidget()
        save = getattr(page, "save", None)
        if save is not None:
            save()

    def refresh(self) -> None:
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self.update_status()

    def has_unsaved_intake(self) -> bool:
        return self.intake.has_unsaved_changes()

    # ----- status

    def data_changed(self) -> None:
        self.status.saved()
        self.update_status()

    def update_status(self) -> None:
        workspace = self.session.workspace
        if workspace is None:
            return
        ctx = workspace.ctx
        run_in_background(lambda: unsynced_change_count(ctx), self.status.show_unsynced, lambda _e: None)

    def _idle_warning(self, seconds: int) -> None:
        self.idle_banner.setText(
            self.tr(
                "LinkDesk will lock in %n second(s) because nothing has happened. Move the mouse or press "
                "a key to stay unlocked.",
                "",
                seconds,
            )
        )
        self.idle_banner.show()
