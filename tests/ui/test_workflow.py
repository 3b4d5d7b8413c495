"""The link worker's day, end to end through the GUI: intake -> goal -> prescription -> follow-up with
note -> measure -> plan PDF -> closure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from linkdesk.domain.enums import (
    ClientStatus,
    ClosureReason,
    FollowUpStatus,
    PrescriptionStatus,
    ReferralSource,
)
from linkdesk.ui.views.person.measure_dialog import MeasureDialog
from linkdesk.ui.widgets.form_dialog import FormDialog


def _person_loaded(view, count_check=lambda r: True):
    return lambda: (
        view.person is not None and view.person.record is not None and count_check(view.person.record)
    )


def _save(qtbot, gui, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(gui.background.is_idle, timeout=10000)


def test_intake_to_closure(qtbot, gui, tmp_path):
    view = gui.window.workspace_view
    view.new_referral()
    intake = view.intake
    referral = intake.steps[0]
    referral.source.setCurrentIndex(referral.source.findData(ReferralSource.PHARMACIST))
    referral.reason.setPlainText("Lonely since her husband died")
    qtbot.mouseClick(intake.next_button, Qt.MouseButton.LeftButton)
    person = intake.steps[1]
    person.given.setText("Rosalie")
    person.family.setText("Gauthier")
    person.language.setCurrentIndex(person.language.findData("fr"))
    qtbot.mouseClick(intake.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: intake.stack.currentIndex() == 2)  # no duplicate: on to consent
    consent = intake.steps[2]
    for box in consent.boxes.values():
        box.setChecked(False)
    next(iter(consent.boxes.values())).setChecked(True)  # keep and sync
    qtbot.mouseClick(intake.next_button, Qt.MouseButton.LeftButton)
    intake.steps[3].what_matters.setPlainText("Getting back to choir")
    qtbot.mouseClick(intake.next_button, Qt.MouseButton.LeftButton)
    intake.steps[4].boxes[0].description.setPlainText("Sing with the church choir again")
    qtbot.mouseClick(intake.next_button, Qt.MouseButton.LeftButton)
    intake.steps[5].due.setDate(intake.steps[5].due.date().addDays(7))
    qtbot.mouseClick(intake.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(_person_loaded(view), timeout=10000)
    page = view.person
    record = page.record
    assert record.given_name == "Rosalie"
    assert len(record.goals) == 1 and len(record.follow_ups) == 1
    assert record.assessment is not None and record.assessment.what_matters == "Getting back to choir"

    # a prescription for the goal, then sent (the consent is checked by the service)
    page.tabs.setCurrentWidget(page.prescriptions)
    page.prescriptions._new()
    dialog = page.last_dialog
    dialog.fields.fields["service_name"].editor.setText("Chorale Saint-Jean")
    _save(qtbot, gui, dialog)
    qtbot.waitUntil(_person_loaded(view, lambda r: len(r.prescriptions) == 1))
    page.prescriptions._advance(page.record.prescriptions[0], PrescriptionStatus.SENT)
    _save(qtbot, gui, page.last_dialog)
    qtbot.waitUntil(_person_loaded(view, lambda r: r.prescriptions[0].status is PrescriptionStatus.SENT))

    # the follow-up, completed with its note and the next one booked
    from linkdesk.ui.views.person.contact_dialogs import complete_dialog

    follow_up = page.record.follow_ups[0]
    page.open_dialog(complete_dialog(gui.session, page, follow_up))
    page.last_dialog.fields.fields["summary"].editor.setPlainText("Called; she will try choir on Sunday.")
    _save(qtbot, gui, page.last_dialog)
    qtbot.waitUntil(_person_loaded(view, lambda r: len(r.notes) == 1))
    statuses = sorted(f.status for f in page.record.follow_ups)
    assert statuses == sorted([FollowUpStatus.DONE, FollowUpStatus.SCHEDULED])

    # an outcome measure, item by item
    instrument = page.instruments()["ons4"]
    measure = MeasureDialog(gui.session, page, page.client_id, instrument, "fr")
    page.open_dialog(measure)
    qtbot.mouseClick(measure.next_button, Qt.MouseButton.LeftButton)  # past the introduction
    for item_page in measure.pages:
        item_page.group.button(6).setChecked(True)
        qtbot.mouseClick(measure.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(_person_loaded(view, lambda r: len(r.measures) == 1), timeout=10000)
    assert page.record.measures[0].answers == {item.id: 6 for item in instrument.items}

    # the plan, as a PDF, in the person's language
    page.tabs.setCurrentWidget(page.plan)
    qtbot.waitUntil(lambda: "Chorale Saint-Jean" in page.plan.html)
    target = tmp_path / "plan.pdf"
    page.plan.save_pdf(target)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 1000, timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")

    # closing the case cancels what is still scheduled
    page._close_case()
    closing = page.last_dialog
    closing.fields.fields["reason"].editor.setCurrentIndex(
        closing.fields.fields["reason"].editor.findData(ClosureReason.GOALS_MET)
    )
    _save(qtbot, gui, closing)
    qtbot.waitUntil(_person_loaded(view, lambda r: r.status is ClientStatus.CLOSED))
    assert all(f.status is not FollowUpStatus.SCHEDULED for f in page.record.follow_ups)
    assert page.header.reopen_button.isVisible()


def test_failed_save_keeps_what_was_typed(qtbot, gui):
    view = gui.window.workspace_view
    view.open_person(view.caseload.model.rows[0].client_id if view.caseload.model.rows else _first_id(gui))
    qtbot.waitUntil(_person_loaded(view))
    page = view.person
    from linkdesk.ui.views.person.contact_dialogs import schedule_dialog

    page.open_dialog(schedule_dialog(gui.session, page, page.client_id))
    dialog = page.last_dialog
    due = dialog.fields.fields["due_on"].editor
    due.setDate(due.date().addDays(-30))  # in the past: refused by the service
    dialog.fields.fields["purpose"].editor.setText("Bring the bus schedule")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.fields.fields["due_on"].error.isVisible)
    assert dialog.isVisible()
    assert dialog.fields.fields["purpose"].editor.text() == "Bring the bus schedule"
    assert dialog.fields.fields["due_on"].error.text()


def _first_id(gui):
    from linkdesk.services.caseload import load_caseload

    return load_caseload(gui.session.workspace.ctx).rows[0].client_id


def test_today_lists_overdue_first_and_opens_the_person(qtbot, gui, wait_idle):
    view = gui.window.workspace_view
    qtbot.waitUntil(gui.background.is_idle, timeout=10000)
    assert view.today.overdue.count() == 2
    assert view.today.overdue.item(0).text().startswith("Overdue")
    assert view.today.flags.count() == 1
    item = view.today.overdue.item(0)
    view.today.overdue.itemClicked.emit(item)
    qtbot.waitUntil(_person_loaded(view))
    assert view.person.record.flags or view.person.record.follow_ups


def test_withdraw_consent_and_resolve_a_flag(qtbot, gui, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from linkdesk.domain.enums import ConsentPurpose, FlagStatus

    view = gui.window.workspace_view
    qtbot.waitUntil(lambda: view.today.flags.count() == 1)
    view.today.flags.itemClicked.emit(view.today.flags.item(0))  # the person with a risk flag
    qtbot.waitUntil(_person_loaded(view))
    page = view.person
    from linkdesk.ui.views.person.safety_section import SafetySection

    section = SafetySection(page, page.overview)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section._withdraw(page.record.consents[0])
    qtbot.waitUntil(_person_loaded(view, lambda r: ConsentPurpose.STORE_AND_SYNC not in r.active_purposes))
    from linkdesk.ui.widgets.common import Chip

    assert "No consent to keep and sync" in [chip.label.text() for chip in page.header.findChildren(Chip)]
    flag = next(f for f in page.record.flags if f.status is not FlagStatus.RESOLVED)
    section._resolve(flag)
    dialog = page.last_dialog
    dialog.fields.fields["resolution_note"].editor.setPlainText("Family checked in; safe.")
    _save(qtbot, gui, dialog)
    qtbot.waitUntil(_person_loaded(view, lambda r: all(f.status is FlagStatus.RESOLVED for f in r.flags)))


def test_edit_details_and_see_the_referral(qtbot, gui):
    view = gui.window.workspace_view
    view.open_person(_first_id(gui))
    qtbot.waitUntil(_person_loaded(view))
    page = view.person
    assert page.record.referrals and page.record.referrals[0].reason == "Isolation"
    page.edit_details()
    dialog = page.last_dialog
    dialog.fields.fields["phone"].editor.setText("506 555 0199")
    dialog.fields.fields["pronouns"].editor.setText("elle")
    _save(qtbot, gui, dialog)
    qtbot.waitUntil(_person_loaded(view, lambda r: r.pronouns == "elle"))
    assert page.record.phone and "555" in page.record.phone
    assert "elle" in page.header.facts.text()
