"""The desktop's sync, offscreen, against the real server app in process (SQLite): connect from Settings
and at first run, the status bar, the conflicts inbox, the "not accepted" list, signing out, the clock
warning, pausing while locked, a revoked laptop and the offline lease."""

# ruff: noqa: F811 - pytest fixtures imported from the server test package
from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.paths import AppPaths
from linkdesk.server import admin
from linkdesk.server.db import reading, writing
from linkdesk.server.tables import Client as ServerClient
from linkdesk.services.connect import connect_workspace
from linkdesk.services.sync_service import make_engine, sync_now
from linkdesk.services.workspace import Workspace, create_workspace, workspace_exists
from linkdesk.store.replica import StoreReplica
from linkdesk.store.tables import Client
from linkdesk.sync import state as keys
from linkdesk.sync.engine import SyncEngine
from linkdesk.sync.report import SyncReport, seconds_left
from linkdesk.ui.sync_controller import IDLE, SyncController, _Observer
from linkdesk.ui.views.setup_view import SetupView
from linkdesk.ui.views.sync.inbox import ConflictCard, NotAcceptedCard
from linkdesk.ui.views.sync.lease_view import LeaseView
from linkdesk.vault import KDF_FLOOR
from tests.server.conftest import PASSWORD, http, people, settings  # noqa: F401 - fixtures
from tests.server_on_sqlite import clock, engine  # noqa: F401 - fixtures
from tests.sync.support import AppTransport

URL = "http://127.0.0.1:8443"  # the in-process transport ignores it


@pytest.fixture
def transport(http, people) -> AppTransport:
    return AppTransport(http)


