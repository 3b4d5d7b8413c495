"""Recording an assessment: what matters to the person, strengths, interests and needs by domain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from linkdesk.domain.enums import NeedDomain, NeedLevel
from linkdesk.errors import ValidationError
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.tables import Assessment, Client, Need
from linkdesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class NeedInput:
    domain: NeedDomain
    level: NeedLevel
    priority: int | None = None
    note: str = ""


@dataclass(frozen=True)
class AssessmentRecorded:
    assessment_id: str
    client_id: str
    need_ids: tuple[str, ...]


def record_assessment(
    ctx: ServiceContext,
    *,
    client_id: str,
    what_matters: str,
    strengths: str = "",
    interests: str = "",
    needs: Sequence[NeedInput] = (),
    assessed_on: date | None = None,
) -> AssessmentRecorded:
    with ctx.write() as uow:
        return new_assessment(
            uow, ctx, client_id=client_id, what_matters=what_matters, strengths=strengths,
            interests=interests, needs=needs, assessed_on=assessed_on,
        )


def new_assessment(
    uow: UnitOfWork,
    ctx: ServiceContext,
    *,
    client_id: str,
    what_matters: str,
    strengths: str = "",
    interests: str = "",
    needs: Sequence[NeedInput] = (),
    assessed_on: date | None = None,
) -> AssessmentRecorded:
    """record_assessment inside a caller's unit of work."""
    domains = [n.domain for n in needs]
    if len(domains) != len(set(domains)):
        raise ValidationError(field="needs", reason="duplicate_domain")
    for need in needs:
        if need.priority is not None and not 1 <= need.priority <= 20:
            raise ValidationError(field="priority", reason="out_of_range", domain=need.domain.value)
    on = assessed_on or ctx.today()
    if on > ctx.today():
        raise ValidationError(field="assessed_on", reason="in_future")
    require(uow, Client, client_id)
    assessment = uow.add(
        Assessment(
            client_id=client_id,
            assessed_on=on,
            what_matters=what_matters.strip()[:4000],
            strengths=strengths.strip()[:4000],
            interests=interests.strip()[:4000],
            assessed_by=ctx.actor.user_id,
        )
    )
    need_ids = tuple(
        uow.add(
            Need(
                client_id=client_id,
                assessment_id=assessment.id,
                domain=n.domain,
                level=n.level,
                priority=n.priority,
                note=n.note.strip()[:2000],
            )
        ).id
        for n in needs
    )
    return AssessmentRecorded(assessment.id, client_id, need_ids)
