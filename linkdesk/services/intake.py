"""Intake: registering a referral and the person it is about, and warning about possible duplicates."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, or_, select

from linkdesk.domain.enums import AgeBand, ConsentMethod, ConsentPurpose, ReferralSource, Urgency
from linkdesk.domain.names import fold, sort_name
from linkdesk.domain.validation import (
    age_band,
    age_on,
    check_date_of_birth,
    clean_optional_text,
    clean_text,
    normalise_phone,
    normalise_postal_code,
)
from linkdesk.errors import ValidationError
from linkdesk.services.consent import add_consent
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.sync_tables import DeviceSetting
from linkdesk.store.tables import Client, Referral
from linkdesk.store.unit_of_work import UnitOfWork
from linkdesk.sync import state as sync_keys


@dataclass(frozen=True)
class PersonDetails:
    given_name: str
    family_name: str = ""
    preferred_name: str | None = None
    pronouns: str | None = None
    date_of_birth: date | None = None
    age_band: AgeBand | None = None
    language: str = "en"
    interpreter_needed: bool = False
    phone: str | None = None
    email: str | None = None
    address_line: str | None = None
    community: str | None = None
    postal_code: str | None = None
    safe_contact_notes: str | None = None
    communication_needs: str | None = None
    accessibility_needs: str | None = None
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None


@dataclass(frozen=True)
class ReferralDetails:
    source: ReferralSource
    received_on: date
    reason: str = ""
    referrer_name: str | None = None
    referrer_organisation: str | None = None
    urgency: Urgency = Urgency.ROUTINE


@dataclass(frozen=True)
class ConsentGiven:
    purpose: ConsentPurpose
    method: ConsentMethod
    partner_organisation: str | None = None


@dataclass(frozen=True)
class IntakeResult:
    client_id: str
    referral_id: str
    consent_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class DuplicateCandidate:
    client_id: str
    display_name: str
    date_of_birth: date | None
    community: str | None
    similarity: float


def _optional(normalise: Callable[[str, str], str], value: str | None, field: str) -> str | None:
    return normalise(value, field) if value and value.strip() else None


def person_fields(person: PersonDetails, today: date) -> dict[str, Any]:
    """Validated, normalised column values for a person (shared by intake and edits)."""
    dob = check_date_of_birth(person.date_of_birth, today) if person.date_of_birth else None
    text = clean_optional_text
    given = clean_text(person.given_name, field="given_name", max_length=120)
    family = (person.family_name or "").strip()[:120]
    return {
        "given_name": given,
        "family_name": family,
        "sort_name": sort_name(family, given),
        "preferred_name": text(person.preferred_name, field="preferred_name", max_length=120),
        "pronouns": text(person.pronouns, field="pronouns", max_length=40),
        "date_of_birth": dob,
        "age_band": age_band(age_on(dob, today)) if dob else person.age_band,
        "language": clean_text(person.language or "en", field="language", max_length=16),
        "interpreter_needed": person.interpreter_needed,
        "phone": _optional(normalise_phone, person.phone, "phone"),
        "email": text(person.email, field="email", max_length=200),
        "address_line": text(person.address_line, field="address_line", max_length=200),
        "community": text(person.community, field="community", max_length=120),
        "postal_code": _optional(normalise_postal_code, person.postal_code, "postal_code"),
        "safe_contact_notes": text(person.safe_contact_notes, field="safe_contact_notes", max_length=2000),
        "communication_needs": text(person.communication_needs, field="communication_needs", max_length=2000),
        "accessibility_needs": text(person.accessibility_needs, field="accessibility_needs", max_length=2000),
        "emergency_contact_name": text(
            person.emergency_contact_name, field="emergency_contact_name", max_length=200
        ),
        "emergency_contact_phone": _optional(
            normalise_phone, person.emergency_contact_phone, "emergency_contact_phone"
        ),
    }


def _similarity(a_given: str, a_family: str, b_given: str, b_family: str) -> float:
    family = difflib.SequenceMatcher(None, fold(a_family), fold(b_family)).ratio()
    given = difflib.SequenceMatcher(None, fold(a_given), fold(b_given)).ratio()
    return round(0.6 * family + 0.4 * given, 3)


def duplicate_candidates(
    session: Session, *, given_name: str, family_name: str, date_of_birth: date | None, threshold: float = 0.8
) -> list[DuplicateCandidate]:
    """People with a similar name and the same date of birth, or a near-identical name."""
    folded_family = fold(family_name)
    prefix = family_name.strip()[:2]
    conditions: list[ColumnElement[bool]] = [col(Client.family_name).ilike(f"{prefix}%")] if prefix else []
    if date_of_birth is not None:
        conditions.append(col(Client.date_of_birth) == date_of_birth)
    if not conditions:
        return []
    found: list[DuplicateCandidate] = []
    for client in session.exec(select(Client).where(or_(*conditions), col(Client.deleted).is_(False))):
        score = _similarity(given_name, family_name, client.given_name, client.family_name)
        same_dob = date_of_birth is not None and client.date_of_birth == date_of_birth
        close_name = score >= 0.95 and (folded_family == fold(client.family_name))
        if (same_dob and score >= threshold - 0.15) or close_name or score >= max(threshold, 0.9):
            found.append(
                DuplicateCandidate(
                    client.id,
                    f"{client.given_name} {client.family_name}".strip(),
                    client.date_of_birth,
                    client.community,
                    score,
                )
            )
    return sorted(found, key=lambda c: -c.similarity)


def find_possible_duplicates(
    ctx: ServiceContext, *, given_name: str, family_name: str, date_of_birth: date | None
) -> list[DuplicateCandidate]:
    with ctx.read() as session:
        return duplicate_candidates(
            session, given_name=given_name, family_name=family_name, date_of_birth=date_of_birth
        )


def _own_team(uow: UnitOfWork) -> str | None:
    """The team the server named at enrolment: a new person is in it (as the server would set), so the
    server stores the person exactly as sent and need not send it back."""
    row = uow.session.get(DeviceSetting, sync_keys.TEAM_ID)
    return (row.value or None) if row is not None else None


def _new_referral(uow: UnitOfWork, client_id: str, details: ReferralDetails, today: date) -> Referral:
    if details.received_on > today:
        raise ValidationError(field="received_on", reason="in_future")
    return uow.add(
        Referral(
            client_id=client_id,
            source=details.source,
            received_on=details.received_on,
            reason=(details.reason or "").strip()[:4000],
            referrer_name=clean_optional_text(details.referrer_name, field="referrer_name", max_length=200),
            referrer_organisation=clean_optional_text(
                details.referrer_organisation, field="referrer_organisation", max_length=200
            ),
            urgency=details.urgency,
        )
    )


def register_referral(
    ctx: ServiceContext,
    *,
    person: PersonDetails | None,
    referral: ReferralDetails,
    consents: Sequence[ConsentGiven] = (),
    existing_client_id: str | None = None,
    given_at: datetime | None = None,
) -> IntakeResult:
    """Creates the person (or uses an existing one) with the referral and any consents given, in one save."""
    with ctx.write() as uow:
        return new_referral(
            uow, ctx, person=person, referral=referral, consents=consents,
            existing_client_id=existing_client_id, given_at=given_at,
        )


def new_referral(
    uow: UnitOfWork,
    ctx: ServiceContext,
    *,
    person: PersonDetails | None,
    referral: ReferralDetails,
    consents: Sequence[ConsentGiven] = (),
    existing_client_id: str | None = None,
    given_at: datetime | None = None,
) -> IntakeResult:
    """register_referral inside a caller's unit of work (a whole intake saves as one transaction)."""
    if (person is None) == (existing_client_id is None):
        raise ValidationError(field="person", reason="person_or_existing_required")
    today = ctx.today()
    if existing_client_id is not None:
        client = require(uow, Client, existing_client_id)
    else:
        assert person is not None
        client = uow.add(
            Client(
                **person_fields(person, today),
                assigned_worker_id=ctx.actor.user_id,
                team_id=_own_team(uow),
                status_changed_at=ctx.now(),
            )
        )
    ref = _new_referral(uow, client.id, referral, today)
    when = given_at or ctx.now()
    consent_ids = tuple(
        add_consent(
            uow,
            client_id=client.id,
            purpose=c.purpose,
            method=c.method,
            given_at=when,
            partner_organisation=c.partner_organisation,
        ).id
        for c in consents
    )
    return IntakeResult(client.id, ref.id, consent_ids)


def update_person(ctx: ServiceContext, *, client_id: str, person: PersonDetails) -> list[str]:
    """Edits a person's details; returns the names of the fields that changed."""
    with ctx.write() as uow:
        client = require(uow, Client, client_id)
        return uow.update(client, person_fields(person, ctx.today()))
