"""Pulling pages: budget, cursor, scope, reassignment evictions, replays (C3, D10)."""

from __future__ import annotations

from sqlalchemy import Engine

from linkdesk.server import admin
from linkdesk.server.db import writing

from .support import SyncClient, note_fields, person_fields


def _seed(dev: SyncClient, n: int, prefix: str = "c") -> list[str]:
    ids = [f"{prefix}-{i}" for i in range(n)]
    dev.sync([dev.change("client", cid, op="insert", **person_fields(f"P{i}")) for i, cid in enumerate(ids)])
    return ids


def test_pages_respect_the_byte_budget_and_resume_from_the_cursor(devices: dict[str, SyncClient]) -> None:
    w1, other = devices["w1"], devices["s1"]
    _seed(w1, 40)
    seen: list[str] = []
    cursors = [0]
    while True:
        resp = other.sync(budget=4096)
        seen += [i.record_id for i in resp.items]
        assert resp.next_cursor >= cursors[-1]
        # The server's latest sequence: where the pull ends (the laptop's time-left estimate uses it).
        assert resp.high_water >= resp.next_cursor and (resp.has_more or resp.high_water == resp.next_cursor)
        cursors.append(resp.next_cursor)
        if not resp.has_more:
            break
    assert sorted(seen) == sorted(f"c-{i}" for i in range(40))
    assert len(cursors) > 4  # several pages
    assert other.sync().items == []  # caught up: a no-op sync


def test_no_op_sync_is_small(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    w1.sync()
    r = w1.raw_sync(w1.body())
    assert len(r.content) < 1024


def test_c3_scope_worker_sees_own_supervisor_sees_team(devices: dict[str, SyncClient]) -> None:
    _seed(devices["w1"], 2, "n1")
    _seed(devices["w2"], 2, "n2")
    _seed(devices["w3"], 2, "s")
    assert {k[1] for k in devices["w1"].pull_all()} == {"n1-0", "n1-1"}
    assert {k[1] for k in devices["s1"].pull_all()} == {"n1-0", "n1-1", "n2-0", "n2-1"}
    assert {k[1] for k in devices["a1"].pull_all()} == {"n1-0", "n1-1", "n2-0", "n2-1", "s-0", "s-1"}


def test_reassignment_moves_in_the_whole_person_and_evicts_the_old_device(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    w1, w3 = devices["w1"], devices["w3"]
    w1.sync(
        [
            w1.change("client", "c-1", op="insert", **person_fields()),
            w1.change("contact_note", "n-1", op="insert", **note_fields("c-1", w1.user_id)),
        ]
    )
    assert set(w1.pull_all()) == {("client", "c-1"), ("contact_note", "n-1")}
    assert w3.pull_all() == {}
    with writing(engine) as session:
        admin.reassign_person(session, "c-1", "w3")
    moved = w3.pull_all()
    assert set(moved) == {("client", "c-1"), ("contact_note", "n-1")}
    assert moved[("client", "c-1")]["assigned_worker_id"] == w3.user_id
    resp = w1.sync()
    assert [(i.kind, i.record_id) for i in resp.items] == [("evict", "c-1")]
    # The old owner can no longer push to that person.
    ack = w1.sync([w1.change("client", "c-1", phone="1")]).acks[0]
    assert ack.status == "rejected" and ack.reason == "out_of_scope"


def test_d10_replayed_pages_are_idempotent_and_the_cursor_never_goes_back(
    devices: dict[str, SyncClient],
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    _seed(w1, 5)
    first = s1.sync(advance=False)
    replay = s1.sync(advance=False)
    assert first.items == replay.items and first.next_cursor == replay.next_cursor
    s1.cursor = first.next_cursor
    assert s1.sync().next_cursor >= first.next_cursor
    # A client that sends an old cursor simply gets the same latest states again.
    s1.cursor = 0
    assert {i.record_id for i in s1.sync().items} == {f"c-{i}" for i in range(5)}


def test_records_edited_many_times_are_sent_once_per_page(devices: dict[str, SyncClient]) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    _seed(w1, 1)
    w1.sync([w1.change("client", "c-0", phone=str(n)) for n in range(10)])
    items = s1.sync().items
    assert len(items) == 1 and items[0].fields["phone"].value == "9"


def test_write_checkpoint_is_reached_by_the_cursor(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    resp = w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])
    assert resp.next_cursor >= resp.write_checkpoint > 0


def test_pull_queries_use_the_audience_seq_indexes(engine) -> None:
    from sqlalchemy import text
    from sqlmodel import col, select

    from linkdesk.domain.enums import Role
    from linkdesk.server.scopes import Scope
    from linkdesk.server.sync_tables import ChangeLog

    for scope, index in (
        (Scope("u", Role.WORKER, "t"), "ix_change_log_owner_seq"),
        (Scope("u", Role.SUPERVISOR, "t"), "ix_change_log_team_seq"),
    ):
        stmt = select(ChangeLog).where(scope.log_filter(), col(ChangeLog.seq) > 5, col(ChangeLog.seq) <= 10)
        compiled = (
            stmt.order_by(col(ChangeLog.seq))
            .limit(100)
            .compile(engine, compile_kwargs={"literal_binds": True})
        )
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SET enable_seqscan = off"))  # an empty table would otherwise be scanned
                plan = " ".join(str(r[0]) for r in conn.execute(text(f"EXPLAIN {compiled}")))
            else:
                plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
        assert index in plan, plan
