"""The conflicts inbox and the "not accepted" list, against the real server app (two laptops of w1)."""

# ruff: noqa: F811 - pytest fixtures imported from tests.sync.desk_fixtures
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from linkdesk.errors import NotFoundError
from linkdesk.server.db import reading
from linkdesk.server.tables import Client as ServerClient
from linkdesk.services.conflicts import (
    dismiss_not_accepted,
    list_conflicts,
    list_not_accepted,
    resolve_conflict,
)
from linkdesk.services.connect import connect_workspace
from linkdesk.services.sync_service import notices, sync_now, sync_status
from linkdesk.services.workspace import Workspace
from tests.sync.desk_fixtures import (  # noqa: F401 - fixtures
    PASSWORD,
    SERVER_URL,
    clock,
    edit,
    engine,
    http,
    laptop,
    local_client,
    people,
    pg_skip_reason,
    register,
    settings,
    transport,
)
from tests.sync.support import AppTransport


def _two_laptops(
    laptop: Callable[[str], Workspace], transport: AppTransport
) -> tuple[Workspace, Workspace, str]:
    a, b = laptop("a"), laptop("b")
    cid = register(a, "Ada")
    for ws in (a, b):
        connect_workspace(ws, SERVER_URL, "w1", PASSWORD, transport=transport)
    assert sync_now(a, transport=transport).complete
    assert sync_now(b, transport=transport).complete
    assert local_client(b, cid) is not None
    return a, b, cid


def test_a_conflict_reaches_the_inbox_and_choosing_the_other_value_syncs(
    laptop: Callable[[str], Workspace], transport: AppTransport, engine: Engine, people: dict[str, str]
) -> None:
    a, b, cid = _two_laptops(laptop, transport)
    edit(a, cid, phone="306 555 0101")
    edit(b, cid, phone="306 555 0202")
    assert sync_now(a, transport=transport).complete
    report = sync_now(b, transport=transport)
    assert report.conflicts == 1

    [item] = list_conflicts(b.ctx)
    assert item.field == "phone" and item.person == "Ada Lovelace" and item.client_id == cid
    assert {item.winner_value, item.loser_value} == {"306 555 0101", "306 555 0202"}
    assert item.winner_user == item.loser_user == people["w1"]
    assert item.current_value == item.winner_value and item.can_choose and item.at_ms > 0
    other = item.loser_value

    assert resolve_conflict(b.ctx, item.id, other) is True
    assert list_conflicts(b.ctx) == []
    assert sync_status(b).pending == 1
    after = sync_now(b, transport=transport)
    assert after.complete and after.conflicts == 0 and after.rejected == 0
    with reading(engine) as session:
        assert session.get(ServerClient, cid).phone == other  # type: ignore[union-attr]
    assert sync_now(a, transport=transport).complete
    assert local_client(a, cid).phone == other  # type: ignore[union-attr]
    # Settled on b: the same sync that tells laptop a of the conflict brings the value chosen after it,
    # so a's inbox stays empty and a notice says so; settling it again is refused.
    assert list_conflicts(a.ctx) == [] and sync_status(a).pending == 0
    assert [n["kind"] for n in notices(a)] == ["conflict_settled"]
    with pytest.raises(NotFoundError):
        resolve_conflict(b.ctx, item.id, keep=True)


def test_keeping_the_current_value_writes_nothing_and_settles_only_this_laptop(
    laptop: Callable[[str], Workspace], transport: AppTransport
) -> None:
    a, b, cid = _two_laptops(laptop, transport)
    edit(a, cid, phone="306 555 0101")
    edit(b, cid, phone="306 555 0202")
    sync_now(a, transport=transport)
    sync_now(b, transport=transport)
    sync_now(a, transport=transport)
    [on_b] = list_conflicts(b.ctx)
    assert resolve_conflict(b.ctx, on_b.id, keep=True) is False
    assert list_conflicts(b.ctx) == [] and sync_status(b).pending == 0
    sync_now(b, transport=transport)
    sync_now(a, transport=transport)
    assert [c.id for c in list_conflicts(a.ctx)] == [on_b.id]  # nothing was written for a to hear of


def test_an_edited_value_resolves_a_conflict(
    laptop: Callable[[str], Workspace], transport: AppTransport, engine: Engine
) -> None:
    a, b, cid = _two_laptops(laptop, transport)
    edit(a, cid, pronouns="she/her")
    edit(b, cid, pronouns="they/them")
    sync_now(a, transport=transport)
    sync_now(b, transport=transport)
    [item] = list_conflicts(b.ctx)
    resolve_conflict(b.ctx, item.id, "she/they")
    assert sync_now(b, transport=transport).conflicts == 0
    with reading(engine) as session:
        assert session.get(ServerClient, cid).pronouns == "she/they"  # type: ignore[union-attr]


def test_a_refused_change_is_listed_with_its_reason_and_values(
    laptop: Callable[[str], Workspace], transport: AppTransport, people: dict[str, str]
) -> None:
    a, _b, cid = _two_laptops(laptop, transport)
    edit(a, cid, assigned_worker_id=people["w2"])  # only the server assigns people
    report = sync_now(a, transport=transport)
    assert report.rejected == 1 and report.complete
    [item] = list_not_accepted(a.ctx)
    assert item.reason == "server_owned_field:assigned_worker_id"
    assert item.fields == {"assigned_worker_id": people["w2"]}
    assert item.client_id == cid and item.person == "Ada Lovelace" and item.table == "client"
    assert sync_status(a).not_accepted == 1
    # Never silently reverted: the server's own value came back, and the refusal stays until dismissed.
    assert local_client(a, cid).assigned_worker_id == people["w1"]  # type: ignore[union-attr]
    dismiss_not_accepted(a.ctx, item.device_seq)
    assert list_not_accepted(a.ctx) == [] and sync_status(a).not_accepted == 0
