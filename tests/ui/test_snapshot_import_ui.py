"""Starting a new laptop from a caseload file on a USB key, from the Sync page (offscreen, against the real
server app in process): the offer, a good file, a damaged one, another user's, offline, and revocation."""

# ruff: noqa: F811 - pytest fixtures imported from the server test package
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.paths import AppPaths
from linkdesk.server import admin
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import writing
from linkdesk.server.snapshots import SnapshotMeta, export_for
from linkdesk.services.connect import connect_workspace
from linkdesk.services.sync_service import make_engine, sync_now
from linkdesk.services.workspace import create_workspace, workspace_exists
from linkdesk.store.replica import StoreReplica
from linkdesk.store.tables import Client
from linkdesk.sync import initial_sync
from linkdesk.sync import state as keys
from linkdesk.sync.errors import OfflineError
from linkdesk.ui.snapshot_import import SnapshotImport
from linkdesk.ui.sync_controller import SyncController
from linkdesk.ui.views.setup_view import SetupView
from linkdesk.ui.views.sync.snapshot_card import SnapshotCard
from linkdesk.vault import KDF_FLOOR
from tests.server.conftest import PASSWORD, http, people  # noqa: F401 - fixtures
from tests.server.support import quick_settings
from tests.server_on_sqlite import clock, engine  # noqa: F401 - fixtures
from tests.sync import snapshot_support
from tests.sync.snapshot_support import SnapshotAppTransport
from tests.sync.support import AppTransport
from tests.ui.conftest import PEOPLE as SEEDED

URL = "http://127.0.0.1:8443"  # the in-process transport ignores it
CARRIED = ["Ottoline", "Barnaby", "Wilhelmina", "Thaddeus", "Peregrine", "Marigold"]


@pytest.fixture
def settings(tmp_path: Path) -> ServerSettings:
    """The server tests' settings, with snapshots offered for any caseload (not only from 1000 rows)."""
    return quick_settings(tmp_path, snapshot_min_rows=1)


class Link(SnapshotAppTransport):
    """The in-process server behind a link the test turns off: `up` (everything but the login) and
    `sync_up` (POST /sync only, so a connected laptop stays never-synced until the test says)."""

    def __init__(self, http) -> None:  # type: ignore[no-untyped-def]
        super().__init__(http)
        self.up = True
        self.sync_up = True
        # A slow link, deterministically: while `hold` is set, the download stops after each block until
        # the test sets `released` (no sleeping, no timing).
        self.hold = False
        self.released = threading.Event()
        self.blocks = 0
        self.snapshot_infos = 0

    def _check(self) -> None:
        if not self.up:
            raise OfflineError("ConnectionError")

    def refresh(self, request):  # type: ignore[no-untyped-def]
        self._check()
        return super().refresh(request)

    def sync(self, access_token, request):  # type: ignore[no-untyped-def]
        self._check()
        if not self.sync_up:
            raise OfflineError("ConnectionError")
        return super().sync(access_token, request)

    def snapshot_info(self, access_token: str, snapshot_id: str):  # type: ignore[no-untyped-def]
        self._check()
        self.snapshot_infos += 1
        return super().snapshot_info(access_token, snapshot_id)

    def download_snapshot(self, access_token: str, info, sink) -> None:  # type: ignore[no-untyped-def]
        link = self

        class Slow:
            def held(self) -> int:
                return int(sink.held())

            def restart(self) -> None:
                sink.restart()

            def write(self, data: bytes) -> None:
                link.blocks += 1
                sink.write(data)
                if link.hold:
                    link.released.wait(timeout=20)

        super().download_snapshot(access_token, info, Slow())


@pytest.fixture
def link(http, people) -> Link:
    return Link(http)


