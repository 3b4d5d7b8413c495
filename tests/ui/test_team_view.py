"""The Team section offscreen, on a supervisor's laptop enrolled with the real server app in process
(SQLite): the rail shows it only to a supervisor; the dashboard per worker with stale laptops marked in
words; drilling down to the people; a read-only person with the review form, sign-off and history; the
review reaching the worker; resolving an escalated flag; handing a person over online."""

# ruff: noqa: F811 - pytest fixtures imported from the server test package
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.domain.enums import FlagKind, FlagStatus, ReferralSource, Role
from linkdesk.domain.review import ReviewReason
from linkdesk.paths import AppPaths
from linkdesk.server.account_tables import Device
from linkdesk.server.db import reading, writing
from linkdesk.server.tables import CaseReview as ServerReview
from linkdesk.server.tables import Client as ServerClient
from linkdesk.services import flags, intake, timeline
from linkdesk.services.enrolment import enroll
from linkdesk.services.sync_service import make_engine, sync_now
from linkdesk.services.workspace import Workspace
from linkdesk.store.tables import Flag
from linkdesk.sync.state import ROLE
from linkdesk.ui.sync_controller import IDLE
from linkdesk.ui.views.team.dashboard_panel import MEASURES
from linkdesk.ui.views.team.dialogs import HandoverDialog, ResolveFlagDialog
from linkdesk.vault import KDF_FLOOR
from tests.server.conftest import PASSWORD, http, people, settings  # noqa: F401 - fixtures
from tests.server_on_sqlite import clock, engine  # noqa: F401 - fixtures
from tests.sync.test_scenario_c3_c4 import TeamAppTransport

PASSPHRASE = "correct horse battery staple"
URL = "http://127.0.0.1:8443"  # the in-process transport ignores it


@pytest.fixture
def transport(http: TestClient, people) -> TeamAppTransport:
    return TeamAppTransport(http)


@pytest.fixture
def laptops(tmp_path: Path, transport: TeamAppTransport) -> Iterator[dict[str, Workspace]]:
    """w1 with Ana (escalated safeguarding flag) and Bo; w2 with Cy. Both synced."""
    made: dict[str, Workspace] = {}
    for username, names in (("w1", ("Ana", "Bo")), ("w2", ("Cy",))):
        ws = enroll(
            AppPaths(tmp_path / username),
            URL,
            username,
            PASSWORD,
            PASSPHRASE,
            transport=transport,
            passphrase_only=True,
            kdf=KDF_FLOOR,
        ).workspace
        for given in names:
            cid = intake.register_referral(
                ws.ctx,
                person=intake.PersonDetails(given_name=given, family_name="Lakes"),
                referral=intake.ReferralDetails(
                    source=ReferralSource.SELF, received_on=datetime.now(UTC).date()
                ),
            ).client_id
            if given == "Ana":
                flags.raise_flag(
                    ws.ctx, client_id=cid, kind=FlagKind.SAFEGUARDING, description="Worry", escalate=True
                )
        assert sync_now(ws, transport=transport).complete
        made[username] = ws
    yield made
    for ws in made.values():
        if ws.store.is_open:
            ws.lock()


@pytest.fixture
def ui_workspace(ui_paths: AppPaths, transport: TeamAppTransport, laptops) -> Iterator[Workspace]:
    """This laptop is the supervisor s1's (overrides the seeded worker workspace of tests/ui)."""
    ws = enroll(
        ui_paths, URL, "s1", PASSWORD, PASSPHRASE, transport=transport, passphrase_only=True, kdf=KDF_FLOOR
    ).workspace
    assert sync_now(ws, transport=transport).complete
    yield ws
    if ws.store.is_open:
        ws.lock()


def _wire(qtbot, gui, transport: TeamAppTransport) -> None:
    controller = gui.window.sync
    qtbot.waitUntil(lambda: controller.state.status is not None and not controller.is_running, timeout=20000)
    controller.engine_factory = lambda ws: make_engine(ws, transport=transport)
    controller._engine = None  # one made at start would talk HTTP to a server that is not there


def _team_page(qtbot, gui):
    view = gui.window.workspace_view
    qtbot.waitUntil(view.rail.buttons["team"].isVisible, timeout=10000)
    qtbot.mouseClick(view.rail.buttons["team"], Qt.MouseButton.LeftButton)
    return view.team


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item is not None else ""


def _sync_gui(qtbot, gui) -> None:
    controller = gui.window.sync
    before = controller.last_report
    controller.sync_now()
    qtbot.waitUntil(
        lambda: (
            controller.last_report is not before
            and controller.state.phase == IDLE
            and not controller.is_running
        ),
        timeout=20000,
    )


def test_the_team_section_is_only_for_supervisors(qtbot, gui, transport, wait_idle) -> None:
    _wire(qtbot, gui, transport)
    view = gui.window.workspace_view
    qtbot.waitUntil(view.rail.buttons["team"].isVisible, timeout=10000)
    gui.session.workspace.store.set_setting(ROLE, Role.WORKER)
    view.update_team_section()
    qtbot.waitUntil(lambda: not view.rail.buttons["team"].isVisible(), timeout=10000)
    assert view.rail.buttons["team"].text() == "Team"


