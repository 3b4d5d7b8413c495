"""Case review rules: why a case is in the review queue, the checklist, and the monthly random sample.

The sample is drawn by hashing (month, worker, person), so it is the same every time the queue is opened
in a month, differs from month to month, and needs no stored state.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date
from enum import StrEnum

DEFAULT_SAMPLE_SIZE = 2
MAX_SAMPLE_SIZE = 20
PERIOD_PATTERN = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class ReviewReason(StrEnum):
    FLAG = "flag"  # an open or escalated risk / safeguarding flag
    SAMPLE = "sample"  # the month's random sample of the worker's active caseload
    OTHER = "other"  # reviewed on the supervisor's own initiative


class ReviewOutcome(StrEnum):
    SIGNED_OFF = "signed_off"
    ACTION_NEEDED = "action_needed"


# The checklist a supervisor goes through; answers are stored by these keys (labels live in the UI).
CHECKLIST: tuple[str, ...] = (
    "consent_current",
    "what_matters_recorded",
    "goals_current",
    "prescriptions_moving",
    "follow_up_planned",
    "notes_up_to_date",
    "risks_addressed",
)


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def is_period(text: str) -> bool:
    return bool(PERIOD_PATTERN.match(text))


def clean_checklist(answers: dict[str, bool]) -> dict[str, bool]:
    """Only known items, every item present (unanswered is False)."""
    unknown = set(answers) - set(CHECKLIST)
    if unknown:
        raise ValueError(f"unknown checklist item: {sorted(unknown)[0]}")
    return {item: bool(answers.get(item, False)) for item in CHECKLIST}


def _rank(period: str, worker_id: str, client_id: str) -> str:
    return hashlib.sha256(f"{period}\x1f{worker_id}\x1f{client_id}".encode()).hexdigest()


def monthly_sample(period: str, worker_id: str, client_ids: Iterable[str], size: int) -> list[str]:
    """`size` of the worker's people, the same for a given month whatever order they come in."""
    if size <= 0:
        return []
    return sorted(set(client_ids), key=lambda cid: _rank(period, worker_id, cid))[:size]
