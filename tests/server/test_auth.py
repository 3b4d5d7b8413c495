"""Login, tokens, revocation and throttling (scenarios B2, B5, C6, C7)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from .conftest import PASSWORD
from .support import Clock, SyncClient


def _login(http: TestClient, username: str, password: str, device: str = "dev-x"):
    return http.post("/auth/login", json={"username": username, "password": password, "device_id": device})


def test_login_enrols_the_device_and_returns_tokens(http: TestClient, people: dict[str, str]) -> None:
    r = _login(http, "w1", PASSWORD)
    assert r.status_code == 200
    body = r.json()
    assert body["user_id"] == people["w1"] and body["role"] == "worker" and body["device_secret"]
    assert body["tokens"]["access_token"] and body["tokens"]["refresh_token"]


def test_unknown_user_and_wrong_password_look_the_same(http: TestClient, people: dict[str, str]) -> None:
    wrong = _login(http, "w1", "not the password")
    unknown = _login(http, "nobody", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"detail": "invalid_credentials"}


def test_c7_repeated_failures_are_throttled_with_retry_after(
    http: TestClient, people: dict[str, str], clock: Clock
) -> None:
    for name in ("w1", "ghost"):
        answers = [_login(http, name, "wrong").status_code for _ in range(6)]
        assert answers[:5] == [401] * 5 and answers[5] == 429
        r = _login(http, name, PASSWORD if name == "w1" else "x")
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    clock.advance(61)
    assert _login(http, "w1", PASSWORD).status_code == 200


def test_c6_expired_access_token_is_refused(devices: dict[str, SyncClient], clock: Clock) -> None:
    w1 = devices["w1"]
    assert w1.raw_sync(w1.body()).status_code == 200
    clock.advance(901)
    r = w1.raw_sync(w1.body())
    assert r.status_code == 401 and r.json()["detail"] == "token_invalid"


def test_c6_refresh_rotates_and_reuse_revokes_the_family(
    http: TestClient, devices: dict[str, SyncClient]
) -> None:
    e = devices["w1"].enrolment
    first = {
        "device_id": e.device_id,
        "device_secret": e.device_secret,
        "refresh_token": e.tokens.refresh_token,
    }
    r = http.post("/auth/refresh", json=first)
    assert r.status_code == 200
    second = first | {"refresh_token": r.json()["refresh_token"]}
    r = http.post("/auth/refresh", json=second)
    assert r.status_code == 200
    third = first | {"refresh_token": r.json()["refresh_token"]}
    reuse = http.post("/auth/refresh", json=first)  # a copy of an old token, after newer ones were used
    assert reuse.status_code == 401 and reuse.json()["detail"] == "refresh_reused"
    # The whole family is gone: the legitimately rotated token no longer works either.
    assert http.post("/auth/refresh", json=third).status_code == 401


def test_a_refresh_whose_answer_was_lost_can_be_retried(
    http: TestClient, devices: dict[str, SyncClient], clock: Clock
) -> None:
    e = devices["w1"].enrolment
    first = {
        "device_id": e.device_id,
        "device_secret": e.device_secret,
        "refresh_token": e.tokens.refresh_token,
    }
    lost = http.post("/auth/refresh", json=first).json()["refresh_token"]  # the answer never arrived
    retry = http.post("/auth/refresh", json=first)
    assert retry.status_code == 200
    assert http.post("/auth/refresh", json=first | {"refresh_token": lost}).status_code == 401  # superseded
    current = first | {"refresh_token": retry.json()["refresh_token"]}
    assert http.post("/auth/refresh", json=current).status_code == 200
    # Without the device secret, or long after, a used token is a stolen copy.
    e2 = devices["w2"].enrolment
    old = {
        "device_id": e2.device_id,
        "device_secret": e2.device_secret,
        "refresh_token": e2.tokens.refresh_token,
    }
    assert http.post("/auth/refresh", json=old).status_code == 200
    clock.advance(301)
    late = http.post("/auth/refresh", json=old)
    assert late.status_code == 401 and late.json()["detail"] == "refresh_reused"


def test_c6_refresh_needs_the_device_secret(http: TestClient, devices: dict[str, SyncClient]) -> None:
    e = devices["w1"].enrolment
    r = http.post(
        "/auth/refresh",
        json={"device_id": e.device_id, "device_secret": "guess", "refresh_token": e.tokens.refresh_token},
    )
    assert r.status_code == 401


def test_c6_forged_token_and_forged_device_id_are_refused(devices: dict[str, SyncClient]) -> None:
    w1 = devices["w1"]
    forged = w1.raw_sync(w1.body(), headers={"Authorization": "Bearer eyJ4IjoxfQ.AAAA"})
    assert forged.status_code == 401
    change = w1.change("client", "c-1", op="insert", given_name="X")
    change["device_id"] = devices["w2"].device_id
    r = w1.raw_sync(w1.body([change]))
    assert r.status_code == 401 and r.json()["detail"] == "device_mismatch"


def test_b2_revoked_device_is_refused_at_once(
    devices: dict[str, SyncClient], engine, http: TestClient
) -> None:
    from linkdesk.server import admin
    from linkdesk.server.db import writing

    w1 = devices["w1"]
    with writing(engine) as session:
        admin.revoke_device(session, w1.device_id)
    r = w1.raw_sync(w1.body())
    assert r.status_code == 401 and r.json()["detail"] == "device_revoked"
    e = w1.enrolment
    refresh = {
        "device_id": e.device_id,
        "device_secret": e.device_secret,
        "refresh_token": e.tokens.refresh_token,
    }
    assert http.post("/auth/refresh", json=refresh).status_code == 401
    assert _login(http, "w1", PASSWORD, device=w1.device_id).status_code == 401


def test_b5_disabled_user_is_refused_at_once(devices: dict[str, SyncClient], engine) -> None:
    from linkdesk.server import admin
    from linkdesk.server.db import writing

    w1 = devices["w1"]
    with writing(engine) as session:
        admin.disable_user(session, "w1")
    r = w1.raw_sync(w1.body())
    assert r.status_code == 401 and r.json()["detail"] == "user_disabled"
