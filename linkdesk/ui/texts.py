"""Translated words for stable codes: enum values and error codes become text in the user's language."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from linkdesk.errors import LinkDeskError

CTX = "Labels"

LABELS: dict[str, Any] = {
    # referral sources
    "physician": QT_TRANSLATE_NOOP("Labels", "Physician"),
    "nurse_practitioner": QT_TRANSLATE_NOOP("Labels", "Nurse practitioner"),
    "nurse": QT_TRANSLATE_NOOP("Labels", "Nurse"),
    "pharmacist": QT_TRANSLATE_NOOP("Labels", "Pharmacist"),
    "dietitian": QT_TRANSLATE_NOOP("Labels", "Dietitian"),
    "social_service_agency": QT_TRANSLATE_NOOP("Labels", "Social service agency"),
    "community_organisation": QT_TRANSLATE_NOOP("Labels", "Community organisation"),
    "self": QT_TRANSLATE_NOOP("Labels", "Self-referral"),
    # urgency
    "routine": QT_TRANSLATE_NOOP("Labels", "Routine"),
    "soon": QT_TRANSLATE_NOOP("Labels", "Soon"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    # consent purposes and methods
    "store_and_sync": QT_TRANSLATE_NOOP("Labels", "Keep and sync with the program"),
    "share_with_referrer": QT_TRANSLATE_NOOP("Labels", "Share with the referrer"),
    "share_with_partner": QT_TRANSLATE_NOOP("Labels", "Share with a partner organisation"),
    "evaluation": QT_TRANSLATE_NOOP("Labels", "Evaluation and research"),
    "verbal": QT_TRANSLATE_NOOP("Labels", "Verbal"),
    "written": QT_TRANSLATE_NOOP("Labels", "Written"),
    "witnessed": QT_TRANSLATE_NOOP("Labels", "Witnessed"),
    # client status
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "on_hold": QT_TRANSLATE_NOOP("Labels", "On hold"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    # need domains
    "income": QT_TRANSLATE_NOOP("Labels", "Income"),
    "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
    "food_security": QT_TRANSLATE_NOOP("Labels", "Food security"),
    "social_isolation": QT_TRANSLATE_NOOP("Labels", "Social isolation and loneliness"),
    "mental_wellbeing": QT_TRANSLATE_NOOP("Labels", "Mental wellbeing"),
    "physical_activity": QT_TRANSLATE_NOOP("Labels", "Physical activity"),
    "caregiver_support": QT_TRANSLATE_NOOP("Labels", "Caregiver support"),
    "newcomer_settlement": QT_TRANSLATE_NOOP("Labels", "Newcomer settlement"),
    "transportation": QT_TRANSLATE_NOOP("Labels", "Transportation"),
    "digital_access": QT_TRANSLATE_NOOP("Labels", "Digital access"),
    "legal": QT_TRANSLATE_NOOP("Labels", "Legal"),
    "employment_learning": QT_TRANSLATE_NOOP("Labels", "Employment and learning"),
    "arts_culture": QT_TRANSLATE_NOOP("Labels", "Arts and culture"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # need levels
    "none": QT_TRANSLATE_NOOP("Labels", "No need"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    # goal status
    "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved"),
    "partly_achieved": QT_TRANSLATE_NOOP("Labels", "Partly achieved"),
    "not_achieved": QT_TRANSLATE_NOOP("Labels", "Not achieved"),
    "discontinued": QT_TRANSLATE_NOOP("Labels", "Discontinued"),
    # prescriptions
    "signpost": QT_TRANSLATE_NOOP("Labels", "Signpost"),
    "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
    "drafted": QT_TRANSLATE_NOOP("Labels", "Drafted"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "attended": QT_TRANSLATE_NOOP("Labels", "Attended"),
    "not_attended": QT_TRANSLATE_NOOP("Labels", "Did not attend"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "fax": QT_TRANSLATE_NOOP("Labels", "Fax"),
    "printed": QT_TRANSLATE_NOOP("Labels", "Printed"),
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "transport": QT_TRANSLATE_NOOP("Labels", "Transport"),
    "cost": QT_TRANSLATE_NOOP("Labels", "Cost"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "mobility": QT_TRANSLATE_NOOP("Labels", "Mobility"),
    "childcare": QT_TRANSLATE_NOOP("Labels", "Childcare"),
    # contact modes and follow-up status
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "home_visit": QT_TRANSLATE_NOOP("Labels", "Home visit"),
    "clinic": QT_TRANSLATE_NOOP("Labels", "Clinic"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text message"),
    "scheduled": QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
    "rescheduled": QT_TRANSLATE_NOOP("Labels", "Rescheduled"),
    # timepoints
    "baseline": QT_TRANSLATE_NOOP("Labels", "Baseline"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "discharge": QT_TRANSLATE_NOOP("Labels", "Discharge"),
    # closure reasons
    "goals_met": QT_TRANSLATE_NOOP("Labels", "Goals met"),
    "moved": QT_TRANSLATE_NOOP("Labels", "Moved away"),
    "unreachable": QT_TRANSLATE_NOOP("Labels", "Unreachable"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
    "deceased": QT_TRANSLATE_NOOP("Labels", "Deceased"),
    # flags
    "risk": QT_TRANSLATE_NOOP("Labels", "Risk"),
    "safeguarding": QT_TRANSLATE_NOOP("Labels", "Safeguarding"),
    "lone_worker": QT_TRANSLATE_NOOP("Labels", "Lone-worker visit"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    # timeline kinds
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent given"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Labels", "Consent withdrawn"),
    "assessment": QT_TRANSLATE_NOOP("Labels", "Assessment"),
    "goal": QT_TRANSLATE_NOOP("Labels", "Goal"),
    "goal_review": QT_TRANSLATE_NOOP("Labels", "Goal review"),
    "prescription": QT_TRANSLATE_NOOP("Labels", "Prescription"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "measure": QT_TRANSLATE_NOOP("Labels", "Outcome measure"),
    "flag": QT_TRANSLATE_NOOP("Labels", "Flag"),
    "closure": QT_TRANSLATE_NOOP("Labels", "Case closed"),
    "case_review": QT_TRANSLATE_NOOP("Labels", "Supervisor case review"),
    "signed_off": QT_TRANSLATE_NOOP("Labels", "Signed off"),
    "action_needed": QT_TRANSLATE_NOOP("Labels", "Action needed"),
    # languages of a person
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
}


def label(code: str | StrEnum | None) -> str:
    """The translated word for a stable code; unknown codes are shown as they are."""
    if code is None:
        return ""
    source = LABELS.get(str(code))
    return QCoreApplication.translate(CTX, source) if source else str(code)


ERRORS: dict[str, Any] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "That passphrase did not open LinkDesk. Check it and try again."
    ),
    "unlock_throttled": QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong passphrases. Wait a little and try again."
    ),
    "vault_destroyed": QT_TRANSLATE_NOOP(
        "Errors",
        "After too many wrong passphrases this laptop's key was destroyed. Synced records are safe on the "
        "regional server: ask your administrator to enrol this laptop again.",
    ),
    "vault_tampered": QT_TRANSLATE_NOOP(
        "Errors", "The LinkDesk key file was altered or damaged, so it will not be used. Contact support."
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "This computer has no secure keyring LinkDesk can use."
    ),
    "device_secret_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "This laptop's device secret is missing from the keyring. Ask your administrator to enrol it again.",
    ),
    "weak_passphrase": QT_TRANSLATE_NOOP("Errors", "Choose a longer passphrase."),
    "store_corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The database failed its integrity check. Nothing was changed. Contact support."
    ),
    "store_locked": QT_TRANSLATE_NOOP("Errors", "The database is busy. Try again in a moment."),
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full, so nothing was saved. Free some space and try again."
    ),
    "not_found": QT_TRANSLATE_NOOP("Errors", "That record no longer exists."),
    "consent_required": QT_TRANSLATE_NOOP(
        "Errors", "The person has not given the consent this needs. Record their consent first."
    ),
    "licence_required": QT_TRANSLATE_NOOP(
        "Errors", "This instrument has no recorded licence, so it cannot be used."
    ),
    "illegal_transition": QT_TRANSLATE_NOOP("Errors", "That change of status is not possible from here."),
    "import_format": QT_TRANSLATE_NOOP("Errors", "That file could not be read as a directory."),
    "unexpected": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong. What you typed is still here; try again."
    ),
}

REASONS: dict[str, Any] = {
    "top_need_without_level": QT_TRANSLATE_NOOP(
        "Errors", "Choose a level for this need first, or choose another need."
    ),
    "required": QT_TRANSLATE_NOOP("Errors", "This is required."),
    "not_text": QT_TRANSLATE_NOOP("Errors", "This is required."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "This is too long."),
    "in_future": QT_TRANSLATE_NOOP("Errors", "This date cannot be in the future."),
    "in_past": QT_TRANSLATE_NOOP("Errors", "Choose today or a later date."),
    "too_old": QT_TRANSLATE_NOOP("Errors", "Check this date: it is too far in the past."),
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "This value is out of range."),
    "postal_code_format": QT_TRANSLATE_NOOP("Errors", "Enter a Canadian postal code like A1A 1A1."),
    "phone_digit_count": QT_TRANSLATE_NOOP("Errors", "Enter a 10-digit phone number."),
    "phone_characters": QT_TRANSLATE_NOOP(
        "Errors", "A phone number has only digits, spaces, dashes and brackets."
    ),
    "duplicate_domain": QT_TRANSLATE_NOOP("Errors", "Each need domain can appear only once."),
    "already_withdrawn": QT_TRANSLATE_NOOP("Errors", "This consent was already withdrawn."),
    "already_superseded": QT_TRANSLATE_NOOP("Errors", "This note has already been corrected."),
    "already_resolved": QT_TRANSLATE_NOOP("Errors", "This flag is already resolved."),
    "already_closed": QT_TRANSLATE_NOOP("Errors", "This case is already closed."),
    "not_closed": QT_TRANSLATE_NOOP("Errors", "This case is not closed."),
    "not_open": QT_TRANSLATE_NOOP("Errors", "This is no longer open."),
    "unknown_service": QT_TRANSLATE_NOOP("Errors", "That service is not in the directory on this laptop."),
    "before_given": QT_TRANSLATE_NOOP("Errors", "This date is before the consent was given."),
    "person_or_existing_required": QT_TRANSLATE_NOOP("Errors", "Enter the person's details."),
}


def error_text(exc: BaseException) -> str:
    """One sentence for an error, in the user's language (never the exception's own English text)."""
    if isinstance(exc, LinkDeskError):
        reason = str(exc.details.get("reason", ""))
        if exc.code in ("validation",) and reason in REASONS:
            return QCoreApplication.translate("Errors", REASONS[reason])
        source = ERRORS.get(exc.code)
        if source:
            return QCoreApplication.translate("Errors", source)
        if reason in REASONS:
            return QCoreApplication.translate("Errors", REASONS[reason])
        return QCoreApplication.translate("Errors", "Please check what you entered.")
    return QCoreApplication.translate("Errors", ERRORS["unexpected"])


def error_field(exc: BaseException) -> str | None:
    if isinstance(exc, LinkDeskError):
        value = exc.details.get("field")
        return str(value) if value else None
    return None
