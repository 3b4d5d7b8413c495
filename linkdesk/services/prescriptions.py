"""Social prescriptions: drafting one to a directory or typed-in service, and moving it through its states."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from linkdesk.domain import prescription_status
from linkdesk.domain.consent_rules import check_can_send
from linkdesk.domain.enums import Barrier, PrescriptionKind, PrescriptionStatus, SendMethod
from linkdesk.domain.validation import clean_optional_text, clean_text
from linkdesk.errors import ValidationError
from linkdesk.services.consent import active_consents
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.directory_tables import Organization, Service
from linkdesk.store.tables import Client, Goal, Prescription


@dataclass(frozen=True)
class PrescriptionChanged:
    prescription_id: str
    client_id: str
    status: PrescriptionStatus


def prescribe(
    ctx: ServiceContext,
    *,
    client_id: str,
    kind: PrescriptionKind,
    service_id: str | None = None,
    service_name: str | None = None,
    organisation_name: str | None = None,
    service_contact: str | None = None,
    goal_id: str | None = None,
    barriers: Sequence[Barrier] = (),
    note: str = "",
) -> PrescriptionChanged:
    """Draft a prescription to a directory service (by id) or to a service typed in by hand."""
    with ctx.write() as uow:
        require(uow, Client, client_id)
        if goal_id is not None and require(uow, Goal, goal_id).client_id != client_id:
            raise ValidationError(field="goal_id", reason="other_person")
        if service_id is not None:
            service = uow.get(Service, service_id)
            if service is None:
                raise ValidationError(field="service_id", reason="unknown_service")
            organisation = uow.get(Organization, service.organization_id) if service.organization_id else None
            service_name = service_name or service.name
            organisation_name = organisation_name or (organisation.name if organisation else None)
        prescription = uow.add(
            Prescription(
                client_id=client_id,
                goal_id=goal_id,
                service_id=service_id,
                service_name=clean_text(service_name or "", field="service_name", max_length=300),
                organisation_name=clean_optional_text(
                    organisation_name, field="organisation_name", max_length=300
                ),
                service_contact=clean_optional_text(service_contact, field="service_contact", max_length=300),
                kind=kind,
                status=PrescriptionStatus.DRAFTED,
                status_changed_at=ctx.now(),
                barriers=sorted({Barrier(b).value for b in barriers}),
                note=note.strip(),
                created_by=ctx.actor.user_id,
            )
        )
        return PrescriptionChanged(prescription.id, client_id, PrescriptionStatus.DRAFTED)


def advance_prescription(
    ctx: ServiceContext,
    *,
    prescription_id: str,
    status: PrescriptionStatus,
    send_method: SendMethod | None = None,
    note: str | None = None,
) -> PrescriptionChanged:
    """Move a prescription to its next state; sending checks the consent the kind needs."""
    with ctx.write() as uow:
        prescription = require(uow, Prescription, prescription_id)
        current = PrescriptionStatus(prescription.status)
        prescription_status.check_transition(current, status)
        changes: dict[str, object] = {"status": status, "status_changed_at": ctx.now()}
        if status is PrescriptionStatus.SENT:
            if send_method is None:
                raise ValidationError(field="send_method", reason="required")
            check_can_send(
                PrescriptionKind(prescription.kind),
                active_consents(uow.session, prescription.client_id, ctx.now()),
            )
            changes.update(send_method=send_method, sent_at=ctx.now())
        if note is not None:
            changes["note"] = note.strip()
        uow.update(prescription, changes, action="prescription.status")
        return PrescriptionChanged(prescription.id, prescription.client_id, status)
