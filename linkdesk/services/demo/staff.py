"""The demo program's two teams, four link workers and their supervisor (deterministic ids)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from linkdesk.domain.enums import Role
from linkdesk.services.demo.ids import demo_id
from linkdesk.store.store import Store
from linkdesk.store.tables import StaffMember, Team

_TEAMS = (
    ("Pine Narrows - Cedar Hollow", "Three Lakes District, Ontario"),
    ("Équipe Lac-Ombre - Rivière-aux-Brumes", "District des Trois-Lacs, secteur francophone"),
)
# username, display name, role, team index, language. The first worker is the demo workspace's user.
_PEOPLE = (
    ("jmckay", "Jordan McKay", Role.WORKER, 0, "en"),
    ("praman", "Priya Raman", Role.WORKER, 0, "en"),
    ("megagnon", "Marie-Ève Gagnon", Role.WORKER, 1, "fr"),
    ("lberube", "Luc Bérubé", Role.WORKER, 1, "fr"),
    ("cfitzgerald", "Colleen Fitzgerald-Roy", Role.SUPERVISOR, 0, "en"),
)


@dataclass(frozen=True)
class DemoStaff:
    team_ids: tuple[str, ...]
    worker_ids_by_team: tuple[tuple[str, ...], ...]
    supervisor_id: str
    members: tuple[StaffMember, ...]
    teams: tuple[Team, ...]

    @property
    def worker_ids(self) -> tuple[str, ...]:
        return tuple(w for team in self.worker_ids_by_team for w in team)

    @property
    def first_worker_id(self) -> str:
        return self.worker_ids_by_team[0][0]


def demo_staff(seed: int) -> DemoStaff:
    teams = tuple(Team(id=demo_id(seed, "team", i), name=name, region=region)
                  for i, (name, region) in enumerate(_TEAMS))
    members = tuple(
        StaffMember(id=demo_id(seed, "staff", username), username=username, display_name=display, role=role,
                    team_id=teams[team].id, language=language)
        for username, display, role, team, language in _PEOPLE
    )
    by_team = tuple(
        tuple(m.id for m in members if m.role is Role.WORKER and m.team_id == team.id) for team in teams
    )
    supervisor = next(m.id for m in members if m.role is Role.SUPERVISOR)
    return DemoStaff(tuple(t.id for t in teams), by_team, supervisor, members, teams)


def write_staff(store: Store, staff: DemoStaff) -> int:
    """Teams and staff are server-owned reference data (no outbox); rows already present are left alone."""
    written = 0
    with store.writing() as session:
        written += _add_missing(session, staff.teams)
        written += _add_missing(session, staff.members)
    return written


def _add_missing(session: Session, rows: tuple[Team, ...] | tuple[StaffMember, ...]) -> int:
    added = 0
    for row in rows:
        if session.get(type(row), row.id) is None:
            session.add(type(row).model_validate(row.model_dump()))
            added += 1
    return added
