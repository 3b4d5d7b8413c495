"""Turns a finished intake draft into one complete_intake call (runs on the DB lane; no widgets here)."""

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
from linkdesk.errors import ValidationError
from linkdesk.services.assessment import NeedInput
from linkdesk.services.context import ServiceContext
from linkdesk.services.intake import ConsentGiven, PersonDetails, ReferralDetails
from linkdesk.services.intake_complete import AssessmentInput, FollowUpInput, GoalInput, complete_intake


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


def _consents(consents: dict[str, Any]) -> list[ConsentGiven]:
    return [
        ConsentGiven(
            ConsentPurpose(purpose),
            ConsentMethod(method),
            consents.get("partner_organisation") if purpose == ConsentPurpose.SHARE_WITH_PARTNER else None,
        )
        for purpose, method in consents.get("given", {}).items()
    ]


def _assessment(a: dict[str, Any]) -> AssessmentInput:
    top = a.get("top_need") or ""
    if top and top not in a.get("needs", {}):
        raise ValidationError(field="top_need", reason="top_need_without_level")
    needs = [
        NeedInput(
            NeedDomain(d),
            NeedLevel(level),
            priority=1 if d == top else None,
            note=a.get("needs_note", "") if i == 0 else "",
        )
        for i, (d, level) in enumerate(a.get("needs", {}).items())
    ]
    return AssessmentInput(
        what_matters=a.get("what_matters", ""),
        strengths=a.get("strengths", ""),
        interests=a.get("interests", ""),
        needs=needs,
    )


def _goals(g: dict[str, Any]) -> list[GoalInput]:
    return [
        GoalInput(
            description=goal["description"],
            domain=NeedDomain(goal.get("domain") or NeedDomain.OTHER),
            importance=goal.get("importance"),
            confidence=goal.get("confidence"),
            steps=goal.get("steps", ""),
        )
        for goal in g.get("goals", [])
        if goal.get("description", "").strip()
    ]


def submit_intake(ctx: ServiceContext, data: dict[str, Any], draft_id: str | None) -> IntakeDone:
    """One save (complete_intake): all of the intake lands, or none of it and the draft stays."""
    client_id: str | None = data.get("existing_client_id")
    ref, f = data.get("referral", {}), data.get("follow_up", {})
    details = ReferralDetails(
        source=ReferralSource(ref.get("source") or ReferralSource.SELF),
        received_on=_day(ref.get("received_on")) or ctx.today(),
        reason=ref.get("reason", ""),
        referrer_name=ref.get("referrer_name") or None,
        referrer_organisation=ref.get("referrer_organisation") or None,
        urgency=Urgency(ref.get("urgency") or Urgency.ROUTINE),
    )
    follow_up = None
    if f.get("due_on"):
        follow_up = FollowUpInput(
            due_on=_day(f["due_on"]) or ctx.today(),
            mode=ContactMode(f.get("mode") or ContactMode.PHONE),
            purpose=f.get("purpose", ""),
        )
    result = complete_intake(
        ctx,
        person=None if client_id else person_details(data.get("person", {})),
        referral=details,
        consents=_consents(data.get("consents", {})),
        assessment=_assessment(data.get("assessment", {})),
        goals=_goals(data.get("goals", {})),
        follow_up=follow_up,
        existing_client_id=client_id,
        draft_id=draft_id,
    )
    return IntakeDone(result.client_id)
