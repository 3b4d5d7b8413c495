"""Connecting a workspace that already exists on this laptop to a regional server.

The login enrols this laptop as a new device. Records written before connecting carry the local
placeholder user id (workspace.LOCAL_USER) as their author and assigned worker; the server gives a new
person to the worker named in `assigned_worker_id` only when that is the pushing user, so those ids are
rewritten to the server user id (records and waiting outbox changes alike) in the same transaction that
saves the credential. The laptop's own hash-chained audit log is left as it was written.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import JSON, Enum, String, text
from sqlmodel import Session, col, select

from linkdesk.errors import LinkDeskError
from linkdesk.paths import AppPaths
from linkdesk.protocol.auth import Enrolment, LoginRequest
from linkdesk.services.enrolment import enroll
from linkdesk.services.workspace import Workspace
from linkdesk.store.replica import TABLES, StoreReplica
from linkdesk.store.sync_tables import DeviceSetting
from linkdesk.sync import state as keys
from linkdesk.sync.ports import SyncTransport
from linkdesk.sync.transport import HttpTransport, check_url
from linkdesk.vault import KdfParams

USERNAME = "sync.username"  # shown on the Sync page; not needed by the engine
ROLE = "sync.role"


class AlreadyConnectedError(LinkDeskError):
    code = "sync_already_connected"


@dataclass(frozen=True)
class Connected:
    server_url: str
    username: str
    user_id: str
    role: str
    device_id: str
    claimed_records: int  # records written before connecting that now carry the server user id


def enrolment_state(base_url: str, enrolment: Enrolment) -> dict[str, str]:
    """Everything the engine and the Sync page need, kept inside the encrypted database."""
    return {
        keys.SERVER_URL: base_url,
        keys.DEVICE_ID: enrolment.device_id,
        keys.DEVICE_SECRET: enrolment.device_secret,
        keys.REFRESH_TOKEN: enrolment.tokens.refresh_token,
        keys.USER_ID: enrolment.user_id,
        keys.INCARNATION: enrolment.incarnation,
        keys.LAST_SERVER_MS: str(enrolment.server_time_ms),
        USERNAME: enrolment.username,
        ROLE: enrolment.role,
        keys.TEAM_ID: enrolment.team_id or "",
    }


def is_connected(workspace: Workspace) -> bool:
    with workspace.store.reading() as session:
        rows = session.exec(
            select(DeviceSetting).where(col(DeviceSetting.key).in_([keys.DEVICE_SECRET, keys.SERVER_URL]))
        ).all()
    return len([r for r in rows if r.value]) == 2


def connect_workspace(
    workspace: Workspace,
    url: str,
    username: str,
    password: str,
    *,
    transport: SyncTransport | None = None,
    device_name: str = "",
) -> Connected:
    """Log in (which enrols this laptop); only then save the credential and claim the local records.

    Raises InsecureTransportError (bad or non-https address), AuthRejectedError (wrong username or
    password), OfflineError (no connection), ServerRefusedError (e.g. too many attempts) with nothing
    written locally, or AlreadyConnectedError.
    """
    if is_connected(workspace):
        raise AlreadyConnectedError("this laptop is already connected to a regional server")
    base_url = check_url(url.strip())
    transport = transport or HttpTransport(base_url)
    enrolment = transport.login(
        LoginRequest(
            username=username.strip(),
            password=password,
            device_id=str(uuid.uuid4()),
            device_name=device_name[:200],
        )
    )
    old_user = workspace.ctx.actor.user_id
    with workspace.store.writing() as session:
        claimed = claim_local_records(session, old_user, enrolment.user_id)
        for key, value in enrolment_state(base_url, enrolment).items():
            row = session.get(DeviceSetting, key) or DeviceSetting(key=key)
            row.value = value
            session.add(row)
    # From now on this laptop writes as the server user (workspace.open reads sync.user_id too).
    workspace.ctx = replace(workspace.ctx, actor=replace(workspace.ctx.actor, user_id=enrolment.user_id))
    return Connected(
        base_url, enrolment.username, enrolment.user_id, enrolment.role, enrolment.device_id, claimed
    )


def claim_local_records(session: Session, old_user: str, new_user: str) -> int:
    """Rewrite the placeholder user id in every synced record and in the waiting outbox changes."""
    if not old_user or old_user == new_user:
        return 0
    claimed = 0
    quoted_old, quoted_new = _json_string(old_user), _json_string(new_user)
    for table in TABLES.values():
        t: Any = table.__table__
        for column in t.columns:
            kind = _python_type(column)
            if column.primary_key or not _may_hold_user(column.name, kind):
                continue
            if kind is str:
                # Names come from the table definitions, never from input.
                sql = f'UPDATE "{t.name}" SET "{column.name}" = :new WHERE "{column.name}" = :old'  # noqa: S608
                params = {"new": new_user, "old": old_user}
            else:  # JSON text: replace the id where it appears as a whole string value
                name = f'"{t.name}"', f'"{column.name}"'
                sql = f"UPDATE {name[0]} SET {name[1]} = replace({name[1]}, :old, :new) WHERE instr({name[1]}, :old) > 0"  # noqa: S608, E501
                params = {"new": quoted_new, "old": quoted_old}
            claimed += int(session.execute(text(sql), params).rowcount or 0)  # type: ignore[attr-defined]
    session.execute(
        text("UPDATE outbox_change SET fields = replace(fields, :old, :new) WHERE instr(fields, :old) > 0"),
        {"old": quoted_old, "new": quoted_new},
    )
    return claimed


USER_COLUMNS = frozenset({"author_id", "assigned_worker_id"})  # besides every "..._by" column


def _may_hold_user(name: str, kind: type | None) -> bool:
    """Author and assignment columns, and JSON values (an external score keeps who entered it)."""
    return kind is dict or (kind is str and (name.endswith("_by") or name in USER_COLUMNS))


def _python_type(column: Any) -> type | None:
    """str for text columns, dict for JSON ones, None for the rest (dates, numbers, enums)."""
    kind = getattr(column.type, "impl", column.type)
    if isinstance(column.type, JSON) or isinstance(kind, JSON):
        return dict
    if isinstance(kind, String) and not isinstance(column.type, Enum):
        return str
    return None


def _json_string(value: str) -> str:
    """The value as it appears inside stored JSON text (ids are plain ASCII: no escaping needed)."""
    if not value.replace("-", "").replace("_", "").isalnum():
        raise ValueError("user ids are letters, digits, '-' and '_'")
    return f'"{value}"'


def enroll_new(
    paths: AppPaths,
    url: str,
    username: str,
    password: str,
    passphrase: str,
    *,
    passphrase_only: bool = False,
    transport: SyncTransport | None = None,
    kdf: KdfParams | None = None,
) -> Workspace:
    """First run with a server: the login first, then the encrypted workspace (nothing made if it fails)."""
    enrolled = enroll(
        paths,
        url.strip(),
        username.strip(),
        password,
        passphrase,
        transport=transport,
        passphrase_only=passphrase_only,
        kdf=kdf,
    )
    StoreReplica(enrolled.workspace.store).save_state({USERNAME: username.strip(), ROLE: enrolled.role})
    return enrolled.workspace
