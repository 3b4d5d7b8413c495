"""Stopgap for a PySide6 6.12 binding bug on CPython 3.11: every Qt method that returns void drops one
reference to None without taking it, so after enough calls None is "deallocated" and the process aborts
("Fatal Python error: none_dealloc"). From CPython 3.12 None is immortal and this module does nothing.

Reproduce: `label.setText("x")` 1000 times lowers sys.getrefcount(None) by 1000
(tests/ui/test_refcount_guard.py).
The real fixes are Python >= 3.12 or a PySide6 release without the bug; until then the guard keeps None's
count far above zero: topped up at start and checked every second (the GIL is held, so this is safe).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

NEEDED = sys.version_info < (3, 12) and sys.implementation.name == "cpython"
FLOOR = 50_000_000
TOP_UP = 100_000_000
CHECK_MS = 1000


def top_up() -> None:
    """Raise None's reference count well above FLOOR when it has fallen below it."""
    if NEEDED and sys.getrefcount(None) < FLOOR:
        ctypes.c_ssize_t.from_address(id(None)).value += TOP_UP  # ob_refcnt is PyObject's first field


def install(parent: QObject) -> QTimer | None:
    if not NEEDED:
        return None
    top_up()
    timer = QTimer(parent)
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
