"""The unit of work: record, outbox change and audit event commit together or not at all."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, text
from sqlmodel import col, select

from linkdesk.store.audit_chain import verify_chain
from linkdesk.store.store import Store
from linkdesk.store.sync_tables import FieldVersion, OutboxChange
from linkdesk.store.tables import AuditEvent, Client
from linkdesk.store.unit_of_work import Actor


def _outbox(store: Store) -> list[OutboxChange]:
    with store.reading() as session:
        return list(session.exec(select(OutboxChange).order_by(col(OutboxChange.device_seq))))


def test_insert_and_update_write_outbox_changes_with_base_versions(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        client = uow.add(Client(given_name="Ana", family_name="Silva"))
    with store.writing() as session:  # as if the server had acknowledged version 3 of the name
        session.add(FieldVersion(table_name="client", record_id=client.id, field="given_name", version=3))
    with store.unit_of_work(actor) as uow:
        loaded = uow.get(Client, client.id)
        assert loaded is not None
        changed = uow.update(loaded, {"given_name": "Ana-Maria", "family_name": "Silva"})
    assert changed == ["given_name"]
    insert, update = _outbox(store)
    assert insert.op == "insert" and insert.table_name == "client" and insert.client_id == client.id
    assert insert.fields["given_name"]["value"] == "Ana" and insert.fields["given_name"]["base"] == 0
    assert update.op == "update" and set(update.fields) == {"given_name"}
    assert update.fields["given_name"] == {"value": "Ana-Maria", "base": 3, "hlc": update.hlc}
    assert update.device_id == "device-1"
    assert insert.device_seq is not None and update.device_seq is not None
    assert update.device_seq > insert.device_seq


def test_an_update_that_changes_nothing_writes_nothing(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        client = uow.add(Client(given_name="Same"))
    with store.unit_of_work(actor) as uow:
        loaded = uow.get(Client, client.id)
        assert loaded is not None
        assert uow.update(loaded, {"given_name": "Same"}) == []
    assert len(_outbox(store)) == 1


def test_device_seq_is_never_reused_after_acknowledged_rows_are_cleared(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        uow.add(Client(given_name="One"))
        uow.add(Client(given_name="Two"))
    highest = max(c.device_seq or 0 for c in _outbox(store))
    with store.writing() as session:
        session.execute(delete(OutboxChange))
    with store.unit_of_work(actor) as uow:
        uow.add(Client(given_name="Three"))
    assert [c.device_seq for c in _outbox(store)] == [highest + 1]


def test_a_failure_inside_the_unit_of_work_leaves_nothing_behind(store: Store, actor: Actor) -> None:
    with pytest.raises(RuntimeError), store.unit_of_work(actor) as uow:
        uow.add(Client(given_name="Lost"))
        raise RuntimeError("boom")
    with store.reading() as session:
        assert session.exec(select(Client)).all() == []
        assert session.exec(select(OutboxChange)).all() == []
        assert session.exec(select(AuditEvent)).all() == []


def test_audit_events_chain_and_carry_no_personal_content(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        client = uow.add(Client(given_name="Private", family_name="Person"))
        uow.update(client, {"pronouns": "she/her"})
    with store.reading() as session:
        events = list(session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))))
        assert [e.action for e in events] == ["client.create", "client.update"]
        assert events[1].prev_hash == events[0].hash
        for event in events:
            assert "Private" not in event.model_dump_json() and "she/her" not in event.model_dump_json()
        assert verify_chain(session).is_intact
    with store.writing() as session:
        session.execute(text("UPDATE audit_event SET action = 'client.delete' WHERE seq = 1"))
    with store.reading() as session:
        check = verify_chain(session)
        assert not check.is_intact and check.first_broken_seq == 1


def test_unknown_or_server_owned_fields_are_refused(store: Store, actor: Actor) -> None:
    with store.unit_of_work(actor) as uow:
        client = uow.add(Client(given_name="X"))
    with pytest.raises(KeyError), store.unit_of_work(actor) as uow:
        loaded = uow.get(Client, client.id)
        assert loaded is not None
        uow.update(loaded, {"no_such_field": 1})
