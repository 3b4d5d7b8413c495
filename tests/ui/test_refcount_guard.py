"""The stopgap for PySide6 6.12 on CPython 3.11 dropping a reference to None on every void call."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

from linkdesk.ui import refcount_guard


@pytest.mark.skipif(not refcount_guard.NEEDED, reason="None is immortal from CPython 3.12")
def test_void_calls_cannot_exhaust_none(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    refcount_guard.top_up()
    assert sys.getrefcount(None) >= refcount_guard.FLOOR
    for _ in range(20_000):  # more than None's natural count: would abort without the guard
        label.setText("y")
    refcount_guard.top_up()
    assert sys.getrefcount(None) >= refcount_guard.FLOOR
