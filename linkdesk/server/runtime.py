"""Process settings for a long-running server: the garbage collector tuned for building pages."""

from __future__ import annotations

import gc

# Young collections every 50,000 new container objects instead of CPython's 700. A 256 KB page builds
# some 100,000 short-lived objects (rows, field dicts, page items); with the default, the collections it
# set off (full ones among them, over every object the process holds) made the page p95 several times
# its p50 in the server benchmark. Cycles are still collected, a little later.
GEN0_THRESHOLD = 50_000


def tune_gc() -> None:
    """Call once the app is built: what is alive then (modules, app, engine) lives as long as the process,
    so it is frozen out of every later collection; young collections run less often."""
    gc.collect()
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, middle, old)
