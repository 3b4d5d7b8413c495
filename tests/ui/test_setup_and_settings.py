"""First run (create the vault), the demo notice, and Settings: idle lock, language, passphrase change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from linkdesk.services.settings_store import load_settings
from linkdesk.ui.views.setup_view import SetupView
from linkdesk.ui.views.unlock_view import UnlockView


def test_first_run_creates_the_vault_and_explains_passphrase_only(qtbot, ui_paths):
    from linkdesk.ui.qt_app import build_gui

    gui = build_gui(ui_paths, language="en")
    qtbot.addWidget(gui.window)
    gui.window.show()
    setup = gui.window.gate
    assert isinstance(setup, SetupView)
    qtbot.waitUntil(setup.create_button.isEnabled, timeout=10000)
    # the test machine has no OS keyring: passphrase-only mode is explained and must be chosen
    assert setup.passphrase_only.isVisibleTo(setup)
    assert "passphrase-only" in setup.keyring_note.text()
    setup.passphrase.edit.setText("short")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.passphrase_field.error.isVisibleTo(setup)
    setup.passphrase.edit.setText("river stone lantern morning")
    setup.confirm.edit.setText("river stone lantern morning")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.error.isVisibleTo(setup)  # passphrase-only not ticked yet
    setup.passphrase_only.setChecked(True)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.window.workspace_view is not None, timeout=30000)
    assert gui.session.workspace.vault.header.mode == "passphrase_only"
    gui.session.lock()
    qtbot.waitUntil(lambda: isinstance(gui.window.gate, UnlockView))
    gui.session.shutdown()
    gui.background.wait_for_done()


def test_the_unlock_screen_says_demo_data(qtbot, ui_paths, ui_workspace):
    from linkdesk.ui.qt_app import build_gui

    ui_workspace.lock()
    gui = build_gui(ui_paths, language="en", demo_passphrase="demo caseload only")
    qtbot.addWidget(gui.window)
    gui.window.show()
    gate = gui.window.gate
    assert isinstance(gate, UnlockView)
    texts = " ".join(label.text() for label in gate.findChildren(type(gate.field.caption)))
    assert "Demo data" in texts and "demo caseload only" in texts
    gui.session.shutdown()


def test_settings_change_idle_time_and_language(qtbot, gui, ui_paths):
    view = gui.window.workspace_view
    view.show_section("settings")
    settings = view.settings
    settings.idle.setValue(5)
    settings.language.setCurrentIndex(settings.language.findData("fr_CA"))
    settings.save()
    qtbot.waitUntil(lambda: gui.session.settings.language == "fr_CA")
    assert gui.session.idle_ms == 5 * 60 * 1000
    assert load_settings(ui_paths).idle_lock_minutes == 5
    qtbot.waitUntil(lambda: gui.window.workspace_view is not view)  # rebuilt in French
    assert gui.window.workspace_view.rail.buttons["today"].text() == "Aujourd\u2019hui"
    assert gui.window.windowTitle() == "LinkDesk"
    assert "Tremblay" not in (ui_paths.data_dir / "ui-settings.json").read_text()


def test_passphrase_change(qtbot, gui):
    view = gui.window.workspace_view
    view.show_section("settings")
    settings = view.settings
    settings.old.edit.setText("not it at all")
    settings.new.edit.setText("a brand new long passphrase")
    settings._change_passphrase()
    qtbot.waitUntil(settings.old_field.error.isVisible, timeout=10000)
    settings.old.edit.setText("correct horse battery staple")
    settings._change_passphrase()
    qtbot.waitUntil(lambda: "changed" in settings.passphrase_status.text(), timeout=10000)
    gui.session.lock()
    gate = gui.window.gate
    gate.passphrase.edit.setText("a brand new long passphrase")
    gate._submit()
    qtbot.waitUntil(lambda: gui.window.workspace_view is not None, timeout=10000)
