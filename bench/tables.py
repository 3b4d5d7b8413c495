"""Printing benchmark results as Markdown tables and keeping docs/performance.md current."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def update_doc(section: str, body: str) -> None:
    """Replace the text between `<!-- bench:SECTION -->` and `<!-- /bench:SECTION -->` in the doc."""
    text = DOC.read_text(encoding="utf-8")
    pattern = re.compile(rf"(<!-- bench:{section} -->\n).*?(\n<!-- /bench:{section} -->)", re.DOTALL)
    if not pattern.search(text):
        raise SystemExit(f"docs/performance.md has no bench:{section} markers")
    DOC.write_text(pattern.sub(lambda m: m.group(1) + body + m.group(2), text), encoding="utf-8")