def _use(controller: SyncController, transport: AppTransport, *, skew_ms: int = 0) -> None:
    controller.connect_transport = transport
    wall = (lambda: time.time_ns() // 1_000_000 + skew_ms) if skew_ms else None
    controller.engine_factory = lambda ws: make_engine(ws, transport=transport, wall_ms=wall)


def _synced(controller: SyncController) -> bool:
    state = controller.state
    return (
        state.phase == IDLE
        and not controller.is_running
        and state.status is not None
        and state.status.last_success_ms > 0
    )


def _connect(qtbot, gui, transport: AppTransport, username: str = "w1") -> SyncController:
    controller = gui.window.sync
    _use(controller, transport)
    view = gui.window.workspace_view
    view.show_section("settings")
    card = view.settings.connect_card
    card.url.setText(URL)
    card.username.setText(username)
    card.password.setText(PASSWORD)
    qtbot.mouseClick(card.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _synced(controller), timeout=20000)
    return controller


def _laptop(tmp_path: Path, name: str, transport: AppTransport, username: str = "w1") -> Workspace:
    ws = create_workspace(
        AppPaths(tmp_path / name),
        "another long passphrase",
        keyring=None,
        passphrase_only=True,
        kdf=KDF_FLOOR,
    )
    connect_workspace(ws, URL, username, PASSWORD, transport=transport)
    assert sync_now(ws, transport=transport).complete
    return ws


def _edit(ws: Workspace, client_id: str, **changes: object) -> None:
    with ws.ctx.write() as uow:
        client = uow.get(Client, client_id)
        assert client is not None
        uow.update(client, changes)


def _sync_and_wait(qtbot, gui) -> None:
    controller = gui.window.sync
    before = controller.state.status.last_success_ms if controller.state.status else 0
    qtbot.wait(5)  # last sync times are in ms: make the next one distinguishable
    qtbot.keyClick(gui.window, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: _synced(controller) and controller.state.status.last_success_ms > before, timeout=20000
    )


def _first_person(ws: Workspace) -> str:
    with ws.store.reading() as session:
        return session.exec(select(Client).order_by(Client.sort_name)).first().id  # type: ignore[union-attr]


def test_connect_from_settings_sends_the_caseload_and_the_status_bar_follows(
    qtbot, gui, transport: AppTransport, engine: Engine, people: dict[str, str]
) -> None:
    status = gui.window.status
    qtbot.waitUntil(lambda: gui.window.sync.state.status is not None)
    assert "Not connected to a regional server" in status.connection.text.text()
    assert not status.sync_button.isVisible()
    view = gui.window.workspace_view
    view.show_section("settings")
    card = view.settings.connect_card
    _use(gui.window.sync, transport)
    # A wrong password: a clear message next to the password, nothing saved.
    card.url.setText(URL)
    card.username.setText("w1")
    card.password.setText("not the password")
    qtbot.mouseClick(card.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(card.password_field.error.isVisible, timeout=10000)
    assert "username or password" in card.password_field.error.text()
    assert StoreReplica(gui.session.workspace.store).load_state() == {}
    card.url.setText("http://example.org")
    card.password.setText(PASSWORD)
    qtbot.mouseClick(card.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(card.url_field.error.isVisible, timeout=10000)
    assert "https://" in card.url_field.error.text()

    controller = _connect(qtbot, gui, transport)

    assert controller.state.pending == 0
    assert status.pending.text.text() == "Everything synced"
    assert status.last_sync.text().startswith("Synced ") and status.last_sync.isVisible()
    assert status.connection.text.text() == "Connected" and status.sync_button.isVisible()
    assert card.connected_note.isVisible() and "w1" in card.connected_note.text()
    with reading(engine) as session:
        rows = session.exec(select(ServerClient)).all()
    assert len(rows) == 5 and {r.assigned_worker_id for r in rows} == {people["w1"]}
    view.show_section("sync")
    sync_page = view.sync_view
    assert "signed in as w1" in sync_page.server.text()
    assert "0 change" in sync_page.facts.text() and "waiting" in sync_page.facts.text()
    # A save on this laptop: waiting shows at once, then F5 sends it.
    _edit(gui.session.workspace, _first_person(gui.session.workspace), phone="306 555 0199")
    status.saved()
    qtbot.waitUntil(lambda: controller.state.pending == 1 or controller.is_running, timeout=10000)
    _sync_and_wait(qtbot, gui)
    assert controller.state.pending == 0


def test_a_conflict_from_two_laptops_is_settled_in_the_inbox_and_syncs(
    qtbot, gui, transport: AppTransport, engine: Engine, tmp_path: Path
) -> None:
    controller = _connect(qtbot, gui, transport)
    other = _laptop(tmp_path, "other", transport)
    ws = gui.session.workspace
    cid = _first_person(ws)
    _edit(other, cid, phone="306 555 0101")
    assert sync_now(other, transport=transport).complete
    _edit(ws, cid, phone="306 555 0202")
    _sync_and_wait(qtbot, gui)
    assert controller.last_report.conflicts == 1
    view = gui.window.workspace_view
    view.show_section("sync")
    page = view.sync_view
    qtbot.waitUntil(lambda: bool(page.findChildren(ConflictCard)), timeout=10000)
    [card] = page.findChildren(ConflictCard)
    texts = " ".join(label.text() for label in card.findChildren(type(page.server)))
    assert "306 555 0101" in texts and "306 555 0202" in texts and "phone" in texts
    assert "you on this laptop" in texts and "you on another device" in texts
    use = card.use_button.text()
    chosen = "306 555 0101" if "0101" in use else "306 555 0202"
    qtbot.mouseClick(card.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.findChildren(ConflictCard) or page.inbox.conflicts == [], timeout=10000)
    _sync_and_wait(qtbot, gui)
    assert controller.last_report.conflicts == 0 and controller.state.pending == 0
    with reading(engine) as session:
        assert session.get(ServerClient, cid).phone == chosen  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.inbox is not None and page.inbox.conflicts == [], timeout=10000)
    other.lock()


def test_a_refused_change_is_listed_with_its_reason_and_can_be_dismissed(
    qtbot, gui, transport: AppTransport, people: dict[str, str]
) -> None:
    _connect(qtbot, gui, transport)
    ws = gui.session.workspace
    _edit(ws, _first_person(ws), assigned_worker_id=people["w2"])
    _sync_and_wait(qtbot, gui)
    view = gui.window.workspace_view
    view.show_section("sync")
    page = view.sync_view
    qtbot.waitUntil(lambda: bool(page.findChildren(NotAcceptedCard)), timeout=10000)
    [card] = page.findChildren(NotAcceptedCard)
    texts = " ".join(label.text() for label in card.findChildren(type(page.server)))
    assert "Only the regional server can change this" in texts
    assert "assigned worker" in texts and people["w2"] in texts
    qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.inbox is not None and page.inbox.not_accepted == [], timeout=10000)


def _answer_sign_out(qtbot, page, click: str, seen: list[str]) -> None:
    def answer() -> None:
        box: QMessageBox = page.sign_out_box
        seen.append(box.text())
        for b in box.buttons():
            if b.text().startswith(click):
                b.click()
                return
        raise AssertionError([b.text() for b in box.buttons()])

    QTimer.singleShot(50, answer)
    qtbot.mouseClick(page.sign_out_button, Qt.MouseButton.LeftButton)


def test_sign_out_warns_when_changes_are_waiting(qtbot, gui, transport: AppTransport, ui_paths) -> None:
    controller = _connect(qtbot, gui, transport)
    controller._debounce.setInterval(60_000)  # the test decides when to sync
    ws = gui.session.workspace
    _edit(ws, _first_person(ws), phone="306 555 0303")
    controller.refresh_status()
    qtbot.waitUntil(lambda: controller.state.pending == 1, timeout=10000)
    view = gui.window.workspace_view
    view.show_section("sync")
    seen: list[str] = []
    _answer_sign_out(qtbot, view.sync_view, "Cancel", seen)
    assert "1 change" in seen[0] and "not reached the server" in seen[0]
    assert "lost" in seen[0]
    assert gui.session.is_unlocked and workspace_exists(ui_paths)
    _answer_sign_out(qtbot, view.sync_view, "Sign out and lose", seen)
    qtbot.waitUntil(lambda: isinstance(gui.window.gate, SetupView), timeout=10000)
    assert not workspace_exists(ui_paths)
    assert "signed out" in gui.window.gate.notice.text()


def test_the_clock_warning_shows_when_the_clock_is_off(qtbot, gui, transport: AppTransport) -> None:
    controller = _connect(qtbot, gui, transport)
    page = gui.window.workspace_view.sync_view
    gui.window.workspace_view.show_section("sync")
    assert not page.clock_banner.isVisible()
    _use(controller, transport, skew_ms=7 * 60 * 1000)
    controller._engine = None
    _sync_and_wait(qtbot, gui)
    assert controller.state.clock_off and page.clock_banner.isVisible()
    assert "5 minutes" in page.clock_banner.text()


def test_sync_pauses_while_locked(qtbot, gui, transport: AppTransport) -> None:
    controller = _connect(qtbot, gui, transport)
    requests = transport.requests
    gui.session.lock()
    qtbot.waitUntil(lambda: gui.window.workspace_view is None)
    assert not controller._periodic.isActive() and not controller.is_running
    controller.sync_now()
    controller.local_commit()
    qtbot.wait(200)
    assert not controller.is_running and transport.requests == requests


def test_a_revoked_laptop_is_erased_and_returns_to_first_run(
    qtbot, gui, transport: AppTransport, engine: Engine, ui_paths
) -> None:
    _connect(qtbot, gui, transport)
    device_id = StoreReplica(gui.session.workspace.store).load_state()[keys.DEVICE_ID]
    with writing(engine) as session:
        admin.revoke_device(session, device_id)
    qtbot.keyClick(gui.window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: isinstance(gui.window.gate, SetupView), timeout=20000)
    assert not workspace_exists(ui_paths) and not ui_paths.database.exists()
    assert "removed from the regional server" in gui.window.gate.notice.text()


def test_the_offline_lease_closes_the_records_until_a_sync(qtbot, gui, transport: AppTransport) -> None:
    controller = _connect(qtbot, gui, transport)
    days_ago = time.time_ns() // 1_000_000 - 15 * 24 * 3600 * 1000
    StoreReplica(gui.session.workspace.store).save_state({keys.LAST_SERVER_MS: str(days_ago)})
    controller.refresh_status()
    qtbot.waitUntil(lambda: gui.window.lease_view is not None, timeout=10000)
    lease = gui.window.lease_view
    assert isinstance(lease, LeaseView) and gui.window.stack.currentWidget() is lease
    assert not gui.window.new_action.isEnabled()
    qtbot.mouseClick(lease.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.window.lease_view is None, timeout=20000)
    assert gui.window.stack.currentWidget() is gui.window.workspace_view


def test_first_run_connects_to_the_organisation_server(
    qtbot, ui_paths, transport: AppTransport, tmp_path: Path
) -> None:
    from linkdesk.ui.qt_app import build_gui

    other = _laptop(tmp_path, "other", transport)
    with other.ctx.write() as uow:
        uow.add(Client(given_name="Ada", family_name="Lovelace", sort_name="lovelace, ada"))
    assert sync_now(other, transport=transport).complete
    other.lock()
    gui = build_gui(ui_paths, language="en")
    qtbot.addWidget(gui.window)
    gui.window.show()
    _use(gui.window.sync, transport)
    setup = gui.window.gate
    assert isinstance(setup, SetupView)
    qtbot.waitUntil(setup.create_button.isEnabled, timeout=10000)
    setup.passphrase.edit.setText("river stone lantern morning")
    setup.confirm.edit.setText("river stone lantern morning")
    setup.passphrase_only.setChecked(True)
    setup.use_server.setChecked(True)
    setup.url.setText(URL)
    setup.username.setText("w1")
    setup.password.setText("wrong password")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(setup.password_field.error.isVisible, timeout=20000)
    assert not workspace_exists(ui_paths)
    setup.password.setText(PASSWORD)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.window.workspace_view is not None, timeout=30000)
    qtbot.waitUntil(lambda: _synced(gui.window.sync), timeout=20000)
    with gui.session.workspace.store.reading() as session:
        names = [c.given_name for c in session.exec(select(Client))]
    assert names == ["Ada"]
    gui.session.shutdown()
    gui.background.wait_for_done()


