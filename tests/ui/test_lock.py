"""Locking: on demand (Ctrl+L), when idle (with a warning first); nothing personal stays on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from linkdesk.ui.views.unlock_view import UnlockView


def _all_text(window: QWidget) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel))


def test_ctrl_l_locks_and_clears_the_screen_then_unlocks(qtbot, gui):
    window = gui.window
    view = window.workspace_view
    view.open_person(view.caseload.model.rows[0].client_id if view.caseload.model.rows else "")
    qtbot.waitUntil(lambda: view.person is not None and view.person.record is not None)
    name = view.person.record.family_name
    assert name in _all_text(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.gate, UnlockView))
    assert window.workspace_view is None
    assert gui.session.workspace is None
    qtbot.waitUntil(lambda: name not in _all_text(window))  # deleted widgets are gone after deleteLater
    assert window.windowTitle() == "LinkDesk"
    gate = window.gate
    gate.passphrase.edit.setText("not the passphrase")
    qtbot.keyClick(gate.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(gate.field.error.isVisible, timeout=10000)
    assert "passphrase" in gate.field.error.text().lower()
    gate.passphrase.edit.setText("correct horse battery staple")
    qtbot.keyClick(gate.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace_view is not None, timeout=10000)
    assert gui.session.is_unlocked


def test_idle_lock_warns_first(qtbot, gui):
    session = gui.session
    session.idle_ms = 5000  # the warning shows for the last three seconds
    session.touch()
    qtbot.waitUntil(gui.window.workspace_view.idle_banner.isVisible, timeout=8000)
    assert "lock" in gui.window.workspace_view.idle_banner.text().lower()
    qtbot.waitUntil(lambda: session.workspace is None, timeout=8000)
    assert isinstance(gui.window.gate, UnlockView)


def test_activity_keeps_it_unlocked(qtbot, gui):
    session = gui.session
    session.idle_ms = 5000
    session.touch()
    qtbot.waitUntil(gui.window.workspace_view.idle_banner.isVisible, timeout=8000)
    qtbot.mouseMove(gui.window.workspace_view)
    qtbot.keyClick(gui.window.workspace_view.caseload.search, Qt.Key.Key_A)
    assert session.is_unlocked
    assert not gui.window.workspace_view.idle_banner.isVisible()


def test_locking_closes_open_dialogs_and_keeps_the_menus(qtbot, gui):
    view = gui.window.workspace_view
    view.open_person(view.caseload.model.rows[0].client_id if view.caseload.model.rows else "")
    qtbot.waitUntil(lambda: view.person is not None and view.person.record is not None)
    view.person.edit_details()
    dialog = view.person.last_dialog
    assert dialog.isVisible()
    gui.session.lock()
    qtbot.waitUntil(lambda: gui.window.workspace_view is None)
    assert not dialog.isVisible()
    assert [a.text() for a in gui.window.menuBar().actions()] == ["&File", "&View", "&Help"]
