"""Small-cell suppression for de-identified aggregate exports.

Rules (docs/reports.md):
1. Primary: every count under THRESHOLD (0 to 4) is suppressed.
2. Secondary: wherever a published total is the sum of parts (a relation), no relation may have exactly
   one hidden member, else that member could be worked out by subtraction. While one has, the smallest
   visible part of that relation (or its total, when every part is hidden) is hidden too; repeated until
   nothing changes, so a hiding in one relation is carried into every other relation that shares the cell.
3. A statistic (mean, median, share) is suppressed when any count it is based on is suppressed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

THRESHOLD = 5


class CellKind(StrEnum):
    COUNT = "count"
    STATISTIC = "statistic"


@dataclass(frozen=True)
class Cell:
    key: str  # unique within a table
    figure: str
    group: str
    category: str
    measure: str
    value: float | None
    kind: CellKind = CellKind.COUNT
    bases: tuple[str, ...] = ()  # STATISTIC only: the counts it is computed from


@dataclass(frozen=True)
class Relation:
    """`total` is the sum of `parts` (all keys of COUNT cells)."""

    total: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Suppressed:
    primary: frozenset[str]
    secondary: frozenset[str]
    statistics: frozenset[str] = field(default=frozenset())

    @property
    def all(self) -> frozenset[str]:
        return self.primary | self.secondary | self.statistics


def _check(cells: dict[str, Cell], relations: Sequence[Relation]) -> None:
    for relation in relations:
        for key in (relation.total, *relation.parts):
            if key not in cells or cells[key].kind is not CellKind.COUNT:
                raise ValueError(f"relation member {key!r} is not a count cell")
        if sum(cells[k].value or 0 for k in relation.parts) != cells[relation.total].value:
            raise ValueError(f"relation {relation.total!r} does not add up")


def suppress(cells: Sequence[Cell], relations: Sequence[Relation], threshold: int = THRESHOLD) -> Suppressed:
    by_key = {cell.key: cell for cell in cells}
    if len(by_key) != len(cells):
        raise ValueError("duplicate cell key")
    _check(by_key, relations)
    primary = {c.key for c in cells if c.kind is CellKind.COUNT and (c.value or 0) < threshold}
    hidden = set(primary)
    changed = True
    while changed:
        changed = False
        for relation in relations:
            members = (relation.total, *relation.parts)
            if sum(key in hidden for key in members) != 1:
                continue
            visible_parts = [key for key in relation.parts if key not in hidden]
            pick = (
                min(visible_parts, key=lambda k: (by_key[k].value or 0, k))
                if visible_parts
                else relation.total
            )
            hidden.add(pick)
            changed = True
    statistics = {
        c.key for c in cells if c.kind is CellKind.STATISTIC and any(base in hidden for base in c.bases)
    }
    return Suppressed(frozenset(primary), frozenset(hidden - primary), frozenset(statistics))
