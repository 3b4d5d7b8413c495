"""Scenario A6 and the KeyringPort contract: the OS adapter accepts only real OS stores and never hangs."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

import linkdesk.vault
import linkdesk.vault.system_keyring as system_keyring
from linkdesk.errors import KeyringUnavailableError
from linkdesk.vault import KeyringPort, MemoryKeyring, SystemKeyring, describe_keyring
from linkdesk.vault.system_keyring import REASON_NO_SECURE_KEYRING, REASON_TIMEOUT


class DictBackend:
    """Stands in for a real OS backend: the allow-list matches class paths, so it borrows one."""

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.store[(service, username)]


def _make(cls: type) -> object:
    return cls()


def _posing_as(module: str, qualname: str, base: type = DictBackend) -> type:
    return type(qualname, (base,), {"__module__": module, "__qualname__": qualname})


SecretServiceLike = _posing_as("keyring.backends.SecretService", "Keyring")
WindowsLike = _posing_as("keyring.backends.Windows", "WinVaultKeyring")
PlaintextLike = _posing_as("keyrings.alt.file", "PlaintextKeyring")
EncryptedFileLike = _posing_as("keyrings.alt.file", "EncryptedKeyring")
# A subclass of an accepted backend defined elsewhere is still refused: the match is exact.
SubclassElsewhere = _posing_as("keyrings.alt.evil", "Keyring", base=SecretServiceLike)


class ChainerLike:
    def __init__(self, *members: object) -> None:
        self.backends = list(members)


ChainerLike.__module__ = "keyring.backends.chainer"
ChainerLike.__qualname__ = "ChainerBackend"


class HangingBackend(DictBackend):
    release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(timeout=30)
        return None


HangingBackend.__module__ = "keyring.backends.macOS"
HangingBackend.__qualname__ = "Keyring"


@pytest.fixture
def hang_release() -> Iterator[threading.Event]:
    HangingBackend.release.clear()
    yield HangingBackend.release
    HangingBackend.release.set()  # let the abandoned worker thread finish


@pytest.mark.parametrize(
    "backend",
    [
        _make(keyring.backends.fail.Keyring),
        _make(keyring.backends.null.Keyring),
        PlaintextLike(),
        EncryptedFileLike(),
        SubclassElsewhere(),
        ChainerLike(),
        ChainerLike(_make(keyring.backends.null.Keyring), PlaintextLike()),
    ],
    ids=[
        "fail",
        "null",
        "plaintext",
        "keyrings.alt-encrypted",
        "subclass-elsewhere",
        "chainer-empty",
        "chainer-plaintext",
    ],
)
def test_a6_refuses_non_os_backends(backend: object) -> None:
    with pytest.raises(KeyringUnavailableError) as caught:
        SystemKeyring.open(backend=backend, timeout_s=1)
    cls = type(backend)
    assert caught.value.details == {
        "backend": f"{cls.__module__}.{cls.__qualname__}",
        "reason": REASON_NO_SECURE_KEYRING,
    }
    with pytest.raises(KeyringUnavailableError):
        SystemKeyring(backend)


def test_a6_refuses_the_configured_fail_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    with pytest.raises(KeyringUnavailableError) as caught:
        SystemKeyring.open(timeout_s=1)
    assert caught.value.details["backend"] == "keyring.backends.fail.Keyring"
    assert describe_keyring() == ("keyring.backends.fail.Keyring", False)


def test_chainer_with_an_os_backend_uses_that_backend() -> None:
    port = SystemKeyring.open(backend=ChainerLike(PlaintextLike(), SecretServiceLike()), timeout_s=1)
    assert port.backend_name == "keyring.backends.SecretService.Keyring"


def test_windows_credentials_stay_on_this_machine() -> None:
    backend = WindowsLike()
    SystemKeyring.open(backend=backend, timeout_s=1)
    assert backend.persist == "local machine"


def test_a6_hanging_backend_times_out(hang_release: threading.Event) -> None:
    port = SystemKeyring.open(backend=HangingBackend(), timeout_s=0.05)
    started = time.monotonic()
    with pytest.raises(KeyringUnavailableError) as caught:
        port.get_secret("device-secret")
    assert time.monotonic() - started < 2
    assert caught.value.details["reason"] == REASON_TIMEOUT
    assert caught.value.details["backend"] == "keyring.backends.macOS.Keyring"


def test_a6_hanging_backend_discovery_times_out(
    monkeypatch: pytest.MonkeyPatch, hang_release: threading.Event
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: hang_release.wait(30))
    started = time.monotonic()
    with pytest.raises(KeyringUnavailableError) as caught:
        SystemKeyring.open(timeout_s=0.05)
    assert caught.value.details["reason"] == REASON_TIMEOUT
    assert describe_keyring(timeout_s=0.05) == ("unavailable (timeout)", False)
    assert time.monotonic() - started < 2


def test_backend_errors_are_wrapped_without_their_message() -> None:
    class Exploding(DictBackend):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError(f"could not store {password}")

    Exploding.__module__, Exploding.__qualname__ = "keyring.backends.kwallet", "DBusKeyring"
    port = SystemKeyring.open(backend=Exploding(), timeout_s=1)
    with pytest.raises(KeyringUnavailableError) as caught:
        port.set_secret("device-secret", b"\x01" * 32)
    error = caught.value
    assert error.details["reason"] == "backend_error"
    assert error.details["error_type"] == "PasswordSetError"
    assert "AQEB" not in str(error) + repr(error.details)
    assert error.__cause__ is None and error.__suppress_context__


def test_describe_keyring_reports_an_acceptable_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", SecretServiceLike)
    assert describe_keyring() == ("keyring.backends.SecretService.Keyring", True)


def test_describe_keyring_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise RuntimeError("dbus exploded")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    name, acceptable = describe_keyring()
    assert not acceptable
    assert name.startswith("unavailable")


def test_the_real_describe_keyring_runs_here() -> None:
    name, acceptable = describe_keyring(timeout_s=5)
    assert isinstance(name, str) and isinstance(acceptable, bool)


def test_os_keyring_is_the_test_memory_keyring(memory_keyring: MemoryKeyring) -> None:
    assert linkdesk.vault.os_keyring() is memory_keyring
    assert system_keyring.os_keyring(timeout_s=1) is memory_keyring


# ----- one contract, run against the fake and the real adapter (over a stand-in backend)


@pytest.fixture(params=["memory", "system"])
def port(request: pytest.FixtureRequest) -> KeyringPort:
    if request.param == "memory":
        return MemoryKeyring()
    return SystemKeyring.open(backend=SecretServiceLike(), timeout_s=1)


def test_contract_round_trip(port: KeyringPort) -> None:
    assert isinstance(port, KeyringPort)
    assert isinstance(port.backend_name, str) and port.backend_name
    assert port.get_secret("a") is None
    port.set_secret("a", b"\x00\xff" * 16)
    port.set_secret("b", b"other")
    assert port.get_secret("a") == b"\x00\xff" * 16
    port.set_secret("a", b"replaced")
    assert port.get_secret("a") == b"replaced"
    port.delete_secret("a")
    assert port.get_secret("a") is None
    assert port.get_secret("b") == b"other"


def test_contract_delete_missing_is_fine(port: KeyringPort) -> None:
    port.delete_secret("never-set")
    assert port.get_secret("never-set") is None


def test_system_adapter_stores_text_and_treats_foreign_values_as_absent() -> None:
    backend = SecretServiceLike()
    port = SystemKeyring.open(backend=backend, timeout_s=1)
    port.set_secret("a", b"\x00\x01")
    assert backend.store == {("LinkDesk", "a"): "AAE="}
    backend.store[("LinkDesk", "b")] = "not base64!"
    assert port.get_secret("b") is None
    assert "AAE" not in repr(port)
