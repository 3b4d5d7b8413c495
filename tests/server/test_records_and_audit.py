"""Scoped reads (C1) and the audit log: once per access, no personal content, hash chain (C10)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import col, select

from linkdesk.server import audit
from linkdesk.server.account_tables import AuditEvent
from linkdesk.server.db import reading, writing

from .support import SyncClient, person_fields


def test_c1_another_workers_person_is_404_even_with_scope_parameters(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1, w3 = devices["w1"], devices["w3"]
    w3.sync([w3.change("client", "c-south", op="insert", **person_fields("Secret"))])
    for url in ("/records/client/c-south", "/records/client/c-south?team=south&owner=" + w3.user_id):
        r = w1.http.get(url, headers=w1.headers())
        assert r.status_code == 404 and "Secret" not in r.text
    assert w1.http.get("/records/client/nope", headers=w1.headers()).status_code == 404
    assert (
        w3.http.get("/records/client/c-south", headers=w3.headers()).json()["fields"]["given_name"]["value"]
        == "Secret"
    )
    with reading(engine) as session:
        denied = list(session.exec(select(AuditEvent).where(AuditEvent.action == "record.read.denied")))
        reads = list(session.exec(select(AuditEvent).where(AuditEvent.action == "record.read")))
    assert len(denied) == 3 and {d.actor_id for d in denied} == {w1.user_id}
    assert len(reads) == 1


def test_c10_audit_has_each_access_once_no_personal_content_and_verifies(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1 = devices["w1"]
    w1.sync([w1.change("client", "c-1", op="insert", **person_fields("Zelda", phone="555-7777"))])
    w1.http.get("/records/client/c-1", headers=w1.headers())
    with reading(engine) as session:
        events = list(session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))))
        lines = list(audit.export_lines(session))
        assert audit.verify(session) is None
    pushes = [e for e in events if e.action.startswith("sync.push") and e.record_id == "c-1"]
    assert len(pushes) == 1
    assert len([e for e in events if e.action == "record.read"]) == 1
    assert not any("Zelda" in line or "555-7777" in line for line in lines)


def test_c10_audit_rows_cannot_be_updated_or_deleted(devices: dict[str, SyncClient], engine: Engine) -> None:
    for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError), writing(engine) as session:
            session.execute(text(statement))


def test_c10_a_tampered_chain_is_detected(devices: dict[str, SyncClient], engine: Engine) -> None:
    with writing(engine) as session:
        first = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))).first()
        assert first is not None
        with session.no_autoflush:  # the database would refuse to store it (append-only trigger)
            first.hash = "f" * 64
            assert audit.verify(session) == 1
        session.expunge_all()
