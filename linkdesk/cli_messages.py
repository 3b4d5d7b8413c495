"""One clear line per failure: the command line's wording of each LinkDesk error code."""

from __future__ import annotations

from linkdesk.errors import LinkDeskError

MESSAGES: dict[str, str] = {
    "vault_missing": "No LinkDesk data here yet. Run `linkdesk --data-dir DIR init` first.",
    "vault_exists": "LinkDesk data already exists in this directory; nothing was changed.",
    "wrong_passphrase": "The passphrase is not correct for this laptop's LinkDesk data.",
    "unlock_throttled": "Too many wrong passphrases. Wait {retry_after_s:.0f} seconds and try again.",
    "vault_destroyed": (
        "After 10 wrong passphrases this laptop's key was destroyed. "
        "Your synced data is safe on the regional server: enrol this laptop again."
    ),
    "vault_tampered": "The LinkDesk key file has been altered or damaged, so it will not be used.",
    "keyring_unavailable": "This machine has no secure OS keyring (found: {backend}). If your organisation "
    "allows it, use --passphrase-only.",
    "device_secret_missing": "This laptop's device secret is missing from the OS keyring; enrol it again.",
    "weak_passphrase": "Choose a longer passphrase: at least {min_chars} characters.",
    "store_corrupt": "The LinkDesk database failed its integrity check. Nothing was changed; restore it from "
    "the regional server.",
    "store_locked": "The LinkDesk database is busy or locked; try again.",
    "disk_full": "The disk is full, so nothing was saved. Free some space and try again.",
    "cipher_unavailable": "SQLCipher 4 is required but {found} was found; reinstall LinkDesk.",
    "import_format": "Could not read that directory file: {reason}.",
    "not_found": "No {record_type} with id {record_id}.",
    "validation": "Invalid {field}: {reason}.",
    "sync_offline": "Cannot reach the regional server; working offline. Nothing was lost.",
    "sync_insecure": "Refused: the server address must use https (plain http only on this machine).",
    "sync_auth": "The regional server did not accept this login ({reason}).",
    "sync_upgrade_required": "The regional server needs a newer LinkDesk; your changes are kept until then.",
    "sync_refused": "The regional server refused the request (HTTP {status}). Nothing was lost.",
    "sync_snapshot_not_needed": "This laptop already holds synced data; a snapshot only starts an empty one. "
    "Run `linkdesk sync` without --snapshot.",
    "sync_snapshot_damaged": "The snapshot file is damaged or is not the one the server made ({reason}); "
    "nothing was changed.",
    "sync_snapshot_gone": "The server does not know this snapshot for this user (made for someone else, or "
    "too old); nothing was changed. Ask for a new one, or run `linkdesk sync` without --snapshot.",
    "sync_lease_expired": "This laptop has not reached the regional server in 14 days; connect to go on.",
}


def describe(error: LinkDeskError) -> str:
    template = MESSAGES.get(error.code)
    if template is None:
        return f"{error.code}: {error}"
    try:
        return template.format(**error.details)
    except (KeyError, ValueError):
        return template.split(":")[0].split("{")[0].rstrip(" (") + "."
