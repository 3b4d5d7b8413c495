"""Supervisor endpoints: GET /team (members, device sync times) and POST /team/handover (team-scoped,
audited), the old device's late edits (scenario C4) and moving a worker to another team (C3)."""

from __future__ import annotations

import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.server import admin, supervision
from linkdesk.server.account_tables import AuditEvent
from linkdesk.server.cli import main
from linkdesk.server.db import create_server_engine, reading, writing
from linkdesk.server.handover_tables import Handover
from linkdesk.server.tables import Client, ContactNote

from .support import Clock, SyncClient, note_fields, person_fields


def _team(dev: SyncClient) -> Any:
    return dev.http.get("/team", headers=dev.headers())


def _hand_over(dev: SyncClient, client_id: str, to_user_id: str) -> Any:
    return dev.http.post(
        "/team/handover", json={"client_id": client_id, "to_user_id": to_user_id}, headers=dev.headers()
    )


def _actions(engine: Engine, action: str) -> list[AuditEvent]:
    with reading(engine) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_team_lists_the_supervisors_team_with_device_sync_times(
    devices: dict[str, SyncClient], people: dict[str, str], clock: Clock, engine: Engine
) -> None:
    devices["w1"].sync()  # w1 syncs now; w2 enrolled but never synced
    clock.advance(600)  # within the access token's life
    r = _team(devices["s1"])
    assert r.status_code == 200, r.text
    body = r.json()
    by_name = {m["username"]: m for m in body["members"]}
    assert set(by_name) == {"w1", "w2", "s1"}  # w3 (south) and a1 (no team) are not listed
    assert by_name["w1"]["last_sync_ms"] == clock.now - 600 * 1000
    assert by_name["w2"]["last_sync_ms"] is None and by_name["w2"]["devices"] == 1
    assert body["team_name"] == "north" and body["server_time_ms"] == clock.now
    assert len(_actions(engine, "team.view")) == 1


def test_sync_time_is_written_at_most_once_a_minute(devices: dict[str, SyncClient], clock: Clock) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    w1.sync()
    first = clock.now
    clock.advance(30)
    w1.sync()
    assert {m["username"]: m for m in _team(s1).json()["members"]}["w1"]["last_sync_ms"] == first
    clock.advance(31)
    w1.sync()
    assert {m["username"]: m for m in _team(s1).json()["members"]}["w1"]["last_sync_ms"] == clock.now


def test_workers_admins_and_strangers_cannot_see_a_team(
    devices: dict[str, SyncClient], http: TestClient
) -> None:
    assert _team(devices["w1"]).status_code == 403
    assert _team(devices["a1"]).status_code == 403
    assert http.get("/team").status_code == 401
    assert http.get("/team", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_handover_within_the_team_moves_the_person_and_is_audited(
    devices: dict[str, SyncClient], people: dict[str, str], engine: Engine
) -> None:
    w1, w2, s1 = devices["w1"], devices["w2"], devices["s1"]
    w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])
    r = _hand_over(s1, "c-1", people["w2"])
    assert r.status_code == 200, r.text
    assert r.json()["from_user_id"] == people["w1"] and r.json()["to_user_id"] == people["w2"]
    assert ("client", "c-1") in w2.pull_all()
    assert w1.pull_all() == {}
    with reading(engine) as session:
        client = session.get(Client, "c-1")
        assert client is not None and client.assigned_worker_id == people["w2"]
        handover = session.exec(select(Handover)).one()
        assert handover.by_user_id == people["s1"] and handover.from_user_id == people["w1"]
    events = _actions(engine, "person.reassign")
    assert [(e.actor_id, e.device_id, e.record_id) for e in events] == [(people["s1"], s1.device_id, "c-1")]
    # The supervisor still sees the person (same team).
    assert s1.pull_all()[("client", "c-1")]["assigned_worker_id"] == people["w2"]


def test_handover_refusals_change_nothing(
    devices: dict[str, SyncClient], people: dict[str, str], engine: Engine
) -> None:
    w1, w3, s1 = devices["w1"], devices["w3"], devices["s1"]
    w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])
    w3.sync([w3.change("client", "c-south", op="insert", **person_fields("Sud"))])
    assert _hand_over(w1, "c-1", people["w2"]).status_code == 403  # a worker
    assert _hand_over(s1, "c-south", people["w2"]).status_code == 404  # another team's person
    assert _hand_over(s1, "no-such", people["w2"]).status_code == 404
    assert _hand_over(s1, "c-1", people["w3"]).status_code == 422  # a worker of another team
    assert _hand_over(s1, "c-1", people["s1"]).status_code == 422  # not a worker
    assert _hand_over(s1, "c-1", "nobody").status_code == 422
    assert _hand_over(s1, "c-1", people["w1"]).status_code == 409  # already theirs
    bad = s1.http.post("/team/handover", json={"client_id": "c-1"}, headers=s1.headers())
    assert bad.status_code == 422
    extra = {"client_id": "c-1", "to_user_id": people["w2"], "owner": "x"}
    assert s1.http.post("/team/handover", json=extra, headers=s1.headers()).status_code == 422
    with reading(engine) as session:
        client = session.get(Client, "c-1")
        assert client is not None and client.assigned_worker_id == people["w1"]
        assert session.exec(select(Handover)).all() == []
    assert len(_actions(engine, "person.reassign.denied")) == 2  # the out-of-scope attempts


