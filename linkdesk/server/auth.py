"""Login (enrols the device), rotating refresh tokens, and the per-request principal check."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from linkdesk.protocol.auth import Enrolment, LoginRequest, RefreshRequest, TokenPair
from linkdesk.records.types import new_id
from linkdesk.server import audit, state, tokens
from linkdesk.server.account_tables import Device, LoginThrottle, RefreshToken, User
from linkdesk.server.config import ServerSettings
from linkdesk.server.db import reading, writing
from linkdesk.server.errors import ThrottledError, UnauthorizedError
from linkdesk.server.passwords import Passwords


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class Principal:
    user_id: str
    role: str
    team_id: str | None
    device_id: str


class Auth:
    def __init__(
        self, engine: Engine, settings: ServerSettings, now_ms: Callable[[], int] = _wall_ms
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.passwords = Passwords(settings)
        self.now_ms = now_ms

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.now_ms() / 1000, UTC)

    # ----- login

    def _check_throttle(self, session: Session, key: str) -> None:
        row = session.get(LoginThrottle, key)
        now = self.now_ms()
        window = self.settings.login_window_s * 1000
        if row and now - row.window_start_ms < window and row.failures >= self.settings.login_max_failures:
            raise ThrottledError(max(1, (row.window_start_ms + window - now + 999) // 1000))

    def _record_failure(self, session: Session, key: str) -> None:
        row = session.get(LoginThrottle, key)
        now = self.now_ms()
        if row is None or now - row.window_start_ms >= self.settings.login_window_s * 1000:
            row = row or LoginThrottle(key=key, window_start_ms=now)
            row.window_start_ms, row.failures = now, 0
        row.failures += 1
        session.add(row)

    def login(self, req: LoginRequest) -> Enrolment:
        """Unknown user, wrong password and disabled user give the same answer, at the same cost."""
        key = req.username.strip().lower()
        with writing(self.engine) as session:
            self._check_throttle(session, key)
            user = session.exec(select(User).where(User.username == key)).first()
            ok = self.passwords.verify(user.password_hash if user else None, req.password)
            if not ok or user is None or user.disabled:
                self._record_failure(session, key)
                audit.append(
                    session,
                    actor_id=user.id if user else "unknown",
                    device_id=req.device_id,
                    action="auth.login.failed",
                )
                failed = True
            else:
                failed = False
                enrolment = self._enrol(session, user, req)
        if failed:
            raise UnauthorizedError("invalid_credentials")
        return enrolment

    def _enrol(self, session: Session, user: User, req: LoginRequest) -> Enrolment:
        device = session.get(Device, req.device_id)
        if device is not None and (device.revoked_at is not None or device.user_id != user.id):
            raise UnauthorizedError("device_revoked")
        secret = tokens.new_secret()
        if device is None:
            device = Device(id=req.device_id, user_id=user.id, name=req.device_name, secret_hash="")
        device.secret_hash = tokens.digest(secret)
        session.add(device)
        self._revoke_device_tokens(session, device.id)
        pair = self._issue(session, user.id, device.id, family_id=new_id())
        row = session.get(LoginThrottle, user.username)
        if row is not None:
            session.delete(row)
        audit.append(session, actor_id=user.id, device_id=device.id, action="device.enrol")
        return Enrolment(
            user_id=user.id,
            username=user.username,
            role=str(user.role),
            team_id=user.team_id,
            device_id=device.id,
            device_secret=secret,
            incarnation=state.incarnation(session),
            server_time_ms=self.now_ms(),
            tokens=pair,
        )

    # ----- tokens

    def _issue(
        self, session: Session, user_id: str, device_id: str, family_id: str, parent: str | None = None
    ) -> TokenPair:
        refresh = tokens.new_secret()
        expires = datetime.fromtimestamp(
            (self.now_ms() + self.settings.refresh_token_ttl_s * 1000) / 1000, UTC
        )
        session.add(
            RefreshToken(
                token_hash=tokens.digest(refresh),
                family_id=family_id,
                device_id=device_id,
                user_id=user_id,
                expires_at=expires,
                parent_hash=parent,
            )
        )
        claims = tokens.AccessClaims(
            user_id, device_id, self.now_ms() + self.settings.access_token_ttl_s * 1000
        )
        access = tokens.issue(state.token_key(session), claims)
        return TokenPair(
            access_token=access, refresh_token=refresh, expires_in=self.settings.access_token_ttl_s
        )

    def _revoke_device_tokens(self, session: Session, device_id: str) -> None:
        session.execute(
            update(RefreshToken).where(col(RefreshToken.device_id) == device_id).values(revoked=True)
        )

    def refresh(self, req: RefreshRequest) -> TokenPair:
        reused = False
        with writing(self.engine) as session:
            row = session.get(RefreshToken, tokens.digest(req.refresh_token))
            if row is None or row.device_id != req.device_id:
                raise UnauthorizedError("token_invalid")
            # A genuine credential of a revoked device (or disabled user) learns so, and wipes itself.
            self._principal(session, row.user_id, row.device_id, req.device_secret)
            if row.revoked:
                raise UnauthorizedError("token_invalid")
            if row.used_at is not None and self._is_lost_answer_retry(session, row):
                # The device never got the answer to its last refresh: rotate again from the same token.
                session.execute(
                    update(RefreshToken)
                    .where(col(RefreshToken.family_id) == row.family_id, col(RefreshToken.used_at).is_(None))
                    .values(revoked=True)
                )
                audit.append(
                    session, actor_id=row.user_id, device_id=row.device_id, action="auth.refresh.retry"
                )
                pair = self._issue(session, row.user_id, row.device_id, row.family_id)
            elif row.used_at is not None:
                # A rotated token presented again: someone holds a copy. Revoke the whole family.
                session.execute(
                    update(RefreshToken)
                    .where(col(RefreshToken.family_id) == row.family_id)
                    .values(revoked=True)
                )
                audit.append(
                    session, actor_id=row.user_id, device_id=row.device_id, action="auth.refresh.reused"
                )
                reused = True
            else:
                if row.expires_at <= self._now():
                    raise UnauthorizedError("token_invalid")
                row.used_at = self._now()
                session.add(row)
                pair = self._issue(session, row.user_id, row.device_id, row.family_id, row.token_hash)
        if reused:
            raise UnauthorizedError("refresh_reused")
        return pair

    def _is_lost_answer_retry(self, session: Session, row: RefreshToken) -> bool:
        """A used token comes back (with the device secret, checked before) shortly after its use, and what
        it was rotated into was never used: the answer to that refresh was lost on the way."""
        assert row.used_at is not None
        if (self._now() - row.used_at).total_seconds() > self.settings.refresh_retry_grace_s:
            return False
        children = session.exec(select(RefreshToken).where(RefreshToken.parent_hash == row.token_hash)).all()
        return bool(children) and all(child.used_at is None for child in children)

    def _principal(
        self, session: Session, user_id: str, device_id: str, secret: str | None = None
    ) -> Principal:
        device = session.get(Device, device_id)
        user = session.get(User, user_id)
        if device is None or user is None or device.user_id != user.id:
            raise UnauthorizedError("token_invalid")
        if secret is not None and not tokens.hmac_equal(device.secret_hash, tokens.digest(secret)):
            raise UnauthorizedError("token_invalid")
        if device.revoked_at is not None:
            raise UnauthorizedError("device_revoked")
        if user.disabled:
            raise UnauthorizedError("user_disabled")
        return Principal(user.id, str(user.role), user.team_id, device.id)

    def authenticate(self, authorization: str | None) -> Principal:
        """The principal behind a `Bearer` access token; revocation and disabling apply at once."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise UnauthorizedError("token_invalid")
        with reading(self.engine) as session:
            claims = tokens.check(state.token_key(session), token.strip(), self.now_ms())
            if claims is None:
                raise UnauthorizedError("token_invalid")
            return self._principal(session, claims.user_id, claims.device_id)
