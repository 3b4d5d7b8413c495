"""C11: untrusted, expired or mismatched certificates are refused before any credential is sent."""

from __future__ import annotations

import datetime as dt
import ipaddress
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from linkdesk.protocol.auth import LoginRequest
from linkdesk.services.enrolment import Enrolled
from linkdesk.services.sync_service import sync_now
from linkdesk.sync.errors import InsecureTransportError
from linkdesk.sync.transport import HttpTransport

from . import live_server
from .test_engine import _outbox, _register

pytestmark = pytest.mark.slow
NOW = dt.datetime.now(dt.UTC)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )


def _issue(
    ca_key: ec.EllipticCurvePrivateKey,
    ca: x509.Certificate,
    folder: Path,
    name: str,
    *,
    san: x509.GeneralName,
    not_after: dt.datetime,
) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=30))
        .not_valid_after(not_after)
        .add_extension(x509.SubjectAlternativeName([san]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, key_path)
    return cert_path, key_path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("pki")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("LinkDesk test CA"))
        .issuer_name(_name("LinkDesk test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=60))
        .not_valid_after(NOW + dt.timedelta(days=60))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    loopback = x509.IPAddress(ipaddress.ip_address("127.0.0.1"))
    return {
        "ca": folder / "ca.pem",
        "good": _issue(ca_key, ca, folder, "good", san=loopback, not_after=NOW + dt.timedelta(days=30)),
        "expired": _issue(ca_key, ca, folder, "expired", san=loopback, not_after=NOW - dt.timedelta(days=1)),
        "wrong_host": _issue(
            ca_key,
            ca,
            folder,
            "wrong",
            san=x509.DNSName("other.example"),
            not_after=NOW + dt.timedelta(days=30),
        ),
    }


@pytest.fixture(scope="module")
def tls_server(
    tmp_path_factory: pytest.TempPathFactory, pki: dict[str, Any]
) -> Iterator[Callable[[str], str]]:
    data_dir = tmp_path_factory.mktemp("tls-server")
    live_server.prepare(data_dir)
    urls: dict[str, str] = {}
    stack = []
    for kind in ("good", "expired", "wrong_host"):
        ctx = live_server.serving(data_dir, tls=pki[kind])
        urls[kind] = ctx.__enter__()
        stack.append(ctx)
    yield urls.__getitem__
    for ctx in reversed(stack):
        ctx.__exit__(None, None, None)
    audit = subprocess.run(
        [sys.executable, "-m", "linkdesk.server", "--data-dir", str(data_dir), "audit", "export"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Only the trusted server ever saw a login: every refused handshake happened before any credential.
    assert audit.count('"device.enrol"') == 1


def _login(url: str, ca: Path | None) -> object:
    transport = HttpTransport(url, ca_bundle=str(ca) if ca else None)
    return transport.login(
        LoginRequest(username="w1", password=live_server.PASSWORD, device_id=str(uuid.uuid4()))
    )


def test_c11_untrusted_expired_and_mismatched_certificates_are_refused(
    tls_server: Callable[[str], str], pki: dict[str, Any]
) -> None:
    with pytest.raises(InsecureTransportError):
        _login(tls_server("good"), None)  # a certificate from an unknown CA
    for kind in ("expired", "wrong_host"):
        with pytest.raises(InsecureTransportError):
            _login(tls_server(kind), pki["ca"])
    assert _login(tls_server("good"), pki["ca"]) is not None  # the organisation's CA, correct host, valid


def test_c11_a_refused_certificate_keeps_the_outbox(
    tls_server: Callable[[str], str], enrol: Callable[[str], Enrolled]
) -> None:
    ws = enrol("w1").workspace
    _register(ws)
    report = sync_now(ws, transport=HttpTransport(tls_server("good")))
    assert report.error == "sync_insecure" and _outbox(ws) == 2
