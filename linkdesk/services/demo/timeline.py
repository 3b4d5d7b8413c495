"""Which consents a person had at a given moment, as the case is being generated."""

from __future__ import annotations

from datetime import datetime

from linkdesk.domain.consent_rules import ConsentState, active_purposes
from linkdesk.domain.enums import ConsentPurpose


class ConsentTimeline:
    def __init__(self) -> None:
        self._states: list[ConsentState] = []

    def add(self, purpose: ConsentPurpose, given_at: datetime, withdrawn_at: datetime | None) -> None:
        self._states.append(ConsentState(purpose=purpose, given_at=given_at, withdrawn_at=withdrawn_at))

    def active(self, at: datetime) -> frozenset[ConsentPurpose]:
        return active_purposes(self._states, at)
