"""Deterministic record ids for demo data: uuid5 of the seed, a scope and a counter (never uuid4)."""

from __future__ import annotations

import uuid

# Fixed for ever: the same seed must give the same ids in every release.
DEMO_NAMESPACE = uuid.UUID("0b7a3c2e-5d1f-4e8a-9c6b-7f2d1e0a9b34")


def demo_id(seed: int, scope: str, name: str | int) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{seed}/{scope}/{name}"))


class IdMaker:
    """Hands out ids for one scope (one person's case): the n-th call always gives the same id."""

    def __init__(self, seed: int, scope: str) -> None:
        self._prefix = f"{seed}/{scope}/"
        self._count = 0

    def __call__(self) -> str:
        self._count += 1
        return str(uuid.uuid5(DEMO_NAMESPACE, f"{self._prefix}{self._count}"))
