"""Today lists at most 100 rows per section; the last row opens Caseload with the matching filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bench.gui_people import bulk_people
from linkdesk.ui.views.today_view import ROWS_SHOWN


def test_a_long_overdue_list_ends_in_a_row_that_opens_the_caseload_filtered(qtbot, ui_workspace, gui):
    bulk_people(ui_workspace.store, ui_workspace.ctx.today(), 400)  # 133 overdue, 8 flagged
    view = gui.window.workspace_view
    view.show_section("today")
    today = view.today
    qtbot.waitUntil(lambda: today.overdue.count() == ROWS_SHOWN + 1, timeout=10000)
    last = today.overdue.item(ROWS_SHOWN)
    assert last.data(Qt.ItemDataRole.UserRole) == "more:overdue"
    assert "more" in last.text() and "Caseload" in last.text()
    assert today.flags.count() <= ROWS_SHOWN  # a short list has no such row
    assert all(
        not str(today.flags.item(i).data(Qt.ItemDataRole.UserRole)).startswith("more:")
        for i in range(today.flags.count())
    )
    today.overdue.itemClicked.emit(last)
    assert view.current == "caseload"
    assert view.caseload.overdue.isChecked() and not view.caseload.flagged.isChecked()
    qtbot.waitUntil(lambda: gui.background.is_idle() and view.caseload.model.total >= 133, timeout=10000)
    assert all(row.is_overdue for row in view.caseload.model.rows)
