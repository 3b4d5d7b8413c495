"""Recording and withdrawing consent, and reading which purposes are active for a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from linkdesk.domain.consent_rules import ConsentState, active_purposes
from linkdesk.domain.enums import ConsentMethod, ConsentPurpose
from linkdesk.errors import ValidationError
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.tables import Client, Consent
from linkdesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ConsentRecorded:
    consent_id: str
    client_id: str


def consents_of(session: Session, client_id: str) -> list[Consent]:
    rows = session.exec(select(Consent).where(Consent.client_id == client_id, Consent.deleted == False))  # noqa: E712
    return list(rows)


def active_consents(session: Session, client_id: str, at: datetime) -> frozenset[ConsentPurpose]:
    states = [
        ConsentState(purpose=ConsentPurpose(c.purpose), given_at=c.given_at, withdrawn_at=c.withdrawn_at)
        for c in consents_of(session, client_id)
    ]
    return active_purposes(states, at)


def add_consent(
    uow: UnitOfWork,
    *,
    client_id: str,
    purpose: ConsentPurpose,
    method: ConsentMethod,
    given_at: datetime,
    partner_organisation: str | None = None,
) -> Consent:
    """Shared by intake and the consent screen, inside the caller's unit of work."""
    if purpose is ConsentPurpose.SHARE_WITH_PARTNER and not (partner_organisation or "").strip():
        raise ValidationError(field="partner_organisation", reason="required")
    return uow.add(
        Consent(
            client_id=client_id,
            purpose=purpose,
            method=method,
            given_at=given_at,
            partner_organisation=(partner_organisation or "").strip() or None,
            recorded_by=uow.actor.user_id,
        )
    )


def record_consent(
    ctx: ServiceContext,
    *,
    client_id: str,
    purpose: ConsentPurpose,
    method: ConsentMethod,
    given_at: datetime | None = None,
    partner_organisation: str | None = None,
) -> ConsentRecorded:
    with ctx.write() as uow:
        require(uow, Client, client_id)
        consent = add_consent(
            uow,
            client_id=client_id,
            purpose=purpose,
            method=method,
            given_at=given_at or ctx.now(),
            partner_organisation=partner_organisation,
        )
        return ConsentRecorded(consent.id, client_id)


def withdraw_consent(
    ctx: ServiceContext, *, consent_id: str, withdrawn_at: datetime | None = None
) -> ConsentRecorded:
    with ctx.write() as uow:
        consent = require(uow, Consent, consent_id)
        if consent.withdrawn_at is not None:
            raise ValidationError(field="withdrawn_at", reason="already_withdrawn")
        when = withdrawn_at or ctx.now()
        if when < consent.given_at:
            raise ValidationError(field="withdrawn_at", reason="before_given")
        uow.update(consent, {"withdrawn_at": when}, action="consent.withdraw")
        return ConsentRecorded(consent.id, consent.client_id)
