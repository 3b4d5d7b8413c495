"""The main window: a shell that swaps the locked gate and the unlocked workspace, with menus and status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from linkdesk.services.workspace import workspace_exists
from linkdesk.ui.background import current as background
from linkdesk.ui.i18n import Languages
from linkdesk.ui.session import Session
from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.theme import icon
from linkdesk.ui.views.setup_view import EnrolRequest, SetupView
from linkdesk.ui.views.shortcuts_dialog import ShortcutsDialog
from linkdesk.ui.views.sync.lease_view import LeaseView
from linkdesk.ui.views.unlock_view import UnlockView
from linkdesk.ui.views.workspace_view import WorkspaceView
from linkdesk.ui.widgets.status_bar import AppStatusBar


class MainWindow(QMainWindow):
    def __init__(self, session: Session, languages: Languages, *, demo_passphrase: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.languages = languages
        self.demo_passphrase = demo_passphrase
        self.setWindowTitle("LinkDesk")  # never a person's name
        self.resize(1280, 800)
        self.setMinimumSize(960, 600)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.status = AppStatusBar()
        self.setStatusBar(self.status)
        self.gate: QWidget | None = None
        self.workspace_view: WorkspaceView | None = None
        self.lease_view: LeaseView | None = None
        self.sync = SyncController(session, parent=self)
        self.sync.state_changed.connect(self._show_sync_state)
        self.sync.device_wiped.connect(self._on_wiped)
        self.sync.signed_out.connect(self._on_signed_out)
        self.sync.lease_changed.connect(self._on_lease)
        self.status.sync_requested.connect(self.sync.sync_now)
        self.status.saved_locally.connect(self.sync.local_commit)
        self._build_menus()
        session.unlocked.connect(self._on_unlocked)
        session.locked.connect(self._on_locked)
        session.unlock_failed.connect(self._on_unlock_failed)
        self._show_gate()

    # ----- menus and shortcuts

    def _action(self, text: str, keys: str | None, slot, icon_name: str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New referral"), "Ctrl+N", self._new_referral, "new_referral")
        self.save_action = self._action(self.tr("&Save"), "Ctrl+S", self._save, "save")
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.session.lock, "lock")
        quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        for action in (self.new_action, self.save_action, self.lock_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", self._find, "search")
        self.refresh_action = self._action(self.tr("&Refresh and sync now"), "F5", self._refresh, "sync")
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts, "help"))
        help_menu.addAction(self._action(self.tr("&About LinkDesk"), None, self._about))
        self._set_unlocked_actions(False)

    def _set_unlocked_actions(self, enabled: bool) -> None:
        for action in (
            self.new_action,
            self.save_action,
            self.lock_action,
            self.find_action,
            self.refresh_action,
        ):
            action.setEnabled(enabled)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About LinkDesk"),
            self.tr("LinkDesk helps social prescribing link workers keep their caseload, offline first."),
        )

    def _new_referral(self) -> None:
        if self.workspace_view is not None:
            self.workspace_view.new_referral()

    def _save(self) -> None:
        if self.workspace_view is not None:
            self.workspace_view.save()

    def _find(self) -> None:
        if self.workspace_view is not None:
            self.workspace_view.focus_find()

    def _refresh(self) -> None:
        if self.workspace_view is not None:
            self.workspace_view.refresh()
        self.sync.sync_now()

    # ----- locked and unlocked

    def _show_gate(self) -> None:
        if self.gate is not None:
            self.stack.removeWidget(self.gate)
            self.gate.deleteLater()
        gate: UnlockView | SetupView
        if workspace_exists(self.session.paths):
            gate = UnlockView(demo_passphrase=self.demo_passphrase)
            gate.unlock_requested.connect(self.session.unlock)
        else:
            gate = SetupView()
            gate.create_requested.connect(lambda text, only: self.session.create(text, passphrase_only=only))
            gate.enroll_requested.connect(self._enroll)
        self.gate = gate
        self.stack.addWidget(gate)
        self.stack.setCurrentWidget(gate)
        if isinstance(gate, UnlockView):
            gate.reset()

    def _enroll(self, request: EnrolRequest) -> None:
        self.sync.enroll(
            self.session.paths,
            passphrase=request.passphrase,
            passphrase_only=request.passphrase_only,
            url=request.url,
            username=request.username,
            password=request.password,
        )

    def _on_unlock_failed(self, exc: BaseException) -> None:
        if isinstance(self.gate, (UnlockView, SetupView)):
            self.gate.show_failure(exc)

    def _on_unlocked(self) -> None:
        self.workspace_view = WorkspaceView(self.session, self.status, self.languages, sync=self.sync)
        self.workspace_view.language_changed.connect(self.retranslate)
        self.stack.addWidget(self.workspace_view)
        self.stack.setCurrentWidget(self.workspace_view)
        if self.gate is not None:
            self.stack.removeWidget(self.gate)
            self.gate.deleteLater()
            self.gate = None
        self.status.show_offline()
        self._set_unlocked_actions(True)
        self.workspace_view.start()

    def _on_locked(self) -> None:
        """Every personal detail leaves the screen: the workspace view and its dialogs are destroyed."""
        background().forget_pending()
        for dialog in self.findChildren(QDialog):  # open dialogs and message boxes go with the data
            dialog.reject()
        if self.workspace_view is not None:
            self.stack.removeWidget(self.workspace_view)
            self.workspace_view.deleteLater()
            self.workspace_view = None
        if self.lease_view is not None:
            self.stack.removeWidget(self.lease_view)
            self.lease_view.deleteLater()
            self.lease_view = None
        self._set_unlocked_actions(False)
        self.status.show_locked()
        self._show_gate()

    # ----- sync

    def _show_sync_state(self) -> None:
        if self.session.is_unlocked:
            self.status.show_sync(self.sync.state)

    def _on_wiped(self) -> None:
        self._back_to_first_run(
            self.tr(
                "This laptop was removed from the regional server, so LinkDesk erased its copy of the "
                "records and its keys. Records that had synced are safe on the server. To use LinkDesk here "
                "again, set it up and connect to your organisation's server."
            )
        )

    def _on_signed_out(self) -> None:
        self._back_to_first_run(
            self.tr(
                "You signed out of the regional server and this laptop's copy of the records was removed."
            )
        )

    def _back_to_first_run(self, message: str) -> None:
        self.session.lock()
        if isinstance(self.gate, SetupView):
            self.gate.show_notice(message)

    def _on_lease(self) -> None:
        """14 days without the server: the records are hidden until this laptop syncs again."""
        locked = self.sync.state.lease_locked
        if locked and self.lease_view is None and self.workspace_view is not None:
            self.lease_view = LeaseView(self.sync)
            self.lease_view.lock_requested.connect(self.session.lock)
            self.stack.addWidget(self.lease_view)
            self.stack.setCurrentWidget(self.lease_view)
            for action in (self.new_action, self.save_action, self.find_action):
                action.setEnabled(False)
        elif not locked and self.lease_view is not None:
            self.stack.removeWidget(self.lease_view)
            self.lease_view.deleteLater()
            self.lease_view = None
            if self.workspace_view is not None:
                self.stack.setCurrentWidget(self.workspace_view)
                self._set_unlocked_actions(True)

    def retranslate(self) -> None:
        """After a language change: rebuild menus and the workspace in the new language."""
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        self._build_menus()
        self._set_unlocked_actions(self.session.is_unlocked)
        if self.workspace_view is not None:
            old = self.workspace_view
            self.workspace_view = WorkspaceView(self.session, self.status, self.languages, sync=self.sync)
            self.workspace_view.language_changed.connect(self.retranslate)
            self.stack.addWidget(self.workspace_view)
            self.stack.setCurrentWidget(self.workspace_view)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.status.show_offline()
            self.workspace_view.start(section="settings")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.workspace_view is not None and self.workspace_view.has_unsaved_intake():
            self.workspace_view.save()
        self.session.shutdown()
        background().wait_for_done()
        event.accept()