def test_dashboard_drill_down_review_and_flag(
    qtbot, gui, transport, laptops, engine: Engine, people, wait_idle
) -> None:
    _wire(qtbot, gui, transport)
    # w2's laptop has not synced for ten days: the dashboard says so in words, with an icon.
    with writing(engine) as session:
        device = session.exec(select(Device).where(Device.user_id == people["w2"])).one()
        device.last_seen_at = datetime.now(UTC) - timedelta(days=10)
        session.add(device)
    team = _team_page(qtbot, gui)
    table = team.dashboard.table
    qtbot.waitUntil(
        lambda: table.rowCount() == 2 and team.page is not None and team.page.board.fetched_ms > 0,
        timeout=20000,
    )
    assert [_cell(table, r, 0) for r in range(2)] == ["w1", "w2"]
    active = 1 + MEASURES.index(MEASURES[0])
    flags_col = 1 + [m.value for m in MEASURES].index("flags")
    assert (_cell(table, 0, active), _cell(table, 1, active)) == ("2", "1")
    assert _cell(table, 0, flags_col) == "1"
    last = table.columnCount() - 1
    assert _cell(table, 0, last) == "Synced today"
    assert _cell(table, 1, last) == "Stale: last synced 10 day(s) ago" or _cell(table, 1, last).startswith(
        "Stale:"
    )
    assert not table.item(1, last).icon().isNull() and table.item(0, last).icon().isNull()
    # Drill down: the people behind w1's "Active" figure.
    table.cellClicked.emit(0, active)
    qtbot.waitUntil(lambda: team.dashboard.people.count() == 2, timeout=10000)
    names = sorted(team.dashboard.people.item(i).text() for i in range(2))
    assert names[0].startswith("Ana Lakes") and names[1].startswith("Bo Lakes")
    assert team.dashboard.drill_heading.text() == "w1 — Active (2)"

    # The queue: Ana's escalated flag first, then the monthly sample.
    team.tabs.setCurrentIndex(1)
    assert team.queue.count() >= 2 and team.queue.item(0).text().startswith("Ana Lakes — w1 — Escalated flag")
    team.queue.activated_key.emit(team.queue.item(0).data(Qt.ItemDataRole.UserRole))
    page = team.review
    qtbot.waitUntil(lambda: page.subject is not None and page.heading.text() == "Ana Lakes", timeout=10000)
    assert team.stack.currentWidget() is page and "Read only" in " ".join(
        lbl.text() for lbl in page.findChildren(type(page.facts))
    )
    # Action needed without a note: refused next to the note, nothing written.
    page.action_needed.setChecked(True)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert page.note_field.error.text() == "Say what the worker should do."
    page.checks["consent_current"].setChecked(True)
    page.note.setPlainText("Call the safeguarding lead this week.")
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.done_label.text().startswith("Review signed"), timeout=10000)
    qtbot.waitUntil(lambda: page.subject is not None and len(page.subject.history) == 1, timeout=10000)

    # Resolve the escalated flag from the person page.
    resolve = next(b for b in page.findChildren(type(page.sign_button)) if b.text() == "Resolve…")
    qtbot.mouseClick(resolve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: isinstance(team.dialog, ResolveFlagDialog) and team.dialog.isVisible(), timeout=5000
    )
    dialog = team.dialog
    dialog.note.setPlainText("Spoke with the safeguarding lead; plan in place.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    with gui.session.workspace.store.reading() as session:
        assert [f.status for f in session.exec(select(Flag))] == [FlagStatus.RESOLVED]

    # The review and the resolution sync, and the worker sees the review on Ana's timeline.
    _sync_gui(qtbot, gui)
    with reading(engine) as session:
        assert len(session.exec(select(ServerReview)).all()) == 1
    w1 = laptops["w1"]
    sync_now(w1, transport=transport)
    with w1.store.reading() as session:
        ana = session.exec(select(Flag)).one()
        assert ana.status == FlagStatus.RESOLVED
    entries = timeline.person_timeline(w1.ctx, client_id=ana.client_id)
    assert [(e.title, e.detail) for e in entries if e.kind == "case_review"] == [
        ("action_needed", "Call the safeguarding lead this week.")
    ]
    team.tabs.setCurrentIndex(3)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: team.history.count() == 1, timeout=10000)
    assert "Action needed" in team.history.item(0).text()


def test_handover_from_the_person_page(
    qtbot, gui, transport, laptops, engine: Engine, people, wait_idle
) -> None:
    _wire(qtbot, gui, transport)
    team = _team_page(qtbot, gui)
    qtbot.waitUntil(lambda: team.page is not None and team.page.board.fetched_ms > 0, timeout=20000)
    with reading(engine) as session:
        bo = session.exec(select(ServerClient).where(ServerClient.given_name == "Bo")).one()
    team.open_review(bo.id, ReviewReason.OTHER)
    page = team.review
    qtbot.waitUntil(lambda: page.subject is not None and page.handover_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(page.handover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(team.dialog, HandoverDialog) and team.dialog.isVisible(), timeout=5000)
    dialog = team.dialog
    assert [dialog.worker.itemText(i) for i in range(dialog.worker.count())] == ["w2"]
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.done_value is not None and dialog.done_value.result.to_user_id == people["w2"]
    with reading(engine) as session:
        assert session.get(ServerClient, bo.id).assigned_worker_id == people["w2"]  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: page.subject is not None and page.subject.record.assigned_worker_id == people["w2"],
        timeout=10000,
    )
    assert "Worker: w2" in page.facts.text()
    # w1's laptop lets Bo go at its next sync.
    report = sync_now(laptops["w1"], transport=transport)
    assert report.evicted == 1
