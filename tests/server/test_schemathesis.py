"""C9: schema-wide fuzzing of the server's OpenAPI (schemathesis), in process, on SQLite.

Every operation gets generated valid and invalid requests, with and without a worker's access token. The
checks: no server error (5xx) ever; an operation that declares the bearer scheme never answers 2xx without
valid credentials (schemathesis' ignored_auth, and our own assertion); answers match the documented codes,
content types and schemas. Hypothesis is derandomised with a bounded example count so CI runs are stable.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    response_schema_conformance,
    status_code_conformance,
)

from linkdesk.domain.enums import Role
from linkdesk.server import admin, schema
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import create_server_engine, writing
from linkdesk.server.main import create_app
from linkdesk.server.passwords import Passwords
from linkdesk.server.tables import RECORD_TABLES, writable_fields

from .conftest import PASSWORD
from .support import SyncClient, person_fields

pytestmark = pytest.mark.slow

CHECKS = [
    not_a_server_error,
    ignored_auth,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
SECURED = ("/sync", "/records/", "/team", "/snapshots")
OPERATIONS = [
    ("GET", "/health"),
    ("POST", "/auth/login"),
    ("POST", "/auth/refresh"),
    ("POST", "/sync"),
    ("GET", "/records/{table}/{record_id}"),
    ("GET", "/team"),
    ("POST", "/team/handover"),
    ("POST", "/snapshots"),
    ("GET", "/snapshots/{snapshot_id}"),
    ("GET", "/snapshots/{snapshot_id}/data"),
]
TABLES = sorted(RECORD_TABLES)
FUZZ = settings(
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


class Server:
    def __init__(self, app: FastAPI, device: SyncClient, record_id: str, snapshot_id: str) -> None:
        self.app = app
        self.device = device
        self.record_id = record_id
        self.snapshot_id = snapshot_id  # w1's, so Range and If-Range are fuzzed on real bytes
        self.seq = itertools.count(1000)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root: Path = tmp_path_factory.mktemp("fuzzed-server")
    cfg = ServerSettings(
        data_dir=root / "server",
        argon2_time_cost=1,
        argon2_memory_kib=64,
        argon2_parallelism=1,
        snapshot_min_rows=1,
    )
    engine = create_server_engine(f"sqlite+pysqlite:///{root / 'server.db'}")
    schema.init(engine)
    passwords = Passwords(cfg)
    with writing(engine) as session:
        admin.add_team(session, "north")
        admin.add_team(session, "south")
        admin.add_user(session, passwords, username="w1", password=PASSWORD, role=Role.WORKER, team="north")
        admin.add_user(session, passwords, username="w3", password=PASSWORD, role=Role.WORKER, team="south")
    app = create_app(cfg, engine=engine)
    with TestClient(app) as http:
        w1 = SyncClient.enrol(http, "w1", PASSWORD, "dev-w1")
        w3 = SyncClient.enrol(http, "w3", PASSWORD, "dev-w3")
        # One person each, so record reads and pushed edits have real rows to hit (and to be refused).
        for device, rid in ((w1, "person-w1"), (w3, "person-w3")):
            resp = device.sync([device.change("client", rid, op="insert", **person_fields())])
            assert resp.acks[0].status == "applied"
        offered = http.post("/snapshots", headers=w1.headers())
        assert offered.status_code == 200, offered.text
    yield Server(app, w1, "person-w1", offered.json()["id"])
    engine.dispose()


@pytest.fixture(scope="module")
def api(server: Server) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", server.app)


def _aim(case: Any, server: Server) -> None:
    """Steer valid bodies past the first gates so the push and merge code sees fuzzed values: the right
    versions and device id, and real table and field names (values and everything else stay generated)."""
    if case.path == "/records/{table}/{record_id}" and isinstance(case.path_parameters, dict):
        # Half the reads name a real table and a real person (w1's own, or another team's).
        rid = str(case.path_parameters.get("record_id", ""))
        if len(rid) % 2 == 0:
            case.path_parameters["table"] = "client"
            case.path_parameters["record_id"] = server.record_id if len(rid) % 4 == 0 else "person-w3"
        return
    if case.path.startswith("/snapshots/") and isinstance(case.path_parameters, dict):
        sid = str(case.path_parameters.get("snapshot_id", ""))
        if len(sid) % 2 == 0:
            case.path_parameters["snapshot_id"] = server.snapshot_id
        return
    body = case.body
    if case.path != "/sync" or not isinstance(body, dict):
        return
    protocol = case.headers.get("linkdesk-protocol") if isinstance(case.headers, dict) else None
    if protocol is not None and len(str(protocol)) % 2 == 0:
        del case.headers["linkdesk-protocol"]  # half the time: no version header, so the body is read
    body["protocol_version"], body["schema_version"] = 1, 1
    body.pop("incarnation", None)
    changes = body.get("changes")
    for change in changes if isinstance(changes, list) else []:
        if not isinstance(change, dict) or not isinstance(change.get("fields"), dict):
            continue
        seq = change.get("device_seq")
        index = seq if isinstance(seq, int) else 0
        table = TABLES[index % len(TABLES)]
        names = sorted(writable_fields(table))
        fields = list(change["fields"].values())
        change["device_id"] = server.device.device_id
        change["table"] = table
        change["fields"] = {names[i % len(names)]: f for i, f in enumerate(fields)}
        if index % 3 == 0:
            change["record_id"] = server.record_id
        elif index % 3 == 1:
            change["record_id"] = "person-w3"  # another team's person: must be refused, never applied


def test_c9_every_operation_is_fuzzed(api: Any) -> None:
    assert sorted(r.ok().label for r in api.get_all_operations()) == sorted(f"{m} {p}" for m, p in OPERATIONS)


# /health has no inputs to make invalid, so it is fuzzed in positive mode only.
RUNS = [(m, p, GenerationMode.POSITIVE) for m, p in OPERATIONS] + [
    (m, p, GenerationMode.NEGATIVE) for m, p in OPERATIONS if p != "/health"
]


@pytest.mark.parametrize("with_token", [False, True], ids=["anonymous", "worker"])
@pytest.mark.parametrize(("method", "path", "mode"), RUNS, ids=[f"{p}-{g.value}" for _, p, g in RUNS])
def test_c9_fuzz(
    api: Any, server: Server, method: str, path: str, mode: GenerationMode, with_token: bool
) -> None:
    token = server.device.enrolment.tokens.access_token
    headers = {"Authorization": f"Bearer {token}"} if with_token else None

    @FUZZ
    @given(case=api[path][method].as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        _aim(case, server)  # also without a token: a bypass then shows as an answer other than 401
        response = case.call_and_validate(checks=CHECKS, headers=headers)
        if not with_token and any(path.startswith(p) for p in SECURED):
            # No credentials: 401 before the body is even read (426 alone may come first, from the version
            # header); schemathesis' ignored_auth checks that no success comes back either.
            assert response.status_code in (401, 426), f"{method} {path} answered {response.status_code}"
        if path.startswith("/records/") and case.path_parameters.get("record_id") == "person-w3":
            assert response.status_code in (401, 404)  # another team's person is never served

    run()


PLAUSIBLE = [
    "2026-03-03T10:00:00+00:00",
    "2026-03-03",
    "9999-12-31T23:59:59+00:00",
    "",
    "active",
    "phone",
    "open",
    "person-w1",
    "person-w3",
    "x" * 5000,
    "\x00",
    "-1",
]
TEXT_FIELDS = ["given_name", "family_name", "preferred_name", "safe_contact_notes", "community", "pronouns"]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.sampled_from(PLAUSIBLE)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=5,
)


@st.composite
def _change(draw: st.DrawFn, device_id: str, seq: int) -> dict[str, Any]:
    values: st.SearchStrategy[Any] = VALUES
    if draw(st.booleans()):
        # Valid edits of free-text fields of w1's person, with arbitrary bases and clocks: reaches the merge.
        table, names, values = "client", TEXT_FIELDS, st.text(max_size=200)
    else:
        table = draw(st.sampled_from(TABLES))
        names = sorted(writable_fields(table))
    chosen = draw(st.lists(st.sampled_from(names), min_size=1, max_size=8, unique=True))
    fields: dict[str, Any] = {}
    for name in chosen:
        ms = draw(st.integers(min_value=0, max_value=10**15 - 1))
        tick = draw(st.integers(min_value=0, max_value=99_999))
        value = (
            draw(st.sampled_from(["person-w1", "person-w3"]) | VALUES)
            if name == "client_id"
            else draw(values)
        )
        fields[name] = {
            "value": value,
            "base": draw(st.integers(min_value=0, max_value=2**62)),
            "hlc": f"{ms:015d}-{tick:05d}-{device_id}",
        }
    if "client_id" in names and "client_id" not in fields and draw(st.booleans()):
        fields["client_id"] = {"value": "person-w1", "base": 0, "hlc": f"{1:015d}-00000-{device_id}"}
    if values is not VALUES:
        record_id, op = "person-w1", "update"
    else:
        record_id = draw(st.sampled_from(["person-w1", "person-w3"]) | st.from_regex(r"\Afz-[a-z0-9]{1,8}\Z"))
        op = draw(st.sampled_from(["insert", "update"]))
    return {
        "device_id": device_id,
        "device_seq": seq,
        "table": table,
        "record_id": record_id,
        "op": op,
        "fields": fields,
    }


@settings(FUZZ, max_examples=150)
@given(data=st.data())
def test_c9_fuzzed_pushes_never_fail_the_server(server: Server, data: st.DataObject) -> None:
    """Real tables and field names with arbitrary values, versions and clocks: this is where a 500 would
    hide (validation, merge, scope). Every answer is 200 with one ack per change, or a 422 before any
    change is applied."""
    device = server.device
    changes = [
        data.draw(_change(device.device_id, next(server.seq)))
        for _ in range(data.draw(st.integers(min_value=1, max_value=5)))
    ]
    response = device.raw_sync(device.body(changes))
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        acks = response.json()["acks"]
        assert [a["device_seq"] for a in acks] == [c["device_seq"] for c in changes]
        for ack, change in zip(acks, changes, strict=True):
            if change["record_id"] == "person-w3":
                assert ack["status"] == "rejected", ack  # another team's person


def test_c9_other_team_unchanged_after_fuzzing(server: Server) -> None:
    """Whatever the fuzzer pushed as w1, w3's person (south team) is exactly as w3 wrote it."""
    with TestClient(server.app) as http:
        w3 = SyncClient.enrol(http, "w3", PASSWORD, "dev-w3-check")
        state = w3.pull_all()
    assert state[("client", "person-w3")]["given_name"] == "Ada"
    assert state[("client", "person-w3")]["family_name"] == "Tester"
