"""Which active consents each action needs, and which consents are active at a moment."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from linkdesk.domain.enums import ConsentPurpose as C
from linkdesk.domain.enums import PrescriptionKind
from linkdesk.errors import ConsentRequiredError, ValidationError


class ConsentAction(StrEnum):
    """Actions gated by consent. Keeping a local draft needs none."""

    SYNC = "sync"
    SEND_SIGNPOST = "send_signpost"
    SEND_REFERRAL = "send_referral"
    SHARE_WITH_REFERRER = "share_with_referrer"
    EVALUATION_EXPORT = "evaluation_export"


# Anything beyond local drafts needs STORE_AND_SYNC; a referral passes personal details to a partner
# organisation; an update to the referrer and inclusion in evaluation exports have their own purposes.
REQUIRED: dict[ConsentAction, frozenset[C]] = {
    ConsentAction.SYNC: frozenset({C.STORE_AND_SYNC}),
    ConsentAction.SEND_SIGNPOST: frozenset({C.STORE_AND_SYNC}),
    ConsentAction.SEND_REFERRAL: frozenset({C.STORE_AND_SYNC, C.SHARE_WITH_PARTNER}),
    ConsentAction.SHARE_WITH_REFERRER: frozenset({C.STORE_AND_SYNC, C.SHARE_WITH_REFERRER}),
    ConsentAction.EVALUATION_EXPORT: frozenset({C.STORE_AND_SYNC, C.EVALUATION}),
}

_SEND_ACTION = {
    PrescriptionKind.SIGNPOST: ConsentAction.SEND_SIGNPOST,
    PrescriptionKind.REFERRAL: ConsentAction.SEND_REFERRAL,
}


@dataclass(frozen=True)
class ConsentState:
    """One consent record reduced to what the rules need. `withdrawn_at` is None while not withdrawn."""

    purpose: C
    given_at: datetime
    withdrawn_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.withdrawn_at is not None and self.withdrawn_at < self.given_at:
            raise ValidationError(field="withdrawn_at", reason="before_given")

    def is_active_at(self, at: datetime) -> bool:
        return self.given_at <= at and (self.withdrawn_at is None or at < self.withdrawn_at)


def active_purposes(consents: Iterable[ConsentState], at: datetime) -> frozenset[C]:
    """Purposes whose latest record (by `given_at`, among those given by `at`) is not withdrawn at `at`.

    A later record replaces an earlier one for the same purpose. When two records share `given_at`, a
    withdrawn one wins, so ambiguity never grants consent. Datetimes should all be timezone-aware.
    """
    latest: dict[C, ConsentState] = {}
    for consent in consents:
        if consent.given_at > at:
            continue
        current = latest.get(consent.purpose)
        if current is None or _sort_key(consent, at) > _sort_key(current, at):
            latest[consent.purpose] = consent
    return frozenset(purpose for purpose, consent in latest.items() if consent.is_active_at(at))


def _sort_key(consent: ConsentState, at: datetime) -> tuple[datetime, bool]:
    return consent.given_at, not consent.is_active_at(at)


def required_for(action: ConsentAction) -> frozenset[C]:
    return REQUIRED[action]


def required_to_send(kind: PrescriptionKind) -> frozenset[C]:
    return REQUIRED[_SEND_ACTION[kind]]


def missing_for(action: ConsentAction, active: Iterable[C]) -> list[str]:
    """The sorted codes of the purposes `action` needs that are not in `active`."""
    return sorted(str(purpose) for purpose in REQUIRED[action] - frozenset(active))


def check_allowed(action: ConsentAction, active: Iterable[C]) -> None:
    """Raise ConsentRequiredError(action=..., missing=[sorted purpose codes]) if any consent is missing."""
    missing = missing_for(action, active)
    if missing:
        raise ConsentRequiredError(action=str(action), missing=missing)


def check_can_send(kind: PrescriptionKind, active: Iterable[C]) -> None:
    check_allowed(_SEND_ACTION[kind], active)


def check_can_sync(active: Iterable[C]) -> None:
    check_allowed(ConsentAction.SYNC, active)


def check_can_share_with_referrer(active: Iterable[C]) -> None:
    check_allowed(ConsentAction.SHARE_WITH_REFERRER, active)


def check_can_include_in_evaluation(active: Iterable[C]) -> None:
    check_allowed(ConsentAction.EVALUATION_EXPORT, active)
