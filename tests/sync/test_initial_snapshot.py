"""Initial sync from a snapshot (in-process server): resumable download, one-transaction apply, then
incremental sync from the snapshot's sequence; the USB-key path through the service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.server.config import ServerSettings
from linkdesk.server.snapshots import export_for
from linkdesk.services.enrolment import Enrolled
from linkdesk.services.sync_service import import_snapshot, make_engine, sync_now
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.store.sync_tables import FieldVersion
from linkdesk.store.tables import Client
from linkdesk.sync.initial_sync import PENDING, SnapshotNotNeededError
from linkdesk.sync.snapshot_download import SnapshotDamagedError, SnapshotGoneError

from ..server.support import quick_settings
from .snapshot_support import CuttingTransport, SnapshotAppTransport
from .support import AppTransport
from .test_engine import _edit, _register

NAMES = ["Zebediah", "Quillon", "Marigold", "Thaddeus", "Peregrine", "Wilhelmina", "Ottoline", "Barnaby"]
PEOPLE = [f"{name}{i}" for i in range(8) for name in NAMES]  # 64 people: a snapshot of about 20 KB


@pytest.fixture
def settings(tmp_path: Path) -> ServerSettings:
    return quick_settings(tmp_path, login_max_failures=50, snapshot_min_rows=1)


@pytest.fixture
def snap(http: TestClient) -> SnapshotAppTransport:
    return SnapshotAppTransport(http)


@pytest.fixture
def cutting(http: TestClient) -> CuttingTransport:
    return CuttingTransport(http)


@pytest.fixture
def first(enrol: Callable[[str], Enrolled], transport: AppTransport) -> Workspace:
    """w1's first laptop with the caseload, pushed."""
    ws = enrol("w1").workspace
    for name in PEOPLE:
        _register(ws, name)
    assert sync_now(ws, transport=transport).complete
    return ws


def _run(ws: Workspace, t: Any) -> Any:
    return make_engine(ws, transport=t, initial_snapshot=True).run_once()


def _records(ws: Workspace) -> tuple[dict[str, dict[str, Any]], set[tuple[str, str, str, int]]]:
    with ws.store.reading() as session:
        people = {c.id: c.model_dump(exclude={"updated_at"}) for c in session.exec(select(Client))}
        versions = {
            (v.table_name, v.record_id, v.field, v.version) for v in session.exec(select(FieldVersion))
        }
    return people, versions


def _pending(ws: Workspace) -> SnapshotInfo | None:
    raw = StoreReplica(ws.store).load_state().get(PENDING)
    return SnapshotInfo.model_validate_json(raw) if raw else None


def _parts(ws: Workspace) -> list[Path]:
    d = ws.paths.snapshots_dir
    return sorted(d.glob("*.part")) if d.is_dir() else []


def test_first_sync_applies_the_snapshot_then_continues_incrementally(
    first: Workspace, enrol: Callable[[str], Enrolled], transport: AppTransport, snap: SnapshotAppTransport
) -> None:
    paged = enrol("w1").workspace
    assert sync_now(paged, transport=transport).complete
    fresh = enrol("w1").workspace
    report = _run(fresh, snap)
    assert report.error is None and report.complete, report
    assert report.snapshot_items > 0 and report.snapshot_bytes > 0
    assert report.round_trips == 1  # after the snapshot, one POST /sync finds nothing more
    assert _records(fresh) == _records(paged)  # same records, values and field versions as paged pulls
    assert _pending(fresh) is None and _parts(fresh) == []  # the file is deleted once applied
    assert StoreReplica(fresh.store).cursor() > 0

    # Later changes arrive incrementally, and only they.
    with first.store.reading() as session:
        some = session.exec(select(Client.id).order_by(Client.id)).first()
    assert some is not None
    _edit(first, some, phone="705-555-0142")
    assert sync_now(first, transport=transport).applied == 1
    later = _run(fresh, snap)
    assert later.complete and later.snapshot_items == 0 and later.pulled_items == 1
    with fresh.store.reading() as session:
        assert session.get(Client, some).phone == "705-555-0142"

    # And this laptop's own changes are pushed as usual.
    _edit(fresh, some, phone="705-555-0143")
    new_id = _register(fresh, "Cornelius")
    pushed = _run(fresh, snap)
    assert pushed.complete and pushed.applied == 3 and pushed.pending == 0
    assert sync_now(first, transport=transport).pulled_items >= 2
    with first.store.reading() as session:
        assert session.get(Client, some).phone == "705-555-0143"
        assert session.get(Client, new_id) is not None


