"""Initial-sync snapshots on the server: content equals paged pulls, HTTP Range, scope, encryption, audit."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.protocol.snapshot import SnapshotInfo, etag
from linkdesk.protocol.snapshot_file import decode_key, iter_items
from linkdesk.protocol.sync import PageItem
from linkdesk.server import admin
from linkdesk.server.account_tables import AuditEvent
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import reading, writing

from .support import SyncClient, note_fields, person_fields, quick_settings

NAMES = ("Zebediah", "Quillon", "Marigold", "Thaddeus", "Peregrine", "Wilhelmina")


@pytest.fixture
def settings(tmp_path: Path) -> ServerSettings:
    """Snapshots offered from the first log row (the default waits for a thousand), built on the offer
    (these tests compare a snapshot with the log at that moment; builds at login: test_snapshot_builds)."""
    return quick_settings(tmp_path, login_max_failures=10, snapshot_min_rows=1, snapshot_build_on_login=False)


def _seed(devices: dict[str, SyncClient], engine: Engine) -> None:
    """Two workers' people with notes and edits, a person moved from w1 to w2, one purged, a conflict."""
    w1, w2 = devices["w1"], devices["w2"]
    changes = []
    for i, name in enumerate(NAMES):
        changes.append(w1.change("client", f"c-{i}", op="insert", **person_fields(name)))
        changes.append(w1.change("contact_note", f"n-{i}", op="insert", **note_fields(f"c-{i}", w1.user_id)))
    w1.sync(changes)
    w1.sync([w1.change("client", "c-0", phone="705-555-0100"), w1.change("client", "c-1", phone="1")])
    w2.sync([w2.change("client", "d-0", op="insert", **person_fields("Ignatius"))])
    with writing(engine) as session:
        admin.reassign_person(session, "c-2", "w2")
    with writing(engine) as session:
        admin.purge_person(session, "c-3")
    # A stale edit from another device of w1: a conflict addressed to w1's scope.
    other = SyncClient.enrol(w1.http, "w1", "a long enough password", "dev-w1-b")
    other.sync([other.change("client", "c-0", phone="705-555-0199", base=0)])


def _offer(dev: SyncClient) -> SnapshotInfo:
    r = dev.http.post("/snapshots", headers=dev.headers())
    assert r.status_code == 200, r.text
    return SnapshotInfo.model_validate(r.json())


def _data(dev: SyncClient, info: SnapshotInfo, **headers: str) -> Any:
    return dev.http.get(f"/snapshots/{info.id}/data", headers=dev.headers() | headers)


def _items(info: SnapshotInfo, body: bytes) -> list[PageItem]:
    return list(iter_items(io.BytesIO(body), decode_key(info.key)))


def _state(items: list[PageItem]) -> dict[tuple[str, str], dict[str, tuple[Any, int, str]]]:
    return {
        (i.table, i.record_id): {k: (f.value, f.version, f.hlc) for k, f in i.fields.items()}
        for i in items
        if i.kind == "record"
    }


def _paged(dev: SyncClient) -> tuple[list[PageItem], int]:
    """A fresh device's paged pull from cursor 0, applied as the device would (evictions, purges)."""
    dev.cursor, got = 0, dict[tuple[str, str], PageItem]()
    conflicts = []
    while True:
        resp = dev.sync(budget=4096)
        for item in resp.items:
            if item.kind == "record":
                got[(item.table, item.record_id)] = item
            elif item.kind == "conflict":
                conflicts.append(item)
            else:
                got = {k: v for k, v in got.items() if item.record_id not in (k[1], v.client_id)}
        if not resp.has_more:
            return [*got.values(), *conflicts], resp.next_cursor


@pytest.mark.parametrize("who", ["w1", "w2", "s1", "a1"])
def test_snapshot_holds_what_paged_pulls_deliver(
    devices: dict[str, SyncClient], engine: Engine, who: str
) -> None:
    _seed(devices, engine)
    dev = devices[who]
    info = _offer(dev)
    r = _data(dev, info)
    assert r.status_code == 200 and r.headers["accept-ranges"] == "bytes"
    assert r.headers["etag"] == etag(info.sha256) and len(r.content) == info.size
    items = _items(info, r.content)
    paged, high = _paged(dev)
    assert info.seq == high and info.items == len(items)
    assert _state(items) == _state(paged)  # same records, values, field versions and clocks
    assert sorted(i.conflict.id for i in items if i.conflict) == sorted(
        i.conflict.id for i in paged if i.conflict
    )
    assert all(i.kind in ("record", "conflict") for i in items)  # no evictions: it starts an empty device
    if who == "w1":
        assert {k[1] for k in _state(items) if k[0] == "client"} == {"c-0", "c-1", "c-4", "c-5"}
        assert any(i.kind == "conflict" for i in items)


