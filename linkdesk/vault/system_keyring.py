"""The OS keyring adapter: real OS backends only, every call in a worker thread with a timeout."""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import keyring
import keyring.errors

from linkdesk.errors import KeyringUnavailableError, LinkDeskError
from linkdesk.vault.keyring_port import KeyringPort

T = TypeVar("T")
log = logging.getLogger(__name__)

SERVICE_NAME = "LinkDesk"
DEFAULT_TIMEOUT_S = 5.0

# KeyringUnavailableError.details["reason"] values; the CLI maps REASON_NO_SECURE_KEYRING to
# "this machine has no secure OS keyring; use --passphrase-only if your organisation allows it".
REASON_NO_SECURE_KEYRING = "no_secure_keyring"
REASON_TIMEOUT = "timeout"
REASON_BACKEND_ERROR = "backend_error"
REASON_NO_KEYRING = "no_keyring"
REASON_READBACK_FAILED = "readback_failed"

_WINDOWS = "keyring.backends.Windows.WinVaultKeyring"
_CHAINER = "keyring.backends.chainer.ChainerBackend"
# Exact class paths, not isinstance: a subclass elsewhere (keyrings.alt, a plugin) is not trusted.
ACCEPTED_BACKENDS = frozenset(
    {
        _WINDOWS,
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",  # Secret Service through libsecret
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
    }
)


def backend_class_path(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_acceptable(backend: object) -> bool:
    return backend_class_path(backend) in ACCEPTED_BACKENDS


def select_backend(candidate: object) -> object | None:
    """The candidate itself if acceptable; for the chainer, its best acceptable member; else None."""
    if is_acceptable(candidate):
        return candidate
    if backend_class_path(candidate) == _CHAINER:
        members: Iterable[object] = getattr(candidate, "backends", ())
        return next((b for b in members if is_acceptable(b)), None)
    return None


@dataclass
class _Outcome(Generic[T]):
    value: T | None = None
    error: BaseException | None = None
    done: bool = False


def call_with_timeout(fn: Callable[[], T], *, timeout_s: float, backend: str) -> T:
    """Run `fn` in a daemon thread; a hang raises KeyringUnavailableError (the thread is abandoned).

    Errors are re-raised without the backend's message or traceback chain, which could echo arguments.
    """
    outcome: _Outcome[T] = _Outcome()

    def run() -> None:
        try:
            outcome.value = fn()
            outcome.done = True
        except BaseException as exc:  # handed to the calling thread below
            outcome.error = exc

    worker = threading.Thread(target=run, name="linkdesk-keyring", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        log.warning("keyring call timed out after %.1f s (backend %s)", timeout_s, backend)
        raise KeyringUnavailableError(
            "keyring call timed out", backend=backend, reason=REASON_TIMEOUT, timeout_s=timeout_s
        )
    if isinstance(outcome.error, LinkDeskError):
        raise outcome.error
    if outcome.error is not None or not outcome.done:
        error_type = type(outcome.error).__name__
        log.warning("keyring call failed with %s (backend %s)", error_type, backend)
        raise KeyringUnavailableError(
            "keyring call failed", backend=backend, reason=REASON_BACKEND_ERROR, error_type=error_type
        ) from None
    return outcome.value  # type: ignore[return-value]  # done is True, so fn returned a T


class SystemKeyring:
    """KeyringPort over an accepted `keyring` backend. Secrets are stored base64-encoded."""

    def __init__(
        self, backend: Any, *, timeout_s: float = DEFAULT_TIMEOUT_S, service: str = SERVICE_NAME
    ) -> None:
        if not is_acceptable(backend):
            raise _refused(backend)
        self._backend = backend
        self._timeout_s = timeout_s
        self._service = service
        self._name = backend_class_path(backend)

    @classmethod
    def open(cls, *, timeout_s: float = DEFAULT_TIMEOUT_S, backend: object | None = None) -> SystemKeyring:
        """Resolve the configured keyring backend (or `backend`) and refuse anything but a real OS store."""

        def resolve() -> tuple[object, object | None]:
            candidate = backend if backend is not None else keyring.get_keyring()
            return candidate, select_backend(candidate)

        candidate, chosen = call_with_timeout(resolve, timeout_s=timeout_s, backend="unresolved")
        if chosen is None:
            raise _refused(candidate)
        if backend_class_path(chosen) == _WINDOWS:
            # Credential Manager defaults to enterprise (roaming) persistence; the secret must stay local.
            chosen.persist = "local machine"  # type: ignore[attr-defined]
        return cls(chosen, timeout_s=timeout_s)

    def __repr__(self) -> str:
        return f"SystemKeyring(backend={self._name!r})"

    @property
    def backend_name(self) -> str:
        return self._name

    def _call(self, fn: Callable[[], T]) -> T:
        return call_with_timeout(fn, timeout_s=self._timeout_s, backend=self._name)

    def get_secret(self, name: str) -> bytes | None:
        stored = self._call(lambda: self._backend.get_password(self._service, name))
        if not isinstance(stored, str):
            return None
        try:
            return base64.b64decode(stored, validate=True)
        except (binascii.Error, ValueError):
            # Not something we wrote: treat as absent rather than surfacing its content anywhere.
            return None

    def set_secret(self, name: str, value: bytes) -> None:
        encoded = base64.b64encode(value).decode("ascii")
        self._call(lambda: self._backend.set_password(self._service, name, encoded))

    def delete_secret(self, name: str) -> None:
        def delete() -> None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):  # already absent
                self._backend.delete_password(self._service, name)

        self._call(delete)


def _refused(backend: object) -> KeyringUnavailableError:
    name = backend_class_path(backend)
    log.info("refusing keyring backend %s", name)
    return KeyringUnavailableError("no secure OS keyring", backend=name, reason=REASON_NO_SECURE_KEYRING)


def os_keyring(timeout_s: float = DEFAULT_TIMEOUT_S) -> KeyringPort:
    """The machine's OS keyring, or KeyringUnavailableError(reason="no_secure_keyring" | "timeout")."""
    return SystemKeyring.open(timeout_s=timeout_s)


def describe_keyring(timeout_s: float = DEFAULT_TIMEOUT_S) -> tuple[str, bool]:
    """(backend name, acceptable) for `linkdesk doctor`; never raises."""
    try:

        def resolve() -> tuple[object, object | None]:
            candidate = keyring.get_keyring()
            return candidate, select_backend(candidate)

        candidate, chosen = call_with_timeout(resolve, timeout_s=timeout_s, backend="unresolved")
    except KeyringUnavailableError as exc:
        return f"unavailable ({exc.details.get('reason', 'error')})", False
    except Exception as exc:  # diagnostics must not fail
        return f"unavailable ({type(exc).__name__})", False
    if chosen is not None:
        return backend_class_path(chosen), True
    return backend_class_path(candidate), False
