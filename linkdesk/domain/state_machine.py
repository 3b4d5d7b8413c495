"""A small table-driven status machine shared by the prescription and goal rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Generic, TypeVar

from linkdesk.errors import IllegalTransitionError

S = TypeVar("S", bound=StrEnum)


@dataclass(frozen=True)
class StatusMachine(Generic[S]):
    """`transitions[s]` is the set of statuses reachable from `s` in one step; a missing key means none."""

    name: str
    transitions: Mapping[S, frozenset[S]]

    def __post_init__(self) -> None:
        object.__setattr__(self, "transitions", MappingProxyType(dict(self.transitions)))

    def allowed_next(self, status: S) -> frozenset[S]:
        return self.transitions.get(status, frozenset())

    def is_allowed(self, current: S, new: S) -> bool:
        return new in self.allowed_next(current)

    def check_transition(self, current: S, new: S) -> None:
        """Raise IllegalTransitionError (details: machine, current, new) unless `current -> new` is allowed.

        Staying in the same status is not a transition and is refused too.
        """
        if not self.is_allowed(current, new):
            raise IllegalTransitionError(machine=self.name, current=str(current), new=str(new))

    def is_terminal(self, status: S) -> bool:
        return not self.allowed_next(status)
