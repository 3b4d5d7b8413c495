"""Directory: offline search, a service's detail, prescribing it for a person, suggesting a correction."""

from __future__ import annotations

from PySide6.QtCore import Qt

from linkdesk.services.ui_directory_feedback import pending_suggestions


def _with_directory(ui_workspace):
    from linkdesk.services.demo.directory import load_demo_directory

    load_demo_directory(ui_workspace.store)


def test_search_detail_prescribe_and_suggest(qtbot, ui_paths, ui_workspace):
    _with_directory(ui_workspace)
    from linkdesk.ui.qt_app import build_gui

    gui = build_gui(ui_paths, language="en", workspace=ui_workspace)
    qtbot.addWidget(gui.window)
    gui.window.show()
    qtbot.waitUntil(lambda: gui.window.workspace_view is not None)
    view = gui.window.workspace_view
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    qtbot.keyClick(gui.window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # the rail's shortcut
    directory = view.directory
    qtbot.waitUntil(lambda: view.current == "directory")
    qtbot.keyClicks(directory.search, "food")
    qtbot.waitUntil(lambda: directory.results.count() > 0, timeout=10000)
    assert directory.category.count() > 1 and directory.community.count() > 1
    directory.results.itemClicked.emit(directory.results.item(0))
    qtbot.waitUntil(lambda: directory.detail is not None)
    assert directory.prescribe_button.isEnabled()
    name = directory.detail.name

    # prescribe for someone chosen from the caseload
    directory._prescribe()
    from linkdesk.ui.views.person_picker import PersonPicker

    qtbot.waitUntil(lambda: directory.findChild(PersonPicker) is not None)
    chooser = directory.findChild(PersonPicker)
    qtbot.waitUntil(lambda: chooser.results.count() == 5)
    chooser.results.itemClicked.emit(chooser.results.item(0))
    from linkdesk.ui.widgets.form_dialog import FormDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in directory.findChildren(FormDialog)))
    dialog = next(d for d in directory.findChildren(FormDialog) if d.isVisible())
    assert dialog.fields.fields["service_name"].editor.text() == name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.person is not None and view.person.record is not None, timeout=10000)
    assert any(p.service_name == name and p.service_id for p in view.person.record.prescriptions)

    # a correction for the directory steward
    view.show_section("directory")
    directory._suggest()
    suggestion = next(d for d in directory.findChildren(FormDialog) if d.isVisible())
    suggestion.fields.fields["suggestion"].editor.setPlainText("The Tuesday hours changed to 10-2.")
    qtbot.mouseClick(suggestion.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not suggestion.isVisible(), timeout=10000)
    assert [s.suggestion for s in pending_suggestions(ui_workspace.ctx)] == [
        "The Tuesday hours changed to 10-2."
    ]
    gui.session.shutdown()
    gui.background.wait_for_done()
