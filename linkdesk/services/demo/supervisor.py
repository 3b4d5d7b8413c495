"""The demo supervisor: a headless device that signs off a few case reviews of the synced team, so the
Team section has history and the workers see reviews on their people's timelines (invented people only)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from linkdesk.domain.review import CHECKLIST, ReviewOutcome, ReviewReason
from linkdesk.paths import AppPaths
from linkdesk.services.demo.connected import ServerStaff, write_server_staff
from linkdesk.services.enrolment import enroll
from linkdesk.services.supervision.review import review_queue, sign_off_review
from linkdesk.services.supervision.team import TeamTransport, refresh_team, team_transport
from linkdesk.services.sync_service import make_engine
from linkdesk.sync.report import SyncReport
from linkdesk.vault import KdfParams, KeyringPort

NOTES = (
    (ReviewOutcome.SIGNED_OFF, "Good plan, in the person's own words. Keep going."),
    (ReviewOutcome.ACTION_NEEDED, "Please book the overdue follow-up call this week and note the outcome."),
    (ReviewOutcome.SIGNED_OFF, "Safety plan is clear; flag can be reviewed again next month."),
    (ReviewOutcome.ACTION_NEEDED, "The walking group referral has stalled: phone the organiser."),
)


@dataclass(frozen=True)
class SupervisorDemo:
    reviews: int
    team_members: int
    sync: SyncReport


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def seed_supervisor_reviews(
    paths: AppPaths,
    url: str,
    *,
    username: str,
    password: str,
    passphrase: str,
    staff: ServerStaff,
    reviews: int = 4,
    transport: TeamTransport | None = None,
    keyring: KeyringPort | None = None,
    kdf: KdfParams | None = None,
) -> SupervisorDemo:
    """Enrol a demo supervisor device, pull the team, sign off `reviews` cases from the top of this
    month's queue (flagged first) and sync them. The workers' devices receive them at their next sync."""
    enrolled = enroll(
        paths,
        url,
        username,
        password,
        passphrase,
        transport=transport,  # type: ignore[arg-type]  # a full SyncTransport in practice
        keyring=keyring,
        passphrase_only=True,
        kdf=kdf,
        device_name="demo supervisor laptop",
    )
    workspace = enrolled.workspace
    try:
        write_server_staff(workspace, staff)
        engine = make_engine(workspace, transport=transport)  # type: ignore[arg-type]
        engine.run_once()
        overview = refresh_team(workspace, engine, transport or team_transport(engine), now_ms=_now_ms)
        queue = [q for q in review_queue(workspace.ctx, size=reviews) if not q.done][:reviews]
        for n, item in enumerate(queue):
            outcome, note = NOTES[n % len(NOTES)]
            checklist = {key: (i + n) % 4 != 0 for i, key in enumerate(CHECKLIST)}
            sign_off_review(
                workspace.ctx,
                client_id=item.client_id,
                reason=item.reason,
                checklist=checklist,
                note=note,
                outcome=outcome,
                flag_id=item.flag_ids[0] if item.reason is ReviewReason.FLAG and item.flag_ids else None,
            )
        report = engine.run_once()
    finally:
        workspace.lock()
    return SupervisorDemo(len(queue), len(overview.members), report)
