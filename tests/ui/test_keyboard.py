"""Keyboard first: on every screen each Alt+letter mnemonic is unique, and every input has a name."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

MNEMONIC = re.compile(r"&([^&\s])")
INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit)


def _mnemonics(window) -> list[str]:
    found = [m.lower() for a in window.menuBar().actions() for m in MNEMONIC.findall(a.text())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            found += [m.lower() for m in MNEMONIC.findall(widget.text())]
    return found


def _unnamed_inputs(window) -> list[str]:
    return [
        type(w).__name__
        for w in window.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and w.isVisibleTo(window)
        and not w.accessibleName()
        and not isinstance(w.parent(), QComboBox | QSpinBox | QDateEdit)
    ]


def _check(window) -> None:
    counts = Counter(_mnemonics(window))
    assert [k for k, n in counts.items() if n > 1] == []
    assert _unnamed_inputs(window) == []


@pytest.mark.parametrize("language", ["en", "fr_CA"])
def test_mnemonics_are_unique_and_inputs_named(qtbot, ui_paths, ui_workspace, language):
    from linkdesk.ui.qt_app import build_gui

    gui = build_gui(ui_paths, language=language, workspace=ui_workspace)
    qtbot.addWidget(gui.window)
    gui.window.show()
    qtbot.waitUntil(lambda: gui.window.workspace_view is not None)
    view = gui.window.workspace_view
    try:
        for section in ("today", "caseload", "directory", "settings"):
            view.show_section(section)
            qtbot.waitUntil(gui.background.is_idle)
            _check(gui.window)
        view.new_referral()
        for step in range(len(view.intake.steps)):
            view.intake.go(step)
            _check(gui.window)
    finally:
        gui.session.shutdown()
        gui.background.wait_for_done()
        gui.languages.install("en")


def _key(qtbot, key, modifier=None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget(), key, modifier or Qt.KeyboardModifier.NoModifier)


def test_follow_up_and_note_with_the_keyboard_alone(qtbot, gui):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    view = gui.window.workspace_view
    qtbot.waitUntil(lambda: view.today.overdue.count() == 2)
    view.today.overdue.setFocus()
    view.today.overdue.setCurrentRow(0)
    _key(qtbot, Qt.Key.Key_Return)  # opens the person
    qtbot.waitUntil(lambda: view.person is not None and view.person.record is not None)
    page = view.person
    page.tabs.setCurrentWidget(page.follow_ups)
    qtbot.waitUntil(gui.background.is_idle)
    complete = next(
        b for b in page.follow_ups.findChildren(QAbstractButton) if b.text().startswith("Complete with note")
    )
    complete.setFocus()
    qtbot.keyClick(complete, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.last_dialog is not None and page.last_dialog.isVisible())
    dialog = page.last_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields.fields["summary"].editor)
    qtbot.keyClicks(QApplication.focusWidget(), "Talked about the lunch club.")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Return)  # the dialog's default button saves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: len(page.record.notes) == 1)
    assert page.record.notes[0].summary == "Talked about the lunch club."

    note_button = next(b for b in page.follow_ups.findChildren(QAbstractButton) if b.text() == "Add note")
    note_button.setFocus()
    qtbot.keyClick(note_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.last_dialog is not dialog and page.last_dialog.isVisible())
    note = page.last_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note.fields.fields["summary"].editor)
    qtbot.keyClicks(QApplication.focusWidget(), "Left a message with her daughter.")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: len(page.record.notes) == 2)
