"""How people's names compare and sort: case- and accent-insensitive, so Gagné sits beside Gagnon."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case, accents removed, spacing collapsed: 'Émilie  Tremblay' -> 'emilie tremblay'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def sort_name(family_name: str, given_name: str) -> str:
    """The caseload's sort key: family name, then given name (a tab keeps 'Roy, Z' before 'Roya, A')."""
    return f"{fold(family_name)}\t{fold(given_name)}"
