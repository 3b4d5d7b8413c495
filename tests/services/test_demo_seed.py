"""The demo generator: deterministic, every code covered, worklists populated, outbox and audit complete."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from linkdesk.domain.consent_rules import check_can_send
from linkdesk.domain.enums import (
    ClientStatus,
    ClosureReason,
    ConsentPurpose,
    ContactMode,
    FlagStatus,
    FollowUpStatus,
    GoalStatus,
    Language,
    NeedDomain,
    PrescriptionKind,
    PrescriptionStatus,
    ReferralSource,
    Role,
    Timepoint,
)
from linkdesk.domain.instrument_loader import load_builtin_instruments
from linkdesk.domain.instrument_scoring import score
from linkdesk.errors import ValidationError
from linkdesk.paths import RESOURCES_DIR, AppPaths
from linkdesk.records.client import ClientBase
from linkdesk.records.measure import MeasureAdministrationBase
from linkdesk.records.prescription import PrescriptionBase
from linkdesk.services.consent import active_consents
from linkdesk.services.context import ServiceContext
from linkdesk.services.demo import (
    DemoSummary,
    demo_actor,
    load_demo_directory,
    seed_demo,
    seed_demo_workspace,
)
from linkdesk.services.demo.bulk import INSERT_ORDER, BulkWriter
from linkdesk.services.demo.domain_phrases import EN, FR, DomainText
from linkdesk.services.demo.names import Gender
from linkdesk.services.demo.phrases import agree
from linkdesk.services.demo.staff import demo_staff
from linkdesk.services.worklists import due_follow_ups, open_flags, stalled_prescriptions
from linkdesk.store.audit_chain import verify_chain
from linkdesk.store.directory_tables import Organization, Service
from linkdesk.store.store import Store
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import (
    AuditEvent,
    Client,
    Closure,
    Consent,
    ContactNote,
    Flag,
    FollowUp,
    Goal,
    GoalReview,
    MeasureAdministration,
    Prescription,
    Referral,
    StaffMember,
    Team,
)
from linkdesk.vault import KDF_FLOOR

TODAY = date(2026, 3, 3)
NOW = datetime(2026, 3, 3, 15, 0, tzinfo=UTC)
PEOPLE = 150
PASSPHRASE = "correct horse battery staple"


def _open(folder: Path) -> Store:
    folder.mkdir(parents=True, exist_ok=True)
    return Store.open(folder / "linkdesk.db", os.urandom(32))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    """The default demo caseload (seed 7, 150 people) with the demo directory loaded, shared read-only."""
    store = _open(tmp_path_factory.mktemp("demo-a"))
    load_demo_directory(store)
    summary = seed_demo(store, clients=PEOPLE, seed=7, today=TODAY)
    yield store, summary
    store.close()


@pytest.fixture
def store(seeded: tuple[Store, DemoSummary]) -> Store:
    return seeded[0]


def _ctx(store: Store) -> ServiceContext:
    return ServiceContext(store=store, actor=demo_actor(7, "reader"), now=lambda: NOW, today=lambda: TODAY)


def _values(store: Store, column: object) -> set[str]:
    with store.reading() as session:
        return {str(getattr(v, "value", v)) for v in session.exec(select(column).distinct())}  # type: ignore[call-overload]


# --- determinism ------------------------------------------------------------------------------------


def test_same_seed_gives_the_same_caseload(seeded: tuple[Store, DemoSummary], tmp_path: Path) -> None:
    store, summary = seeded
    again = _open(tmp_path / "b")
    load_demo_directory(again)
    try:
        summary_again = seed_demo(again, clients=PEOPLE, seed=7, today=TODAY)
        people = select(Client.id, Client.given_name, Client.family_name, Client.status).order_by(
            col(Client.id)
        )
        notes = select(ContactNote.id, ContactNote.summary).order_by(col(ContactNote.id))
        with store.reading() as a, again.reading() as b:
            assert a.exec(people).all() == b.exec(people).all()
            assert a.exec(notes).all() == b.exec(notes).all()
        assert summary_again.records == summary.records
        assert summary_again.people_by_status == summary.people_by_status
    finally:
        again.close()


def test_another_seed_gives_other_people(store: Store, tmp_path: Path) -> None:
    other = _open(tmp_path / "c")
    try:
        seed_demo(other, clients=20, seed=8, today=TODAY)
        with store.reading() as a, other.reading() as b:
            ids_a = set(a.exec(select(Client.id)).all())
            ids_b = set(b.exec(select(Client.id)).all())
        assert len(ids_b) == 20
        assert not ids_a & ids_b
    finally:
        other.close()


def test_record_ids_are_derived_not_random(store: Store) -> None:
    with store.reading() as session:
        ids = session.exec(select(Client.id).limit(20)).all()
    assert all(id_[14] == "5" for id_ in ids)  # UUID version 5


# --- coverage -----------------------------------------------------------------------------------


def test_every_code_is_present(store: Store) -> None:
    assert _values(store, Referral.source) == {s.value for s in ReferralSource}
    assert _values(store, Prescription.status) == {s.value for s in PrescriptionStatus}
    assert _values(store, Closure.reason) == {r.value for r in ClosureReason}
    assert _values(store, Goal.status) == {s.value for s in GoalStatus}
    assert _values(store, Client.status) == {s.value for s in ClientStatus}
    assert _values(store, Consent.purpose) == {p.value for p in ConsentPurpose}
    assert _values(store, FollowUp.status) == {s.value for s in FollowUpStatus}
    assert _values(store, FollowUp.mode) == {m.value for m in ContactMode}
    assert _values(store, MeasureAdministration.timepoint) == {t.value for t in Timepoint}
    assert _values(store, Client.language) == {lang.value for lang in Language}
    assert _values(store, Prescription.kind) == {k.value for k in PrescriptionKind}


def test_closed_people_have_one_closure_and_nothing_booked(store: Store) -> None:
    with store.reading() as session:
        closed = set(session.exec(select(Client.id).where(Client.status == ClientStatus.CLOSED)).all())
        closures = Counter(session.exec(select(Closure.client_id)).all())
        booked = session.exec(
            select(FollowUp.client_id).where(
                FollowUp.status == FollowUpStatus.SCHEDULED, col(FollowUp.client_id).in_(closed)
            )
        ).all()
    assert closed
    assert set(closures) == closed
    assert set(closures.values()) == {1}
    assert booked == []


def test_worklists_show_overdue_due_today_stalled_and_flags(store: Store) -> None:
    ctx = _ctx(store)
    due = due_follow_ups(ctx)
    assert any(d.is_overdue for d in due)
    today = [d for d in due if d.due_on == TODAY]
    assert today
    assert any(d.mode is ContactMode.HOME_VISIT for d in today)
    assert any(d.due_on > TODAY for d in due_follow_ups(ctx, through=date(2026, 4, 30)))
    stalled = stalled_prescriptions(ctx)
    assert stalled
    assert all(s.waiting_days >= 14 for s in stalled)
    assert {s.status for s in stalled} == {PrescriptionStatus.SENT, PrescriptionStatus.RECEIVED}
    assert {f.status for f in open_flags(ctx)} == {FlagStatus.OPEN, FlagStatus.ESCALATED}
    assert _values(store, Flag.status) == {s.value for s in FlagStatus}


def test_summary_matches_the_worklists(seeded: tuple[Store, DemoSummary]) -> None:
    store, summary = seeded
    ctx = _ctx(store)
    assert summary.people == PEOPLE
    assert summary.seeded
    assert sum(summary.people_by_status.values()) == PEOPLE
    assert summary.overdue_follow_ups == sum(1 for d in due_follow_ups(ctx) if d.is_overdue)
    assert summary.stalled_prescriptions == len(stalled_prescriptions(ctx))
    assert summary.open_flags == len(open_flags(ctx))
    assert summary.directory_services == 56
    lines = summary.lines()
    assert lines[0].startswith(f"{PEOPLE} people (")
    assert "stalled prescriptions" in lines[2]


def test_dates_spread_over_the_past_eighteen_months(store: Store) -> None:
    with store.reading() as session:
        first, last = session.exec(
            select(func.min(Referral.received_on), func.max(Referral.received_on))
        ).one()
        future_notes = session.exec(
            select(func.count()).select_from(ContactNote).where(col(ContactNote.occurred_at) >= NOW)
        ).one()
    assert (TODAY - first).days > 365
    assert (TODAY - last).days <= 30
    assert future_notes == 0


# --- content -----------------------------------------------------------------------------------


def test_staff_teams_and_assignments(store: Store) -> None:
    staff = demo_staff(7)
    with store.reading() as session:
        teams = session.exec(select(Team)).all()
        members = session.exec(select(StaffMember)).all()
        assigned = set(session.exec(select(Client.assigned_worker_id)).all())
    assert len(teams) == 2
    assert Counter(m.role for m in members) == {Role.WORKER: 4, Role.SUPERVISOR: 1}
    assert all(" " in m.display_name for m in members)
    assert assigned == set(staff.worker_ids)


def test_goals_and_notes_are_in_the_persons_language(store: Store) -> None:
    def said(pool: dict[NeedDomain, DomainText]) -> set[str]:
        return {agree(goal, gender) for text_ in pool.values() for goal in text_.goals for gender in Gender}

    french_goals, english_goals = said(FR), said(EN)
    with store.reading() as session:
        rows = session.exec(
            select(Client.language, Goal.description).join(Goal, col(Goal.client_id) == col(Client.id))
        ).all()
    assert rows
    for language, description in rows:
        assert description in (french_goals if language == Language.FR else english_goals)


def test_consents_partners_and_withdrawals(store: Store) -> None:
    with store.reading() as session:
        partner = session.exec(
            select(Consent).where(Consent.purpose == ConsentPurpose.SHARE_WITH_PARTNER)
        ).all()
        withdrawn = session.exec(select(Consent).where(col(Consent.withdrawn_at).is_not(None))).all()
        with_sync = session.exec(
            select(func.count(func.distinct(Consent.client_id))).where(
                Consent.purpose == ConsentPurpose.STORE_AND_SYNC
            )
        ).one()
        partner_names = set(session.exec(select(Organization.name)).all())
    assert partner
    assert all(c.partner_organisation in partner_names for c in partner)
    assert withdrawn
    assert all(c.withdrawn_at is not None and c.withdrawn_at > c.given_at for c in withdrawn)
    assert with_sync > PEOPLE * 0.85


def test_sent_prescriptions_had_the_consent_they_needed(store: Store) -> None:
    with store.reading() as session:
        sent = session.exec(select(Prescription).where(col(Prescription.sent_at).is_not(None))).all()
        assert sent
        for prescription in sent:
            assert prescription.sent_at is not None
            active = active_consents(session, prescription.client_id, prescription.sent_at)
            check_can_send(PrescriptionKind(prescription.kind), active)


def test_prescriptions_link_to_directory_services(store: Store) -> None:
    with store.reading() as session:
        linked = session.exec(select(Prescription.service_id, Prescription.service_name)).all()
        services = {s.id: s.name for s in session.exec(select(Service))}
    assert linked
    assert all(service_id in services and services[service_id] == name for service_id, name in linked)


def test_without_a_directory_services_are_typed_in(tmp_path: Path) -> None:
    bare = _open(tmp_path / "bare")
    try:
        seed_demo(bare, clients=30, seed=7, today=TODAY)
        with bare.reading() as session:
            rows = session.exec(select(Prescription.service_id, Prescription.service_name)).all()
    finally:
        bare.close()
    assert rows
    assert all(service_id is None and name for service_id, name in rows)


def test_corrections_supersede_a_note_of_the_same_person(store: Store) -> None:
    with store.reading() as session:
        notes = {n.id: n for n in session.exec(select(ContactNote))}
    corrections = [n for n in notes.values() if n.supersedes_id]
    assert corrections
    for note in corrections:
        original = notes[str(note.supersedes_id)]
        assert original.client_id == note.client_id
        assert original.occurred_at == note.occurred_at


def test_goal_reviews_use_attainment_scaling(store: Store) -> None:
    with store.reading() as session:
        scores = set(session.exec(select(GoalReview.gas_score)).all())
    assert scores <= set(range(-2, 3))
    assert len(scores) >= 4


def test_measures_keep_raw_answers_and_their_scores(store: Store) -> None:
    instruments = load_builtin_instruments(RESOURCES_DIR)
    with store.reading() as session:
        administrations = session.exec(select(MeasureAdministration)).all()
    seen = Counter((m.instrument_id, m.timepoint) for m in administrations)
    for instrument_id in ("ons4", "ucla3"):
        assert seen[(instrument_id, Timepoint.BASELINE)] > 0
        assert seen[(instrument_id, Timepoint.FOLLOW_UP)] > 0
    for m in administrations:
        assert m.scores == score(instruments[m.instrument_id], m.answers).model_dump(mode="json")
        assert m.language in ("en", "fr")


# --- outbox and audit ------------------------------------------------------------------------------


def test_every_record_has_one_outbox_change_and_one_audit_event(store: Store) -> None:
    with store.reading() as session:
        records = {
            (str(model.__tablename__), str(record_id))
            for model in INSERT_ORDER
            for record_id in session.exec(select(model.id))  # type: ignore[attr-defined]
        }
        outbox = session.exec(select(OutboxChange.table_name, OutboxChange.record_id, OutboxChange.op)).all()
        audit = session.exec(select(AuditEvent.record_type, AuditEvent.record_id, AuditEvent.action)).all()
        chain = verify_chain(session)
    assert len(outbox) == len(records)
    assert {(t, r) for t, r, _ in outbox} == records
    assert {op for _, _, op in outbox} == {"insert"}
    assert len(audit) == len(records)
    assert {(t, r) for t, r, _ in audit} == records
    assert all(action == f"{t}.create" for t, _, action in audit)
    assert chain.is_intact
    assert chain.events == len(records)


def _contract_records(*, base: bool) -> list[Any]:
    """A person, a prescription (enums, a list) and an administration (JSON): table rows or field families."""
    client_id = "7c1d0b8e-0000-5000-8000-000000000001"
    person = {
        "id": client_id,
        "given_name": "Réjeanne",
        "family_name": "Côté",
        "community": "Lac-Ombre",
        "language": "fr",
        "status_changed_at": NOW,
    }
    prescription = {
        "id": "7c1d0b8e-0000-5000-8000-000000000002",
        "client_id": client_id,
        "service_name": "Visites d'amitié",
        "kind": PrescriptionKind.REFERRAL,
        "status": PrescriptionStatus.SENT,
        "status_changed_at": NOW,
        "sent_at": NOW,
        "barriers": ["cost", "transport"],
        "created_by": "worker-1",
    }
    measure = {
        "id": "7c1d0b8e-0000-5000-8000-000000000003",
        "client_id": client_id,
        "instrument_id": "ucla3",
        "instrument_version": "1",
        "language": "fr",
        "timepoint": Timepoint.BASELINE,
        "administered_at": NOW,
        "answers": {"lack_companionship": 2},
        "scores": {"total": None},
        "administered_by": "worker-1",
    }
    kinds = (
        (ClientBase, Client),
        (PrescriptionBase, Prescription),
        (MeasureAdministrationBase, MeasureAdministration),
    )
    return [
        kind[0 if base else 1](**values)
        for kind, values in zip(kinds, (person, prescription, measure), strict=True)
    ]


def test_bulk_writer_writes_what_unit_of_work_add_writes(tmp_path: Path) -> None:
    """The contract: records bulk-written look exactly like records added through UnitOfWork.add."""
    via_add, via_bulk = _open(tmp_path / "add"), _open(tmp_path / "bulk")
    actor = demo_actor(7, "worker-1")
    moving = {"created_at", "updated_at"}
    try:
        with via_add.unit_of_work(actor) as uow:
            for record in _contract_records(base=False):
                uow.add(record)
        with via_bulk.unit_of_work(actor) as uow:
            writer = BulkWriter(uow, seed=7)
            for record in _contract_records(base=True):
                writer.add(record)
            writer.flush()
        seen = []
        for store in (via_add, via_bulk):
            with store.reading() as session:
                rows = [
                    r.model_dump(exclude=moving)
                    for m in (Client, Prescription, MeasureAdministration)
                    for r in session.exec(select(m))
                ]
                changes = session.exec(select(OutboxChange).order_by(col(OutboxChange.device_seq))).all()
                events = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))).all()
                assert verify_chain(session).is_intact
            seen.append((rows, changes, events))
    finally:
        via_add.close()
        via_bulk.close()
    (rows1, changes1, events1), (rows2, changes2, events2) = seen
    assert rows1 == rows2
    assert len(changes1) == len(changes2) == 3
    for o1, o2 in zip(changes1, changes2, strict=True):
        assert (o1.table_name, o1.record_id, o1.client_id, o1.op, o1.device_id) == (
            o2.table_name,
            o2.record_id,
            o2.client_id,
            o2.op,
            o2.device_id,
        )
        assert o1.fields.keys() == o2.fields.keys()
        for name in o1.fields.keys() - moving:
            assert o1.fields[name]["value"] == o2.fields[name]["value"]
            assert o1.fields[name]["base"] == o2.fields[name]["base"] == 0
            assert o2.fields[name]["hlc"] == o2.hlc
    for e1, e2 in zip(events1, events2, strict=True):
        assert (e1.action, e1.record_type, e1.record_id, e1.actor_id, e1.device_id, e1.seq) == (
            e2.action,
            e2.record_type,
            e2.record_id,
            e2.actor_id,
            e2.device_id,
            e2.seq,
        )


def test_bulk_writes_continue_the_audit_chain(tmp_path: Path) -> None:
    store = _open(tmp_path / "mixed")
    actor = demo_actor(7, "worker-1")
    try:
        with store.unit_of_work(actor) as uow:
            uow.add(Client(given_name="Before", status_changed_at=NOW))
        with store.unit_of_work(actor) as uow:
            writer = BulkWriter(uow, seed=7)
            writer.add(
                ClientBase(
                    id="7c1d0b8e-0000-5000-8000-000000000002", given_name="Bulk", status_changed_at=NOW
                )
            )
            writer.flush()
        with store.unit_of_work(actor) as uow:
            uow.add(Client(given_name="After", status_changed_at=NOW))
        with store.reading() as session:
            chain = verify_chain(session)
    finally:
        store.close()
    assert chain.is_intact
    assert chain.events == 3


def test_seeding_refuses_a_store_with_people(store: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        seed_demo(store, clients=1, seed=7, today=TODAY)
    assert caught.value.details["reason"] == "not_empty"


# --- directory and workspace --------------------------------------------------------------------------


def test_demo_directory_imports_without_errors_or_warnings(tmp_path: Path) -> None:
    store = _open(tmp_path / "directory")
    try:
        report = load_demo_directory(store)
        again = load_demo_directory(store)
        with store.reading() as session:
            services = session.exec(select(Service)).all()
    finally:
        store.close()
    assert not report.has_errors
    assert [w.code for w in report.warnings if w.severity != "info"] == []
    assert report.inserted("service") == 56
    assert report.inserted("organization") == 23
    assert report.inserted("service_taxonomy") == 91
    assert again.updated("service") == 56 and again.inserted("service") == 0
    assert any(" / " in s.name for s in services)
    assert any("é" in s.name or "è" in s.name for s in services)
    assert all(s.last_verified is not None for s in services)


def test_seed_demo_workspace_is_idempotent(data_dir: Path) -> None:
    paths = AppPaths(data_dir)
    workspace, first = seed_demo_workspace(paths, PASSPHRASE, clients=30, seed=7, today=TODAY, kdf=KDF_FLOOR)
    try:
        assert workspace.vault.header.user_id == demo_staff(7).first_worker_id
        ctx = replace(workspace.ctx, now=lambda: NOW, today=lambda: TODAY)
        assert due_follow_ups(ctx)
    finally:
        workspace.lock()
    workspace, second = seed_demo_workspace(paths, PASSPHRASE, clients=30, seed=7, today=TODAY)
    try:
        with workspace.store.reading() as session:
            outbox = session.exec(select(func.count()).select_from(OutboxChange)).one()
            chain = verify_chain(session)
    finally:
        workspace.lock()
    assert first.seeded and not second.seeded
    assert first.people == second.people == 30
    assert second.records == first.records
    assert second.directory_services == first.directory_services == 56
    assert outbox == sum(first.records.values())
    assert chain.is_intact