@pytest.fixture
def usb(tmp_path: Path, http, people, engine: Engine, settings: ServerSettings) -> tuple[Path, SnapshotMeta]:
    """w1's caseload on the server (written on another laptop), exported to a file as an admin would."""
    plain = AppTransport(http)
    other = create_workspace(
        AppPaths(tmp_path / "other"),
        "another long passphrase",
        keyring=None,
        passphrase_only=True,
        kdf=KDF_FLOOR,
    )
    connect_workspace(other, URL, "w1", PASSWORD, transport=plain)
    with other.ctx.write() as uow:
        for name in CARRIED:
            uow.add(Client(given_name=name, family_name="Carried", sort_name=f"carried, {name.lower()}"))
    assert sync_now(other, transport=plain).complete
    other.lock()
    path = tmp_path / "usb" / "w1.snap"
    path.parent.mkdir()
    meta = export_for(engine, settings, "w1", path, time.time_ns() // 1_000_000)
    return path, meta


def _names(gui) -> list[str]:
    with gui.session.workspace.store.reading() as session:
        return sorted(c.given_name for c in session.exec(select(Client)))


def _cursor(ws) -> int:
    return StoreReplica(ws.store).cursor()


def _never_synced(qtbot, gui, link: Link) -> tuple[SyncController, SnapshotCard]:
    """Connect from Settings while POST /sync cannot get through: connected, nothing pulled yet."""
    controller = gui.window.sync
    controller.connect_transport = link
    controller.engine_factory = lambda ws: make_engine(ws, transport=link)
    controller.backoff.next_delay = lambda *_a, **_k: 3600.0  # no automatic retry during the test
    link.sync_up = False
    view = gui.window.workspace_view
    view.show_section("settings")
    card = view.settings.connect_card
    card.url.setText(URL)
    card.username.setText("w1")
    card.password.setText(PASSWORD)
    qtbot.mouseClick(card.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            controller.state.connected and controller.state.phase == "offline" and not controller.is_running
        ),
        timeout=20000,
    )
    view.show_section("sync")
    page = view.sync_view
    qtbot.waitUntil(page.snapshot_card.load_button.isVisible, timeout=5000)
    return controller, page.snapshot_card


def _choose(qtbot, monkeypatch, snapshot: SnapshotCard, path: Path) -> None:
    seen: list[str] = []

    def pick(_parent, _caption, _dir, filters):  # type: ignore[no-untyped-def]
        seen.append(filters)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    qtbot.mouseClick(snapshot.load_button, Qt.MouseButton.LeftButton)
    assert seen and "*.snap" in seen[0] and "All files (*)" in seen[0]


def _outcome(qtbot, snapshot: SnapshotCard) -> str:
    qtbot.waitUntil(lambda: snapshot.result.isVisible() and not snapshot.controller.importing, timeout=30000)
    return snapshot.result.text()


def test_the_offer_shows_only_until_the_first_sync(qtbot, gui, link: Link) -> None:
    view = gui.window.workspace_view
    view.show_section("sync")
    qtbot.waitUntil(lambda: gui.window.sync.state.status is not None)
    assert not view.sync_view.snapshot_card.isVisible()  # not connected to a server: nothing to offer
    controller, snapshot = _never_synced(qtbot, gui, link)
    assert "has not received your caseload yet" in snapshot.intro.text()
    assert snapshot.load_button.text() == "Load the caseload from a file (USB key)…"
    assert snapshot.load_button.isEnabled() and not snapshot.result.isVisible()
    link.sync_up = True
    qtbot.keyClick(gui.window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: controller.state.phase == "idle" and not controller.is_running, timeout=20000)
    qtbot.waitUntil(lambda: not snapshot.isVisible(), timeout=5000)
    assert _cursor(gui.session.workspace) > 0


def test_a_good_file_loads_the_caseload_then_syncs(
    qtbot, gui, link: Link, usb: tuple[Path, SnapshotMeta], monkeypatch
) -> None:
    path, meta = usb
    controller, snapshot = _never_synced(qtbot, gui, link)
    seeded = sorted(given for given, *_ in SEEDED)
    assert _names(gui) == seeded and _cursor(gui.session.workspace) == 0
    link.sync_up = True
    _choose(qtbot, monkeypatch, snapshot, path)
    # Routed through the controller as a sync: the status bar says so and the button waits.
    assert controller.importing and controller.is_running and controller.state.phase == "syncing"
    assert not snapshot.load_button.isEnabled() and "Loading the file" in snapshot.busy.text()
    assert gui.window.status.connection.text.text().startswith("Syncing")
    text = _outcome(qtbot, snapshot)
    assert text == (
        f"Loaded {meta.items} records from the file; this laptop is now up to date with the server."
    )
    assert _names(gui) == sorted([*CARRIED, *seeded])
    assert _cursor(gui.session.workspace) >= meta.seq
    qtbot.waitUntil(lambda: controller.state.phase == "idle" and controller.state.pending == 0, timeout=10000)
    qtbot.waitUntil(lambda: not snapshot.load_button.isVisible(), timeout=5000)
    assert snapshot.result.isVisible()  # the outcome stays once the offer is gone
    assert path.exists()  # the carried file is left as it was (encrypted)
    # Once the laptop holds synced data, a file is not needed (the engine applies nothing).
    controller.load_snapshot(path)
    assert "already has your caseload" in _outcome(qtbot, snapshot)
    assert _names(gui) == sorted([*CARRIED, *seeded])


