"""No echo: a change the server stored exactly as its device sent it is not pulled back by that device.

Everyone else in scope still receives it; a conflict, a value the server filled in, or a full re-pull after
a restore (`include_own`) still sends the record to its author.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from linkdesk.protocol.values import to_wire
from linkdesk.server import admin
from linkdesk.server.db import reading
from linkdesk.server.tables import FAMILIES

from .conftest import PASSWORD
from .support import START_MS, SyncClient, person_fields


@pytest.fixture
def north(engine: Engine) -> str:
    with reading(engine) as session:
        return admin.team_by_name(session, "north").id


def _full_person(people: dict[str, str], owner: str, team: str) -> dict[str, object]:
    """Every field of a new person, as a laptop sends it (records/ defaults for the rest)."""
    typed = FAMILIES["client"].model_validate(
        person_fields(assigned_worker_id=people[owner], team_id=team) | {"id": "x"}
    )
    return {n: to_wire(v) for n, v in typed.model_dump().items() if n != "id"}


def _records(items: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(i.table, i.record_id) for i in items if i.kind == "record"]


def test_a_new_person_sent_whole_is_not_echoed(
    devices: dict[str, SyncClient], people: dict[str, str], north: str, http: TestClient
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    resp = w1.sync([w1.change("client", "c-1", op="insert", **_full_person(people, "w1", north))])
    assert resp.acks[0].status == "applied"
    assert _records(resp.items) == []  # the laptop already holds it, with the versions from its ack
    assert set(resp.acks[0].fields) == set(FAMILIES["client"].model_fields) - {"id"}
    assert ("client", "c-1") in s1.pull_all()  # the supervisor gets it
    other_laptop = SyncClient.enrol(http, "w1", PASSWORD, "dev-w1-second")
    assert ("client", "c-1") in _records(other_laptop.sync().items)  # and so does the worker's other laptop


def test_a_value_the_server_filled_in_comes_back(
    devices: dict[str, SyncClient], people: dict[str, str]
) -> None:
    w1 = devices["w1"]
    resp = w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])  # no assigned worker sent
    items = [i for i in resp.items if i.kind == "record"]
    assert [(i.table, i.record_id) for i in items] == [("client", "c-1")]
    assert items[0].fields["assigned_worker_id"].value == people["w1"]


def test_an_edit_stored_as_sent_is_not_echoed_but_reaches_the_others(
    devices: dict[str, SyncClient], people: dict[str, str], north: str
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    ack = w1.sync([w1.change("client", "c-1", op="insert", **_full_person(people, "w1", north))]).acks[0]
    s1.pull_all()
    resp = w1.sync([w1.change("client", "c-1", base=ack.fields["phone"], phone="555-0101")])
    assert resp.acks[0].status == "applied"
    assert resp.items == []
    assert resp.next_cursor >= resp.write_checkpoint  # the cursor moves past the skipped change
    seen = s1.sync().items
    assert [(i.record_id, i.fields["phone"].value) for i in seen] == [("c-1", "555-0101")]
    assert seen[0].fields["phone"].version == resp.acks[0].fields["phone"]


def test_a_conflict_sends_the_winner_back_to_the_loser(
    devices: dict[str, SyncClient], people: dict[str, str], north: str
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    base = w1.sync([w1.change("client", "c-1", op="insert", **_full_person(people, "w1", north))]).acks[0]
    phone = base.fields["phone"]
    s1.sync([s1.change("client", "c-1", base=phone, phone="555-SUPER", hlc=s1.hlc(START_MS + 5000))])
    resp = w1.sync([w1.change("client", "c-1", base=phone, phone="555-WORKER", hlc=w1.hlc(START_MS + 1000))])
    assert resp.acks[0].status == "conflict"
    records = [i for i in resp.items if i.kind == "record"]
    assert [i.fields["phone"].value for i in records] == ["555-SUPER"]
    assert any(i.kind == "conflict" for i in resp.items)


def test_a_full_re_pull_includes_the_devices_own_changes(
    devices: dict[str, SyncClient], people: dict[str, str], north: str
) -> None:
    w1 = devices["w1"]
    w1.sync([w1.change("client", "c-1", op="insert", **_full_person(people, "w1", north))])
    w1.cursor = 0
    assert _records(w1.sync().items) == []
    w1.cursor = 0
    assert _records(w1.sync(include_own=True).items) == [("client", "c-1")]
