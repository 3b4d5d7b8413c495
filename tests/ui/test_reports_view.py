"""The Reports screen: figures for a date range as tables and charts, exports, and charts drawn offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QTableWidget

from linkdesk.ui.theme import colours
from linkdesk.ui.views.reports.charts import BarChart, PairedChart
from linkdesk.ui.views.reports.report_document import chart_image
from linkdesk.ui.views.reports.reports_view import default_start
from linkdesk.ui.widgets.forms import date_edit


def primary_pixels(image: QImage) -> int:
    """Pixels painted in the chart colour (bars), sampled every other pixel."""
    primary = QColor(colours()["primary"]).rgb()
    return sum(
        image.pixel(x, y) == primary for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    )


def test_bar_chart_draws_bars_in_proportion(qtbot) -> None:
    small = BarChart([("A", 1.0), ("B", 0.0)], "Small")
    big = BarChart([("A", 10.0), ("B", 10.0)], "Big")
    for chart in (small, big):
        qtbot.addWidget(chart)
    a, b = chart_image(small), chart_image(big)
    assert a.width() == 640 and a.height() > 0
    assert primary_pixels(a) > 50  # the one full bar
    assert primary_pixels(b) > 1.5 * primary_pixels(a)  # two full bars
    assert "A: 1" in small.accessibleDescription()


def test_paired_chart_draws_baseline_and_follow_up(qtbot) -> None:
    chart = PairedChart([("Total score", 6.75, 5.0)], 9.0, "Change")
    qtbot.addWidget(chart)
    image = chart_image(chart)
    assert primary_pixels(image) > 100  # solid follow-up bar (and the hatched baseline's lines)
    assert "6.75" in chart.accessibleDescription() and "5.00" in chart.accessibleDescription()
    empty = PairedChart([], 9.0, "Nothing")
    qtbot.addWidget(empty)
    assert primary_pixels(chart_image(empty)) < primary_pixels(image) / 4  # only the legend swatches


def test_default_period_is_this_month_and_the_two_before() -> None:
    assert default_start(date(2026, 3, 3)) == date(2026, 1, 1)
    assert default_start(date(2026, 1, 31)) == date(2025, 11, 1)
    assert default_start(date(2026, 12, 1)) == date(2026, 10, 1)


def tables_by_name(view) -> dict[str, QTableWidget]:  # type: ignore[no-untyped-def]
    found: dict[str, QTableWidget] = {}
    for table in view.findChildren(QTableWidget):
        found.setdefault(table.accessibleName(), table)
    return found


def cell_rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_reports_screen_shows_figures_and_exports(qtbot, gui, wait_idle, tmp_path: Path) -> None:
    workspace = gui.window.workspace_view
    assert "reports" in workspace.rail.buttons
    workspace.rail.buttons["reports"].click()
    view = workspace.reports
    assert workspace.stack.currentWidget() is view
    wait_idle()
    assert view.report is not None
    # The UI data set: five people referred by a physician on 1 Feb 2026, each assessed on 3 March with
    # social isolation high and transportation medium.
    tables = tables_by_name(view)
    referrals = cell_rows(tables["Referrals by source"])
    assert ["Physician", "5"] in referrals
    assert referrals[-1] == ["Total", "5"]
    needs = cell_rows(tables["Needs by domain"])
    assert ["Social isolation / loneliness", "5", "0", "0", "5"] in needs or any(
        row[0].startswith("Social isolation") and row[1:] == ["5", "0", "0", "5"] for row in needs
    )
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert "People assessed: 5" in texts
    assert any(t.startswith("From Thursday 1 January 2026 to Tuesday 3 March 2026.") for t in texts)
    assert view.worker.count() == 2  # everyone, and "My caseload (people: 5)"
    assert view.worker.itemText(1) == "My caseload (people: 5)"

    view.export_csv(tmp_path / "safe.csv", deidentified=True)
    wait_idle()
    text = (tmp_path / "safe.csv").read_text(encoding="utf-8-sig")
    assert "referrals_by_source,source,physician,referrals,5\n" in text
    assert "referrals_by_source,source,nurse,referrals,suppressed\n" in text
    view.export_pdf(tmp_path / "report.pdf")
    wait_idle()
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000
    assert view.status.text() == "Saved as report.pdf"


def test_a_period_that_ends_before_it_starts_is_not_run(qtbot, gui, wait_idle) -> None:
    workspace = gui.window.workspace_view
    workspace.show_section("reports")
    wait_idle()
    view = workspace.reports
    before = view.report
    view.start.setDate(date_edit(date(2026, 3, 5)).date())
    view.end.setDate(date_edit(date(2026, 3, 1)).date())
    view.run()
    wait_idle()
    assert view.status.text() == "The start date must be on or before the end date."
    assert view.report is before


def test_outcome_change_table_and_chart_for_the_hand_worked_data_set(qtbot, gui) -> None:
    from tests.reports_dataset import Clock, build, clocked

    def wait_idle() -> None:  # more patient than the fixture: a shared machine can be slow here
        qtbot.waitUntil(gui.background.is_idle, timeout=60000)

    session = gui.session
    ws = session.workspace
    clock = Clock()
    build(clocked(ws.ctx, ws.store, clock), clocked(ws.ctx, ws.store, clock, user_id="worker-2"), clock)
    workspace = gui.window.workspace_view
    workspace.show_section("reports")
    wait_idle()
    view = workspace.reports
    view.start.setDate(date_edit(date(2026, 2, 1)).date())
    view.end.setDate(date_edit(date(2026, 2, 28)).date())
    view.worker.setCurrentIndex(0)
    view.show_button.click()
    wait_idle()
    tables = tables_by_name(view)
    ucla = cell_rows(tables["Three-item loneliness scale (UCLA-3)"])
    assert ucla[0] == ["Total score", "Lower is better", "4", "6.75", "5.00", "-1.75", "50%"]
    assert ucla[1][:3] == ["Direct question: how often lonely", "Lower is better", "0"]
    ons4 = cell_rows(tables["ONS personal wellbeing (ONS4)"])
    assert ons4[3] == ["Anxiety yesterday", "Lower is better", "2", "5.00", "3.50", "-1.50", "50%"]
    assert ons4[0] == ["Life satisfaction", "Higher is better", "2", "5.50", "6.00", "0.50", "50%"]
    charts = {c.accessibleName(): c for c in view.findChildren(PairedChart)}
    chart = charts["Change in Three-item loneliness scale (UCLA-3)"]
    assert chart.rows == [("Total score", 6.75, 5.0)] and chart.maximum == 9.0
    assert primary_pixels(chart_image(chart)) > 100
    # The UI fixture's five people were also referred on 1 Feb (by a physician): 2 + 5 physicians.
    assert ["Physician", "7"] in cell_rows(tables["Referrals by source"])
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert "Time recorded: 1 h 50 min over 4 contacts (mean 27.5 min)" in texts
    assert "Contacts with no duration recorded (not in the time spent): 1" in texts


def test_reports_page_inputs_are_named_and_keyboard_reachable(qtbot, gui, wait_idle) -> None:
    from PySide6.QtWidgets import QComboBox, QDateEdit

    workspace = gui.window.workspace_view
    workspace.show_section("reports")
    wait_idle()
    view = workspace.reports
    inputs = view.findChildren(QDateEdit) + view.findChildren(QComboBox)
    assert len(inputs) == 3
    assert sorted(w.accessibleName() for w in inputs) == ["From", "To", "Whose people"]
    assert workspace.rail.buttons["reports"].toolTip() == "Reports (Alt+6)"
    for table in view.findChildren(QTableWidget):
        assert table.accessibleName()
