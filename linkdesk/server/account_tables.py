"""Server accounts: teams, users (Argon2id hashes), devices, refresh tokens, login throttling and audit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, UniqueConstraint
from sqlmodel import Field

from linkdesk.records.audit import AuditEventBase
from linkdesk.records.staff import StaffMemberBase, TeamBase
from linkdesk.records.types import UtcDateTime, utcnow
from linkdesk.server.base import ServerModel


class Team(ServerModel, TeamBase, table=True):
    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("name", name="uq_team_name"),)


class User(ServerModel, StaffMemberBase, table=True):
    __tablename__ = "app_user"
    __table_args__ = (UniqueConstraint("username", name="uq_app_user_username"),)

    password_hash: str = Field(max_length=200)
    disabled: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)


class Device(ServerModel, table=True):
    __tablename__ = "device"

    id: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(max_length=36, index=True)
    name: str = Field(default="", max_length=200)
    secret_hash: str = Field(max_length=64)
    enrolled_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_seen_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    write_checkpoint: int = Field(default=0, sa_type=BigInteger)


class RefreshToken(ServerModel, table=True):
    """Stored by hash. Rotating marks the old one used; presenting a used one revokes its family."""

    __tablename__ = "refresh_token"

    token_hash: str = Field(primary_key=True, max_length=64)
    family_id: str = Field(max_length=36, index=True)
    device_id: str = Field(max_length=64, index=True)
    user_id: str = Field(max_length=36)
    expires_at: datetime = Field(sa_type=UtcDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    revoked: bool = False
    parent_hash: str | None = Field(default=None, max_length=64)  # the token this one was rotated from


class LoginThrottle(ServerModel, table=True):
    """Failed logins per username (known or not) in the current window."""

    __tablename__ = "login_throttle"

    key: str = Field(primary_key=True, max_length=200)
    window_start_ms: int = Field(sa_type=BigInteger)
    failures: int = 0


class AuditEvent(ServerModel, AuditEventBase, table=True):
    """Append-only (database triggers refuse UPDATE and DELETE), hash-chained, no personal content."""

    __tablename__ = "audit_event"