def test_c4_late_edits_of_the_old_device_are_merged_not_lost(
    devices: dict[str, SyncClient], people: dict[str, str], engine: Engine
) -> None:
    w1, w2, s1 = devices["w1"], devices["w2"], devices["s1"]
    w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])
    w1.pull_all()
    assert _hand_over(s1, "c-1", people["w2"]).status_code == 200
    # w1 has not pulled since: its offline edit and its visit note land on the server (for w2 now).
    resp = w1.sync(
        [
            w1.change("client", "c-1", base=1, phone="555-0100"),
            w1.change(
                "contact_note", "n-late", op="insert", **note_fields("c-1", people["w1"], "late visit")
            ),
        ],
        advance=False,
    )
    assert [a.status for a in resp.acks] == ["applied", "applied"]
    assert [(i.kind, i.record_id) for i in resp.items if i.kind == "evict"] == [("evict", "c-1")]
    moved = w2.pull_all()
    assert moved[("client", "c-1")]["phone"] == "555-0100"
    assert moved[("contact_note", "n-late")]["summary"] == "late visit"
    assert len(_actions(engine, "sync.push.applied.late")) == 2
    # Once w1 has pulled the eviction, it knows: further edits are refused.
    w1.cursor = resp.next_cursor
    ack = w1.sync([w1.change("client", "c-1", phone="555-0199")]).acks[0]
    assert ack.status == "rejected" and ack.reason == "out_of_scope"


def test_c4_a_late_edit_racing_the_new_worker_becomes_a_conflict(
    devices: dict[str, SyncClient], people: dict[str, str]
) -> None:
    w1, w2, s1 = devices["w1"], devices["w2"], devices["s1"]
    w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])
    cursor = w1.cursor
    assert _hand_over(s1, "c-1", people["w2"]).status_code == 200
    w2.pull_all()
    w2.sync([w2.change("client", "c-1", base=1, phone="555-NEW", hlc=w2.hlc(w2.hlc_ms + 5000))])
    w1.cursor = cursor
    ack = w1.sync([w1.change("client", "c-1", base=1, phone="555-OLD")]).acks[0]
    assert ack.status == "conflict"
    assert w2.pull_all()[("client", "c-1")]["phone"] == "555-NEW"  # the later write wins...
    s1.cursor = 0
    kept = [i.conflict for i in s1.sync().items if i.kind == "conflict" and i.conflict is not None]
    assert [(c.winner_value, c.loser_value, c.loser_user) for c in kept] == [
        ("555-NEW", "555-OLD", people["w1"])
    ]  # ...and the old worker's value is kept in a conflict the supervisor sees


def test_c3_a_worker_moved_to_another_team_leaves_the_old_supervisors_view(
    devices: dict[str, SyncClient], people: dict[str, str], engine: Engine, http: TestClient
) -> None:
    w2, s1 = devices["w2"], devices["s1"]
    w2.sync([w2.change("client", "c-2", op="insert", **person_fields())])
    assert ("client", "c-2") in s1.pull_all()
    s1.pull_all()
    with writing(engine) as session:
        supervision.move_to_team(session, "w2", "south")
    resp = s1.sync()
    assert ("evict", "c-2") in [(i.kind, i.record_id) for i in resp.items]
    assert s1.pull_all() == {}
    assert "w2" not in {m["username"] for m in _team(s1).json()["members"]}
    # w2 keeps their own caseload; a south supervisor would see it.
    assert ("client", "c-2") in w2.pull_all()
    with reading(engine) as session:
        client = session.get(Client, "c-2")
        south = admin.team_by_name(session, "south")
        assert client is not None and client.team_id == client.scope_team_id == south.id
        assert client.scope_owner_id == people["w2"]
        assert session.exec(select(ContactNote)).all() == []
    assert admin.SERVER_ACTOR in {e.actor_id for e in _actions(engine, "user.move")}


def test_cli_moves_a_worker_and_names_users(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LINKDESK_SERVER_ARGON2_MEMORY_KIB", "64")
    monkeypatch.setenv("LINKDESK_SERVER_ARGON2_PARALLELISM", "1")

    def cli(*args: str) -> int:
        return main(["--data-dir", str(tmp_path / "srv"), *args])

    assert cli("init") == 0
    assert cli("team", "add", "north") == 0 and cli("team", "add", "south") == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert (
        cli("user", "add", "ana", "--role", "worker", "--team", "north", "--display-name", "Ana Ouellet") == 0
    )
    capsys.readouterr()
    assert cli("user", "move", "ana", "--team", "south") == 0
    assert cli("user", "move", "ana", "--team", "south") == 1
    assert capsys.readouterr().err.strip() == "linkdesk-server: error: already_in_team"
    assert cli("user", "move", "nobody", "--team", "south") == 1
    engine = create_server_engine(f"sqlite+pysqlite:///{tmp_path / 'srv' / 'server.db'}")
    try:
        with reading(engine) as session:
            ana = admin.user_by_name(session, "ana")
            assert (
                ana.display_name == "Ana Ouellet" and ana.team_id == admin.team_by_name(session, "south").id
            )
    finally:
        engine.dispose()


def test_c3_another_teams_person_is_refused_to_a_supervisor(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w3, s1 = devices["w3"], devices["s1"]
    w3.sync([w3.change("client", "c-south", op="insert", **person_fields("Sud"))])
    r = s1.http.get("/records/client/c-south", headers=s1.headers())
    assert r.status_code == 404
    ack = s1.sync([s1.change("client", "c-south", phone="555-0000")]).acks[0]
    assert (ack.status, ack.reason) == ("rejected", "out_of_scope")
    assert ("client", "c-south") not in s1.pull_all()
    denied = _actions(engine, "record.read.denied")
    assert [(e.record_type, e.record_id) for e in denied] == [("client", "c-south")]