def test_range_requests_resume_and_refuse_bad_ranges(devices: dict[str, SyncClient], engine: Engine) -> None:
    _seed(devices, engine)
    dev = devices["w1"]
    info = _offer(dev)
    whole = _data(dev, info).content
    half = info.size // 2
    r = _data(dev, info, Range=f"bytes={half}-", **{"If-Range": etag(info.sha256)})
    assert r.status_code == 206 and r.content == whole[half:]
    assert r.headers["content-range"] == f"bytes {half}-{info.size - 1}/{info.size}"
    assert whole[:half] + r.content == whole
    r = _data(dev, info, Range="bytes=10-19")
    assert r.status_code == 206 and r.content == whole[10:20]
    r = _data(dev, info, Range="bytes=-16")
    assert r.status_code == 206 and r.content == whole[-16:]
    # An If-Range naming other bytes: the whole file, never a tail to glue onto another file's head.
    r = _data(dev, info, Range=f"bytes={half}-", **{"If-Range": '"' + "0" * 64 + '"'})
    assert r.status_code == 200 and r.content == whole
    for bad in (f"bytes={info.size}-", "bytes=20-10", "bytes=abc", "bytes=-0", "bytes=0-1,5-6", "items=0-1"):
        r = _data(dev, info, Range=bad)
        assert r.status_code == 416, bad
        assert r.headers["content-range"] == f"bytes */{info.size}"


def test_another_scope_gets_404_and_the_attempt_is_audited(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    _seed(devices, engine)
    info = _offer(devices["w1"])
    thief = devices["w3"]
    assert thief.http.get(f"/snapshots/{info.id}", headers=thief.headers()).status_code == 404
    assert _data(thief, info).status_code == 404
    assert _data(devices["w2"], info).status_code == 404
    assert thief.http.get(f"/snapshots/{info.id}").status_code == 401
    assert thief.http.get("/snapshots/../etc", headers=thief.headers()).status_code == 404
    assert thief.http.get("/snapshots/" + "z" * 32 + "/data", headers=thief.headers()).status_code == 404
    with reading(engine) as session:
        actions = [(e.action, e.actor_id) for e in session.exec(select(AuditEvent))]
    assert ("snapshot.denied", thief.user_id) in actions
    assert ("snapshot.key", devices["w1"].user_id) in actions


def test_the_device_of_the_scope_gets_the_key_again_by_id(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    _seed(devices, engine)
    info = _offer(devices["w1"])
    other = SyncClient.enrol(devices["w1"].http, "w1", "a long enough password", "dev-w1-usb")
    r = other.http.get(f"/snapshots/{info.id}", headers=other.headers())
    assert r.status_code == 200 and SnapshotInfo.model_validate(r.json()) == info


def test_files_on_the_server_hold_no_personal_data_or_keys(
    devices: dict[str, SyncClient], engine: Engine, settings: ServerSettings
) -> None:
    _seed(devices, engine)
    infos = [_offer(devices[u]) for u in ("w1", "s1", "a1")]
    files = list(settings.snapshot_dir().iterdir())
    assert {p.suffix for p in files} == {".snap", ".json"}
    for path in files:
        data = path.read_bytes()
        for name in (*NAMES, "Ignatius", "Tester", "705-555"):
            assert name.encode() not in data, (path.name, name)
            assert name.lower().encode() not in data
        for info in infos:
            assert info.key.encode() not in data and decode_key(info.key) not in data


def test_small_scopes_get_no_snapshot_and_offers_are_reused_then_expire(
    devices: dict[str, SyncClient], engine: Engine, clock: Any, settings: ServerSettings
) -> None:
    assert devices["w3"].http.post("/snapshots", headers=devices["w3"].headers()).status_code == 204
    _seed(devices, engine)
    first = _offer(devices["w1"])
    assert _offer(devices["w1"]).id == first.id  # a recent one is offered again
    clock.advance(settings.snapshot_reuse_s + 1)
    second = _offer(devices["w1"])
    assert second.id != first.id
    clock.advance(settings.snapshot_ttl_s)  # the first one's bytes are no longer served
    devices["w1"].enrolment = SyncClient.enrol(
        devices["w1"].http, "w1", "a long enough password", "w1-x"
    ).enrolment
    w1 = devices["w1"]
    assert _data(w1, first).status_code == 404
    assert w1.http.get(f"/snapshots/{first.id}", headers=w1.headers()).status_code == 200  # key kept longer
    _offer(w1)  # sweeps
    assert not (settings.snapshot_dir() / f"{first.id}.snap").exists()
    assert (settings.snapshot_dir() / f"{first.id}.json").exists()


def test_snapshot_routes_are_in_the_openapi_description(devices: dict[str, SyncClient]) -> None:
    spec = devices["w1"].http.get("/openapi.json").json()
    paths = spec["paths"]
    assert {"/snapshots", "/snapshots/{snapshot_id}", "/snapshots/{snapshot_id}/data"} <= set(paths)
    data = paths["/snapshots/{snapshot_id}/data"]["get"]
    assert {"200", "206", "401", "404", "416"} <= set(data["responses"])
    assert data["security"]
    assert json.dumps(paths["/snapshots"]["post"]["responses"]["200"]).count("SnapshotInfo") >= 1
