"""The OS screen lock and sleep signals lock LinkDesk."""

from __future__ import annotations


def test_screen_saver_and_sleep_signals_lock(qtbot, gui):
    from linkdesk.ui.os_lock import OsLockWatcher

    watcher = gui.session.findChild(OsLockWatcher)
    assert watcher is not None
    watcher.on_active_changed(False)
    assert gui.session.is_unlocked
    watcher.on_active_changed(True)
    qtbot.waitUntil(lambda: gui.window.workspace_view is None)
    assert not gui.session.is_unlocked
