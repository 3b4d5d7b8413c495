"""A database constraint that fails one pushed change: that change is refused, the rest of the batch applied.

Refusals the server decides itself happen before a change writes anything, so a batch runs without a
savepoint per change; only a constraint can fail after writing, and then the batch is run again with one
savepoint per change. A trigger stands in for such a constraint (no device-writable field reaches one
today, which is why the slow path needs a test of its own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func, text
from sqlmodel import col, select

from linkdesk.server.db import is_sqlite, reading
from linkdesk.server.sequence import CHANGE_SEQ, current_value
from linkdesk.server.sync_tables import AppliedChange, ChangeLog
from linkdesk.server.tables import Client, ContactNote

from .support import SyncClient, note_fields, person_fields

REFUSED = "refused by a constraint"


@pytest.fixture
def constrained(engine: Engine) -> Iterator[Engine]:
    """contact_note refuses REFUSED as a summary, with an integrity error on either database."""
    with engine.begin() as conn:
        if is_sqlite(engine):
            conn.execute(text(
                "CREATE TRIGGER refuse_note BEFORE INSERT ON contact_note "
                f"WHEN NEW.summary = '{REFUSED}' BEGIN SELECT RAISE(ABORT, 'refused'); END"
            ))
        else:
            conn.execute(text(
                "CREATE FUNCTION refuse_note() RETURNS trigger AS $$ BEGIN "
                f"IF NEW.summary = '{REFUSED}' THEN "
                "RAISE EXCEPTION 'refused' USING ERRCODE = 'check_violation'; END IF; "
                "RETURN NEW; END $$ LANGUAGE plpgsql"
            ))
            conn.execute(text(
                "CREATE TRIGGER refuse_note BEFORE INSERT ON contact_note "
                "FOR EACH ROW EXECUTE FUNCTION refuse_note()"
            ))
    yield engine


def test_one_change_failing_a_constraint_is_refused_and_the_rest_applied(
    devices: dict[str, SyncClient], constrained: Engine
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    before = _counter(constrained)
    batch = [
        w1.change("client", "c-1", op="insert", **person_fields()),
        w1.change("contact_note", "n-1", op="insert", **note_fields("c-1", w1.user_id, "first visit")),
        w1.change("contact_note", "n-bad", op="insert", **note_fields("c-1", w1.user_id, REFUSED)),
        w1.change("contact_note", "n-2", op="insert", **note_fields("c-1", w1.user_id, "second visit")),
        w1.change("client", "c-1", given_name="Adele"),
    ]
    acks = w1.sync(batch).acks
    assert [(a.status, a.reason) for a in acks] == [
        ("applied", None),
        ("applied", None),
        ("rejected", "integrity"),
        ("applied", None),
        ("applied", None),
    ]
    with reading(constrained) as session:
        notes = set(session.exec(select(ContactNote.id)))
        person = session.get(Client, "c-1")
        logged = list(session.exec(
            select(ChangeLog.seq, ChangeLog.record_id).where(col(ChangeLog.seq) > before).order_by(
                col(ChangeLog.seq)
            )
        ))
        stored = session.exec(
            select(func.count()).select_from(AppliedChange).where(AppliedChange.device_id == w1.device_id)
        ).one()
    assert notes == {"n-1", "n-2"}
    assert person is not None and person.given_name == "Adele"
    # One log entry per applied change, numbered without a gap; the counter ends on the last of them.
    assert [r for _, r in logged] == ["c-1", "n-1", "n-2", "c-1"]
    assert [s for s, _ in logged] == list(range(before + 1, before + 5))
    assert _counter(constrained) == before + 4
    assert stored == 5
    # The refusal is remembered: the same batch again is answered from the record of acknowledgements.
    again = w1.sync(batch).acks
    assert [a.status for a in again] == ["duplicate", "duplicate", "rejected", "duplicate", "duplicate"]
    # The team sees exactly what was applied.
    pulled = s1.pull_all()
    assert sorted(k[1] for k in pulled if k[0] == "contact_note") == ["n-1", "n-2"]


def test_a_batch_without_constraint_failures_takes_one_number_per_change(
    devices: dict[str, SyncClient], constrained: Engine
) -> None:
    w1 = devices["w1"]
    before = _counter(constrained)
    resp = w1.sync([
        w1.change("client", "c-2", op="insert", **person_fields("Bea")),
        w1.change("contact_note", "n-3", op="insert", **note_fields("c-2", w1.user_id)),
    ])
    assert [a.status for a in resp.acks] == ["applied", "applied"]
    assert _counter(constrained) == before + 2 == resp.write_checkpoint


def _counter(engine: Engine) -> int:
    with reading(engine) as session:
        return current_value(session, CHANGE_SEQ)