def test_time_left_comes_from_the_observed_rate() -> None:
    assert seconds_left(1000, 0, 5.0) is None
    assert seconds_left(1000, 200, 4.0) == pytest.approx(16.0)
    assert seconds_left(100, 100, 4.0) is None


def test_a_reused_refresh_token_asks_to_sign_in_again_and_nothing_is_lost(
    qtbot, gui, transport: AppTransport
) -> None:
    controller = _connect(qtbot, gui, transport)
    replica = StoreReplica(gui.session.workspace.store)
    stale = replica.load_state()[keys.REFRESH_TOKEN]
    for _ in range(2):  # each new engine rotates the refresh token; the successor of `stale` gets used
        controller._engine = None
        _sync_and_wait(qtbot, gui)
    assert replica.load_state()[keys.REFRESH_TOKEN] != stale
    replica.save_state({keys.REFRESH_TOKEN: stale})  # as if a copy of this laptop's state were replayed
    controller._engine = None
    ws = gui.session.workspace
    _edit(ws, _first_person(ws), phone="306 555 0404")
    qtbot.keyClick(gui.window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: controller.state.needs_sign_in, timeout=20000)
    view = gui.window.workspace_view
    view.show_section("sync")
    page = view.sync_view
    qtbot.waitUntil(page.sign_in_box.isVisible, timeout=5000)
    assert "sign in again" in page.problem.text()
    qtbot.waitUntil(lambda: controller.state.pending == 1, timeout=5000)  # the change is still waiting
    page.password.setText(PASSWORD)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _synced(controller) and controller.state.pending == 0, timeout=20000)
    assert not page.sign_in_box.isVisible()


