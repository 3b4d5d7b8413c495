"""Languages: the Qt Linguist catalogue (compiled to .qm when missing or stale) and the locale."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from linkdesk.paths import RESOURCES_DIR

log = logging.getLogger(__name__)

I18N_DIR = RESOURCES_DIR.parent / "i18n"
LANGUAGES = {"en": "English", "fr_CA": "Français (Canada)"}


def catalogue(language: str, suffix: str) -> Path:
    return I18N_DIR / f"linkdesk_{language}.{suffix}"


def lrelease_program() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def ensure_compiled(language: str) -> Path | None:
    """The .qm for `language`, compiled from its .ts when missing or older (build and app start)."""
    ts, qm = catalogue(language, "ts"), catalogue(language, "qm")
    if not ts.exists():
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    program = lrelease_program()
    if program is None:
        log.warning("pyside6-lrelease not found; %s stays uncompiled", ts.name)
        return qm if qm.exists() else None
    subprocess.run([program, "-silent", str(ts), "-qm", str(qm)], check=False, capture_output=True)  # noqa: S603
    return qm if qm.exists() else None


class Languages:
    """Installs the app's translator and Qt's own (standard buttons), and the matching locale."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.current = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        language = language if language in LANGUAGES else "en"
        self.current = language
        QLocale.setDefault(QLocale("fr_CA" if language == "fr_CA" else "en_CA"))
        if app is None:
            return
        qm = ensure_compiled(language)  # English has a catalogue too: its plural forms
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
        if language == "en":
            return
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
            QCoreApplication.installTranslator(qt_own)
            self._installed.append(qt_own)


def translator_for(language: str) -> QTranslator | None:
    """A translator for text the person will read in their own language (the printed plan)."""
    if not language.startswith("fr"):
        return None
    qm = ensure_compiled("fr_CA")
    translator = QTranslator()
    return translator if qm is not None and translator.load(str(qm)) else None


def compile_all() -> list[Path]:
    """Compile every catalogue in i18n/ (the build's `make i18n` and the test run call this)."""
    return [qm for ts in sorted(I18N_DIR.glob("linkdesk_*.ts")) if (qm := ensure_compiled(ts.stem[9:]))]


if __name__ == "__main__":
    for compiled in compile_all():
        print(f"compiled {compiled.name}")
