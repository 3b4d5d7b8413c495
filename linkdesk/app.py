"""Composition root of the desktop app: paths -> settings -> session (vault, store, services) -> ui."""

from __future__ import annotations

from linkdesk.paths import AppPaths
from linkdesk.services.workspace import Workspace


def run_gui(
    paths: AppPaths,
    *,
    language: str | None = None,
    demo_passphrase: str | None = None,
    workspace: Workspace | None = None,
) -> int:
    """Open the desktop app and run it until the window closes; returns the process exit code."""
    from linkdesk.ui.qt_app import build_gui  # noqa: PLC0415 - Qt loads only when the GUI is wanted

    gui = build_gui(paths, language=language, demo_passphrase=demo_passphrase, workspace=workspace)
    gui.window.show()
    return int(gui.app.exec())
