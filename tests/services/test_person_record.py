"""The person page's record: whose caseload the person is in, by name when the team list knows it."""

from __future__ import annotations

from datetime import date

from linkdesk.domain.enums import ReferralSource, Role
from linkdesk.services.context import ServiceContext
from linkdesk.services.intake import PersonDetails, ReferralDetails, register_referral
from linkdesk.services.ui_person import load_person
from linkdesk.store.tables import Client, StaffMember


def _person(ctx: ServiceContext) -> str:
    return register_referral(
        ctx,
        person=PersonDetails(given_name="Yves", family_name="Poirier"),
        referral=ReferralDetails(source=ReferralSource.SELF, received_on=date(2026, 3, 1)),
    ).client_id


def test_own_person_and_a_colleagues_person_by_name(ctx: ServiceContext) -> None:
    client_id = _person(ctx)
    mine = load_person(ctx, client_id=client_id)
    assert mine.is_mine and mine.unsynced_changes == 2  # the person and the referral wait to sync

    with ctx.store.writing() as session:
        colleague = StaffMember(id="worker-2", username="pr", display_name="Priya Raman", role=Role.WORKER)
        session.add(colleague)
        client = session.get(Client, client_id)
        assert client is not None
        client.assigned_worker_id = "worker-2"  # as a pulled reassignment would leave it
        session.add(client)
    theirs = load_person(ctx, client_id=client_id)
    assert not theirs.is_mine and theirs.assigned_worker_name == "Priya Raman"

    with ctx.store.writing() as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.assigned_worker_id = "someone-not-in-the-team-list"
        session.add(client)
    unknown = load_person(ctx, client_id=client_id)
    assert not unknown.is_mine and unknown.assigned_worker_name is None
