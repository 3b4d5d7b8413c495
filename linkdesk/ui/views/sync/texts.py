"""Sync words in the user's language: connection states, the server's refusal reasons, field names."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTime

from linkdesk.sync.errors import (
    AuthRejectedError,
    InsecureTransportError,
    OfflineError,
    ServerRefusedError,
    UpgradeRequiredError,
)
from linkdesk.ui.formatting import date_time, short_date
from linkdesk.ui.texts import error_text, label

CTX = "SyncTexts"


translate = QCoreApplication.translate


def fill(template: str, *values: str) -> str:
    """Put values into %1, %2, ... in one pass (a value holding "%2", like a URL, stays as it is)."""

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return values[n - 1] if 0 < n <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)


def tr(source: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("SyncTexts", ...)."""
    return translate(CTX, source)


def moment(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def clock_time(ms: int, today: datetime | None = None) -> str:
    """'10:42' today, else '3 Mar 2026 10:42' (local time, the user's locale)."""
    local = moment(ms).astimezone()
    now = (today or datetime.now(tz=UTC)).astimezone()
    if local.date() == now.date():
        return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return date_time(local)


def duration(seconds: float) -> str:
    if seconds < 60:
        return translate("SyncTexts", "less than a minute")
    minutes = round(seconds / 60)
    if minutes < 90:
        return translate("SyncTexts", "about %n minute(s)", "", minutes)
    return translate("SyncTexts", "about %n hour(s)", "", round(minutes / 60))


def connection_text(state: Any) -> tuple[str, str, str]:  # noqa: PLR0911 - one answer per state
    """(icon, colour, text) for the status bar. Offline is a calm, normal state."""
    if state.status is not None and not state.connected:
        return (
            "offline",
            "muted",
            translate("SyncTexts", "Not connected to a regional server — changes are saved on this laptop"),
        )
    if state.phase == "syncing":
        parts = [translate("SyncTexts", "Syncing…")]
        if state.sent or state.received:
            parts.append(
                translate("SyncTexts", "%n sent", "", state.sent)
                + ", "
                + translate("SyncTexts", "%n received", "", state.received)
            )
        if state.seconds_left is not None:
            parts.append(translate("SyncTexts", "%1 left").replace("%1", duration(state.seconds_left)))
        return "sync", "primary", " — ".join(parts)
    if state.lease_locked:
        return (
            "lock",
            "attention_text",
            translate("SyncTexts", "Connect to the regional server to keep using LinkDesk"),
        )
    if state.phase == "offline":
        return (
            "offline",
            "muted",
            translate("SyncTexts", "Working offline — changes are saved on this laptop"),
        )
    if state.phase == "problem":
        return (
            "warning",
            "attention_text",
            translate("SyncTexts", "Not synced: %1").replace("%1", problem_text(state.error)),
        )
    if state.phase == "idle":
        return "online", "ok_text", translate("SyncTexts", "Connected")
    return "offline", "muted", translate("SyncTexts", "Working offline — changes are saved on this laptop")


def last_sync_text(state: Any) -> str:
    if state.status is None or not state.connected:
        return ""
    if not state.status.last_success_ms:
        return translate("SyncTexts", "Not synced yet")
    return translate("SyncTexts", "Synced %1").replace("%1", clock_time(state.status.last_success_ms))


PROBLEMS: dict[str, Any] = {
    "offline": QT_TRANSLATE_NOOP("SyncTexts", "the server could not be reached; LinkDesk will try again"),
    "upgrade_required": QT_TRANSLATE_NOOP(
        "SyncTexts", "this version of LinkDesk does not match the server's; update LinkDesk"
    ),
    "refresh_reused": QT_TRANSLATE_NOOP("SyncTexts", "the server asks you to sign in again"),
    "token_invalid": QT_TRANSLATE_NOOP("SyncTexts", "the server asks you to sign in again"),
    "no progress": QT_TRANSLATE_NOOP(
        "SyncTexts", "the connection is too unreliable; LinkDesk will try again"
    ),
    "sync_insecure": QT_TRANSLATE_NOOP("SyncTexts", "the server's certificate could not be verified"),
    "refused:429": QT_TRANSLATE_NOOP("SyncTexts", "the server is busy; LinkDesk will try again shortly"),
    "refused:503": QT_TRANSLATE_NOOP("SyncTexts", "the server is busy; LinkDesk will try again shortly"),
    "cancelled": QT_TRANSLATE_NOOP("SyncTexts", "stopped when LinkDesk locked"),
}


def problem_text(code: str | None) -> str:
    source = PROBLEMS.get(code or "")
    if source:
        return tr(source)
    if code and code.startswith("refused:5"):
        return translate("SyncTexts", "the server had a problem; LinkDesk will try again")
    return translate("SyncTexts", "something went wrong; LinkDesk will try again")


def connect_error_text(exc: BaseException) -> str:  # noqa: PLR0911 - one answer per failure
    """Why connecting failed, in plain words (nothing was saved on this laptop)."""
    if isinstance(exc, InsecureTransportError):
        if "url_scheme" in exc.details:
            return translate(
                "SyncTexts",
                "Enter the server's full address, starting with https:// (for example "
                "https://linkdesk.example.org).",
            )
        return translate(
            "SyncTexts",
            "The server's security certificate could not be verified, so LinkDesk did not connect. "
            "Check the address, or ask your administrator.",
        )
    if isinstance(exc, AuthRejectedError):
        if exc.reason == "user_disabled":
            return translate("SyncTexts", "This account is disabled. Ask your administrator.")
        return translate("SyncTexts", "The username or password is not right. Check them and try again.")
    if isinstance(exc, OfflineError):
        return translate(
            "SyncTexts",
            "The server could not be reached. Check the address and this laptop's internet connection, "
            "then try again.",
        )
    if isinstance(exc, UpgradeRequiredError):
        return translate(
            "SyncTexts",
            "This version of LinkDesk does not match the server's. Update LinkDesk, then try again.",
        )
    if isinstance(exc, ServerRefusedError):
        if exc.status == 429:
            return translate("SyncTexts", "Too many attempts. Wait a few minutes, then try again.")
        return translate(
            "SyncTexts", "The server refused the connection (error %1). Try again later."
        ).replace("%1", str(exc.status))
    if getattr(exc, "code", "") == "sync_already_connected":
        return translate("SyncTexts", "This laptop is already connected to a regional server.")
    return error_text(exc)


REASONS: dict[str, Any] = {
    "out_of_scope": QT_TRANSLATE_NOOP(
        "SyncTexts", "This person is not in your caseload on the server (they may have been reassigned)."
    ),
    "not_found": QT_TRANSLATE_NOOP("SyncTexts", "The server does not have this record."),
    "append_only": QT_TRANSLATE_NOOP(
        "SyncTexts", "Notes, contacts and measures cannot be changed once saved; add a correction instead."
    ),
    "server_owned_field": QT_TRANSLATE_NOOP(
        "SyncTexts", "Only the regional server can change this (for example who the person is assigned to)."
    ),
    "missing_parent": QT_TRANSLATE_NOOP(
        "SyncTexts", "The record it belongs to was not accepted by the server, so this was not either."
    ),
    "invalid": QT_TRANSLATE_NOOP("SyncTexts", "The server found a value it cannot accept: %1."),
    "integrity": QT_TRANSLATE_NOOP(
        "SyncTexts", "The server could not store this because it clashes with another record."
    ),
}


def reason_text(code: str) -> str:
    kind, _, detail = code.partition(":")
    source = REASONS.get(kind)
    if source is None:
        return translate("SyncTexts", "The server did not accept this change (%1).").replace("%1", code)
    return tr(source).replace("%1", field_label(detail) if detail else "")


TABLES: dict[str, Any] = {
    "client": QT_TRANSLATE_NOOP("SyncTexts", "Person"),
    "referral": QT_TRANSLATE_NOOP("SyncTexts", "Referral"),
    "consent": QT_TRANSLATE_NOOP("SyncTexts", "Consent"),
    "assessment": QT_TRANSLATE_NOOP("SyncTexts", "Assessment"),
    "need": QT_TRANSLATE_NOOP("SyncTexts", "Need"),
    "goal": QT_TRANSLATE_NOOP("SyncTexts", "Goal"),
    "goal_review": QT_TRANSLATE_NOOP("SyncTexts", "Goal review"),
    "prescription": QT_TRANSLATE_NOOP("SyncTexts", "Prescription"),
    "follow_up": QT_TRANSLATE_NOOP("SyncTexts", "Follow-up"),
    "contact_note": QT_TRANSLATE_NOOP("SyncTexts", "Note"),
    "measure_administration": QT_TRANSLATE_NOOP("SyncTexts", "Outcome measure"),
    "closure": QT_TRANSLATE_NOOP("SyncTexts", "Case closure"),
    "flag": QT_TRANSLATE_NOOP("SyncTexts", "Flag"),
}

FIELDS: dict[str, Any] = {
    "given_name": QT_TRANSLATE_NOOP("SyncTexts", "first name"),
    "family_name": QT_TRANSLATE_NOOP("SyncTexts", "last name"),
    "preferred_name": QT_TRANSLATE_NOOP("SyncTexts", "preferred name"),
    "pronouns": QT_TRANSLATE_NOOP("SyncTexts", "pronouns"),
    "date_of_birth": QT_TRANSLATE_NOOP("SyncTexts", "date of birth"),
    "language": QT_TRANSLATE_NOOP("SyncTexts", "language"),
    "phone": QT_TRANSLATE_NOOP("SyncTexts", "phone"),
    "email": QT_TRANSLATE_NOOP("SyncTexts", "email"),
    "address_line": QT_TRANSLATE_NOOP("SyncTexts", "address"),
    "community": QT_TRANSLATE_NOOP("SyncTexts", "community"),
    "postal_code": QT_TRANSLATE_NOOP("SyncTexts", "postal code"),
    "safe_contact_notes": QT_TRANSLATE_NOOP("SyncTexts", "safe contact notes"),
    "communication_needs": QT_TRANSLATE_NOOP("SyncTexts", "communication needs"),
    "accessibility_needs": QT_TRANSLATE_NOOP("SyncTexts", "accessibility needs"),
    "emergency_contact_name": QT_TRANSLATE_NOOP("SyncTexts", "emergency contact"),
    "emergency_contact_phone": QT_TRANSLATE_NOOP("SyncTexts", "emergency contact phone"),
    "assigned_worker_id": QT_TRANSLATE_NOOP("SyncTexts", "assigned worker"),
    "team_id": QT_TRANSLATE_NOOP("SyncTexts", "team"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "status"),
    "deleted": QT_TRANSLATE_NOOP("SyncTexts", "deleted"),
    "description": QT_TRANSLATE_NOOP("SyncTexts", "description"),
    "due_on": QT_TRANSLATE_NOOP("SyncTexts", "due date"),
    "purpose": QT_TRANSLATE_NOOP("SyncTexts", "purpose"),
    "mode": QT_TRANSLATE_NOOP("SyncTexts", "how"),
    "service_name": QT_TRANSLATE_NOOP("SyncTexts", "service"),
    "what_matters": QT_TRANSLATE_NOOP("SyncTexts", "what matters"),
    "strengths": QT_TRANSLATE_NOOP("SyncTexts", "strengths"),
    "level": QT_TRANSLATE_NOOP("SyncTexts", "level"),
    "summary": QT_TRANSLATE_NOOP("SyncTexts", "summary"),
}


def table_label(table: str) -> str:
    source = TABLES.get(table)
    return tr(source) if source else table.replace("_", " ")


def field_label(field: str) -> str:
    source = FIELDS.get(field)
    return tr(source) if source else field.replace("_", " ")


def value_text(value: Any) -> str:
    """A synced value as a person reads it: enums and dates in their words, empty as a dash."""
    if value is None or value == "":
        return translate("SyncTexts", "(empty)")
    if isinstance(value, bool):
        return translate("SyncTexts", "Yes") if value else translate("SyncTexts", "No")
    if isinstance(value, str):
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return short_date(datetime.fromisoformat(value).date())
            except ValueError:
                return value
        return label(value)
    return str(value)
