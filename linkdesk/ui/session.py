"""The unlocked session: opening the workspace, locking it (on demand, when idle, on suspend)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from linkdesk.paths import AppPaths
from linkdesk.services.settings_store import UiSettings
from linkdesk.services.workspace import Workspace, create_workspace, open_workspace
from linkdesk.ui.background import run_in_background

WARN_BEFORE_MS = 2 * 60 * 1000
MAX_UNLOCKED_MS = 12 * 60 * 60 * 1000  # security.md: the passphrase at least every 12 hours
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Session(QObject):
    """Owns the open Workspace. Screens get it from here and must drop every reference on `locked`."""

    unlocked = Signal()
    locked = Signal()
    unlock_failed = Signal(object)  # the exception
    idle_warning = Signal(int)  # seconds left before the idle lock
    activity_resumed = Signal()

    def __init__(self, paths: AppPaths, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.workspace: Workspace | None = None
        self.idle_ms = settings.idle_lock_minutes * 60 * 1000
        self._since_activity = QElapsedTimer()
        self._since_activity.start()
        self._since_unlock = QElapsedTimer()
        self._warned = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._check_idle)
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._on_app_state)

    # ----- unlocking

    def today(self) -> date:
        """The workspace's today (its clock), so every default date agrees with the services."""
        return self.workspace.ctx.today() if self.workspace is not None else date.today()

    @property
    def is_unlocked(self) -> bool:
        return self.workspace is not None

    def unlock(self, passphrase: str) -> None:
        paths = self.paths
        run_in_background(lambda: open_workspace(paths, passphrase), self._opened, self.unlock_failed.emit)

    def create(self, passphrase: str, *, passphrase_only: bool, kdf: Any = None) -> None:
        paths = self.paths
        run_in_background(
            lambda: create_workspace(paths, passphrase, passphrase_only=passphrase_only, kdf=kdf),
            self._opened,
            self.unlock_failed.emit,
        )

    def adopt(self, workspace: Workspace) -> None:
        """Start a session on an already opened workspace (the demo launcher and tests)."""
        self._opened(workspace)

    def _opened(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._since_unlock.start()
        self.touch()
        self._ticker.start()
        self.unlocked.emit()

    # ----- locking

    def lock(self) -> None:
        """Drop the key and every screen showing personal data; the store closes after queued work."""
        workspace, self.workspace = self.workspace, None
        self._ticker.stop()
        if workspace is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        self.locked.emit()
        run_in_background(workspace.lock)

    def shutdown(self) -> None:
        """Lock and stop watching input (the window is closing, or a test is done with this session)."""
        self.lock()
        self._ticker.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_ms = minutes * 60 * 1000
        self.touch()

    # ----- idle tracking

    def touch(self) -> None:
        self._since_activity.restart()
        if self._warned:
            self._warned = False
            self.activity_resumed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self.workspace is not None:
            self.touch()
        return False

    def _check_idle(self) -> None:
        if self.workspace is None:
            return
        elapsed = self._since_activity.elapsed()
        if elapsed >= self.idle_ms or self._since_unlock.elapsed() >= MAX_UNLOCKED_MS:
            self.lock()
        elif elapsed >= self.idle_ms - self._warning_ms():
            self._warned = True
            self.idle_warning.emit(int((self.idle_ms - elapsed) / 1000))

    def _warning_ms(self) -> int:
        """Two minutes before the lock (a fifth of a short idle time, never under three checks)."""
        return min(WARN_BEFORE_MS, max(self.idle_ms // 5, 3 * self._ticker.interval()))

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()
