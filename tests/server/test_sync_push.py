"""Pushing changes: apply, dedupe, scope, merge, conflicts, deletes, purges (C2, C5, D1, D8, D9, D12)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.protocol.sync import SyncResponse
from linkdesk.server import admin
from linkdesk.server.db import reading, writing
from linkdesk.server.sync_tables import Conflict
from linkdesk.server.tables import Client

from .support import START_MS, SyncClient, note_fields, person_fields


def _new_person(dev: SyncClient, cid: str, given: str = "Ada") -> SyncResponse:
    resp = dev.sync([dev.change("client", cid, op="insert", **person_fields(given))])
    assert resp.acks[0].status == "applied", resp.acks
    return resp


def _client(engine: Engine, cid: str) -> Client | None:
    with reading(engine) as session:
        return session.get(Client, cid)


def test_insert_is_applied_and_owned_by_the_pusher(
    devices: dict[str, SyncClient], engine: Engine, people: dict[str, str]
) -> None:
    resp = _new_person(devices["w1"], "c-1")
    row = _client(engine, "c-1")
    assert row is not None and row.given_name == "Ada"
    assert row.assigned_worker_id == people["w1"] and row.scope_owner_id == people["w1"]
    assert (
        resp.write_checkpoint >= 1 and resp.acks[0].fields["given_name"] == resp.acks[0].fields["family_name"]
    )


def test_d1_a_lost_response_retried_applies_nothing_twice(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1 = devices["w1"]
    batch = [
        w1.change("client", "c-1", op="insert", **person_fields()),
        w1.change("contact_note", "n-1", op="insert", **note_fields("c-1", w1.user_id)),
    ]
    first = w1.sync(batch, advance=False)
    again = w1.sync(batch)
    assert [a.status for a in first.acks] == ["applied", "applied"]
    assert [a.status for a in again.acks] == ["duplicate", "duplicate"]
    assert [a.fields for a in again.acks] == [a.fields for a in first.acks]
    assert again.write_checkpoint == first.write_checkpoint
    notes = [i for i in again.items if i.table == "contact_note"]
    assert len(notes) == 1  # sent in part, so the server's whole record comes back, once
    # Every other device in scope receives the note once.
    pulled = devices["s1"].pull_all()
    assert [k for k in pulled if k[0] == "contact_note"] == [("contact_note", "n-1")]


def test_c2_one_out_of_scope_change_is_rejected_the_rest_applied(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    _new_person(devices["w3"], "c-south")
    w1 = devices["w1"]
    batch = [
        w1.change("client", "c-mine", op="insert", **person_fields("Mine")),
        w1.change("client", "c-south", given_name="Hijack"),
        w1.change("contact_note", "n-bad", op="insert", **note_fields("c-south", w1.user_id)),
        w1.change("contact_note", "n-ok", op="insert", **note_fields("c-mine", w1.user_id)),
    ]
    acks = w1.sync(batch).acks
    assert [(a.status, a.reason) for a in acks] == [
        ("applied", None),
        ("rejected", "out_of_scope"),
        ("rejected", "out_of_scope"),
        ("applied", None),
    ]
    south = _client(engine, "c-south")
    assert south is not None and south.given_name == "Ada"


def test_c5_unknown_or_server_owned_fields_are_422_and_change_nothing(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1 = devices["w1"]
    bads: list[dict[str, object]] = [{"scope_owner_id": "me"}, {"field_versions": {}}, {"seq": 99}, {"x": 1}]
    for bad in bads:
        ok = w1.change("client", "c-ok", op="insert", **person_fields())
        evil = w1.change("client", "c-1", phone="1")
        evil["fields"] = {k: evil["fields"]["phone"] | {"value": v} for k, v in bad.items()}
        r = w1.raw_sync(w1.body([ok, evil]))
        assert r.status_code == 422, bad
    body = w1.body()
    body["owner"] = "someone"
    assert w1.raw_sync(body).status_code == 422
    assert _client(engine, "c-ok") is None


def test_reassigning_through_a_push_is_refused(
    devices: dict[str, SyncClient], people: dict[str, str]
) -> None:
    _new_person(devices["w1"], "c-1")
    acks = devices["w1"].sync([devices["w1"].change("client", "c-1", assigned_worker_id=people["w2"])]).acks
    assert acks[0].status == "rejected" and acks[0].reason == "server_owned_field:assigned_worker_id"


def test_invalid_values_are_rejected_with_the_field_name(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    _new_person(w1, "c-1")
    acks = w1.sync(
        [
            w1.change("client", "c-1", status="exploded"),
            w1.change("client", "c-1", status_changed_at="2026-01-01T00:00:00"),
        ]
    ).acks
    assert [(a.status, a.reason) for a in acks] == [
        ("rejected", "invalid:status"),
        ("rejected", "invalid:status_changed_at"),
    ]


def test_clean_update_bumps_the_field_version(devices: dict[str, SyncClient], engine: Engine) -> None:
    w1 = devices["w1"]
    base = _new_person(w1, "c-1").acks[0].fields["phone"]
    ack = w1.sync([w1.change("client", "c-1", base=base, phone="555-0100")]).acks[0]
    assert ack.status == "applied" and ack.fields["phone"] > base
    row = _client(engine, "c-1")
    assert row is not None and row.phone == "555-0100"


def test_d8_concurrent_edits_same_winner_everywhere_and_conflict_kept(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    base = _new_person(w1, "c-1").acks[0].fields["phone"]
    # The supervisor edits online; the worker edited the same field offline earlier (older HLC).
    s1_ack = s1.sync(
        [s1.change("client", "c-1", base=base, phone="555-SUPER", hlc=s1.hlc(START_MS + 5000))]
    ).acks[0]
    assert s1_ack.status == "applied"
    w1_ack = w1.sync(
        [w1.change("client", "c-1", base=base, phone="555-WORKER", hlc=w1.hlc(START_MS + 1000))]
    ).acks[0]
    assert w1_ack.status == "conflict"
    row = _client(engine, "c-1")
    assert row is not None and row.phone == "555-SUPER"  # the later HLC wins
    with reading(engine) as session:
        conflicts = list(session.exec(select(Conflict)))
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c.winner_value, c.loser_value, c.winner_device, c.loser_device) == (
        "555-SUPER",
        "555-WORKER",
        s1.device_id,
        w1.device_id,
    )
    # Both authors see the same final value and the conflict.
    for dev in (w1, s1):
        dev.cursor = 0
        state = dev.pull_all()
        assert state[("client", "c-1")]["phone"] == "555-SUPER"
    items = w1.sync(advance=False).items
    assert all(i.kind != "conflict" for i in items)  # already delivered, cursor has moved on


def test_d8_the_winner_does_not_depend_on_arrival_order(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    base = _new_person(w1, "c-1").acks[0].fields["phone"]
    w1.sync([w1.change("client", "c-1", base=base, phone="555-WORKER", hlc=w1.hlc(START_MS + 1000))])
    ack = s1.sync(
        [s1.change("client", "c-1", base=base, phone="555-SUPER", hlc=s1.hlc(START_MS + 5000))]
    ).acks[0]
    assert ack.status == "conflict"
    row = _client(engine, "c-1")
    assert row is not None and row.phone == "555-SUPER"


def test_a_resolution_with_a_covering_base_is_an_ordinary_edit(devices: dict[str, SyncClient]) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    base = _new_person(w1, "c-1").acks[0].fields["phone"]
    now = s1.sync([s1.change("client", "c-1", base=base, phone="A")]).acks[0].fields["phone"]
    w1.sync([w1.change("client", "c-1", base=base, phone="B")])
    ack = w1.sync([w1.change("client", "c-1", base=now, phone="C")]).acks[0]
    assert ack.status == "applied"


def test_a_devices_own_successive_edits_never_conflict(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    base = _new_person(w1, "c-1").acks[0].fields["phone"]
    acks = w1.sync(
        [w1.change("client", "c-1", base=base, phone="1"), w1.change("client", "c-1", base=base, phone="2")]
    ).acks
    assert [a.status for a in acks] == ["applied", "applied"]


def test_append_only_records_never_conflict(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    _new_person(w1, "c-1")
    note = w1.change("contact_note", "n-1", op="insert", **note_fields("c-1", w1.user_id))
    assert w1.sync([note]).acks[0].status == "applied"
    replay = w1.change("contact_note", "n-1", op="insert", **note_fields("c-1", w1.user_id))
    assert w1.sync([replay]).acks[0].status == "applied"
    edit = w1.change("contact_note", "n-1", summary="rewritten")
    ack = w1.sync([edit]).acks[0]
    assert ack.status == "rejected" and ack.reason == "append_only"


def test_d9_an_old_edit_never_resurrects_a_deleted_record(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    fields = _new_person(w1, "c-1").acks[0].fields
    assert (
        s1.sync([s1.change("client", "c-1", base=fields["deleted"], deleted=True)]).acks[0].status
        == "applied"
    )
    ack = w1.sync([w1.change("client", "c-1", base=fields["phone"], phone="555-OLD")]).acks[0]
    assert ack.status == "conflict" and ack.reason == "deleted"
    row = _client(engine, "c-1")
    assert row is not None and row.deleted and row.phone is None
    with reading(engine) as session:
        kept = session.exec(select(Conflict).where(Conflict.field == "phone")).one()
    assert kept.loser_value == "555-OLD"


def test_purged_ids_are_acknowledged_as_purged_forever(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1 = devices["w1"]
    _new_person(w1, "c-1")
    with writing(engine) as session:
        admin.purge_person(session, "c-1")
    acks = w1.sync(
        [
            w1.change("client", "c-1", op="insert", **person_fields()),
            w1.change("client", "c-1", given_name="Back"),
        ]
    ).acks
    assert [a.status for a in acks] == ["purged", "purged"]
    assert _client(engine, "c-1") is None


def test_clocks_far_ahead_are_clamped(devices: dict[str, SyncClient], engine: Engine) -> None:
    w1 = devices["w1"]
    base = _new_person(w1, "c-1").acks[0].fields["phone"]
    # A device clock a day ahead cannot win every conflict for a day: it is clamped to now + 10 min.
    w1.sync([w1.change("client", "c-1", base=base, phone="FUTURE", hlc=w1.hlc(START_MS + 86_400_000))])
    with reading(engine) as session:
        row = session.get(Client, "c-1")
        assert row is not None
        stamp = row.field_versions["phone"][1]
    assert int(stamp[:15]) == START_MS + 600_000


def test_d12_protocol_or_schema_mismatch_is_426_before_any_change(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1 = devices["w1"]
    change = w1.change("client", "c-1", op="insert", **person_fields())
    for key in ("protocol_version", "schema_version"):
        body = w1.body([change]) | {key: 999, "some_future_field": True}
        assert w1.raw_sync(body).status_code == 426
    assert w1.raw_sync(w1.body([change]), headers={"LinkDesk-Protocol": "0"}).status_code == 426
    assert _client(engine, "c-1") is None


def _prescription(client_id: str, author: str) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "service_name": "Walking group",
        "kind": "referral",
        "created_by": author,
        "created_at": "2026-03-03T10:00:00+00:00",
        "updated_at": "2026-03-03T10:00:00+00:00",
        "status_changed_at": "2026-03-03T10:00:00+00:00",
    }


def test_status_machines_merge_by_rule_an_illegal_transition_is_flagged_not_applied(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    _new_person(w1, "c-1")
    ack = w1.sync([w1.change("prescription", "p-1", op="insert", **_prescription("c-1", w1.user_id))]).acks[0]
    base = ack.fields["status"]
    # Offline, the worker marks it sent then cancelled; the supervisor meanwhile marks it sent -> declined.
    s1_acks = s1.sync([s1.change("prescription", "p-1", base=base, status="sent")]).acks
    assert s1_acks[0].status == "applied"
    declined = s1.sync(
        [s1.change("prescription", "p-1", base=s1_acks[0].fields["status"], status="declined")]
    )
    assert declined.acks[0].status == "applied"
    late = w1.sync(
        [w1.change("prescription", "p-1", base=base, status="cancelled", hlc=w1.hlc(START_MS + 3_600_000))]
    ).acks[0]
    assert late.status == "conflict"  # declined -> cancelled is not a legal transition, even with a later HLC
    with reading(engine) as session:
        from linkdesk.server.tables import Prescription

        row = session.get(Prescription, "p-1")
        assert row is not None and row.status == "declined"
        flagged = session.exec(select(Conflict).where(Conflict.record_id == "p-1")).one()
    assert (flagged.winner_value, flagged.loser_value) == ("declined", "cancelled")
    illegal = w1.sync(
        [w1.change("prescription", "p-1", base=declined.acks[0].fields["status"], status="drafted")]
    )
    assert illegal.acks[0].status == "conflict"
