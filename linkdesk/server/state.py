"""Server-wide state in the database: incarnation id and the access-token key (shared by all processes)."""

from __future__ import annotations

import base64
import os
import uuid

from sqlmodel import Session

from linkdesk.server.sequence import AUDIT_SEQ, CHANGE_SEQ
from linkdesk.server.sync_tables import Counter, ServerState

INCARNATION = "incarnation"
TOKEN_KEY = "token_key"  # noqa: S105 - a settings key name


def initialise(session: Session) -> bool:
    """Create counters, incarnation and token key if missing; True when anything was created."""
    created = False
    for name in (CHANGE_SEQ, AUDIT_SEQ):
        if session.get(Counter, name) is None:
            session.add(Counter(name=name, v=0))
            created = True
    defaults = {INCARNATION: str(uuid.uuid4()), TOKEN_KEY: base64.b64encode(os.urandom(32)).decode()}
    for key, value in defaults.items():
        if session.get(ServerState, key) is None:
            session.add(ServerState(key=key, value=value))
            created = True
    session.flush()
    return created


def _value(session: Session, key: str) -> str:
    row = session.get(ServerState, key)
    if row is None:
        raise LookupError("server not initialised; run `linkdesk-server init`")
    return row.value


def incarnation(session: Session) -> str:
    return _value(session, INCARNATION)


def token_key(session: Session) -> bytes:
    return base64.b64decode(_value(session, TOKEN_KEY))


def new_incarnation(session: Session) -> str:
    """After restoring a backup: devices notice and re-send what the server no longer has."""
    row = session.get(ServerState, INCARNATION) or ServerState(key=INCARNATION, value="")
    row.value = str(uuid.uuid4())
    session.add(row)
    return row.value
