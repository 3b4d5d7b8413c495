"""Enrolling with the regional server: log in, create the encrypted workspace, keep the device credential."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from linkdesk.paths import AppPaths
from linkdesk.protocol.auth import LoginRequest
from linkdesk.services.workspace import Workspace, create_workspace
from linkdesk.store.replica import StoreReplica
from linkdesk.sync import state as keys
from linkdesk.sync.ports import SyncTransport
from linkdesk.sync.transport import HttpTransport, check_url
from linkdesk.vault import KdfParams, KeyringPort


@dataclass(frozen=True)
class Enrolled:
    workspace: Workspace
    user_id: str
    role: str
    device_id: str  # the server-side device id; changes are pushed under it


def enroll(
    paths: AppPaths,
    url: str,
    username: str,
    password: str,
    passphrase: str,
    *,
    transport: SyncTransport | None = None,
    keyring: KeyringPort | None = None,
    passphrase_only: bool = False,
    kdf: KdfParams | None = None,
    device_name: str = "",
) -> Enrolled:
    """The login enrols a new device id on the server; its credential lives only inside the encrypted
    database. Nothing is written locally unless the server accepted the login."""
    base_url = check_url(url)
    transport = transport or HttpTransport(base_url)
    device_id = str(uuid.uuid4())
    enrolment = transport.login(
        LoginRequest(username=username, password=password, device_id=device_id, device_name=device_name[:200])
    )
    workspace = create_workspace(
        paths,
        passphrase,
        keyring=keyring,
        passphrase_only=passphrase_only,
        kdf=kdf,
        user_id=enrolment.user_id,
    )
    StoreReplica(workspace.store).save_state(
        {
            keys.SERVER_URL: base_url,
            keys.DEVICE_ID: enrolment.device_id,
            keys.DEVICE_SECRET: enrolment.device_secret,
            keys.REFRESH_TOKEN: enrolment.tokens.refresh_token,
            keys.USER_ID: enrolment.user_id,
            keys.INCARNATION: enrolment.incarnation,
            keys.LAST_SERVER_MS: str(enrolment.server_time_ms),
            keys.ROLE: enrolment.role,
            keys.TEAM_ID: enrolment.team_id or "",
        }
    )
    return Enrolled(workspace, enrolment.user_id, enrolment.role, enrolment.device_id)


def reauthenticate(
    workspace: Workspace, username: str, password: str, *, transport: SyncTransport | None = None
) -> None:
    """Log in again as the same device (after its token family was revoked, e.g. a reused refresh
    token): a new device secret and token pair replace the old ones; data and outbox stay as they are."""
    replica = StoreReplica(workspace.store)
    state = replica.load_state()
    transport = transport or HttpTransport(state[keys.SERVER_URL])
    enrolment = transport.login(
        LoginRequest(username=username, password=password, device_id=state[keys.DEVICE_ID])
    )
    replica.save_state(
        {
            keys.DEVICE_SECRET: enrolment.device_secret,
            keys.REFRESH_TOKEN: enrolment.tokens.refresh_token,
            keys.USER_ID: enrolment.user_id,
            keys.ROLE: enrolment.role,
            keys.TEAM_ID: enrolment.team_id or "",
        }
    )
