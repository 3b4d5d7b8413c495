"""Case reviews sync from the supervisor to the worker; only a team supervisor may write one (as itself),
and a signed review never changes."""

from __future__ import annotations

from typing import Any

from .support import SyncClient, person_fields


def review_fields(client_id: str, worker_id: str, reviewer_id: str, **extra: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "client_id": client_id,
        "worker_id": worker_id,
        "reviewer_id": reviewer_id,
        "reviewed_at": "2026-03-03T10:00:00+00:00",
        "period": "2026-03",
        "reason": "sample",
        "checklist": {"consent_current": True, "goals_current": False},
        "note": "Book the follow-up you planned.",
        "outcome": "action_needed",
        "flag_id": None,
        "created_at": "2026-03-03T10:00:00+00:00",
        "updated_at": "2026-03-03T10:00:00+00:00",
    }
    return values | extra


def test_a_supervisors_review_reaches_the_worker(
    devices: dict[str, SyncClient], people: dict[str, str]
) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])
    fields = review_fields("c-1", people["w1"], people["s1"])
    ack = s1.sync([s1.change("case_review", "r-1", op="insert", **fields)]).acks[0]
    assert ack.status == "applied", ack
    pulled = w1.pull_all()[("case_review", "r-1")]
    assert pulled["outcome"] == "action_needed" and pulled["checklist"] == fields["checklist"]
    assert pulled["reviewer_id"] == people["s1"]
    assert ("case_review", "r-1") not in devices["w3"].pull_all()  # another team's worker


def test_who_may_write_a_review(devices: dict[str, SyncClient], people: dict[str, str]) -> None:
    w1, w2, s1, w3 = devices["w1"], devices["w2"], devices["s1"], devices["w3"]
    w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])
    w3.sync([w3.change("client", "c-s", op="insert", **person_fields("Sud"))])
    own = w1.sync(
        [w1.change("case_review", "r-w", op="insert", **review_fields("c-1", people["w1"], people["w1"]))]
    )
    assert (own.acks[0].status, own.acks[0].reason) == ("rejected", "supervisor_only")
    forged = s1.sync(
        [s1.change("case_review", "r-f", op="insert", **review_fields("c-1", people["w1"], people["w2"]))]
    )
    assert (forged.acks[0].status, forged.acks[0].reason) == ("rejected", "server_owned_field:reviewer_id")
    other = s1.sync(
        [s1.change("case_review", "r-o", op="insert", **review_fields("c-s", people["w3"], people["s1"]))]
    )
    assert (other.acks[0].status, other.acks[0].reason) == ("rejected", "out_of_scope")
    bad = s1.sync(
        [
            s1.change(
                "case_review",
                "r-b",
                op="insert",
                **review_fields("c-1", people["w1"], people["s1"], period="March"),
            )
        ]
    )
    assert bad.acks[0].status == "rejected" and (bad.acks[0].reason or "").startswith("invalid:")
    assert not any(k[0] == "case_review" for k in w2.pull_all())
    assert not any(k[0] == "case_review" for k in w1.pull_all())


def test_a_signed_review_never_changes(devices: dict[str, SyncClient], people: dict[str, str]) -> None:
    w1, s1 = devices["w1"], devices["s1"]
    w1.sync([w1.change("client", "c-1", op="insert", **person_fields())])
    s1.sync(
        [s1.change("case_review", "r-1", op="insert", **review_fields("c-1", people["w1"], people["s1"]))]
    )
    ack = s1.sync([s1.change("case_review", "r-1", note="changed my mind")]).acks[0]
    assert (ack.status, ack.reason) == ("rejected", "append_only")
    assert w1.pull_all()[("case_review", "r-1")]["note"] == "Book the follow-up you planned."
