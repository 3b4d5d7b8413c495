"""Team words in the user's language: dashboard columns, review reasons and checklist, server refusals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from linkdesk.services.supervision.dashboard import Measure
from linkdesk.sync.errors import AuthRejectedError, OfflineError, ServerRefusedError
from linkdesk.ui.texts import error_text

CTX = "TeamTexts"

MEASURES: dict[Measure, Any] = {
    Measure.ACTIVE: QT_TRANSLATE_NOOP("TeamTexts", "Active"),
    Measure.CLOSED: QT_TRANSLATE_NOOP("TeamTexts", "Closed"),
    Measure.OVERDUE: QT_TRANSLATE_NOOP("TeamTexts", "Overdue follow-ups"),
    Measure.NO_CONTACT: QT_TRANSLATE_NOOP("TeamTexts", "No contact 30+ days"),
    Measure.STALLED: QT_TRANSLATE_NOOP("TeamTexts", "Stalled prescriptions"),
    Measure.FLAGS: QT_TRANSLATE_NOOP("TeamTexts", "Open flags"),
    Measure.CONFLICTS: QT_TRANSLATE_NOOP("TeamTexts", "Open conflicts"),
}

CHECKLIST_LABELS: dict[str, Any] = {
    "consent_current": QT_TRANSLATE_NOOP("TeamTexts", "Consent is recorded and current"),
    "what_matters_recorded": QT_TRANSLATE_NOOP("TeamTexts", "What matters to the person is recorded"),
    "goals_current": QT_TRANSLATE_NOOP("TeamTexts", "Goals are current and in the person's words"),
    "prescriptions_moving": QT_TRANSLATE_NOOP("TeamTexts", "Prescriptions are moving (none stalled)"),
    "follow_up_planned": QT_TRANSLATE_NOOP("TeamTexts", "A follow-up is planned"),
    "notes_up_to_date": QT_TRANSLATE_NOOP("TeamTexts", "Notes are up to date"),
    "risks_addressed": QT_TRANSLATE_NOOP("TeamTexts", "Risks and safeguarding concerns are addressed"),
}

REASONS: dict[str, Any] = {
    "flag": QT_TRANSLATE_NOOP("TeamTexts", "Flagged"),
    "sample": QT_TRANSLATE_NOOP("TeamTexts", "Monthly sample"),
    "other": QT_TRANSLATE_NOOP("TeamTexts", "Supervisor's choice"),
}

OUTCOMES: dict[str, Any] = {
    "signed_off": QT_TRANSLATE_NOOP("TeamTexts", "Signed off"),
    "action_needed": QT_TRANSLATE_NOOP("TeamTexts", "Action needed"),
}

# Codes the server gives for a refused handover or team request.
REFUSALS: dict[str, Any] = {
    "not_a_supervisor": QT_TRANSLATE_NOOP("TeamTexts", "Only a supervisor can do this."),
    "no_such_person": QT_TRANSLATE_NOOP(
        "TeamTexts", "This person is not in your team on the server (they may have moved)."
    ),
    "not_a_team_worker": QT_TRANSLATE_NOOP(
        "TeamTexts",
        "The chosen worker is not an active link worker in your team. Refresh the team and try again.",
    ),
    "already_assigned": QT_TRANSLATE_NOOP("TeamTexts", "This person is already in that worker's caseload."),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def measure_text(measure: Measure) -> str:
    return tr(MEASURES[measure])


def online_error_text(exc: BaseException) -> str:  # noqa: PLR0911 - one answer per failure
    """Why a call to the server (team list, handover) did not go through; nothing changed."""
    if isinstance(exc, OfflineError):
        return QCoreApplication.translate(
            "TeamTexts",
            "The server cannot be reached right now. Nothing was changed; try again when you are online.",
        )
    if isinstance(exc, AuthRejectedError):
        return QCoreApplication.translate(
            "TeamTexts", "The server did not accept this laptop's sign-in. Sign in again on the Sync page."
        )
    if isinstance(exc, ServerRefusedError):
        source = REFUSALS.get(exc.detail)
        if source:
            return tr(source)
        if exc.status == 403:
            return tr(REFUSALS["not_a_supervisor"])
        return QCoreApplication.translate("TeamTexts", "The server refused the request. Nothing was changed.")
    if isinstance(exc, LookupError):
        return QCoreApplication.translate(
            "TeamTexts", "This laptop is not connected to a regional server. Connect it in Settings."
        )
    return error_text(exc)
