from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from linkdesk.domain.consent_rules import (
    ConsentAction,
    ConsentState,
    active_purposes,
    check_allowed,
    check_can_include_in_evaluation,
    check_can_send,
    check_can_share_with_referrer,
    check_can_sync,
    required_for,
    required_to_send,
)
from linkdesk.domain.enums import ConsentPurpose as C
from linkdesk.domain.enums import PrescriptionKind as K
from linkdesk.errors import ConsentRequiredError, ValidationError

T0 = datetime(2025, 1, 10, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def test_required_to_send() -> None:
    assert required_to_send(K.SIGNPOST) == {C.STORE_AND_SYNC}
    assert required_to_send(K.REFERRAL) == {C.STORE_AND_SYNC, C.SHARE_WITH_PARTNER}


def test_every_action_needs_store_and_sync() -> None:
    for action in ConsentAction:
        assert C.STORE_AND_SYNC in required_for(action)
    assert required_for(ConsentAction.SHARE_WITH_REFERRER) == {C.STORE_AND_SYNC, C.SHARE_WITH_REFERRER}
    assert required_for(ConsentAction.EVALUATION_EXPORT) == {C.STORE_AND_SYNC, C.EVALUATION}


def test_referral_without_any_consent_lists_both_missing_sorted() -> None:
    with pytest.raises(ConsentRequiredError) as caught:
        check_can_send(K.REFERRAL, frozenset())
    assert caught.value.code == "consent_required"
    assert caught.value.details == {
        "action": "send_referral",
        "missing": ["share_with_partner", "store_and_sync"],
    }
    assert all(type(code) is str for code in caught.value.details["missing"])


def test_referral_missing_only_partner_sharing() -> None:
    with pytest.raises(ConsentRequiredError) as caught:
        check_can_send(K.REFERRAL, {C.STORE_AND_SYNC, C.SHARE_WITH_REFERRER})
    assert caught.value.details["missing"] == ["share_with_partner"]


def test_signpost_needs_only_store_and_sync() -> None:
    check_can_send(K.SIGNPOST, {C.STORE_AND_SYNC})
    with pytest.raises(ConsentRequiredError) as caught:
        check_can_send(K.SIGNPOST, {C.SHARE_WITH_PARTNER, C.EVALUATION})
    assert caught.value.details["missing"] == ["store_and_sync"]


def test_referral_allowed_with_both() -> None:
    check_can_send(K.REFERRAL, {C.STORE_AND_SYNC, C.SHARE_WITH_PARTNER})


def test_other_gates() -> None:
    check_can_sync({C.STORE_AND_SYNC})
    with pytest.raises(ConsentRequiredError):
        check_can_sync(set())
    with pytest.raises(ConsentRequiredError) as caught:
        check_can_share_with_referrer({C.STORE_AND_SYNC})
    assert caught.value.details == {"action": "share_with_referrer", "missing": ["share_with_referrer"]}
    with pytest.raises(ConsentRequiredError) as caught:
        check_can_include_in_evaluation({C.STORE_AND_SYNC, C.SHARE_WITH_REFERRER})
    assert caught.value.details["missing"] == ["evaluation"]
    check_can_include_in_evaluation({C.STORE_AND_SYNC, C.EVALUATION})
    check_allowed(ConsentAction.SHARE_WITH_REFERRER, [C.STORE_AND_SYNC, C.SHARE_WITH_REFERRER])


def test_active_purposes_given_and_withdrawn() -> None:
    consents = [
        ConsentState(C.STORE_AND_SYNC, T0),
        ConsentState(C.SHARE_WITH_PARTNER, T0, withdrawn_at=T0 + 5 * DAY),
        ConsentState(C.EVALUATION, T0 + 10 * DAY),
    ]
    assert active_purposes(consents, T0 - DAY) == frozenset()
    assert active_purposes(consents, T0) == {C.STORE_AND_SYNC, C.SHARE_WITH_PARTNER}
    assert active_purposes(consents, T0 + 5 * DAY) == {C.STORE_AND_SYNC}
    assert active_purposes(consents, T0 + 10 * DAY) == {C.STORE_AND_SYNC, C.EVALUATION}


def test_latest_record_per_purpose_wins() -> None:
    given_again = [
        ConsentState(C.SHARE_WITH_PARTNER, T0, withdrawn_at=T0 + DAY),
        ConsentState(C.SHARE_WITH_PARTNER, T0 + 3 * DAY),
    ]
    assert active_purposes(given_again, T0 + 2 * DAY) == frozenset()
    assert active_purposes(given_again, T0 + 4 * DAY) == {C.SHARE_WITH_PARTNER}
    # Order of the records does not matter.
    assert active_purposes(list(reversed(given_again)), T0 + 4 * DAY) == {C.SHARE_WITH_PARTNER}

    withdrawn_later = [
        ConsentState(C.STORE_AND_SYNC, T0 + 3 * DAY, withdrawn_at=T0 + 4 * DAY),
        ConsentState(C.STORE_AND_SYNC, T0),
    ]
    assert active_purposes(withdrawn_later, T0 + 5 * DAY) == frozenset()


def test_tie_on_given_at_is_conservative() -> None:
    tie = [
        ConsentState(C.EVALUATION, T0),
        ConsentState(C.EVALUATION, T0, withdrawn_at=T0 + DAY),
    ]
    assert active_purposes(tie, T0 + 2 * DAY) == frozenset()
    assert active_purposes(list(reversed(tie)), T0 + 2 * DAY) == frozenset()


def test_withdrawal_before_given_is_invalid() -> None:
    with pytest.raises(ValidationError) as caught:
        ConsentState(C.EVALUATION, T0, withdrawn_at=T0 - DAY)
    assert caught.value.details == {"field": "withdrawn_at", "reason": "before_given"}


def test_active_purposes_feed_the_send_check() -> None:
    consents = [
        ConsentState(C.STORE_AND_SYNC, T0),
        ConsentState(C.SHARE_WITH_PARTNER, T0, withdrawn_at=T0 + DAY),
    ]
    check_can_send(K.REFERRAL, active_purposes(consents, T0))
    with pytest.raises(ConsentRequiredError) as caught:
        check_can_send(K.REFERRAL, active_purposes(consents, T0 + 2 * DAY))
    assert caught.value.details["missing"] == ["share_with_partner"]
