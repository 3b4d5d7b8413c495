"""Fixtures for the domain tests: the shipped instrument definitions."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkdesk.domain.instrument_loader import load_builtin_instruments
from linkdesk.domain.instruments import Instrument

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture(scope="session")
def builtin() -> dict[str, Instrument]:
    return load_builtin_instruments(RESOURCES_DIR)
