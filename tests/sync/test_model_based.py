"""D13: a hypothesis state machine of three devices and the server with edits, deletes, lost requests and
responses, and reassignments; invariants after every step and convergence after quiescence."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlmodel import col, func, select

from linkdesk.domain.enums import Role
from linkdesk.paths import AppPaths
from linkdesk.server import admin, schema
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import create_server_engine, reading, resolve_url, writing
from linkdesk.server.main import create_app
from linkdesk.server.passwords import Passwords
from linkdesk.server.sync_tables import AppliedChange
from linkdesk.server.tables import Client as ServerClient
from linkdesk.server.tables import Referral as ServerReferral
from linkdesk.services.enrolment import Enrolled, enroll
from linkdesk.services.sync_service import make_engine, sync_now
from linkdesk.store.replica import StoreReplica
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import Client
from linkdesk.sync.engine import SyncEngine
from linkdesk.vault import KDF_FLOOR

from .support import AppTransport, FaultyTransport
from .test_engine import _register

DEVICES = ("w1", "w2", "s1")
WORKERS = ("w1", "w2")
PASSWORD = "a long enough password"


class SyncModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="linkdesk-d13-"))
        cfg = ServerSettings(
            data_dir=self.tmp / "srv", argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1
        )
        self.engine = create_server_engine(resolve_url(cfg))
        schema.init(self.engine)
        self.users: dict[str, str] = {}
        with writing(self.engine) as session:
            admin.add_team(session, "north")
            for name in DEVICES:
                role = Role.SUPERVISOR if name == "s1" else Role.WORKER
                user = admin.add_user(
                    session, Passwords(cfg), username=name, password=PASSWORD, role=role, team="north"
                )
                self.users[name] = user.id
        self.http = TestClient(create_app(cfg, engine=self.engine))
        self.http.__enter__()
        base = AppTransport(self.http)
        self.devices: dict[str, Enrolled] = {}
        self.faults: dict[str, FaultyTransport] = {}
        self.engines: dict[str, SyncEngine] = {}
        self.written: dict[str, set[int]] = {}
        self.cursors: dict[str, int] = {}
        for name in DEVICES:
            self.devices[name] = enroll(
                AppPaths(self.tmp / name),
                "http://127.0.0.1:1",
                name,
                PASSWORD,
                "correct horse battery staple",
                transport=base,
                passphrase_only=True,
                kdf=KDF_FLOOR,
            )
            self.faults[name] = FaultyTransport(base)
            self.engines[name] = make_engine(self.devices[name].workspace, transport=self.faults[name])
            self.written[name] = set()
            self.cursors[name] = 0
        self.deleted_on_server: set[str] = set()

    # ----- helpers

    def _ws(self, name: str) -> Any:
        return self.devices[name].workspace

    def _outbox_seqs(self, name: str) -> set[int]:
        with self._ws(name).store.reading() as session:
            return {int(s or 0) for s in session.exec(select(OutboxChange.device_seq))}

    def _track(self, name: str, before: set[int]) -> None:
        self.written[name] |= self._outbox_seqs(name) - before

    def _local_clients(self, name: str) -> list[Client]:
        with self._ws(name).store.reading() as session:
            return list(session.exec(select(Client).order_by(col(Client.id))))

    # ----- rules

    @rule(name=st.sampled_from(WORKERS), given=st.sampled_from(["Ann", "Bo"]))
    def create_person(self, name: str, given: str) -> None:
        before = self._outbox_seqs(name)
        _register(self._ws(name), given)
        self._track(name, before)

    @rule(
        name=st.sampled_from(DEVICES),
        pick=st.integers(0, 20),
        field=st.sampled_from(["phone", "community"]),
        value=st.sampled_from(["1", "2", "3"]),
    )
    def edit(self, name: str, pick: int, field: str, value: str) -> None:
        people = [c for c in self._local_clients(name) if not c.deleted]
        if not people:
            return
        before = self._outbox_seqs(name)
        with self._ws(name).ctx.write() as uow:
            client = uow.get(Client, people[pick % len(people)].id)
            assert client is not None
            uow.update(client, {field: value})
        self._track(name, before)

    @rule(name=st.sampled_from(DEVICES), pick=st.integers(0, 20))
    def delete(self, name: str, pick: int) -> None:
        people = [c for c in self._local_clients(name) if not c.deleted]
        if not people:
            return
        before = self._outbox_seqs(name)
        with self._ws(name).ctx.write() as uow:
            client = uow.get(Client, people[pick % len(people)].id)
            assert client is not None
            uow.soft_delete(client)
        self._track(name, before)

    @rule(name=st.sampled_from(DEVICES), fault=st.sampled_from(["ok", "ok", "drop_request", "drop_response"]))
    def sync(self, name: str, fault: str) -> None:
        self.faults[name].plan = [fault]
        report = sync_now(self._ws(name), engine=self.engines[name])
        assert report.error in (None, "offline"), report
        assert not report.revoked

    @rule(pick=st.integers(0, 20), to=st.sampled_from(WORKERS))
    def reassign(self, pick: int, to: str) -> None:
        with reading(self.engine) as session:
            ids = [c.id for c in session.exec(select(ServerClient).order_by(col(ServerClient.id)))]
        if ids:
            with writing(self.engine) as session:
                admin.reassign_person(session, ids[pick % len(ids)], to)

    # ----- invariants

    @invariant()
    def cursors_never_go_back(self) -> None:
        for name in DEVICES:
            now = StoreReplica(self._ws(name).store).cursor()
            assert now >= self.cursors[name]
            self.cursors[name] = now

    @invariant()
    def every_write_is_in_the_outbox_or_on_the_server(self) -> None:
        for name in DEVICES:
            with reading(self.engine) as session:
                acked = {
                    int(s)
                    for s in session.exec(
                        select(AppliedChange.device_seq).where(
                            AppliedChange.device_id == self.devices[name].device_id
                        )
                    )
                }
            assert self.written[name] <= acked | self._outbox_seqs(name)

    @invariant()
    def nothing_is_duplicated_or_resurrected(self) -> None:
        with reading(self.engine) as session:
            clients = session.exec(select(ServerClient)).all()
            per_client = dict(
                session.exec(
                    select(ServerReferral.client_id, func.count()).group_by(col(ServerReferral.client_id))
                ).all()
            )
        assert all(n == 1 for n in per_client.values())
        for c in clients:
            if c.id in self.deleted_on_server:
                assert c.deleted
            elif c.deleted:
                self.deleted_on_server.add(c.id)

    def teardown(self) -> None:
        try:
            for _ in range(3):
                for name in DEVICES:
                    self.faults[name].plan = []
                    report = sync_now(self._ws(name), engine=self.engines[name])
                    assert report.error is None, report
            for name in DEVICES:
                assert self._outbox_seqs(name) == set()
                user = self.users[name]
                with reading(self.engine) as session:
                    rows = session.exec(select(ServerClient)).all()
                    server = {
                        c.id: (c.phone, c.community, c.deleted, c.assigned_worker_id)
                        for c in rows
                        if name == "s1" or c.scope_owner_id == user
                    }
                local = {
                    c.id: (c.phone, c.community, c.deleted, c.assigned_worker_id)
                    for c in self._local_clients(name)
                }
                assert local == server, name
        finally:
            for enrolled in self.devices.values():
                if enrolled.workspace.store.is_open:
                    enrolled.workspace.lock()
            self.http.__exit__(None, None, None)
            self.engine.dispose()
            shutil.rmtree(self.tmp, ignore_errors=True)


@pytest.mark.slow
def test_d13_model_based_sync() -> None:
    run_state_machine_as_test(
        SyncModel,
        settings=settings(
            max_examples=int(os.environ.get("LINKDESK_D13_EXAMPLES", "8")),
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
