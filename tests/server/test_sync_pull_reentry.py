"""A person who leaves a device's scope and comes back between two of its syncs (found by D13)."""

from __future__ import annotations

from sqlalchemy import Engine

from linkdesk.server import admin
from linkdesk.server.db import writing

from .support import SyncClient, person_fields


def test_a_person_moved_away_and_back_within_one_page_ends_on_the_device(
    devices: dict[str, SyncClient], engine: Engine
) -> None:
    """The page holds the person's record, then their eviction, then their move-in snapshot: the snapshot
    must be sent even though the record already appeared earlier in the page, or the device applies the
    eviction last and loses a person it is responsible for."""
    w1 = devices["w1"]
    w1.sync([w1.change("client", "c-back", op="insert", **person_fields("Ada"))], advance=False)
    with writing(engine) as session:
        admin.reassign_person(session, "c-back", "w3")
    with writing(engine) as session:
        admin.reassign_person(session, "c-back", "w1")
    resp = w1.sync()
    about = [i.kind for i in resp.items if i.record_id == "c-back" or i.client_id == "c-back"]
    assert "evict" in about
    assert about[-1] == "record"  # the last word on the person is their return
    assert ("client", "c-back") in w1.pull_all()
