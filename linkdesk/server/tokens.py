"""Short-lived signed access tokens (HMAC-SHA256, key shared through the database) and opaque secrets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class AccessClaims:
    user_id: str
    device_id: str
    expires_ms: int


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue(key: bytes, claims: AccessClaims) -> str:
    body = _b64(json.dumps([claims.user_id, claims.device_id, claims.expires_ms]).encode())
    mac = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    return f"{body}.{mac}"


def check(key: bytes, token: str, now_ms: int) -> AccessClaims | None:
    """The claims of a genuine, unexpired token; None for anything else."""
    body, _, mac = token.partition(".")
    if not body or not mac or len(token) > 600:
        return None
    expected = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(expected, mac):
        return None
    try:
        user_id, device_id, expires_ms = json.loads(_unb64(body))
    except (ValueError, TypeError):
        return None
    if not isinstance(expires_ms, int) or expires_ms <= now_ms:
        return None
    return AccessClaims(str(user_id), str(device_id), expires_ms)


def hmac_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
