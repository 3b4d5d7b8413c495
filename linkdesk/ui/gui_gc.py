"""Python's cycle collector runs only on the GUI thread.

Left automatic, the collector runs on whichever thread happens to allocate when a threshold is crossed: a
background lane's worker thread, say. If the garbage it finds holds a Qt object (a window, a model, a
session from a test or a closed screen), the object is destroyed on that thread, and Qt objects must die
on the thread that owns them: the process crashes. Seen once in CI in a reports test.

`install(app)` turns automatic collection off and polls the allocation counters from a GUI-thread timer,
collecting each generation when its threshold is crossed, as the automatic collector would. A full
collection walks the whole heap (tens of milliseconds with a 20,000-person caseload open), so, as CPython
itself holds full collections back until the old generation has grown, it runs at most once every
FULL_EVERY_S. Reference counting still frees everything that is not in a cycle at once, on any thread;
only cycles wait for the next tick. `uninstall()` restores automatic collection (used by the tests, which
build and drop many windows).
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250
FULL_EVERY_S = 30.0


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose counter passed its threshold; the number of objects freed."""
        young, middle, old = gc.get_count()
        t0, t1, t2 = self._thresholds
        if old > t2 and time.monotonic() - self._last_full >= FULL_EVERY_S:
            self._last_full = time.monotonic()
            return gc.collect(2)
        if middle > t1:
            return gc.collect(1)
        if young > t0:
            return gc.collect(0)
        return 0

    def uninstall(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def install(app: QObject) -> GuiThreadCollector:
    """Call from the GUI thread once the application exists; the collector lives as long as `app`."""
    return GuiThreadCollector(app)
