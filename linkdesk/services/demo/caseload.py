"""seed_demo: a deterministic bilingual rural caseload written through units of work (outbox + audit)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from sqlmodel import select

from linkdesk.domain.hlc import HybridClock
from linkdesk.domain.instrument_loader import load_builtin_instruments
from linkdesk.domain.instruments import Instrument
from linkdesk.errors import ValidationError
from linkdesk.paths import RESOURCES_DIR
from linkdesk.services.demo.bulk import BulkWriter
from linkdesk.services.demo.case import CaseBuilder
from linkdesk.services.demo.directory import directory_picks
from linkdesk.services.demo.ids import demo_id
from linkdesk.services.demo.settings import CaseSettings
from linkdesk.services.demo.staff import demo_staff, write_staff
from linkdesk.services.demo.summary import DemoSummary, summarise
from linkdesk.store.store import Store
from linkdesk.store.tables import Client
from linkdesk.store.unit_of_work import Actor

# People per unit of work: big enough to amortise the commit (synchronous=FULL), small enough that a
# 20,000-person seed never holds more than a few thousand pending rows in memory.
BATCH_PEOPLE = 200


def demo_actor(seed: int, user_id: str) -> Actor:
    """A writer for a bare store (tests, benchmarks): the demo device with its own hybrid clock."""
    device_id = demo_id(seed, "device", "demo")
    clock = HybridClock(device_id, lambda: time.time_ns() // 1_000_000)
    return Actor(user_id=user_id, device_id=device_id, stamp=lambda: clock.tick().encode())


def seed_demo(store: Store, *, clients: int = 150, seed: int = 7, today: date,
              worker_ids: Sequence[str] | None = None, team_id: str | None = None, actor: Actor | None = None,
              instruments: Mapping[str, Instrument] | None = None, batch_people: int = BATCH_PEOPLE,
              on_progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Write `clients` people with their whole pathway, dated relative to `today`.

    The same seed gives the same people, ids and records. Cases link to directory services when a
    directory is loaded (load it first), else to typed-in services. Teams and staff are written as
    reference data; cases go to `worker_ids` (in `team_id`) when given, else to the demo workers of
    each community's team. Raises ValidationError(reason="not_empty") when the store already holds people.
    """
    if clients < 0 or batch_people < 1:
        raise ValidationError(field="clients", reason="out_of_range")
    with store.reading() as session:
        if session.exec(select(Client.id).limit(1)).first() is not None:
            raise ValidationError(field="store", reason="not_empty")
        services, partners = directory_picks(session)
    staff = demo_staff(seed)
    write_staff(store, staff)
    settings = CaseSettings(
        seed=seed, today=today, staff=staff, worker_ids=tuple(worker_ids) if worker_ids else None,
        team_id=team_id if worker_ids else None,
        services=services, partners=partners,
        instruments=instruments if instruments is not None else load_builtin_instruments(RESOURCES_DIR),
    )
    writer_actor = actor or demo_actor(seed, staff.first_worker_id)
    for start in range(0, clients, batch_people):
        stop = min(clients, start + batch_people)
        with store.unit_of_work(writer_actor) as uow:
            writer = BulkWriter(uow, seed=seed)
            for index in range(start, stop):
                for record in CaseBuilder(index, settings).build():
                    writer.add(record)
            writer.flush()
        if on_progress is not None:
            on_progress(stop, clients)
    return summarise(store, today=today, seeded=True)
