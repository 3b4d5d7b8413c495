"""A passphrase input with a strength meter and plain guidance (the rule itself is the vault's)."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QProgressBar, QVBoxLayout, QWidget

from linkdesk.ui.widgets.common import text_label

COMMON = frozenset({"password", "passphrase", "linkdesk", "123456", "qwerty", "letmein", "welcome"})


def strength(passphrase: str, min_chars: int) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length and variety count, repeats and common words do not."""
    text = passphrase.strip()
    if len(text) < min_chars:
        return 0
    lowered = text.lower()
    if any(word in lowered for word in COMMON) or len(set(lowered)) <= 4:
        return 1
    words = len([w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3])
    classes = sum(bool(re.search(p, text)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]"))
    points = (len(text) >= 16) + (len(text) >= 24) + (words >= 4) + (classes >= 3)
    return 3 if points >= 2 else 2 if points >= 1 else 1


class PassphraseInput(QWidget):
    changed = Signal()

    def __init__(self, min_chars: int, *, with_meter: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_chars = min_chars
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(512)
        self.edit.textChanged.connect(self._update)
        layout.addWidget(self.edit)
        self.meter = QProgressBar()
        self.meter.setRange(0, 3)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.advice = text_label("", "muted")
        if with_meter:
            layout.addWidget(self.meter)
            layout.addWidget(self.advice)
            self._update()
        else:
            self.meter.hide()
            self.advice.hide()

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def focus_input(self) -> None:
        self.edit.setFocus()

    def _update(self) -> None:
        level = strength(self.edit.text(), self.min_chars)
        self.meter.setValue(level)
        self.advice.setText(
            [
                self.tr(
                    "Too short: use at least %n characters. Four or more unrelated words are easy to "
                    "remember and hard to guess.",
                    "",
                    self.min_chars,
                ),
                self.tr("Weak: avoid common words and repeated characters; add more words."),
                self.tr("Fair: a longer phrase (16 characters or more) would be stronger."),
                self.tr("Strong passphrase."),
            ][level]
        )
        self.meter.setAccessibleName(self.advice.text())
        self.changed.emit()
