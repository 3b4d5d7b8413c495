"""Login (which enrols a device), token refresh and the answers the server gives to them."""

from __future__ import annotations

from pydantic import Field

from linkdesk.protocol.sync import Wire


class LoginRequest(Wire):
    username: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=1, max_length=1024)
    device_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    device_name: str = Field(default="", max_length=200)


class RefreshRequest(Wire):
    device_id: str = Field(min_length=1, max_length=64)
    device_secret: str = Field(min_length=1, max_length=200)
    refresh_token: str = Field(min_length=1, max_length=400)


class TokenPair(Wire):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str = "bearer"  # noqa: S105 - the OAuth token type name


class Enrolment(Wire):
    """What a successful login returns: who the user is, the device credential and the first tokens."""

    user_id: str
    username: str
    role: str
    team_id: str | None
    device_id: str
    device_secret: str
    incarnation: str
    server_time_ms: int
    tokens: TokenPair


class ErrorBody(Wire):
    detail: str