class _Unreachable(AppTransport):
    """The server app behind a link that is down (sync only: the login already happened)."""

    def __init__(self, inner: AppTransport, error: Exception) -> None:
        super().__init__(inner.http)
        self.error = error

    def sync(self, access_token, request):
        raise self.error


def test_offline_is_calm_and_retries_back_off(qtbot, gui, transport: AppTransport) -> None:
    from linkdesk.sync.errors import OfflineError, ServerRefusedError

    controller = _connect(qtbot, gui, transport)
    down = _Unreachable(transport, OfflineError("ConnectionError"))
    controller.engine_factory = lambda ws: make_engine(ws, transport=down)
    controller._engine = None
    qtbot.keyClick(gui.window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: controller.state.phase == "offline", timeout=10000)
    status = gui.window.status
    assert status.connection.text.text() == "Working offline — changes are saved on this laptop"
    assert status.last_sync.text().startswith("Synced ")  # the last good sync is still shown
    first = controller.state.retry_in_s
    assert first is not None and 0 <= first <= controller.backoff.base_s and controller._retry.isActive()
    # The server asks to wait (429 with Retry-After): the next try is not sooner than that.
    down.error = ServerRefusedError(429, "busy", retry_after_s=120.0)
    controller._engine = None
    controller.request_sync("test")
    qtbot.waitUntil(lambda: controller.state.phase == "problem", timeout=10000)
    assert controller.state.retry_in_s is not None and controller.state.retry_in_s >= 120.0
    assert controller._retry.remainingTime() > 100_000
    assert "busy" in status.connection.text.text()
    # The network comes back (Qt's reachability): a sync starts at once, and the backoff starts over.
    from PySide6.QtNetwork import QNetworkInformation

    controller.engine_factory = lambda ws: make_engine(ws, transport=transport)
    controller._engine = None
    before = controller.state.status.last_success_ms
    controller._on_reachability(QNetworkInformation.Reachability.Online)
    qtbot.waitUntil(
        lambda: _synced(controller) and controller.state.status.last_success_ms > before, timeout=20000
    )
    assert controller.backoff.attempts == 0 and not controller._retry.isActive()