def test_a_damaged_file_or_another_users_file_changes_nothing(
    qtbot,
    gui,
    link: Link,
    usb: tuple[Path, SnapshotMeta],
    monkeypatch,
    tmp_path: Path,
    engine: Engine,
    settings: ServerSettings,
) -> None:
    path, _meta = usb
    controller, snapshot = _never_synced(qtbot, gui, link)
    before = _names(gui)
    damaged = tmp_path / "usb" / "damaged.snap"
    data = bytearray(path.read_bytes())
    data[-20] ^= 1
    damaged.write_bytes(bytes(data))
    _choose(qtbot, monkeypatch, snapshot, damaged)
    text = _outcome(qtbot, snapshot)
    assert "damaged" in text and "Nothing was changed" in text
    assert _names(gui) == before and _cursor(gui.session.workspace) == 0
    assert snapshot.load_button.isVisible() and snapshot.load_button.isEnabled()  # try another file
    assert controller.state.phase == "offline"  # the file was wrong, not the connection: state as before

    not_a_snapshot = tmp_path / "usb" / "notes.snap"
    not_a_snapshot.write_text("shopping list")
    _choose(qtbot, monkeypatch, snapshot, not_a_snapshot)
    assert "damaged" in _outcome(qtbot, snapshot)

    theirs = tmp_path / "usb" / "w3.snap"
    export_for(engine, settings, "w3", theirs, time.time_ns() // 1_000_000)
    _choose(qtbot, monkeypatch, snapshot, theirs)
    text = _outcome(qtbot, snapshot)
    assert "does not recognise this file for your account" in text and "Nothing was changed" in text
    assert _names(gui) == before and _cursor(gui.session.workspace) == 0


def test_offline_says_the_key_comes_from_the_server(
    qtbot, gui, link: Link, usb: tuple[Path, SnapshotMeta], monkeypatch
) -> None:
    path, _meta = usb
    controller, snapshot = _never_synced(qtbot, gui, link)
    before = _names(gui)
    link.up = False
    controller._engine = None  # no access token kept: the laptop must reach the server for one
    _choose(qtbot, monkeypatch, snapshot, path)
    text = _outcome(qtbot, snapshot)
    assert "could not be reached" in text and "key comes from the server" in text
    assert "Nothing was changed" in text
    assert _names(gui) == before and _cursor(gui.session.workspace) == 0
    # Shown and retried like any offline sync.
    assert controller.state.phase == "offline" and controller._retry.isActive()
    assert gui.window.status.connection.text.text().startswith("Working offline")
    assert snapshot.load_button.isEnabled()


def test_a_revoked_laptop_is_erased_instead(
    qtbot, gui, link: Link, usb: tuple[Path, SnapshotMeta], monkeypatch, engine: Engine, ui_paths
) -> None:
    path, _meta = usb
    controller, snapshot = _never_synced(qtbot, gui, link)
    device_id = StoreReplica(gui.session.workspace.store).load_state()[keys.DEVICE_ID]
    with writing(engine) as session:
        admin.revoke_device(session, device_id)
    controller._engine = None
    _choose(qtbot, monkeypatch, snapshot, path)
    qtbot.waitUntil(lambda: isinstance(gui.window.gate, SetupView), timeout=20000)
    assert not workspace_exists(ui_paths)
    assert "removed from the regional server" in gui.window.gate.notice.text()


def test_a_file_chosen_during_a_slow_download_stops_it_and_loads_instead(
    qtbot, gui, link: Link, usb: tuple[Path, SnapshotMeta], monkeypatch
) -> None:
    path, meta = usb
    controller, snapshot = _never_synced(qtbot, gui, link)
    ws = gui.session.workspace
    monkeypatch.setattr(snapshot_support, "BLOCK", 256)  # small blocks, each reported to the observer,
    monkeypatch.setattr(initial_sync, "PROGRESS_EVERY", 256)  # where a lock or a file can stop the run
    controller.engine_factory = lambda w: make_engine(w, transport=link, initial_snapshot=True)
    controller._engine = None
    link.sync_up, link.hold = True, True
    controller.sync_now()  # the first sync downloads the caseload's snapshot over a slow link
    qtbot.waitUntil(lambda: link.blocks >= 1, timeout=10000)
    assert controller.is_running and _cursor(ws) == 0
    _choose(qtbot, monkeypatch, snapshot, path)
    assert controller.importing and not snapshot.load_button.isEnabled()
    link.hold = False
    link.released.set()  # the download's next block reaches the observer, which stops it for the file
    text = _outcome(qtbot, snapshot)
    assert (
        text == f"Loaded {meta.items} records from the file; this laptop is now up to date with the server."
    )
    assert link.snapshot_infos == 1  # the file was checked with the server, not the download finished
    assert len(link.statuses) == 1  # one download, stopped part-way and not resumed
    assert set(CARRIED) <= set(_names(gui)) and _cursor(ws) >= meta.seq
    assert not list(ws.paths.snapshots_dir.glob("*.part"))  # the stopped download's bytes are gone
    qtbot.waitUntil(lambda: controller.state.phase == "idle" and controller.state.pending == 0, timeout=20000)


def _every_outcome(card: SnapshotCard) -> dict[str, str]:
    problems = ["offline", "not_yours", "damaged", "unreadable", "not_needed", "upgrade_required"]
    texts = {p: card.outcome_text(SnapshotImport(problem=p)) for p in problems}
    texts["one"] = card.outcome_text(SnapshotImport(items=1, complete=True))
    texts["many"] = card.outcome_text(SnapshotImport(items=40, complete=True))
    texts["partial"] = card.outcome_text(SnapshotImport(items=40, complete=False))
    return texts


def test_every_outcome_has_its_own_plain_words_in_english_and_french(gui) -> None:
    card = SnapshotCard(gui.window.sync)
    english = _every_outcome(card)
    assert len(set(english.values())) == len(english)
    assert all("_" not in t and "Error" not in t for t in english.values())  # no codes or class names
    assert english["one"].startswith("Loaded 1 record from the file;")
    assert english["partial"].startswith("Loaded 40 records from the file. What changed")
    assert "update LinkDesk" in english["upgrade_required"]
    gui.languages.install("fr_CA")
    card = SnapshotCard(gui.window.sync)
    french = _every_outcome(card)
    assert len(set(french.values())) == len(french) and not set(french.values()) & set(english.values())
    assert french["one"].startswith("1 dossier importé à partir du fichier;")
    assert french["many"].startswith("40 dossiers importés")
    assert "la clé vient du serveur" in french["offline"]
    assert "mettez LinkDesk à jour" in french["upgrade_required"]
    assert card.load_button.text() == "Importer la charge de cas à partir d\u2019un fichier (clé USB)…"


def test_a_bad_file_chosen_during_a_slow_download_lets_the_download_resume(
    qtbot, gui, link: Link, usb: tuple[Path, SnapshotMeta], monkeypatch, tmp_path: Path
) -> None:
    controller, snapshot = _never_synced(qtbot, gui, link)
    ws = gui.session.workspace
    monkeypatch.setattr(snapshot_support, "BLOCK", 256)
    monkeypatch.setattr(initial_sync, "PROGRESS_EVERY", 256)
    controller.engine_factory = lambda w: make_engine(w, transport=link, initial_snapshot=True)
    controller._engine = None
    link.sync_up, link.hold = True, True
    controller.sync_now()
    qtbot.waitUntil(lambda: link.blocks >= 1, timeout=10000)
    damaged = tmp_path / "usb" / "damaged.snap"
    damaged.write_bytes(usb[0].read_bytes()[:-10])
    _choose(qtbot, monkeypatch, snapshot, damaged)
    link.hold = False
    link.released.set()
    assert "damaged" in _outcome(qtbot, snapshot)
    # The download that was stopped for the file resumes where it was, and the first sync completes.
    qtbot.waitUntil(lambda: controller.state.phase == "idle" and _cursor(ws) > 0, timeout=20000)
    assert link.statuses[:2] == [200, 206]
    assert set(CARRIED) <= set(_names(gui))
    qtbot.waitUntil(lambda: not snapshot.load_button.isVisible(), timeout=5000)