def test_changes_made_before_the_first_sync_stay_on_top_and_are_pushed(
    first: Workspace, enrol: Callable[[str], Enrolled], transport: AppTransport, snap: SnapshotAppTransport
) -> None:
    fresh = enrol("w1").workspace
    mine = _register(fresh, "Euphemia")
    report = _run(fresh, snap)
    assert report.complete and report.snapshot_items > 0 and report.applied == 2 and report.pending == 0
    with fresh.store.reading() as session:
        names = {c.given_name for c in session.exec(select(Client))}
    assert names == {*PEOPLE, "Euphemia"}
    sync_now(first, transport=transport)
    with first.store.reading() as session:
        assert session.get(Client, mine) is not None


def test_a_cut_download_resumes_from_the_byte_it_reached(
    first: Workspace, enrol: Callable[[str], Enrolled], cutting: CuttingTransport
) -> None:
    fresh = enrol("w1").workspace
    cutting.cuts = [3000, 2000, 5000]
    held = []
    for _ in range(3):
        report = _run(fresh, cutting)
        assert report.error == "offline" and report.snapshot_items == 0
        assert StoreReplica(fresh.store).cursor() == 0  # nothing applied from a partial file
        [part] = _parts(fresh)
        held.append(part.stat().st_size)
    assert held == [3000, 5000, 10000]
    info = _pending(fresh)
    assert info is not None and info.size > 10000
    report = _run(fresh, cutting)
    assert report.complete and report.snapshot_items == info.items
    assert cutting.ranges == [None, "bytes=3000-", "bytes=5000-", "bytes=10000-"]
    assert cutting.statuses == [200, 206, 206, 206]
    assert cutting.delivered == info.size  # over four runs, not one byte sent twice
    assert report.snapshot_bytes == info.size - 10000
    assert _parts(fresh) == [] and _pending(fresh) is None


def test_the_partial_file_on_disk_is_encrypted(
    first: Workspace, enrol: Callable[[str], Enrolled], cutting: CuttingTransport
) -> None:
    fresh = enrol("w1").workspace
    cutting.cuts = [10**9]  # everything arrives, then the connection drops before the end is noticed
    _run(fresh, cutting)
    [part] = _parts(fresh)
    data = part.read_bytes()
    assert data.startswith(b"LDSNAP")
    for name in (*NAMES, "Lovelace"):
        assert name.encode() not in data and name.lower().encode() not in data
    info = _pending(fresh)
    assert info is not None and info.key.encode() not in data


def test_bytes_of_another_file_are_never_mixed_in(
    first: Workspace, enrol: Callable[[str], Enrolled], cutting: CuttingTransport
) -> None:
    fresh = enrol("w1").workspace
    cutting.cuts = [4000]
    _run(fresh, cutting)
    [part] = _parts(fresh)
    part.write_bytes(b"\x00" * 4000)  # not a prefix of the snapshot: the tail cannot complete it
    report = _run(fresh, cutting)
    assert report.complete and report.snapshot_items > 0
    assert cutting.statuses == [200, 206, 200]  # the mismatch is caught by SHA-256 and started again


