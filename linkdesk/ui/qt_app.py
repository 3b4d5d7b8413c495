"""The Qt application object: scaling, theme, language, and the main window on a session."""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from linkdesk.paths import AppPaths
from linkdesk.services.settings_store import load_settings
from linkdesk.services.workspace import Workspace
from linkdesk.ui import gui_gc, refcount_guard
from linkdesk.ui.background import Background, install
from linkdesk.ui.i18n import Languages
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.os_lock import OsLockWatcher
from linkdesk.ui.session import Session
from linkdesk.ui.theme import apply_theme


@dataclass
class Gui:
    app: QApplication
    window: MainWindow
    session: Session
    languages: Languages
    background: Background


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        if not hasattr(existing, "_linkdesk_guard"):
            existing._linkdesk_guard = refcount_guard.install(existing)  # type: ignore[attr-defined]
        if getattr(existing, "_linkdesk_gc", None) is None:
            existing._linkdesk_gc = gui_gc.install(existing)  # type: ignore[attr-defined]
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("LinkDesk")
    app.setOrganizationName("LinkDesk")
    app.setApplicationDisplayName("LinkDesk")
    app._linkdesk_guard = refcount_guard.install(app)  # type: ignore[attr-defined]
    app._linkdesk_gc = gui_gc.install(app)  # type: ignore[attr-defined]
    return app


def build_gui(
    paths: AppPaths,
    *,
    language: str | None = None,
    demo_passphrase: str | None = None,
    workspace: Workspace | None = None,
) -> Gui:
    """Everything the desktop app is, wired together; `workspace` starts it already unlocked."""
    app = application()
    background = install(Background())
    settings = load_settings(paths)
    if language:
        settings = replace(settings, language=language).cleaned()
    languages = Languages()
    languages.install(settings.language)
    apply_theme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))  # OS light/dark switch
    # Owned by the application (not by Python), so a garbage collection on a worker thread never
    # destroys it there.
    session = Session(paths, settings, app)
    os_lock = OsLockWatcher(session)
    os_lock.lock_requested.connect(session.lock)
    window = MainWindow(session, languages, demo_passphrase=demo_passphrase)
    if workspace is not None:
        session.adopt(workspace)
    return Gui(app, window, session, languages, background)
