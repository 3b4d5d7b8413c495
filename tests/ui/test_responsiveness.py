"""The caseload at 20,000 people: A-Z order, search, lazy paging, sorting and filters all work at volume.

How long the GUI thread stalls meanwhile is measured by `bench/bench_gui.py` (`make bench`), not here:
timing asserts flake on a loaded machine.
"""

from __future__ import annotations

import pytest

from bench.gui_people import bulk_people
from linkdesk.domain.names import sort_name

PEOPLE = 20_000


@pytest.mark.slow
def test_the_caseload_works_at_20000(qtbot, ui_paths, ui_workspace):
    bulk_people(ui_workspace.store, ui_workspace.ctx.today(), PEOPLE)
    from linkdesk.ui.qt_app import build_gui

    gui = build_gui(ui_paths, language="en", workspace=ui_workspace)
    qtbot.addWidget(gui.window)
    gui.window.show()
    qtbot.waitUntil(lambda: gui.window.workspace_view is not None)
    view = gui.window.workspace_view
    idle = gui.background.is_idle
    qtbot.waitUntil(idle, timeout=30000)
    try:
        view.show_section("caseload")
        caseload = view.caseload
        qtbot.waitUntil(lambda: caseload.model.total >= PEOPLE, timeout=30000)
        first = [sort_name(r.family_name, r.given_name) for r in caseload.model.rows[:50]]
        assert first == sorted(first), "the caseload opens in A-Z order"
        for text in ("T", "Tr", "Tre", "Trem"):
            qtbot.keyClicks(caseload.search, text[-1])
        qtbot.waitUntil(lambda: 0 < caseload.model.total < PEOPLE and idle(), timeout=30000)
        caseload.search.clear()
        qtbot.waitUntil(lambda: caseload.model.total >= PEOPLE and idle(), timeout=30000)
        for _ in range(5):  # scroll to the end five times: five more pages arrive lazily
            caseload.table.scrollToBottom()
            qtbot.waitUntil(idle, timeout=30000)
        assert len(caseload.model.rows) > 300
        caseload.model.sort(2)  # by status
        qtbot.waitUntil(idle, timeout=30000)
        caseload.model.sort(3)  # by next follow-up: a subquery per person, indexed
        qtbot.waitUntil(idle, timeout=30000)
        due = [r.next_due_on for r in caseload.model.rows[:100] if r.next_due_on is not None]
        assert len(due) > 50 and due == sorted(due)
        caseload.flagged.setChecked(True)
        qtbot.waitUntil(lambda: idle() and caseload.model.total < PEOPLE, timeout=30000)
        assert caseload.model.total >= PEOPLE // 50  # every 50th person has an open flag
        caseload.flagged.setChecked(False)
        caseload.overdue.setChecked(True)
        qtbot.waitUntil(lambda: idle() and caseload.model.total < PEOPLE, timeout=30000)
        overdue = caseload.model.total
        assert 0 < overdue < PEOPLE
    finally:
        gui.session.shutdown()
        gui.background.wait_for_done()
