"""Applying a snapshot while its last bytes download (sync/snapshot_stream.py): the apply overlaps the
download, yet nothing is committed before the whole file arrived and passed its check; a download that
stops, or starts the file again, under the apply loses nothing and applies nothing wrong."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlmodel import func, select

from linkdesk.errors import StoreLockedError
from linkdesk.protocol import snapshot_file
from linkdesk.protocol.snapshot import SnapshotInfo
from linkdesk.services.enrolment import Enrolled
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.store.tables import Client
from linkdesk.sync import initial_sync
from linkdesk.sync.errors import OfflineError
from linkdesk.sync.snapshot_ports import SnapshotSink
from linkdesk.sync.snapshot_stream import DownloadStoppedError, GrowingFile

from .snapshot_support import SnapshotAppTransport
from .test_initial_snapshot import (  # noqa: F401 - fixtures used by name
    PEOPLE,
    _parts,
    _pending,
    _records,
    _run,
    first,
    settings,
    snap,
)

TAIL = 600  # bytes held back until the apply is seen working


@pytest.fixture(autouse=True)
def small_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    """Frames of 1 KiB (in-process server and client alike), so the file's first items can be decrypted
    before its end arrives, as with a real caseload's 64 KiB frames."""
    monkeypatch.setattr(snapshot_file, "CHUNK", 1024)


