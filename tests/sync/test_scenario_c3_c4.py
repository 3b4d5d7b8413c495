"""Scenarios C3 and C4 on real encrypted laptops: a supervisor's laptop holds its team and only its team
(a worker moved to another team leaves it), a handover from the supervisor's laptop keeps the old laptop's
unsynced work and then evicts the person there, and a signed review reaches the worker's timeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import select

from linkdesk.domain.enums import ContactMode, Role
from linkdesk.domain.review import CHECKLIST, ReviewOutcome, ReviewReason
from linkdesk.protocol.team import HandoverRequest, HandoverResult, TeamOverview
from linkdesk.server import supervision
from linkdesk.server.db import writing
from linkdesk.services import notes, timeline
from linkdesk.services.enrolment import Enrolled
from linkdesk.services.supervision.dashboard import team_dashboard
from linkdesk.services.supervision.handover import hand_over, handover_targets
from linkdesk.services.supervision.review import sign_off_review
from linkdesk.services.supervision.team import is_supervisor, refresh_team
from linkdesk.services.sync_service import make_engine, not_accepted, sync_now
from linkdesk.store.tables import Client, ContactNote
from linkdesk.sync.errors import ServerRefusedError
from linkdesk.sync.transport import raise_for_status

from .support import AppTransport
from .test_engine import _edit, _local, _register


class TeamAppTransport(AppTransport):
    """The in-process transport with the supervisor calls HttpTransport has."""

    def team(self, access_token: str) -> TeamOverview:
        resp = self.http.get("/team", headers={"Authorization": f"Bearer {access_token}"})
        detail = resp.json().get("detail", "") if resp.status_code >= 400 else ""
        raise_for_status(resp.status_code, detail if isinstance(detail, str) else "invalid")
        return TeamOverview.model_validate_json(resp.content)

    def hand_over(self, access_token: str, request: HandoverRequest) -> HandoverResult:
        return self._post("/team/handover", request, HandoverResult, token=access_token)


@pytest.fixture
def team_transport(http: TestClient) -> TeamAppTransport:
    return TeamAppTransport(http)


def _now_ms() -> int:
    return 1_772_550_000_000


def _people(enrolled: Enrolled) -> set[str]:
    with enrolled.workspace.store.reading() as session:
        return {c.given_name for c in session.exec(select(Client))}


def test_c3_the_supervisors_laptop_holds_its_team_only(
    enrol: Callable[[str], Enrolled], team_transport: TeamAppTransport, engine: Engine
) -> None:
    w1, w2, w3, s1 = enrol("w1"), enrol("w2"), enrol("w3"), enrol("s1")
    for dev, name in ((w1, "Ana"), (w2, "Ben"), (w3, "Sud")):
        _register(dev.workspace, name)
        sync_now(dev.workspace, transport=team_transport)
    assert is_supervisor(s1.workspace) and not is_supervisor(w1.workspace)
    sync_now(s1.workspace, transport=team_transport)
    assert _people(s1) == {"Ana", "Ben"}  # not the south team's person
    engine_s1 = make_engine(s1.workspace, transport=team_transport)
    overview = refresh_team(s1.workspace, engine_s1, team_transport, now_ms=_now_ms)
    assert {m.username for m in overview.members} == {"w1", "w2", "s1"}
    board = team_dashboard(s1.workspace.ctx, now_ms=_now_ms())
    assert [r.worker_id for r in board.rows] == [w1.user_id, w2.user_id]
    # A worker's laptop may not ask for the team.
    with pytest.raises(ServerRefusedError) as exc:
        refresh_team(
            w1.workspace, make_engine(w1.workspace, transport=team_transport), team_transport, now_ms=_now_ms
        )
    assert exc.value.status == 403
    # w2 moves to the south team: their person and their row leave the supervisor's laptop.
    with writing(engine) as session:
        supervision.move_to_team(session, "w2", "south")
    report = sync_now(s1.workspace, transport=team_transport)
    assert report.error is None and report.evicted == 1
    assert _people(s1) == {"Ana"}
    refresh_team(s1.workspace, engine_s1, team_transport, now_ms=_now_ms)
    assert [r.worker_id for r in team_dashboard(s1.workspace.ctx, now_ms=_now_ms()).rows] == [w1.user_id]
    assert _people(w2) == {"Ben"}
    sync_now(w2.workspace, transport=team_transport)
    assert _people(w2) == {"Ben"}  # w2 keeps their own caseload


def test_c4_handover_keeps_the_old_laptops_work_then_evicts_the_person(
    enrol: Callable[[str], Enrolled], team_transport: TeamAppTransport
) -> None:
    w1, w2, s1 = enrol("w1"), enrol("w2"), enrol("s1")
    cid = _register(w1.workspace, "Ana")
    sync_now(w1.workspace, transport=team_transport)
    sync_now(s1.workspace, transport=team_transport)
    # w1 works offline: an edit and a visit note the server has not seen.
    _edit(w1.workspace, cid, phone="555-0142")
    notes.add_note(
        w1.workspace.ctx, client_id=cid, summary="Home visit, offline", mode=ContactMode.HOME_VISIT
    )
    engine_s1 = make_engine(s1.workspace, transport=team_transport)
    refresh_team(s1.workspace, engine_s1, team_transport, now_ms=_now_ms)
    targets = handover_targets(s1.workspace.ctx, client_id=cid)
    assert [t.user_id for t in targets] == [w2.user_id]
    done = hand_over(
        s1.workspace.ctx, client_id=cid, to_user_id=w2.user_id, engine=engine_s1, transport=team_transport
    )
    assert done.result.from_user_id == w1.user_id and done.sync.error is None
    with s1.workspace.store.reading() as session:
        here = session.get(Client, cid)
        assert here is not None and here.assigned_worker_id == w2.user_id
    report = sync_now(w1.workspace, transport=team_transport)
    assert report.error is None and report.rejected == 0 and report.evicted == 1
    assert not_accepted(w1.workspace) == [] and _local(w1.workspace, cid) is None
    sync_now(w2.workspace, transport=team_transport)
    moved = _local(w2.workspace, cid)
    assert moved is not None and moved.phone == "555-0142" and moved.assigned_worker_id == w2.user_id
    with w2.workspace.store.reading() as session:
        assert [n.summary for n in session.exec(select(ContactNote))] == ["Home visit, offline"]


def test_a_signed_review_reaches_the_workers_timeline(
    enrol: Callable[[str], Enrolled], team_transport: TeamAppTransport
) -> None:
    w1, s1 = enrol("w1"), enrol("s1")
    cid = _register(w1.workspace, "Ana")
    sync_now(w1.workspace, transport=team_transport)
    sync_now(s1.workspace, transport=team_transport)
    sign_off_review(
        s1.workspace.ctx,
        client_id=cid,
        reason=ReviewReason.SAMPLE,
        checklist=dict.fromkeys(CHECKLIST, True),
        note="Good plan; check transport to the walking group.",
        outcome=ReviewOutcome.SIGNED_OFF,
    )
    assert sync_now(s1.workspace, transport=team_transport).applied == 1
    sync_now(w1.workspace, transport=team_transport)
    entries = [
        e for e in timeline.person_timeline(w1.workspace.ctx, client_id=cid) if e.kind == "case_review"
    ]
    assert [(e.title, e.detail) for e in entries] == [
        ("signed_off", "Good plan; check transport to the walking group.")
    ]
    assert Role(s1.role) is Role.SUPERVISOR
