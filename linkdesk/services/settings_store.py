"""The app's own preferences (language, idle lock): a small JSON file with no personal information."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from linkdesk.paths import AppPaths

LANGUAGES = ("en", "fr_CA")
IDLE_MINUTES_RANGE = (2, 60)
DEFAULT_IDLE_MINUTES = 10


@dataclass(frozen=True)
class UiSettings:
    language: str = "en"
    idle_lock_minutes: int = DEFAULT_IDLE_MINUTES

    def cleaned(self) -> UiSettings:
        low, high = IDLE_MINUTES_RANGE
        return replace(
            self,
            language=self.language if self.language in LANGUAGES else "en",
            idle_lock_minutes=min(max(int(self.idle_lock_minutes), low), high),
        )


def settings_file(paths: AppPaths) -> Path:
    return paths.data_dir / "ui-settings.json"


def load_settings(paths: AppPaths) -> UiSettings:
    try:
        data = json.loads(settings_file(paths).read_text(encoding="utf-8"))
        return UiSettings(
            language=str(data.get("language", "en")),
            idle_lock_minutes=int(data.get("idle_lock_minutes", DEFAULT_IDLE_MINUTES)),
        ).cleaned()
    except (OSError, ValueError, TypeError, AttributeError):
        return UiSettings()


def save_settings(paths: AppPaths, settings: UiSettings) -> UiSettings:
    """Written atomically (temp file, then rename) so a crash never leaves half a file."""
    cleaned = settings.cleaned()
    paths.ensure()
    target = settings_file(paths)
    temp = target.with_suffix(".tmp")
    temp.write_text(json.dumps(asdict(cleaned)), encoding="utf-8")
    os.replace(temp, target)
    return cleaned
