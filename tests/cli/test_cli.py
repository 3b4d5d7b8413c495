"""The `linkdesk` command: set-up, demo, directory and doctor, with one-line errors and exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from linkdesk.cli import main

PASSPHRASE = "a long enough passphrase"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "hsds"


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Calibration aims at ~0.5 s per unlock; tests use the floor parameters instead."""
    import linkdesk.vault.vault as vault_module
    from linkdesk.vault import KDF_FLOOR

    monkeypatch.setattr(vault_module, "calibrate_kdf", lambda *a, **k: KDF_FLOOR)


def test_init_refuses_without_a_secure_keyring(monkeypatch, capsys, data_dir: Path) -> None:
    import linkdesk.vault
    from linkdesk.errors import KeyringUnavailableError

    def no_keyring(timeout_s: float = 5.0):
        raise KeyringUnavailableError(backend="keyring.backends.fail.Keyring", reason="no_secure_keyring")

    monkeypatch.setattr(linkdesk.vault, "os_keyring", no_keyring)
    code, _out, err = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1
    assert err.count("\n") == 1 and "--passphrase-only" in err and "Traceback" not in err
    assert not (data_dir / "vault.json").exists()


def test_init_passphrase_only_then_doctor(monkeypatch, capsys, data_dir: Path) -> None:
    code, out, _ = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--passphrase-stdin",
        "--passphrase-only",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0 and "passphrase_only" in out
    code, out, err = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--passphrase-stdin",
        "--passphrase-only",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "already exists" in err
    code, out, _ = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "doctor",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, out
    assert "sqlcipher: 4." in out and "integrity: ok" in out and "synchronous: 2" in out
    assert "audit chain: 0 events, intact" in out


def test_wrong_passphrase_is_one_line(monkeypatch, capsys, data_dir: Path) -> None:
    run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--passphrase-stdin",
        "--passphrase-only",
        stdin=PASSPHRASE + "\n",
    )
    code, _out, err = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "directory",
        "search",
        "food",
        "--passphrase-stdin",
        stdin="not the passphrase\n",
    )
    assert code == 1 and err == "linkdesk: The passphrase is not correct for this laptop's LinkDesk data.\n"


def test_doctor_without_data_reports_paths_and_keyring(monkeypatch, capsys, data_dir: Path) -> None:
    code, out, _ = run(monkeypatch, capsys, "--data-dir", str(data_dir), "doctor")
    assert code == 0
    assert f"data directory: {data_dir}" in out and "keyring:" in out and "vault: none yet" in out


def test_import_and_search_the_directory(monkeypatch, capsys, data_dir: Path) -> None:
    run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--passphrase-stdin",
        "--passphrase-only",
        stdin=PASSPHRASE + "\n",
    )
    code, out, err = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "import-directory",
        str(SHARED / "ohana-sample"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    assert "service: 23 new" in out
    code, out, _ = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "directory",
        "search",
        "meals",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (code == 0 and "Meals" in out) or "meals" in out.lower()


def test_import_of_a_missing_path_is_one_line(monkeypatch, capsys, data_dir: Path) -> None:
    run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--passphrase-stdin",
        "--passphrase-only",
        stdin=PASSPHRASE + "\n",
    )
    code, _, err = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "import-directory",
        str(data_dir / "nope"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_demo_seeds_and_prints_a_summary(monkeypatch, capsys, data_dir: Path) -> None:
    code, out, err = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(data_dir),
        "demo",
        "--passphrase-stdin",
        "--clients",
        "40",
        "--seed",
        "3",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    assert "Demo caseload" in out


def test_the_installed_command_runs_as_a_process(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "linkdesk", "--data-dir", str(data_dir), "doctor"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "sqlcipher" in result.stdout and result.stderr == ""
