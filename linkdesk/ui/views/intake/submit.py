"""Turns a finished intake draft into service calls (runs on the DB lane; no widgets here).

The referral, person and consents are one save (register_referral); the assessment, goals and follow-up
follow as their own saves. If a later save fails, the error says which stages are already done so a retry
uses the person just created instead of creating them twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from linkdesk.domain.enums import (
    ConsentMethod,
    ConsentPurpose,
    ContactMode,
    NeedDomain,
    NeedLevel,
    ReferralSource,
    Urgency,
)
from linkdesk.errors import LinkDeskError
from linkdesk.services.assessment import NeedInput, record_assessment
from linkdesk.services.context import ServiceContext
from linkdesk.services.drafts import discard_intake_draft
from linkdesk.services.followups import schedule_follow_up
from linkdesk.services.goals import add_goal
from linkdesk.services.intake import ConsentGiven, PersonDetails, ReferralDetails, register_referral


@dataclass(frozen=True)
class IntakeDone:
    client_id: str


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def person_details(p: dict[str, Any]) -> PersonDetails:
    return PersonDetails(
        given_name=p.get("given_name", ""),
        family_name=p.get("family_name", ""),
        preferred_name=p.get("preferred_name") or None,
        pronouns=p.get("pronouns") or None,
        date_of_birth=_day(p.get("date_of_birth")),
        language=p.get("language") or "en",
        interpreter_needed=bool(p.get("interpreter_needed")),
        phone=p.get("phone") or None,
        community=p.get("community") or None,
        postal_code=p.get("postal_code") or None,
        safe_contact_notes=p.get("safe_contact_notes") or None,
    )


def _stage(name: str, done: list[str], client_id: str | None, call: Any) -> Any:
    try:
        return call()
    except LinkDeskError as exc:
        exc.details.setdefault("step", name)
        exc.details["done"] = list(done)
        exc.details["client_id"] = client_id
        raise


def submit_intake(ctx: ServiceContext, data: dict[str, Any], draft_id: str | None) -> IntakeDone:
    done: list[str] = list(data.get("done", []))
    client_id: str | None = data.get("existing_client_id")
    ref, consents = data.get("referral", {}), data.get("consents", {})
    if "referral" not in done:
        given = [
            ConsentGiven(
                ConsentPurpose(purpose),
                ConsentMethod(method),
                consents.get("partner_organisation")
                if purpose == ConsentPurpose.SHARE_WITH_PARTNER
                else None,
            )
            for purpose, method in consents.get("given", {}).items()
        ]
        details = ReferralDetails(
            source=ReferralSource(ref.get("source") or ReferralSource.SELF),
            received_on=_day(ref.get("received_on")) or ctx.today(),
            reason=ref.get("reason", ""),
            referrer_name=ref.get("referrer_name") or None,
            referrer_organisation=ref.get("referrer_organisation") or None,
            urgency=Urgency(ref.get("urgency") or Urgency.ROUTINE),
        )
        result = _stage(
            "person",
            done,
            client_id,
            lambda: register_referral(
                ctx,
                person=None if client_id else person_details(data.get("person", {})),
                referral=details,
                consents=given,
                existing_client_id=client_id,
            ),
        )
        client_id = result.client_id
        done.append("referral")
    assert client_id is not None
    a = data.get("assessment", {})
    if "assessment" not in done and (a.get("what_matters", "").strip() or a.get("needs")):
        needs = [
            NeedInput(NeedDomain(d), NeedLevel(level), note=a.get("needs_note", "") if i == 0 else "")
            for i, (d, level) in enumerate(a.get("needs", {}).items())
        ]
        _stage(
            "assessment",
            done,
            client_id,
            lambda: record_assessment(
                ctx,
                client_id=client_id,
                what_matters=a.get("what_matters", ""),
                strengths=a.get("strengths", ""),
                interests=a.get("interests", ""),
                needs=needs,
            ),
        )
        done.append("assessment")
    for number, goal in enumerate(data.get("goals", {}).get("goals", []), start=1):
        stage = f"goal_{number}"
        if stage in done or not goal.get("description", "").strip():
            continue
        _stage(
            "goals",
            done,
            client_id,
            lambda goal=goal: add_goal(
                ctx,
                client_id=client_id,
                description=goal["description"],
                domain=NeedDomain(goal.get("domain") or NeedDomain.OTHER),
                importance=goal.get("importance"),
                confidence=goal.get("confidence"),
                steps=goal.get("steps", ""),
            ),
        )
        done.append(stage)
    f = data.get("follow_up", {})
    if "follow_up" not in done and f.get("due_on"):
        _stage(
            "follow_up",
            done,
            client_id,
            lambda: schedule_follow_up(
                ctx,
                client_id=client_id,
                due_on=_day(f["due_on"]) or ctx.today(),
                mode=ContactMode(f.get("mode") or ContactMode.PHONE),
                purpose=f.get("purpose", ""),
            ),
        )
        done.append("follow_up")
    if draft_id:
        discard_intake_draft(ctx, draft_id=draft_id)
    return IntakeDone(client_id)