@pytest.fixture
def applying(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Set when the apply has taken its first item from the file, with the thread that took it."""
    seen: dict[str, Any] = {"event": threading.Event(), "thread": None}
    original = initial_sync.iter_items

    def watched(src: Any, key: bytes) -> Iterator[Any]:
        for item in original(src, key):
            if seen["thread"] is None:
                seen["thread"] = threading.current_thread().name
                seen["event"].set()
            yield item

    monkeypatch.setattr(initial_sync, "iter_items", watched)
    return seen


class HeldTail(SnapshotAppTransport):
    """Sends all but the file's last TAIL bytes, waits (10 s at most) for the apply to start, notes what
    the laptop shows then, and finishes with `ending(sink, body)`."""

    def __init__(self, http: Any, applying: dict[str, Any], fresh: Callable[[], Workspace]) -> None:
        super().__init__(http)
        self.applying, self.fresh = applying, fresh
        self.overlapped: bool | None = None
        self.seen_then: tuple[int, int] | None = None
        self.ending: Callable[[SnapshotSink, bytes], None] = lambda sink, body: sink.write(body[-TAIL:])

    def download_snapshot(self, access_token: str, info: SnapshotInfo, sink: SnapshotSink) -> None:
        resp = self.body(access_token, info, sink.held())
        if resp.status_code == 200:
            sink.restart()
        body = resp.content
        for start in range(0, len(body) - TAIL, 1024):
            sink.write(body[start : min(start + 1024, len(body) - TAIL)])
        self.overlapped = self.applying["event"].wait(10)
        ws = self.fresh()
        with ws.store.reading() as session:
            people = session.exec(select(func.count()).select_from(Client)).one()
        self.seen_then = (StoreReplica(ws.store).cursor(), people)
        self.ending(sink, body)


@pytest.fixture
def fresh_and_held(
    first: Workspace,  # noqa: F811 - the fixture imported above
    enrol: Callable[[str], Enrolled],
    http: Any,
    applying: dict[str, Any],
) -> tuple[Workspace, HeldTail]:
    fresh = enrol("w1").workspace
    return fresh, HeldTail(http, applying, lambda: fresh)


def test_the_apply_overlaps_the_download_and_commits_only_after_it(
    fresh_and_held: tuple[Workspace, HeldTail],
    applying: dict[str, Any],
    first: Workspace,  # noqa: F811
) -> None:
    fresh, held = fresh_and_held
    report = _run(fresh, held)
    assert report.error is None and report.complete, report
    assert held.overlapped is True  # items were being applied before the last bytes were sent
    assert applying["thread"] == "snapshot-apply"
    assert held.seen_then == (0, 0)  # ... yet nothing showed on the laptop until the file was complete
    assert report.snapshot_items > 0 and StoreReplica(fresh.store).cursor() > 0
    assert _records(fresh)[0].keys() == _records(first)[0].keys()
    assert _pending(fresh) is None and _parts(fresh) == []


def test_a_download_stopping_under_the_apply_commits_nothing_and_resumes(
    fresh_and_held: tuple[Workspace, HeldTail],
    snap: SnapshotAppTransport,  # noqa: F811
) -> None:
    fresh, held = fresh_and_held

    def drop(sink: SnapshotSink, body: bytes) -> None:
        raise OfflineError("connection reset in the last bytes")

    held.ending = drop
    report = _run(fresh, held)
    assert report.error == "offline" and held.overlapped is True
    assert StoreReplica(fresh.store).cursor() == 0 and _records(fresh) == ({}, set())
    info = _pending(fresh)
    [part] = _parts(fresh)
    assert info is not None and part.stat().st_size == info.size - TAIL  # kept for the next run

    report = _run(fresh, snap)
    assert report.complete and report.snapshot_items == info.items
    assert snap.ranges == [f"bytes={info.size - TAIL}-"]
    assert len(_records(fresh)[0]) == len(PEOPLE)


def test_a_file_started_again_under_the_apply_is_applied_whole_after(
    fresh_and_held: tuple[Workspace, HeldTail],
    first: Workspace,  # noqa: F811
) -> None:
    fresh, held = fresh_and_held

    def start_again(sink: SnapshotSink, body: bytes) -> None:
        sink.restart()  # e.g. the server's copy changed: the bytes the apply read are void
        sink.write(body)

    held.ending = start_again
    report = _run(fresh, held)
    assert report.error is None and report.complete and held.overlapped is True
    assert _records(fresh)[0].keys() == _records(first)[0].keys()
    assert _pending(fresh) is None and _parts(fresh) == []


def test_a_database_error_under_the_apply_reaches_the_caller_and_keeps_the_file(
    fresh_and_held: tuple[Workspace, HeldTail],
    snap: SnapshotAppTransport,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fresh, held = fresh_and_held
    original, calls = StoreReplica.apply_snapshot, []

    def locked_once(self: StoreReplica, items: Any, seq: int, **kw: Any) -> Any:
        calls.append(seq)
        if len(calls) > 1:  # a second attempt in the same run would hide the error
            return original(self, items, seq, **kw)
        next(iter(items))  # the apply has begun reading the file
        raise StoreLockedError("database is locked")

    monkeypatch.setattr(StoreReplica, "apply_snapshot", locked_once)
    with pytest.raises(StoreLockedError):  # shown to the user as "The database is busy..."
        _run(fresh, held)
    assert len(calls) == 1
    info = _pending(fresh)
    [part] = _parts(fresh)
    assert info is not None and part.stat().st_size == info.size  # kept whole: not downloaded again
    assert StoreReplica(fresh.store).cursor() == 0 and _records(fresh) == ({}, set())

    monkeypatch.setattr(StoreReplica, "apply_snapshot", original)
    report = _run(fresh, snap)
    assert report.complete and report.snapshot_items == info.items and report.snapshot_bytes == 0
    assert len(_records(fresh)[0]) == len(PEOPLE)


def test_a_reader_waiting_for_bytes_is_released_when_the_download_fails(tmp_path: Any) -> None:
    path = tmp_path / "x.part"
    path.write_bytes(b"abc")
    stream = GrowingFile(path)
    assert stream.read(3) == b"abc"
    failed: list[BaseException] = []

    def read_more() -> None:
        try:
            stream.read(10)
        except DownloadStoppedError as exc:
            failed.append(exc)

    reader = threading.Thread(target=read_more)
    reader.start()
    stream.finish(OfflineError("gone"))
    reader.join(5)
    assert not reader.is_alive() and len(failed) == 1
    with pytest.raises(DownloadStoppedError):
        stream.outcome()
    stream.close()


def test_a_restart_after_bytes_were_read_voids_the_read(tmp_path: Any) -> None:
    path = tmp_path / "x.part"
    path.write_bytes(b"abcdef")
    stream = GrowingFile(path)
    assert stream.read(2) == b"ab"
    stream.restarted()
    stream.finish(None)
    with pytest.raises(DownloadStoppedError):
        stream.outcome()
    untouched = GrowingFile(path)  # a restart before anything was read changes nothing
    untouched.restarted()
    untouched.wrote(6)
    untouched.finish(None)
    assert untouched.read(6) == b"abcdef" and untouched.read(1) == b""
    untouched.outcome()
    stream.close()
    untouched.close()
