"""AppPaths: the only place that knows where LinkDesk keeps its files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "LinkDesk"
APP_AUTHOR = "LinkDesk"


@dataclass(frozen=True)
class AppPaths:
    """Every file location derives from one data directory (per OS user, or given with --data-dir)."""

    data_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))

    @classmethod
    def at(cls, data_dir: str | Path | None) -> AppPaths:
        return cls(Path(data_dir).expanduser().resolve()) if data_dir else cls.default()

    @property
    def database(self) -> Path:
        return self.data_dir / "linkdesk.db"

    @property
    def vault_header(self) -> Path:
        return self.data_dir / "vault.json"

    @property
    def unlock_state(self) -> Path:
        return self.data_dir / "unlock-state.json"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def snapshots_dir(self) -> Path:
        """Initial-sync snapshots while they download (encrypted as the server sent them)."""
        return self.data_dir / "snapshots"

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "quarantine"

    def ensure(self) -> AppPaths:
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.logs_dir.mkdir(exist_ok=True, mode=0o700)
        return self


# Data shipped with the program (instrument definitions, demo directory, styles): not user data.
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
