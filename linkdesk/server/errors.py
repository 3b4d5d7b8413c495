"""Server-side failures with stable codes; the API layer maps them to HTTP answers."""

from __future__ import annotations


class ServerError(Exception):
    code = "error"
    status = 400

    def __init__(self, code: str | None = None) -> None:
        super().__init__(code or self.code)
        if code:
            self.code = code


class UnauthorizedError(ServerError):
    """401. Codes: invalid_credentials, token_invalid, device_revoked, user_disabled, refresh_reused."""

    code = "token_invalid"
    status = 401


class ThrottledError(ServerError):
    code = "too_many_attempts"
    status = 429

    def __init__(self, retry_after_s: int) -> None:
        super().__init__()
        self.retry_after_s = retry_after_s


class ForbiddenError(ServerError):
    """403: the caller's role may not use this call at all (e.g. a worker asking for the team view)."""

    code = "forbidden"
    status = 403


class NotFoundError(ServerError):
    code = "not_found"
    status = 404


class ConflictError(ServerError):
    code = "conflict"
    status = 409


class BadInputError(ServerError):
    code = "invalid"
    status = 422
