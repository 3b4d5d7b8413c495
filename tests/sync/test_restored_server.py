"""A server restored from backup (a new incarnation): devices send again what the backup lost.

sync.md: "Server restored from backup (new incarnation): the device re-sends what the server no longer
has." The device keeps each acknowledged change for 30 days; on a new incarnation they go back into the
outbox under their original device_seq, so what the backup still holds comes back as duplicates and what it
lost is applied again.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from linkdesk.domain.enums import ReferralSource
from linkdesk.server import cli as server_cli
from linkdesk.services.caseload import load_caseload
from linkdesk.services.intake import PersonDetails, ReferralDetails, register_referral, update_person
from linkdesk.services.sync_service import make_engine
from linkdesk.store.replica import StoreReplica
from linkdesk.store.sync_tables import SentChange

TODAY = date(2026, 3, 3)


def _person(ws, given: str) -> str:
    return register_referral(
        ws.ctx,
        person=PersonDetails(given_name=given, family_name="Restored"),
        referral=ReferralDetails(source=ReferralSource.SELF, received_on=TODAY),
    ).client_id


def _copy(src: str, dst: str) -> None:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_changes_lost_by_a_restore_are_sent_again(engine: Engine, enrol, transport, tmp_path) -> None:
    laptop = enrol("w1").workspace
    sync = make_engine(laptop, transport=transport)  # kept: its access token outlives the restore
    first = _person(laptop, "Avant")
    assert sync.run_once().complete

    database = str(engine.url.database)
    backup = str(tmp_path / "backup.db")
    _copy(database, backup)  # the nightly backup

    second = _person(laptop, "Après")
    update_person(laptop.ctx, client_id=first, person=PersonDetails(given_name="Avant", family_name="Édité"))
    report = sync.run_once()
    assert report.complete and report.applied == 3 and StoreReplica(laptop.store).pending_count() == 0

    engine.dispose()
    _copy(backup, database)  # the server's disk failed; the administrator restores last night's backup
    assert server_cli.main(["--database-url", f"sqlite+pysqlite:///{database}", "mark-restored"]) == 0

    report = sync.run_once()
    assert report.complete and report.error is None
    assert report.resent == 5  # everything acknowledged in the last 30 days goes again
    assert report.duplicates == 2 and report.applied == 3  # the backup had the first person already
    assert StoreReplica(laptop.store).pending_count() == 0

    # A new device of the same worker gets both people, with the edit the backup had lost.
    fresh = enrol("w1").workspace
    assert make_engine(fresh, transport=transport).run_once().complete
    names = {(r.given_name, r.family_name) for r in load_caseload(fresh.ctx, limit=10).rows}
    assert names == {("Avant", "Édité"), ("Après", "Restored")}
    assert {second, first} == {r.client_id for r in load_caseload(fresh.ctx, limit=10).rows}


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_the_sent_log_keeps_thirty_days(engine: Engine, enrol, transport) -> None:
    laptop = enrol("w1").workspace
    sync = make_engine(laptop, transport=transport)
    _person(laptop, "Ancien")
    assert sync.run_once().complete
    with laptop.store.writing() as session:
        kept = session.exec(select(SentChange)).all()
        assert len(kept) == 2
        for row in kept:
            row.acked_at = datetime.now(UTC) - timedelta(days=31)
            session.add(row)
    _person(laptop, "Récent")
    assert sync.run_once().complete
    with laptop.store.reading() as session:
        names = {r.fields.get("given_name", {}).get("value") for r in session.exec(select(SentChange)).all()}
    assert names == {"Récent", None}  # the person and their referral from today; last month's are gone