def test_a_server_sending_the_whole_file_again_restarts_the_partial_file(
    first: Workspace, enrol: Callable[[str], Enrolled], cutting: CuttingTransport
) -> None:
    """What the client sees when its If-Range no longer matches: 200 and the whole file."""
    fresh = enrol("w1").workspace
    cutting.cuts = [4000]
    _run(fresh, cutting)
    original = cutting.body

    def ignore_range(token: str, info: SnapshotInfo, held: int) -> Any:
        return original(token, info, 0)

    cutting.body = ignore_range  # type: ignore[method-assign]
    report = _run(fresh, cutting)
    assert report.complete and report.snapshot_items > 0 and cutting.statuses == [200, 200]


def test_an_expired_snapshot_is_replaced_by_a_new_offer(
    first: Workspace, enrol: Callable[[str], Enrolled], cutting: CuttingTransport, settings: ServerSettings
) -> None:
    fresh = enrol("w1").workspace
    cutting.cuts = [4000]
    _run(fresh, cutting)
    old = _pending(fresh)
    assert old is not None
    (settings.snapshot_dir() / f"{old.id}.snap").unlink()  # expired on the server meanwhile
    (settings.snapshot_dir() / f"{old.id}.json").unlink()
    report = _run(fresh, cutting)
    assert report.complete and report.snapshot_items > 0
    assert cutting.statuses == [200, 404, 200]


def test_a_damaged_snapshot_applies_nothing_and_pages_take_over(
    first: Workspace, enrol: Callable[[str], Enrolled], cutting: CuttingTransport
) -> None:
    fresh = enrol("w1").workspace
    cutting.cuts = [5000]
    _run(fresh, cutting)
    info = _pending(fresh)
    assert info is not None
    wrong_key = info.model_copy(update={"key": "A" * 43})  # the bytes check out, the decryption cannot
    StoreReplica(fresh.store).save_state({PENDING: wrong_key.model_dump_json()})
    class Failing(StoreReplica):
        """Records what was in the replica when the damage was found, before the paged pulls."""

        seen: Any = None

        def apply_snapshot(self, items: Any, seq: int, **kw: Any) -> Any:
            try:
                return super().apply_snapshot(items, seq, **kw)
            finally:
                Failing.seen = (self.cursor(), _records(fresh))

    engine = make_engine(fresh, transport=cutting, initial_snapshot=True)
    engine.replica = Failing(fresh.store)
    report = engine.run_once()
    assert Failing.seen == (0, ({}, set()))  # the damage rolled the whole snapshot back: one transaction
    assert report.complete and report.snapshot_items == 0 and "snapshot_unusable" in report.notes
    assert report.pulled_items > 0 and len(_records(fresh)[0]) == len(PEOPLE)  # paged pulls took over
    assert _pending(fresh) is None and _parts(fresh) == []


def test_a_snapshot_carried_on_a_usb_key(
    first: Workspace,
    enrol: Callable[[str], Enrolled],
    snap: SnapshotAppTransport,
    transport: AppTransport,
    engine: Engine,
    settings: ServerSettings,
    tmp_path: Path,
    clock: Any,
) -> None:
    usb = tmp_path / "usb" / "w1.snapshot"
    usb.parent.mkdir()
    meta = export_for(engine, settings, "w1", usb, clock())
    fresh = enrol("w1").workspace
    report = import_snapshot(fresh, usb, transport=snap)
    assert report.error is None and report.complete and report.snapshot_items == meta.items
    assert _records(fresh)[0].keys() == _records(first)[0].keys()
    assert StoreReplica(fresh.store).cursor() >= meta.seq
    assert usb.exists()  # the carried file is left as it was (encrypted)
    with pytest.raises(SnapshotNotNeededError):
        import_snapshot(fresh, usb, transport=snap)

    s1 = enrol("s1").workspace  # another user's snapshot is not theirs to unlock
    with pytest.raises(SnapshotGoneError):
        import_snapshot(s1, usb, transport=snap)
    other = enrol("w1").workspace
    damaged = tmp_path / "damaged.snapshot"
    data = bytearray(usb.read_bytes())
    data[-20] ^= 1
    damaged.write_bytes(bytes(data))
    with pytest.raises(SnapshotDamagedError):
        import_snapshot(other, damaged, transport=snap)
    assert StoreReplica(other.store).cursor() == 0
