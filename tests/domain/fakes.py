"""Invented instrument definitions for tests. None of this is the text of a real licensed instrument."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any


def t(text: str) -> dict[str, str]:
    return {"en": text, "fr": f"[fr] {text}"}


FIVE_OPTIONS = [{"value": v, "label": t(f"Option {v}")} for v in range(1, 6)]

FAKE_LICENSED: dict[str, Any] = {
    "id": "fake_wellbeing",
    "version": "3",
    "languages": ["en", "fr"],
    "title": t("Fake wellbeing scale"),
    "items": [
        {"id": f"q{n}", "text": t(f"Invented question {n}"), "options": FIVE_OPTIONS} for n in (1, 2, 3)
    ],
    "scoring": {
        "kind": "sum",
        "total_items": ["q1", "q2", "q3"],
        "direction": "higher_better",
        "total_bands": [
            {"code": "low", "min": 3, "max": 7},
            {"code": "middle", "min": 8, "max": 11},
            {"code": "high", "min": 12, "max": 15},
        ],
    },
    "licence": {
        "kind": "licensed",
        "holder": "Example Rights Holder Ltd",
        "reference": "https://example.org/licence",
        "citation": "Example R. A made-up scale. Journal of Nothing. 2001.",
    },
    "translation_status": {"en": "original", "fr": "not_validated"},
    "external_score": {"min": 3, "max": 15, "decimals": 0, "direction": "higher_better"},
}

FAKE_EXTERNAL_ONLY: dict[str, Any] = {
    "id": "fake_external",
    "version": "1",
    "languages": ["en"],
    "title": {"en": "Fake externally scored measure"},
    "scoring": {"kind": "external"},
    "licence": {"kind": "licensed", "holder": "Example Vendor Inc.", "citation": "Example vendor manual."},
    "translation_status": {"en": "original"},
    "external_score": {"min": 7, "max": 35, "decimals": 2, "direction": "higher_better"},
}


def definition(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(base)
    data.update(changes)
    return data


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
