"""ServiceContext: what every use case needs — the open store, who is acting, and the time."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from linkdesk.domain.instrument_licence import LicenceRecord
from linkdesk.domain.instruments import Instrument
from linkdesk.records.types import utcnow
from linkdesk.store.store import Store
from linkdesk.store.unit_of_work import Actor, UnitOfWork


def _local_today() -> date:
    return datetime.now().astimezone().date()


@dataclass(frozen=True)
class ServiceContext:
    store: Store
    actor: Actor
    now: Callable[[], datetime] = utcnow
    today: Callable[[], date] = field(default=_local_today)
    instruments: Mapping[str, Instrument] = field(default_factory=dict)
    licences: Mapping[str, LicenceRecord] = field(default_factory=dict)

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        with self.store.unit_of_work(self.actor) as uow:
            yield uow

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.store.reading() as session:
            yield session
