"""`linkdesk doctor`: versions, keyring, paths and, when unlocked, database integrity and record counts."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field

from sqlalchemy import func, select

from linkdesk import __version__
from linkdesk.errors import LinkDeskError
from linkdesk.paths import AppPaths
from linkdesk.services.workspace import open_workspace
from linkdesk.store.audit_chain import verify_chain
from linkdesk.store.engine import cipher_info
from linkdesk.store.sync_tables import OutboxChange
from linkdesk.store.tables import Client, ContactNote, FollowUp, Goal, Prescription
from linkdesk.vault import Vault, describe_keyring


@dataclass
class DoctorReport:
    facts: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def run_checks(paths: AppPaths, passphrase: str | None) -> DoctorReport:
    report = DoctorReport()
    fact = report.facts.append
    fact(("linkdesk", __version__))
    fact(("python", f"{platform.python_version()} ({sys.platform})"))
    try:
        info = cipher_info()
        fact(
            (
                "sqlcipher",
                f"{info['cipher_version']} ({info['cipher_provider']} {info['cipher_provider_version']})",
            )
        )
        if not info["cipher_version"].startswith("4."):
            report.problems.append(f"SQLCipher 4 is required, found {info['cipher_version']}")
    except Exception as exc:  # the check itself must report, not crash
        report.problems.append(f"SQLCipher cannot be loaded: {type(exc).__name__}")
    backend, acceptable = describe_keyring()
    fact(("keyring", f"{backend} ({'acceptable' if acceptable else 'not acceptable: passphrase-only only'})"))
    fact(("data directory", str(paths.data_dir)))
    fact(("database", str(paths.database)))
    if not Vault.exists(paths):
        fact(("vault", "none yet (run `linkdesk init`)"))
        return report
    try:
        header = Vault.read_header(paths)
        fact(("vault", f"mode {header.mode}, device {header.device_id}"))
        if header.mode == "keyring" and not acceptable:
            report.problems.append("the vault needs the OS keyring, which this session cannot reach")
    except LinkDeskError as exc:
        report.problems.append(f"vault header unreadable ({exc.code})")
        return report
    if passphrase is None:
        return report
    try:
        ws = open_workspace(paths, passphrase)
    except LinkDeskError as exc:
        report.problems.append(f"cannot unlock ({exc.code})")
        return report
    try:
        integrity = ws.store.integrity_problems()
        fact(("integrity", "ok" if not integrity else f"{len(integrity)} problem(s)"))
        report.problems += [f"integrity: {p}" for p in integrity[:10]]
        fact(("synchronous", ws.store.pragma("synchronous")))
        with ws.store.reading() as session:
            for label, model in (
                ("people", Client),
                ("goals", Goal),
                ("prescriptions", Prescription),
                ("follow-ups", FollowUp),
                ("notes", ContactNote),
                ("changes waiting to sync", OutboxChange),
            ):
                count = session.execute(select(func.count()).select_from(model)).scalar_one()
                fact((label, str(count)))
            chain = verify_chain(session)
            fact(("audit chain", f"{chain.events} events, {'intact' if chain.is_intact else 'BROKEN'}"))
            if not chain.is_intact:
                report.problems.append(f"audit chain broken at event {chain.first_broken_seq}")
    finally:
        ws.lock()
    return report
