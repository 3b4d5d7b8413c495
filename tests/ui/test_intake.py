"""Intake: the duplicate warning, drafts that resume, and completing it with the keyboard alone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linkdesk.services.drafts import list_intake_drafts


def test_possible_duplicate_is_shown_before_creating(qtbot, gui):
    view = gui.window.workspace_view
    view.new_referral()
    intake = view.intake
    intake.go(1)
    person = intake.steps[1]
    person.given.setText("Margeurite")  # a typo of someone already on the laptop, same birth date
    person.family.setText("Tremblay")
    person.dob.setDate(person.dob.date().fromString("1948-05-02", "yyyy-MM-dd"))
    qtbot.mouseClick(intake.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(intake.duplicates.isVisible)
    assert intake.stack.currentIndex() == 1
    intake.duplicates.use_existing.emit("x", "Marguerite Tremblay")
    assert intake.existing == ("x", "Marguerite Tremblay")
    assert intake.stack.currentIndex() == 2


def test_a_draft_is_saved_with_ctrl_s_and_resumed(qtbot, gui):
    window = gui.window
    view = window.workspace_view
    view.new_referral()
    intake = view.intake
    intake.go(1)
    intake.steps[1].given.setText("Hélène")
    intake.steps[1].community.setText("Shediac")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: intake.draft_id is not None)
    drafts = list_intake_drafts(gui.session.workspace.ctx)
    assert [d.label for d in drafts] == ["Hélène"]
    view.show_section("today")
    qtbot.waitUntil(lambda: view.today.drafts.count() == 1)
    intake._reset()
    assert intake.steps[1].given.text() == ""
    view.today.drafts.itemClicked.emit(view.today.drafts.item(0))
    qtbot.waitUntil(lambda: intake.steps[1].given.text() == "Hélène")
    assert intake.stack.currentIndex() == 1
    assert intake.steps[1].community.text() == "Shediac"


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_intake_with_the_keyboard_alone(qtbot, gui):
    window = gui.window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.workspace_view
    intake = view.intake
    qtbot.waitUntil(intake.isVisible)
    # step 1: Alt+N is "Next" everywhere in the intake
    qtbot.waitUntil(lambda: QApplication.focusWidget() is intake.steps[0].source)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is intake.steps[1].given)
    _type(qtbot, "Kateri")
    _tab(qtbot)
    _type(qtbot, "Sappier")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: intake.stack.currentIndex() == 2, timeout=10000)
    assert QApplication.focusWidget() is intake.steps[2].first_input()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # consent to keep and sync
    for step in (3, 4, 5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda step=step: intake.stack.currentIndex() == step)
        if step == 4:
            _type(qtbot, "Walk with my sister every week")
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier
    )  # Save and finish
    qtbot.waitUntil(lambda: view.person is not None and view.person.record is not None, timeout=10000)
    record = view.person.record
    assert (record.given_name, record.family_name) == ("Kateri", "Sappier")
    assert [g.description for g in record.goals] == ["Walk with my sister every week"]
    assert record.follow_ups[0].due_on > date(2026, 3, 3)


def test_start_another_keeps_the_first_as_a_draft(qtbot, gui):
    view = gui.window.workspace_view
    view.new_referral()
    intake = view.intake
    intake.go(1)
    intake.steps[1].given.setText("Noor")
    qtbot.mouseClick(intake.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.steps[1].given.text() == "")
    assert intake.stack.currentIndex() == 0
    assert [d.label for d in list_intake_drafts(gui.session.workspace.ctx)] == ["Noor"]


def test_the_most_pressing_need_is_saved_with_priority_one(qtbot, gui):
    from sqlmodel import select

    from linkdesk.domain.enums import NeedDomain, NeedLevel
    from linkdesk.store.tables import Client, Need

    view = gui.window.workspace_view
    view.new_referral()
    intake = view.intake
    intake.go(1)
    intake.steps[1].given.setText("Odile")
    intake.steps[1].family.setText("Savard")
    intake.duplicates_checked = True
    assessment = next(s for s in intake.steps if s.key == "assessment")
    intake.go(intake.steps.index(assessment))
    assessment.what_matters.setPlainText("Retrouver le chœur")
    top = assessment.top_need
    top.setCurrentIndex(top.findData(NeedDomain.HOUSING.value))
    intake.finish()  # housing has no level yet: the message sits next to the choice, nothing is saved
    qtbot.waitUntil(assessment.fields.fields["top_need"].error.isVisible)
    assert "level" in assessment.fields.fields["top_need"].error.text()
    level = assessment.levels[NeedDomain.HOUSING]
    level.setCurrentIndex(level.findData(NeedLevel.HIGH))
    other = assessment.levels[NeedDomain.FOOD_SECURITY]
    other.setCurrentIndex(other.findData(NeedLevel.LOW))
    opened: list[str] = []
    intake.open_person.connect(opened.append)
    intake.finish()
    qtbot.waitUntil(lambda: bool(opened))
    with gui.session.workspace.ctx.read() as session:
        needs = session.exec(select(Need).where(Need.client_id == opened[0])).all()
        assert {(n.domain, n.priority) for n in needs} == {
            (NeedDomain.HOUSING, 1),
            (NeedDomain.FOOD_SECURITY, None),
        }
        assert len(session.exec(select(Client).where(Client.given_name == "Odile")).all()) == 1
