"""What a person typed -> a safe FTS5 query, shared by the people and the directory searches."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
MAX_WORDS = 16


def match_query(user_text: str) -> str | None:
    """Each word a quoted prefix ("foo" finds "food"), all required. Quotes, stars, brackets and the bare
    operators AND/OR/NOT/NEAR are never passed through as syntax. None when nothing searchable was typed."""
    words = [w for w in _WORD.findall(user_text) if w not in _OPERATORS][:MAX_WORDS]
    return " ".join(f'"{word}"*' for word in words) or None
