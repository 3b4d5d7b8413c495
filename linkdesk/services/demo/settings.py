"""What every case is generated against: seed, today, staff, directory services and instruments."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from linkdesk.domain.enums import NeedDomain
from linkdesk.domain.instruments import Instrument
from linkdesk.services.demo.staff import DemoStaff


@dataclass(frozen=True)
class ServicePick:
    """A service a person can be prescribed: from the loaded directory (with id) or typed in (id None)."""

    service_id: str | None
    name: str
    organisation: str | None
    contact: str | None
    languages: frozenset[str]


@dataclass(frozen=True)
class CaseSettings:
    seed: int
    today: date
    staff: DemoStaff
    worker_ids: tuple[str, ...] | None
    team_id: str | None  # with worker_ids: their team (e.g. the server's), else each community's demo team
    services: Mapping[NeedDomain, tuple[ServicePick, ...]]
    partners: tuple[str, ...]
    instruments: Mapping[str, Instrument]
