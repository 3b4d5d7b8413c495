"""Administering an outcome measure item by item (or entering an external licensed score)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from linkdesk.domain.enums import Timepoint
from linkdesk.domain.external_score import ExternalScore, check_external_score
from linkdesk.domain.instrument_licence import check_can_administer
from linkdesk.domain.instrument_scoring import Score, score
from linkdesk.domain.instruments import Instrument
from linkdesk.errors import NotFoundError
from linkdesk.services.context import ServiceContext
from linkdesk.services.lookups import require
from linkdesk.store.tables import Client, MeasureAdministration


@dataclass(frozen=True)
class MeasureRecorded:
    administration_id: str
    client_id: str
    score: Score | None
    external_total: float | None = None


def instrument(ctx: ServiceContext, instrument_id: str) -> Instrument:
    found = ctx.instruments.get(instrument_id)
    if found is None:
        raise NotFoundError(record_type="instrument", record_id=instrument_id)
    check_can_administer(found, ctx.licences.get(instrument_id), ctx.today())
    return found


def administer_measure(
    ctx: ServiceContext,
    *,
    client_id: str,
    instrument_id: str,
    timepoint: Timepoint,
    answers: Mapping[str, int],
    language: str,
    administered_at: datetime | None = None,
) -> MeasureRecorded:
    """Scores the raw answers and keeps both: every answer and the computed scores."""
    inst = instrument(ctx, instrument_id)
    result = score(inst, answers)
    with ctx.write() as uow:
        require(uow, Client, client_id)
        record = uow.add(
            MeasureAdministration(
                client_id=client_id,
                instrument_id=inst.id,
                instrument_version=inst.version,
                language=language,
                timepoint=timepoint,
                administered_at=administered_at or ctx.now(),
                answers={k: int(v) for k, v in answers.items()},
                scores=result.model_dump(mode="json"),
                administered_by=ctx.actor.user_id,
            )
        )
        return MeasureRecorded(record.id, client_id, result)


def enter_external_score(
    ctx: ServiceContext,
    *,
    client_id: str,
    instrument_id: str,
    timepoint: Timepoint,
    total: float,
    language: str,
) -> MeasureRecorded:
    """A total scored in an external licensed tool, checked against the definition's declared range."""
    inst = instrument(ctx, instrument_id)
    checked = check_external_score(
        inst, ExternalScore(instrument_id=inst.id, total=total, entered_by=ctx.actor.user_id)
    )
    with ctx.write() as uow:
        require(uow, Client, client_id)
        record = uow.add(
            MeasureAdministration(
                client_id=client_id,
                instrument_id=inst.id,
                instrument_version=inst.version,
                language=language,
                timepoint=timepoint,
                administered_at=ctx.now(),
                external_total=checked.total,
                administered_by=ctx.actor.user_id,
            )
        )
        return MeasureRecorded(record.id, client_id, None, checked.total)
