"""The demo can show a supervisor's team: a seeded worker's caseload on the server, a demo supervisor
device that signs off reviews from the queue, and the worker's laptop receiving them."""

# ruff: noqa: F811 - pytest fixtures imported from the server test package
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.domain.enums import Role
from linkdesk.paths import AppPaths
from linkdesk.server import admin
from linkdesk.server.db import reading
from linkdesk.services.demo.caseload import seed_demo
from linkdesk.services.demo.connected import ServerStaff
from linkdesk.services.demo.supervisor import seed_supervisor_reviews
from linkdesk.services.enrolment import enroll
from linkdesk.services.supervision.dashboard import team_dashboard
from linkdesk.services.sync_service import sync_now
from linkdesk.services.workspace import open_workspace
from linkdesk.store.tables import CaseReview
from linkdesk.vault import KDF_FLOOR
from tests.server.conftest import PASSWORD, http, people, settings  # noqa: F401 - fixtures
from tests.server_on_sqlite import clock, engine  # noqa: F401 - fixtures
from tests.sync.test_scenario_c3_c4 import TeamAppTransport

PASSPHRASE = "correct horse battery staple"
URL = "http://127.0.0.1:8443"


def test_a_demo_supervisor_reviews_the_seeded_team(
    tmp_path: Path, http: TestClient, people: dict[str, str], engine: Engine
) -> None:
    transport = TeamAppTransport(http)
    with reading(engine) as session:
        north = admin.team_by_name(session, "north").id
    worker = enroll(
        AppPaths(tmp_path / "w1"),
        URL,
        "w1",
        PASSWORD,
        PASSPHRASE,
        transport=transport,
        passphrase_only=True,
        kdf=KDF_FLOOR,
    )
    ws = worker.workspace
    seed_demo(
        ws.store,
        clients=12,
        seed=7,
        today=date.today(),
        worker_ids=[worker.user_id],
        team_id=north,
        actor=ws.ctx.actor,
        instruments=ws.ctx.instruments,
    )
    assert sync_now(ws, transport=transport).complete
    staff = ServerStaff(
        team_id=north,
        team_name="north",
        members=[
            (people[n], n, n.upper(), Role.SUPERVISOR if n == "s1" else Role.WORKER)
            for n in ("w1", "w2", "s1")
        ],
    )
    sup_paths = AppPaths(tmp_path / "s1")
    demo = seed_supervisor_reviews(
        sup_paths,
        URL,
        username="s1",
        password=PASSWORD,
        passphrase=PASSPHRASE,
        staff=staff,
        reviews=3,
        transport=transport,
        kdf=KDF_FLOOR,
    )
    assert demo.reviews == 3 and demo.team_members == 3
    assert demo.sync.complete and demo.sync.applied == 3 and demo.sync.rejected == 0
    supervisor = open_workspace(sup_paths, PASSPHRASE)
    try:
        rows = team_dashboard(supervisor.ctx, now_ms=time.time_ns() // 1_000_000).rows
        assert [r.worker_id for r in rows] == [worker.user_id, people["w2"]]
        assert rows[0].counts and not rows[0].stale
    finally:
        supervisor.lock()
    sync_now(ws, transport=transport)
    with ws.store.reading() as session:
        reviews = session.exec(select(CaseReview)).all()
    assert len(reviews) == 3 and {r.worker_id for r in reviews} == {worker.user_id}
    ws.lock()