def test_placeholders_are_filled_once() -> None:
    from linkdesk.ui.views.sync.texts import fill

    assert fill("%1, signed in as %2", "https://x.example.org/%2F", "w1") == (
        "https://x.example.org/%2F, signed in as w1"
    )


class _Slow(AppTransport):
    """The server app behind a slow link: each sync round trip takes `delay_s`."""

    def __init__(self, inner: AppTransport, delay_s: float) -> None:
        super().__init__(inner.http)
        self.delay_s = delay_s

    def sync(self, access_token, request):
        time.sleep(self.delay_s)
        return super().sync(access_token, request)


def _slow_engine(transport: AppTransport, delay_s: float, batch: int):
    def factory(ws: Workspace):
        engine = make_engine(ws, transport=_Slow(transport, delay_s))
        engine.batch_size = batch
        return engine

    return factory


def test_a_long_sync_shows_progress_and_time_left(qtbot, gui, transport: AppTransport) -> None:
    controller = _connect(qtbot, gui, transport)
    ws = gui.session.workspace
    with ws.store.reading() as session:
        ids = [c.id for c in session.exec(select(Client))]
    for n in range(8):
        for cid in ids:
            _edit(ws, cid, phone=f"306 555 {n:02d}{ids.index(cid):02d}")
    controller.refresh_status()
    qtbot.waitUntil(lambda: controller.state.pending == 40, timeout=10000)
    controller.engine_factory = _slow_engine(transport, 0.4, 4)  # 10 rounds of 4 changes, ~4 s
    controller._engine = None
    status = gui.window.status
    seen: list[str] = []
    controller.state_changed.connect(lambda: seen.append(status.connection.text.text()))
    controller.sync_now()
    qtbot.waitUntil(lambda: _synced(controller) and controller.state.pending == 0, timeout=30000)
    progress = [t for t in seen if "left" in t]
    assert progress, seen
    assert "sent" in progress[-1] and "received" in progress[-1]
    assert status.connection.text.text() == "Connected"


def test_locking_stops_a_sync_under_way_between_cycles(qtbot, gui, transport: AppTransport) -> None:
    controller = _connect(qtbot, gui, transport)
    ws = gui.session.workspace
    with ws.store.reading() as session:
        ids = [c.id for c in session.exec(select(Client))]
    for cid in ids:
        _edit(ws, cid, pronouns="they/them")
    slow = _Slow(transport, 0.3)

    def one_change_per_round(w: Workspace) -> SyncEngine:
        engine = make_engine(w, transport=slow)
        engine.batch_size = 1
        return engine

    controller.engine_factory = one_change_per_round
    controller._engine = None
    controller.sync_now()
    qtbot.waitUntil(lambda: controller.state.sent >= 1, timeout=10000)
    at_lock = slow.requests
    gui.session.lock()
    qtbot.waitUntil(gui.background.is_idle, timeout=20000)
    assert slow.requests <= at_lock + 1  # the round under way finishes; no new one starts
    assert slow.requests < len(ids)  # so not every change was sent
    assert not controller.is_running and controller.state.status is None


