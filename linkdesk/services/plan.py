"""The person's own plan: their goals in their words, the services with contacts, the next follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from linkdesk.domain.enums import ContactMode, FollowUpStatus, GoalStatus, PrescriptionStatus
from linkdesk.errors import LinkDeskError
from linkdesk.services.context import ServiceContext
from linkdesk.services.ui_person import PersonRecord, load_person

ENDED = frozenset({PrescriptionStatus.DECLINED, PrescriptionStatus.CANCELLED, PrescriptionStatus.COMPLETED})


@dataclass(frozen=True)
class PlanGoal:
    description: str
    steps: str
    target_date: date | None


@dataclass(frozen=True)
class PlanService:
    name: str
    organisation: str | None
    contact: str | None
    phones: tuple[str, ...]
    address: str | None


@dataclass(frozen=True)
class PersonPlan:
    name: str
    language: str
    goals: tuple[PlanGoal, ...]
    services: tuple[PlanService, ...]
    next_follow_up: tuple[date, ContactMode] | None
    made_on: date


def _directory_contacts(ctx: ServiceContext, service_id: str) -> tuple[tuple[str, ...], str | None]:
    """Phones and first address of a directory service (empty when the directory no longer has it)."""
    try:
        from linkdesk.services.directory import service_detail  # noqa: PLC0415 - optional directory

        detail = service_detail(ctx, service_id=service_id)
    except (LinkDeskError, ImportError, LookupError):
        return (), None
    phones = tuple(p.number + (f" ext. {p.extension}" if p.extension else "") for p in detail.phones[:2])
    address = None
    if detail.addresses:
        a = detail.addresses[0]
        address = ", ".join(x for x in (a.address_1, a.city, a.postal_code) if x) or None
    return phones, address


def plan_from_record(ctx: ServiceContext, record: PersonRecord) -> PersonPlan:
    goals = tuple(
        PlanGoal(g.description, g.steps, g.target_date) for g in record.goals if g.status is GoalStatus.ACTIVE
    )
    services = []
    for p in record.prescriptions:
        if p.status in ENDED:
            continue
        phones, address = _directory_contacts(ctx, p.service_id) if p.service_id else ((), None)
        services.append(PlanService(p.service_name, p.organisation_name, p.service_contact, phones, address))
    upcoming = sorted(
        (f for f in record.follow_ups if f.status is FollowUpStatus.SCHEDULED and f.due_on >= ctx.today()),
        key=lambda f: f.due_on,
    )
    next_one = (upcoming[0].due_on, ContactMode(upcoming[0].mode)) if upcoming else None
    return PersonPlan(record.display_name, record.language, goals, tuple(services), next_one, ctx.today())


def build_plan(ctx: ServiceContext, *, client_id: str) -> PersonPlan:
    return plan_from_record(ctx, load_person(ctx, client_id=client_id, with_timeline=False))