def test_each_connection_failure_has_its_own_plain_message(qapp) -> None:
    from linkdesk.services.connect import AlreadyConnectedError
    from linkdesk.sync.errors import (
        AuthRejectedError,
        InsecureTransportError,
        OfflineError,
        ServerRefusedError,
        UpgradeRequiredError,
    )
    from linkdesk.ui.views.sync.texts import connect_error_text

    texts = {
        "scheme": connect_error_text(InsecureTransportError("x", url_scheme="http")),
        "tls": connect_error_text(InsecureTransportError("the server certificate did not verify")),
        "password": connect_error_text(AuthRejectedError("invalid_credentials")),
        "disabled": connect_error_text(AuthRejectedError("user_disabled")),
        "offline": connect_error_text(OfflineError("ConnectionError")),
        "busy": connect_error_text(ServerRefusedError(429, "too_many_attempts")),
        "refused": connect_error_text(ServerRefusedError(503, "")),
        "version": connect_error_text(UpgradeRequiredError("")),
        "twice": connect_error_text(AlreadyConnectedError("")),
    }
    assert len(set(texts.values())) == len(texts)
    assert "https://" in texts["scheme"] and "certificate" in texts["tls"]
    assert "username or password" in texts["password"] and "503" in texts["refused"]
    assert all("Error" not in t and "_" not in t for t in texts.values())  # no codes or class names


def test_the_lease_runs_out_while_offline_with_the_app_open(qtbot, gui, transport: AppTransport) -> None:
    from linkdesk.sync.errors import OfflineError

    controller = _connect(qtbot, gui, transport)
    days_ago = time.time_ns() // 1_000_000 - 15 * 24 * 3600 * 1000
    StoreReplica(gui.session.workspace.store).save_state({keys.LAST_SERVER_MS: str(days_ago)})
    down = _Unreachable(transport, OfflineError("ConnectionError"))
    controller.engine_factory = lambda ws: make_engine(ws, transport=down)
    controller._engine = None
    qtbot.keyClick(gui.window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: gui.window.lease_view is not None, timeout=10000)
    assert gui.window.stack.currentWidget() is gui.window.lease_view
    assert "Connect to the regional server" in gui.window.status.connection.text.text()
    controller.engine_factory = lambda ws: make_engine(ws, transport=transport)
    controller._engine = None
    qtbot.mouseClick(gui.window.lease_view.try_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui.window.lease_view is None, timeout=20000)


def test_time_left_of_an_initial_snapshot_download_counts_a_resumed_part() -> None:
    observer = _Observer()
    observer.started = time.monotonic() - 10.0  # 10 s into this run
    assert observer.download_left_s() is None  # no snapshot: the push estimate applies
    # A 600 KB snapshot resumed at 200 KB; 100 KB arrived in this run's 10 s: 300 KB left at 10 KB/s.
    observer.progress(SyncReport(snapshot_size=600_000, snapshot_held=300_000, snapshot_bytes=100_000))
    assert observer.download_left_s() == pytest.approx(30.0, rel=0.05)
    observer.progress(SyncReport(snapshot_size=600_000, snapshot_held=600_000, snapshot_bytes=400_000))
    assert observer.download_left_s() is None  # downloaded: applying it is quick


def test_time_left_of_a_long_pull_comes_from_the_cursors_pace() -> None:
    observer = _Observer()
    observer.started = time.monotonic() - 20.0
    assert observer.pull_left_s() is None  # no answer yet
    # From sequence 1,000 to 3,000 in 20 s; the server is at 9,000: 6,000 to go at 100 a second.
    observer.progress(SyncReport(pull_from=1_000, cursor=3_000, high_water=9_000))
    assert observer.pull_left_s() == pytest.approx(60.0, rel=0.05)
    observer.progress(SyncReport(pull_from=1_000, cursor=9_000, high_water=9_000))
    assert observer.pull_left_s() is None  # caught up
